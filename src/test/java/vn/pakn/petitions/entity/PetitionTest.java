package vn.pakn.petitions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;

/**
 * The petition aggregate guards its own workflow (Decree 20/2008/NĐ-CP Art. 9, 14): who may take
 * each step, from which status, and what it leaves behind — without a container.
 */
class PetitionTest {

  static final long PROVINCE_OFFICE = 1;
  static final long JUSTICE = 2;
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+07:00");

  static final Actor RECEIVER = new Actor(10L, "receiver", PROVINCE_OFFICE, Set.of(Role.RECEIVER));
  static final Actor LEADER = new Actor(11L, "leader", PROVINCE_OFFICE, Set.of(Role.LEADER));
  static final Actor OTHER_LEADER = new Actor(14L, "leader2", PROVINCE_OFFICE, Set.of(Role.LEADER));
  static final Actor HANDLER = new Actor(12L, "handler", PROVINCE_OFFICE, Set.of(Role.HANDLER));
  static final Actor COLLEAGUE = new Actor(13L, "colleague", PROVINCE_OFFICE, Set.of(Role.HANDLER));
  static final Actor JUSTICE_RECEIVER =
      new Actor(20L, "stp.receiver", JUSTICE, Set.of(Role.RECEIVER));

  static Petition received() {
    return Petition.receive(
        new PetitionContent(
            PetitionKind.CONDUCT,
            PetitionSubKind.DELAY,
            "TPHT",
            "Đăng ký khai sinh",
            "1.001193",
            null,
            "Chậm trả kết quả đăng ký khai sinh",
            "Tôi nộp hồ sơ ngày 02/11 nhưng đến nay chưa nhận được kết quả."),
        new Sender(
            SenderType.PERSON,
            "Nguyễn Thị Hoa",
            "Tổ 5, thị trấn Phù Yên, Sơn La",
            "0912345678",
            null,
            null,
            null),
        false,
        Channel.WEB,
        "vi",
        "hash",
        List.of(),
        PROVINCE_OFFICE,
        null,
        NOW);
  }

  static Petition inProgress() {
    Petition p = received();
    p.classify(RECEIVER, PetitionKind.CONDUCT, PetitionSubKind.DELAY, "TPHT", true, null, NOW);
    p.accept(RECEIVER, null, NOW);
    p.assignTo(HANDLER.officerId(), RECEIVER, NOW);
    p.start(HANDLER, NOW);
    return p;
  }

