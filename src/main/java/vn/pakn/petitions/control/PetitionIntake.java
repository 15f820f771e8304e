package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.agencies.entity.Field;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.petitions.entity.AccessKey;
import vn.pakn.petitions.entity.AttachmentFile;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * Registers a checked petition in one transaction: the petition, its attachments and its first
 * audit event. The receipt is returned only after the transaction has committed.
 */
@ApplicationScoped
public class PetitionIntake {

  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;
  @Inject Event<PetitionStepTaken> stepTaken;

  Clock clock = Clock.systemUTC();

  /** What the sender is told: the code, the one copy of the access key there will ever be. */
  public record Receipt(
      String trackingCode, String accessKey, PetitionStatus status, OffsetDateTime receivedAt) {}

  /**
   * @param officer the receiving officer keying in a petition that arrived by letter, phone, email
   *     or at a desk; null when the sender files it on the web
   */
  @Transactional
  public Receipt file(PetitionForm form, List<AttachmentFile> files, Actor officer) {
    if (form.channel().keyedInByOfficer() && (officer == null || !officer.has(Role.RECEIVER))) {
      throw new ProblemException(403, "channel-needs-officer", form.channel().name());
    }
    String fieldCode = form.content().fieldCode();
    Field field = em.find(Field.class, fieldCode);
    if (field == null || !field.isActive()) {
      throw ProblemException.invalid(new Violation("field", "field.unknown", fieldCode));
    }
    String accessKey = AccessKey.generate();
    OffsetDateTime now = arrival(form, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    Long receivingAgency =
        officer != null ? officer.agencyId() : agencies.receiving().map(Agency::id).orElse(null);
    var petition =
        Petition.receive(
            form.content(),
            form.sender(),
            form.publishName(),
            form.channel(),
            form.language(),
            AccessKey.hash(accessKey),
            files,
            receivingAgency,
            officer,
            now);
    em.persist(petition);
    var code = petition.assignTrackingCode();
    stepTaken.fire(PetitionStepTaken.of(petition));
    return new Receipt(code.toString(), accessKey, petition.status(), petition.receivedAt());
  }

  /**
   * When the petition was received: now, or for one that arrived earlier by letter, phone, mail or
   * at a desk, 08:00 Vietnam time of the day it arrived, from which its deadlines count.
   */
  static OffsetDateTime arrival(PetitionForm form, OffsetDateTime now) {
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    if (form.receivedOn() == null
        || !form.receivedOn().isBefore(now.atZoneSameInstant(vietnam).toLocalDate())) {
      return now;
    }
    return form.receivedOn().atTime(8, 0).atZone(vietnam).toOffsetDateTime();
  }
}
