package vn.pakn.petitions.boundary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.OfficerDirectory;
import vn.pakn.officers.entity.Actor;
import vn.pakn.petitions.entity.Action;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
import vn.pakn.petitions.entity.Sender;
import vn.pakn.platform.control.Messages;

/** A petition as an officer sees it: everything filed, the full trail and the steps open now. */
public record OfficerPetitionView(
    String trackingCode,
    long version,
    String status,
    String statusLabel,
    String kind,
    String subKind,
    String field,
    String channel,
    String procedure,
    String procedureCode,
    String legalDocument,
    String title,
    String content,
    SenderView sender,
    boolean publishName,
    String language,
    OffsetDateTime receivedAt,
    OffsetDateTime due,
    String agency,
    String agencyName,
    String assignee,
    Boolean withinCompetence,
    String rejectionReason,
    String answer,
    boolean extensionRequested,
    Integer extensionDays,
    String satisfaction,
    List<PetitionView.AttachmentView> attachments,
    List<Hop> transferChain,
    List<TrailEntry> trail,
    List<String> allowedActions) {

  public record SenderView(
      String type,
      String name,
      String address,
      String phone,
      String mailingAddress,
      String email,
      String taxCode,
      String textsTo,
      String noTexts,
      List<String> verified) {
    /**
     * @param verified the details the citizens' identity provider vouched for ({@code name}, {@code
     *     email}, {@code phone}): the petition was filed signed in there
     */
    static SenderView of(Sender s, List<String> verified) {
      return new SenderView(
          s.type().name(),
          s.name(),
          s.address(),
          s.phone(),
          s.mailingAddress(),
          s.email(),
          s.taxCode(),
          s.textsTo().orElse(null),
          noTexts(s),
          verified);
    }

    /**
     * Why the sender gets no text messages: NOT_CHOSEN, or why the phone cannot get them (LANDLINE,
     * FOREIGN, WRONG_LENGTH, …); null when texts go out or no phone was given.
     */
    private static String noTexts(Sender s) {
      if (s.textsTo().isPresent() || s.phone() == null) {
        return null;
      }
      var mobile = vn.pakn.notifications.control.MobileNumbers.normalise(s.phone());
      return mobile.isMobile() ? "NOT_CHOSEN" : mobile.refusal().name();
    }
  }

  public record Hop(
      int position, String agency, String agencyName, OffsetDateTime since, String reason) {}

  public record TrailEntry(
      OffsetDateTime at,
      String type,
      String label,
      String from,
      String to,
      String actor,
      String actorAgency,
      boolean publicEvent,
      String note,
      String reasonCode,
      String legalBasis) {}

  static OfficerPetitionView of(
      Petition p, Actor actor, Messages messages, Agencies agencies, OfficerDirectory officers) {
    var agencyIds = new ArrayList<Long>();
    agencyIds.add(p.agencyId());
    p.hops().forEach(h -> agencyIds.add(h.agencyId()));
    p.trail().forEach(e -> agencyIds.add(e.actorAgencyId()));
    Names names =
        Names.of(
            agencies, officers, agencyIds, List.of(p.assigneeId() == null ? -1L : p.assigneeId()));
    return new OfficerPetitionView(
        p.trackingCode(),
        p.version(),
        p.status().name(),
        messages.get("status." + p.status().name()),
        p.kind().name(),
        p.subKind() == null ? null : p.subKind().name(),
        p.fieldCode(),
        p.channel().name(),
        p.procedure(),
        p.procedureCode(),
        p.legalDocument(),
        p.title(),
        p.content(),
        SenderView.of(p.sender(), p.verifiedClaims()),
        p.publishName(),
        p.language(),
        p.receivedAt(),
        p.dueAt(),
        names.agencyCode(p.agencyId()),
        names.agencyName(p.agencyId()),
        names.username(p.assigneeId()),
        p.withinCompetence(),
        p.rejectionReason(),
        p.answer(),
        p.extensionRequested(),
        p.extensionDays(),
        p.satisfaction() == null ? null : p.satisfaction().name(),
        p.attachments().stream()
            .map(a -> new PetitionView.AttachmentView(a.fileName(), a.mediaType(), a.size()))
            .toList(),
        p.hops().stream()
            .map(
                h ->
                    new Hop(
                        h.position(),
                        names.agencyCode(h.agencyId()),
                        names.agencyName(h.agencyId()),
                        h.since(),
                        h.reason()))
            .toList(),
        p.trail().stream().map(e -> entry(e, names, messages)).toList(),
        p.allowedActions(actor).stream().map(Action::name).toList());
  }

  private static TrailEntry entry(PetitionEvent e, Names names, Messages messages) {
    return new TrailEntry(
        e.at(),
        e.type().name(),
        messages.get("event." + e.type().name()),
        e.from() == null ? null : e.from().name(),
        e.to().name(),
        e.actor(),
        names.agencyCode(e.actorAgencyId()),
        e.isPublic(),
        e.note(),
        e.reasonCode(),
        e.legalBasis());
  }
}
