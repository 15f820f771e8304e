package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import vn.pakn.deadlines.entity.ClockChange;
import vn.pakn.deadlines.entity.ClockPause;
import vn.pakn.deadlines.entity.ClockSchedule;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.deadlines.entity.StageClock;
import vn.pakn.officers.entity.Actor;
import vn.pakn.petitions.control.DueExplanation;
import vn.pakn.petitions.control.PetitionWorkflow;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
import vn.pakn.petitions.entity.PetitionHop;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.platform.control.VietnamTime;

/**
 * Moves the stage clocks of a petition with its workflow, in the step's own transaction (it
 * observes {@link PetitionStepTaken}). They are the one owner of a petition's due — the inbox's
 * sort key —, which they set through {@link Petition#followClocks} to the earliest due of the
 * clocks running.
 *
 * <ul>
 *   <li>received: the registration clock starts and stops (the system registers on receipt); the
 *       classification clock starts at the receiving agency;
 *   <li>classified outside competence: classification stops, the transfer clock starts;
 *   <li>accepted: the answer clock starts; transferred: the clocks of the agency that sent it stop
 *       and a classification clock starts at the next agency of the chain;
 *   <li>answer drafted: the approval clock starts, and stops when the leader approves or returns;
 *   <li>information requested: running clocks pause (no alerts, due kept); information provided:
 *       they resume with the paused working days added back;
 *   <li>extension approved: the answer clock gets the days granted (audited with reason and
 *       approver); reopened: a new answer clock; rejected, answered, closed: all clocks stop.
 * </ul>
 *
 * A change of the official calendar ({@link CalendarChanged}) or a new policy version ({@link
 * PolicyAdded}) recomputes the open clocks in the same transaction, with an audit row for each
 * clock whose due moved. It loads the clocks concerned (those whose counting touches the changed
 * year, or those the new version governs) as entities: fine for tens of thousands of open clocks;
 * far more would call for doing it in batches.
 */
@ApplicationScoped
public class StageClocks implements DueExplanation {

  private static final Logger LOG = Logger.getLogger(StageClocks.class.getName());
  private static final int MAX_NOTE = 2000;

  @PersistenceContext EntityManager em;
  @Inject WorkingCalendars calendars;
  @Inject DeadlinePolicies policies;
  @Inject PetitionWorkflow workflow;

  void onStep(@Observes PetitionStepTaken step) {
    Petition p = em.find(Petition.class, step.petitionId());
    if (p == null) {
      return;
    }
    PetitionEvent event = p.lastEvent();
    OffsetDateTime at = event.at();
    // a petition just received has no clock yet: no query on the filing path
    List<StageClock> open = step.type() == EventType.RECEIVED ? List.of() : open(p.id());
    DeadlineCalculator calculator = calendars.calculator();
    switch (step.type()) {
      case RECEIVED -> {
        // the petition's rows first: a clock refers to it by id, not by a mapping EclipseLink
        // would order the inserts by (the policy lookup used to flush them as a side effect)
        em.flush();
        start(p, Stage.REGISTRATION, at, calculator).finish(at);
        // the only running clock of a new petition: its due is the petition's, no query needed
        p.followClocks(start(p, Stage.CLASSIFICATION, at, calculator).dueAt());
        return;
      }
      case CLASSIFIED -> {
        if (Boolean.FALSE.equals(p.withinCompetence()) && find(open, Stage.TRANSFER).isEmpty()) {
          find(open, Stage.CLASSIFICATION).ifPresent(c -> c.finish(at));
          start(p, Stage.TRANSFER, at, calculator);
        }
      }
      case ACCEPTED -> {
        open.forEach(c -> c.finish(at));
        start(p, Stage.ANSWER, at, calculator);
      }
      case TRANSFERRED -> {
        open.forEach(c -> c.finish(at));
        start(p, Stage.CLASSIFICATION, at, calculator);
      }
      case REOPENED -> {
        open.forEach(c -> c.finish(at));
        start(p, Stage.ANSWER, at, calculator);
      }
      case REJECTED, ANSWERED, CLOSED -> open.forEach(c -> c.finish(at));
      case ANSWER_DRAFTED -> start(p, Stage.APPROVAL, at, calculator);
      case ANSWER_APPROVED, ANSWER_RETURNED ->
          find(open, Stage.APPROVAL).ifPresent(c -> c.finish(at));
      case INFORMATION_REQUESTED -> pause(open, at, event.note());
      case INFORMATION_PROVIDED -> resume(open, at, calculator);
      case EXTENDED ->
          find(open, Stage.ANSWER)
              .ifPresent(c -> extend(c, p.extensionDays(), event.note(), step.actor(), at));
      default -> {
        // assigned, started, extension requested, rated: no clock moves
      }
    }
    em.flush();
    Optional<OffsetDateTime> due = earliestRunningDue(p.id());
    if (due.isPresent()) {
      p.followClocks(due.get());
    } else if (step.type() == EventType.REJECTED) {
      p.followClocks(null);
    }
  }

