package vn.pakn.notifications.control;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * One SMPP 3.4 session to the SMS provider (jsmpp), bound on first use and bound again after it
 * breaks. A text goes as one submit_sm per part: UCS-2 (data_coding 8) or the GSM alphabet
 * (data_coding 0), a concatenated text with an 8-bit reference header (esm_class UDHI), to the
 * number in international form (TON 1, NPI 1), from the brand name (alphanumeric, TON 5), with a
 * delivery receipt requested. Each answer becomes an {@link Outcome}: the provider's "throttled"
 * and "queue full" are THROTTLED (slow down, try again soon), an invalid number or text PERMANENT,
 * everything else TRANSIENT. Used by one thread at a time.
 */
public class SmppTransmitter implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SmppTransmitter.class.getName());

  /** ESME_RTHROTTLED, ESME_RMSGQFUL: the provider wants us slower. */
  static final Set<Integer> THROTTLING = Set.of(0x58, 0x14);

  /**
   * Errors that a retry cannot cure: invalid message length, source or destination address, their
   * TON/NPI, an invalid esm_class or data_coding, an unknown or barred destination.
   */
  static final Set<Integer> PERMANENT = Set.of(0x01, 0x0A, 0x0B, 0x43, 0x48, 0x49, 0x50, 0x51);

  public enum Outcome {
    SENT,
    THROTTLED,
    TRANSIENT,
    PERMANENT,
    /** Not tried: the session could not be bound. Not an attempt of the text. */
    NOT_TRIED
  }

  /** The outcome of one text: every part accepted, with the provider's ids, or an error. */
  public record Submitted(Outcome outcome, int parts, List<String> providerIds, String error) {

    static Submitted sent(int parts, List<String> ids) {
      return new Submitted(Outcome.SENT, parts, List.copyOf(ids), null);
    }

    static Submitted failed(Outcome outcome, String error) {
      return new Submitted(outcome, 0, List.of(), error);
    }
  }

  /** Receives the provider's delivery receipts (transceiver sessions only). */
  public interface Receipts {
    void delivered(String providerId, String state);
  }

  private final SmppSettings settings;
  private final SmsEncoding encoding;
  private final Receipts receipts;
  private final Clock clock;
  private volatile BindStatus status;
  private SMPPSession session;

  public SmppTransmitter(
      SmppSettings settings, SmsEncoding encoding, Receipts receipts, Clock clock) {
    this.settings = settings;
    this.encoding = encoding;
    this.receipts = receipts;
    this.clock = clock;
    this.status =
        new BindStatus(BindStatus.State.NOT_BOUND, clock.instant(), null, settings.toString());
  }

  public BindStatus status() {
    return status;
  }

  /**
   * Submits every part of a text.
   *
   * @param smppAddress the mobile number, international without the plus (84…)
   */
  public Submitted submit(String smppAddress, String body, int reference) {
    if (!bound()) {
      return Submitted.failed(Outcome.NOT_TRIED, status.state() + ": " + status.detail());
    }
    String prepared = encoding.prepare(body);
    List<byte[]> parts = encoding.shortMessages(prepared, reference);
    List<String> ids = new ArrayList<>(parts.size());
    ESMClass esm =
        parts.size() > 1
            ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
            : new ESMClass();
    for (byte[] part : parts) {
      try {
        ids.add(
            session
                .submitShortMessage(
                    "",
                    settings.alphanumericSender()
                        ? TypeOfNumber.ALPHANUMERIC
                        : TypeOfNumber.INTERNATIONAL,
                    settings.alphanumericSender()
                        ? NumberingPlanIndicator.UNKNOWN
                        : NumberingPlanIndicator.ISDN,
                    settings.senderId().replace("+", ""),
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    smppAddress,
                    esm,
                    (byte) 0,
                    (byte) 1,
                    null,
                    null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    (byte) 0,
                    new GeneralDataCoding(
                        encoding == SmsEncoding.UCS2
                            ? org.jsmpp.bean.Alphabet.ALPHA_UCS2
                            : org.jsmpp.bean.Alphabet.ALPHA_DEFAULT),
                    (byte) 0,
                    part,
                    new OptionalParameter[0])
                .getMessageId());
      } catch (NegativeResponseException e) {
        int code = e.getCommandStatus();
        String error = String.format("submit_sm refused: command_status 0x%08X", code);
        if (THROTTLING.contains(code)) {
          return Submitted.failed(Outcome.THROTTLED, error);
        }
        return Submitted.failed(
            PERMANENT.contains(code) ? Outcome.PERMANENT : Outcome.TRANSIENT, error);
      } catch (ResponseTimeoutException | InvalidResponseException | PDUException e) {
        drop("no usable answer to submit_sm: " + e);
        return Submitted.failed(Outcome.TRANSIENT, "no usable answer to submit_sm: " + e);
      } catch (IOException e) {
        drop("session broke: " + e.getMessage());
        return Submitted.failed(Outcome.TRANSIENT, "SMPP session broke: " + e.getMessage());
      }
    }
    return Submitted.sent(parts.size(), ids);
  }

  /** Binds when not bound; true when the session can submit. */
  public boolean bound() {
    if (session != null && session.getSessionState().isBound()) {
      return true;
    }
    closeSession();
    SMPPSession fresh = new SMPPSession();
    fresh.setTransactionTimer(settings.timeout().toMillis());
    if (settings.transceiver()) {
      fresh.setMessageReceiverListener(new ReceiptListener());
    }
    try {
      fresh.connectAndBind(
          settings.host(),
          settings.port(),
          new BindParameter(
              settings.transceiver() ? BindType.BIND_TRX : BindType.BIND_TX,
              settings.systemId(),
              settings.password(),
              settings.systemType(),
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          settings.timeout().toMillis());
      session = fresh;
      change(BindStatus.State.BOUND, null);
      return true;
    } catch (IOException e) {
      fresh.unbindAndClose();
      Throwable cause = e.getCause();
      if (cause instanceof NegativeResponseException refused) {
        change(
            BindStatus.State.REFUSED,
            String.format(
                "bind refused by the provider: command_status 0x%08X%s",
                refused.getCommandStatus(), explain(refused.getCommandStatus())));
      } else {
        change(BindStatus.State.UNREACHABLE, "cannot bind: " + e.getMessage());
      }
      return false;
    }
  }

  private static String explain(int status) {
    return switch (status) {
      case 0x0D -> " (bind failed)";
      case 0x0E -> " (invalid password)";
      case 0x0F -> " (invalid system id)";
      default -> "";
    };
  }

  private void change(BindStatus.State state, String detail) {
    BindStatus before = status;
    if (before.state() != state || !java.util.Objects.equals(before.detail(), detail)) {
      status = new BindStatus(state, Instant.now(clock), detail, settings.toString());
      Level level = state == BindStatus.State.BOUND ? Level.INFO : Level.WARNING;
      LOG.log(
          level, () -> "SMPP " + settings + ": " + state + (detail == null ? "" : ", " + detail));
    }
  }

  private void drop(String why) {
    change(BindStatus.State.UNREACHABLE, why);
    closeSession();
  }

  private void closeSession() {
    if (session != null) {
      SMPPSession old = session;
      session = null;
      if (old.getSessionState() != SessionState.CLOSED) {
        old.unbindAndClose();
      }
    }
  }

  @Override
  public void close() {
    closeSession();
  }

  /** Delivery receipts arrive as deliver_sm on a transceiver session. */
  private final class ReceiptListener implements MessageReceiverListener {
    @Override
    public void onAcceptDeliverSm(DeliverSm deliver) throws ProcessRequestException {
      if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliver.getEsmClass())) {
        return;
      }
      try {
        DeliveryReceipt receipt = deliver.getShortMessageAsDeliveryReceipt();
        receipts.delivered(receipt.getId(), String.valueOf(receipt.getFinalStatus()));
      } catch (Exception e) {
        LOG.warning(() -> "an unreadable delivery receipt: " + e);
      }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alert) {}

    @Override
    public DataSmResult onAcceptDataSm(DataSm data, Session source) throws ProcessRequestException {
      throw new ProcessRequestException("data_sm not supported", 0x03);
    }
  }
}
