package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.platform.control.ProblemException;

/**
 * The deadline policies: the versions stored, the one in force for a stage and a petition kind on a
 * day (the kind's own before {@code ALL}; of those the latest that took effect on or before the
 * day), and new versions. A version is never changed: a new one must take effect after the latest
 * of its stage and kind, so history is never rewritten; open clocks started on or after that day
 * are recomputed with it ({@link PolicyAdded}).
 */
@ApplicationScoped
public class DeadlinePolicies {

  @PersistenceContext EntityManager em;
  @Inject Event<PolicyAdded> added;

  public List<DeadlinePolicy> all() {
    return em.createNamedQuery(DeadlinePolicy.ALL, DeadlinePolicy.class).getResultList();
  }

  /**
   * @throws IllegalStateException when no version covers the day (the defaults from 1900 do)
   */
  public DeadlinePolicy inForce(Stage stage, String kind, LocalDate day) {
    return em.createQuery(
            "select p from DeadlinePolicy p where p.stage = :stage and p.kind in (:kind, :all)"
                + " and p.effectiveFrom <= :day",
            DeadlinePolicy.class)
        .setParameter("stage", stage)
        .setParameter("kind", kind)
        .setParameter("all", DeadlinePolicy.ALL_KINDS)
        .setParameter("day", day)
        .getResultStream()
        .sorted(DeadlinePolicies::preferred)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + stage + " policy on " + day));
  }

  /**
   * As {@link #inForce}, from the versions kept in memory: every filing starts two clocks, and the
   * versions change a few times a year. A version added on this node is seen at once (after its
   * commit); one added on another node within {@link #KEPT_FOR}. Inside the transaction that adds a
   * version use {@link #inForce}, which sees it before the commit.
   */
  public DeadlinePolicy inForceKept(Stage stage, String kind, LocalDate day) {
    Kept kept = this.kept;
    long now = System.nanoTime();
    if (kept == null || now - kept.loadedAt() > KEPT_FOR.toNanos()) {
      long seen = generation.get();
      kept =
          new Kept(
              em.createNamedQuery(DeadlinePolicy.ALL, DeadlinePolicy.class)
                  .setHint("eclipselink.read-only", true)
                  .getResultList(),
              now);
      synchronized (this) {
        if (generation.get() == seen) {
          this.kept = kept;
        }
      }
    }
    return kept.versions().stream()
        .filter(p -> p.stage() == stage)
        .filter(p -> p.kind().equals(kind) || DeadlinePolicy.ALL_KINDS.equals(p.kind()))
        .filter(p -> !p.effectiveFrom().isAfter(day))
        .min(DeadlinePolicies::preferred)
        .orElseThrow(() -> new IllegalStateException("no " + stage + " policy on " + day));
  }

  /** How long versions stay in memory before they are read again (other nodes' additions). */
  static final Duration KEPT_FOR = Duration.ofSeconds(60);

  private record Kept(List<DeadlinePolicy> versions, long loadedAt) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile Kept kept;

  void added(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyAdded added) {
    synchronized (this) {
      generation.incrementAndGet();
      kept = null;
    }
  }

  /** The kind's own policy before {@code ALL}; then the latest. */
  static int preferred(DeadlinePolicy a, DeadlinePolicy b) {
    boolean aAll = DeadlinePolicy.ALL_KINDS.equals(a.kind());
    boolean bAll = DeadlinePolicy.ALL_KINDS.equals(b.kind());
    if (aAll != bAll) {
      return aAll ? 1 : -1;
    }
    return b.effectiveFrom().compareTo(a.effectiveFrom());
  }

  /**
   * Stores a new version and recomputes the open clocks it now governs, in one transaction.
   *
   * @throws ProblemException 409 {@code deadline-policy-overlap} when it does not take effect after
   *     the latest version of its stage and kind
   */
  @Transactional
  public DeadlinePolicy add(PolicyDraft draft, String by) {
    List<DeadlinePolicy> versions =
        em.createQuery(
                "select p from DeadlinePolicy p where p.stage = :stage and p.kind = :kind"
                    + " order by p.effectiveFrom desc",
                DeadlinePolicy.class)
            .setParameter("stage", draft.stage())
            .setParameter("kind", draft.kind())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (!versions.isEmpty() && !draft.effectiveFrom().isAfter(versions.get(0).effectiveFrom())) {
      throw new ProblemException(
          409,
          "deadline-policy-overlap",
          versions.get(0).effectiveFrom().toString(),
          draft.stage().name(),
          draft.kind());
    }
    var policy =
        new DeadlinePolicy(
            draft.stage(),
            draft.kind(),
            draft.workingDays(),
            draft.legalBasis(),
            draft.effectiveFrom(),
            by,
            OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(policy);
    em.flush();
    added.fire(new PolicyAdded(policy));
    return policy;
  }
}
