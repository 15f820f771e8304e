package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One edition of the PAR Index scoring scheme (Chỉ số cải cách hành chính; Decision 876/QĐ-BNV 2022
 * for the 2022 edition), read from {@code surveys/par-scheme.<edition>.json}: the component fields
 * with their maximum points, which of them are fed by survey indices and how, and the rating bands
 * of the total. Maxima and weights change between editions, so they are data, not code.
 *
 * <p>A component is scored either as a whole or through its parts; the scored leaves are {@link
 * Item}s (a component without parts is a single item with the component's id).
 */
public record ParScheme(
    int edition,
    Label title,
    Optional<String> legalBasis,
    BigDecimal totalPoints,
    List<Component> components,
    Bands bands) {

  public enum Source {
    /** Entered or imported (CSV) by the reform officer. */
    ENTERED,
    /** Computed from a survey index. */
    SURVEY
  }

  public enum Formula {
    /** points = index × max. */
    INDEX_TIMES_MAX,
    /** points = max × (index − floor) ÷ (1 − floor), within [0, max]. */
    SCALED_ABOVE_FLOOR
  }

  /**
   * @param index the survey index, e.g. {@code sipas.overall} or {@code petitions.satisfactionRate}
   */
  public record Feed(String index, Formula formula, BigDecimal floor) {}

  public record Item(
      String id, Label title, BigDecimal maxPoints, Source source, Optional<Feed> feed) {}

  public record Component(String id, Label title, BigDecimal maxPoints, List<Item> items) {
    public Component {
      items = List.copyOf(items);
    }
  }

  public ParScheme {
    components = List.copyOf(components);
  }

  public List<Item> items() {
    return components.stream().flatMap(c -> c.items().stream()).toList();
  }

  public Optional<Item> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Component> component(String id) {
    return components.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
