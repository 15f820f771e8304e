package vn.pakn.petitions.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import vn.pakn.petitions.entity.Attachment;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
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
    List<AttachmentView> attachments,
    List<TimelineEntry> timeline) {

  public record AttachmentView(String fileName, String mediaType, long size) {}

  public record TimelineEntry(
      OffsetDateTime at, String type, String status, String label, String note) {}

  static PetitionView of(Petition p, Messages messages) {
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
        p.attachments().stream().map(PetitionView::attachment).toList(),
        p.publicTimeline().stream().map(e -> entry(e, messages)).toList());
  }

  private static AttachmentView attachment(Attachment a) {
    return new AttachmentView(a.fileName(), a.mediaType(), a.size());
  }

  private static TimelineEntry entry(PetitionEvent e, Messages messages) {
    return new TimelineEntry(
        e.at(), e.type().name(), e.to().name(), messages.get("event." + e.type().name()), e.note());
  }
}
