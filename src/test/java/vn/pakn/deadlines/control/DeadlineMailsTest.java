package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.deadlines.entity.AlertLevel;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.notifications.control.MailSamples;
import vn.pakn.notifications.control.RenderedMail;

class DeadlineMailsTest {

  /** 24:00 Mon 07/12/2026 in Vietnam. */
  static final Instant DUE = Instant.parse("2026-12-07T17:00:00Z");

  static Map<String, String> values(AlertLevel level, int left, String recipientKey) {
    Map<String, String> values =
        new HashMap<>(
            DeadlineMails.variables(
                new DeadlineAlert(1, 2, Stage.ANSWER, 3L, level, DUE, left),
                "PAKN-2026-000123-K",
                "Chậm trả kết quả đăng ký khai sinh",
                "Sở Tư pháp",
                "Trần Thị Xử",
                "https://pakn.test/"));
    values.put(recipientKey, "Lê Văn Duyệt");
    return values;
  }

  @Test
  void aReminderSaysTheStageTheLastDayAndTheWorkingDaysLeft() {
    RenderedMail mail =
        MailSamples.renderer()
            .render(
                DeadlineMails.REMINDER,
                MailSamples.VI,
                values(AlertLevel.EIGHTY_PERCENT, 2, "officerName"));
    assertThat(mail.subject())
        .isEqualTo(
            "Sắp đến hạn xử lý, trả lời: phản ánh, kiến nghị PAKN-2026-000123-K – hạn 24:00 ngày"
                + " 07/12/2026");
    assertThat(mail.text())
        .contains(
            "Kính gửi Lê Văn Duyệt",
            "còn 2 ngày làm việc",
            "https://pakn.test/can-bo/phan-anh.html?code=PAKN-2026-000123-K");
  }

  @Test
  void anEscalationSaysHowLateAndWhoHandlesIt() {
    RenderedMail mail =
        MailSamples.renderer()
            .render(
                DeadlineMails.OVERDUE,
                MailSamples.VI,
                values(AlertLevel.OVERDUE, -3, "recipientName"));
    assertThat(mail.subject()).contains("Quá hạn xử lý, trả lời", "Sở Tư pháp");
    assertThat(mail.text()).contains("3", "Trần Thị Xử", "24:00 ngày 07/12/2026");
  }

  @Test
  void anAlertFoundLateNeverSaysNegativeDays() {
    assertThat(values(AlertLevel.LAST_DAY, -1, "officerName"))
        .containsEntry("workingDaysLeft", "0");
    assertThat(values(AlertLevel.OVERDUE, 0, "recipientName"))
        .containsEntry("workingDaysOverdue", "1")
        .doesNotContainKey("workingDaysLeft");
  }
}
