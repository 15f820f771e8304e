package vn.pakn.petitions.control;

import java.util.Locale;
import java.util.Optional;

/**
 * How a petition's current due was counted, in words for its sender. The stage clocks
 * (vn.pakn.deadlines) own the due and depend on petitions, so they answer through this port.
 */
public interface DueExplanation {

  /** The explanation of the running clock due first, or empty when none runs. */
  Optional<String> of(long petitionId, Locale language);
}
