// theo-doi.html: when the petition on screen has a signed answer, offers the signed PDF for download
// and a link to check it (xac-thuc.html). Self-contained: it watches the result section, reads the
// code and key the reader typed, and sends the key only as the X-Access-Key header. The PDF is
// fetched with that header and handed to the browser as a local blob, never through an address.

import { t, onLanguageChange, formatDateTime, language } from './i18n.js';
import { call } from './api.js';

const result = document.getElementById('result');
const box = document.getElementById('signed-answer');
const codeInput = document.getElementById('tracking-code');
const keyInput = document.getElementById('access-key');

let shown = null;

function normalised(value) {
  return (value || '').trim();
}

function path(code) {
  return `api/petitions/${encodeURIComponent(code)}/signed-answer`;
}

async function download(code, key, fileName) {
  const response = await fetch(path(code), {
    headers: { Accept: 'application/pdf', 'X-Access-Key': key, 'Accept-Language': language() },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) {
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function render(code, key, signed) {
  const heading = document.createElement('h3');
  heading.textContent = t('signedAnswer.heading');
  const text = document.createElement('p');
  text.textContent = t('signedAnswer.signed', {
    number: signed.documentNumber,
    signer: signed.signerName,
    title: signed.signerTitle,
    at: formatDateTime(signed.signedAt),
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.id = 'signed-answer-download';
  button.textContent = t('signedAnswer.download');
  button.addEventListener('click', () => download(code, key, signed.fileName));
  const verify = document.createElement('a');
  verify.href = 'xac-thuc.html';
  verify.textContent = t('signedAnswer.verify');
  const links = document.createElement('p');
  links.append(verify);
  box.replaceChildren(heading, text, button, links);
  box.hidden = false;
}

async function refresh() {
  if (!box || result.hidden || document.getElementById('result-answer-section')?.hidden) {
    return;
  }
  const code = normalised(codeInput.value);
  const key = normalised(keyInput.value);
  if (!code || !key) {
    return;
  }
  try {
    const signed = await call(`${path(code)}/summary`, { headers: { 'X-Access-Key': key } });
    if (!signed) {
      // 204: the answer was not signed (the agency has no signing key)
      throw new Error('not signed');
    }
    shown = { code, key, signed };
    render(code, key, signed);
  } catch {
    shown = null;
    box.hidden = true;
    box.replaceChildren();
  }
}

if (result && box) {
  new MutationObserver(() => refresh()).observe(result, {
    attributes: true,
    attributeFilter: ['hidden'],
  });
  onLanguageChange(() => shown && render(shown.code, shown.key, shown.signed));
}
