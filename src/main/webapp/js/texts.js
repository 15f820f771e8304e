// can-bo/tin-nhan.html: the text messages (SMS) of the outbox for administrators — this server's
// connection to the SMS provider (a refused bind is shown with the provider's error), the latest
// texts with their status, delivery receipt, attempts and last error; a failed text can be sent
// again. Texts "kept" were rendered but not sent (no SMS provider configured).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { ApiError } from './api.js';
import { get, post, hasRole } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const done = document.getElementById('done');
const form = document.getElementById('filter-form');
const rows = document.getElementById('text-rows');

let texts = [];
let provider = null;

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

function cell(label, content) {
  const td = element('td');
  td.dataset.label = label;
  td.append(content ?? '');
  return td;
}

function statusTag(status) {
  const colour = { SENT: 'green', FAILED: 'red', QUEUED: 'yellow', SENDING: 'yellow', KEPT: 'grey' }[status];
  return element('strong', `tag tag--${colour}`, t(`mails.status.${status}`));
}

function row(text) {
  const tr = element('tr');
  const attempts = text.status === 'QUEUED' && text.attempts > 0
    ? t('mails.nextAttempt', { count: text.attempts, at: formatDateTime(text.nextAttemptAt) })
    : String(text.attempts);
  const action = element('div', 'button-group button-group--inline');
  if (text.status === 'FAILED') {
    const again = element('button', 'button button--secondary button--small', t('mails.retry'));
    again.type = 'button';
    again.setAttribute('aria-label', t('mails.retryLabel', { to: text.to }));
    again.addEventListener('click', () => retry(text, again));
    action.append(again);
  }
  tr.append(
    cell(t('mails.col.createdAt'), formatDateTime(text.createdAt)),
    cell(t('texts.col.to'), text.to),
    cell(t('texts.col.body'), text.body),
    cell(t('mails.col.status'), statusTag(text.status)),
    cell(t('texts.col.delivery'), text.deliveryStatus ?? ''),
    cell(t('mails.col.attempts'), attempts),
    cell(t('mails.col.lastError'), text.lastError ?? ''),
    cell(t('mails.col.actions'), action),
  );
  return tr;
}

function renderProvider() {
  if (!provider) {
    return;
  }
  const colour = { BOUND: 'green', REFUSED: 'red', UNREACHABLE: 'red', NOT_BOUND: 'grey', NOT_CONFIGURED: 'grey' }[provider.state];
  const state = document.getElementById('provider-state');
  state.className = `tag tag--${colour}`;
  state.textContent = t(`texts.provider.${provider.state}`);
  document.getElementById('provider-since').textContent = provider.since
    ? t('texts.provider.since', { at: formatDateTime(provider.since) }) : '';
  const detail = [provider.detail, provider.state === 'REFUSED' ? t('texts.provider.refusedHelp') : null]
    .filter(Boolean).join(' — ');
  document.getElementById('provider-detail').textContent = detail;
  document.getElementById('provider-settings').textContent = provider.provider
    ? t('texts.provider.settings', { provider: provider.provider, encoding: provider.encoding, maxParts: provider.maxParts })
    : '';
}

function render() {
  renderProvider();
  rows.replaceChildren(...texts.map(row));
  document.getElementById('text-empty').hidden = texts.length > 0;
  document.getElementById('text-count').textContent = t('texts.count', { count: texts.length });
}

function failed(error) {
  showErrorSummary(summary, {
    ...describeFailure(error instanceof ApiError ? error : null),
    items: (error instanceof ApiError ? error.violations : []).map((v) => ({ text: v.message })),
  });
}

async function load() {
  hideErrorSummary(summary);
  const query = new URLSearchParams();
  const to = form.elements.to.value.trim();
  const status = form.elements.status.value;
  if (to) {
    query.set('to', to);
  }
  if (status) {
    query.set('status', status);
  }
  try {
    const list = await get(`api/admin/texts?${query}`);
    texts = list.items;
    provider = list.provider;
    render();
  } catch (error) {
    failed(error);
  }
}

async function retry(text, button) {
  button.disabled = true;
  done.hidden = true;
  try {
    await post(`api/admin/texts/${text.id}/retry`, {});
    document.getElementById('done-text').textContent = t('texts.retried', { to: text.to });
    done.hidden = false;
    await load();
  } catch (error) {
    button.disabled = false;
    failed(error);
  }
}

async function main() {
  await startOfficerPage();
  if (!hasRole('ADMIN')) {
    document.getElementById('admin-only').hidden = false;
    form.hidden = true;
    document.getElementById('provider').hidden = true;
    document.getElementById('text-table').hidden = true;
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  onLanguageChange(render);
  await load();
}

main();
