package vn.pakn.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The mail templates packaged in the WAR ({@code mail-templates/} on the class path), loaded and
 * validated at start-up: a broken template, or a message a component sends ({@link MailCatalogue})
 * without templates, throws here and stops the deployment instead of a mail.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoadedMailTemplates {

  static final String ROOT = "mail-templates";
  private static final Logger LOG = Logger.getLogger(LoadedMailTemplates.class.getName());

  @Inject MailConfiguration configuration;
  @Inject @Any Instance<MailCatalogue> catalogues;

  private volatile MailRenderer renderer;

  @PostConstruct
  void load() {
    MailTemplates templates;
    try {
      templates = MailTemplates.fromClasspath(getClass().getClassLoader(), ROOT);
      List<MailMessage> sent = new ArrayList<>();
      catalogues.forEach(c -> sent.addAll(c.messages()));
      List<TemplateProblem> missing = templates.missing(sent);
      if (!missing.isEmpty()) {
        throw new MailTemplateException(templates.origin(), missing);
      }
    } catch (MailTemplateException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
    renderer = new MailRenderer(templates, configuration.sharedValues());
    LOG.info(
        () ->
            "mail templates loaded from "
                + templates.origin()
                + "; mails are "
                + (configuration.sending()
                    ? "sent through " + configuration.smtp().orElseThrow()
                    : "kept, not sent (no pakn.mail.smtp.host)"));
  }

  public MailRenderer renderer() {
    return renderer;
  }
}
