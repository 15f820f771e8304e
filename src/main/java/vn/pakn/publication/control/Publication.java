package vn.pakn.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.petitions.control.PetitionWorkflow;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.Sender;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.publication.entity.AnswerPublicationChanged;
import vn.pakn.publication.entity.PublicText;
import vn.pakn.publication.entity.PublicationChange;
import vn.pakn.publication.entity.PublicationCounter;
import vn.pakn.publication.entity.PublishedAnswer;

/**
 * Publishes answers (Decree 20/2008/NĐ-CP Art. 19) and withdraws them, one transaction each: a
 * leader of the agency that answered the petition proposes a redaction, edits it and publishes. The
 * text sent for publication is checked again by the {@link Redactor}; personal data it still finds
 * is refused unless the leader keeps that exact text on purpose (an agency's hotline), and the
 * sender's own data can never be kept. Every publish and withdrawal takes the next number of the
 * publication sequence and fires {@link AnswerPublicationChanged} in the transaction.
 */
@ApplicationScoped
public class Publication {

  @PersistenceContext EntityManager em;
  @Inject PetitionWorkflow workflow;
  @Inject Event<AnswerPublicationChanged> changed;

  Clock clock = Clock.systemUTC();

  /** What a publication panel shows: the petition's public copy, if any, and who may publish. */
  public record State(
      String trackingCode,
      String status,
      boolean publishName,
      Optional<PublishedAnswer> copy,
      boolean mayPublish,
      List<PublicationChange> history) {}

  /** The petition as an officer of an agency that held it sees its publication. */
  public State state(String code, Actor actor) {
    Petition p = workflow.forOfficer(code, actor);
    Optional<PublishedAnswer> copy = copyOf(p);
    List<PublicationChange> history =
        copy.map(
                c ->
                    em.createQuery(
                            "select c from PublicationChange c where c.answerId = :a order by c.seq",
                            PublicationChange.class)
                        .setParameter("a", c.id())
                        .getResultList())
            .orElse(List.of());
    return new State(
        p.trackingCode(),
        p.status().name(),
        p.publishName(),
        copy,
        refusal(p, actor).isEmpty(),
        history);
  }

  /** The redaction the {@link Redactor} proposes for the petition's title, question and answer. */
  public Proposal propose(String code, Actor actor, List<String> otherNames, List<String> others) {
    Petition p = publishable(code, actor);
    KnownPersonalData known = known(p, otherNames, others);
    var redactor = new Redactor(Messages.VIETNAMESE);
    return new Proposal(
        redactor.propose(p.title(), known),
        redactor.propose(p.content(), known),
        redactor.propose(p.answer(), known),
        p.publishName() ? p.sender().name() : null);
  }

  /** The three proposals, and the sender's name when they opted in to show it. */
  public record Proposal(
      RedactionProposal title,
      RedactionProposal question,
      RedactionProposal answer,
      String senderNameShown) {}

  /** What a leader sends to publish: the final texts and what they keep on purpose. */
  public record Request(
      PublicText text,
      List<Keep> keep,
      List<String> otherNames,
      List<String> otherAddresses,
      List<String> alsoAnswers) {}

  /**
   * A stretch of text the leader keeps in the public copy although the redactor would hide it (an
   * agency's number, a historical name it took for a person), with the reason, which goes into the
   * publication's audit trail.
   */
  public record Keep(String text, String reason) {
    public boolean reasoned() {
      return reason != null && !reason.isBlank();
    }
  }

