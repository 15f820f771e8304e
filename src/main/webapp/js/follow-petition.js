// theo-doi.html: follow a petition with its tracking code and access key. The code may come in
// the query (?code=), the key only in the fragment (#key=), which never reaches a server or a log;
// the key is then wiped from the address bar so it stays out of history and bookmarks.
// Everything the petition holds is shown with textContent: a petition may contain markup.

import { start, t, onLanguageChange, formatDateTime, formatDeadline, formatSize } from './i18n.js';
import { ApiError, getJson } from './api.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const form = document.getElementById('follow-form');
const summary = document.getElementById('error-summary');
const codeInput = document.getElementById('tracking-code');
const keyInput = document.getElementById('access-key');
const result = document.getElementById('result');
const loading = document.getElementById('loading');

let fields = null;
let shown = null; // {code, key} of the petition on screen, to reload it in another language

function prefill() {
  const code = new URLSearchParams(window.location.search).get('code');
  const key = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('key');
  if (code) {
    codeInput.value = code;
  }
  if (key) {
    keyInput.value = key;
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return Boolean(code && key);
}

async function fieldName(code) {
  try {
    fields ??= await getJson('api/fields');
  } catch {
    fields = [];
  }
  return fields.find((f) => f.code === code)?.name ?? code;
}

function text(id, value) {
  document.getElementById(id).textContent = value ?? '';
}

async function render(petition) {
  text('result-title', petition.title);
  text('result-code', petition.trackingCode);
  text('result-status', petition.statusLabel);
  text('result-kind', petition.kindLabel);
  text('result-field', await fieldName(petition.field));
  text('result-received', formatDateTime(petition.receivedAt));
  document.getElementById('result-due-row').hidden = !petition.due;
  text('result-due', petition.due ? formatDeadline(petition.due) : '');
  text('result-due-explanation', petition.dueExplanation);
  text('result-content', petition.content);
  text('result-answer', petition.answer);
  document.getElementById('result-answer-section').hidden = !petition.answer;

  const attachments = petition.attachments ?? [];
  document.getElementById('result-attachments').replaceChildren(
    ...attachments.map((a) => {
      const li = document.createElement('li');
      li.textContent = t('follow.result.attachment', { name: a.fileName, size: formatSize(a.size) });
      return li;
    }),
  );
  document.getElementById('result-no-attachments').hidden = attachments.length > 0;

  document.getElementById('result-timeline').replaceChildren(
    ...(petition.timeline ?? []).map((entry) => {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.className = 'timeline__time';
      time.dateTime = entry.at;
      time.textContent = formatDateTime(entry.at);
      const label = document.createElement('span');
      label.className = 'timeline__label';
      label.textContent = entry.label;
      li.append(time, label);
      if (entry.note) {
        const note = document.createElement('span');
        note.className = 'timeline__note';
        note.textContent = entry.note;
        li.append(note);
      }
      return li;
    }),
  );
  result.hidden = false;
}

function missing() {
  const items = [];
  for (const [input, key] of [
    [codeInput, 'follow.code.missing'],
    [keyInput, 'follow.key.missing'],
  ]) {
    if (input.value.trim() === '') {
      showFieldError(input.closest('.form-group'), [t(key)]);
      items.push({ text: t(key), target: input });
    }
  }
  return items;
}

async function lookUp(code, key, { focusResult }) {
  loading.textContent = t('follow.loading');
  try {
    const petition = await getJson(`api/petitions/${encodeURIComponent(code)}`, {
      'X-Access-Key': key,
    });
    await render(petition);
    shown = { code, key };
    if (focusResult) {
      document.getElementById('result-title').focus();
    }
  } catch (error) {
    result.hidden = true;
    shown = null;
    showErrorSummary(summary, describeFailure(error instanceof ApiError ? error : null));
  } finally {
    loading.textContent = '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  hideErrorSummary(summary);
  const items = missing();
  if (items.length > 0) {
    result.hidden = true;
    showErrorSummary(summary, { title: t('follow.missing.title'), items });
    return;
  }
  lookUp(codeInput.value.trim(), keyInput.value.trim(), { focusResult: true });
});

const ready = prefill();
await start();
onLanguageChange(() => {
  fields = null;
  if (shown) {
    lookUp(shown.code, shown.key, { focusResult: false });
  }
});
if (ready) {
  await lookUp(codeInput.value.trim(), keyInput.value.trim(), { focusResult: true });
}
