package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTimingsTest {

  @Path("inbox")
  static class Inbox {
    @GET
    public void list() {}

    @GET
    @Path("{code: [A-Z0-9-]+}")
    public void one() {}

    @GET
    @Path("/{year: \\d{4}}/official/")
    public void official() {}
  }

  @Test
  void the_route_is_the_template_of_class_and_method() throws Exception {
    assertThat(RouteTimings.route(Inbox.class, Inbox.class.getMethod("list")))
        .isEqualTo("/api/inbox");
    assertThat(RouteTimings.route(Inbox.class, Inbox.class.getMethod("one")))
        .isEqualTo("/api/inbox/{code}");
  }

  @Test
  void regular_expressions_are_removed_even_with_nested_braces() throws Exception {
    assertThat(RouteTimings.route(Inbox.class, Inbox.class.getMethod("official")))
        .isEqualTo("/api/inbox/{year}/official");
    assertThat(RouteTimings.stripRegex("a/{ id : \\d{1,3} }/b/{x}")).isEqualTo("a/{id}/b/{x}");
  }

  public record Answer(
      java.util.List<vn.pakn.surveys.control.SurveyResponses.EntryResult> results) {}

  @Test
  void kiosk_entry_results_are_read_from_the_answer_record() {
    var stored =
        new vn.pakn.surveys.control.SurveyResponses.EntryResult(
            "c1", vn.pakn.surveys.control.SurveyResponses.Status.values()[0], true, null);
    assertThat(RouteTimings.entryResults(new Answer(java.util.List.of(stored, stored)))).hasSize(2);
    assertThat(RouteTimings.entryResults("not a record")).isEmpty();
    assertThat(RouteTimings.entryResults(null)).isEmpty();
  }

  @Test
  void requests_no_method_matched_share_one_route() {
    assertThat(RouteTimings.route(null, null)).isEqualTo(RouteTimings.UNMATCHED);
    assertThat(RouteTimings.route(Inbox.class, null)).isEqualTo(RouteTimings.UNMATCHED);
  }
}
