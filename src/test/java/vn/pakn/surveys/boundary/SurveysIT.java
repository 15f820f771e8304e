package vn.pakn.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Deployments;

/** The survey definitions packaged from {@code surveys/}, as kiosks and partners read them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveysIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void theSurveysInForceAreListedWithTheirVersionAndTitleInTheCallersLanguage() {
    JsonArray vi = (JsonArray) api.get("api/surveys").structure();
    assertThat(vi.stream().map(s -> s.asJsonObject().getString("id")))
        .containsExactlyInAnyOrder("desk-evaluation", "sipas", "kiosk", "petition-handling");
    assertThat(vi.stream().map(s -> s.asJsonObject().getInt("version"))).containsOnly(1);
    assertThat(api.get("api/surveys").body()).contains("Đánh giá mức độ hài lòng tại quầy");
    assertThat(api.get("api/surveys", "Accept-Language", "en").body())
        .contains("Satisfaction at the desk");
  }

  @Test
  void aDefinitionIsServedWholeAndAnUnknownOneIsAProblem() {
    var kiosk = api.get("api/surveys/kiosk").json();
    assertThat(kiosk.getString("id")).isEqualTo("kiosk");
    assertThat(kiosk.getJsonArray("questions")).isNotEmpty();
    assertThat(api.get("api/surveys/desk-evaluation?version=1").json().getInt("version"))
        .isEqualTo(1);

    var unknown = api.get("api/surveys/no-such-survey");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("type")).isEqualTo("urn:pakn:problem:survey-not-found");
    var badVersion = api.get("api/surveys/kiosk?version=99");
    assertThat(badVersion.status()).isEqualTo(400);
    assertThat(badVersion.violatedFields()).containsExactly("version");
  }
}
