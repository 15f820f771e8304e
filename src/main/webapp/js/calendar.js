// can-bo/lich.html: the working calendar of a year (holidays, compensatory days, swapped days) as
// deadlines count it; for administrators, the year's official data (edited as rows, saved whole)
// and an import of CSV or iCalendar files. Texts through textContent only.

import { t, onLanguageChange } from './i18n.js';
import { ApiError } from './api.js';
import { get, put, upload, hasRole } from './officer-api.js';
import { startOfficerPage, param } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const TYPES = [
  'TET_FIRST',
  'TET_LAST',
  'NATIONAL_DAY_SECOND',
  'EXTRA_DAY_OFF',
  'WORKING_WEEKEND_DAY',
  'LOCAL_DAY_OFF',
];

const summary = document.getElementById('error-summary');
const yearInput = document.getElementById('year');
const rows = document.getElementById('official-rows');
let shownYear = null;
let revision = 0;

const vietnameseDate = (iso) => iso.split('-').reverse().join('/');

function fail(error) {
  const problem = error instanceof ApiError ? error : null;
  const items = (problem ? problem.violations : []).map((v) => ({
    text: `${v.field}: ${v.message}`,
  }));
  showErrorSummary(summary, { ...describeFailure(problem), items });
}

function text(tag, content) {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

async function showYear(year) {
  hideErrorSummary(summary);
  clearFieldErrors(document.getElementById('year-form'));
  try {
    const calendar = await get(`api/calendar/${encodeURIComponent(year)}`);
    shownYear = calendar.year;
    document.getElementById('days-title').textContent = t('calendar.daysOf', { year: calendar.year });
    document.getElementById('day-rows').replaceChildren(
      ...calendar.days.map((day) => {
        const tr = document.createElement('tr');
        tr.append(
          text('td', vietnameseDate(day.date)),
          text('td', t(`calendar.type.${day.type}`)),
          text('td', day.name),
        );
        return tr;
      }),
    );
    document.getElementById('days').hidden = false;
    history.replaceState(null, '', `?year=${calendar.year}`);
    if (hasRole('ADMIN')) {
      await showOfficial(calendar.year);
    }
  } catch (error) {
    if (error instanceof ApiError) {
      const message = error.violations.find((v) => v.field === 'year')?.message;
      if (message) {
        showFieldError(yearInput.closest('.form-group'), [message]);
      }
    }
    fail(error);
  }
}

function officialRow(day = { date: '', type: 'EXTRA_DAY_OFF', name: '', legalReference: '' }) {
  const tr = document.createElement('tr');
  const cell = (control, label) => {
    control.setAttribute('aria-label', t(label));
    const td = document.createElement('td');
    td.append(control);
    return td;
  };
  const date = document.createElement('input');
  date.type = 'date';
  date.className = 'input input--date';
  date.value = day.date;
  date.dataset.name = 'date';
  const type = document.createElement('select');
  type.className = 'select';
  type.dataset.name = 'type';
  for (const value of TYPES) {
    const option = text('option', t(`calendar.official.type.${value}`));
    option.value = value;
    option.selected = value === day.type;
    type.append(option);
  }
  const name = document.createElement('input');
  name.className = 'input';
  name.value = day.name;
  name.maxLength = 200;
  name.dataset.name = 'name';
  const reference = document.createElement('input');
  reference.className = 'input';
  reference.value = day.legalReference;
  reference.maxLength = 300;
  reference.dataset.name = 'legalReference';
  const remove = text('button', t('calendar.official.remove'));
  remove.type = 'button';
  remove.className = 'button button--secondary button--small';
  remove.addEventListener('click', () => tr.remove());
  tr.append(
    cell(date, 'calendar.col.date'),
    cell(type, 'calendar.col.type'),
    cell(name, 'calendar.col.name'),
    cell(reference, 'calendar.col.legalReference'),
    cell(remove, 'calendar.official.remove'),
  );
  return tr;
}

async function showOfficial(year) {
  const official = await get(`api/calendar/${year}/official`);
  revision = official.revision;
  document.getElementById('official-title').textContent = t('calendar.official.headingOf', { year });
  document.getElementById('official-revision').textContent = official.updatedBy
    ? t('calendar.official.revision', {
        revision: official.revision,
        by: official.updatedBy,
        at: official.updatedAt.slice(0, 16).replace('T', ' '),
      })
    : t('calendar.official.none');
  rows.replaceChildren(...official.days.map((day) => officialRow(day)));
}

async function saveOfficial() {
  hideErrorSummary(summary);
  const days = [...rows.querySelectorAll('tr')].map((tr) => {
    const day = {};
    for (const control of tr.querySelectorAll('[data-name]')) {
      day[control.dataset.name] = control.value;
    }
    return day;
  });
  try {
    await put(`api/calendar/${shownYear}/official`, { revision, days });
    document.getElementById('official-saved').textContent = t('calendar.official.saved');
    await showYear(shownYear);
  } catch (error) {
    fail(error);
  }
}

async function importFile() {
  hideErrorSummary(summary);
  const file = document.getElementById('import-file').files[0];
  const result = document.getElementById('import-result');
  result.textContent = '';
  if (!file) {
    showErrorSummary(summary, { title: t('calendar.import.noFile') });
    return;
  }
  const ics = file.name.toLowerCase().endsWith('.ics') || file.type === 'text/calendar';
  const reference = document.getElementById('import-reference').value.trim();
  const query = reference ? `?legalReference=${encodeURIComponent(reference)}` : '';
  try {
    const imported = await upload(
      `api/calendar/import${query}`,
      ics ? 'text/calendar; charset=utf-8' : 'text/csv; charset=utf-8',
      await file.text(),
    );
    result.textContent = t('calendar.import.done', {
      years: imported.years.map((y) => `${y.year} (${y.days})`).join(', '),
    });
    if (shownYear) {
      await showYear(shownYear);
    }
  } catch (error) {
    fail(error);
  }
}

async function main() {
  await startOfficerPage();
  const fromAddress = Number(param('year'));
  const year = fromAddress >= 1900 && fromAddress <= 2199 ? fromAddress : new Date().getFullYear();
  yearInput.value = String(year);
  document.getElementById('official').hidden = !hasRole('ADMIN');
  document.getElementById('year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showYear(yearInput.value.trim());
  });
  document.getElementById('add-row').addEventListener('click', () => rows.append(officialRow()));
  document.getElementById('official-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveOfficial();
  });
  document.getElementById('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    importFile();
  });
  onLanguageChange(() => shownYear && showYear(shownYear));
  await showYear(year);
}

main();
