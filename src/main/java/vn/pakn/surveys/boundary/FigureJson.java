package vn.pakn.surveys.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import vn.pakn.platform.control.Jsons;
import vn.pakn.surveys.control.Figure;

/**
 * A figure as JSON: {@code {"shown": true, "value", "lower", "upper", "count"}}, or {@code
 * {"shown": false, "minimumCount"}} — a hidden figure carries neither value nor count.
 */
final class FigureJson {

  private FigureJson() {}

  static JsonObject of(Figure figure) {
    if (figure instanceof Figure.Shown s) {
      return Jsons.JSON
          .createObjectBuilder()
          .add("shown", true)
          .add("value", round(s.value()))
          .add("lower", round(s.interval().lower()))
          .add("upper", round(s.interval().upper()))
          .add("count", s.count())
          .build();
    }
    return Jsons.JSON
        .createObjectBuilder()
        .add("shown", false)
        .add("minimumCount", ((Figure.NotShown) figure).minimumCount())
        .build();
  }

  static JsonObjectBuilder map(Map<String, Figure> figures) {
    var builder = Jsons.JSON.createObjectBuilder();
    figures.forEach((id, f) -> builder.add(id, of(f)));
    return builder;
  }

  static double round(double value) {
    return Math.round(value * 10_000d) / 10_000d;
  }
}
