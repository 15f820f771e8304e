package vn.pakn.publication.control;

import java.time.Instant;
import java.util.Objects;
import vn.pakn.platform.control.VietnamTime;

/**
 * The public, redacted copy of a published answer: the only thing search ever sees. It has no field
 * for the sender or any other personal data, so none can reach the index.
 *
 * @param kind the kind of content of the petition ({@link vn.pakn.petitions.entity.PetitionKind}
 *     name)
 */
public record PublicAnswer(
    String id,
    String title,
    String question,
    String answer,
    String agencyCode,
    String agencyName,
    String fieldCode,
    String fieldName,
    String kind,
    Instant publishedAt) {

  /** Years of publication are counted in Vietnamese time. */
  public PublicAnswer {
    require(id, "id");
    require(title, "title");
    require(agencyCode, "agencyCode");
    require(fieldCode, "fieldCode");
    require(kind, "kind");
    Objects.requireNonNull(publishedAt, "publishedAt");
    question = question == null ? "" : question;
    answer = answer == null ? "" : answer;
    agencyName = agencyName == null ? agencyCode : agencyName;
    fieldName = fieldName == null ? fieldCode : fieldName;
  }

  public int year() {
    return publishedAt.atZone(VietnamTime.ZONE).getYear();
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a public answer needs a " + name);
    }
  }
}
