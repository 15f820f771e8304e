package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rating bands that cover a score range exactly once: no gaps, no overlaps, both ends of the range
 * included. Checked when a file is loaded, so every score in range has exactly one band.
 */
public record Bands(List<Band> bands) {

  /** A coverage problem of the band at {@code index} (in the order given). */
  record Finding(int index, String key, List<Object> args) {
    Finding(int index, String key, Object... args) {
      this(index, key, List.of(args));
    }
  }

  public Bands {
    bands = bands.stream().sorted(Comparator.comparing(Band::min)).toList();
  }

  /** The band of a score; empty only for a score outside the covered range. */
  public Optional<Band> bandOf(BigDecimal score) {
    return bands.stream().filter(b -> b.contains(score)).findFirst();
  }

  public Optional<Band> bandOf(double score) {
    return bands.stream().filter(b -> b.contains(score)).findFirst();
  }

  /** What keeps {@code bands} from covering [from, to] exactly once; empty when they do. */
  static List<Finding> coverageProblems(List<Band> bands, BigDecimal from, BigDecimal to) {
    List<Finding> findings = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> bands.get(i).min()));
    Band first = bands.get(order.get(0));
    if (first.min().compareTo(from) != 0 || !first.minInclusive()) {
      findings.add(new Finding(order.get(0), "surveys.bands.start", from));
    }
    Band last = bands.get(order.get(order.size() - 1));
    if (last.max().compareTo(to) != 0 || !last.maxInclusive()) {
      findings.add(new Finding(order.get(order.size() - 1), "surveys.bands.end", to));
    }
    for (int k = 1; k < order.size(); k++) {
      Band previous = bands.get(order.get(k - 1));
      Band next = bands.get(order.get(k));
      int cmp = previous.max().compareTo(next.min());
      if (cmp < 0 || (cmp == 0 && !previous.maxInclusive() && !next.minInclusive())) {
        findings.add(
            new Finding(order.get(k), "surveys.bands.gap", previous.id(), next.id(), next.min()));
      } else if (cmp > 0 || previous.maxInclusive() && next.minInclusive()) {
        findings.add(
            new Finding(
                order.get(k), "surveys.bands.overlap", previous.id(), next.id(), next.min()));
      }
    }
    List<String> ids = bands.stream().map(Band::id).toList();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.indexOf(ids.get(i)) != i) {
        findings.add(new Finding(i, "surveys.json.duplicateId", ids.get(i)));
      }
    }
    return findings;
  }
}