  @Transactional
  public PublishedAnswer publish(String code, Actor actor, Request request) {
    Petition p = publishable(code, actor);
    KnownPersonalData known = known(p, request.otherNames(), request.otherAddresses());
    List<Violation> left = new ArrayList<>();
    var kept = new LinkedHashSet<String>();
    check("title", request.text().title(), known, p.sender(), request.keep(), left, kept);
    check("question", request.text().question(), known, p.sender(), request.keep(), left, kept);
    check("answer", request.text().answer(), known, p.sender(), request.keep(), left, kept);
    if (!left.isEmpty()) {
      throw new ProblemException(400, "personal-data-left", left);
    }
    Set<Long> also = alsoAnswers(request.alsoAnswers(), actor, p);
    OffsetDateTime now = now();
    String senderName = p.publishName() ? p.sender().name() : null;
    PublishedAnswer copy =
        copyOf(p)
            .map(
                existing -> {
                  existing.republish(request.text(), senderName, actor.username(), now);
                  return existing;
                })
            .orElseGet(
                () -> {
                  var fresh =
                      PublishedAnswer.publish(
                          p.id(),
                          p.agencyId(),
                          p.fieldCode(),
                          p.kind().name(),
                          request.text(),
                          senderName,
                          actor.username(),
                          now);
                  em.persist(fresh);
                  return fresh;
                });
    copy.alsoAnswers(also);
    record(copy, PublicationChange.Type.PUBLISHED, actor.username(), keptReason(kept), now);
    return copy;
  }

  /** Takes an answer off the public pages and out of search everywhere, with a reason. */
  @Transactional
  public PublishedAnswer withdraw(long answerId, Actor actor, String reason) {
    PublishedAnswer copy = em.find(PublishedAnswer.class, answerId);
    if (copy == null) {
      throw new ProblemException(404, "answer-not-found");
    }
    if (!actor.has(Role.LEADER)) {
      throw new ProblemException(403, "role-not-allowed");
    }
    if (!copy.agencyId().equals(actor.agencyId())) {
      throw new ProblemException(403, "not-your-agency");
    }
    OffsetDateTime now = now();
    copy.withdraw(reason, actor.username(), now);
    record(copy, PublicationChange.Type.WITHDRAWN, actor.username(), reason, now);
    return copy;
  }

  private void record(
      PublishedAnswer copy,
      PublicationChange.Type type,
      String by,
      String reason,
      OffsetDateTime now) {
    em.flush();
    PublicationCounter counter =
        em.find(PublicationCounter.class, PublicationCounter.ID, LockModeType.PESSIMISTIC_WRITE);
    long seq = counter.next();
    em.persist(new PublicationChange(seq, copy.id(), type, now, by, reason));
    em.flush();
    changed.fire(new AnswerPublicationChanged(copy.id(), copy.petitionId(), seq, type, by));
  }

  private Optional<PublishedAnswer> copyOf(Petition p) {
    return em.createNamedQuery(PublishedAnswer.BY_PETITION, PublishedAnswer.class)
        .setParameter("petition", p.id())
        .getResultStream()
        .findFirst();
  }

  private Petition publishable(String code, Actor actor) {
    Petition p = workflow.forOfficer(code, actor);
    refusal(p, actor)
        .ifPresent(
            key -> {
              throw new ProblemException(
                  "not-answered".equals(key) ? 409 : 403, key, p.status().name());
            });
    return p;
  }

  /**
   * Only a leader of the agency that answered (the one holding the petition) publishes, and only an
   * answered petition.
   */
  static Optional<String> refusal(Petition p, Actor actor) {
    if (!actor.has(Role.LEADER)) {
      return Optional.of("role-not-allowed");
    }
    if (p.agencyId() == null || !p.agencyId().equals(actor.agencyId())) {
      return Optional.of("not-your-agency");
    }
    if (!p.status().isAnswered() || p.answer() == null) {
      return Optional.of("not-answered");
    }
    return Optional.empty();
  }

  private Set<Long> alsoAnswers(List<String> codes, Actor actor, Petition main) {
    var ids = new LinkedHashSet<Long>();
    for (String code : codes) {
      Petition other;
      try {
        other = workflow.forOfficer(code, actor);
      } catch (ProblemException unknown) {
        throw ProblemException.invalid(new Violation("alsoAnswers", "petition.unknown", code));
      }
      if (refusal(other, actor).isPresent() || other.id().equals(main.id())) {
        throw ProblemException.invalid(new Violation("alsoAnswers", "petition.notAnswered", code));
      }
      ids.add(other.id());
    }
    return ids;
  }

