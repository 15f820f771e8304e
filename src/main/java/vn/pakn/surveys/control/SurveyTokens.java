package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.surveys.entity.SurveyInvitation;
import vn.pakn.surveys.entity.SurveyToken;
import vn.pakn.surveys.entity.SurveyToken.CaseKind;

/**
 * One vote per served case: a token is issued for a petition when its answer is sent, or for a desk
 * file when an officer keys in its receipt number, and is used once. Only its hash is stored; it
 * expires after {@code pakn.surveys.tokenValidity}.
 */
@ApplicationScoped
public class SurveyTokens {

  @PersistenceContext EntityManager em;
  @Inject SurveySettings settings;
  @Inject Event<SurveyInvitation> invitations;

  public record Issued(String token, String surveyId, OffsetDateTime expiresAt, String url) {}

  /** Issues the petition's token when its answer goes out (once per petition, ever). */
  void onStep(@Observes PetitionStepTaken step) {
    if (step.type() != EventType.ANSWERED) {
      return;
    }
    Long already =
        em.createQuery(
                "select count(t) from SurveyToken t where t.petitionId = :petition", Long.class)
            .setParameter("petition", step.petitionId())
            .getSingleResult();
    if (already > 0) {
      return;
    }
    Petition petition = em.find(Petition.class, step.petitionId());
    String token = TokenCodes.newToken();
    OffsetDateTime now = now();
    OffsetDateTime expires = now.plus(settings.tokenValidity());
    em.persist(
        new SurveyToken(
            TokenCodes.hash(token),
            CaseKind.PETITION,
            settings.petitionSurvey(),
            petition.id(),
            null,
            petition.agencyId(),
            "",
            petition.procedureCode() == null ? "" : petition.procedureCode(),
            petition.assigneeId(),
            now,
            expires));
    invitations.fire(
        new SurveyInvitation(petition.id(), settings.petitionSurvey(), token, expires));
  }

  /**
   * A token for a desk file. A receipt number gets one token; asking again (a lost print) replaces
   * it while unused, and is refused once it was used.
   */
  public Issued issueForDeskFile(
      String surveyId,
      String receiptNumber,
      Long agencyId,
      String desk,
      String procedureCode,
      Long officerId) {
    var existing =
        em.createQuery(
                "select t from SurveyToken t where t.agencyId = :agency"
                    + " and t.receiptNumber = :receipt",
                SurveyToken.class)
            .setParameter("agency", agencyId)
            .setParameter("receipt", receiptNumber)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (SurveyToken old : existing) {
      if (old.usedAt() != null) {
        throw new ProblemException(409, "survey-token-receipt-used", receiptNumber);
      }
      em.remove(old);
    }
    em.flush();
    String token = TokenCodes.newToken();
    OffsetDateTime now = now();
    OffsetDateTime expires = now.plus(settings.tokenValidity());
    em.persist(
        new SurveyToken(
            TokenCodes.hash(token),
            CaseKind.DESK_FILE,
            surveyId,
            null,
            receiptNumber,
            agencyId,
            desk,
            procedureCode,
            officerId,
            now,
            expires));
    return new Issued(token, surveyId, expires, settings.surveyUrl(surveyId, token));
  }

  /**
   * Uses a token for a response to {@code surveyId}, in the caller's transaction (so a response
   * that is not stored leaves the token unused). Unknown 404, used 409, expired 410, another
   * survey's 409.
   */
  public SurveyToken use(String token, String surveyId) {
    SurveyToken found =
        em.find(SurveyToken.class, TokenCodes.hash(token), LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      throw new ProblemException(404, "survey-token-unknown");
    }
    OffsetDateTime now = now();
    if (found.usedAt() != null) {
      throw new ProblemException(409, "survey-token-used");
    }
    if (!found.expiresAt().isAfter(now)) {
      throw new ProblemException(410, "survey-token-expired");
    }
    if (!found.surveyId().equals(surveyId)) {
      throw new ProblemException(409, "survey-token-other-survey", found.surveyId());
    }
    found.use(now);
    return found;
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
