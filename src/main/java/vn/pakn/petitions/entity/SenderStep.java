package vn.pakn.petitions.entity;

import java.util.EnumSet;
import java.util.Set;

/** The steps the sender takes on their own petition with its access key, beside {@link Action}. */
public enum SenderStep {
  /** Answers a request for information (Decree 20/2008/NĐ-CP Art. 14): handling resumes. */
  PROVIDE_INFORMATION(PetitionStatus.IN_PROGRESS, PetitionStatus.INFORMATION_REQUESTED),
  /** Says whether the answer satisfied them (Decision 766/QĐ-TTg); the status stays. */
  RATE(null, PetitionStatus.ANSWERED, PetitionStatus.CLOSED);

  private final PetitionStatus to;
  private final Set<PetitionStatus> from;

  SenderStep(PetitionStatus to, PetitionStatus first, PetitionStatus... rest) {
    this.to = to;
    this.from = EnumSet.of(first, rest);
  }

  public Set<PetitionStatus> from() {
    return from;
  }

  public PetitionStatus after(PetitionStatus current) {
    return to == null ? current : to;
  }
}