  static KnownPersonalData known(Petition p, List<String> otherNames, List<String> others) {
    Sender s = p.sender();
    var known =
        KnownPersonalData.ofSender(s.name(), s.address(), s.phone(), s.email())
            .withTaxCode(s.taxCode())
            .withSenderNameShown(p.publishName());
    if (s.mailingAddress() != null) {
      known = known.withOtherAddress(s.mailingAddress());
    }
    for (String name : otherNames) {
      known = known.withOtherName(name);
    }
    for (String address : others) {
      known = known.withOtherAddress(address);
    }
    return known;
  }

  /**
   * Refuses personal data the redactor still finds in a text about to be published: every span it
   * would hide, identifier-shaped or of a sensitive category (Decree 13/2023/NĐ-CP Art. 2; Law
   * 91/2025/QH15). Officials named in role and agencies' numbers are only reported, so they pass. A
   * span whose exact text the leader keeps with a reason is allowed and its reason is collected in
   * {@code kept} for the audit trail, unless it is a name or address the petition knows or the
   * sender's own phone, email or tax code.
   */
  static void check(
      String field,
      String text,
      KnownPersonalData known,
      Sender sender,
      List<Keep> keep,
      List<Violation> out,
      Set<String> kept) {
    RedactionProposal found = new Redactor(Messages.VIETNAMESE).propose(text, known);
    for (RedactionSpan span : found.hidden()) {
      String covered = found.covered(span);
      String label = span.category().label(Messages.VIETNAMESE);
      String kind = "personalData.left." + span.category().name();
      Optional<Keep> keeping =
          keep.stream().filter(k -> k.text().strip().equals(covered.strip())).findFirst();
      if (keeping.isPresent() && keepable(span.category(), covered, sender, known)) {
        if (keeping.get().reasoned()) {
          kept.add(
              "\"" + covered.strip() + "\" (" + label + "): " + keeping.get().reason().strip());
          continue;
        }
        out.add(new Violation(field, "personalData.reasonMissing", covered, span.start()));
        continue;
      }
      out.add(new Violation(field, kind, covered, span.start()));
    }
  }

  /** The audit line of what a publication kept on purpose, and why; null when nothing was kept. */
  static String keptReason(Set<String> kept) {
    if (kept.isEmpty()) {
      return null;
    }
    String all = "Giữ lại có lý do: " + String.join("; ", kept);
    return all.length() <= 2000 ? all : all.substring(0, 1999) + "…";
  }

  private static boolean keepable(
      RedactionCategory category, String covered, Sender sender, KnownPersonalData known) {
    String folded = Redactor.fold(covered).strip();
    boolean knownText =
        java.util.stream.Stream.concat(
                known.namesToHide().stream(), known.addressesToHide().stream())
            .map(v -> Redactor.fold(v).strip())
            .anyMatch(v -> !v.isEmpty() && (v.contains(folded) || folded.contains(v)));
    if ((category == RedactionCategory.NAME || category == RedactionCategory.ADDRESS)
        && knownText) {
      return false;
    }
    String digits = covered.replaceAll("\\D", "");
    return !(sameDigits(digits, sender.phone())
        || sameDigits(digits, sender.taxCode())
        || (sender.email() != null
            && covered.strip().toLowerCase(Locale.ROOT).equals(sender.email().toLowerCase())));
  }

  private static boolean sameDigits(String digits, String value) {
    if (value == null || digits.isEmpty()) {
      return false;
    }
    String own = Redactor.nationalDigits(value);
    String mine =
        digits.startsWith("84") && digits.length() > 10 ? "0" + digits.substring(2) : digits;
    return own.equals(mine) || own.equals(digits);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
