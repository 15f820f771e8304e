package vn.pakn.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.agencies.entity.Field;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.publication.entity.PublishedAnswer;

/** Published answers as the public reads them: only the public copy, never the petition. */
@ApplicationScoped
public class PublicCopies {

  @PersistenceContext EntityManager em;

  /** One published answer as the public reads it. */
  public record View(
      long id,
      String title,
      String question,
      String answer,
      String agency,
      String agencyName,
      String field,
      String fieldName,
      String kind,
      OffsetDateTime publishedAt,
      String senderName,
      String url) {}

  /**
   * @throws ProblemException 404 for an unknown answer, 410 for one withdrawn
   */
  public View view(long id, Locale locale) {
    PublishedAnswer a = em.find(PublishedAnswer.class, id);
    if (a == null) {
      throw new ProblemException(404, "answer-not-found");
    }
    if (!a.published()) {
      throw new ProblemException(410, "answer-withdrawn");
    }
    Agency agency = em.find(Agency.class, a.agencyId());
    Field field = em.find(Field.class, a.fieldCode());
    return new View(
        a.id(),
        a.title(),
        a.question(),
        a.answer(),
        agency.code(),
        agency.name(),
        a.fieldCode(),
        field == null ? a.fieldCode() : field.name(locale),
        a.kind(),
        a.publishedAt(),
        a.senderName(),
        "tra-loi.html?id=" + a.id());
  }
}
