package vn.pakn.petitions.control;

import java.util.Optional;

/**
 * The published (redacted) answer of a petition, for the link on the sender's follow page. The
 * publication component depends on petitions, so it answers through this port.
 */
public interface PublishedAnswerOfPetition {

  /** The id of the answer published for the petition, while it is published. */
  Optional<Long> of(long petitionId);
}
