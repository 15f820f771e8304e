// tra-loi.html: when the published answer's original was issued as a signed document, says so —
// by whom, for which agency, when — without publishing the original. Self-contained: one element
// (#answer-signed) filled with textContent only.

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { call } from './api.js';

const box = document.getElementById('answer-signed');
const id = new URLSearchParams(window.location.search).get('id') ?? '';
let original = null;

function render() {
  const text = document.createElement('p');
  text.textContent = t('answerSignature.text', {
    number: original.documentNumber,
    agency: original.agency ?? '',
    signer: original.signerName,
    title: original.signerTitle,
    at: formatDateTime(original.signedAt),
  });
  const link = document.createElement('a');
  link.href = 'xac-thuc.html';
  link.textContent = t('signedAnswer.verify');
  const more = document.createElement('p');
  more.append(link);
  box.replaceChildren(text, more);
  box.hidden = false;
}

async function load() {
  if (!box || !/^\d{1,18}$/.test(id)) {
    return;
  }
  try {
    original = await call(`api/signatures/published-answers/${id}`);
    render();
  } catch {
    box.hidden = true;
  }
}

onLanguageChange(() => original && render());
load();
