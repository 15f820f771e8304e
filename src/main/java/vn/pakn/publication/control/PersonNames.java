package vn.pakn.publication.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pakn.publication.control.Candidate.Evidence;

/**
 * Finds names of people the petition does not know about: neighbours, relatives, children. A name
 * is a Vietnamese surname (Kinh, and the Thái, Mông, Dao and other surnames of the northern
 * provinces) followed by capitalised syllables, in any case and with or without diacritics, or a
 * given name after a kinship or honorific word ("bà Thoa", "cháu Mai"); a name found once is found
 * again when later repeated by its given name alone.
 *
 * <p>Left alone: streets, places, schools, organisations and prizes named after people (a place or
 * organisation word stands before the name, or the name is a well-known historical one), and
 * officials named in their official role, which are reported as {@link RedactionCategory#OFFICIAL}
 * for the leader to decide.
 */
final class PersonNames {

  private static final Set<String> SURNAMES =
      words(
          "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh đoàn"
              + " lâm mai hà cao lương lưu tạ trương kiều quách tô thái chu tống nông bế vi lò lường"
              + " quàng cầm tòng vì giàng sồng mùa thào vàng sùng hờ lầu lù tráng chảo vừ cứ hạng lồ"
              + " sình tẩn phàn bàn triệu điêu bạc cà lự mè lèo khằm đèo lăng ma mạc nghiêm phùng"
              + " khổng đào đàm kim tăng thân ninh châu giáp hứa lại lục mạch âu cù doãn khúc lã lạc"
              + " mẫn nhữ phí quan quản sầm tiêu trình từ ứng vương xa lừ ly hầu chẻo lầu mã sa");
  private static final Set<String> SURNAMES_PLAIN = plain(SURNAMES);
  private static final Set<String> MIDDLE_PLAIN =
      words(
          "van thi duc huu minh ngoc thanh quang xuan dinh cong quoc a seo ba mi trung hoang kim"
              + " thu hong tien manh anh");

  /** Kinship and honorific words, and words that introduce a name. */
  private static final Set<String> TRIGGERS =
      words(
          "ông bà anh chị em cháu cô chú bác cụ dì thím mợ cậu bé chồng vợ mẹ bố cha con tôi là tên"
              + " của ba má thầy o gái trai nội ngoại rể dâu xóm cùng và với hộ");

  private static final Set<String> TRIGGERS_PLAIN = plain(TRIGGERS);

  /** Words after which a single capitalised word is a given name. */
  private static final Set<String> ADDRESS_WORDS =
      words("ông bà anh chị em cháu cô chú bác cụ dì thím mợ cậu bé o thầy");

  private static final Set<String> ADDRESS_WORDS_PLAIN = plain(ADDRESS_WORDS);
  private static final Set<String> CHILD_WORDS = words("cháu bé");

  /** Words that, just before a name, make it the name of a place, school or organisation. */
  private static final Set<String> PLACE_WORDS =
      words(
          "đường phố ngõ ngách hẻm phường xã thị trấn quận huyện tỉnh tp trường thpt thcs th"
              + " tiểu học mầm non đại học học viện cao đẳng viện bệnh cầu chợ công viên quảng"
              + " khu đô thị văn hóa hoá đền chùa công ty cty htx dntn xe vận động thư trung tâm"
              + " lăng tích giải thưởng tượng đài tuyến lộ bản thôn xóm tổ tiểu ấp hồ sông núi đèo"
              + " hàng máy nghiệp ngân quỹ hội đoàn đội tập án sạn tư tưởng đại tướng"
              + " vua thánh nhãn hiệu số thành tại quê khối sân kênh trạm ptdtnt ptdtbt"
              + " ptdtbt-thcs liên dòng họ nhà bến");

  private static final Set<String> PLACE_WORDS_PLAIN =
      words("duong pho phuong xa quan huyen tinh tp truong thpt thcs");

