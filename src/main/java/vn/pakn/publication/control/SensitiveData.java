package vn.pakn.publication.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pakn.publication.control.Candidate.Evidence;

/**
 * Finds the sensitive and location data of anyone named in a petition, by the words that stand
 * around it (Decree 13/2023/NĐ-CP Art. 2; Law 91/2025/QH15): health, a minor's age and school, land
 * parcels, court and police case numbers, dates of birth, ethnicity and religion tied to a person,
 * passports, and addresses (house numbers, lanes, and the group, hamlet or village a household
 * lives in). Policy wording about the same subjects ("chính sách hỗ trợ người khuyết tật", "đồng
 * bào dân tộc Mông", "trẻ em dưới 6 tuổi") is left alone.
 */
final class SensitiveData {

  private static final String CLAUSE_TAIL =
      "(?:\\s+(?!(?:" + stopWords() + ")(?!\\p{L}))\\p{L}+){0,4}(?:\\s*\\([^)\\n]{1,40}\\))?";

  private static String stopWords() {
    return "va|nen|nhung|da|de|tu|tai|o|thi|ma|khi|duoc|con|hien|nay|cua|voi|theo|can|xin|toi|gia"
        + "|nam|ngay|thang|tuoi|dang|phai|khong|chua|rat|cho|nhu|la|co|bi|mac|ong|ba|anh|chi|em|chau";
  }

