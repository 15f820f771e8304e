package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The surveys' configuration keys (README, configuration table). */
@ApplicationScoped
public class SurveySettings {

  @Inject
  @ConfigProperty(name = "pakn.surveys.tokenValidity", defaultValue = "P30D")
  Duration tokenValidity;

  @Inject
  @ConfigProperty(name = "pakn.surveys.kiosk.minInterval", defaultValue = "PT10S")
  Duration kioskMinInterval;

  @Inject
  @ConfigProperty(name = "pakn.surveys.kiosk.maxAge", defaultValue = "P30D")
  Duration kioskMaxAge;

  @Inject
  @ConfigProperty(name = "pakn.surveys.minimumCount", defaultValue = "10")
  int minimumCount;

  @Inject
  @ConfigProperty(name = "pakn.surveys.petitionSurvey", defaultValue = "petition-handling")
  String petitionSurvey;

  @Inject
  @ConfigProperty(name = "pakn.publicBaseUrl", defaultValue = "http://localhost:8080/")
  String publicBaseUrl;

  public Duration tokenValidity() {
    return tokenValidity;
  }

  public Duration kioskMinInterval() {
    return kioskMinInterval;
  }

  public Duration kioskMaxAge() {
    return kioskMaxAge;
  }

  public Suppression suppression() {
    return new Suppression(minimumCount);
  }

  public String petitionSurvey() {
    return petitionSurvey;
  }

  /** The link printed as a QR code or mailed: {@code danh-gia.html?survey=…&token=…}. */
  public String surveyUrl(String surveyId, String token) {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    return base + "danh-gia.html?survey=" + surveyId + "&token=" + token;
  }
}
