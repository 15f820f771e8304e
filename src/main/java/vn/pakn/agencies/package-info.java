/**
 * Agencies and the fields (lĩnh vực) petitions are routed by. Fields are reference data kept by
 * migrations; the organisation tree (province → departments, districts → communes) is seeded only
 * with the demo data for now.
 */
package vn.pakn.agencies;
