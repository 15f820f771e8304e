// gui-phan-anh.html: while the citizen writes the title and content of a petition, suggests up to
// five published answers that may already answer it (More-Like-This on the public index), after a
// pause in typing. Links open in a new tab so the form is not lost.

import { t, onLanguageChange } from './i18n.js';
import { getJson } from './api.js';

const section = document.getElementById('similar-answers');
const list = document.getElementById('similar-answers-list');
const title = document.getElementById('title');
const content = document.getElementById('content');
const DELAY_MS = 700;
const MIN_LETTERS = 12;

let timer = null;
let asked = '';

function text() {
  return `${title?.value ?? ''} ${content?.value ?? ''}`.trim().slice(0, 4000);
}

async function suggest() {
  const now = text();
  if (now.replace(/\s+/g, '').length < MIN_LETTERS || now === asked) {
    section.hidden = now.replace(/\s+/g, '').length < MIN_LETTERS ? true : section.hidden;
    return;
  }
  asked = now;
  try {
    const result = await getJson(`api/answers/similar?max=5&text=${encodeURIComponent(now)}`);
    if (asked !== now) {
      return;
    }
    list.replaceChildren(
      ...result.hits.map((hit) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = hit.title;
        const meta = document.createElement('span');
        meta.className = 'secondary-text';
        meta.textContent = ` – ${hit.agencyName}`;
        li.append(link, meta);
        return li;
      }),
    );
    section.hidden = result.hits.length === 0;
  } catch {
    section.hidden = true;
  }
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(suggest, DELAY_MS);
}

if (section && list) {
  title?.addEventListener('input', later);
  content?.addEventListener('input', later);
  onLanguageChange(() => {
    section.setAttribute('aria-label', t('answers.similar.heading'));
  });
}
