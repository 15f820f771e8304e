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

  @Test
  void requests_no_method_matched_share_one_route() {
    assertThat(RouteTimings.route(null, null)).isEqualTo(RouteTimings.UNMATCHED);
    assertThat(RouteTimings.route(Inbox.class, null)).isEqualTo(RouteTimings.UNMATCHED);
  }
}
