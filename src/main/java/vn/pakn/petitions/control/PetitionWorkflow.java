package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.agencies.entity.Field;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.petitions.entity.AttachmentFile;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.petitions.entity.PetitionSubKind;
import vn.pakn.petitions.entity.RejectionReason;
import vn.pakn.petitions.entity.Satisfaction;
import vn.pakn.petitions.entity.TrackingCode;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * Carries out officers' steps on petitions, one transaction each: finds the petition, refuses a
 * step taken on a version the officer did not see (409 with the current state), resolves what the
 * step names (agencies, officers, reasons) and lets the aggregate decide.
 */
@ApplicationScoped
public class PetitionWorkflow {

  static final int MAX_TEXT = 20_000;
  static final int MAX_NOTE = 2_000;

  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;
  @Inject PetitionLookup lookup;
  @Inject Event<PetitionStepTaken> stepTaken;

  Clock clock = Clock.systemUTC();

  /** A petition an officer's agency holds or has held; 404 for any other. */
  public Petition forOfficer(String typedCode, Actor actor) {
    Petition petition = byCode(typedCode);
    boolean held =
        em.createQuery(
                    "select count(h) from PetitionHop h where h.petition = :p and h.agencyId = :a",
                    Long.class)
                .setParameter("p", petition)
                .setParameter("a", actor.agencyId())
                .getSingleResult()
            > 0;
    if (!held) {
      throw new ProblemException(403, "not-your-agency");
    }
    return petition;
  }

  @Transactional
  public Petition act(String typedCode, ActionRequest step, Actor actor) {
    Petition p = forOfficer(typedCode, actor);
    if (p.version() != step.version()) {
      throw new ProblemException(409, "stale", p.status().name(), p.version());
    }
    OffsetDateTime now = now();
    switch (step.action()) {
      case CLASSIFY -> classify(p, step, actor, now);
      case REJECT ->
          p.reject(
              actor, reason(step.requiredText("reasonCode", 32)), step.text("note", MAX_NOTE), now);
      case ACCEPT -> p.accept(actor, step.text("note", MAX_NOTE), now);
      case TRANSFER ->
          p.transferTo(
              agency(step.requiredText("toAgency", 32)).id(),
              actor,
              step.requiredText("reason", MAX_NOTE),
              now);
      case ASSIGN -> p.assignTo(handler(step.requiredText("handler", 64), p), actor, now);
      case START -> p.start(actor, now);
      case REQUEST_EXTENSION ->
          p.requestExtension(
              actor, step.integer("days", 1, 30), step.requiredText("reason", MAX_NOTE), now);
      case APPROVE_EXTENSION -> p.approveExtension(actor, now);
      case REQUEST_INFORMATION ->
          p.requestInformation(actor, step.requiredText("question", MAX_NOTE), now);
      case DRAFT_ANSWER -> p.draftAnswer(actor, step.requiredText("text", MAX_TEXT), now);
      case APPROVE_ANSWER -> p.approveAnswer(actor, step.text("note", MAX_NOTE), now);
      case RETURN_ANSWER -> p.returnAnswer(actor, step.requiredText("comments", MAX_NOTE), now);
      case SEND_ANSWER -> p.sendAnswer(actor, now);
      case CLOSE -> p.close(actor, now);
      case REOPEN -> p.reopen(actor, step.requiredText("reason", MAX_NOTE), now);
    }
    return taken(p);
  }

  private Petition taken(Petition p) {
    em.flush();
    stepTaken.fire(PetitionStepTaken.of(p));
    return p;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** The sender answers a request for more information. */
  @Transactional
  public Petition provideInformation(
      String typedCode, String accessKey, String text, List<AttachmentFile> files) {
    Petition p = forSender(typedCode, accessKey);
    p.provideInformation(text, files, now());
    return taken(p);
  }

  /** The sender marks the answer satisfying or not. */
  @Transactional
  public Petition rate(String typedCode, String accessKey, Satisfaction satisfaction) {
    Petition p = forSender(typedCode, accessKey);
    p.rate(satisfaction, now());
    return taken(p);
  }

  private Petition forSender(String typedCode, String accessKey) {
    return lookup
        .forSender(typedCode, accessKey)
        .orElseThrow(() -> new ProblemException(404, "petition-not-found"));
  }

  private void classify(Petition p, ActionRequest step, Actor actor, OffsetDateTime now) {
    PetitionKind kind = enumValue(PetitionKind.class, "kind", step.code("kind"), p.kind());
    PetitionSubKind subKind =
        enumValue(PetitionSubKind.class, "subKind", step.code("subKind"), null);
    if (subKind != null && subKind.kind() != kind) {
      throw ProblemException.invalid(
          new Violation("subKind", "subKind.mismatch", subKind.name(), kind.name()));
    }
    String field = step.text("field", 32);
    if (field == null) {
      field = p.fieldCode();
    } else if (em.find(Field.class, field) == null) {
      throw ProblemException.invalid(new Violation("field", "field.unknown", field));
    }
    p.classify(
        actor,
        kind,
        subKind,
        field,
        step.bool("withinCompetence"),
        step.text("note", MAX_NOTE),
        now);
  }

  private String reason(String code) {
    if (em.find(RejectionReason.class, code) == null) {
      throw ProblemException.invalid(new Violation("reasonCode", "reason.unknown", code));
    }
    return code;
  }

  private Agency agency(String code) {
    return agencies.requireByCode("toAgency", code);
  }

  private Long handler(String username, Petition p) {
    Officer handler =
        em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
            .setParameter("username", username.toLowerCase())
            .getResultStream()
            .findFirst()
            .filter(Officer::isActive)
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        new Violation("handler", "officer.unknown", username)));
    if (!handler.has(Role.HANDLER) || !handler.agencyId().equals(p.agencyId())) {
      throw ProblemException.invalid(new Violation("handler", "officer.notHandlerHere", username));
    }
    return handler.id();
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String field, String code, E fallback) {
    if (code == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalid(
          new Violation(
              field, "enum.unknown", code, java.util.Arrays.toString(type.getEnumConstants())));
    }
  }

  Petition byCode(String typedCode) {
    return TrackingCode.parse(typedCode)
        .flatMap(
            code ->
                em.createNamedQuery(Petition.BY_TRACKING_CODE, Petition.class)
                    .setParameter("code", code.toString())
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new ProblemException(404, "petition-not-found"));
  }
}
