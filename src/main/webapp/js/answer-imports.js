// can-bo/nhap-tra-loi.html: imports of answers from an old portal, for administrators — upload a
// JSON Lines or CSV file, then follow each import's progress and its per-row report (refreshed
// every 2 s while one runs).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get, upload } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const form = document.getElementById('imports-form');
const fileInput = document.getElementById('imports-file');
const list = document.getElementById('imports-list');
let imports = [];
let timer = null;

function importElement(i) {
  const section = document.createElement('section');
  section.className = 'inset';
  const heading = document.createElement('h3');
  heading.textContent = `#${i.id} · ${i.fileName} · ${formatDateTime(i.createdAt)} · ${i.createdBy}`;
  const progress = document.createElement('progress');
  progress.max = Math.max(1, i.bytes);
  progress.value = i.bytesDone;
  progress.hidden = i.state === 'DONE' || i.state === 'FAILED';
  const counts = document.createElement('p');
  counts.textContent = t('imports.summary', { ...i, state: t(`imports.state.${i.state}`) });
  section.append(heading, progress, counts);
  if (i.problem) {
    const problem = document.createElement('p');
    problem.className = 'error-message';
    problem.textContent = i.problem;
    section.append(problem);
  }
  if (i.errors.length > 0) {
    const rows = document.createElement('ul');
    for (const e of i.errors) {
      const li = document.createElement('li');
      li.textContent = `${t('imports.line', { line: e.line })}${e.legacyId ? ` (${e.legacyId})` : ''}: ${e.message}`;
      rows.append(li);
    }
    section.append(rows);
  }
  return section;
}

function show() {
  list.replaceChildren(...imports.map(importElement));
  document.getElementById('imports-none').hidden = imports.length > 0;
  clearTimeout(timer);
  if (imports.some((i) => i.state === 'QUEUED' || i.state === 'RUNNING')) {
    timer = setTimeout(load, 2000);
  }
}

async function load() {
  try {
    imports = await get('api/admin/answer-imports');
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = fileInput.files[0];
  if (!file) {
    showErrorSummary(summary, { title: t('imports.noFile'), items: [{ text: t('imports.noFile'), target: fileInput }] });
    return;
  }
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/x-ndjson';
  try {
    await upload(`api/admin/answer-imports?name=${encodeURIComponent(file.name)}`, type, file);
    hideErrorSummary(summary);
    form.reset();
    await load();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
});
onLanguageChange(() => show());

await startOfficerPage();
await load();
