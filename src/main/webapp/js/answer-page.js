// tra-loi.html?id=…: one published answer (the redacted public copy), and similar answers.
// Everything from the API goes in with textContent.

import { start, t, onLanguageChange, formatDateTime } from './i18n.js';
import { getJson } from './api.js';
import { describeFailure, showErrorSummary } from './errors.js';

const id = new URLSearchParams(window.location.search).get('id') ?? '';
const summary = document.getElementById('error-summary');
const title = document.getElementById('answer-title');

function set(elementId, text) {
  document.getElementById(elementId).textContent = text ?? '';
}

async function load() {
  if (!/^\d{1,18}$/.test(id)) {
    title.textContent = t('answers.page.notFound');
    return;
  }
  try {
    const answer = await getJson(`api/answers/${id}`);
    title.textContent = answer.title;
    document.title = `${answer.title} – ${t('common.service')}`;
    set('answer-agency', answer.agencyName);
    set('answer-field', answer.fieldName);
    set('answer-kind', t(`answers.kind.${answer.kind}`));
    set('answer-published', formatDateTime(answer.publishedAt).slice(0, 10));
    set('answer-question', answer.question);
    set('answer-text', answer.answer);
    document.getElementById('answer-sender-row').hidden = !answer.senderName;
    set('answer-sender', answer.senderName);
    document.getElementById('answer').hidden = false;
    similar(answer);
  } catch (error) {
    title.textContent =
      error.status === 410 ? t('answers.page.withdrawn') : t('answers.page.notFound');
    if (error.status !== 404 && error.status !== 410) {
      showErrorSummary(summary, describeFailure(error));
    }
  }
}

async function similar(answer) {
  try {
    const text = `${answer.title} ${answer.question}`.slice(0, 2000);
    const result = await getJson(`api/answers/similar?max=6&text=${encodeURIComponent(text)}`);
    const others = result.hits.filter((h) => h.id !== String(answer.id)).slice(0, 5);
    const list = document.getElementById('answer-similar-list');
    list.replaceChildren(
      ...others.map((hit) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        li.append(link);
        return li;
      }),
    );
    document.getElementById('answer-similar').hidden = others.length === 0;
  } catch {
    // similar answers are a help, not the page
  }
}

onLanguageChange(load);
await start();
await load();
