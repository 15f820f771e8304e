// xac-thuc.html: anyone checks a signed PDF. The file goes to POST /api/signatures/validation as the
// request body and is not kept; the verdict, each signature's facts and the technical report are
// shown with textContent only (a certificate's names are data, never markup).

import { start, t, onLanguageChange, formatDateTime } from './i18n.js';
import { call } from './api.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const form = document.getElementById('verify-form');
const input = document.getElementById('document');
const summary = document.getElementById('error-summary');
const loading = document.getElementById('loading');
const result = document.getElementById('result');

let lastFile = null;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function yesNo(value) {
  if (value === true) {
    return t('verify.yes');
  }
  return value === false ? t('verify.no') : t('verify.unknown');
}

function row(list, label, value) {
  const div = element('div', null, 'summary-list__row');
  div.append(element('dt', label), element('dd', value));
  list.append(div);
}

function show(report) {
  document.getElementById('result-title').textContent = report.title;
  document.getElementById('result-summary').textContent = report.summary;
  result.dataset.verdict = report.verdict;
  const signatures = document.getElementById('result-signatures');
  signatures.replaceChildren();
  report.signatures.forEach((s, i) => {
    const section = element('section', null, 'signature');
    section.dataset.verdict = s.verdict;
    section.append(element('h3', t('verify.signature', { n: i + 1 })));
    section.append(element('p', s.summary, 'signature__reason'));
    const list = element('dl', null, 'summary-list');
    row(list, t('verify.signedBy'), s.signedBy || t('verify.unknown'));
    row(list, t('verify.organization'), s.organization || t('verify.unknown'));
    row(list, t('verify.signedAt'), s.signedAt ? formatDateTime(s.signedAt) : t('verify.unknown'));
    row(list, t('verify.timestamped'), yesNo(s.timestamped));
    row(list, t('verify.unchanged'), yesNo(!s.changedAfterSigning));
    row(list, t('verify.trusted'), yesNo(s.chainsToTrustAnchor));
    row(list, t('verify.validAtSigning'), yesNo(s.certificateValidAtSigning));
    section.append(list);
    signatures.append(section);
  });
  const messages = document.getElementById('result-messages');
  messages.replaceChildren(...report.technicalMessages.map((m) => element('li', m)));
  document.getElementById('result-report').textContent = report.technicalReport || '';
  result.hidden = false;
  document.getElementById('result-title').focus();
}

async function check(file) {
  hideErrorSummary(summary);
  clearFieldErrors(form);
  result.hidden = true;
  loading.textContent = t('verify.loading');
  try {
    const body = await file.arrayBuffer();
    show(
      await call('api/signatures/validation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/pdf' },
        body,
      }),
    );
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  } finally {
    loading.textContent = '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = input.files && input.files[0];
  if (!file) {
    const message = t('verify.file.missing');
    showFieldError(form.querySelector('[data-field="file"]'), [message]);
    showErrorSummary(summary, {
      title: t('verify.missing.title'),
      items: [{ text: message, target: input }],
    });
    return;
  }
  lastFile = file;
  check(file);
});

onLanguageChange(() => {
  if (lastFile && !result.hidden) {
    check(lastFile);
  }
});

start();
