package vn.pakn.documents.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Renders an {@link AnswerLetter} as a PDF/A-2b document in the layout of an administrative letter
 * (Decree 30/2020/NĐ-CP, Annex I: A4, margins 20–25 mm top and bottom, 30–35 mm left, 15–20 mm
 * right; Times New Roman, 13–14 pt body). The font is Liberation Serif, metric-compatible with
 * Times New Roman and covering Vietnamese, embedded from its Maven artifact; every glyph is
 * embedded, the colours are device RGB under an sRGB output intent (the JDK's own profile), and the
 * XMP metadata declares PDF/A-2 level B.
 *
 * <p>Text is normalised to NFC (precomposed Vietnamese letters); a character the font cannot show
 * (an emoji, a control character) is printed as "?" rather than failing the answer.
 */
public class LetterRenderer {

  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 30 * MM;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
  private static final float TOP = PDRectangle.A4.getHeight() - 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float BODY = 13.5f;
  private static final float LEADING = BODY * 1.35f;
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final byte[] regular = font("LiberationSerif-Regular.ttf");
  private final byte[] bold = font("LiberationSerif-Bold.ttf");
  private final byte[] italic = font("LiberationSerif-Italic.ttf");
  private final byte[] boldItalic = font("LiberationSerif-BoldItalic.ttf");

  private static byte[] font(String name) {
    try (InputStream in = LetterRenderer.class.getResourceAsStream("/liberation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] render(AnswerLetter letter) {
    try (PDDocument doc = new PDDocument()) {
      new Writer(doc, letter).write();
      pdfA(doc, letter);
      var out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pdfA(PDDocument doc, AnswerLetter letter) throws IOException {
    Calendar created = GregorianCalendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
    created.set(Calendar.MILLISECOND, 0);
    String title = clean(letter.subject());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(clean(letter.issuingAgency()));
    info.setProducer("PAKN");
    info.setCreationDate(created);
    String when = DateTimeFormatter.ISO_INSTANT.format(created.toInstant());
    String xmp =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
            + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
            + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
            + "<dc:format>application/pdf</dc:format>"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + xml(title)
            + "</rdf:li></rdf:Alt></dc:title>"
            + "<dc:creator><rdf:Seq><rdf:li>"
            + xml(clean(letter.issuingAgency()))
            + "</rdf:li></rdf:Seq></dc:creator>"
            + "<xmp:CreateDate>"
            + when
            + "</xmp:CreateDate>"
            + "<pdf:Producer>PAKN</pdf:Producer>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(metadata);
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);
    doc.getDocumentCatalog().setLanguage("vi");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** NFC, no control characters, one line. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replaceAll("[\\p{Cntrl}&&[^\n]]", " ")
        .replace('\n', ' ')
        .strip();
  }

  /** Lays the letter out page by page. */
  private final class Writer {
    private final PDDocument doc;
    private final AnswerLetter letter;
    private final PDType0Font fRegular;
    private final PDType0Font fBold;
    private final PDType0Font fItalic;
    private final PDType0Font fBoldItalic;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    Writer(PDDocument doc, AnswerLetter letter) throws IOException {
      this.doc = doc;
      this.letter = letter;
      // subsets of the glyphs actually used (PDF/A asks for every used glyph, not whole fonts):
      // four whole styles would weigh ~1.5 MB
      this.fRegular = PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
      this.fBold = PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
      this.fItalic = PDType0Font.load(doc, new ByteArrayInputStream(italic), true);
      this.fBoldItalic = PDType0Font.load(doc, new ByteArrayInputStream(boldItalic), true);
    }

    void write() throws IOException {
      newPage();
      float half = (RIGHT - LEFT) * 0.42f;
      float leftCentre = LEFT + half / 2;
      float rightCentre = LEFT + half + (RIGHT - LEFT - half) / 2;
      float top = y;
      // left block: governing agency, issuing agency (bold, underlined), number, subject
      if (letter.governingAgency() != null && !letter.governingAgency().isBlank()) {
        y = centred(upper(letter.governingAgency()), fRegular, 12, leftCentre, half, y);
      }
      y = centred(upper(letter.issuingAgency()), fBold, 12, leftCentre, half, y);
      rule(leftCentre, y + 9.5f, half * 0.35f);
      y -= 8;
      y = centred("Số: " + letter.number(), fRegular, 13, leftCentre, half, y);
      y = centred("V/v " + letter.subject(), fRegular, 12, leftCentre, half, y);
      float leftEnd = y;
      // right block: national name and motto (Decree 30, Annex I, §II.1), place and date
      y = top;
      y =
          centred(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fBold, 12, rightCentre, RIGHT - LEFT - half, y);
      y = centred("Độc lập - Tự do - Hạnh phúc", fBold, 13, rightCentre, RIGHT - LEFT - half, y);
      rule(rightCentre, y + 9.5f, width("Độc lập - Tự do - Hạnh phúc", fBold, 13));
      y -= 8;
      String date =
          letter.place()
              + ", ngày "
              + letter.date().format(DateTimeFormatter.ofPattern("dd", Locale.ROOT))
              + " tháng "
              + letter.date().format(DateTimeFormatter.ofPattern("MM", Locale.ROOT))
              + " năm "
              + letter.date().getYear();
      y = centred(date, fItalic, 13, rightCentre, RIGHT - LEFT - half, y);
      y = Math.min(y, leftEnd) - LEADING;
      // recipient
      y =
          centred(
              "Kính gửi: " + letter.recipient(), fRegular, 14, (LEFT + RIGHT) / 2, RIGHT - LEFT, y);
      y -= LEADING * 0.5f;
      // body, one paragraph per line of the answer, first line indented
      for (String paragraph : paragraphs(letter.body())) {
        paragraph(paragraph);
      }
      paragraph(
          "(Trả lời phản ánh, kiến nghị mã " + letter.trackingCode() + ".)", fItalic, 12, false);
      y -= LEADING;
      signature();
      pageNumbers();
      out.close();
    }

    private List<String> paragraphs(String body) {
      List<String> result = new ArrayList<>();
      for (String line :
          Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFC).split("\\R")) {
        String cleaned = clean(line);
        if (!cleaned.isEmpty()) {
          result.add(cleaned);
        }
      }
      return result;
    }

    private void paragraph(String text) throws IOException {
      paragraph(text, fRegular, BODY, true);
    }

    private void paragraph(String text, PDType0Font font, float size, boolean indent)
        throws IOException {
      float indentWidth = indent ? 12.7f * MM : 0;
      List<String> lines = wrap(printable(text, font), font, size, RIGHT - LEFT, indentWidth);
      for (int i = 0; i < lines.size(); i++) {
        if (y < BOTTOM + LEADING) {
          newPage();
        }
        show(lines.get(i), font, size, LEFT + (i == 0 ? indentWidth : 0), y);
        y -= size * 1.35f;
      }
      y -= size * 0.4f;
    }

    private void signature() throws IOException {
      float needed = 9 * LEADING;
      if (y - needed < BOTTOM) {
        newPage();
      }
      float top = y;
      float half = (RIGHT - LEFT) / 2;
      // "Nơi nhận" (recipients of copies), bottom left
      show("Nơi nhận:", fBoldItalic, 12, LEFT, y);
      y -= 14;
      show(printable("- " + letter.recipient() + ";", fRegular), fRegular, 11, LEFT, y);
      y -= 13;
      show("- Lưu: VT.", fRegular, 11, LEFT, y);
      // signer, bottom right: title, space for the signature, name
      float centre = LEFT + half + half / 2;
      y = top;
      y = centred(upper(letter.signerTitle()), fBold, 13, centre, half, y);
      y = centred("(Đã ký số)", fItalic, 12, centre, half, y);
      y -= 3 * LEADING;
      centred(letter.signerName(), fBold, 14, centre, half, y);
    }

    private void pageNumbers() throws IOException {
      if (pages.size() < 2) {
        return;
      }
      out.close();
      for (int i = 1; i < pages.size(); i++) {
        try (var stream =
            new PDPageContentStream(
                doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
          String number = String.valueOf(i + 1);
          float w = width(number, fRegular, 13);
          stream.beginText();
          stream.setFont(fRegular, 13);
          stream.newLineAtOffset((LEFT + RIGHT) / 2 - w / 2, PDRectangle.A4.getHeight() - 12 * MM);
          stream.showText(number);
          stream.endText();
        }
      }
      out =
          new PDPageContentStream(
              doc, pages.get(pages.size() - 1), PDPageContentStream.AppendMode.APPEND, true, true);
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages.add(page);
      out = new PDPageContentStream(doc, page);
      out.setNonStrokingColor(0f, 0f, 0f);
      out.setStrokingColor(0f, 0f, 0f);
      y = TOP;
    }

    private float centred(
        String text, PDType0Font font, float size, float centre, float maxWidth, float at)
        throws IOException {
      float line = at;
      for (String part : wrap(printable(clean(text), font), font, size, maxWidth, 0)) {
        show(part, font, size, centre - width(part, font, size) / 2, line);
        line -= size * 1.3f;
      }
      return line;
    }

    private void rule(float centre, float at, float length) throws IOException {
      out.setLineWidth(0.6f);
      out.moveTo(centre - length / 2, at);
      out.lineTo(centre + length / 2, at);
      out.stroke();
    }

    private void show(String text, PDType0Font font, float size, float x, float at)
        throws IOException {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, at);
      out.showText(text);
      out.endText();
    }

    private String printable(String text, PDType0Font font) {
      StringBuilder result = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                boolean ok =
                    printable.computeIfAbsent(cp * 4 + fontIndex(font), k -> canEncode(font, cp));
                result.appendCodePoint(ok ? cp : '?');
              });
      return result.toString();
    }

    private int fontIndex(PDType0Font font) {
      return font == fRegular ? 0 : font == fBold ? 1 : font == fItalic ? 2 : 3;
    }

    private static boolean canEncode(PDType0Font font, int cp) {
      try {
        font.encode(new String(Character.toChars(cp)));
        return !Character.isISOControl(cp);
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    private String upper(String s) {
      return clean(s).toUpperCase(Locale.forLanguageTag("vi"));
    }
  }

  static float width(String text, PDType0Font font, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Greedy line breaking at spaces; a word longer than a line is cut. */
  static List<String> wrap(
      String text, PDType0Font font, float size, float maxWidth, float firstIndent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float available = maxWidth - firstIndent;
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= available) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
        available = maxWidth;
      }
      String rest = word;
      while (width(rest, font, size) > available) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(rest.substring(0, cut), font, size) > available) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
        available = maxWidth;
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
