// can-bo/can-bo.html: officers' accounts for administrators — list by agency, create an account
// (the officer gets a link by mail to set a password), change name, mail, agency, roles and whether
// the account is active, and mail a new link (which also resets a forgotten password).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { ApiError } from './api.js';
import { get, post, put, hasRole } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const ROLES = ['RECEIVER', 'HANDLER', 'LEADER', 'REFORM', 'ADMIN'];

const summary = document.getElementById('error-summary');
const done = document.getElementById('done');
const filter = document.getElementById('filter-form');
const form = document.getElementById('account-form');
const rows = document.getElementById('account-rows');

let accounts = [];
let agencies = [];
let editing = null;

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

function cell(label, ...content) {
  const td = element('td');
  td.dataset.label = label;
  td.append(...content);
  return td;
}

function button(text, label, onClick) {
  const b = element('button', 'button button--secondary button--small', text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.addEventListener('click', () => onClick(b));
  return b;
}

function stateTag(account) {
  if (!account.active) {
    return element('strong', 'tag tag--grey', t('accounts.state.inactive'));
  }
  return account.activated
    ? element('strong', 'tag tag--green', t('accounts.state.active'))
    : element('strong', 'tag tag--yellow', t('accounts.state.awaiting'));
}

function row(account) {
  const tr = element('tr');
  const actions = element('div', 'button-group button-group--inline');
  actions.append(
    button(t('accounts.edit'), t('accounts.editLabel', { username: account.username }), () =>
      edit(account),
    ),
  );
  if (account.active) {
    actions.append(
      button(t('accounts.sendLink'), t('accounts.sendLinkLabel', { username: account.username }), (b) =>
        sendLink(account, b),
      ),
    );
  }
  tr.append(
    cell(t('accounts.col.username'), account.username),
    cell(t('accounts.col.name'), account.displayName, element('br'), element('span', 'secondary-text', account.email ?? '')),
    cell(t('accounts.col.agency'), account.agency?.name ?? ''),
    cell(t('accounts.col.roles'), account.roles.map((r) => t(`officer.role.${r}`)).join(', ')),
    cell(t('accounts.col.state'), stateTag(account), element('br'), element('span', 'secondary-text', formatDateTime(account.createdAt))),
    cell(t('accounts.col.actions'), actions),
  );
  return tr;
}

function render() {
  rows.replaceChildren(...accounts.map(row));
  document.getElementById('account-count').textContent = t('accounts.count', { count: accounts.length });
  document.getElementById('roles').replaceChildren(...ROLES.map(roleBox));
  if (editing) {
    fill(editing);
  }
}

function roleBox(role) {
  const item = element('div', 'checkboxes__item');
  const input = element('input', 'checkboxes__input');
  input.type = 'checkbox';
  input.id = `role-${role}`;
  input.name = 'roles';
  input.value = role;
  const label = element('label', 'checkboxes__label', t(`officer.role.${role}`));
  label.htmlFor = input.id;
  item.append(input, label);
  return item;
}

function agencyOptions(select, withAny) {
  const options = agencies.map((a) => {
    const o = element('option', null, a.name);
    o.value = a.code;
    return o;
  });
  if (withAny) {
    const any = element('option', null, t('accounts.filter.any'));
    any.value = '';
    options.unshift(any);
  }
  const kept = select.value;
  select.replaceChildren(...options);
  select.value = kept;
}

function failed(error, target) {
  const items = (error instanceof ApiError ? error.violations : []).map((v) => {
    const input = target?.querySelector(`[data-field="${CSS.escape(v.field)}"]`);
    if (input) {
      showFieldError(input, [v.message]);
    }
    return { text: v.message, target: input?.querySelector('input, select') ?? undefined };
  });
  showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
}

function notify(text) {
  document.getElementById('done-text').textContent = text;
  done.hidden = false;
  done.focus();
}

async function load() {
  hideErrorSummary(summary);
  const agency = filter.elements.agency.value;
  try {
    accounts = (await get(`api/admin/officers${agency ? `?agency=${encodeURIComponent(agency)}` : ''}`)).items;
    render();
  } catch (error) {
    failed(error);
  }
}

async function sendLink(account, b) {
  b.disabled = true;
  done.hidden = true;
  hideErrorSummary(summary);
  try {
    const sent = await post(`api/admin/officers/${encodeURIComponent(account.username)}/activation-link`, {});
    notify(t('accounts.linkSent', { email: account.email, at: formatDateTime(sent.expiresAt) }));
  } catch (error) {
    failed(error);
  } finally {
    b.disabled = false;
  }
}

function fill(account) {
  form.elements.username.value = account.username;
  form.elements.displayName.value = account.displayName;
  form.elements.email.value = account.email ?? '';
  form.elements.agency.value = account.agency?.code ?? '';
  form.querySelectorAll('input[name="roles"]').forEach((box) => {
    box.checked = account.roles.includes(box.value);
  });
  form.elements.active.checked = account.active;
}

function edit(account) {
  editing = account;
  clearFieldErrors(form);
  fill(account);
  form.elements.username.readOnly = true;
  document.getElementById('active-group').hidden = false;
  form.querySelector('[data-field="language"]').hidden = true;
  document.getElementById('cancel').hidden = false;
  document.getElementById('form-heading').textContent = t('accounts.edit.heading', { username: account.username });
  document.getElementById('save').textContent = t('accounts.edit.submit');
  form.elements.displayName.focus();
}

function reset() {
  editing = null;
  form.reset();
  form.elements.username.readOnly = false;
  document.getElementById('active-group').hidden = true;
  form.querySelector('[data-field="language"]').hidden = false;
  document.getElementById('cancel').hidden = true;
  document.getElementById('form-heading').textContent = t('accounts.create.heading');
  document.getElementById('save').textContent = t('accounts.create.submit');
}

function value() {
  const roles = [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);
  const common = {
    displayName: form.elements.displayName.value,
    email: form.elements.email.value,
    agency: form.elements.agency.value,
    roles,
  };
  return editing
    ? { ...common, active: form.elements.active.checked }
    : { ...common, username: form.elements.username.value, language: form.elements.language.value };
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors(form);
  hideErrorSummary(summary);
  done.hidden = true;
  const save = document.getElementById('save');
  save.disabled = true;
  try {
    if (editing) {
      const changed = await put(`api/admin/officers/${encodeURIComponent(editing.username)}`, value());
      reset();
      notify(t('accounts.saved', { username: changed.username }));
    } else {
      const created = await post('api/admin/officers', value());
      reset();
      notify(t('accounts.created', { username: created.username, email: created.email }));
    }
    await load();
  } catch (error) {
    failed(error, form);
  } finally {
    save.disabled = false;
  }
}

async function main() {
  await startOfficerPage();
  if (!hasRole('ADMIN')) {
    document.getElementById('admin-only').hidden = false;
    filter.hidden = true;
    form.hidden = true;
    document.getElementById('account-table').hidden = true;
    document.getElementById('form-heading').hidden = true;
    return;
  }
  agencies = await get('api/agencies');
  agencyOptions(filter.elements.agency, true);
  agencyOptions(form.elements.agency, false);
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  form.addEventListener('submit', save);
  document.getElementById('cancel').addEventListener('click', reset);
  onLanguageChange(() => {
    agencyOptions(filter.elements.agency, true);
    render();
  });
  render();
  await load();
}

main();
