package vn.pakn.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row numbering publication changes. A change locks it (pessimistically) until its
 * transaction ends, so numbers are handed out in commit order and never skipped: a reader that saw
 * change N committed has seen every change before it.
 */
@Entity
@Table(name = "publication_counter")
public class PublicationCounter {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  protected PublicationCounter() {}

  public long next() {
    return ++lastSeq;
  }
}
