// can-bo/thu-dien-tu.html: the mail outbox for administrators — the latest mails to senders with
// their status, attempts and last error, filtered by recipient and status; a failed mail can be
// sent again. Mails "kept" were rendered but not sent (no SMTP server configured).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { ApiError } from './api.js';
import { get, post, hasRole, url } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const done = document.getElementById('done');
const form = document.getElementById('filter-form');
const rows = document.getElementById('mail-rows');

let mails = [];

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

function row(mail) {
  const tr = element('tr');
  const attempts = mail.status === 'QUEUED' && mail.attempts > 0
    ? t('mails.nextAttempt', { count: mail.attempts, at: formatDateTime(mail.nextAttemptAt) })
    : String(mail.attempts);
  const action = element('div', 'button-group button-group--inline');
  const view = element('button', 'button button--secondary button--small', t('mails.view'));
  view.type = 'button';
  view.setAttribute('aria-label', t('mails.viewLabel', { to: mail.to }));
  view.addEventListener('click', () => show(mail));
  action.append(view);
  if (mail.status === 'FAILED') {
    const again = element('button', 'button button--secondary button--small', t('mails.retry'));
    again.type = 'button';
    again.setAttribute('aria-label', t('mails.retryLabel', { to: mail.to }));
    again.addEventListener('click', () => retry(mail, again));
    action.append(again);
  }
  tr.append(
    cell(t('mails.col.createdAt'), formatDateTime(mail.createdAt)),
    cell(t('mails.col.to'), mail.to),
    cell(t('mails.col.subject'), mail.subject),
    cell(t('mails.col.template'), t(`mails.template.${mail.template}`)),
    cell(t('mails.col.status'), statusTag(mail.status)),
    cell(t('mails.col.attempts'), attempts),
    cell(t('mails.col.lastError'), mail.lastError ?? ''),
    cell(t('mails.col.actions'), action),
  );
  return tr;
}

function render() {
  rows.replaceChildren(...mails.map(row));
  document.getElementById('mail-empty').hidden = mails.length > 0;
  document.getElementById('mail-count').textContent = t('mails.count', { count: mails.length });
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
    mails = (await get(`api/admin/mails?${query}`)).items;
    render();
  } catch (error) {
    failed(error);
  }
}

/** The mail as its recipient gets it: the text part, and the HTML part in a sandbox (no scripts). */
async function show(mail) {
  hideErrorSummary(summary);
  try {
    const content = await get(`api/admin/mails/${mail.id}`);
    document.getElementById('mail-body-subject').textContent = content.mail.subject;
    document.getElementById('mail-body-to').textContent = content.mail.to;
    document.getElementById('mail-body-text').textContent = content.text;
    // served with a policy of its own: the page's policy would block the mail's inline styles
    document.getElementById('mail-body-html').src = url(`api/admin/mails/${mail.id}/html`);
    const section = document.getElementById('mail-body');
    section.hidden = false;
    section.focus();
  } catch (error) {
    failed(error);
  }
}

async function retry(mail, button) {
  button.disabled = true;
  done.hidden = true;
  try {
    await post(`api/admin/mails/${mail.id}/retry`, {});
    document.getElementById('done-text').textContent = t('mails.retried', { to: mail.to });
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
    document.getElementById('mail-table').hidden = true;
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  document.getElementById('mail-body-close').addEventListener('click', () => {
    document.getElementById('mail-body').hidden = true;
  });
  onLanguageChange(render);
  await load();
}

main();
