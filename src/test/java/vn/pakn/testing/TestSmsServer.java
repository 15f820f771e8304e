package vn.pakn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import vn.pakn.notifications.control.SmsEncoding;

/**
 * The SMS provider the container tests' texts go to: a real SMPP 3.4 server (jsmpp's server side)
 * on a free port, started with the test database for the whole run (see {@link TestDatabase}). It
 * keeps every submit_sm, joins concatenated parts by their reference, answers transceivers with
 * delivery receipts, and can play an outage ({@link #suspend()}), refuse binds ({@link
 * #refuseBinds}) and throttle ({@link #throttleNext}).
 */
public final class TestSmsServer {

  private static final Logger LOG = Logger.getLogger(TestSmsServer.class.getName());
  public static final String SYSTEM_ID = "pakn";
  public static final String PASSWORD = "secret8c";

  /** One submit_sm as it arrived. */
  public record Part(
      String to,
      String from,
      int dataCoding,
      int reference,
      int total,
      int seq,
      String text,
      String messageId,
      Instant at) {}

  /** A text as the handset shows it: its parts joined. */
  public record Text(String to, String from, int dataCoding, int parts, String text) {}

  private static SMPPServerSessionListener listener;
  private static Thread acceptor;
  private static int port;
  private static final List<Part> PARTS = new CopyOnWriteArrayList<>();
  private static final List<SMPPServerSession> SESSIONS = new CopyOnWriteArrayList<>();
  private static final AtomicInteger THROTTLE = new AtomicInteger();
  private static final AtomicInteger REFUSED_BINDS = new AtomicInteger();
  private static final AtomicLong IDS = new AtomicLong(1000);
  private static final List<Instant> THROTTLED_AT = new CopyOnWriteArrayList<>();
  private static volatile int refuseBindsWith;
  private static final ExecutorService RECEIPTS = Executors.newSingleThreadExecutor();

  private TestSmsServer() {}

  /** Starts the server; returns the options that point Payara Micro at it. */
  public static synchronized List<String> start() {
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    listen();
    return List.of(
        "-Dpakn.sms.smpp.host=127.0.0.1",
        "-Dpakn.sms.smpp.port=" + port,
        "-Dpakn.sms.smpp.systemId=" + SYSTEM_ID,
        "-Dpakn.sms.smpp.password=" + PASSWORD,
        "-Dpakn.sms.smpp.bindType=TRANSCEIVER",
        "-Dpakn.sms.smpp.timeout=PT3S",
        "-Dpakn.sms.sender=UBND-SonLa",
        "-Dpakn.sms.ratePerSecond=400",
        "-Dpakn.sms.pollInterval=PT1S",
        "-Dpakn.sms.throttlePause=PT1S",
        "-Dpakn.sms.retry.firstDelay=PT1S",
        "-Dpakn.sms.retry.maxDelay=PT2S");
  }

