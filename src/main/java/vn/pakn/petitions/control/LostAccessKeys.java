package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.pakn.petitions.entity.AccessKey;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.TrackingCode;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * A sender who lost the access key asks for a new one with the tracking code alone. The new key
 * goes only to the email the petition holds and, when the sender chose texts, to their mobile
 * phone; the old key stops working; the caller learns nothing either way (Decree 20 Art. 12.2 lets
 * a sender ask for the status at any time, so losing the key must not end that). A petition with
 * neither a usable email nor texts keeps its key: replacing it would lock the sender out.
 */
@ApplicationScoped
public class LostAccessKeys {

  @PersistenceContext EntityManager em;
  @Inject AccessKeyMails mails;
  @Inject PetitionTexts texts;

  /**
   * @throws ProblemException 400 when the typed code is not a tracking code at all (its check
   *     letter catches typing mistakes), which says nothing about whether a petition has it
   */
  @Transactional
  public void request(String typedCode) {
    TrackingCode code =
        TrackingCode.parse(typedCode)
            .orElseThrow(
                () ->
                    ProblemException.invalid(new Violation("trackingCode", "trackingCode.format")));
    em.createNamedQuery(Petition.BY_TRACKING_CODE, Petition.class)
        .setParameter("code", code.toString())
        .getResultStream()
        .findFirst()
        .ifPresent(this::renew);
  }

  /** A new key, mailed and texted to where the sender can get it; none when neither can. */
  private void renew(Petition petition) {
    var mail = mails.recipient(petition);
    if (mail.isEmpty() && petition.sender().textsTo().isEmpty()) {
      return;
    }
    String key = AccessKey.generate();
    petition.replaceAccessKey(AccessKey.hash(key));
    mail.ifPresent(to -> mails.send(petition, to, key));
    texts.sendNewAccessKey(petition, key);
  }
}
