package vn.pakn.notifications.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text goes over the air. Vietnamese needs UCS-2 (SMPP data_coding 8): 70 characters in one
 * part, 67 per part of a concatenated message (an 8-bit concatenation reference takes 6 bytes).
 * Providers price GSM 7-bit messages lower, so a province may choose to fold the text to the GSM
 * default alphabet without diacritics (data_coding 0): 160 characters, 153 per concatenated part,
 * the characters of the GSM extension table counting twice.
 */
public enum SmsEncoding {
  UCS2(70, 67, (byte) 0x08),
  GSM7(160, 153, (byte) 0x00);

  /** The GSM 03.38 default alphabet, in code order. */
  static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** The GSM extension table (escape 0x1B, then this code). */
  static final String GSM_EXTENDED = "^{}\\[~]|€";

  private static final byte[] GSM_EXTENDED_CODES = {
    0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };

  private final int single;
  private final int perPart;
  private final byte dataCoding;

  SmsEncoding(int single, int perPart, byte dataCoding) {
    this.single = single;
    this.perPart = perPart;
    this.dataCoding = dataCoding;
  }

  /** Characters (UCS-2 code units, GSM septets) in a message of one part. */
  public int single() {
    return single;
  }

  /** Characters per part of a concatenated message. */
  public int perPart() {
    return perPart;
  }

  /** The SMPP data_coding of this encoding. */
  public byte dataCoding() {
    return dataCoding;
  }

  /** The text as it will be sent: unchanged in UCS-2, folded to the GSM alphabet in GSM7. */
  public String prepare(String text) {
    return this == UCS2 ? text : fold(text);
  }

  /**
   * The text in the GSM 7-bit alphabet: Vietnamese letters without their marks (đ → d), typographic
   * dashes, quotes and ellipses as their plain forms, anything else as {@code ?}.
   */
  public static String fold(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .replaceAll("[\u2010-\u2015\u2212]", "-")
            .replaceAll("[\u2018\u2019\u201A\u2032]", "'")
            .replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
            .replace("\u2026", "...")
            .replace('\u00A0', ' ')
            .replace('\t', ' ');
    StringBuilder out = new StringBuilder(plain.length());
    plain
        .codePoints()
        .forEach(
            c -> {
              boolean known =
                  c != 0x1B
                      && c < 0x10000
                      && (GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
              out.append(known ? (char) c : '?');
            });
    return out.toString();
  }

  /** The length of a prepared text in this encoding's units. */
  public int length(String prepared) {
    if (this == UCS2) {
      return prepared.length();
    }
    int septets = 0;
    for (int i = 0; i < prepared.length(); i++) {
      septets += GSM_EXTENDED.indexOf(prepared.charAt(i)) >= 0 ? 2 : 1;
    }
    return septets;
  }

  /** How many parts a prepared text needs. */
  public int parts(String prepared) {
    return split(prepared).size();
  }

  /**
   * The prepared text cut into the pieces of its parts: one piece when it fits in a single part,
   * otherwise pieces of at most {@link #perPart()} units, never cutting a surrogate pair (UCS-2) or
   * an escape sequence (GSM).
   */
  public List<String> split(String prepared) {
    if (length(prepared) <= single) {
      return List.of(prepared);
    }
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int used = 0;
    for (int i = 0; i < prepared.length(); ) {
      int width;
      int chars;
      if (this == UCS2) {
        chars = Character.isHighSurrogate(prepared.charAt(i)) && i + 1 < prepared.length() ? 2 : 1;
        width = chars;
      } else {
        chars = 1;
        width = GSM_EXTENDED.indexOf(prepared.charAt(i)) >= 0 ? 2 : 1;
      }
      if (used + width > perPart) {
        pieces.add(prepared.substring(start, i));
        start = i;
        used = 0;
      }
      used += width;
      i += chars;
    }
    pieces.add(prepared.substring(start));
    return pieces;
  }

  /** The short_message bytes of one piece: UTF-16BE, or one GSM code per septet (unpacked). */
  public byte[] encode(String piece) {
    if (this == UCS2) {
      return piece.getBytes(StandardCharsets.UTF_16BE);
    }
    var out = new java.io.ByteArrayOutputStream(piece.length() * 2);
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      int extended = GSM_EXTENDED.indexOf(c);
      if (extended >= 0) {
        out.write(0x1B);
        out.write(GSM_EXTENDED_CODES[extended]);
      } else {
        int code = GSM_BASIC.indexOf(c);
        out.write(code >= 0 ? code : '?');
      }
    }
    return out.toByteArray();
  }

  /** The reverse of {@link #encode}, for tests and the test SMSC. */
  public String decode(byte[] bytes) {
    if (this == UCS2) {
      return new String(bytes, StandardCharsets.UTF_16BE);
    }
    StringBuilder out = new StringBuilder(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      int code = bytes[i] & 0x7F;
      if (code == 0x1B && i + 1 < bytes.length) {
        byte next = bytes[++i];
        for (int e = 0; e < GSM_EXTENDED_CODES.length; e++) {
          if (GSM_EXTENDED_CODES[e] == next) {
            out.append(GSM_EXTENDED.charAt(e));
          }
        }
      } else {
        out.append(GSM_BASIC.charAt(code));
      }
    }
    return out.toString();
  }

  /**
   * The short_message of every part: the encoded piece alone for a single part, else a user data
   * header with an 8-bit concatenation reference ({@code 05 00 03 ref total seq}) before each
   * piece.
   */
  public List<byte[]> shortMessages(String prepared, int reference) {
    List<String> pieces = split(prepared);
    if (pieces.size() == 1) {
      return List.of(encode(pieces.get(0)));
    }
    if (pieces.size() > 255) {
      throw new IllegalArgumentException("a text of more than 255 parts");
    }
    List<byte[]> parts = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      byte[] body = encode(pieces.get(i));
      byte[] part = new byte[6 + body.length];
      part[0] = 0x05;
      part[1] = 0x00;
      part[2] = 0x03;
      part[3] = (byte) reference;
      part[4] = (byte) pieces.size();
      part[5] = (byte) (i + 1);
      System.arraycopy(body, 0, part, 6, body.length);
      parts.add(part);
    }
    return parts;
  }
}
