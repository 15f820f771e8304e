package vn.pakn.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A response not yet added to the score roll-ups: written in the transaction that stores the
 * response, removed by the roll-up follower in the transaction that adds it (an outbox).
 */
@Entity
@Table(name = "survey_rollup_pending")
public class PendingRollup {

  @Id
  @Column(name = "response_id")
  private Long responseId;

  @Column(nullable = false)
  private boolean claimed;

  protected PendingRollup() {}

  public PendingRollup(long responseId) {
    this.responseId = responseId;
  }
}
