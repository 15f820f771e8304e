package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.Await;
import vn.pakn.testing.TestSmsServer;

/** The SMPP client against a real SMPP server (jsmpp's server side) in this JVM. */
class SmppTransmitterTest {

  static final String VIETNAMESE =
      "Phản ánh PAKN-2026-000123-K cần bổ sung thông tin: Xin Ông/Bà cung cấp số giấy hẹn trả"
          + " kết quả và ngày nộp hồ sơ. Trả lời tại https://pakn.test/theo-doi.html?code=PAKN-2026-000123-K";

  static int number = 100;
  final Map<String, String> receipts = new ConcurrentHashMap<>();
  SmppTransmitter transmitter;

  @BeforeAll
  static void server() {
    TestSmsServer.start();
  }

  @AfterAll
  static void stop() {
    TestSmsServer.close();
  }

  @AfterEach
  void close() {
    TestSmsServer.refuseBinds(0);
    TestSmsServer.resume();
    if (transmitter != null) {
      transmitter.close();
    }
  }

  SmppTransmitter transmitter(SmsEncoding encoding, boolean transceiver, String password) {
    transmitter =
        new SmppTransmitter(
            new SmppSettings(
                "127.0.0.1",
                TestSmsServer.port(),
                TestSmsServer.SYSTEM_ID,
                password,
                "",
                "UBND-SonLa",
                transceiver,
                100,
                Duration.ofSeconds(3)),
            encoding,
            receipts::put,
            Clock.systemUTC());
    return transmitter;
  }

  static String mobile() {
    return "8491200" + String.format("%04d", number++);
  }

  @Test
  void aLongVietnameseTextArrivesOnceConcatenatedInUcs2() {
    String to = mobile();
    var result =
        transmitter(SmsEncoding.UCS2, false, TestSmsServer.PASSWORD).submit(to, VIETNAMESE, 77);
    assertThat(result.outcome()).isEqualTo(SmppTransmitter.Outcome.SENT);
    assertThat(result.parts()).isEqualTo(3);
    assertThat(result.providerIds()).hasSize(3).doesNotHaveDuplicates();
    var texts = TestSmsServer.to(to);
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0).text()).isEqualTo(VIETNAMESE);
    assertThat(texts.get(0).parts()).isEqualTo(3);
    assertThat(texts.get(0).dataCoding()).isEqualTo(8);
    assertThat(texts.get(0).from()).isEqualTo("UBND-SonLa");
    assertThat(TestSmsServer.partsTo(to)).allSatisfy(p -> assertThat(p.reference()).isEqualTo(77));
    assertThat(transmitter.status().state()).isEqualTo(BindStatus.State.BOUND);
  }

  @Test
  void gsmTextsArriveWithoutDiacritics() {
    String to = mobile();
    var result =
        transmitter(SmsEncoding.GSM7, false, TestSmsServer.PASSWORD)
            .submit(to, "Đã nhận phản ánh mã PAKN-2026-000123-K", 1);
    assertThat(result.outcome()).isEqualTo(SmppTransmitter.Outcome.SENT);
    var texts = TestSmsServer.to(to);
    assertThat(texts)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.text()).isEqualTo("Da nhan phan anh ma PAKN-2026-000123-K");
              assertThat(t.dataCoding()).isZero();
            });
  }

  @Test
  void aRefusedBindIsReportedAndNothingIsTried() {
    TestSmsServer.refuseBinds(0x0E);
    var result =
        transmitter(SmsEncoding.UCS2, false, TestSmsServer.PASSWORD).submit(mobile(), "x", 1);
    assertThat(result.outcome()).isEqualTo(SmppTransmitter.Outcome.NOT_TRIED);
    assertThat(transmitter.status().state()).isEqualTo(BindStatus.State.REFUSED);
    assertThat(transmitter.status().detail()).contains("0x0000000E", "invalid password");
  }

  @Test
  void aWrongPasswordIsRefusedByTheServer() {
    var result = transmitter(SmsEncoding.UCS2, false, "wrong").submit(mobile(), "x", 1);
    assertThat(result.outcome()).isEqualTo(SmppTransmitter.Outcome.NOT_TRIED);
    assertThat(transmitter.status().state()).isEqualTo(BindStatus.State.REFUSED);
  }

  @Test
  void throttlingIsItsOwnOutcome() {
    SmppTransmitter t = transmitter(SmsEncoding.UCS2, false, TestSmsServer.PASSWORD);
    TestSmsServer.throttleNext(1);
    String to = mobile();
    assertThat(t.submit(to, "một", 1).outcome()).isEqualTo(SmppTransmitter.Outcome.THROTTLED);
    assertThat(t.submit(to, "hai", 2).outcome()).isEqualTo(SmppTransmitter.Outcome.SENT);
    assertThat(TestSmsServer.to(to)).extracting(TestSmsServer.Text::text).containsExactly("hai");
  }

  @Test
  void anOutageIsSurvivedByBindingAgain() {
    SmppTransmitter t = transmitter(SmsEncoding.UCS2, false, TestSmsServer.PASSWORD);
    String to = mobile();
    assertThat(t.submit(to, "trước", 1).outcome()).isEqualTo(SmppTransmitter.Outcome.SENT);
    TestSmsServer.suspend();
    var during = t.submit(to, "trong", 2);
    assertThat(during.outcome())
        .isIn(SmppTransmitter.Outcome.TRANSIENT, SmppTransmitter.Outcome.NOT_TRIED);
    assertThat(t.submit(to, "trong", 2).outcome()).isEqualTo(SmppTransmitter.Outcome.NOT_TRIED);
    assertThat(t.status().state()).isEqualTo(BindStatus.State.UNREACHABLE);
    TestSmsServer.resume();
    assertThat(t.submit(to, "sau", 3).outcome()).isEqualTo(SmppTransmitter.Outcome.SENT);
    assertThat(TestSmsServer.to(to))
        .extracting(TestSmsServer.Text::text)
        .containsExactly("trước", "sau");
  }

  @Test
  void aTransceiverGetsTheDeliveryReceipt() {
    var result =
        transmitter(SmsEncoding.UCS2, true, TestSmsServer.PASSWORD)
            .submit(mobile(), "biên nhận", 1);
    String id = result.providerIds().get(0);
    Await.until("the delivery receipt", Duration.ofSeconds(10), () -> receipts.containsKey(id));
    assertThat(receipts.get(id)).isEqualTo("DELIVRD");
  }
}
