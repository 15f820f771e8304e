package vn.pakn.documents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.documents.entity.SignedAnswer;
import vn.pakn.officers.entity.Officer;
import vn.pakn.petitions.control.PetitionLookup;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.VietnamTime;

/**
 * Issues the answer as a signed document when it is sent to the sender (Decree 20/2008/NĐ-CP Art.
 * 14–15; form of Decree 30/2020/NĐ-CP): renders the letter, signs it with the answering agency's
 * key, and stores it with the petition, in the sending step's own transaction. So an agency that
 * signs never sends an unsigned answer: when its key or time-stamp authority fails the step is
 * refused ({@code 503}) and can be taken again. An agency without a configured key sends its
 * answers unsigned, as before.
 *
 * <p>Signing follows the leader's approval rather than asking for a second action: the approving
 * leader is named as the signer, and the signature is made with the agency's organisation key (the
 * key of the agency, Decree 30 Art. 8; a province's remote signing service holds it), as the
 * clerk's office (văn thư) of a province does when it issues an approved letter.
 */
@ApplicationScoped
public class SignedAnswers {

  private static final Logger LOG = Logger.getLogger(SignedAnswers.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SigningSettings settings;
  @Inject PetitionLookup lookup;

  private LetterRenderer renderer;

  @PostConstruct
  void init() {
    renderer = new LetterRenderer();
  }

  void onStep(@Observes PetitionStepTaken step) {
    if (step.type() != EventType.ANSWERED) {
      return;
    }
    Petition petition = em.find(Petition.class, step.petitionId());
    Agency agency = em.find(Agency.class, petition.agencyId());
    Optional<SigningKey> key;
    try {
      key = settings.keyOf(agency.code());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the signing key of agency " + agency.code() + " cannot be used", e);
      throw new ProblemException(503, "signing-unavailable");
    }
    if (key.isEmpty()) {
      return;
    }
    try {
      issue(petition, agency, key.get(), OffsetDateTime.now(ZoneOffset.UTC));
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the answer to " + petition.trackingCode() + " could not be signed", e);
      throw new ProblemException(503, "signing-unavailable");
    }
  }

  private void issue(Petition petition, Agency agency, SigningKey key, OffsetDateTime now) {
    LocalDate today = now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    int serial = nextSerial(agency.id(), today.getYear());
    String number = serial + "/" + agency.code() + "-PAKN";
    String signerName = approver(petition);
    String signerTitle = settings.signerTitle(agency.code());
    Agency governing = agency.parentId() == null ? null : em.find(Agency.class, agency.parentId());
    AnswerLetter letter =
        new AnswerLetter(
            governing == null ? null : governing.name(),
            agency.name(),
            number,
            settings.place(),
            today,
            "trả lời phản ánh, kiến nghị: " + petition.title(),
            petition.sender().name(),
            petition.answer(),
            signerTitle,
            signerName,
            petition.trackingCode());
    byte[] pdf = renderer.render(letter);
    PadesSigning signing = signing();
    byte[] signed =
        signing.sign(
            pdf,
            key,
            signerName,
            "Trả lời phản ánh, kiến nghị " + petition.trackingCode(),
            settings.place(),
            now.toInstant());
    em.persist(
        new SignedAnswer(
            petition.id(),
            agency.id(),
            today.getYear(),
            serial,
            number,
            signerName,
            signerTitle,
            key.certificate().getSubject().getRFC2253(),
            signing.level().toString(),
            now,
            signed));
  }

  private PadesSigning signing() {
    return new PadesSigning(
        settings.timestampAuthority(),
        settings.longTerm(),
        settings.longTerm() ? settings.trustAnchors() : List.of(),
        SigningSettings.timeout());
  }

  private int nextSerial(Long agencyId, int year) {
    Integer last =
        em.createNamedQuery(SignedAnswer.LAST_SERIAL, Integer.class)
            .setParameter("agency", agencyId)
            .setParameter("year", year)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /** The display name of the leader who approved the answer being sent. */
  private String approver(Petition petition) {
    List<PetitionEvent> trail = petition.trail();
    String username = null;
    for (PetitionEvent event : trail) {
      if (event.type() == EventType.ANSWER_APPROVED) {
        username = event.actor();
      }
    }
    if (username == null) {
      return "";
    }
    return em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(Officer::displayName)
        .orElse(username);
  }

  /**
   * The signed original behind a published answer (its main petition's latest), while the answer is
   * published: the public copy says that the original was signed, by whom and when, without
   * publishing it.
   */
  public Optional<SignedAnswer> behindPublishedAnswer(long publicAnswerId) {
    List<?> ids =
        em.createNativeQuery(
                "select s.id from signed_answer s join public_answer a on a.petition_id ="
                    + " s.petition_id where a.id = ? and a.published = true order by s.signed_at"
                    + " desc")
            .setParameter(1, publicAnswerId)
            .setMaxResults(1)
            .getResultList();
    return ids.stream()
        .findFirst()
        .map(id -> em.find(SignedAnswer.class, ((Number) id).longValue()));
  }

  /** The latest signed answer of a petition (a reopened petition may have several). */
  public Optional<SignedAnswer> latest(Long petitionId) {
    return em.createNamedQuery(SignedAnswer.FOR_PETITION, SignedAnswer.class)
        .setParameter("petition", petitionId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The latest signed answer to a petition, for its sender.
   *
   * @throws ProblemException 404 for an unknown code or a wrong key alike, or when no answer was
   *     signed
   */
  public SignedAnswer forSender(String trackingCode, String accessKey) {
    return latestForSender(trackingCode, accessKey)
        .orElseThrow(() -> new ProblemException(404, "signed-answer-not-found"));
  }

  /**
   * The latest signed answer to a petition, for its sender; empty while none was signed.
   *
   * @throws ProblemException 404 for an unknown code or a wrong key alike
   */
  public Optional<SignedAnswer> latestForSender(String trackingCode, String accessKey) {
    var petition =
        lookup
            .forSender(trackingCode, accessKey)
            .orElseThrow(() -> new ProblemException(404, "petition-not-found"));
    return latest(petition.id());
  }
}
