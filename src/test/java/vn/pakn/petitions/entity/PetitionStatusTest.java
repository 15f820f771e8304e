package vn.pakn.petitions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PetitionStatusTest {

  @Test
  void aReceivedPetitionIsAcceptedRejectedOrTransferredFirst() {
    assertThat(PetitionStatus.RECEIVED.next())
        .containsExactlyInAnyOrder(
            PetitionStatus.REJECTED, PetitionStatus.ACCEPTED, PetitionStatus.TRANSFERRED);
    assertThat(PetitionStatus.RECEIVED.canMoveTo(PetitionStatus.ANSWERED)).isFalse();
  }

  @Test
  void anAnswerGoesOutOnlyAfterApproval() {
    assertThat(PetitionStatus.ANSWER_DRAFTED.canMoveTo(PetitionStatus.ANSWERED)).isFalse();
    assertThat(PetitionStatus.APPROVED.canMoveTo(PetitionStatus.ANSWERED)).isTrue();
  }

  @Test
  void aRejectedPetitionIsFinalAndAClosedOneCanOnlyBeReopenedOrPublished() {
    assertThat(PetitionStatus.REJECTED.next()).isEmpty();
    assertThat(PetitionStatus.CLOSED.next())
        .containsExactlyInAnyOrder(PetitionStatus.IN_PROGRESS, PetitionStatus.PUBLISHED);
  }

  @Test
  void theSenderIsOwedSomethingUntilAnAnswerOrARefusal() {
    assertThat(PetitionStatus.INFORMATION_REQUESTED.isOpen()).isTrue();
    assertThat(PetitionStatus.APPROVED.isOpen()).isTrue();
    assertThat(PetitionStatus.ANSWERED.isOpen()).isFalse();
    assertThat(PetitionStatus.REJECTED.isOpen()).isFalse();
  }

  @Test
  void everyStatusButTheFinalOnesCanBeLeftAndEveryOneButReceivedReached() {
    for (PetitionStatus s : PetitionStatus.values()) {
      boolean reachable =
          java.util.Arrays.stream(PetitionStatus.values()).anyMatch(o -> o.canMoveTo(s));
      assertThat(reachable).as(s.name()).isEqualTo(s != PetitionStatus.RECEIVED);
    }
  }
}
