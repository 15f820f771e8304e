// can-bo/bao-cao.html: petition figures for a period (Decree 20 Art. 22, twice a year; the rates of
// Decision 766), for a leader's own agency or, for reform officers and administrators, any agency.
// The period defaults to the current half-year in Vietnam time; CSV and XLSX come from the same URL.

import { t, onLanguageChange, language, formatDateTime } from './i18n.js';
import { ApiError } from './api.js';
import { get, url, hasRole } from './officer-api.js';
import { startOfficerPage, param } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const COUNTS = [
  'received',
  'notAccepted',
  'transferred',
  'answered',
  'onTime',
  'early',
  'late',
  'pending',
  'pendingOverdue',
  'unsatisfiedOrLate',
];
const RATES = ['onTimeRate', 'satisfactionRate'];

const form = document.getElementById('report-form');
const summary = document.getElementById('error-summary');
const inputs = {
  from: document.getElementById('from'),
  to: document.getElementById('to'),
  agency: document.getElementById('agency'),
};

let shown = null;

/** 1 Jan–30 Jun or 1 Jul–31 Dec of this year, in Vietnam time. */
export function currentHalfYear(now = new Date()) {
  const [, month, year] = formatDateTime(now.toISOString()).slice(0, 10).split('/').map(Number);
  return month <= 6
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

const vietnameseDate = (iso) => iso.split('-').reverse().join('/');

function cell(column, content, header = false) {
  const c = document.createElement(header ? 'th' : 'td');
  if (header) {
    c.scope = 'row';
  }
  c.dataset.label = t(`officer.report.col.${column}`);
  if (column !== 'agency') {
    c.className = 'numeric';
  }
  c.textContent = content;
  return c;
}

function tableRow(row, total) {
  const numbers = new Intl.NumberFormat(language());
  const percent = new Intl.NumberFormat(language(), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const tr = document.createElement('tr');
  const name = total ? t('officer.report.total') : row.agencyName ? `${row.agencyName} (${row.agency})` : row.agency;
  tr.append(cell('agency', name, true));
  for (const column of COUNTS) {
    tr.append(cell(column, numbers.format(row[column] ?? 0)));
  }
  for (const column of RATES) {
    tr.append(cell(column, row[column] === null || row[column] === undefined ? t('officer.report.noRate') : percent.format(row[column])));
  }
  return tr;
}

function links(query) {
  for (const format of ['csv', 'xlsx']) {
    const q = new URLSearchParams(query);
    q.set('format', format);
    document.getElementById(`download-${format}`).href = url(`api/reports/petitions?${q}`);
  }
}

function render(report, query) {
  document.getElementById('report-title').textContent = t('officer.report.title', {
    from: vietnameseDate(report.from),
    to: vietnameseDate(report.to),
  });
  document.getElementById('report-rows').replaceChildren(...report.rows.map((r) => tableRow(r, false)));
  document.getElementById('report-total').replaceChildren(tableRow(report.total, true));
  document.getElementById('report-empty').hidden = report.rows.length > 0;
  links(query);
  document.getElementById('report').hidden = false;
}

async function show(query, { focus }) {
  hideErrorSummary(summary);
  clearFieldErrors(form);
  const status = document.getElementById('show-report');
  status.disabled = true;
  try {
    render(await get(`api/reports/petitions?${query}`), query);
    shown = query;
    history.replaceState(null, '', `?${query}`);
    if (focus) {
      document.getElementById('report-title').focus();
    }
  } catch (error) {
    const items = (error instanceof ApiError ? error.violations : []).map((v) => {
      const input = inputs[v.field];
      if (input) {
        showFieldError(input.closest('.form-group'), [v.message]);
      }
      return { text: v.message, target: input };
    });
    showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
  } finally {
    status.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['from', 'to'].filter((name) => !inputs[name].value);
  if (missing.length > 0) {
    hideErrorSummary(summary);
    clearFieldErrors(form);
    const items = missing.map((name) => {
      const text = t(`officer.report.${name}.missing`);
      showFieldError(inputs[name].closest('.form-group'), [text]);
      return { text, target: inputs[name] };
    });
    showErrorSummary(summary, { title: t('officer.report.missing'), items });
    return;
  }
  const query = new URLSearchParams({ from: inputs.from.value, to: inputs.to.value });
  if (inputs.agency.value) {
    query.set('agency', inputs.agency.value);
  }
  show(query, { focus: true });
});

async function loadAgencies() {
  const agencies = await get('api/agencies');
  const keep = inputs.agency.value;
  inputs.agency.replaceChildren(
    inputs.agency.options[0],
    ...agencies.map((a) => {
      const o = document.createElement('option');
      o.value = a.code;
      o.textContent = `${a.name} (${a.code})`;
      return o;
    }),
  );
  inputs.agency.value = keep;
}

await startOfficerPage();
const period = currentHalfYear();
inputs.from.value = param('from') || period.from;
inputs.to.value = param('to') || period.to;
if (hasRole('REFORM', 'ADMIN')) {
  document.getElementById('agency-group').hidden = false;
  await loadAgencies().catch(() => {});
  inputs.agency.value = param('agency') || '';
}
onLanguageChange(() => shown && show(shown, { focus: false }));
form.requestSubmit();
