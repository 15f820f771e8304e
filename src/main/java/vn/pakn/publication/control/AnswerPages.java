package vn.pakn.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.pakn.publication.entity.PublishedAnswer;

/**
 * What search engines are told about published answers (Decree 20 Art. 19 wants them found): each
 * answer page's own title and description, and the list of all answer pages for the sitemap.
 */
@ApplicationScoped
public class AnswerPages {

  /** A sitemap file holds at most 50,000 addresses (sitemaps.org). */
  public static final int SITEMAP_LIMIT = 50_000;

  @PersistenceContext EntityManager em;

  public record Entry(long id, OffsetDateTime publishedAt) {}

  /** A published answer, never a withdrawn one. */
  public Optional<PublishedAnswer> published(long id) {
    return Optional.ofNullable(em.find(PublishedAnswer.class, id))
        .filter(PublishedAnswer::published);
  }

  /** The newest published answers first. */
  public List<Entry> sitemap() {
    return em
        .createQuery(
            "select a.id, a.publishedAt from PublishedAnswer a where a.published = true"
                + " order by a.publishedAt desc, a.id desc",
            Object[].class)
        .setMaxResults(SITEMAP_LIMIT)
        .getResultList()
        .stream()
        .map(r -> new Entry(((Number) r[0]).longValue(), (OffsetDateTime) r[1]))
        .toList();
  }

  /** A description of at most {@code max} characters, cut at a word, from the public question. */
  public static String description(String text, int max) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    String cut = flat.substring(0, flat.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
  }
}
