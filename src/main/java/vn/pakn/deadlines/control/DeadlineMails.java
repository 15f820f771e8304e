package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.deadlines.entity.AlertLevel;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.notifications.control.InvalidMailException;
import vn.pakn.notifications.control.MailAddresses;
import vn.pakn.notifications.control.MailCatalogue;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.VietnamTime;

/**
 * Mails officers about deadlines, in the sweep's transaction: a reminder ({@code
 * deadline-reminder}) when a clock has used half, 80 % of its time or reached its last day — to the
 * petition's handling officer, or when nobody is assigned to the agency's receiving officers (for
 * the approval stage, to its leaders) — and an escalation ({@code deadline-overdue}) to the
 * agency's leaders once it is overdue. Officers work in Vietnamese. Officers without an email, or
 * with an unusable one, are skipped and logged.
 */
@ApplicationScoped
public class DeadlineMails implements MailCatalogue {

  private static final Logger LOG = Logger.getLogger(DeadlineMails.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static final MailMessage REMINDER = new MailMessage("deadline-reminder");
  static final MailMessage OVERDUE = new MailMessage("deadline-overdue");
  public static final Set<MailMessage> MESSAGES = Set.of(REMINDER, OVERDUE);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  void onAlert(@Observes DeadlineAlert alert) {
    if (alert.level() == AlertLevel.NONE) {
      return;
    }
    Petition p = em.find(Petition.class, alert.petitionId());
    if (p == null) {
      return;
    }
    boolean overdue = alert.level() == AlertLevel.OVERDUE;
    List<Officer> to = recipients(alert, p, overdue);
    Agency agency = alert.agencyId() == null ? null : em.find(Agency.class, alert.agencyId());
    Officer handler = p.assigneeId() == null ? null : em.find(Officer.class, p.assigneeId());
    Map<String, String> values =
        variables(
            alert,
            p.trackingCode(),
            p.title(),
            agency == null ? configuration.sharedValues().get("portalName") : agency.name(),
            handler == null ? null : handler.displayName(),
            configuration.publicBaseUrl());
    for (Officer officer : to) {
      if (officer.email() == null || officer.email().isBlank()) {
        continue;
      }
      MailRecipient recipient;
      try {
        recipient = MailAddresses.recipient(officer.email(), officer.displayName());
      } catch (InvalidMailException refused) {
        LOG.warning(() -> "no deadline mail to " + officer.username() + ": unusable email");
        continue;
      }
      Map<String, String> mine = new HashMap<>(values);
      mine.put(overdue ? "recipientName" : "officerName", officer.displayName());
      outbox.enqueue(overdue ? OVERDUE : REMINDER, Messages.VIETNAMESE, recipient, mine, p.id());
    }
  }

  /**
   * The variables of {@code deadline-reminder} or {@code deadline-overdue} but the recipient's
   * name, in Vietnamese.
   */
  static Map<String, String> variables(
      DeadlineAlert alert,
      String trackingCode,
      String title,
      String agencyName,
      String handlerName,
      String publicBaseUrl) {
    Messages messages = Messages.of(Messages.VIETNAMESE);
    Map<String, String> values = new HashMap<>();
    values.put("trackingCode", trackingCode);
    values.put("title", title);
    values.put("stage", messages.get("deadlines.stage." + alert.stage().name()));
    LocalDate lastDay = LocalDate.ofInstant(alert.due().minusSeconds(1), VietnamTime.ZONE);
    values.put("dueDate", "24:00 ngày " + DAY.format(lastDay));
    values.put("agencyName", agencyName);
    values.put(
        "petitionUrl",
        publicBaseUrl
            + "can-bo/phan-anh.html?code="
            + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8));
    if (alert.level() == AlertLevel.OVERDUE) {
      values.put("workingDaysOverdue", String.valueOf(Math.max(1, -alert.workingDaysLeft())));
      if (handlerName != null) {
        values.put("handlerName", handlerName);
      }
    } else {
      values.put("workingDaysLeft", String.valueOf(Math.max(0, alert.workingDaysLeft())));
    }
    return values;
  }

  private List<Officer> recipients(DeadlineAlert alert, Petition p, boolean overdue) {
    if (alert.agencyId() == null) {
      return List.of();
    }
    if (overdue || alert.stage() == Stage.APPROVAL) {
      return officers(alert.agencyId(), Role.LEADER);
    }
    if (p.assigneeId() != null && alert.agencyId().equals(p.agencyId())) {
      Officer handler = em.find(Officer.class, p.assigneeId());
      if (handler != null && handler.isActive()) {
        return List.of(handler);
      }
    }
    return officers(alert.agencyId(), Role.RECEIVER);
  }

  private List<Officer> officers(long agencyId, Role role) {
    return new ArrayList<>(
        em.createQuery(
                "select distinct o from Officer o join o.roles r where o.agencyId = :agency"
                    + " and r = :role and o.active = true order by o.username",
                Officer.class)
            .setParameter("agency", agencyId)
            .setParameter("role", role)
            .getResultList());
  }
}
