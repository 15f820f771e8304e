package vn.pakn.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The mail templates packaged in the WAR ({@code mail-templates/} on the class path), loaded and
 * validated at start-up: a broken template throws here and stops the deployment instead of a mail.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoadedMailTemplates {

  static final String ROOT = "mail-templates";
  private static final Logger LOG = Logger.getLogger(LoadedMailTemplates.class.getName());

  @Inject MailConfiguration configuration;

  private volatile MailRenderer renderer;

  @PostConstruct
  void load() {
    MailTemplates templates;
    try {
      templates = MailTemplates.fromClasspath(getClass().getClassLoader(), ROOT);
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
