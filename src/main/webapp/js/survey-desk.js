// can-bo/danh-gia.html: the single-use survey token of a desk file just served (its QR code and
// short link to print on the receipt), and, for administrators, the kiosks: register one (its
// set-up link with the secret is shown once), list them, stop one.

import { t, onLanguageChange, language, formatDateTime } from './i18n.js';
import { ApiError } from './api.js';
import { get, post, hasRole } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const SVG = 'http://www.w3.org/2000/svg';
const summary = document.getElementById('error-summary');
const $ = (id) => document.getElementById(id);

function fail(form, error, controls) {
  const items = (error instanceof ApiError ? error.violations : []).map((v) => {
    const control = controls[v.field];
    if (control) {
      showFieldError(control.closest('.form-group'), [v.message]);
    }
    return { text: v.message, target: control };
  });
  showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
}

function drawQr(svg, qr) {
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(qr.size));
  background.setAttribute('height', String(qr.size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qr.path);
  svg.replaceChildren(background, path);
}

let issued = null;

function showIssued() {
  if (!issued) {
    return;
  }
  $('issued-title').textContent = t('surveys.desk.issued', { receipt: issued.receiptNumber });
  drawQr($('issued-qr'), issued.qr);
  $('issued-token').textContent = issued.token;
  $('issued-url').href = issued.url;
  $('issued-url').textContent = issued.url;
  $('issued-expires').textContent = t('surveys.desk.expires', { at: formatDateTime(issued.expiresAt) });
  $('issued').hidden = false;
}

async function fillSurveys(select, preferred) {
  const surveys = await get('api/surveys');
  select.replaceChildren(
    ...surveys.map((s) => {
      const o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.title;
      return o;
    }),
  );
  select.value = preferred;
}

const tokenForm = $('token-form');
tokenForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideErrorSummary(summary);
  clearFieldErrors(tokenForm);
  const body = { receiptNumber: $('receipt').value.trim(), survey: $('survey').value };
  if ($('procedure').value.trim()) {
    body.procedureCode = $('procedure').value.trim();
  }
  if ($('desk').value.trim()) {
    body.desk = $('desk').value.trim();
  }
  $('issue').disabled = true;
  try {
    issued = await post('api/survey-tokens', body);
    showIssued();
    $('issued').focus();
  } catch (error) {
    fail(tokenForm, error, {
      receiptNumber: $('receipt'),
      procedureCode: $('procedure'),
      desk: $('desk'),
      survey: $('survey'),
    });
  } finally {
    $('issue').disabled = false;
  }
});
$('print').addEventListener('click', () => window.print());

// --- kiosks (administrators) ---------------------------------------------------------------------

function kioskRow(k) {
  const tr = document.createElement('tr');
  const cells = [
    ['surveys.kiosks.code', k.code],
    ['surveys.kiosks.agency', `${k.agencyName} (${k.agency})`],
    ['surveys.kiosks.desk', k.desk],
    ['surveys.desk.survey', k.survey],
    ['surveys.kiosks.state', t(k.active ? 'surveys.kiosks.active' : 'surveys.kiosks.inactive')],
  ];
  for (const [label, value] of cells) {
    const td = document.createElement('td');
    td.dataset.label = t(label);
    td.textContent = value;
    tr.append(td);
  }
  const action = document.createElement('td');
  if (k.active) {
    const stop = document.createElement('button');
    stop.type = 'button';
    stop.className = 'button button--secondary button--small';
    stop.textContent = t('surveys.kiosks.deactivate');
    stop.addEventListener('click', async () => {
      try {
        await post(`api/kiosks/${encodeURIComponent(k.code)}/deactivate`, {});
        await loadKiosks();
      } catch (error) {
        fail(kioskForm, error, {});
      }
    });
    action.append(stop);
  }
  tr.append(action);
  return tr;
}

async function loadKiosks() {
  const kiosks = await get('api/kiosks');
  $('kiosk-rows').replaceChildren(...kiosks.map(kioskRow));
}

const kioskForm = $('kiosk-form');
kioskForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideErrorSummary(summary);
  clearFieldErrors(kioskForm);
  $('register').disabled = true;
  try {
    const registered = await post('api/kiosks', {
      agency: $('kiosk-agency').value,
      desk: $('kiosk-desk').value.trim(),
      survey: $('kiosk-survey').value,
    });
    const link = new URL(`../${registered.setupUrl}`, window.location.href).href;
    $('setup-url').href = link;
    $('setup-url').textContent = link;
    $('registered').hidden = false;
    $('registered').focus();
    await loadKiosks();
  } catch (error) {
    fail(kioskForm, error, { agency: $('kiosk-agency'), desk: $('kiosk-desk'), survey: $('kiosk-survey') });
  }
  $('register').disabled = false;
});

await startOfficerPage();
await fillSurveys($('survey'), 'desk-evaluation').catch(() => {});
if (hasRole('ADMIN')) {
  await fillSurveys($('kiosk-survey'), 'kiosk').catch(() => {});
  const agencies = await get('api/agencies');
  $('kiosk-agency').replaceChildren(
    ...agencies.map((a) => {
      const o = document.createElement('option');
      o.value = a.code;
      o.textContent = `${a.name} (${a.code})`;
      return o;
    }),
  );
  await loadKiosks();
}
onLanguageChange(async () => {
  showIssued();
  await fillSurveys($('survey'), $('survey').value).catch(() => {});
  if (hasRole('ADMIN')) {
    await loadKiosks();
  }
  document.documentElement.lang = language();
});
