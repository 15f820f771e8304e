package vn.pakn.petitions.control;

import java.util.Arrays;
import java.util.List;

/**
 * Officers find a petition by what they have at hand: its code, the sender's name or phone, or
 * words of its title, with or without diacritics ("nguyen thi hoa" finds "Nguyễn Thị Hoa"). The
 * database compares a folded copy of those columns ({@link #DOCUMENT}: lower case, no diacritics, đ
 * as d, phone without spaces, dots and dashes) with each folded word of the query; every word must
 * occur. On PostgreSQL a trigram index on exactly that expression makes the comparison cheap
 * (migration {@code db/postgresql/V30__inbox_search.sql}); on H2 it is a scan.
 */
public final class InboxSearch {

  /** Letters with diacritics (and ASCII capitals), and what each folds to. */
  static final String FROM =
      "ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐABCDEFGHIJKLMNOPQRSTUVWXYZ";

  static final String TO =
      "aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyddabcdefghijklmnopqrstuvwxyz";

  /** The folded text the query's words are looked for in; the same text as the index's. */
  public static final String DOCUMENT =
      "translate(p.tracking_code || ' ' || p.sender_name || ' ' || coalesce(replace(replace("
          + "replace(p.sender_phone, ' ', ''), '.', ''), '-', ''), '') || ' ' || p.title, '"
          + FROM
          + "', '"
          + TO
          + "')";

  /** More words than this are not looked for: an officer's query is a name, a code, a phrase. */
  static final int MAX_WORDS = 8;

  private InboxSearch() {}

  /** The query's words, folded as the document is, as LIKE patterns (escape character \). */
  public static List<String> patterns(String query) {
    if (query == null) {
      return List.of();
    }
    return Arrays.stream(fold(query).split("[\\s,;]+"))
        .map(String::strip)
        .filter(w -> !w.isEmpty())
        .distinct()
        .limit(MAX_WORDS)
        .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .toList();
  }

  /** Lower case, without Vietnamese diacritics, đ as d (text in NFC, as the API stores it). */
  static String fold(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              int at = c < 0x10000 ? FROM.indexOf(c) : -1;
              out.appendCodePoint(at >= 0 ? TO.charAt(at) : Character.toLowerCase(c));
            });
    return out.toString();
  }
}
