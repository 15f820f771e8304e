// can-bo/hop-thu.html: the officer's inbox. The filters, the sort and the page live in the address
// (?status=RECEIVED,ACCEPTED&overdue=true&sort=DUE&dir=asc&page=2), so a view can be bookmarked,
// shared and reloaded; the table becomes a list of cards on a phone.

import { t, onLanguageChange, formatDate, formatDeadlineDate } from './i18n.js';
import { ApiError } from './api.js';
import { get } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { loadYears, urgency, workingDaysLeft } from './working-days.js';
import { describeFailure, showErrorSummary } from './errors.js';

const PAGE_SIZE = 20;
const SOON_MS = 2 * 24 * 3600 * 1000; // the API's "due soon": within two days
const FINISHED = ['REJECTED', 'ANSWERED', 'PUBLISHED', 'CLOSED'];
const FLAGS = ['assignee', 'dueSoon', 'overdue', 'history'];
const SELECTS = ['field', 'kind', 'channel'];

const form = document.getElementById('filters');
const summary = document.getElementById('error-summary');
const rows = document.getElementById('inbox-rows');
const count = document.getElementById('inbox-count');
const searchInput = document.getElementById('search-q');
const filtersPanel = document.getElementById('filters-panel');

let fields = [];

/** The query of the current address, with defaults. */
function query() {
  const q = new URLSearchParams(window.location.search);
  if (!q.get('sort')) {
    q.set('sort', 'RECEIVED');
    q.set('dir', 'desc');
  }
  return q;
}

function showQueryInForm(q) {
  searchInput.value = q.get('q') || '';
  const statuses = (q.get('status') || '').split(',');
  for (const box of form.querySelectorAll('input[name=status]')) {
    box.checked = statuses.includes(box.value);
  }
  for (const name of FLAGS) {
    form.querySelector(`[name=${name}]`).checked = q.has(name);
  }
  for (const name of SELECTS) {
    form.querySelector(`[name=${name}]`).value = q.get(name) || '';
  }
}