  /** Roles that make the name after them an official's in their official role. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?<!\\p{L})(?:chu tich|giam doc|truong phong|chanh van phong|chanh thanh tra"
              + "|thanh tra vien|bi thu|truong cong an|truong ban|can bo|cong chuc|chuyen vien"
              + "|hieu truong|truong tram|tram truong|truong thon|truong ban|to truong|cong an vien"
              + "|chu nhiem|chanh an|tham phan|kiem sat vien|dieu tra vien|chi cuc truong"
              + "|doi truong|nhan vien|lanh dao|thu truong|cuc truong|vu truong|truong khoa"
              + "|ke toan|van thu|kiem lam|dia chinh|tu phap|cong an|truong|pho|dong chi|d/c)"
              + "(?!\\p{L})");

  private static final Pattern ROLE_AFTER =
      Pattern.compile(
          "^\\s*(?:[,(\\-–—:]\\s*)?(?:nguyen\\s+)?(?:pho\\s+)?(?:chu tich|giam doc|truong phong"
              + "|chanh van phong|chanh thanh tra|bi thu|truong cong an|truong ban"
              + "|can bo(?! huu tri| nghi huu| huu)"
              + "|cong chuc|chuyen vien|hieu truong|truong tram|truong thon|chanh an|tham phan"
              + "|thanh tra vien|dieu tra vien|kiem sat vien|doi truong|truong doan|pho truong doan"
              + "|to truong|truong nhom)(?!\\p{L})");

  /** Words an official's role and organisation are written with, between the role and the name. */
  private static final Set<String> ORG_WORDS =
      words(
          "ubnd hdnd uy ban nhan dan xa phuong thi tran huyen tinh so phong cong an toa vien kiem"
              + " sat chi cuc doi tram van trung tam thanh pho tp dang mat hoi doan tai nguyen moi"
              + " truong tu phap y te giao duc dao tao noi vu lao dong thuong binh nong nghiep phat"
              + " trien thon xay dung thong dia chinh dat dai ke hoach dau hanh quan ly thue bao"
              + " hiem su hinh kinh ha tang la ong ba dong chi d c cap bo ban khoa hoc cua tieu"
              + " khu ho tich quy thu truong pho chu tich giam doc can bo cong chuc huu phu trach kiem"
              + " tra doan chi");

  private static final Set<String> FAMOUS =
      Stream.of(
              "ho chi minh",
              "vo nguyen giap",
              "le loi",
              "tran hung dao",
              "nguyen trai",
              "ly thuong kiet",
              "quang trung",
              "le duan",
              "truong chinh",
              "pham van dong",
              "ton duc thang",
              "nguyen du",
              "chu van an",
              "to hieu",
              "le hong phong",
              "hoang van thu",
              "nguyen thi minh khai",
              "nguyen van cu",
              "phan dinh phung",
              "phan boi chau",
              "phan chu trinh",
              "ly tu trong",
              "vo thi sau",
              "ngo quyen",
              "dinh tien hoang",
              "le thanh tong",
              "le thai to",
              "tran phu",
              "nguyen hue",
              "hai ba trung",
              "ba trieu",
              "tran quoc toan",
              "nguyen luong bang",
              "lo van gia",
              "tran dang ninh",
              "nguyen chi thanh",
              "hoang quoc viet",
              "nguyen van troi",
              "ton that tung",
              "le quy don",
              "nguyen binh khiem",
              "ho xuan huong",
              "nguyen dinh chieu",
              "to vinh dien",
              "be van dan",
              "phan dinh giot",
              "cam ba thuoc",
              "hoang van thai",
              "nguyen van linh",
              "vo van kiet",
              "tran nhan tong",
              "ly thai to",
              "ly cong uan",
              "chu van thinh",
              "lo van hac",
              "nguyen thai hoc",
              "dang thai mai",
              "tran quang khai",
              "kim dong",
              "nguyen tat thanh",
              "hoang hoa tham",
              "dien bien phu")
          .collect(Collectors.toSet());
  private static final Set<String> PLACES =
      Stream.of(
              "ha noi",
              "ha giang",
              "ha nam",
              "ha tinh",
              "ha long",
              "ha dong",
              "cao bang",
              "lao cai",
              "son la",
              "lai chau",
              "yen bai",
              "hoa binh",
              "thai nguyen",
              "thai binh",
              "tuyen quang",
              "quang ninh",
              "quang binh",
              "quang tri",
              "quang nam",
              "quang ngai",
              "hai phong",
              "hai duong",
              "nam dinh",
              "ninh binh",
              "ninh thuan",
              "thanh hoa",
              "nghe an",
              "da nang",
              "gia lai",
              "lam dong",
              "tay ninh",
              "dong nai",
              "dong thap",
              "an giang",
              "kien giang",
              "can tho",
              "ca mau",
              "mai son",
              "mai chau",
              "hoang su phi",
              "le chan",
              "lang son",
              "bac giang",
              "bac ninh",
              "tam duong",
              "mu cang chai",
              "ma la",
              "tong lenh",
              "hoa hop",
              "kim bon",
              "mai hich",
              "ma ly pho",
              "muong la",
              "thuan chau",
              "ha nhi",
              "la ha",
              "la hu",
              "xa phin")
          .collect(Collectors.toSet());
  private static final Set<String> NOT_GIVEN =
      words(
          "chủ phó trưởng giám bí chánh cán ubnd hđnd xã phường huyện tỉnh sở phòng"
              + " tổ thôn bản xóm đồng nhà cơ ban hội đoàn ủy uỷ viện tòa toà trạm chi đội"
              + " hồ trưng triệu táo cuội trời phật");

