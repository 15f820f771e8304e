package vn.pakn.deadlines.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;

class CalendarStartTest {

  static final Instant FRIDAY_16_20_IN_VIETNAM = Instant.parse("2026-02-13T09:20:00Z");

  @Test
  void aLocalTimeIsVietnamTimeAndAnInstantMayCarryAnOffsetOrARegion() {
    for (String text :
        List.of(
            "2026-02-13T16:20",
            "2026-02-13T16:20:00",
            "2026-02-13T09:20:00Z",
            "2026-02-13T16:20+07:00",
            "2026-02-13T10:20+01:00[Europe/Paris]",
            "2026-02-13T16:20:00.000+07:00[Asia/Ho_Chi_Minh]")) {
      List<Violation> problems = new ArrayList<>();
      assertThat(CalendarResource.start(text, problems))
          .as(text)
          .isEqualTo(FRIDAY_16_20_IN_VIETNAM);
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void badTimesAreNamed() {
    assertThat(problem("2026-02-13T16:20[Mars/Olympus]")).isEqualTo("calendar.start.zone");
    assertThat(problem("2026-02-13T16:20 ICT")).isEqualTo("calendar.start.zone");
    assertThat(problem("2026-02-13T16:20+25:00")).isEqualTo("calendar.start.zone");
    assertThat(problem("2026-02-13")).isEqualTo("calendar.start.format");
    assertThat(problem("13/02/2026 16:20")).isEqualTo("calendar.start.format");
    assertThat(problem("2026-02-30T16:20")).isEqualTo("calendar.start.format");
    assertThat(problem("1899-12-31T23:00")).isEqualTo("calendar.date.range");
    assertThat(problem("2199-12-31T17:00:00Z")).isEqualTo("calendar.date.range");
    assertThat(problem("")).isEqualTo("required");
  }

  private static String problem(String text) {
    List<Violation> problems = new ArrayList<>();
    assertThat(CalendarResource.start(text, problems)).isNull();
    assertThat(problems).singleElement().extracting(Violation::field).isEqualTo("start");
    return problems.get(0).key();
  }
}
