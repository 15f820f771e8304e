package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.surveys.control.ResponseValidator.Answers;
import vn.pakn.surveys.control.ResponseValidator.Submission;
import vn.pakn.surveys.entity.Kiosk;
import vn.pakn.surveys.entity.PendingRollup;
import vn.pakn.surveys.entity.QuarantinedEntry;
import vn.pakn.surveys.entity.QuarantinedEntry.Reason;
import vn.pakn.surveys.entity.SurveyResponse;
import vn.pakn.surveys.entity.SurveyResponse.Channel;
import vn.pakn.surveys.entity.SurveyResponse.Grouping;
import vn.pakn.surveys.entity.SurveyToken;

/**
 * Stores responses: by the link of a served case's token (QR code or mail; always official), or
 * from a kiosk's queue (signed entries; official only with a valid token). A response is stored
 * whole with its answers and the token's use in one transaction, or not at all.
 */
@ApplicationScoped
public class SurveyResponses {

  @PersistenceContext EntityManager em;
  @Inject LoadedSurveys surveys;
  @Inject SurveyTokens tokens;
  @Inject SurveySettings settings;

  public record Stored(long id, String surveyId, int version, boolean official) {}

  /** One entry of a kiosk's batch: the payload text and its signature. */
  public record SignedEntry(String payload, String signature) {}

  public enum Status {
    STORED,
    DUPLICATE,
    QUARANTINED
  }

  /** What became of an entry; the kiosk drops it from its queue in every case. */
  public record EntryResult(String clientId, Status status, Boolean official, String reason) {}

  /** What a kiosk's upload answers, an outcome per entry. */
  public record KioskResults(List<EntryResult> results) {}

  @Transactional
  public Stored submitByLink(String surveyId, JsonObject body) {
    Submission submission = ResponseValidator.readSubmission(surveys.definitions(), surveyId, body);
    if (submission instanceof Submission.UnknownSurvey) {
      throw new ProblemException(404, "survey-not-found", surveyId);
    }
    if (submission instanceof Submission.Rejected r) {
      throw ProblemException.invalid(r.violations());
    }
    var a = (Submission.Accepted) submission;
    SurveyToken token = tokens.use(a.token(), a.definition().id());
    OffsetDateTime now = SurveyTokens.now();
    SurveyResponse response =
        store(a.definition(), a.answers(), true, Channel.LINK, null, null, grouping(token), now);
    return new Stored(response.id(), response.surveyId(), response.surveyVersion(), true);
  }

  /** A readable, correctly signed entry, checked against its definition. */
  private record Candidate(
      KioskEntries.Payload payload, String text, SurveyDefinition definition, Answers answers) {}

