package vn.pakn.search.control;

/**
 * How many answers have one value of a facet.
 *
 * @param value what to filter on (an agency or field code, a kind, a year)
 * @param label what to show: the agency or field name; the value itself for kinds and years
 */
public record FacetCount(String value, String label, int count) {}