  /** A word: its folded form, its lower case, and whether it was typed without diacritics. */
  private record Token(
      int start, int end, String fold, String lower, boolean cap, boolean caps, boolean plain) {}

  private final FoldedText ft;
  private final String f;
  private final List<Token> tokens;

  private PersonNames(FoldedText ft) {
    this.ft = ft;
    this.f = ft.folded();
    this.tokens = tokenize();
  }

  static void find(FoldedText ft, Set<String> knownGiven, List<Candidate> out) {
    new PersonNames(ft).find(knownGiven, out);
  }

  private void find(Set<String> knownGiven, List<Candidate> out) {
    var found = new ArrayList<Candidate>();
    var given = new HashSet<String>();
    var officials = new HashSet<String>();
    for (int i = 0; i < tokens.size(); i++) {
      int end = fullName(i);
      if (end < 0) {
        continue;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(end);
      RedactionCategory category = category(i, end);
      found.add(new Candidate(first.start(), last.end(), category, Evidence.NAME_SHAPE));
      (category == RedactionCategory.OFFICIAL ? officials : given).add(last.fold());
      i = end;
    }
    given.addAll(knownGiven);
    given.removeAll(officials);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token g = tokens.get(i + 1);
      if (!isAddressWord(t) || !adjacent(t, g) || !g.cap() || g.caps() && !t.caps()) {
        continue;
      }
      if (NOT_GIVEN.contains(g.lower()) || placeBefore(i) || capitalizedBefore(i)) {
        continue;
      }
      if (i + 2 < tokens.size() && adjacent(g, tokens.get(i + 2)) && tokens.get(i + 2).cap()) {
        continue;
      }
      RedactionCategory category =
          officials.contains(g.fold()) || officialBefore(i + 1) || officialAfter(i + 1)
              ? RedactionCategory.OFFICIAL
              : CHILD_WORDS.contains(t.lower()) ? RedactionCategory.CHILD : RedactionCategory.NAME;
      found.add(new Candidate(g.start(), g.end(), category, Evidence.NAME_SHAPE));
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!isAddressWord(t)
          || CHILD_WORDS.contains(t.lower())
          || placeBefore(i)
          || capitalizedBefore(i)) {
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size()
          && end - i < 4
          && adjacent(tokens.get(end), tokens.get(end + 1))
          && tokens.get(end + 1).cap()
          && !NOT_GIVEN.contains(tokens.get(end + 1).lower())) {
        end++;
      }
      if (end - i >= 2 && !isSurname(tokens.get(i + 1)) && !FAMOUS.contains(joined(i + 1, end))) {
        RedactionCategory category =
            officialBefore(i + 1) || officialAfter(end)
                ? RedactionCategory.OFFICIAL
                : RedactionCategory.NAME;
        found.add(
            new Candidate(
                tokens.get(i + 1).start(), tokens.get(end).end(), category, Evidence.NAME_SHAPE));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token g = tokens.get(i);
      if (g.cap()
          && g.fold().length() >= 3
          && given.contains(g.fold())
          && !NOT_GIVEN.contains(g.lower())
          && !(i > 0
              && adjacent(tokens.get(i - 1), g)
              && tokens.get(i - 1).cap()
              && !isTrigger(tokens.get(i - 1)))
          && !(i + 1 < tokens.size() && adjacent(g, tokens.get(i + 1)) && tokens.get(i + 1).cap())
          && !placeBefore(i)) {
        found.add(new Candidate(g.start(), g.end(), RedactionCategory.NAME, Evidence.NAME_SHAPE));
      }
    }
    out.addAll(found);
  }

