/**
 * Operating the system: application metrics for Prometheus, an administrators' status page with the
 * same figures, and the start-up check that refuses an unsafe production configuration.
 *
 * <p>Business figures (petitions by status, clocks overdue, outbox backlog, index lag, locked
 * accounts, quarantined kiosk entries) are gauges read from the database with a few grouped queries
 * at most once every {@code pakn.operations.refreshInterval}, so a scrape every second costs almost
 * nothing and no other component has to count anything for us. Only what the database does not keep
 * is counted as it happens: request durations by route template (never the raw URL, so random URLs
 * create no series), refused sign-ins, kiosk entries by outcome and the deadline sweep's runs.
 *
 * <p>One library, Micrometer's Prometheus registry, renders the text format; {@code /api/metrics}
 * is for the scraper (a configured bearer token) and administrators only.
 */
package vn.pakn.operations;
