/**
 * Petition reports: the twice-yearly report to the Prime Minister (Decree 20/2008/NĐ-CP Art. 22:
 * received, accepted, rejected, transferred, answered on time, late) and the petition figures of
 * Decision 766/QĐ-TTg (on-time rate; satisfaction rate = (all − unsatisfied or overdue) ÷ all), per
 * agency and period, computed by SQL aggregates; exported as CSV and XLSX.
 */
package vn.pakn.reports;