  private static void listen() {
    try {
      listener = new SMPPServerSessionListener(port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    listener.setMessageReceiverListener(new Receiver());
    SMPPServerSessionListener mine = listener;
    acceptor =
        new Thread(
            () -> {
              while (true) {
                try {
                  SMPPServerSession session = mine.accept();
                  Thread bind = new Thread(() -> bind(session), "test-smsc-bind");
                  bind.setDaemon(true);
                  bind.start();
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "test-smsc-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void bind(SMPPServerSession session) {
    try {
      BindRequest request = session.waitForBind(5000);
      int refusal = refuseBindsWith;
      if (refusal != 0) {
        REFUSED_BINDS.incrementAndGet();
        request.reject(refusal);
      } else if (!SYSTEM_ID.equals(request.getSystemId())
          || !PASSWORD.equals(request.getPassword())) {
        request.reject(0x0E);
      } else {
        request.accept("test-smsc");
        SESSIONS.add(session);
      }
    } catch (Exception e) {
      LOG.info("a bind did not complete: " + e);
      session.close();
    }
  }

  public static synchronized void close() {
    suspend();
  }

  /** An outage: the port is closed and every session dropped until {@link #resume()}. */
  public static synchronized void suspend() {
    if (listener != null) {
      try {
        listener.close();
      } catch (IOException ignored) {
        // closed anyway
      }
      listener = null;
    }
    dropSessions();
  }

  public static synchronized void resume() {
    if (listener == null) {
      listen();
    }
  }

  /** Drops every bound session (the client binds again when it next sends). */
  public static void dropSessions() {
    for (SMPPServerSession s : SESSIONS) {
      s.unbindAndClose();
    }
    SESSIONS.clear();
  }

  /** Refuse every bind with this command_status (0 = accept again). */
  public static void refuseBinds(int commandStatus) {
    refuseBindsWith = commandStatus;
  }

  public static int refusedBinds() {
    return REFUSED_BINDS.get();
  }

  /** Answer the next n submit_sm with ESME_RTHROTTLED. */
  public static void throttleNext(int n) {
    THROTTLE.set(n);
  }

  public static List<Instant> throttledAt() {
    return List.copyOf(THROTTLED_AT);
  }

  public static List<Part> partsTo(String e164) {
    String to = e164.startsWith("+") ? e164.substring(1) : e164;
    return PARTS.stream().filter(p -> p.to().equals(to)).toList();
  }

  /** Every part received so far. */
  public static List<Part> parts() {
    return List.copyOf(PARTS);
  }

  public static int port() {
    return port;
  }

  public static int partCount() {
    return PARTS.size();
  }

  /** The texts to a number, their parts joined in order (by reference, as a handset does). */
  public static List<Text> to(String e164) {
    List<Text> texts = new ArrayList<>();
    Map<Integer, Part[]> open = new HashMap<>();
    for (Part part : partsTo(e164)) {
      if (part.total() <= 1) {
        texts.add(new Text(part.to(), part.from(), part.dataCoding(), 1, part.text()));
        continue;
      }
      Part[] parts = open.computeIfAbsent(part.reference(), r -> new Part[part.total()]);
      parts[part.seq() - 1] = part;
      boolean complete = true;
      StringBuilder joined = new StringBuilder();
      for (Part p : parts) {
        complete &= p != null;
        joined.append(p == null ? "" : p.text());
      }
      if (complete) {
        open.remove(part.reference());
        texts.add(
            new Text(part.to(), part.from(), part.dataCoding(), parts.length, joined.toString()));
      }
    }
    return texts;
  }

  private static final class Receiver implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
        throws ProcessRequestException {
      if (THROTTLE.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        THROTTLED_AT.add(Instant.now());
        throw new ProcessRequestException("throttled", 0x58);
      }
      byte[] message = submit.getShortMessage();
      int reference = 0;
      int total = 1;
      int seq = 1;
      byte[] body = message;
      if ((submit.getEsmClass() & 0x40) != 0 && message.length > 6 && message[0] == 5) {
        reference = message[3] & 0xFF;
        total = message[4] & 0xFF;
        seq = message[5] & 0xFF;
        body = java.util.Arrays.copyOfRange(message, 6, message.length);
      }
      SmsEncoding encoding = submit.getDataCoding() == 8 ? SmsEncoding.UCS2 : SmsEncoding.GSM7;
      String id = Long.toHexString(IDS.incrementAndGet());
      PARTS.add(
          new Part(
              submit.getDestAddress(),
              submit.getSourceAddr(),
              submit.getDataCoding(),
              reference,
              total,
              seq,
              encoding.decode(body),
              id,
              Instant.now()));
      if (source.getSessionState().isReceivable()) {
        RECEIPTS.execute(() -> receipt(source, submit, id));
      }
      try {
        return new SubmitSmResult(new MessageId(id), new org.jsmpp.bean.OptionalParameter[0]);
      } catch (org.jsmpp.PDUStringException e) {
        throw new ProcessRequestException("bad id", 0x08);
      }
    }

    private static void receipt(SMPPServerSession session, SubmitSm submit, String id) {
      try {
        var receipt =
            new DeliveryReceipt(
                id, 1, 1, new Date(), new Date(), DeliveryReceiptState.DELIVRD, "000", "");
        session.deliverShortMessage(
            "",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            submit.getDestAddress(),
            TypeOfNumber.ALPHANUMERIC,
            NumberingPlanIndicator.UNKNOWN,
            submit.getSourceAddr(),
            new ESMClass(
                MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
            (byte) 0,
            (byte) 0,
            new RegisteredDelivery(0),
            new GeneralDataCoding(),
            receipt.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      } catch (Exception e) {
        LOG.info("no delivery receipt for " + id + ": " + e);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti s, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptCancelSm(CancelSm c, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm q, SMPPServerSession source) throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm d, Session source) throws ProcessRequestException {
      throw new ProcessRequestException("not supported", 0x03);
    }
  }

  static void awaitTermination() throws InterruptedException {
    RECEIPTS.shutdown();
    RECEIPTS.awaitTermination(5, TimeUnit.SECONDS);
  }
}
