package vn.pakn.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Documents an attacker or a broken tool might send to the validation endpoint. */
public final class HostilePdfs {

  private HostilePdfs() {}

  /** The same document with one bit flipped inside its first content stream. */
  public static byte[] oneByteChanged(byte[] signed) {
    byte[] changed = signed.clone();
    int at = indexOf(changed, "stream".getBytes(StandardCharsets.ISO_8859_1)) + 20;
    changed[at] ^= 0x01;
    return changed;
  }

  public static byte[] truncated(byte[] signed) {
    return Arrays.copyOf(signed, signed.length / 2);
  }

  /** A page tree that contains itself, and objects that refer to each other in a ring. */
  public static byte[] recursive() {
    return ("%PDF-1.7\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R /Loop 4 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /Resources 4 0 R /Contents 5 0 R >> endobj\n"
            + "4 0 obj << /Self 4 0 R /Next 5 0 R /XObject << /X 4 0 R >> >> endobj\n"
            + "5 0 obj << /Length 6 0 R /Filter 5 0 R >> stream\nq Q\nendstream endobj\n"
            + "6 0 obj 6 0 R endobj\n"
            + "trailer << /Root 1 0 R /Size 7 /Prev 9 >>\n"
            + "startxref\n9\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An unsigned PDF that runs JavaScript when opened. */
  public static byte[] javascript() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Chữ ký hợp lệ');"));
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The signed document with an incremental update after the signature that adds a page of text and
   * a JavaScript open action, leaving the signed bytes untouched.
   */
  public static byte[] contentAddedAfterSigning(byte[] signed) {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (var out = new PDPageContentStream(doc, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        out.newLineAtOffset(72, 700);
        out.showText("Noi dung them sau khi ky");
        out.endText();
      }
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('ok');"));
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      doc.getPages().getCOSObject().setNeedToBeUpdated(true);
      page.getCOSObject().setNeedToBeUpdated(true);
      page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      var out = new ByteArrayOutputStream();
      doc.saveIncremental(out);
      byte[] updated = out.toByteArray();
      if (updated.length <= signed.length
          || !Arrays.equals(Arrays.copyOf(updated, signed.length), signed)) {
        throw new IllegalStateException("not an incremental update");
      }
      return updated;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    var out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  static int indexOf(byte[] data, byte[] what) {
    outer:
    for (int i = 0; i <= data.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
