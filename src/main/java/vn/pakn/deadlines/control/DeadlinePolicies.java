package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
