// can-bo/van-hanh.html: the operational figures of /api/metrics for administrators of provinces
// that run no Prometheus — petitions by status, deadlines, the mail outbox, sign-ins, kiosks and
// this node's search index (GET /api/admin/operations).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
let figures = null;

function set(id, value) {
  document.getElementById(id).textContent = value ?? t('operations.none');
}

function sum(rows, pick) {
  return rows.reduce((total, row) => total + pick(row), 0);
}

function show() {
  const f = figures;
  const waiting = f.outbox.filter((o) => o.status === 'QUEUED' || o.status === 'SENDING');
  const oldest = waiting.map((o) => o.oldest).filter(Boolean).sort()[0];
  set('ops-readAt', formatDateTime(f.readAt));
  set('ops-petitions', String(sum(f.petitions, (p) => p.count)));
  set('ops-published', String(f.publishedAnswers));
  set('ops-overdue', String(f.clocksOverdue));
  set('ops-dueSoon', String(f.clocksDueSoon));
  set('ops-waiting', String(sum(waiting, (o) => o.count)));
  set('ops-oldest', oldest ? String(Math.round((Date.parse(f.readAt) - Date.parse(oldest)) / 1000)) : null);
  set('ops-failed', String(sum(f.outbox.filter((o) => o.status === 'FAILED'), (o) => o.count)));
  set('ops-locked', String(f.officersLocked));
  set('ops-failedSignIns', String(f.pendingFailedSignIns));
  set('ops-quarantined', String(Object.values(f.quarantinedByReason).reduce((a, b) => a + b, 0)));
  set('ops-indexState', f.search.state);
  set('ops-indexLag', String(Math.max(0, f.search.databaseSequence - Math.max(0, f.search.indexSequence))));
  const body = document.querySelector('#ops-petitions-table tbody');
  body.replaceChildren(
    ...[...f.petitions]
      .sort((a, b) => b.count - a.count)
      .map((p) => {
        const row = document.createElement('tr');
        for (const [text, numeric] of [[p.status, false], [p.channel, false], [p.agencyLevel, false], [String(p.count), true]]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          if (numeric) cell.className = 'numeric';
          row.append(cell);
        }
        return row;
      }),
  );
}

async function load() {
  try {
    figures = await get('api/admin/operations');
    hideErrorSummary(summary);
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

document.getElementById('ops-refresh').addEventListener('click', load);
onLanguageChange(() => figures && show());

await startOfficerPage();
await load();
