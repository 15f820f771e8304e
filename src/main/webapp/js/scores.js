// can-bo/diem-cchc.html: satisfaction scores per agency, desk, service or officer for a period
// (from the daily roll-ups; figures under the minimum count are not shown), and the PAR table of the
// period: ranking, components, totals and bands, a chart of the totals (Chart.js from its WebJar,
// loaded as a classic script: window.Chart), CSV/XLSX downloads, and the reform officer's entries.

import { t, onLanguageChange, language } from './i18n.js';
import { ApiError } from './api.js';
import { get, put, post, upload, url, hasRole } from './officer-api.js';
import { startOfficerPage, param } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const $ = (id) => document.getElementById(id);
const summary = $('error-summary');
const form = $('scores-form');
let shown = null;
let chart = null;
let table = null;
let agencies = [];
let surveyTitles = new Map();

/** An agency's name for people, its code only when the name is not known. */
function agencyName(code) {
  return agencies.find((a) => a.code === code)?.name ?? code;
}

const percent = () =>
  new Intl.NumberFormat(language(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = () => new Intl.NumberFormat(language(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function fail(error, controls = {}) {
  const items = (error instanceof ApiError ? error.violations : []).map((v) => {
    const control = controls[v.field];
    if (control) {
      showFieldError(control.closest('.form-group'), [v.message]);
    }
    return { text: v.message, target: control };
  });
  showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
}

/** A figure cell: the value and its 95% interval, or "not shown" under the minimum count. */
function figure(td, f, format) {
  if (!f) {
    td.textContent = '–';
    return;
  }
  if (!f.shown) {
    td.textContent = t('surveys.scores.hidden', { n: f.minimumCount });
    return;
  }
  const interval = document.createElement('span');
  interval.className = 'figure-interval';
  interval.textContent = `${format.format(f.lower)}–${format.format(f.upper)} (n = ${f.count})`;
  td.replaceChildren(document.createTextNode(format.format(f.value)), interval);
}

function groupName(g, by) {
  const agency = `${g.agencyName} (${g.agency})`;
  switch (by) {
    case 'desk':
      return `${agency} – ${g.desk || t('surveys.scores.none')}`;
    case 'service':
      return `${agency} – ${g.procedureCode || t('surveys.scores.none')}`;
    case 'officer':
      return `${agency} – ${g.officer ?? t('surveys.scores.none')}`;
    default:
      return agency;
  }
}

function cell(label, content, numeric = true) {
  const td = document.createElement('td');
  td.dataset.label = t(label);
  if (numeric) {
    td.className = 'numeric';
  }
  if (content !== undefined) {
    td.textContent = content;
  }
  return td;
}

function scoreRows(scores) {
  const rows = [];
  const count = (n) => (n === null || n === undefined ? t('surveys.scores.hiddenCount') : String(n));
  for (const g of scores.groups) {
    const surveys = g.surveys.length > 0 ? g.surveys : [null];
    for (const s of surveys) {
      const tr = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.dataset.label = t('surveys.scores.col.group');
      name.textContent = groupName(g, scores.by);
      tr.append(name);
      tr.append(cell('surveys.scores.col.survey', s ? surveyTitles.get(s.survey) ?? s.survey : '–', false));
      tr.append(cell('surveys.scores.col.responses', s ? count(s.responses) : '–'));
      tr.append(cell('surveys.scores.col.unofficial', s ? count(s.unofficialResponses) : '–'));
      const overall = cell('surveys.scores.col.overall');
      figure(overall, s?.overall, percent());
      tr.append(overall);
      const desk = cell('surveys.scores.col.desk');
      figure(desk, s?.deskScore?.meanPoints, decimal());
      if (s?.deskScore?.bandOfMean) {
        desk.append(document.createTextNode(` · ${t(`surveys.band.${s.deskScore.bandOfMean}`)}`));
      }
      tr.append(desk);
      const petitions = cell('surveys.scores.col.petitions');
      figure(petitions, g.petitionSatisfactionRate, percent());
      tr.append(petitions);
      rows.push(tr);
    }
  }
  return rows;
}

function parHead(t0) {
  const head = [t('surveys.par.col.rank'), t('surveys.kiosks.agency'), ...t0.components.map((c) => `${c.title} (${c.maxPoints})`), t('surveys.par.col.total'), t('surveys.par.col.band')];
  return head.map((text, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    if (i !== 1) {
      th.className = 'numeric';
    }
    return th;
  });
}

function parRow(row) {
  const tr = document.createElement('tr');
  tr.append(cell('surveys.par.col.rank', String(row.rank)));
  const name = document.createElement('th');
  name.scope = 'row';
  name.dataset.label = t('surveys.kiosks.agency');
  name.textContent = `${row.agencyName} (${row.agency})`;
  tr.append(name);
  for (const c of table.components) {
    tr.append(cell(c.title, decimal().format(row.components[c.id])));
  }
  tr.append(cell('surveys.par.col.total', decimal().format(row.total)));
  tr.append(cell('surveys.par.col.band', row.bandLabel));
  return tr;
}

function drawChart() {
  if (!window.Chart || !table) {
    return;
  }
  chart?.destroy();
  chart = new window.Chart($('par-chart'), {
    type: 'bar',
    data: {
      // each bar names its agency and says its value: the table beside holds the same figures
      labels: table.rows.map((r) => `${r.agencyName ?? agencyName(r.agency)}: ${decimal().format(Number(r.total))}`),
      datasets: [{ label: t('surveys.par.col.total'), data: table.rows.map((r) => Number(r.total)), backgroundColor: '#1d70b8' }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { beginAtZero: true, max: Number(table.totalPoints) } },
    },
  });
}

function fillEntryForm() {
  const items = table.components.flatMap((c) => c.items.filter((i) => i.source === 'ENTERED'));
  const select = $('entry-item');
  const keep = select.value;
  select.replaceChildren(
    ...items.map((i) => {
      const o = document.createElement('option');
      o.value = i.id;
      o.textContent = `${i.title} (0–${i.maxPoints})`;
      return o;
    }),
  );
  if (keep) {
    select.value = keep;
  }
  const agency = $('entry-agency');
  const keepAgency = agency.value;
  agency.replaceChildren(
    ...agencies.map((a) => {
      const o = document.createElement('option');
      o.value = a.code;
      o.textContent = `${a.name} (${a.code})`;
      return o;
    }),
  );
  if (keepAgency) {
    agency.value = keepAgency;
  }
}

function renderPar(period) {
  $('par-title').textContent = t('surveys.par.title', { period, title: table.title, edition: table.edition });
  $('par-head').replaceChildren(...parHead(table));
  $('par-rows').replaceChildren(...table.rows.map(parRow));
  $('par-empty').hidden = table.rows.length > 0;
  for (const format of ['csv', 'xlsx']) {
    $(`par-${format}`).href = url(`api/par?period=${encodeURIComponent(period)}&format=${format}`);
  }
  $('par').hidden = false;
  drawChart();
  fillEntryForm();
}

async function show(query, { focus }) {
  hideErrorSummary(summary);
  clearFieldErrors(form);
  $('show').disabled = true;
  try {
    const scores = await get(`api/scores?${query}`);
    $('scores-rows').replaceChildren(...scoreRows(scores));
    $('scores-empty').hidden = scores.groups.length > 0;
    $('scores-note').textContent = t('surveys.scores.note', { n: scores.minimumCount });
    $('scores').hidden = false;
    shown = query;
    history.replaceState(null, '', `?${query}`);
    try {
      table = await get(`api/par?period=${encodeURIComponent(query.get('period'))}`);
      renderPar(query.get('period'));
    } catch (error) {
      $('par').hidden = true;
      if (!(error instanceof ApiError && error.status === 404)) {
        throw error;
      }
    }
    if (focus) {
      $('scores-title').focus();
    }
  } catch (error) {
    fail(error, { period: $('period'), agency: $('agency'), by: $('by') });
  } finally {
    $('show').disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ period: $('period').value.trim(), by: $('by').value });
  if ($('agency').value) {
    query.set('agency', $('agency').value);
  }
  show(query, { focus: true });
});

$('refresh').addEventListener('click', async () => {
  hideErrorSummary(summary);
  try {
    await post('api/scores/refresh', {});
    if (shown) {
      await show(shown, { focus: false });
    }
  } catch (error) {
    fail(error);
  }
});

$('entry-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  hideErrorSummary(summary);
  clearFieldErrors($('entry-form'));
  const item = $('entry-item').value;
  const raw = $('entry-points').value.trim().replace(',', '.');
  const points = Number(raw);
  try {
    if (raw === '' || Number.isNaN(points)) {
      throw new ApiError(400, {
        title: t('surveys.par.invalid'),
        violations: [{ field: 'points', message: t('surveys.par.number') }],
      });
    }
    await put('api/par/entries', { agency: $('entry-agency').value, period: shown.get('period'), points: { [item]: points } });
    $('entry-points').value = '';
    await show(shown, { focus: false });
  } catch (error) {
    const controls = { agency: $('entry-agency'), points: $('entry-points'), [`points.${item}`]: $('entry-points') };
    clearFieldErrors($('entry-form'));
    const items = (error instanceof ApiError ? error.violations : []).map((v) => {
      const control = controls[v.field];
      if (control) {
        showFieldError(control.closest('.form-group'), [v.message]);
      }
      return { text: v.message, target: control };
    });
    showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
  }
});

$('import-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  hideErrorSummary(summary);
  const file = $('import-file').files[0];
  if (!file) {
    showErrorSummary(summary, { title: t('surveys.par.import.none'), items: [{ text: t('surveys.par.import.none'), target: $('import-file') }] });
    return;
  }
  try {
    const result = await upload('api/par/import', 'text/csv; charset=utf-8', await file.text());
    $('import-result').textContent = t('surveys.par.import.done', { n: result.imported });
    await show(shown, { focus: false });
  } catch (error) {
    fail(error);
  }
});

await startOfficerPage();
$('period').value = param('period') || String(new Date().getFullYear());
$('by').value = param('by') || 'agency';
agencies = await get('api/agencies').catch(() => []);
surveyTitles = new Map(
  (await get('api/surveys').catch(() => [])).map((x) => [x.id, x.title]),
);
if (hasRole('REFORM', 'ADMIN')) {
  $('agency').replaceChildren(
    $('agency').options[0],
    ...agencies.map((a) => {
      const o = document.createElement('option');
      o.value = a.code;
      o.textContent = `${a.name} (${a.code})`;
      return o;
    }),
  );
  $('agency').value = param('agency') || '';
}
onLanguageChange(() => shown && show(shown, { focus: false }));
form.requestSubmit();
