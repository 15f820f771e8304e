package vn.pakn.publication.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.pakn.platform.control.Messages;
import vn.pakn.publication.control.Candidate.Evidence;

/**
 * Proposes what to hide in a question or an answer before it is published: the known names and
 * addresses of the petition, identifiers typed inside the free text (phone numbers, emails,
 * CCCD/CMND/BHXH/BHYT and licence numbers, tax codes, bank accounts, licence plates), names of
 * anyone else ({@link PersonNames}) and sensitive data ({@link SensitiveData}). Officials named in
 * role and agencies' numbers are reported, not hidden ({@link
 * RedactionCategory#hiddenByDefault()}).
 *
 * <p>The text is first brought to NFC (TCVN 6909:2001 text is NFC, but pasted text may not be); the
 * proposal's offsets refer to that NFC text. Matching runs on a folded copy ({@link FoldedText}:
 * lower case, without diacritics, đ→d, full-width and other digits as ASCII, invisible chars
 * dropped) whose every char maps back to the text, so "Nguyễn Văn An", "NGUYEN VAN AN" and "nguyen
 * van an" are all found, keywords like "số tài khoản" match "so tai khoan", and spans land exactly.
 *
 * <p>Numbers are told apart by shape and by what stands around them: a dot-grouped amount followed
 * by "đồng", a date, a legal citation "20/2008/NĐ-CP", a procedure code "1.001234" or a tracking
 * code "PAKN-2026-000123-K" is left alone; when two candidates overlap the one with the stronger
 * evidence (a known value, a keyword before it, a stricter shape) wins.
 */
public final class Redactor {

