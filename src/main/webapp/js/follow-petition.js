// theo-doi.html: follow a petition with its tracking code and access key. The code may come in
// the query (?code=), the key only in the fragment (#key=), which never reaches a server or a log;
// the key is then wiped from the address bar so it stays out of history and bookmarks.
// Everything the petition holds is shown with textContent: a petition may contain markup.

import { start, t, onLanguageChange, formatDateTime, formatDeadline, formatSize } from './i18n.js';
import { ApiError, call, getJson } from './api.js';
import { proofOfWorkHeader } from './proof-of-work.js';
import {
  clearFieldErrors,
  describeFailure,
  fileViolations,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
  showProblem,
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
  document.getElementById('result-public-answer').hidden = !petition.publishedAnswerId;
  if (petition.publishedAnswerId) {
    document.getElementById('result-public-link').href =
      `tra-loi.html?id=${encodeURIComponent(petition.publishedAnswerId)}`;
  }
  text('result-next-text', t(`follow.next.${petition.status}`));

  const rejected = petition.status === 'REJECTED' && Boolean(petition.rejectionReason);
  document.getElementById('result-rejection').hidden = !rejected;
  text('result-rejection-reason', petition.rejectionReason);
  document.getElementById('result-rejection-why').hidden = !petition.rejectionLegalBasis;
  text('result-rejection-basis', petition.rejectionLegalBasis);

  const asked = petition.status === 'INFORMATION_REQUESTED';
  document.getElementById('information').hidden = !asked;
  text('information-question', petition.question);

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
  informationSent.hidden = true;
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

// --- answering a request for information ---------------------------------------------------------

const informationForm = document.getElementById('information-form');
const informationText = document.getElementById('information-text');
const informationFiles = document.getElementById('information-files');
const informationSent = document.getElementById('information-sent');
let answering = false;

informationForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (answering || !shown) {
    return;
  }
  clearFieldErrors(informationForm);
  hideErrorSummary(summary);
  const files = [...informationFiles.files];
  const options = { root: informationForm, files, texts: 'follow.information.error.' };
  const early = fileViolations(files, { formatSize });
  if (informationText.value.trim() === '') {
    early.unshift({ field: 'text', message: t('follow.information.error.required.text') });
  }
  if (early.length > 0) {
    showProblem(summary, { title: t('follow.missing.title'), violations: early }, options);
    return;
  }
  answering = true;
  document.getElementById('information-sending').textContent = t('file.sending');
  try {
    const headers = { 'X-Access-Key': shown.key, ...(await proofOfWorkHeader()) };
    const path = `api/petitions/${encodeURIComponent(shown.code)}/information`;
    let petition;
    if (files.length === 0) {
      petition = await call(path, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ text: informationText.value }),
      });
    } else {
      const body = new FormData();
      body.append(
        'information',
        new Blob([JSON.stringify({ text: informationText.value })], { type: 'application/json' }),
        'information.json',
      );
      files.forEach((file) => body.append('attachments', file, file.name));
      petition = await call(path, { method: 'POST', headers, body });
    }
    informationForm.reset();
    await render(petition);
    informationSent.hidden = false;
    informationSent.focus();
  } catch (error) {
    showProblem(summary, error, options);
  } finally {
    answering = false;
    document.getElementById('information-sending').textContent = '';
  }
});

// --- a lost access key ----------------------------------------------------------------------------

const lostForm = document.getElementById('lost-key-form');
const lostCode = document.getElementById('lost-code');
const lostDone = document.getElementById('lost-key-done');

document.getElementById('lost-key').addEventListener('toggle', () => {
  if (document.getElementById('lost-key').open && !lostCode.value) {
    lostCode.value = codeInput.value;
  }
});

lostForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(lostForm);
  hideErrorSummary(summary);
  lostDone.hidden = true;
  if (lostCode.value.trim() === '') {
    showProblem(
      summary,
      { title: t('follow.missing.title'), violations: [{ field: 'trackingCode', message: t('follow.code.missing') }] },
      { root: lostForm },
    );
    return;
  }
  try {
    await call(`api/petitions/${encodeURIComponent(lostCode.value.trim())}/access-key`, {
      method: 'POST',
      headers: await proofOfWorkHeader(),
    });
    lostDone.hidden = false;
    lostDone.focus();
  } catch (error) {
    showProblem(summary, error, { root: lostForm });
  }
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
