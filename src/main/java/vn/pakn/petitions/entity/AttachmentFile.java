package vn.pakn.petitions.entity;

import vn.pakn.platform.control.Sha256;

/** A checked file on its way into a petition: a safe name, the type its bytes prove, the bytes. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {

  public String sha256() {
    return Sha256.hex(content);
  }
}