  private static final String NOT_BEFORE = "(?<![\\p{L}\\p{N}./\\-+,])";
  private static final String NOT_AFTER = "(?![\\p{L}\\p{N}]|[./\\-,]\\d)";
  private static final String UNIT =
      "(?!\\s*(?:dong|d|vnd|usd|trieu|ty|nghin|ngan|%|m2|m|km|kg|ha|nguoi|ho so|lan)(?!\\p{L}))";

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+\\-])[a-z0-9][a-z0-9._%+\\-]*@[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}");
  private static final Pattern BANK_ACCOUNT =
      Pattern.compile(
          "(?<!\\p{L})(?:so tai khoan|so tk|stk|tk so|tai khoan(?: ngan hang)?|account(?: number| no\\.?)?)"
              + "(?!\\p{L})(?:(?!dien thoai|sdt|email|mail)[^\\d\\n]){0,40}?(\\d(?:[ \\-]?\\d){5,18})(?![\\p{L}\\p{N}]|[./\\-,]\\d)"
              + UNIT);
  private static final Pattern TAX_CODE_AFTER_KEYWORD =
      Pattern.compile(
          "(?<!\\p{L})(?:ma so thue|mst|ma so doanh nghiep|msdn)(?!\\p{L})[^\\d\\n]{0,20}?"
              + "(\\d(?:[ .]?\\d){11}|\\d(?:[ .]?\\d){9}(?:-\\d{3})?)"
              + NOT_AFTER);
  private static final Pattern ID_AFTER_KEYWORD =
      Pattern.compile(
          "(?<!\\p{L})(?:cccd|cmnd|cmtnd|can cuoc(?: cong dan)?|chung minh(?: nhan dan| thu)?"
              + "|so dinh danh(?: ca nhan)?)(?!\\p{L})[^\\d\\n]{0,25}?(\\d(?:[ .]?\\d){8,11})"
              + NOT_AFTER);

  /** A social insurance code (mã số BHXH, 10 digits) after its keyword. */
  private static final Pattern SOCIAL_INSURANCE =
      Pattern.compile(
          "(?<!\\p{L})(?:ma so bhxh|so bhxh|ma bhxh|so so bhxh|ma so bao hiem xa hoi"
              + "|so so bao hiem xa hoi|ma the bhyt|so the bhyt)[^\\d\\n]{0,12}?"
              + "(\\d(?:[ .]?\\d){9})(?![\\p{L}\\p{N}])");

  private static final Pattern DRIVING_LICENCE =
      Pattern.compile(
          "(?<!\\p{L})(?:giay phep lai xe|gplx|bang lai(?: xe)?)[^\\d\\n]{0,20}?"
              + "(\\d(?:[ .]?\\d){11})(?![\\p{L}\\p{N}])");

  /** A health insurance card: two letters and 13 digits ("TE1141420017263"). */
  private static final Pattern HEALTH_INSURANCE_CARD =
      Pattern.compile("(?<![\\p{L}\\p{N}])[a-z]{2}\\s?\\d(?:\\s?\\d){12}(?![\\p{L}\\p{N}])");

  /** An agency's number: after a hotline word or an agency name in the same sentence. */
  private static final Pattern AGENCY_CONTEXT =
      Pattern.compile(
          "(?<!\\p{L})(?:duong day nong|hotline|tong dai|so may le|thuong truc|van phong|bo phan"
              + "|trung tam|ubnd|uy ban|chi cuc|tru so|co quan|phong [a-z]+|(?:so (?:tai nguyen|tu phap|y te|giao duc|noi vu|cong thuong|xay dung|giao thong|lao dong|tai chinh|ke hoach|van hoa|nong nghiep|khoa hoc|thong tin|ngoai vu|dan toc))|(?:can )?ho tro,? goi"
              + "|benh vien|cong an|toa an)(?!\\p{L})"
              + "(?![^.;\\n]*(?<!\\p{L})(?:toi|nha|gia dinh|ong|ba|anh|chi|em|chau|con)\\s)");

  private static final Pattern AGENCY_AFTER =
      Pattern.compile(
          "^\\s*(?:\\((?:gio hanh chinh|mien phi|trong gio hanh chinh)\\)|(?:hoac|,)\\s*(?:1900|1800))");
  private static final Pattern CCCD =
      Pattern.compile(NOT_BEFORE + "(0\\d{2}(?:[ .]?\\d){9})" + NOT_AFTER);
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./\\-+])(?:\\+84|\\(\\+84\\)|84|0)[ .\\-]?[35789](?:[ .\\-]?\\d){8}"
              + "(?!\\d|[./\\-]\\d)");
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./\\-+])(?:\\(\\s?0?2\\d{1,2}\\s?\\)|(?:\\+84|\\(\\+84\\))[ .\\-]?\\(?2\\d{1,2}\\)?"
              + "|02\\d{1,2})[ .\\-]?\\d(?:[ .\\-]?\\d){6,7}(?!\\d|[./\\-]\\d)");
  private static final Pattern TAX_CODE_WITH_BRANCH =
      Pattern.compile(NOT_BEFORE + "\\d{10}-\\d{3}" + NOT_AFTER);
  private static final Pattern TAX_CODE =
      Pattern.compile(NOT_BEFORE + "\\d{10}" + NOT_AFTER + UNIT);
  private static final Pattern CMND = Pattern.compile(NOT_BEFORE + "\\d{9}" + NOT_AFTER + UNIT);
  private static final Pattern LICENCE_PLATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./\\-])(\\d{2})[ \\-]?([a-z]{1,2}\\d?)[ .\\-]?(?:\\d{3}\\.?\\d{2}|\\d{4})"
              + "(?![\\p{L}\\p{N}]|[./\\-]\\d)");
  private static final Pattern ADMINISTRATIVE_UNIT =
      Pattern.compile(
          "^(?:phuong|xa|thi tran|quan|huyen|thi xa|thanh pho|tp|tinh|dac khu)(?!\\p{L}).*");
  private static final String HONORIFICS = "(?:ong|ba|anh|chi|co|chu|cu|bac|em|cau|di|thim|mo)";

  private final Locale locale;

  /** A redactor whose replacement labels are in Vietnamese, the language of the public pages. */
  public Redactor() {
    this(Messages.VIETNAMESE);
  }

  public Redactor(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * The spans to hide in one text (a question or an answer) of a petition, and the officials named
   * in role (not hidden unless the leader decides). The proposal's text is the NFC form of {@code
   * text}; its spans are offsets in it. This is the entry point the historical import uses too.
   */
  public RedactionProposal propose(String text, KnownPersonalData known) {
    Objects.requireNonNull(known, "known");
    String nfc = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    var ft = new FoldedText(nfc);
    String folded = ft.folded();
    var candidates = new ArrayList<Candidate>();
    var knownGiven = new java.util.HashSet<String>();
    for (String name : known.namesToHide()) {
      findName(ft, name, candidates);
      List<String> words = words(fold(name));
      if (!words.isEmpty() && words.get(words.size() - 1).length() >= 3) {
        knownGiven.add(words.get(words.size() - 1));
      }
    }
    known.addressesToHide().forEach(address -> findAddress(folded, address, candidates));
    findKnownDigits(folded, known.phone(), RedactionCategory.PHONE, candidates);
    findKnownDigits(folded, known.taxCode(), RedactionCategory.TAX_CODE, candidates);
    if (!KnownPersonalData.blank(known.email())) {
      find(
          folded,
          literal(fold(known.email().strip())),
          RedactionCategory.EMAIL,
          Evidence.KNOWN,
          candidates);
    }
    findIdentifiers(ft, candidates);
    SensitiveData.find(ft, candidates);
    PersonNames.find(ft, knownGiven, candidates);
    if (known.showSenderName() && !KnownPersonalData.blank(known.senderName())) {
      dropShownName(ft, known.senderName(), candidates);
    }
    return new RedactionProposal(nfc, resolve(ft, candidates));
  }

  /** The sender who opted in keeps their own name, however the name finders read it. */
  private static void dropShownName(FoldedText ft, String name, List<Candidate> candidates) {
    List<String> words = words(fold(name));
    Matcher m = sequence(words, "\\s+").matcher(ft.folded());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      candidates.removeIf(
          c -> c.evidence() == Evidence.NAME_SHAPE && c.start() >= s && c.end() <= e);
    }
  }

  /**
   * Identifiers typed in the text. Every number pattern needs at least six digits (a bank account,
   * a licence plate) and most at least nine, so a text with fewer skips them ({@link
   * FoldedText#digits()}); an email needs its "@".
   */
  private void findIdentifiers(FoldedText ft, List<Candidate> out) {
    String folded = ft.folded();
    if (folded.indexOf('@') >= 0) {
      find(folded, EMAIL, RedactionCategory.EMAIL, Evidence.KEYWORD, out);
    }
    if (ft.digits() < 6) {
      return;
    }
    findGroup(folded, BANK_ACCOUNT, RedactionCategory.BANK_ACCOUNT, Evidence.KEYWORD, out);
    if (ft.digits() >= 9) {
      findLongNumbers(ft, out);
    }
    find(
        folded,
        LICENCE_PLATE,
        RedactionCategory.LICENCE_PLATE,
        Evidence.LOOSE_SHAPE,
        out,
        m -> isUpperCase(ft, m.start(2), m.end(2)) && Integer.parseInt(m.group(1)) >= 11);
  }

  /** The identifiers of nine digits or more: identity numbers, tax codes, phones, insurance. */
  private void findLongNumbers(FoldedText ft, List<Candidate> out) {
    String folded = ft.folded();
    findGroup(folded, TAX_CODE_AFTER_KEYWORD, RedactionCategory.TAX_CODE, Evidence.KEYWORD, out);
    findGroup(
        folded,
        ID_AFTER_KEYWORD,
        RedactionCategory.ID_NUMBER,
        Evidence.KEYWORD,
        out,
        m -> digits(m.group(1)).length() == 9 || digits(m.group(1)).length() == 12);
    findGroup(
        folded,
        CCCD,
        RedactionCategory.ID_NUMBER,
        Evidence.STRICT_SHAPE,
        out,
        m -> isProvinceCode(digits(m.group(1)).substring(0, 3)));
    find(folded, TAX_CODE_WITH_BRANCH, RedactionCategory.TAX_CODE, Evidence.STRICT_SHAPE, out);
    find(folded, MOBILE, RedactionCategory.PHONE, Evidence.PHONE_SHAPE, out, m -> true);
    Matcher landline = LANDLINE.matcher(folded);
    while (landline.find()) {
      if (nationalDigits(landline.group()).length() != 11) {
        continue;
      }
      String before = folded.substring(Math.max(0, landline.start() - 120), landline.start());
      before = before.substring(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')) + 1);
      String after =
          folded.substring(landline.end(), Math.min(folded.length(), landline.end() + 30));
      boolean agency = AGENCY_CONTEXT.matcher(before).find() || AGENCY_AFTER.matcher(after).find();
      out.add(
          new Candidate(
              landline.start(),
              landline.end(),
              agency ? RedactionCategory.AGENCY_CONTACT : RedactionCategory.PHONE,
              Evidence.PHONE_SHAPE));
    }
    findGroup(folded, SOCIAL_INSURANCE, RedactionCategory.ID_NUMBER, Evidence.KEYWORD, out);
    findGroup(folded, DRIVING_LICENCE, RedactionCategory.ID_NUMBER, Evidence.KEYWORD, out);
    find(folded, HEALTH_INSURANCE_CARD, RedactionCategory.ID_NUMBER, Evidence.STRICT_SHAPE, out);
    find(folded, TAX_CODE, RedactionCategory.TAX_CODE, Evidence.LOOSE_SHAPE, out);
    find(folded, CMND, RedactionCategory.ID_NUMBER, Evidence.LOOSE_SHAPE, out);
  }

  private static void findName(FoldedText ft, String name, List<Candidate> out) {
    String folded = ft.folded();
    List<String> words = words(fold(Normalizer.normalize(name, Normalizer.Form.NFC)));
    if (words.isEmpty()) {
      return;
    }
    find(folded, sequence(words, "\\s+"), RedactionCategory.NAME, Evidence.KNOWN, out);
    String given = Pattern.quote(words.get(words.size() - 1));
    if (words.size() >= 3) {
      var familyAndGiven =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])"
                  + Pattern.quote(words.get(0))
                  + "\\s+"
                  + given
                  + "(?![\\p{L}\\p{N}])");
      find(
          folded,
          familyAndGiven,
          RedactionCategory.NAME,
          Evidence.KNOWN,
          out,
          m -> isUpperCase(ft, m.start(), m.start() + 1));
    }
    // "ông An", "chị Lan": the given name after a form of address, written with a capital.
    var addressed =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + HONORIFICS + "\\s+(" + given + ")(?![\\p{L}\\p{N}])");
    findGroup(
        folded,
        addressed,
        RedactionCategory.NAME,
        Evidence.KNOWN,
        out,
        m -> isUpperCase(ft, m.start(1), m.start(1) + 1));
  }

  /**
   * The whole address as written, and its most specific part (house number, lane, street, hamlet)
   * without the ward, district and province, which name places, not people.
   */
  private static void findAddress(String folded, String address, List<Candidate> out) {
    String foldedAddress = fold(Normalizer.normalize(address, Normalizer.Form.NFC));
    List<String> words = words(foldedAddress);
    if (words.isEmpty()) {
      return;
    }
    String separator = "[^\\p{L}\\p{N}]{1,4}";
    find(folded, sequence(words, separator), RedactionCategory.ADDRESS, Evidence.KNOWN, out);
    var specific = new ArrayList<String>();
    for (String part : foldedAddress.split("[,;\\n]")) {
      if (ADMINISTRATIVE_UNIT.matcher(part.strip()).matches()) {
        break;
      }
      specific.addAll(words(part));
    }
    boolean identifying =
        specific.size() >= 2 || specific.stream().anyMatch(w -> w.matches(".*\\d.*"));
    if (!specific.isEmpty() && specific.size() < words.size() && identifying) {
      if (specific.get(0).equals("so")) {
        specific.remove(0);
        if (!specific.isEmpty() && specific.get(0).equals("nha")) {
          specific.remove(0);
        }
      }
      if (!specific.isEmpty()) {
        var pattern =
            Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:so(?:\\s+nha)?\\s+)?"
                    + specific.stream().map(Pattern::quote).collect(Collectors.joining(separator))
                    + "(?![\\p{L}\\p{N}])");
        find(folded, pattern, RedactionCategory.ADDRESS, Evidence.KNOWN, out);
      }
    }
  }

  /** A known phone number or tax code, however its digits are grouped in the text. */
  private static void findKnownDigits(
      String folded, String value, RedactionCategory category, List<Candidate> out) {
    String digits = value == null ? "" : nationalDigits(value);
    if (digits.length() < 6) {
      return;
    }
    var body = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i == 0 && category == RedactionCategory.PHONE && digits.charAt(0) == '0') {
        body.append("(?:\\(\\s?0|0|\\+84|\\(\\+84\\)|84)[ .\\-]?");
        continue;
      }
      boolean afterPrefix = i == 1 && category == RedactionCategory.PHONE;
      body.append(i == 0 || afterPrefix ? "" : "[ .\\-()]{0,2}").append(digits.charAt(i));
    }
    find(
        folded,
        Pattern.compile("(?<![\\p{N}])" + body + "(?!\\p{N})"),
        category,
        Evidence.KNOWN,
        out);
  }

  /**
   * Stronger evidence first, then the longer candidate. A candidate inside one already taken is
   * dropped; one that only overlaps is kept (a name running past a health phrase must still be
   * hidden whole) and {@link RedactionProposal#apply()} merges the two, unless both are shapes of
   * the same digits or one is only reported (an official, an agency's number).
   */
  private List<RedactionSpan> resolve(FoldedText ft, List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparing(Candidate::evidence)
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
            .thenComparingInt(Candidate::start));
    var accepted = new ArrayList<Candidate>();
    for (Candidate candidate : candidates) {
      boolean taken =
          accepted.stream()
              .anyMatch(
                  a ->
                      a.contains(candidate)
                          || a.overlaps(candidate)
                              && (isDigits(a.category()) && isDigits(candidate.category())
                                  || !a.category().hiddenByDefault()
                                  || !candidate.category().hiddenByDefault()));
      if (!taken) {
        accepted.add(candidate);
      }
    }
    return accepted.stream()
        .map(
            c ->
                new RedactionSpan(
                    ft.start(c.start()), ft.end(c.end()), c.category(), c.category().label(locale)))
        .toList();
  }

  private static boolean isDigits(RedactionCategory category) {
    return switch (category) {
      case PHONE, ID_NUMBER, TAX_CODE, BANK_ACCOUNT, LICENCE_PLATE, PASSPORT -> true;
      default -> false;
    };
  }

  private static void find(
      String folded,
      Pattern pattern,
      RedactionCategory category,
      Evidence evidence,
      List<Candidate> out) {
    find(folded, pattern, category, evidence, out, m -> true);
  }

  private static void find(
      String folded,
      Pattern pattern,
      RedactionCategory category,
      Evidence evidence,
      List<Candidate> out,
      Predicate<Matcher> accept) {
    Matcher m = pattern.matcher(folded);
    while (m.find()) {
      if (m.end() > m.start() && accept.test(m)) {
        out.add(new Candidate(m.start(), m.end(), category, evidence));
      }
    }
  }

  private static void findGroup(
      String folded,
      Pattern pattern,
      RedactionCategory category,
      Evidence evidence,
      List<Candidate> out) {
    findGroup(folded, pattern, category, evidence, out, m -> true);
  }

  private static void findGroup(
      String folded,
      Pattern pattern,
      RedactionCategory category,
      Evidence evidence,
      List<Candidate> out,
      Predicate<Matcher> accept) {
    Matcher m = pattern.matcher(folded);
    while (m.find()) {
      if (m.end(1) > m.start(1) && accept.test(m)) {
        out.add(new Candidate(m.start(1), m.end(1), category, evidence));
      }
    }
  }

  private static Pattern sequence(List<String> words, String separator) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])"
            + words.stream().map(Pattern::quote).collect(Collectors.joining(separator))
            + "(?![\\p{L}\\p{N}])");
  }

  private static Pattern literal(String value) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}._%+\\-])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
  }

  private static List<String> words(String folded) {
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static String digits(String value) {
    return value.replaceAll("\\D", "");
  }

  /** The digits of a phone number as dialled inside Vietnam: "+84 912…" becomes "0912…". */
  static String nationalDigits(String value) {
    String d = digits(value);
    if (value.strip().startsWith("+84") || value.strip().startsWith("(+84")) {
      return "0" + d.substring(2);
    }
    if (value.strip().startsWith("(2") || value.strip().startsWith("( 2")) {
      return "0" + d;
    }
    return d;
  }

  /** CCCD numbers start with the code of the province of birth registration, 001 to 096. */
  private static boolean isProvinceCode(String code) {
    int value = Integer.parseInt(code);
    return value >= 1 && value <= 96;
  }

  private static boolean isUpperCase(FoldedText ft, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = ft.original(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without diacritics, full-width and invisible chars folded: "Đường" → "duong". */
  static String fold(String text) {
    return new FoldedText(Normalizer.normalize(text, Normalizer.Form.NFC)).folded();
  }
}
