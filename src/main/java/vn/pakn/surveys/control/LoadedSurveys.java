package vn.pakn.surveys.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The survey definitions and PAR schemes in force, read and checked once at start-up: from the
 * folder named by {@code pakn.surveys.directory}, or else from the top-level {@code surveys/}
 * folder packaged into the application. A file with any problem stops the deployment with every
 * problem listed, so a broken definition never collects a response.
 */
@Startup
@Singleton
public class LoadedSurveys {

  private static final Logger LOG = Logger.getLogger(LoadedSurveys.class.getName());

  @Inject
  @ConfigProperty(name = "pakn.surveys.directory")
  Optional<String> directory;

  private SurveyDefinitions definitions;
  private ParSchemes schemes;

  @PostConstruct
  void load() {
    Path folder = directory.map(Path::of).orElseGet(LoadedSurveys::packaged);
    definitions = SurveyDefinitions.load(folder);
    schemes = ParSchemes.load(folder);
    LOG.info(
        () ->
            "survey definitions loaded from "
                + folder
                + ": "
                + definitions.summaries().size()
                + " surveys");
  }

  private static Path packaged() {
    var url = LoadedSurveys.class.getClassLoader().getResource("surveys");
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new IllegalStateException(
          "the surveys folder is not packaged as files ("
              + url
              + "); set pakn.surveys.directory to a folder of definitions");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public SurveyDefinitions definitions() {
    return definitions;
  }

  public ParSchemes schemes() {
    return schemes;
  }
}
