package vn.pakn.operations.control;

import java.time.Instant;

/** For the scrape benchmark (vn.pakn.bench): metrics over fixed figures, no database. */
public final class ApplicationMetricsBench {

  private ApplicationMetricsBench() {}

  public static ApplicationMetrics withFixedFigures() {
    var metrics = new ApplicationMetrics();
    metrics.refreshInterval = "PT1H";
    metrics.database =
        new DatabaseFigures() {
          @Override
          public OperationalFigures read() {
            return ApplicationMetricsTest.figures(Instant.now());
          }
        };
    metrics.create();
    return metrics;
  }
}