  static void refused(Runnable step, int status, String key) {
    assertThatThrownBy(step::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.key()).isEqualTo(key);
            });
  }

  @Test
  void aPetitionWalksFromReceiptToAnAnswerAndEachStepIsInItsTrail() {
    Petition p = inProgress();
    p.draftAnswer(HANDLER, "Bộ phận Một cửa đã trả kết quả ngày 10/12.", NOW);
    p.approveAnswer(LEADER, null, NOW);
    p.sendAnswer(LEADER, NOW);

    assertThat(p.status()).isEqualTo(PetitionStatus.ANSWERED);
    assertThat(p.answeredAt()).isEqualTo(NOW);
    assertThat(p.trail())
        .extracting(PetitionEvent::type)
        .containsExactly(
            EventType.RECEIVED,
            EventType.CLASSIFIED,
            EventType.ACCEPTED,
            EventType.ASSIGNED,
            EventType.STARTED,
            EventType.ANSWER_DRAFTED,
            EventType.ANSWER_APPROVED,
            EventType.ANSWERED);
  }

  @Test
  void acceptingNeedsAClassificationWithinCompetence() {
    Petition p = received();
    refused(() -> p.accept(RECEIVER, null, NOW), 409, "not-classified-within-competence");
    assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
    assertThat(p.trail()).hasSize(1);
  }

  @Test
  void onlyTheHoldingAgencysOfficersWithTheRightRoleMayAct() {
    Petition p = received();
    refused(() -> p.reject(JUSTICE_RECEIVER, "KHIEU_NAI", null, NOW), 403, "not-your-agency");
    refused(() -> p.reject(HANDLER, "KHIEU_NAI", null, NOW), 403, "role-not-allowed");
    assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
  }

  @Test
  void aHandlingOfficerActsOnlyOnPetitionsAssignedToThem() {
    Petition p = inProgress();
    refused(() -> p.draftAnswer(COLLEAGUE, "Trả lời", NOW), 403, "not-assignee");
    p.draftAnswer(HANDLER, "Trả lời", NOW);
    assertThat(p.status()).isEqualTo(PetitionStatus.ANSWER_DRAFTED);
  }

  @Test
  void aStepFromTheWrongStatusIsAConflict() {
    Petition p = received();
    refused(() -> p.sendAnswer(LEADER, NOW), 409, "wrong-status");
    refused(() -> p.provideInformation("Bổ sung", List.of(), NOW), 409, "wrong-status");
    refused(() -> p.rate(Satisfaction.SATISFIED, NOW), 409, "wrong-status");
  }

  @Test
  void aLeaderNeverApprovesTheirOwnDraft() {
    Petition p = inProgress();
    Actor leaderWhoDrafts =
        new Actor(
            HANDLER.officerId(), "handler", PROVINCE_OFFICE, Set.of(Role.LEADER, Role.HANDLER));
    p.draftAnswer(leaderWhoDrafts, "Trả lời", NOW);

    refused(() -> p.approveAnswer(leaderWhoDrafts, null, NOW), 403, "self-approval");
    p.approveAnswer(OTHER_LEADER, null, NOW);
    assertThat(p.status()).isEqualTo(PetitionStatus.APPROVED);
  }

  @Test
  void aTransferNeverReturnsToAnAgencyOfTheChain() {
    Petition p = received();
    p.transferTo(JUSTICE, RECEIVER, "Thuộc lĩnh vực hộ tịch", NOW);

    assertThat(p.agencyId()).isEqualTo(JUSTICE);
    assertThat(p.status()).isEqualTo(PetitionStatus.TRANSFERRED);
    refused(
        () -> p.transferTo(PROVINCE_OFFICE, JUSTICE_RECEIVER, "Trả lại", NOW),
        409,
        "transfer-loop");
    refused(
        () -> p.transferTo(JUSTICE, JUSTICE_RECEIVER, "Cùng nơi", NOW),
        409,
        "transfer-same-agency");
  }

  @Test
  void aRequestForInformationWaitsForTheSenderAlone() {
    Petition p = inProgress();
    p.requestInformation(HANDLER, "Xin gửi bản chụp giấy hẹn trả kết quả.", NOW);

    assertThat(p.allowedActions(HANDLER)).doesNotContain(Action.DRAFT_ANSWER);
    refused(() -> p.draftAnswer(HANDLER, "Trả lời", NOW), 409, "wrong-status");
    p.provideInformation("Giấy hẹn số 123 ngày 02/11.", List.of(), NOW);
    assertThat(p.status()).isEqualTo(PetitionStatus.IN_PROGRESS);
  }

  @Test
  void anExtensionIsRequestedOnceAndGrantedByALeader() {
    Petition p = inProgress();
    p.requestExtension(HANDLER, 5, "Cần xác minh tại xã", NOW);
    refused(
        () -> p.requestExtension(HANDLER, 5, "Lần nữa", NOW), 409, "extension-already-requested");
    refused(() -> p.approveExtension(HANDLER, NOW), 403, "role-not-allowed");

    p.approveExtension(LEADER, NOW);
    assertThat(p.status()).isEqualTo(PetitionStatus.EXTENDED);
    assertThat(p.extensionDays()).isEqualTo(5);
  }

  @Test
  void theDueIsTheStageClocksToSet() {
    Petition p = received();
    assertThat(p.dueAt()).isNull();

    p.followClocks(NOW.plusDays(7));
    assertThat(p.dueAt()).isEqualTo(NOW.plusDays(7));
  }

  @Test
  void screensAreOfferedOnlyTheStepsThatCanSucceed() {
    Petition p = received();
    assertThat(p.allowedActions(RECEIVER))
        .as("accepting waits for the classification")
        .containsExactlyInAnyOrder(Action.CLASSIFY, Action.REJECT, Action.TRANSFER);
    assertThat(p.allowedActions(HANDLER)).as("not assigned to them").isEmpty();
    assertThat(p.allowedActions(JUSTICE_RECEIVER)).isEmpty();
  }
}