  /** The index of the last token of a full name starting at {@code i}, or -1. */
  private int fullName(int i) {
    Token s = tokens.get(i);
    if (!isSurname(s)) {
      return -1;
    }
    boolean trigger = triggerBefore(i);
    int end = i;
    if (s.cap()) {
      while (end + 1 < tokens.size() && end - i < 4) {
        Token next = tokens.get(end + 1);
        if (!adjacent(tokens.get(end), next)
            || !next.cap()
            || (s.caps() != next.caps() && next.fold().length() > 1)
            || NOT_GIVEN.contains(next.lower())) {
          break;
        }
        end++;
      }
    } else if (trigger && s.plain() && i + 2 < tokens.size()) {
      Token middle = tokens.get(i + 1);
      Token last = tokens.get(i + 2);
      if (MIDDLE_PLAIN.contains(middle.fold())
          && adjacent(s, middle)
          && adjacent(middle, last)
          && last.plain()
          && !last.cap()) {
        end = i + 2;
      }
    }
    int n = end - i + 1;
    if (n < 2 || n == 2 && !trigger) {
      return -1;
    }
    if (n == 2 && MIDDLE_PLAIN.contains(tokens.get(end).fold())) {
      return -1;
    }
    String seq = joined(i, end);
    boolean addressed = i > 0 && (isAddressWord(tokens.get(i - 1)) || selfBefore(i));
    for (String known : addressed ? java.util.Set.<String>of() : FAMOUS) {
      if (seq.equals(known) || seq.startsWith(known + " ")) {
        return -1;
      }
    }
    for (String place : PLACES) {
      if (seq.equals(place) || seq.startsWith(place + " ")) {
        return -1;
      }
    }
    if (placeBefore(i) || capitalizedBefore(i) && !trigger) {
      return -1;
    }
    return end;
  }

  /** "Tôi là …", "tên tôi là …": the writer names themselves. */
  private boolean selfBefore(int i) {
    String self = f.substring(Math.max(0, tokens.get(i).start() - 16), tokens.get(i).start());
    return self.matches("(?s).*(?:toi|em|chau) (?:la|ten|ten la)\\s*:?\\s*$");
  }

  private RedactionCategory category(int i, int end) {
    if (!selfBefore(i) && (officialBefore(i) || officialAfter(end))) {
      return RedactionCategory.OFFICIAL;
    }
    String before = f.substring(Math.max(0, tokens.get(i).start() - 30), tokens.get(i).start());
    if (before.matches(
        "(?s).*(?<!\\p{L})(?:chau|be|con trai|con gai|con|hoc sinh|chau noi|chau ngoai)"
            + "(?:\\s+(?:toi|minh|nha toi|ong|ba|anh|chi))?(?:\\s+(?:la|ten|ten la|:))?\\s*$")) {
      return RedactionCategory.CHILD;
    }
    return RedactionCategory.NAME;
  }

  /**
   * An official in role: a role word before the name with only organisation words, honorifics and
   * capitalised names of places between them.
   */
  private boolean officialBefore(int i) {
    int from = Math.max(0, i - 10);
    for (int j = i - 1; j >= from; j--) {
      Token t = tokens.get(j);
      String gap = f.substring(t.end(), tokens.get(j + 1).start());
      if (gap.matches(".*[.;!?\\n].*")) {
        return false;
      }
      String tail = f.substring(t.start(), tokens.get(i).start());
      if (ROLE.matcher(tail).lookingAt()) {
        return true;
      }
      if (!t.cap() && !ORG_WORDS.contains(t.fold())) {
        return false;
      }
    }
    return false;
  }