  private static final String GENERIC_ILLNESS =
      "(?:ung thu(?: [a-z]+)?|khuyet tat|tieu duong|dai thao duong|suy than|lao phoi|lao hach"
          + "|viem gan [bc]|xo gan|dot quy|tai bien(?: mach mau nao)?|benh tim|suy tim|hen suyen"
          + "|bai nao|mu loa|cam diec|tam than|u nao|thoat vi dia dem|benh [a-z]+(?: [a-z]+)?|liet|tu ky"
          + "|hoi chung down|thieu mau|tim bam sinh|di tat [a-z]+)";
  private static final String PERSONAL_ILLNESS =
      "(?:(?:dieu tri|cai nghien|nam vien|chua benh|hoa tri|xa tri|phau thuat|cap cuu)(?:\\s+[a-z]+)?\\s+(?:tai|o)\\s+"
          + "(?:benh vien|co so|trung tam|khoa|vien)[^\\n.,;:()]{0,50}"
          + "|nhiem hiv|hiv duong tinh|duong tinh voi hiv|chay than(?: nhan tao)?|nghien ma tuy"
          + "|nghien ruou|cai nghien(?: ma tuy)?|methadone|tam than phan liet|roi loan tam than"
          + "|tram cam|dong kinh|bai liet|liet nua nguoi|liet hai chan|thieu nang tri tue"
          + "|khuyet tat (?:nang|dac biet nang|nhe|muc do [a-z ]{2,16}?)(?=\\P{L}|$)"
          + "|(?:ket qua )?xet nghiem duong tinh|hiv/aids|mang thai(?: [a-z]+){0,4}|sinh non|say thai"
          + "|nhiem chat doc (?:da cam|hoa hoc)|dot quy|tai bien mach mau nao"
          + "|(?:mat|suy giam) \\d{1,3} ?% (?:suc khoe|kha nang lao dong)|sa sut tri tue|alzheimer|mu (?:hai|mot|ca hai) mat|khiem thi"
          + "|tai nan (?:lao dong|giao thong)(?: bi)? (?:gay|chan thuong|mat|cut|vo)[a-z ]{0,24}"
          + "|(?:gay|chan thuong|dap nat) (?:cot song|xuong [a-z]+|chan|tay|so nao)"
          + "|(?:giam dinh )?suy giam kha nang lao dong (?:la )?\\d{1,3} ?%"
          + "|"
          + GENERIC_ILLNESS
          + "(?: [a-z]+)? giai doan (?:cuoi|dau|[0-9]+|[a-z]+ [a-z]+)"
          + "|(?:dieu tri|cai nghien)(?: bat buoc| tu nguyen)?)";
  private static final Pattern HEALTH =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:bi|mac|nhiem|chan doan(?: la)?|ket luan|dieu tri|benh nhan|la nguoi|kem"
              + "|giam dinh|thuoc dien|so)\\s+(?:benh\\s+|chung\\s+)?("
              + GENERIC_ILLNESS
              + CLAUSE_TAIL
              + ")|("
              + PERSONAL_ILLNESS
              + CLAUSE_TAIL
              + ")|(?<=bi )(lan)(?=\\P{L}|$))(?!\\p{L})");
  private static final Pattern POLICY_BEFORE =
      Pattern.compile(
          "(?:nguoi|nguoi benh|benh nhan|cac|nhung|doi tuong|lao dong nu|phu nu|phong chong|phong, chong|chong|cho|tre em|tre"
              + "|co so|trung tam|chuong trinh|ve|ho tro|chinh sach)\\s*$");

  private static final Pattern CHILD_AGE =
      Pattern.compile("(?<![\\p{L}\\p{N}.,/])(\\d{1,2})\\s*(thang tuoi|tuoi)(?!\\p{L})");
  private static final Pattern AGE_POLICY_BEFORE =
      Pattern.compile(
          "(?:duoi|tren|tu|du|den|do|lua|nhom|khoang|het|qua|chua du|sau|truoc|cac)\\s*$");
  private static final Pattern CHILD_CLASS =
      Pattern.compile(
          "(?<!\\p{L})(?:hoc|dang hoc|hoc sinh|vao|len)\\s+(lop\\s+\\d{1,2}(?:[a-z]\\d{0,2})?"
              + "(?:\\s*,?\\s*(?:(?:tai|o|cua)\\s+)?(truong))?)(?!\\p{L}\\p{N})");
  private static final Pattern CHILD_SCHOOL =
      Pattern.compile(
          "(?<!\\p{L})(?:chau|con|be|em|con toi|con trai toi|con gai toi)\\s+(?:\\p{L}+\\s+){0,4}?"
              + "(?:dang\\s+)?(?:hoc|theo hoc|di hoc)\\s+(?:o\\s+|tai\\s+)?(truong)(?!\\p{L})");
  private static final Pattern SCHOOL_TYPE =
      Pattern.compile(
          "(?:\\s*[\\s\\-]\\s*(?:va\\s+)?(?:mam non|tieu hoc|thcs|thpt|th|trung hoc co so"
              + "|trung hoc pho thong|pt ?dtnt|pt ?dtbt|ptdtbt|ptdtnt|pho thong dan toc (?:noi|ban) tru"
              + "|pho thong|dan toc|ban tru|noi tru)(?!\\p{L}))+");

  private static final Pattern LAND_PARCEL =
      Pattern.compile(
          "(?<!\\p{L})(?:(thua(?: dat)?(?: so)?\\s*:?\\s*\\d+[a-z]?(?:\\s*[,;]?\\s*(?:thuoc\\s+|cua\\s+)?"
              + "to(?: ban do)?(?: dia chinh)?(?: so)?\\s*:?\\s*\\d+[a-z]?)?)"
              + "|(to ban do(?: dia chinh)?(?: so)?\\s*:?\\s*\\d+[a-z]?(?:\\s*[,;]?\\s*"
              + "thua(?: dat)?(?: so)?\\s*:?\\s*\\d+[a-z]?)?))(?![\\p{L}\\p{N}])");
  private static final Pattern LAND_CERTIFICATE =
      Pattern.compile(
          "(?<!\\p{L})(?:giay chung nhan(?: quyen su dung dat)?|gcn(?:qsdd)?|so do|so hong"
              + "|so vao so(?: cap gcn)?|so phat hanh)(?: so)?\\s*:?\\s*([a-z]{1,3}\\s?\\d{5,8})"
              + "(?![\\p{L}\\p{N}])");

  private static final String CASE_SUFFIX =
      "(?:[a-z]*-)?(?:hs|ds|hc|hngd|kdtm|ld|qdst|qdpt|tlst|tlpt)-?(?:st|pt|gdt)?"
          + "|bb-vphc|(?:qd|tb|qdst|qdpt)-(?:csdt|cqdt|vks|vksnd|thads|cthads|ccthads|ca|cap|ta|tand|cs)[a-z0-9\\-]*";
  private static final Pattern CASE_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./\\-])(\\d{1,5}/(?:\\d{4}/)?(?:"
              + CASE_SUFFIX
              + "))(?![\\p{L}\\p{N}])");
  private static final Pattern CASE_AFTER_KEYWORD =
      Pattern.compile(
          "(?<!\\p{L})(?:ban an|vu an|thu ly|khoi to|tin bao|to giac|ho so vu viec|ho so vu an"
              + "|quyet dinh thi hanh an|thi hanh an)(?: so)?\\s*:?\\s*(\\d{1,5}/(?:\\d{4}/)?"
              + "[a-z]{1,6}(?:-[a-z]{1,8})*)(?![\\p{L}\\p{N}])");

  private static final String DATE =
      "(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*(?:19|20)\\d{2}"
          + "|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+(?:19|20)\\d{2}"
          + "|\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2})";
  private static final Pattern DATE_OF_BIRTH =
      Pattern.compile(
          "(?<!\\p{L})(?:sinh ngay|ngay sinh|ngay,? thang,? nam sinh|sinh nam|nam sinh|sinh thang"
              + "|sn|s\\.n|sinh)\\s*:?\\s*("
              + DATE
              + ")(?!\\p{N})");

  private static final String PEOPLES =
      "(?:thai|mong|h'?mong|hmong|muong|dao|kho mu|khmu|xinh mun|khang|la ha|lao|tay|nung|kinh"
          + "|hoa|san chay|san diu|giay|lu|ha nhi|phu la|la hu|cong|si la|mang|ede|e de|gia rai"
          + "|cham|khmer|kho me|ba na|xo dang|tho|co tu)";

  /** "… Mùa Thị Dua dân tộc Mông": ethnicity right after a capitalised name. */
  private static final Pattern ETHNICITY_AFTER_NAME =
      Pattern.compile("(?<=\\p{L} )(dan toc\\s+" + PEOPLES + ")(?!\\p{L})");

  private static final Pattern ETHNICITY =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:la|nguoi|thuoc|toi la|la nguoi|hoc sinh)\\s+)(dan toc\\s*:?\\s*"
              + PEOPLES
              + ")(?!\\p{L})"
              + "|(?<!\\p{L})(dan toc\\s*:\\s*"
              + PEOPLES
              + ")(?!\\p{L})"
              + "|\\((dan toc\\s+"
              + PEOPLES
              + ")[,)]"
              + "|(?<=, )(dan toc\\s+"
              + PEOPLES
              + ")(?=\\s*[,.;)])");
  private static final Pattern RELIGION =
      Pattern.compile(
          "(?<!\\p{L})((?:theo|tin theo|la tin do|tin do|giao dan|theo dao|ton giao\\s*:)\\s*"
              + "(?:dao\\s+)?(?:tin lanh|cong giao|thien chua(?: giao)?|phat giao|cao dai|hoa hao"
              + "|hoi giao|islam|dao phat|dao tin lanh|dao thien chua|dao cong giao|dao hoi))"
              + "(?!\\p{L})");

  private static final Pattern PASSPORT_KEYWORD =
      Pattern.compile(
          "(?<!\\p{L})(?:ho chieu|passport)(?: so| no\\.?)?\\s*:?\\s*([a-z]{1,2}\\s?\\d{7,8})"
              + "(?![\\p{L}\\p{N}])");
  private static final Pattern PASSPORT_SHAPE =
      Pattern.compile("(?<![\\p{L}\\p{N}./\\-])([a-z]\\d{7,8})(?![\\p{L}\\p{N}]|[./\\-]\\p{N})");

  private static final Pattern HOUSE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?:so nha|nha so|(?<=(?:^|\\P{L})(?:o|tai|nha|tru) |\\()so)\\s*:?\\s*\\d+[a-z]?(?:/\\d+[a-z]?)*"
              + "|(?<!(?:ngo|ngach|hem|kiet|so|to|thua) )(?:so\\s+)?\\d+[a-z]?(?:/\\d+[a-z]?)*(?=\\s*,?\\s*(?:ngo|ngach|hem|kiet|duong|pho)\\s))"
              + "((?:\\s*,?\\s*(?:ngo|ngach|hem|kiet)\\s+(?:so\\s+)?\\d+[a-z]?(?:/\\d+)*)*)"
              + "(?:\\s*,?\\s*(duong|pho))?(?![\\p{L}\\p{N}])");
  private static final Pattern LANE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(ngo|ngach|hem|kiet)\\s+(?:so\\s+)?\\d+[a-z]?(?:/\\d+[a-z]?)*"
              + "(?![\\p{L}\\p{N}]|[./]\\p{N})");
  private static final Pattern HOUSEHOLD =
      Pattern.compile(
          "(?<!\\p{L})(?:nha|gia dinh|ho|tru|cu tru|thuong tru|tam tru|dia chi|song|sinh song|que|o"
              + "|hang xom|ve|chuyen ve|tro ve|o tai|tru tai|thuoc|noi o|\\d[a-z]?,)"
              + "(?:\\s+(?:toi|minh|ong|ba|anh|chi|em|chau|no|ho|tai|o|cung|hien|dang|van|nay"
              + "|quan|deu|chung toi|chung|cu|cua|la|noi))*\\s*:?\\s+"
              + "(to dan pho|to(?! chuc| cao| giac| tung)|thon|ban|xom|ap|tieu khu|khu pho|khoi|khu)"
              + "(?:\\s+so)?(?=\\s)");

  /** "…, bản Nà Hạ 2, xã Chiềng Ban": a household's village written out after a name. */
  private static final Pattern SIGNED_ADDRESS =
      Pattern.compile("(?<=, )(to dan pho|to|thon|ban|xom|ap|tieu khu|khu pho|khoi)(?= )");

  private static final Pattern COMMUNE_AFTER =
      Pattern.compile(",\\s*(?:xa|phuong|thi tran|dac khu)\\s");
  private static final Set<String> UNIT_WORDS =
      Set.of("tổ dân phố", "tổ", "thôn", "bản", "xóm", "ấp", "tiểu khu", "khu phố", "khối", "khu");

  /** "ông Lò Văn Sương (1956)": a year of birth in brackets right after a name. */
  private static final Pattern YEAR_AFTER_NAME =
      Pattern.compile(
          "(?<=\\p{L})(?: ?\\((?:sinh |sn |s\\. ?)?((?:19|20)\\d{2})\\)|, ((?:19|20)\\d{2})(?=\\s*[,;]))");

  /** Where the word before {@code at} (skipping what is not a letter) starts. */
  private static int lastWordStart(String f, int at) {
    int word = Math.max(0, at);
    while (word > 0 && !Character.isLetter(f.charAt(word - 1))) {
      word--;
    }
    while (word > 0 && Character.isLetter(f.charAt(word - 1))) {
      word--;
    }
    return Math.min(word, Math.max(0, f.length() - 1));
  }

  private SensitiveData() {}

  /**
   * Every finder, in a fixed order. A pattern that needs digits (a house number, a case number, a
   * year) or the words "dân tộc" is skipped when the text has too few digits ({@link
   * FoldedText#digits()}) or not those words: the result is the same, and most texts are spared
   * most passes.
   */
  static void find(FoldedText ft, List<Candidate> out) {
    String f = ft.folded();
    int digits = ft.digits();
    boolean ethnicity = f.contains("dan toc");
    health(ft, f, out);
    child(ft, f, digits, out);
    if (digits >= 1) {
      groups(f, LAND_PARCEL, RedactionCategory.LAND_PARCEL, out);
    }
    if (digits >= 5) {
      groups(f, LAND_CERTIFICATE, RedactionCategory.LAND_PARCEL, out);
    }
    if (digits >= 1) {
      groups(f, CASE_NUMBER, RedactionCategory.CASE_NUMBER, out);
      groups(f, CASE_AFTER_KEYWORD, RedactionCategory.CASE_NUMBER, out);
    }
    if (digits >= 4) {
      groups(f, DATE_OF_BIRTH, RedactionCategory.DATE_OF_BIRTH, out);
    }
    if (ethnicity) {
      groups(f, ETHNICITY, RedactionCategory.ETHNICITY_RELIGION, out);
    }
    groups(f, RELIGION, RedactionCategory.ETHNICITY_RELIGION, out);
    Matcher m = ETHNICITY_AFTER_NAME.matcher(f);
    while (ethnicity && m.find()) {
      if (Character.isUpperCase(ft.original(lastWordStart(f, m.start())))) {
        out.add(
            new Candidate(
                m.start(1), m.end(1), RedactionCategory.ETHNICITY_RELIGION, Evidence.KEYWORD));
      }
    }
    if (digits >= 7) {
      groups(f, PASSPORT_KEYWORD, RedactionCategory.PASSPORT, out);
    }
    m = YEAR_AFTER_NAME.matcher(f);
    while (digits >= 4 && m.find()) {
      int g = m.start(1) >= 0 ? 1 : 2;
      if (Character.isUpperCase(ft.original(lastWordStart(f, m.start())))) {
        out.add(
            new Candidate(m.start(g), m.end(g), RedactionCategory.DATE_OF_BIRTH, Evidence.KEYWORD));
      }
    }
    m = PASSPORT_SHAPE.matcher(f);
    while (digits >= 7 && m.find()) {
      if (ft.isUpperCase(m.start(1))) {
        out.add(
            new Candidate(m.start(1), m.end(1), RedactionCategory.PASSPORT, Evidence.LOOSE_SHAPE));
      }
    }
    addresses(ft, f, digits, out);
  }

  private static void health(FoldedText ft, String f, List<Candidate> out) {
    Matcher m = HEALTH.matcher(f);
    while (m.find()) {
      int g = m.start(1) >= 0 ? 1 : m.start(2) >= 0 ? 2 : 3;
      if (g == 3 && !Tokens.original(ft, m.start(3), m.end(3)).equals("lẫn")) {
        continue;
      }
      if (g == 2) {
        String before = f.substring(Math.max(0, m.start(2) - 24), m.start(2));
        if (POLICY_BEFORE.matcher(before).find()) {
          continue;
        }
      }
      out.add(new Candidate(m.start(g), m.end(g), RedactionCategory.HEALTH, Evidence.KEYWORD));
      Matcher more = ALSO_ILLNESS.matcher(f).region(m.end(g), f.length());
      while (more.lookingAt()) {
        out.add(
            new Candidate(more.start(1), more.end(1), RedactionCategory.HEALTH, Evidence.KEYWORD));
        more.region(more.end(), f.length());
      }
    }
  }

  private static final Pattern ALSO_ILLNESS =
      Pattern.compile(
          "\\s*(?:,|va|kem theo|kem)\\s+(?:benh\\s+)?("
              + GENERIC_ILLNESS
              + CLAUSE_TAIL
              + ")(?!\\p{L})");

  private static void child(FoldedText ft, String f, int digits, List<Candidate> out) {
    Matcher m = CHILD_AGE.matcher(f);
    while (digits >= 1 && m.find()) {
      int age = Integer.parseInt(m.group(1));
      String before = f.substring(Math.max(0, m.start() - 12), m.start());
      if ((age < 18 || m.group(2).startsWith("thang"))
          && !AGE_POLICY_BEFORE.matcher(before).find()) {
        out.add(new Candidate(m.start(), m.end(), RedactionCategory.CHILD, Evidence.KEYWORD));
      }
    }
    m = CHILD_CLASS.matcher(f);
    while (digits >= 1 && m.find()) {
      int end = m.end(1);
      if (m.start(2) >= 0) {
        end = school(ft, f, m.end(2));
      }
      out.add(new Candidate(m.start(1), end, RedactionCategory.CHILD, Evidence.KEYWORD));
    }
    m = CHILD_SCHOOL.matcher(f);
    while (m.find()) {
      int end = school(ft, f, m.end(1));
      if (end > m.end(1)) {
        out.add(new Candidate(m.start(1), end, RedactionCategory.CHILD, Evidence.KEYWORD));
      }
    }
  }

  /** The end of "trường [type] Name Words" from just after "trường". */
  private static int school(FoldedText ft, String f, int from) {
    Matcher type = SCHOOL_TYPE.matcher(f);
    int at = from;
    if (type.find(from) && type.start() == from) {
      at = type.end();
    }
    int named = Tokens.capitalizedRun(ft, at, 5);
    return named > at ? named : (at > from ? at : from);
  }

  private static void addresses(FoldedText ft, String f, int digits, List<Candidate> out) {
    Matcher m = HOUSE.matcher(f);
    while (digits >= 1 && m.find()) {
      boolean strong =
          m.group().startsWith("so nha")
              || m.group().startsWith("nha so")
              || HOUSE_TRIGGER.matcher(f.substring(Math.max(0, m.start() - 9), m.start())).find();
      if (AGENCY_BEFORE.matcher(sentenceBefore(f, m.start())).find()) {
        continue;
      }
      boolean lanes = m.end(1) > m.start(1);
      if (lanes && !lanesAreLanes(ft, f, m.start(1), m.end(1))) {
        continue;
      }
      int end = lanes ? m.end(1) : m.end();
      if (m.start(2) >= 0) {
        String street = Tokens.original(ft, m.start(2), m.end(2));
        int named = Tokens.capitalizedRun(ft, m.end(2), 5);
        boolean real =
            street.equals("đường") || street.equals("phố") || ft.plain(m.start(2), m.end(2));
        if (real && named > m.end(2)) {
          end = named;
        } else if (!strong && !lanes) {
          continue;
        } else {
          end = m.start(2);
        }
      } else if (!strong && !lanes) {
        continue;
      }
      int trimmed = trimEnd(f, m.start(), end);
      if (trimmed > m.start()) {
        out.add(new Candidate(m.start(), trimmed, RedactionCategory.ADDRESS, Evidence.KEYWORD));
      }
    }
    m = LANE.matcher(f);
    while (digits >= 1 && m.find()) {
      String lane = Tokens.original(ft, m.start(1), m.end(1));
      if (Set.of("ngõ", "ngách", "hẻm", "kiệt").contains(lane) || ft.plain(m.start(1), m.end(1))) {
        out.add(new Candidate(m.start(), m.end(), RedactionCategory.ADDRESS, Evidence.KEYWORD));
      }
    }
    m = SIGNED_ADDRESS.matcher(f);
    while (m.find()) {
      String unit = Tokens.original(ft, m.start(1), m.end(1));
      int end = Tokens.capitalizedRun(ft, m.end(1), 4);
      boolean afterName = Character.isUpperCase(ft.original(lastWordStart(f, m.start(1))));
      if ((UNIT_WORDS.contains(unit) || ft.plain(m.start(1), m.end(1)))
          && end > m.end(1)
          && (afterName || COMMUNE_AFTER.matcher(f).region(end, f.length()).lookingAt())) {
        out.add(new Candidate(m.start(1), end, RedactionCategory.ADDRESS, Evidence.KEYWORD));
      }
    }
    m = HOUSEHOLD.matcher(f);
    while (m.find()) {
      String unit = Tokens.original(ft, m.start(1), m.end(1));
      if (!UNIT_WORDS.contains(unit) && !ft.plain(m.start(1), m.end(1))) {
        continue;
      }
      int end = Tokens.capitalizedRun(ft, m.end(), 4);
      if (end > m.end()) {
        out.add(new Candidate(m.start(1), end, RedactionCategory.ADDRESS, Evidence.KEYWORD));
      }
    }
  }

  private static final Pattern HOUSE_TRIGGER =
      Pattern.compile("(?:(?:^|\\P{L})(?:o|tai|nha|tru) |\\()$");

  /** A house number after an agency's name or after "đến", "trụ sở": an office, not a home. */
  private static final Pattern AGENCY_BEFORE =
      Pattern.compile(
          "(?:(?<!\\p{L})(?:tru so|den|toi)\\s*(?:tai\\s*)?$)|(?<!\\p{L})(?:chi cuc|ubnd|uy ban|trung tam"
              + "|bo phan|van phong|tru so|co quan|toa an|vien kiem sat|benh vien|phong [a-z]+"
              + "|(?:so (?:tai nguyen|tu phap|y te|giao duc|noi vu|cong thuong|xay dung|giao thong|lao dong|tai chinh|ke hoach|van hoa|nong nghiep|khoa hoc|thong tin|ngoai vu|dan toc)))(?!\\p{L})(?![^.;\\n]*(?<!\\p{L})(?:nha|gia dinh|ho ong|ho ba|toi|tru|o ))[^.;\\n]*"
              + "(?:dia chi|tai|o|den)\\s*:?\\s*$");

  static String sentenceBefore(String f, int at) {
    int from = Math.max(0, at - 120);
    String before = f.substring(from, at);
    int stop =
        Math.max(
            before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n')));
    return stop >= 0 ? before.substring(stop + 1) : before;
  }

  private static boolean lanesAreLanes(FoldedText ft, String f, int start, int end) {
    Matcher lane = Pattern.compile("(ngo|ngach|hem|kiet)").matcher(f).region(start, end);
    while (lane.find()) {
      String word = Tokens.original(ft, lane.start(), lane.end());
      if (!Set.of("ngõ", "ngách", "hẻm", "kiệt").contains(word)
          && !ft.plain(lane.start(), lane.end())) {
        return false;
      }
    }
    return true;
  }

  private static int trimEnd(String f, int start, int end) {
    while (end > start && " ,".indexOf(f.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static void groups(String f, Pattern p, RedactionCategory category, List<Candidate> out) {
    Matcher m = p.matcher(f);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.start(g) >= 0 && m.end(g) > m.start(g)) {
          out.add(new Candidate(m.start(g), m.end(g), category, Evidence.KEYWORD));
          break;
        }
      }
    }
  }
}
