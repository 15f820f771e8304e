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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.notifications.control.BindStatus;
import vn.pakn.notifications.control.MobileNumbers;
import vn.pakn.notifications.control.TextConfiguration;
import vn.pakn.notifications.control.TextSender;
import vn.pakn.notifications.entity.MailStatus;
import vn.pakn.notifications.entity.OutboxText;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.SignedInCaller;
import vn.pakn.platform.control.Violation;

/**
 * The text messages (SMS) of the outbox as administrators see them, with this node's SMPP session:
 * the latest texts by number and status, their text, attempts, last error and delivery receipt; a
 * FAILED text can be sent again. KEPT texts (no provider configured) are read here.
 */
@Path("admin/texts")
@Produces(MediaType.APPLICATION_JSON)
public class TextsResource {

  static final int LIMIT = 200;

  @Inject SignedInCaller caller;
  @Inject TextSender sender;
  @Inject TextConfiguration configuration;
  @PersistenceContext EntityManager em;

  public record TextView(
      long id,
      String to,
      String body,
      String status,
      String template,
      String language,
      OffsetDateTime createdAt,
      OffsetDateTime sentAt,
      int attempts,
      Integer parts,
      OffsetDateTime nextAttemptAt,
      String lastError,
      String providerIds,
      String deliveryStatus,
      OffsetDateTime deliveredAt,
      Long petitionId) {

    static TextView of(OutboxText t) {
      return new TextView(
          t.id(),
          t.phone(),
          t.body(),
          t.status().name(),
          t.template(),
          t.language(),
          t.createdAt(),
          t.sentAt(),
          t.attempts(),
          t.parts(),
          t.nextAttemptAt(),
          t.lastError(),
          t.providerIds(),
          t.deliveryStatus(),
          t.deliveredAt(),
          t.petitionId());
    }
  }

  /** This node's SMPP session and the texts' settings. */
  public record Provider(
      String state, Instant since, String detail, String provider, String encoding, int maxParts) {}

  public record TextList(Provider provider, List<TextView> items) {}

  @GET
  @Operation(
      summary = "Latest text messages and this node's SMPP session (administrator): ?to=&status=")
  public TextList list(@QueryParam("to") String to, @QueryParam("status") String status) {
    caller.requireAdministrator();
    MailStatus wanted = status == null || status.isBlank() ? null : status(status);
    String phone = to == null || to.isBlank() ? null : MobileNumbers.normalise(to).e164();
    if (to != null && !to.isBlank() && phone == null) {
      return new TextList(provider(), List.of());
    }
    String where =
        (phone == null ? "" : " and t.phone = :to")
            + (wanted == null ? "" : " and t.status = :status");
    var query =
        em.createQuery(
                "select t from OutboxText t where 1 = 1"
                    + where
                    + " order by t.createdAt desc, t.id desc",
                OutboxText.class)
            .setMaxResults(LIMIT);
    if (phone != null) {
      query.setParameter("to", phone);
    }
    if (wanted != null) {
      query.setParameter("status", wanted);
    }
    return new TextList(provider(), query.getResultList().stream().map(TextView::of).toList());
  }

  @GET
  @Path("provider")
  @Operation(summary = "This node's SMPP session: bound, refused (with the provider's error), …")
  public Provider status() {
    caller.requireAdministrator();
    return provider();
  }

  @POST
  @Path("{id}/retry")
  @Transactional
  @Operation(summary = "Send a FAILED text message again (administrator)")
  public TextView retry(@PathParam("id") long id) {
    caller.requireAdministrator();
    OutboxText text = em.find(OutboxText.class, id);
    if (text == null) {
      throw new ProblemException(404, "text-not-found", id);
    }
    if (text.status() != MailStatus.FAILED) {
      throw new ProblemException(409, "text-not-failed", id, text.status().name());
    }
    text.retryNow(OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS));
    return TextView.of(text);
  }

  private Provider provider() {
    BindStatus bind = sender.status();
    return new Provider(
        bind.state().name(),
        bind.since(),
        bind.detail(),
        bind.provider(),
        configuration.encoding().name(),
        configuration.maxParts());
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
