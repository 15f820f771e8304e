package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

  static final byte[] PDF = "%PDF-1.7\n%…".getBytes(StandardCharsets.UTF_8);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0};

  @Test
  void theStoredTypeIsTheOneTheBytesProve() throws IOException {
    assertThat(AttachmentInspector.inspect("đơn.pdf", PDF).file().mediaType())
        .isEqualTo("application/pdf");
    assertThat(AttachmentInspector.inspect("ẢNH.JPEG", JPEG).file().mediaType())
        .isEqualTo("image/jpeg");
    assertThat(AttachmentInspector.inspect("a.jpg", JPEG).file().mediaType())
        .isEqualTo("image/jpeg");
    assertThat(AttachmentInspector.inspect("sơ đồ.png", PNG).file().mediaType())
        .isEqualTo("image/png");
    assertThat(
            AttachmentInspector.inspect("đơn.docx", zip("[Content_Types].xml", "word/document.xml"))
                .file()
                .mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void bytesThatAreNotWhatTheNameSaysAreRefused() throws IOException {
    assertThat(refusal("a.pdf", PNG)).isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.png", JPEG)).isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.jpg", "<html>".getBytes())).isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.docx", zip("a.txt"))).isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.docx", zip("[Content_Types].xml", "xl/workbook.xml")))
        .isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.pdf", new byte[] {'%', 'P'})).isEqualTo("attachment.contentMismatch");
    assertThat(refusal("a.pdf", new byte[0])).isEqualTo("attachment.empty");
  }

  @Test
  void onlyPdfJpegPngAndDocxAreAccepted() {
    for (String name : new String[] {"a.exe", "a.html", "a.svg", "a.doc", "a.zip", "a.pdf.exe"}) {
      assertThat(refusal(name, PDF)).as(name).isEqualTo("attachment.type");
    }
    assertThat(refusal("README", PDF)).isEqualTo("attachment.type");
  }

  @Test
  void pathsAndTricksInNamesAreRefused() {
    for (String name :
        new String[] {
          "../a.pdf",
          "..\\a.pdf",
          "/etc/a.pdf",
          "C:\\a.pdf",
          "c:a.pdf",
          "a/../../b.pdf",
          ".a.pdf",
          "~root.pdf",
          "a..pdf"
        }) {
      assertThat(refusal(name, PDF)).as(name).isEqualTo("attachment.path");
    }
    for (String name :
        new String[] {"a\u0000.pdf", "a\u202Efdp.exe", "", " ", "x".repeat(201) + ".pdf"}) {
      assertThat(refusal(name, PDF)).as(name).isEqualTo("attachment.name");
    }
    assertThat(refusal(null, PDF)).isEqualTo("attachment.name");
  }

  @Test
  void fileNamesSentAsUtf8BytesAreReadBack() {
    String mangled =
        new String("giấy tờ.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(AttachmentParts.utf8FileName(mangled)).isEqualTo("giấy tờ.pdf");
    assertThat(AttachmentParts.utf8FileName("giấy tờ.pdf")).isEqualTo("giấy tờ.pdf");
    assertThat(AttachmentParts.utf8FileName("plain.pdf")).isEqualTo("plain.pdf");
    assertThat(AttachmentParts.utf8FileName("caf\u00e9.pdf")).isEqualTo("caf\u00e9.pdf");
  }

  private static String refusal(String name, byte[] content) {
    var result = AttachmentInspector.inspect(name, content);
    assertThat(result.isAccepted()).as(name + " should be refused").isFalse();
    return result.violation();
  }

  static byte[] zip(String... names) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
