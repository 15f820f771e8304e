package vn.pakn.surveys.control;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG path (one {@code M x,y h1v1h-1z} square per dark module) in a {@code size} ×
 * {@code size} view box with a quiet zone of 4 modules, drawn by the page without any markup from
 * the server.
 */
public final class QrCodes {

  static final int QUIET = 4;

  public record Svg(int size, String path) {}

  private QrCodes() {}

  public static Svg of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
        }
      }
    }
    return new Svg(qr.size + 2 * QUIET, path.toString());
  }
}
