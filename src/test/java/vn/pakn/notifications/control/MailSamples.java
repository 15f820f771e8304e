package vn.pakn.notifications.control;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The real templates and realistic values for every message, shared by the tests. */
public final class MailSamples {

  public static final Path TEMPLATES = Path.of("mail-templates");
  public static final Locale VI = Locale.forLanguageTag("vi");

  /** The real messages, as the components declare them. */
  static final MailMessage PETITION_RECEIVED = new MailMessage("petition-received");

  static final MailMessage PETITION_REJECTED = new MailMessage("petition-rejected");
  static final MailMessage PETITION_TRANSFERRED = new MailMessage("petition-transferred");
  static final MailMessage INFORMATION_REQUESTED = new MailMessage("information-requested");
  static final MailMessage PETITION_ANSWERED = new MailMessage("petition-answered");
  static final MailMessage ANSWER_PUBLISHED = new MailMessage("answer-published");
  static final MailMessage DEADLINE_REMINDER = new MailMessage("deadline-reminder");
  static final MailMessage DEADLINE_OVERDUE = new MailMessage("deadline-overdue");
  static final MailMessage SURVEY_INVITATION = new MailMessage("survey-invitation");
  static final MailMessage OFFICER_ACCOUNT_CREATED = new MailMessage("officer-account-created");
  static final MailMessage OFFICER_PASSWORD_RESET = new MailMessage("officer-password-reset");

  private static MailTemplates templates;

  private MailSamples() {}

  /** Every message the real templates declare. */
  public static List<MailMessage> messages() {
    return templates().messages().stream().map(MailMessage::new).toList();
  }

  public static synchronized MailTemplates templates() {
    if (templates == null) {
      templates = MailTemplates.fromDirectory(TEMPLATES);
    }
    return templates;
  }

  public static MailRenderer renderer() {
    return new MailRenderer(templates(), shared());
  }

  public static Map<String, String> shared() {
    return Map.of(
        "portalName", "Hệ thống phản ánh, kiến nghị tỉnh Sơn La",
        "portalUrl", "https://pakn.sonla.gov.vn/",
        "hotline", "0212 3852 456");
  }

  /** Every variable of the message with a value, optional ones included. */
  public static Map<String, String> variables(MailMessage message) {
    Map<String, String> common =
        Map.of(
            "senderName", "Nguyễn Thị Hoa",
            "trackingCode", "PAKN-2026-000123-K",
            "title", "Chậm trả kết quả đăng ký khai sinh",
            "followUrl", "https://pakn.sonla.gov.vn/theo-doi.html?ma=PAKN-2026-000123-K");
    Map<String, String> values = new HashMap<>(common);
    switch (message.id()) {
      case "petition-received" -> values.put("receivedAt", "08:15 ngày 21/11/2026");
      case "petition-rejected" -> {
        values.put("agencyName", "Văn phòng Ủy ban nhân dân tỉnh Sơn La");
        values.put(
            "reason",
            "Nội dung là khiếu nại quyết định hành chính.\nĐề nghị Ông/Bà gửi đơn theo Luật Khiếu nại.");
        values.put("legalBasis", "Điều 7 Nghị định 20/2008/NĐ-CP");
      }
      case "petition-transferred" -> {
        values.put("fromAgency", "Văn phòng Ủy ban nhân dân tỉnh Sơn La");
        values.put("toAgency", "Sở Tư pháp tỉnh Sơn La");
        values.put("reason", "Nội dung thuộc lĩnh vực hộ tịch.");
      }
      case "information-requested" -> {
        values.put("agencyName", "Sở Tư pháp tỉnh Sơn La");
        values.put("requestedInformation", "Số giấy biên nhận hồ sơ.\nNgày nộp hồ sơ.");
        values.put("replyBy", "ngày 05/12/2026");
        values.put("contact", "Phòng Hành chính tư pháp\nĐiện thoại: 0212 3852 000");
      }
      case "petition-answered" -> {
        values.put("agencyName", "Sở Tư pháp tỉnh Sơn La");
        values.put(
            "answer", "Hồ sơ của Ông/Bà đã được giải quyết.\nXin lỗi Ông/Bà vì sự chậm trễ.");
        values.put("answerUrl", "https://pakn.sonla.gov.vn/tra-loi/123");
      }
      case "access-key-renewed" -> values.put("accessKey", "7K3M-Q9XA-2BFD");
      case "answer-published" -> {
        values.remove("followUrl");
        values.put("publicUrl", "https://pakn.sonla.gov.vn/cong-khai/123");
      }
      case "deadline-reminder" -> {
        values.remove("senderName");
        values.remove("followUrl");
        values.put("officerName", "Trần Văn Nam");
        values.put("stage", "trả lời");
        values.put("dueDate", "ngày 28/11/2026");
        values.put("workingDaysLeft", "2");
        values.put("agencyName", "Sở Tư pháp tỉnh Sơn La");
        values.put("petitionUrl", "https://pakn.sonla.gov.vn/can-bo/phan-anh/123");
      }
      case "deadline-overdue" -> {
        values.remove("senderName");
        values.remove("followUrl");
        values.put("recipientName", "Lê Thị Mai");
        values.put("stage", "trả lời");
        values.put("dueDate", "ngày 28/11/2026");
        values.put("workingDaysOverdue", "3");
        values.put("agencyName", "Sở Tư pháp tỉnh Sơn La");
        values.put("handlerName", "Trần Văn Nam");
        values.put("petitionUrl", "https://pakn.sonla.gov.vn/can-bo/phan-anh/123");
      }
      case "survey-invitation" -> {
        values.remove("followUrl");
        values.put("surveyUrl", "https://pakn.sonla.gov.vn/danh-gia/abc");
        values.put("respondBy", "ngày 31/12/2026");
      }
      case "officer-account-created", "officer-password-reset" -> {
        values.clear();
        values.put("officerName", "Trần Văn Nam");
        values.put("username", "nam.tv");
        values.put("agencyName", "Sở Tư pháp tỉnh Sơn La");
        values.put("activationUrl", "https://pakn.sonla.gov.vn/kich-hoat/xyz");
        values.put("expiresAt", "17:00 ngày 24/11/2026");
      }
    }
    return values;
  }

  /** Only the required variables of the message. */
  public static Map<String, String> requiredOnly(MailMessage message) {
    Map<String, String> values = new HashMap<>(variables(message));
    templates()
        .variables(message.id())
        .values()
        .forEach(
            spec -> {
              if (!spec.required()) {
                values.remove(spec.name());
              }
            });
    return values;
  }
}