  private boolean officialAfter(int end) {
    String after =
        f.substring(tokens.get(end).end(), Math.min(f.length(), tokens.get(end).end() + 40));
    return ROLE_AFTER.matcher(after).find();
  }

  private boolean triggerBefore(int i) {
    if (i == 0 || !adjacent(tokens.get(i - 1), tokens.get(i)) && !colonBetween(i)) {
      return false;
    }
    Token t = tokens.get(i - 1);
    return TRIGGERS.contains(t.lower()) || t.plain() && TRIGGERS_PLAIN.contains(t.fold());
  }

  private boolean colonBetween(int i) {
    String gap = f.substring(tokens.get(i - 1).end(), tokens.get(i).start());
    return gap.strip().equals(":") || gap.strip().equals("(") || gap.strip().equals("\"");
  }

  private boolean isAddressWord(Token t) {
    return ADDRESS_WORDS.contains(t.lower()) || t.plain() && ADDRESS_WORDS_PLAIN.contains(t.fold());
  }

  private boolean isSurname(Token t) {
    return SURNAMES.contains(t.lower()) || t.plain() && SURNAMES_PLAIN.contains(t.fold());
  }

  /**
   * A place or organisation word just before the token at {@code i} ("đường Lò Văn Giá", "Trường
   * THCS Chu Văn An"), or an acronym such as "UBND" or "THPT".
   */
  private boolean placeBefore(int i) {
    if (i == 0 || !adjacent(tokens.get(i - 1), tokens.get(i))) {
      return false;
    }
    Token t = tokens.get(i - 1);
    if (isPlaceWord(t) || t.caps() && t.fold().length() >= 2 && !isTrigger(t)) {
      return true;
    }
    return t.cap()
        && !isTrigger(t)
        && i >= 2
        && adjacent(tokens.get(i - 2), t)
        && isPlaceWord(tokens.get(i - 2));
  }

  private boolean isPlaceWord(Token t) {
    return PLACE_WORDS.contains(t.lower()) || t.plain() && PLACE_WORDS_PLAIN.contains(t.fold());
  }

  private boolean isTrigger(Token t) {
    return TRIGGERS.contains(t.lower()) || t.plain() && TRIGGERS_PLAIN.contains(t.fold());
  }

  private boolean capitalizedBefore(int i) {
    if (i == 0) {
      return false;
    }
    Token t = tokens.get(i - 1);
    return adjacent(t, tokens.get(i))
        && t.cap()
        && !TRIGGERS.contains(t.lower())
        && !TRIGGERS_PLAIN.contains(t.fold());
  }

  private boolean adjacent(Token a, Token b) {
    if (b.start() - a.end() > 2) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      if (f.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  private String joined(int i, int end) {
    return tokens.subList(i, end + 1).stream().map(Token::fold).collect(Collectors.joining(" "));
  }

  private List<Token> tokenize() {
    var out = new ArrayList<Token>();
    int i = 0;
    while (i < f.length()) {
      if (!Character.isLetter(f.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < f.length() && (Character.isLetter(f.charAt(i)) || f.charAt(i) == '\'')) {
        i++;
      }
      String original = ft.text().substring(ft.start(s), ft.end(i));
      boolean cap = Character.isUpperCase(original.charAt(0));
      boolean caps = true;
      for (int k = 0; k < original.length() && caps; ) {
        int cp = original.codePointAt(k);
        caps = !Character.isLetter(cp) || Character.isUpperCase(cp);
        k += Character.charCount(cp);
      }
      out.add(
          new Token(
              s,
              i,
              f.substring(s, i),
              original.toLowerCase(Locale.ROOT),
              cap,
              caps,
              ft.plain(s, i)));
    }
    return out;
  }

  private static Set<String> words(String list) {
    return Set.copyOf(List.of(list.split(" ")));
  }

  private static Set<String> plain(Set<String> words) {
    return words.stream()
        .map(w -> new FoldedText(w).folded())
        .collect(Collectors.toUnmodifiableSet());
  }
}