  /** A petition's clocks as its officers see them. */
  public record PetitionClocks(
      String trackingCode, List<StageClock> clocks, Optional<StageClock> current) {}

  /**
   * The clocks of a petition the officer's agency holds or has held, oldest first.
   *
   * @throws vn.pakn.platform.control.ProblemException 404 as for the petition itself
   */
  public PetitionClocks ofPetition(String trackingCode, Actor officer) {
    Petition p = workflow.forOfficer(trackingCode, officer);
    return new PetitionClocks(p.trackingCode(), ofPetition(p.id()), current(p.id()));
  }

  /** The clocks of a petition, oldest first. */
  public List<StageClock> ofPetition(long petitionId) {
    return em.createNamedQuery(StageClock.OF_PETITION, StageClock.class)
        .setParameter("petition", petitionId)
        .getResultList();
  }

  /** The running clock due first: the one the petition's due follows. */
  public Optional<StageClock> current(long petitionId) {
    return open(petitionId).stream()
        .filter(StageClock::isRunning)
        .min(Comparator.comparing(StageClock::dueAt));
  }

  @Override
  public Optional<String> of(long petitionId, Locale language) {
    return current(petitionId).map(clock -> deadline(clock).explanation(language));
  }

  /** How a clock's due was counted, on the calendar in force. */
  public Deadline deadline(StageClock clock) {
    return calendars.calculator().deadline(clock.startedAt().toInstant(), clock.totalWorkingDays());
  }

  public List<ClockPause> pauses(long clockId) {
    return em.createQuery(
            "select p from ClockPause p where p.clockId = :c order by p.pausedAt", ClockPause.class)
        .setParameter("c", clockId)
        .getResultList();
  }

  public List<ClockChange> changes(long clockId) {
    return em.createQuery(
            "select c from ClockChange c where c.clockId = :c order by c.changedAt, c.id",
            ClockChange.class)
        .setParameter("c", clockId)
        .getResultList();
  }

  private List<StageClock> open(long petitionId) {
    return em.createNamedQuery(StageClock.OPEN_OF_PETITION, StageClock.class)
        .setParameter("petition", petitionId)
        .getResultList();
  }

  private static Optional<StageClock> find(List<StageClock> clocks, Stage stage) {
    return clocks.stream().filter(c -> c.stage() == stage).reduce((first, last) -> last);
  }

  private StageClock start(
      Petition p, Stage stage, OffsetDateTime at, DeadlineCalculator calculator) {
    DeadlinePolicy policy =
        policies.inForceKept(stage, p.kind().name(), ClockArithmetic.vietnamDate(at.toInstant()));
    Integer hop =
        p.hops().stream()
            .filter(h -> Objects.equals(h.agencyId(), p.agencyId()))
            .map(PetitionHop::position)
            .reduce((first, last) -> last)
            .orElse(null);
    var clock =
        new StageClock(
            p.id(),
            stage,
            p.agencyId(),
            hop,
            policy,
            at,
            ClockArithmetic.schedule(calculator, at.toInstant(), policy.workingDays()));
    em.persist(clock);
    return clock;
  }

  private void pause(List<StageClock> open, OffsetDateTime at, String question) {
    String reason = fit("Chờ người gửi bổ sung thông tin: " + (question == null ? "" : question));
    for (StageClock clock : open) {
      if (clock.isRunning()) {
        clock.pause(at, reason);
        em.persist(new ClockPause(clock.id(), at, reason));
      }
    }
  }

  private void resume(List<StageClock> open, OffsetDateTime at, DeadlineCalculator calculator) {
    for (StageClock clock : open) {
      if (clock.pausedAt() == null) {
        continue;
      }
      int days =
          ClockArithmetic.pausedWorkingDays(
              calculator.calendar(), clock.pausedAt().toInstant(), at.toInstant());
      pauses(clock.id()).stream()
          .filter(pause -> pause.resumedAt() == null)
          .forEach(pause -> pause.resumed(at, days));
      OffsetDateTime old = clock.dueAt();
      clock.resume(days);
      clock.reschedule(schedule(calculator, clock));
      if (!old.isEqual(clock.dueAt())) {
        em.persist(
            new ClockChange(
                clock.id(),
                at,
                ClockChange.Cause.RESUMED,
                old,
                clock.dueAt(),
                days + " ngày làm việc tạm dừng được cộng lại",
                null));
      }
    }
  }

