package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.pakn.identity.control.CitizenSession;
import vn.pakn.identity.control.VerifiedIdentity;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.petitions.entity.Sender;

/**
 * The petitions of a citizen signed in at the citizens' provider: a petition filed on the web in
 * such a session keeps who filed it and which of the sender's details (name, email, phone) the
 * provider verified, so officers see what is vouched for and the citizen finds it again without its
 * key.
 */
@ApplicationScoped
public class CitizenPetitions {

  @Inject CitizenSession citizen;
  @PersistenceContext EntityManager em;

  /** In the filing's transaction: a web petition filed signed in keeps who filed it. */
  void onFiled(@Observes PetitionStepTaken step) {
    if (step.type() != EventType.RECEIVED || step.actor() != null) {
      return;
    }
    Optional<VerifiedIdentity> identity;
    try {
      identity = citizen.identity();
    } catch (ContextNotActiveException notInARequest) {
      return;
    }
    identity.ifPresent(
        id -> {
          Petition petition = em.find(Petition.class, step.petitionId());
          petition.filedSignedIn(id.key(), verified(petition.sender(), id));
        });
  }

  /** The sender's details that are what the provider verified. */
  static List<String> verified(Sender sender, VerifiedIdentity id) {
    var verified = new ArrayList<String>();
    if (id.name() != null && same(sender.name(), id.name())) {
      verified.add("name");
    }
    if (id.emailVerified() && id.email() != null && same(sender.email(), id.email())) {
      verified.add("email");
    }
    if (id.phoneVerified()
        && id.phone() != null
        && sender.phone() != null
        && national(id.phone()).length() >= 9
        && national(sender.phone()).equals(national(id.phone()))) {
      verified.add("phone");
    }
    return verified;
  }

  /** What the signed-in citizen filed signed in, newest first (at most 200). */
  public List<Petition> of(VerifiedIdentity id) {
    return em.createNamedQuery(Petition.BY_CITIZEN, Petition.class)
        .setParameter("subject", id.key())
        .setMaxResults(200)
        .getResultList();
  }

  private static boolean same(String a, String b) {
    return a != null
        && Normalizer.normalize(a.strip(), Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .equals(Normalizer.normalize(b.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
  }

  /** A Vietnamese number without its country code or trunk prefix: +84 912… = 0912… */
  private static String national(String phone) {
    return phone.replaceAll("\\D", "").replaceFirst("^84", "").replaceFirst("^0", "");
  }
}
