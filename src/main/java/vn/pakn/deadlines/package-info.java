/**
 * Deadlines: when a petition's stage is due, counted in working days of Vietnamese state agencies.
 *
 * <p>The legal basis, cited once here:
 *
 * <ul>
 *   <li>working week Monday–Friday: Decision 188/1999/QĐ-TTg;
 *   <li>public holidays: Labour Code 2019 (Law 45/2019/QH14) Art. 112 — 1 January; Tết (five days,
 *       the exact span fixed by the Prime Minister each year); Hùng Kings' day (10/3 lunar); 30
 *       April; 1 May; National Day 2 September plus one adjacent day; a holiday falling on a weekly
 *       day off gives a compensatory day off on the next working day (Art. 111.3);
 *   <li>counting periods: Civil Code 2015 Arts. 145–148 — a period in days starts the day after the
 *       triggering day and ends at 24:00 of its last day;
 *   <li>files received after 15:00 count from the next working day (one-stop practice; to be
 *       confirmed, hence configurable).
 * </ul>
 *
 * <p>Two decisions shaped the component. First, the calendar is <em>computed</em> (weekends, the
 * holidays of Art. 112 with their lunar dates, compensatory days) and then <em>corrected</em> by
 * yearly official data (the Prime Minister's Tết span, swapped working days, extra days off) and
 * provincial days off; it is immutable, so a change of official data builds a new calendar and
 * running deadlines are re-computed from it. Second, lunar dates follow the Vietnamese calendar
 * computed for UTC+7 (Hồ Ngọc Đức's astronomical method), never Chinese tables (UTC+8), which
 * differ on Tết in 1985, 2007, 2030 and 2053.
 *
 * <p>The official data is stored per year as entries ({@code calendar_entry}: date, type, name,
 * legal reference), replaced whole by an administrator and audited ({@code calendar_revision}: who,
 * when, how, and the year's entries after the change as CSV). {@code WorkingCalendars} builds the
 * calendar in force from it, caches it and drops the cache after a committed change (one cache per
 * server: several servers would need a shared signal). Data is checked before anything is stored
 * ({@code OfficialDays}), so an import with one bad line, or a day both off and worked, changes
 * nothing.
 *
 * <p>The lunar, calendar and deadline classes of {@code control} are pure Java, testable without a
 * container.
 *
 * <p>Stage clocks ({@code stage_clock}): every stage of a petition (registration, classification,
 * transfer out of competence, answer, leader approval) at every agency of its transfer chain has a
 * clock, moved by {@code StageClocks} from the petition's own steps ({@code PetitionStepTaken}, in
 * the step's transaction) rather than by calls scattered through the workflow; {@code
 * petition.due_at} follows the earliest running clock. A clock stores only its start and its
 * working days (policy, extensions, paused days); its due and alert thresholds are derived by the
 * calendar, so a calendar change or a new policy version recomputes them, with an audit row. The
 * days come from versioned deadline policies ({@code deadline_policy}, seeded with the law's
 * values; versions are only added, never edited, and a clock keeps the version in force on the day
 * its stage started).
 *
 * <p>Reminders: one sweep ({@code DeadlineSweep}, periodically on every node and on demand for
 * administrators) asks the database for the clocks whose next threshold (50 %, 80 %, the last day,
 * the due) has passed — one indexed column, {@code next_alert_at} — claims them with {@code FOR
 * UPDATE SKIP LOCKED}, records the level reached and fires {@code DeadlineAlert} in the same
 * transaction; the notifications component turns the alerts into mails. A level is announced only
 * when it rises, so re-runs and concurrent nodes send nothing twice.
 */
package vn.pakn.deadlines;
