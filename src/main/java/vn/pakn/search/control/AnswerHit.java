package vn.pakn.search.control;

import java.time.Instant;

/**
 * One answer in a result list.
 *
 * @param snippet a passage of the answer (or the question, when only it matched) as HTML: the text
 *     is escaped and the matched words are wrapped in {@code <mark>…</mark>}
 * @param title the title as plain text; the page escapes it
 */
public record AnswerHit(
    String id,
    String title,
    String snippet,
    String agencyCode,
    String agencyName,
    String fieldCode,
    String fieldName,
    String kind,
    int year,
    Instant publishedAt) {}
