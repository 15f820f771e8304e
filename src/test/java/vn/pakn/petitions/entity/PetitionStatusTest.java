package vn.pakn.petitions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status graph as the steps make it (Action and SenderStep are the one table). */
class PetitionStatusTest {

  @Test
  void aReceivedPetitionIsAcceptedRejectedOrTransferredFirst() {
    assertThat(PetitionStatus.RECEIVED.next())
        .containsExactlyInAnyOrder(
            PetitionStatus.REJECTED, PetitionStatus.ACCEPTED, PetitionStatus.TRANSFERRED);
  }

  @Test
  void anAnswerGoesOutOnlyAfterApproval() {
    assertThat(PetitionStatus.ANSWER_DRAFTED.next()).doesNotContain(PetitionStatus.ANSWERED);
    assertThat(PetitionStatus.APPROVED.next()).contains(PetitionStatus.ANSWERED);
    assertThat(Action.SEND_ANSWER.from()).containsExactly(PetitionStatus.APPROVED);
  }

  @Test
  void aRejectedPetitionIsFinalAndAClosedOneCanOnlyBeReopened() {
    assertThat(PetitionStatus.REJECTED.next()).isEmpty();
    assertThat(PetitionStatus.CLOSED.next()).containsExactly(PetitionStatus.IN_PROGRESS);
  }

  @Test
  void theSenderIsOwedSomethingUntilAnAnswerOrARefusal() {
    assertThat(PetitionStatus.INFORMATION_REQUESTED.isOpen()).isTrue();
    assertThat(PetitionStatus.APPROVED.isOpen()).isTrue();
    assertThat(PetitionStatus.ANSWERED.isOpen()).isFalse();
    assertThat(PetitionStatus.REJECTED.isOpen()).isFalse();
    assertThat(PetitionStatus.FINAL_SQL).isEqualTo("('REJECTED', 'ANSWERED', 'CLOSED')");
  }

  @Test
  void onlyTheSendersAnswerEndsAWaitForInformation() {
    assertThat(PetitionStatus.INFORMATION_REQUESTED.next())
        .containsExactly(PetitionStatus.IN_PROGRESS);
    assertThat(Action.values())
        .noneMatch(a -> a.from().contains(PetitionStatus.INFORMATION_REQUESTED));
  }

  @Test
  void assigningMovesOnlyAnAcceptedPetition() {
    assertThat(Action.ASSIGN.after(PetitionStatus.ACCEPTED)).isEqualTo(PetitionStatus.ASSIGNED);
    assertThat(Action.ASSIGN.after(PetitionStatus.IN_PROGRESS))
        .isEqualTo(PetitionStatus.IN_PROGRESS);
    assertThat(Action.CLASSIFY.after(PetitionStatus.TRANSFERRED))
        .isEqualTo(PetitionStatus.TRANSFERRED);
  }
}
