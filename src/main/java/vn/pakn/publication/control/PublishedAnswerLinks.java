package vn.pakn.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.pakn.petitions.control.PublishedAnswerOfPetition;
import vn.pakn.publication.entity.PublishedAnswer;

/** Tells the petitions component which published answer belongs to a petition. */
@ApplicationScoped
public class PublishedAnswerLinks implements PublishedAnswerOfPetition {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Long> of(long petitionId) {
    return em.createNamedQuery(PublishedAnswer.BY_PETITION, PublishedAnswer.class)
        .setParameter("petition", petitionId)
        .getResultStream()
        .filter(PublishedAnswer::published)
        .map(PublishedAnswer::id)
        .findFirst();
  }
}
