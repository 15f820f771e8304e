// can-bo/co-quan.html: the organisation tree (province → departments, districts → communes) as an
// indented list; administrators add agencies and change their names, fields and whether they
// receive petitions. Other officers see the tree only.

import { t, onLanguageChange } from './i18n.js';
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

const summary = document.getElementById('error-summary');
const done = document.getElementById('done');
const createForm = document.getElementById('create-form');
const editForm = document.getElementById('edit-form');

let agencies = [];
let fields = [];
let admin = false;

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function fieldName(code) {
  return fields.find((f) => f.code === code)?.name ?? code;
}

function node(agency) {
  const li = element('li', 'tree__item');
  const line = element('div', 'tree__line');
  const name = element('strong', 'tree__name', agency.name);
  const meta = element('span', 'tree__meta', `${agency.code} · ${t(`officer.level.${agency.level}`)}`);
  line.append(name, ' ', meta);
  if (agency.receivesPetitions) {
    line.append(' ', element('strong', 'tag tag--green', t('officer.agencies.receivesTag')));
  }
  if (admin) {
    const edit = element('button', 'button button--secondary button--small tree__edit', t('officer.agencies.edit'));
    edit.type = 'button';
    edit.setAttribute('aria-label', t('officer.agencies.editLabel', { name: agency.name }));
    edit.addEventListener('click', () => startEditing(agency));
    line.append(' ', edit);
  }
  li.append(line);
  if (agency.fields.length > 0) {
    li.append(
      element(
        'p',
        'tree__fields',
        t('officer.agencies.fieldsList', { fields: agency.fields.map(fieldName).join(', ') }),
      ),
    );
  }
  const children = agencies.filter((a) => a.parent === agency.code);
  if (children.length > 0) {
    const ul = element('ul', 'tree');
    ul.append(...children.map(node));
    li.append(ul);
  }
  return li;
}

function renderTree() {
  const codes = new Set(agencies.map((a) => a.code));
  const roots = agencies.filter((a) => !a.parent || !codes.has(a.parent));
  document.getElementById('tree').replaceChildren(...roots.map(node));
}

function fieldBoxes(form) {
  const box = form.querySelector('[data-fields]');
  const checked = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
  box.replaceChildren(
    ...fields.map((f) => {
      const item = element('div', 'checkboxes__item');
      const input = element('input', 'checkboxes__input');
      input.type = 'checkbox';
      input.name = 'fields';
      input.value = f.code;
      input.id = `${form.id}-field-${f.code}`;
      input.checked = checked.has(f.code);
      const label = element('label', 'checkboxes__label', f.name);
      label.htmlFor = input.id;
      item.append(input, label);
      return item;
    }),
  );
}

function parentOptions() {
  const select = createForm.querySelector('[name=parent]');
  const keep = select.value;
  const none = element('option', '', t('officer.agencies.noParent'));
  none.value = '';
  select.replaceChildren(
    none,
    ...agencies.map((a) => {
      const o = element('option', '', `${a.name} (${a.code})`);
      o.value = a.code;
      return o;
    }),
  );
  select.value = keep;
}

function startEditing(agency) {
  hideErrorSummary(summary);
  clearFieldErrors(editForm);
  editForm.hidden = false;
  document.getElementById('edit-title').textContent = t('officer.agencies.editTitle', { name: agency.name });
  editForm.querySelector('[name=code]').value = agency.code;
  editForm.querySelector('[name=name]').value = agency.name;
  editForm.querySelector('[name=receivesPetitions]').checked = agency.receivesPetitions;
  for (const box of editForm.querySelectorAll('[name=fields]')) {
    box.checked = agency.fields.includes(box.value);
  }
  document.getElementById('edit-title').focus();
}

function values(form) {
  const value = {};
  for (const name of ['code', 'name', 'level', 'parent']) {
    const input = form.querySelector(`[name=${name}]`);
    if (input && input.type !== 'hidden' && input.value.trim() !== '') {
      value[name] = input.value.trim();
    }
  }
  value.receivesPetitions = form.querySelector('[name=receivesPetitions]').checked;
  value.fields = [...form.querySelectorAll('[name=fields]:checked')].map((b) => b.value);
  return value;
}

function showProblem(form, error) {
  const items = (error instanceof ApiError ? error.violations : []).map((v) => {
    const group = form.querySelector(`[data-field="${CSS.escape(v.field)}"]`);
    if (!group) {
      return { text: v.message };
    }
    showFieldError(group, [v.message]);
    const caption = group.querySelector('legend, label')?.textContent ?? v.field;
    return {
      text: t('officer.error.withField', { field: caption, message: v.message }),
      target: group.querySelector('input, select'),
    };
  });
  showErrorSummary(summary, { ...describeFailure(error instanceof ApiError ? error : null), items });
}

async function submit(form, send, messageKey) {
  hideErrorSummary(summary);
  clearFieldErrors(form);
  done.hidden = true;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const saved = await send(values(form));
    await load();
    form.reset();
    if (form === editForm) {
      editForm.hidden = true;
    }
    document.getElementById('done-text').textContent = t(messageKey, { name: saved.name });
    done.hidden = false;
    done.focus();
  } catch (error) {
    showProblem(form, error);
  } finally {
    button.disabled = false;
  }
}

createForm.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(createForm, (value) => post('api/agencies', value), 'officer.agencies.created');
});

editForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = editForm.querySelector('[name=code]').value;
  submit(editForm, (value) => put(`api/agencies/${encodeURIComponent(code)}`, value), 'officer.agencies.saved');
});

document.getElementById('edit-cancel').addEventListener('click', () => {
  editForm.hidden = true;
  clearFieldErrors(editForm);
});

async function load() {
  try {
    [agencies, fields] = await Promise.all([get('api/agencies'), get('api/fields')]);
  } catch (error) {
    showErrorSummary(summary, describeFailure(error instanceof ApiError ? error : null));
    return;
  }
  renderTree();
  if (admin) {
    fieldBoxes(createForm);
    fieldBoxes(editForm);
    parentOptions();
  }
}

await startOfficerPage();
admin = hasRole('ADMIN');
document.getElementById('admin-forms').hidden = !admin;
document.getElementById('admin-only').hidden = admin;
onLanguageChange(load);
await load();
