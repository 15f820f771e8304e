// Working days left until a deadline, on the working calendar the API publishes
// (GET api/calendar/{year}: holidays, compensatory and extra days off, working weekend days), counted
// like the server counts them: the working days after today up to and including the last day
// (0 on the last day itself); once overdue, minus the working days since the last day (at least 1).

const years = new Map();
const DAY = 24 * 3600 * 1000;
const OFF = new Set(['HOLIDAY', 'COMPENSATORY_DAY_OFF', 'EXTRA_DAY_OFF']);

/** The date (yyyy-mm-dd) an instant falls on in Vietnam (UTC+7, no summer time). */
function vietnamDate(ms) {
  return new Date(ms + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Loads the calendars of the given years (once each); a year that fails stays unknown. */
export async function loadYears(list, fetchJson) {
  await Promise.all(
    list
      .filter((year) => !years.has(year))
      .map(async (year) => {
        try {
          const calendar = await fetchJson(`api/calendar/${year}`);
          const off = new Set();
          const working = new Set();
          for (const day of calendar.days ?? []) {
            if (day.type === 'WORKING_WEEKEND_DAY') {
              working.add(day.date);
            } else if (OFF.has(day.type)) {
              off.add(day.date);
            }
          }
          years.set(year, { off, working });
        } catch {
          // without the calendar the page simply shows no count
        }
      }),
  );
}

function isWorking(date) {
  const year = years.get(Number(date.slice(0, 4)));
  if (!year) {
    throw new Error(`calendar ${date.slice(0, 4)} not loaded`);
  }
  if (year.working.has(date)) {
    return true;
  }
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !year.off.has(date);
}

/** Working days after `from` up to and including `to` (dates yyyy-mm-dd, from <= to). */
function between(from, to) {
  let count = 0;
  for (let ms = Date.parse(`${from}T00:00:00Z`) + DAY; ms <= Date.parse(`${to}T00:00:00Z`); ms += DAY) {
    if (isWorking(new Date(ms).toISOString().slice(0, 10))) {
      count += 1;
    }
  }
  return count;
}

/** Working days left until the due instant (ISO-8601), negative once overdue; null if unknown. */
export function workingDaysLeft(dueIso, now = Date.now()) {
  const due = Date.parse(dueIso);
  if (Number.isNaN(due)) {
    return null;
  }
  const today = vietnamDate(now);
  const last = vietnamDate(due - 1000);
  try {
    if (now < due) {
      return today < last ? between(today, last) : 0;
    }
    return -Math.max(1, between(last, today));
  } catch {
    return null;
  }
}

/** The urgency of a count: 'overdue', 'last' (the last day), 'soon' (1–2 days) or 'ok'. */
export function urgency(left) {
  if (left < 0) {
    return 'overdue';
  }
  if (left === 0) {
    return 'last';
  }
  return left <= 2 ? 'soon' : 'ok';
}
