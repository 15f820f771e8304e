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
 * The SMS templates packaged in the WAR ({@code mail-templates/sms/}), loaded and checked at
 * start-up against the configured encoding and parts budget: a template over its budget, or a
 * message a component sends ({@link TextCatalogue}) without templates, stops the deployment.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoadedTextTemplates {

  static final String ROOT = "mail-templates/sms";
  private static final Logger LOG = Logger.getLogger(LoadedTextTemplates.class.getName());

  @Inject TextConfiguration configuration;
  @Inject @Any Instance<TextCatalogue> catalogues;

  private volatile TextTemplates templates;

  @PostConstruct
  void load() {
    try {
      TextTemplates loaded =
          TextTemplates.fromClasspath(
              getClass().getClassLoader(),
              ROOT,
              configuration.encoding(),
              configuration.maxParts());
      List<TextMessage> sent = new ArrayList<>();
      catalogues.forEach(c -> sent.addAll(c.texts()));
      List<String> missing = loaded.missing(sent);
      if (!missing.isEmpty()) {
        throw new TextTemplates.TextTemplateException("classpath:" + ROOT, missing);
      }
      templates = loaded;
    } catch (TextTemplates.TextTemplateException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
    LOG.info(
        () ->
            "SMS templates loaded ("
                + configuration.encoding()
                + ", at most "
                + configuration.maxParts()
                + " parts); texts are "
                + (configuration.sending()
                    ? "sent through " + configuration.smpp().orElseThrow()
                    : "kept, not sent (no pakn.sms.smpp.host)"));
  }

  public TextTemplates templates() {
    return templates;
  }
}