  /**
   * A kiosk's queued entries, in the order sent. The checks that need the database (already stored,
   * too soon after another response of the kiosk) are one query each for the whole batch, and the
   * rows are written in one flush at commit.
   */
  @Transactional
  public List<EntryResult> receive(String kioskCode, List<SignedEntry> entries) {
    Kiosk kiosk =
        em.createNamedQuery(Kiosk.BY_CODE, Kiosk.class)
            .setParameter("code", kioskCode)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ProblemException(404, "kiosk-not-found"));
    OffsetDateTime now = SurveyTokens.now();
    List<Object> checked = new ArrayList<>();
    for (SignedEntry entry : entries) {
      checked.add(check(kiosk, entry, now));
    }
    List<Candidate> candidates =
        checked.stream().filter(Candidate.class::isInstance).map(Candidate.class::cast).toList();
    Set<String> stored = new HashSet<>();
    TreeSet<Instant> taken = new TreeSet<>();
    Duration interval = settings.kioskMinInterval();
    if (!candidates.isEmpty()) {
      stored.addAll(
          em.createQuery(
                  "select r.clientId from SurveyResponse r where r.kioskId = :kiosk"
                      + " and r.clientId in :clients",
                  String.class)
              .setParameter("kiosk", kiosk.id())
              .setParameter(
                  "clients", candidates.stream().map(c -> c.payload().clientId()).toList())
              .getResultList());
      Instant first =
          candidates.stream()
              .map(c -> c.payload().answeredAt().toInstant())
              .min(Instant::compareTo)
              .orElseThrow();
      Instant last =
          candidates.stream()
              .map(c -> c.payload().answeredAt().toInstant())
              .max(Instant::compareTo)
              .orElseThrow();
      em.createQuery(
              "select r.answeredAt from SurveyResponse r where r.kioskId = :kiosk"
                  + " and r.answeredAt > :from and r.answeredAt < :to",
              OffsetDateTime.class)
          .setParameter("kiosk", kiosk.id())
          .setParameter("from", first.minus(interval).atOffset(ZoneOffset.UTC))
          .setParameter("to", last.plus(interval).atOffset(ZoneOffset.UTC))
          .getResultList()
          .forEach(at -> taken.add(at.toInstant()));
    }
    List<EntryResult> results = new ArrayList<>();
    for (Object item : checked) {
      if (item instanceof EntryResult result) {
        results.add(result);
        continue;
      }
      Candidate c = (Candidate) item;
      KioskEntries.Payload p = c.payload();
      if (!stored.add(p.clientId())) {
        results.add(new EntryResult(p.clientId(), Status.DUPLICATE, null, null));
        continue;
      }
      Instant at = p.answeredAt().toInstant();
      Instant near = taken.higher(at.minus(interval));
      if (near != null && near.isBefore(at.plus(interval))) {
        stored.remove(p.clientId());
        results.add(
            quarantine(kiosk, p.clientId(), Reason.TOO_SOON, interval.toString(), c.text(), now));
        continue;
      }
      Grouping grouping = new Grouping(kiosk.agencyId(), kiosk.desk(), "", null, null);
      boolean official = false;
      if (p.token().isPresent() && ResponseValidator.TOKEN.matcher(p.token().get()).matches()) {
        try {
          grouping = grouping(tokens.use(p.token().get(), p.survey()));
          official = true;
        } catch (ProblemException invalidToken) {
          // stored, but never counted with official responses
        }
      }
      store(
          c.definition(),
          c.answers(),
          official,
          Channel.KIOSK,
          kiosk.id(),
          p.clientId(),
          grouping,
          p.answeredAt());
      taken.add(at);
      results.add(new EntryResult(p.clientId(), Status.STORED, official, null));
    }
    return results;
  }

  /** The entry as a {@link Candidate}, or the {@link EntryResult} of a quarantined one. */
  private Object check(Kiosk kiosk, SignedEntry entry, OffsetDateTime now) {
    String payload = entry.payload() == null ? "" : entry.payload();
    String clientId = KioskEntries.clientIdOf(payload).orElse(null);
    if (!KioskEntries.verify(kiosk.secret(), payload, entry.signature())) {
      return quarantine(kiosk, clientId, Reason.SIGNATURE, null, payload, now);
    }
    Optional<KioskEntries.Payload> read = KioskEntries.read(payload);
    if (read.isEmpty()) {
      return quarantine(kiosk, clientId, Reason.UNREADABLE, "payload", payload, now);
    }
    KioskEntries.Payload p = read.get();
    if (!kiosk.isActive()) {
      return quarantine(kiosk, p.clientId(), Reason.INACTIVE_KIOSK, null, payload, now);
    }
    if (!KioskEntries.plausible(p.answeredAt(), now, settings.kioskMaxAge())) {
      return quarantine(kiosk, p.clientId(), Reason.CLOCK, p.answeredAt().toString(), payload, now);
    }
    if (!p.survey().equals(kiosk.surveyId())) {
      return quarantine(kiosk, p.clientId(), Reason.UNREADABLE, "survey", payload, now);
    }
    Optional<SurveyDefinition> definition =
        p.version() == null
            ? surveys.definitions().latest(p.survey())
            : surveys.definitions().find(p.survey(), p.version());
    if (definition.isEmpty()) {
      return quarantine(kiosk, p.clientId(), Reason.UNREADABLE, "version", payload, now);
    }
    var outcome = ResponseValidator.validate(definition.get(), p.answers());
    if (!outcome.valid()) {
      String detail =
          outcome.violations().stream()
              .map(v -> v.field() + ":" + v.key())
              .collect(Collectors.joining(", "));
      return quarantine(kiosk, p.clientId(), Reason.UNREADABLE, detail, payload, now);
    }
    return new Candidate(p, payload, definition.get(), outcome.answers().orElseThrow());
  }

  private EntryResult quarantine(
      Kiosk kiosk,
      String clientId,
      Reason reason,
      String detail,
      String payload,
      OffsetDateTime now) {
    String kept = payload.length() > 20000 ? payload.substring(0, 20000) : payload;
    String shortDetail =
        detail != null && detail.length() > 500 ? detail.substring(0, 500) : detail;
    em.persist(new QuarantinedEntry(kiosk.id(), clientId, reason, shortDetail, kept, now));
    return new EntryResult(clientId, Status.QUARANTINED, null, reason.name());
  }

  static Grouping grouping(SurveyToken token) {
    return new Grouping(
        token.agencyId(),
        token.desk(),
        token.procedureCode(),
        token.officerId(),
        token.petitionId());
  }

  SurveyResponse store(
      SurveyDefinition definition,
      Answers answers,
      boolean official,
      Channel channel,
      Long kioskId,
      String clientId,
      Grouping grouping,
      OffsetDateTime answeredAt) {
    Integer points =
        definition.deskScoring().isPresent() ? DeskScore.of(definition, answers).total() : null;
    boolean unsatisfied =
        definition.petitionVerdict().isPresent()
            && PetitionSatisfaction.marksUnsatisfied(definition, answers);
    var response =
        new SurveyResponse(
            definition.id(),
            definition.version(),
            official,
            channel,
            kioskId,
            clientId,
            grouping,
            answeredAt,
            answeredAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(),
            SurveyTokens.now(),
            points,
            unsatisfied,
            answers.freeText().orElse(null),
            answers.ratings());
    em.persist(response);
    em.persist(new PendingRollup(response.id()));
    return response;
  }
}
