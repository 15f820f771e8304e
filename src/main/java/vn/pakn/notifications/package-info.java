/**
 * The mail kernel: outbox, templates, rendering, sending, and the administrators' mail pages. It
 * knows no business component (ArchitectureTest checks it): each component composes its own mails —
 * {@code petitions.control.PetitionMails} (received, not accepted, transferred, information
 * requested, answered), {@code deadlines.control.DeadlineMails} (reminders, escalations), {@code
 * publication.control.AnswerMails}, {@code surveys.control.SurveyMails}, {@code
 * officers.control.OfficerMails} — and hands them to {@link vn.pakn.notifications.control.Outbox},
 * declaring the messages it sends in a {@link vn.pakn.notifications.control.MailCatalogue}.
 *
 * <p>Components never talk SMTP. The flow:
 *
 * <ol>
 *   <li>In the caller's transaction, the recipient and the values are checked ({@link
 *       vn.pakn.notifications.control.MailAddresses}, {@link
 *       vn.pakn.notifications.control.MailRenderer#accepted}) and written as an outbox row: the
 *       recipient, the template id and language, the checked values as JSON ({@link
 *       vn.pakn.notifications.control.MailVariables}) and the {@code Message-ID}. A refused value
 *       or address throws before anything is written; a rolled-back transaction leaves no mail
 *       behind. Rendering is the sending job's work (issue 15: a rendered row in the step's
 *       transaction cost filing a third of its throughput); it renders the same mail from the same
 *       values. Rows written before that change hold their rendering and are sent as they are.
 *   <li>After commit, a sending job claims due rows with {@code FOR UPDATE SKIP LOCKED} and, in a
 *       short transaction of its own, counts the attempt and sets a claim time before rendering and
 *       sending (a mail the templates now refuse fails for good, with the reason): a claim is
 *       at-most-once, so two nodes never send the same row at the same time. A crash after the SMTP
 *       server accepted a mail but before the row is marked sent can only lead to one more attempt
 *       once the claim expires; that attempt reuses the stored {@code Message-ID}, so receivers can
 *       recognise the duplicate.
 *   <li>{@link vn.pakn.notifications.control.SmtpSender} sends one row and says SENT, TRANSIENT or
 *       PERMANENT; {@link vn.pakn.notifications.control.DeliveryPolicy} turns a failure into the
 *       next attempt's time (exponential back-off with jitter) or FAILED. The row keeps the number
 *       of attempts and the last error; one bad mail never blocks the others.
 * </ol>
 *
 * <p>Templates live in {@code mail-templates/} (format in its README): per message and language
 * ({@code vi} first, {@code en}) a subject, a plain-text part and an HTML part, a shared layout and
 * footer per language, and {@code messages.json} declaring each message's variables (required,
 * maximum length, kind text/multiline/url). The template language has two constructs only: {@code
 * {{name}}} and the optional section {@code {{#name}}…{{/name}}}; values are HTML-escaped in HTML
 * parts, inserted as they are in text parts and with line breaks removed in subjects. {@link
 * vn.pakn.notifications.control.MailTemplates} validates everything when loaded and lists every
 * problem, so a broken template stops the start-up instead of a mail.
 *
 * <p>Wiring: {@code LoadedMailTemplates} loads the packaged templates at start-up (a broken one
 * stops the deployment); {@code Outbox} checks and stores a mail in the caller's transaction
 * ({@code mail_outbox}); {@code MailSender} is the sending job, which renders, its claims and
 * outcomes in {@code OutboxClaims}. Without an SMTP host mails are stored as KEPT and never sent;
 * administrators read them, rendered when read, in {@code MailsResource}.
 *
 * <p>Text messages (SMS) are a second channel of the same design: components compose them ({@code
 * petitions.control.PetitionTexts}, {@code surveys.control.SurveyTexts}) and hand them to {@link
 * vn.pakn.notifications.control.TextOutbox} ({@code sms_outbox}, one text per event by its key),
 * declaring them in a {@link vn.pakn.notifications.control.TextCatalogue}; templates in {@code
 * mail-templates/sms/} with a length budget checked at start-up ({@link
 * vn.pakn.notifications.control.TextTemplates}). {@link vn.pakn.notifications.control.TextSender}
 * claims due texts and submits them over one SMPP session per node ({@link
 * vn.pakn.notifications.control.SmppTransmitter}, jsmpp) at the provider's pace ({@link
 * vn.pakn.notifications.control.SendingPace}); the session's state, a refused bind included, is
 * shown in {@code TextsResource}. Numbers are Vietnamese mobiles in E.164 ({@link
 * vn.pakn.notifications.control.MobileNumbers}).
 */
package vn.pakn.notifications;
