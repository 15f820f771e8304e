package vn.pakn.petitions.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file sent with a petition. The bytes live in the database with the petition, so a petition and
 * its files are stored, or refused, together.
 */
@Entity
@Table(name = "petition_attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "petition_id", nullable = false, updatable = false)
  private Petition petition;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected Attachment() {}

  Attachment(Petition petition, int position, AttachmentFile file) {
    this.petition = petition;
    this.position = position;
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public byte[] content() {
    return content.clone();
  }
}
