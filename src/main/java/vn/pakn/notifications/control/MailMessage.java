package vn.pakn.notifications.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mails the application sends. Each has a template per language in {@code mail-templates/} and
 * an entry in its {@code messages.json}; loading fails when one is missing or unknown.
 */
public enum MailMessage {
  PETITION_RECEIVED("petition-received"),
  PETITION_REJECTED("petition-rejected"),
  PETITION_TRANSFERRED("petition-transferred"),
  INFORMATION_REQUESTED("information-requested"),
  PETITION_ANSWERED("petition-answered"),
  ACCESS_KEY_RENEWED("access-key-renewed"),
  ANSWER_PUBLISHED("answer-published"),
  DEADLINE_REMINDER("deadline-reminder"),
  DEADLINE_OVERDUE("deadline-overdue"),
  SURVEY_INVITATION("survey-invitation"),
  OFFICER_ACCOUNT_CREATED("officer-account-created"),
  OFFICER_PASSWORD_RESET("officer-password-reset");

  private final String id;

  MailMessage(String id) {
    this.id = id;
  }

  /** The id used in file names, in {@code messages.json} and in stored mails. */
  public String id() {
    return id;
  }

  public static Optional<MailMessage> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
