package vn.pakn.petitions.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A checked file on its way into a petition: a safe name, the type its bytes prove, the bytes. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
