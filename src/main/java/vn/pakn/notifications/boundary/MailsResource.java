package vn.pakn.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.notifications.control.InvalidMailException;
import vn.pakn.notifications.control.LoadedMailTemplates;
import vn.pakn.notifications.control.RenderedMail;
import vn.pakn.notifications.entity.MailStatus;
import vn.pakn.notifications.entity.OutboxMail;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.SignedInCaller;
import vn.pakn.platform.control.Violation;

/**
 * The outbox as administrators see it: the latest mails, by recipient and status, with their
 * attempts and last error; a FAILED mail can be sent again. KEPT mails (no SMTP server configured)
 * are read here.
 */
@Path("admin/mails")
@Produces(MediaType.APPLICATION_JSON)
public class MailsResource {

  static final int LIMIT = 200;

  @Inject SignedInCaller caller;
  @Inject LoadedMailTemplates templates;
  @PersistenceContext EntityManager em;

  public record MailView(
      long id,
      String to,
      String subject,
      String status,
      String template,
      String language,
      OffsetDateTime createdAt,
      OffsetDateTime sentAt,
      int attempts,
      OffsetDateTime nextAttemptAt,
      String lastError,
      String messageId) {

    static MailView of(OutboxMail m, RenderedMail rendered) {
      return new MailView(
          m.id(),
          m.recipient(),
          rendered.subject(),
          m.status().name(),
          m.template(),
          m.language(),
          m.createdAt(),
          m.sentAt(),
          m.attempts(),
          m.nextAttemptAt(),
          m.lastError(),
          m.messageId());
    }
  }

  public record MailList(List<MailView> items) {}

  @GET
  @Operation(summary = "Latest mails of the outbox (administrator): ?to=&status=")
  public MailList list(@QueryParam("to") String to, @QueryParam("status") String status) {
    caller.requireAdministrator();
    MailStatus wanted = status == null || status.isBlank() ? null : status(status);
    String recipient = to == null || to.isBlank() ? null : to.strip().toLowerCase();
    String where =
        (recipient == null ? "" : " and lower(m.recipient) = :to")
            + (wanted == null ? "" : " and m.status = :status");
    var query =
        em.createQuery(
                "select m from OutboxMail m where 1 = 1"
                    + where
                    + " order by m.createdAt desc, m.id desc",
                OutboxMail.class)
            .setMaxResults(LIMIT);
    if (recipient != null) {
      query.setParameter("to", recipient);
    }
    if (wanted != null) {
      query.setParameter("status", wanted);
    }
    return new MailList(
        query.getResultList().stream().map(m -> MailView.of(m, render(m))).toList());
  }

  /** One mail with both its parts, as the recipient gets it. */
  public record MailContent(MailView mail, String text, String html) {}

  @GET
  @Path("{id}")
  @Operation(summary = "One mail with its text and HTML parts (administrator)")
  public MailContent one(@PathParam("id") long id) {
    caller.requireAdministrator();
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new ProblemException(404, "mail-not-found", id);
    }
    var rendered = render(mail);
    return new MailContent(MailView.of(mail, rendered), rendered.text(), rendered.html());
  }

  /**
   * The HTML part alone, for the outbox page's sandboxed frame: served with a policy of its own
   * (inline styles, as mailboxes show them; nothing else), which a frame written by the page could
   * not have.
   */
  @GET
  @Path("{id}/html")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "A mail's HTML part as its recipient's mailbox shows it (administrator)")
  public Response html(@PathParam("id") long id) {
    caller.requireAdministrator();
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new ProblemException(404, "mail-not-found", id);
    }
    return Response.ok(render(mail).html(), "text/html; charset=utf-8")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox;"
                + " frame-ancestors 'self'")
        // the outbox page frames it; every other answer forbids framing (SecurityHeaders)
        .header("X-Frame-Options", "SAMEORIGIN")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("{id}/retry")
  @Transactional
  @Operation(summary = "Send a FAILED mail again (administrator)")
  public MailView retry(@PathParam("id") long id) {
    caller.requireAdministrator();
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new ProblemException(404, "mail-not-found", id);
    }
    if (mail.status() != MailStatus.FAILED) {
      throw new ProblemException(409, "mail-not-failed", id, mail.status().name());
    }
    mail.retryNow(OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS));
    return MailView.of(mail, render(mail));
  }

  /**
   * A mail as its recipient gets it: the outbox holds its variables and the sending job renders it,
   * so this renders it too; one the current templates refuse is shown with the reason as its text.
   */
  private RenderedMail render(OutboxMail mail) {
    try {
      return mail.rendered(templates.renderer());
    } catch (InvalidMailException | jakarta.json.JsonException unrenderable) {
      String why = "(" + unrenderable.getMessage() + ")";
      return new RenderedMail(mail.template(), mail.language(), why, why, why);
    }
  }

  private static MailStatus status(String code) {
    try {
      return MailStatus.valueOf(code.strip().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalid(
          new Violation("status", "mail.status", Arrays.toString(MailStatus.values())));
    }
  }
}
