package vn.pakn.petitions.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.OfficerDirectory;
import vn.pakn.petitions.control.Inbox;
import vn.pakn.platform.control.Messages;

/**
 * One page of the inbox; {@code total} is exact when {@code totalExact}, otherwise a lower bound
 * (the inbox counts up to {@link Inbox#COUNT_LIMIT}).
 */
public record InboxPage(long total, boolean totalExact, int page, int size, List<Item> items) {

  public record Item(
      String trackingCode,
      String status,
      String statusLabel,
      String kind,
      String field,
      String title,
      String channel,
      OffsetDateTime receivedAt,
      OffsetDateTime due,
      boolean overdue,
      String assignee,
      String assigneeName,
      String agency,
      long version) {}

  static InboxPage of(
      Inbox.Page result,
      int page,
      int size,
      Messages messages,
      Agencies agencies,
      OfficerDirectory officers) {
    List<Inbox.Line> lines = result.items();
    Names names =
        Names.of(
            agencies,
            officers,
            lines.stream().map(Inbox.Line::agencyId).toList(),
            lines.stream().map(Inbox.Line::assigneeId).toList());
    OffsetDateTime now = OffsetDateTime.now();
    return new InboxPage(
        result.total(),
        result.exact(),
        page,
        size,
        lines.stream()
            .map(
                p ->
                    new Item(
                        p.trackingCode(),
                        p.status().name(),
                        messages.get("status." + p.status().name()),
                        p.kind().name(),
                        p.fieldCode(),
                        p.title(),
                        p.channel().name(),
                        p.receivedAt(),
                        p.dueAt(),
                        p.status().isOpen() && p.dueAt() != null && p.dueAt().isBefore(now),
                        names.username(p.assigneeId()),
                        names.displayName(p.assigneeId()),
                        names.agencyCode(p.agencyId()),
                        p.version()))
            .toList());
  }
}
