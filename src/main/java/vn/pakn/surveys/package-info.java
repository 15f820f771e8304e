/**
 * Surveys: satisfaction surveys at service desks and on petitions, the indices computed from them,
 * and the PAR scores provinces and agencies are ranked on.
 *
 * <p>The legal basis, cited once here:
 *
 * <ul>
 *   <li>desk evaluation — 9 criteria, 0–2 points each, 18 at most: Decree 61/2018/NĐ-CP Art. 31 and
 *       Circular 01/2018/TT-VPCP (now Decree 118/2025 and Circular 03/2025, to be confirmed);
 *   <li>SIPAS — aspects, criteria, a 5-point scale, satisfied = "satisfied" or "very satisfied":
 *       Decision 2640/QĐ-BNV (2017) and Decision 1001/QĐ-BNV (2023);
 *   <li>PAR Index — 8 component fields, 100 points: Decision 876/QĐ-BNV (2022);
 *   <li>petition satisfaction rate — (handled − unsatisfied or overdue) ÷ handled: Decision
 *       766/QĐ-TTg (2022).
 * </ul>
 *
 * <p>Every fact of the domain brief marked "(confirm)" — the desk bands, the SIPAS aggregation
 * rule, which levels count as satisfied, the PAR maxima, formulas and bands, which answer marks a
 * petition unsatisfied — is configuration: it lives in the versioned files of {@code surveys/}
 * (format in {@code surveys/README.md}), never in code. A file that is not consistent stops
 * start-up with every problem listed.
 *
 * <p>Two decisions shaped the component. First, scores are functions of <em>counts</em> ({@code
 * AnswerCounts}, totals per desk score, petition counts) of the shape SQL {@code GROUP BY} and
 * monthly roll-ups produce; no score is computed by loading responses. Second, respondents'
 * privacy: a figure resting on fewer answers than the configured minimum (10 by default) is
 * reported as "not shown", never as a number, and every shown figure carries its 95% interval.
 *
 * <p>One vote per served case: a token is issued per petition (when its answer is sent) or per desk
 * file (receipt number), only its hash is stored, and it is used in the transaction that stores the
 * response, which keeps no link to it. Kiosks sign each queued entry with their secret (HMAC over
 * the exact payload text) and name it with an id made on the device, so a replay is stored once and
 * a tampered entry is quarantined; kiosk responses without a valid token are kept as unofficial and
 * never enter official scores. Scores read only the roll-ups ({@code MonthlyRollups}): one row per
 * month, grouping level (agency, desk, service, officer) and group, so every period a page offers
 * sums a few rows whatever the number of responses. Each response is listed for the roll-ups in the
 * transaction that stores it (an outbox), a follower on every node adds the listed ones every 20 s,
 * and a full recomputation replaces month by month in parallel sessions ({@code ScoreRollups}).
 *
 * <p>The scoring classes in {@code control} are pure Java, testable without a container.
 */
package vn.pakn.surveys;