  private void extend(
      StageClock clock, Integer days, String reason, String approver, OffsetDateTime at) {
    if (days == null || days <= 0) {
      return;
    }
    OffsetDateTime old = clock.dueAt();
    clock.extend(days);
    clock.reschedule(schedule(calendars.calculator(), clock));
    em.persist(
        new ClockChange(
            clock.id(),
            at,
            ClockChange.Cause.EXTENDED,
            old,
            clock.dueAt(),
            fit(reason == null ? "" : reason),
            approver));
  }

  // --- recomputation
  // ------------------------------------------------------------------------------

  void calendarChanged(@Observes CalendarChanged change) {
    DeadlineCalculator calculator = calendars.uncached();
    String note =
        "Lịch chính thức năm " + change.year() + " thay đổi (phiên bản " + change.revision() + ")";
    recompute(
        openAcross(change.year()), calculator, ClockChange.Cause.CALENDAR_CHANGED, note, c -> {});
  }

  void policyAdded(@Observes PolicyAdded added) {
    DeadlinePolicy policy = added.policy();
    List<StageClock> governed =
        em.createQuery(
                "select c from StageClock c where c.finishedAt is null and c.stage = :stage"
                    + " and c.startedAt >= :from",
                StageClock.class)
            .setParameter("stage", policy.stage())
            .setParameter(
                "from", policy.effectiveFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
            .getResultList();
    String note =
        "Chính sách thời hạn mới: "
            + policy.stage()
            + " "
            + policy.kind()
            + " "
            + policy.workingDays()
            + " ngày làm việc từ "
            + policy.effectiveFrom();
    recompute(
        governed,
        calendars.calculator(),
        ClockChange.Cause.POLICY_CHANGED,
        note,
        clock -> {
          Petition p = em.find(Petition.class, clock.petitionId());
          DeadlinePolicy now =
              policies.inForce(
                  clock.stage(),
                  p.kind().name(),
                  ClockArithmetic.vietnamDate(clock.startedAt().toInstant()));
          if (!now.id().equals(clock.policyId())) {
            clock.governedBy(now);
          }
        });
  }

  /**
   * The open clocks whose counting may touch a day of {@code year}: started before its end, due
   * after its start.
   */
  private List<StageClock> openAcross(int year) {
    return em.createQuery(
            "select c from StageClock c where c.finishedAt is null and c.startedAt < :end"
                + " and c.dueAt >= :start",
            StageClock.class)
        .setParameter(
            "start", LocalDate.of(year, 1, 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
        .setParameter(
            "end", LocalDate.of(year + 1, 1, 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
        .getResultList();
  }

  private void recompute(
      List<StageClock> clocks,
      DeadlineCalculator calculator,
      ClockChange.Cause cause,
      String note,
      Consumer<StageClock> prepare) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Set<Long> petitions = new LinkedHashSet<>();
    for (StageClock clock : clocks) {
      prepare.accept(clock);
      OffsetDateTime old = clock.dueAt();
      ClockSchedule schedule = schedule(calculator, clock);
      if (!clock.schedule().equals(schedule)) {
        clock.reschedule(schedule);
        if (!old.isEqual(clock.dueAt())) {
          em.persist(new ClockChange(clock.id(), now, cause, old, clock.dueAt(), fit(note), null));
          petitions.add(clock.petitionId());
        }
      }
    }
    em.flush();
    for (Long id : petitions) {
      Petition p = em.find(Petition.class, id);
      earliestRunningDue(id).ifPresent(p::followClocks);
    }
    if (!petitions.isEmpty()) {
      LOG.info(() -> "recomputed the clocks of " + petitions.size() + " petitions: " + note);
    }
  }

  private static ClockSchedule schedule(DeadlineCalculator calculator, StageClock clock) {
    return ClockArithmetic.schedule(
        calculator, clock.startedAt().toInstant(), clock.totalWorkingDays());
  }

  /**
   * The earliest due of the petition's running clocks: the petition's due (left alone while all are
   * paused or none is open: a finished petition keeps the due it was judged by).
   */
  private Optional<OffsetDateTime> earliestRunningDue(long petitionId) {
    return open(petitionId).stream()
        .filter(StageClock::isRunning)
        .map(StageClock::dueAt)
        .min(Comparator.naturalOrder());
  }

  private static String fit(String text) {
    return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
  }
}