function queryFromForm() {
  const current = query();
  const q = new URLSearchParams();
  const statuses = [...form.querySelectorAll('input[name=status]:checked')].map((b) => b.value);
  if (statuses.length > 0) {
    q.set('status', statuses.join(','));
  }
  for (const name of SELECTS) {
    const value = form.querySelector(`[name=${name}]`).value;
    if (value) {
      q.set(name, value);
    }
  }
  for (const name of FLAGS) {
    const box = form.querySelector(`[name=${name}]`);
    if (box.checked) {
      q.set(name, box.value);
    }
  }
  if (searchInput.value.trim()) {
    q.set('q', searchInput.value.trim());
  }
  q.set('sort', current.get('sort'));
  q.set('dir', current.get('dir'));
  return q;
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

async function loadLists() {
  const [fieldList, kinds] = await Promise.all([get('api/fields'), get('api/petition-kinds')]);
  fields = fieldList;
  for (const [select, list] of [
    [form.querySelector('[name=field]'), fieldList],
    [form.querySelector('[name=kind]'), kinds],
  ]) {
    const keep = select.value || query().get(select.name) || '';
    select.replaceChildren(select.options[0], ...list.map((x) => option(x.code, x.name)));
    select.value = keep;
  }
}

function badge(item) {
  if (item.overdue) {
    return ['badge badge--overdue', t('officer.badge.overdue')];
  }
  const due = item.due ? new Date(item.due).getTime() : NaN;
  if (!FINISHED.includes(item.status) && due >= Date.now() && due - Date.now() < SOON_MS) {
    return ['badge badge--soon', t('officer.badge.dueSoon')];
  }
  return null;
}

function cell(labelKey, ...content) {
  const td = document.createElement('td');
  td.dataset.label = t(labelKey);
  td.append(...content);
  return td;
}

function row(item) {
  const tr = document.createElement('tr');
  if (item.overdue) {
    tr.className = 'row--overdue';
  }
  const link = document.createElement('a');
  link.href = `phan-anh.html?code=${encodeURIComponent(item.trackingCode)}`;
  link.className = 'code';
  link.textContent = item.trackingCode;
  const status = document.createElement('strong');
  status.className = 'tag';
  status.textContent = item.statusLabel;
  const due = document.createElement('span');
  due.textContent = item.due ? formatDeadlineDate(item.due) : '–';
  const flag = badge(item);
  const dueCell = cell('officer.inbox.col.due', due);
  if (flag) {
    const b = document.createElement('strong');
    [b.className, b.textContent] = flag;
    dueCell.append(' ', b);
  }
  const left = item.due && !FINISHED.includes(item.status) ? workingDaysLeft(item.due) : null;
  if (left !== null) {
    const days = document.createElement('span');
    days.className = `days-left days-left--${urgency(left)}`;
    days.textContent =
      left < 0
        ? t('clocks.daysOverdue', { n: -left })
        : left === 0
          ? t('clocks.lastDay')
          : t('clocks.daysLeft', { n: left });
    dueCell.append(' ', days);
  }
  tr.append(
    cell('officer.inbox.col.code', link),
    cell('officer.inbox.col.title', item.title ?? ''),
    cell('officer.inbox.col.status', status),
    cell('officer.inbox.col.field', fields.find((f) => f.code === item.field)?.name ?? item.field ?? ''),
    cell('officer.inbox.col.received', formatDate(item.receivedAt)),
    dueCell,
    cell('officer.inbox.col.assignee', item.assigneeName ?? item.assignee ?? '–'),
  );
  return tr;
}

function showSort(q) {
  for (const th of document.querySelectorAll('th[data-sort]')) {
    const active = th.dataset.sort === q.get('sort');
    if (active) {
      th.setAttribute('aria-sort', q.get('dir') === 'asc' ? 'ascending' : 'descending');
    } else {
      th.removeAttribute('aria-sort');
    }
  }
}

function pageLink(link, q, page, enabled) {
  link.hidden = !enabled;
  const next = new URLSearchParams(q);
  next.set('page', page);
  link.href = `?${next}`;
}

function render(result, q) {
  rows.replaceChildren(...result.items.map(row));
  document.getElementById('inbox-empty').hidden = result.items.length > 0;
  count.textContent = t('officer.inbox.count', { n: result.total });
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const nav = document.getElementById('pagination');
  nav.hidden = pages <= 1;
  document.getElementById('page-position').textContent = t('officer.inbox.position', {
    page: result.page,
    pages,
  });
  pageLink(document.getElementById('page-previous'), q, result.page - 1, result.page > 1);
  pageLink(document.getElementById('page-next'), q, result.page + 1, result.page < pages);
  showSort(q);
}

async function load() {
  const q = query();
  const api = new URLSearchParams(q);
  api.set('size', PAGE_SIZE);
  count.textContent = t('common.loading');
  try {
    const [page] = await Promise.all([
      get(`api/inbox?${api}`),
      loadYears([new Date().getFullYear(), new Date().getFullYear() + 1], get),
    ]);
    render(page, q);
  } catch (error) {
    count.textContent = '';
    showErrorSummary(summary, describeFailure(error instanceof ApiError ? error : null));
  }
}

function go(q) {
  history.pushState(null, '', `?${q}`);
  load();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(queryFromForm());
});

document.getElementById('inbox-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = queryFromForm();
  q.delete('page');
  go(q);
});

for (const button of document.querySelectorAll('[data-sort-button]')) {
  button.addEventListener('click', () => {
    const q = query();
    const sort = button.dataset.sortButton;
    const dir = q.get('sort') === sort && q.get('dir') === 'desc' ? 'asc' : 'desc';
    q.set('sort', sort);
    q.set('dir', dir);
    q.delete('page');
    go(q);
  });
}

window.addEventListener('popstate', () => {
  showQueryInForm(query());
  load();
});

// the form shows the address's filters at once, so nothing ticked while the page loads is undone
showQueryInForm(query());

// The filter panel starts closed, so the list is on the first screen; each officer's choice to keep
// it open is remembered on this device.
const me = await startOfficerPage();
const PANEL_KEY = `pakn.inbox.filtersOpen.${me.username}`;
function remembered() {
  try {
    return localStorage.getItem(PANEL_KEY) === 'true';
  } catch {
    return false;
  }
}
filtersPanel.open = remembered();
filtersPanel.addEventListener('toggle', () => {
  try {
    localStorage.setItem(PANEL_KEY, String(filtersPanel.open));
  } catch {
    // private mode: the panel starts closed next time
  }
});
await loadLists().catch(() => {});
onLanguageChange(async () => {
  await loadLists().catch(() => {});
  load();
});
await load();
