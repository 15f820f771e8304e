package vn.pakn.petitions.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import vn.pakn.petitions.entity.Attachment;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.platform.control.Messages;

/** A petition as its sender sees it: status, what was filed, and the public timeline. */
public record PetitionView(
    String trackingCode,
    String status,
    String statusLabel,
    String kind,
    String kindLabel,
    String field,
    String title,
    String content,
    OffsetDateTime receivedAt,
    OffsetDateTime due,
    String dueExplanation,
    String answer,
    String question,
    String rejectionReason,
    String rejectionLegalBasis,
    Long publishedAnswerId,
    String satisfaction,
    List<AttachmentView> attachments,
    List<TimelineEntry> timeline) {

  public record AttachmentView(String fileName, String mediaType, long size) {}

  public record TimelineEntry(
      OffsetDateTime at, String type, String status, String label, String note) {}

  /**
   * @param rejectionReason the reason's name in the reader's language, with the officer's note
   * @param dueExplanation how the current due was counted (from the stage clocks), or null
   * @param publishedAnswerId the public copy of the answer on {@code tra-loi.html}, or null
   */
  static PetitionView of(
      Petition p,
      Messages messages,
      String rejectionReason,
      String rejectionLegalBasis,
      String dueExplanation,
      Long publishedAnswerId) {
    return new PetitionView(
        p.trackingCode(),
        p.status().name(),
        messages.get("status." + p.status().name()),
        p.kind().name(),
        messages.get("kind." + p.kind().name()),
        p.fieldCode(),
        p.title(),
        p.content(),
        p.receivedAt(),
        p.status().isOpen() ? p.dueAt() : null,
        p.status().isOpen() ? dueExplanation : null,
        answerShown(p) ? p.answer() : null,
        p.status() == PetitionStatus.INFORMATION_REQUESTED ? lastQuestion(p) : null,
        rejectionReason,
        rejectionLegalBasis,
        publishedAnswerId,
        p.satisfaction() == null ? null : p.satisfaction().name(),
        p.attachments().stream().map(PetitionView::attachment).toList(),
        p.publicTimeline().stream().map(e -> entry(e, messages)).toList());
  }

  /** The answer is the sender's once it has been sent, never while it is a draft. */
  private static boolean answerShown(Petition p) {
    return p.answeredAt() != null && p.status().isAnswered();
  }

  private static String lastQuestion(Petition p) {
    List<PetitionEvent> trail = p.trail();
    for (int i = trail.size() - 1; i >= 0; i--) {
      if (trail.get(i).type() == EventType.INFORMATION_REQUESTED) {
        return trail.get(i).note();
      }
    }
    return null;
  }

  private static AttachmentView attachment(Attachment a) {
    return new AttachmentView(a.fileName(), a.mediaType(), a.size());
  }

  private static TimelineEntry entry(PetitionEvent e, Messages messages) {
    return new TimelineEntry(
        e.at(), e.type().name(), e.to().name(), messages.get("event." + e.type().name()), e.note());
  }
}
