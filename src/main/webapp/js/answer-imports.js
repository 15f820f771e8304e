// can-bo/nhap-tra-loi.html: imports of answers from an old portal, for administrators — upload a
// JSON Lines or CSV file, then follow each import's progress and its per-row report (refreshed
// every 2 s while one runs). Rows held back for personal data are reviewed on the spot: each text
// with the redactor's finds marked, and the redacted copy that publishing would show.

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get, post, upload } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const form = document.getElementById('imports-form');
const fileInput = document.getElementById('imports-file');
const list = document.getElementById('imports-list');
let imports = [];
let timer = null;
// import id → the rows waiting for review, once an administrator opened them
const reviews = new Map();

/** The text with the redactor's spans marked (built as nodes: the text is never parsed as HTML). */
function marked(text, spans) {
  const p = document.createElement('p');
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    p.append(text.slice(at, span.start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(span.start, span.end);
    mark.title = t(`publication.category.${span.category}`);
    p.append(mark);
    at = span.end;
  }
  p.append(text.slice(at));
  return p;
}

function reviewElement(i, row) {
  const item = document.createElement('li');
  item.className = 'held-back';
  item.dataset.line = row.line;
  const heading = document.createElement('h4');
  heading.textContent = `${t('imports.line', { line: row.line })}${row.legacyId ? ` (${row.legacyId})` : ''}`;
  item.append(heading);
  for (const part of ['title', 'question', 'answer']) {
    const text = row[part];
    if (!text.text) continue;
    const label = document.createElement('p');
    label.className = 'label';
    label.textContent = t(`imports.review.${part}`);
    const redacted = document.createElement('p');
    redacted.className = 'hint';
    redacted.textContent = `${t('imports.review.redacted')} ${text.redacted}`;
    item.append(label, marked(text.text, text.spans), redacted);
  }
  const publish = document.createElement('button');
  publish.type = 'button';
  publish.className = 'button';
  publish.textContent = t('imports.review.publish');
  publish.disabled = !row.publishable;
  publish.addEventListener('click', () => decide(i, row, 'publish'));
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'button button--secondary';
  discard.textContent = t('imports.review.discard');
  discard.addEventListener('click', () => decide(i, row, 'discard'));
  item.append(publish, ' ', discard);
  return item;
}

async function review(i) {
  try {
    reviews.set(i.id, await get(`api/admin/answer-imports/${i.id}/held-back`));
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

async function decide(i, row, action) {
  try {
    await post(`api/admin/answer-imports/${i.id}/held-back/${row.line}/${action}`, {});
    hideErrorSummary(summary);
    imports = await get('api/admin/answer-imports');
    await review(i);
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

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
  if (i.heldBack > 0 && !reviews.has(i.id)) {
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'button button--secondary';
    open.textContent = t('imports.review.open', { heldBack: i.heldBack });
    open.addEventListener('click', () => review(i));
    section.append(open);
  }
  if (reviews.has(i.id)) {
    const heading = document.createElement('h4');
    heading.textContent = t('imports.review.heading', { heldBack: i.heldBack });
    const rows = document.createElement('ul');
    rows.className = 'held-back-list';
    rows.append(...reviews.get(i.id).map((row) => reviewElement(i, row)));
    section.append(heading, rows);
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
