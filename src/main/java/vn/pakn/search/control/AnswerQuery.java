package vn.pakn.search.control;

import java.util.Arrays;
import java.util.regex.Pattern;
import vn.pakn.petitions.entity.PetitionKind;

/**
 * A search over published answers: words, optional filters, a page (numbered from 1) and an order.
 * Values a caller should have checked are refused with an {@link IllegalArgumentException}: a page
 * below 1, a size below 1, a page beyond {@link #MAX_WINDOW} results, a malformed code, a year out
 * of range or an unknown kind. A size above {@link #MAX_SIZE} is capped to it.
 *
 * @param q the words as typed; null or blank lists every answer
 */
public record AnswerQuery(
    String q,
    String field,
    String agency,
    Integer year,
    String kind,
    int page,
    int size,
    Sort sort) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 10;

  /** The deepest result a page may reach; deeper paging is refused rather than made slow. */
  public static final int MAX_WINDOW = 10_000;

  private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,64}");

  /** The order of the results. */
  public enum Sort {
    RELEVANCE,
    DATE
  }

  public AnswerQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, got " + page);
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be 1 or more, got " + size);
    }
    size = Math.min(size, MAX_SIZE);
    if ((long) page * size > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "page " + page + " of size " + size + " is beyond the first " + MAX_WINDOW + " results");
    }
    checkCode(field, "field");
    checkCode(agency, "agency");
    if (year != null && (year < 1990 || year > 9999)) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (kind != null
        && Arrays.stream(PetitionKind.values()).noneMatch(k -> k.name().equals(kind))) {
      throw new IllegalArgumentException(
          "unknown kind \"" + kind + "\"; known: " + Arrays.toString(PetitionKind.values()));
    }
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  /** The first page of answers for some words, most relevant first. */
  public static AnswerQuery of(String q) {
    return new AnswerQuery(q, null, null, null, null, 1, DEFAULT_SIZE, Sort.RELEVANCE);
  }

  public AnswerQuery withField(String code) {
    return new AnswerQuery(q, code, agency, year, kind, page, size, sort);
  }

  public AnswerQuery withAgency(String code) {
    return new AnswerQuery(q, field, code, year, kind, page, size, sort);
  }

  public AnswerQuery withYear(Integer value) {
    return new AnswerQuery(q, field, agency, value, kind, page, size, sort);
  }

  public AnswerQuery withKind(String value) {
    return new AnswerQuery(q, field, agency, year, value, page, size, sort);
  }

  public AnswerQuery withPage(int number, int perPage) {
    return new AnswerQuery(q, field, agency, year, kind, number, perPage, sort);
  }

  public AnswerQuery sortedBy(Sort order) {
    return new AnswerQuery(q, field, agency, year, kind, page, size, order);
  }

  private static void checkCode(String value, String name) {
    if (value != null && !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be a code of letters, digits, '.', '_' or '-' (at most 64), got: " + value);
    }
  }
}
