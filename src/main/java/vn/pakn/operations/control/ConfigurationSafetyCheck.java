package vn.pakn.operations.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment, before any start-up bean touches the database, when {@link
 * ConfigurationSafety} finds the configuration unsafe for production.
 */
public class ConfigurationSafetyCheck implements Extension {

  private static final Logger LOG = Logger.getLogger(ConfigurationSafetyCheck.class.getName());

  void check(@Observes AfterDeploymentValidation validation) {
    Config config = ConfigProvider.getConfig(getClass().getClassLoader());
    var problems = ConfigurationSafety.problems(key -> config.getOptionalValue(key, String.class));
    if (problems.isEmpty()) {
      return;
    }
    String message = ConfigurationSafety.refusal(problems);
    if (config.getOptionalValue(ConfigurationSafety.ALLOW_UNSAFE, Boolean.class).orElse(false)) {
      LOG.warning(message.replace("refuses to start", "starts although") + " (allowed)");
      return;
    }
    LOG.severe(message);
    validation.addDeploymentProblem(new IllegalStateException(message));
  }
}
