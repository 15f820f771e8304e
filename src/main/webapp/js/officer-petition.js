// can-bo/phan-anh.html?code=…: one petition as an officer sees it, and one form for each step the
// server lists in allowedActions (no other form is shown). Every step carries the version the page
// shows; a step taken on a stale page is refused by the server (409) and the page offers a reload
// instead of guessing. Everything the petition holds goes into the page with textContent.

import { t, onLanguageChange, formatDateTime, formatDeadline, formatSize } from './i18n.js';
import { ApiError } from './api.js';
import { get, post, url, hasRole } from './officer-api.js';
import { startOfficerPage, param } from './officer-shell.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showProblem as showRefusal,
} from './errors.js';

const code = param('code') || '';
const summary = document.getElementById('error-summary');
const reload = document.getElementById('reload');
const done = document.getElementById('done');
const forms = [...document.querySelectorAll('form[data-action]')];

let petition = null;
let lists = { fields: [], kinds: [], reasons: [], agencies: [], handlers: null };

// --- lists --------------------------------------------------------------------------------------

async function loadLists() {
  const optional = (promise, fallback) => promise.catch(() => fallback);
  const [fields, kinds, reasons, agencies, handlers] = await Promise.all([
    optional(get('api/fields'), []),
    optional(get('api/petition-kinds'), []),
    optional(get('api/rejection-reasons'), []),
    optional(get('api/agencies'), []),
    hasRole('LEADER', 'RECEIVER') ? optional(get('api/officers?role=HANDLER'), null) : null,
  ]);
  lists = { fields, kinds, reasons, agencies, handlers };
}

const nameOf = (list, value) => list.find((x) => x.code === value)?.name ?? value;

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function fill(select, blankKey, items, selected) {
  select.replaceChildren(option('', t(blankKey)), ...items.map(([value, text]) => option(value, text)));
  select.value = selected ?? '';
}

// --- the petition -------------------------------------------------------------------------------

/** Sets a summary row's value; rows with nothing to show are hidden. */
function value(id, text) {
  const dd = document.getElementById(id);
  dd.textContent = text ?? '';
  dd.closest('.summary-list__row').hidden = text === null || text === undefined || text === '';
}

function dueBadge(p) {
  const open = !['REJECTED', 'ANSWERED', 'PUBLISHED', 'CLOSED'].includes(p.status);
  const due = p.due ? new Date(p.due).getTime() : NaN;
  if (!open || Number.isNaN(due)) {
    return null;
  }
  if (due < Date.now()) {
    return ['badge badge--overdue', t('officer.badge.overdue')];
  }
  return due - Date.now() < 2 * 24 * 3600 * 1000 ? ['badge badge--soon', t('officer.badge.dueSoon')] : null;
}

function renderDetails(p) {
  document.getElementById('p-title').textContent = p.title;
  document.title = `${p.title} – ${t('officer.petition.pageTitle')}`;
  value('p-code', p.trackingCode);
  value('p-status', p.statusLabel);
  const due = document.getElementById('p-due');
  due.closest('.summary-list__row').hidden = false;
  due.textContent = p.due ? formatDeadline(p.due) : '–';
  const badge = dueBadge(p);
  if (badge) {
    const b = document.createElement('strong');
    [b.className, b.textContent] = badge;
    due.append(' ', b);
  }
  value('p-agency', p.agencyName ? `${p.agencyName} (${p.agency})` : p.agency);
  const handler = lists.handlers?.find((h) => h.username === p.assignee);
  value('p-assignee', handler ? `${handler.displayName} (${p.assignee})` : p.assignee);
  const kind = lists.kinds.find((k) => k.code === p.kind);
  value('p-kind', kind?.name ?? p.kind);
  value('p-sub-kind', p.subKind ? nameOf(kind?.subKinds ?? [], p.subKind) : null);
  value('p-field', nameOf(lists.fields, p.field));
  value(
    'p-competence',
    p.withinCompetence === null || p.withinCompetence === undefined
      ? t('officer.petition.competence.unknown')
      : t(p.withinCompetence ? 'officer.petition.competence.yes' : 'officer.petition.competence.no'),
  );
  value('p-channel', t(`officer.channel.${p.channel}`));
  value('p-procedure', p.procedure);
  value('p-procedure-code', p.procedureCode);
  value('p-legal-document', p.legalDocument);
  value('p-received', formatDateTime(p.receivedAt));
  value('p-rejection', p.rejectionReason ? nameOf(lists.reasons, p.rejectionReason) : null);
  value(
    'p-extension',
    p.extensionRequested ? t('officer.petition.extension.requested', { days: p.extensionDays }) : null,
  );
  value('p-satisfaction', p.satisfaction ? t(`officer.satisfaction.${p.satisfaction}`) : null);

  document.getElementById('p-content').textContent = p.content;
  document.getElementById('p-answer').textContent = p.answer ?? '';
  document.getElementById('answer-section').hidden = !p.answer;

  const s = p.sender ?? {};
  value('s-type', s.type ? t(`officer.senderType.${s.type}`) : null);
  value('s-name', s.name);
  value('s-address', s.address);
  value('s-phone', s.phone);
  value('s-mailing-address', s.mailingAddress);
  value('s-email', s.email);
  value('s-tax-code', s.taxCode);
  value('s-publish', t(p.publishName ? 'officer.yes' : 'officer.no'));
  // details the citizens' identity provider vouched for (filed signed in there)
  for (const [claim, id] of [['name', 's-name'], ['email', 's-email'], ['phone', 's-phone']]) {
    if ((s.verified ?? []).includes(claim)) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.dataset.verified = claim;
      tag.textContent = t('officer.petition.verified');
      document.getElementById(id).append(' ', tag);
    }
  }

  const attachments = p.attachments ?? [];
  document.getElementById('p-attachments').replaceChildren(
    ...attachments.map((a, i) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = url(`api/inbox/${encodeURIComponent(p.trackingCode)}/attachments/${i + 1}`);
      link.download = a.fileName;
      link.textContent = t('officer.petition.attachment', { name: a.fileName, size: formatSize(a.size) });
      li.append(link);
      return li;
    }),
  );
  document.getElementById('p-no-attachments').hidden = attachments.length > 0;

  document.getElementById('p-chain').replaceChildren(
    ...(p.transferChain ?? []).map((hop) => {
      const li = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = hop.agencyName ? `${hop.agencyName} (${hop.agency})` : hop.agency;
      li.append(name, ` – ${t('officer.petition.since', { at: formatDateTime(hop.since) })}`);
      if (hop.reason) {
        const reason = document.createElement('span');
        reason.className = 'timeline__note';
        reason.textContent = hop.reason;
        li.append(reason);
      }
      return li;
    }),
  );

  document.getElementById('p-trail').replaceChildren(...(p.trail ?? []).map(trailEntry));
}

function line(className, text) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

function trailEntry(e) {
  const li = document.createElement('li');
  const time = document.createElement('time');
  time.className = 'timeline__time';
  time.dateTime = e.at;
  time.textContent = formatDateTime(e.at);
  li.append(time, line('timeline__label', e.label));
  const who = e.actor
    ? t('officer.trail.by', { actor: e.actor, agency: e.actorAgency ?? '' })
    : t('officer.trail.bySystem');
  li.append(line('timeline__meta', who));
  const to = t(`officer.status.${e.to}`);
  li.append(
    line(
      'timeline__meta',
      e.from && e.from !== e.to ? t('officer.trail.change', { from: t(`officer.status.${e.from}`), to }) : t('officer.trail.status', { to }),
    ),
  );
  if (e.reasonCode) {
    li.append(line('timeline__meta', t('officer.trail.reason', { reason: nameOf(lists.reasons, e.reasonCode) })));
  }
  if (e.note) {
    li.append(line('timeline__note', e.note));
  }
  if (e.legalBasis) {
    li.append(line('timeline__meta', t('officer.trail.legalBasis', { basis: e.legalBasis })));
  }
  return li;
}

// --- the action forms ---------------------------------------------------------------------------

function control(form, name) {
  return form.querySelector(`[name="${name}"]`);
}

function subKindOptions(form, kindCode, selected) {
  const kind = lists.kinds.find((k) => k.code === kindCode);
  fill(
    control(form, 'subKind'),
    'officer.petition.choose.none',
    (kind?.subKinds ?? []).map((s) => [s.code, s.name]),
    selected,
  );
}

/** A text box for the handler's user name, when the list of handlers could not be read. */
function handlerInput(select) {
  const input = document.createElement('input');
  input.className = 'input input--width-20';
  input.type = 'text';
  input.id = select.id;
  input.name = select.name;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
  select.replaceWith(input);
  return input;
}

function prepare(form, p) {
  form.reset();
  clearFieldErrors(form);
  const action = form.dataset.action;
  if (action === 'CLASSIFY') {
    fill(control(form, 'kind'), 'officer.petition.choose.kind', lists.kinds.map((k) => [k.code, k.name]), p.kind);
    subKindOptions(form, p.kind, p.subKind);
    fill(control(form, 'field'), 'officer.petition.choose.field', lists.fields.map((f) => [f.code, f.name]), p.field);
    if (p.withinCompetence !== null && p.withinCompetence !== undefined) {
      form.querySelector(`[name=withinCompetence][value="${p.withinCompetence}"]`).checked = true;
    }
  } else if (action === 'REJECT') {
    fill(control(form, 'reasonCode'), 'officer.petition.choose.reason', lists.reasons.map((r) => [r.code, r.name]));
  } else if (action === 'TRANSFER') {
    fill(
      control(form, 'toAgency'),
      'officer.petition.choose.agency',
      lists.agencies.filter((a) => a.code !== p.agency).map((a) => [a.code, `${a.name} (${a.code})`]),
    );
  } else if (action === 'ASSIGN') {
    const handler = control(form, 'handler');
    if (lists.handlers && handler.tagName === 'SELECT') {
      fill(
        handler,
        'officer.petition.choose.handler',
        lists.handlers.map((h) => [h.username, `${h.displayName} (${h.username})`]),
        p.assignee,
      );
    } else {
      (handler.tagName === 'SELECT' ? handlerInput(handler) : handler).value = p.assignee ?? '';
    }
  } else if (action === 'DRAFT_ANSWER') {
    control(form, 'text').value = p.answer ?? '';
  }
}

function render(p) {
  petition = p;
  renderDetails(p);
  for (const form of forms) {
    form.hidden = !p.allowedActions.includes(form.dataset.action);
    prepare(form, p);
  }
  document.getElementById('no-actions').hidden = p.allowedActions.length > 0;
  document.getElementById('petition').hidden = false;
}

/** The step's body: the action, the version on screen, and the form's non-empty fields. */
function body(form) {
  const step = { action: form.dataset.action, version: petition.version };
  for (const element of form.elements) {
    if (!element.name || ((element.type === 'radio' || element.type === 'checkbox') && !element.checked)) {
      continue;
    }
    const text = element.value.trim();
    if (text === '') {
      continue;
    }
    if (element.dataset.type === 'boolean') {
      step[element.name] = text === 'true';
    } else if (element.dataset.type === 'integer' && /^\d{1,9}$/.test(text)) {
      step[element.name] = Number(text);
    } else {
      step[element.name] = text;
    }
  }
  return step;
}

function showProblem(form, error) {
  reload.hidden = error?.status !== 409;
  showRefusal(summary, error, { root: form });
}

for (const form of forms) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (button.disabled) {
      return;
    }
    hideErrorSummary(summary);
    done.hidden = true;
    clearFieldErrors(form);
    button.disabled = true;
    try {
      const view = await post(`api/inbox/${encodeURIComponent(code)}/actions`, body(form));
      render(view);
      // the other panels of the page (publication) follow the step without a reload
      document.dispatchEvent(new CustomEvent('pakn:step-taken', { detail: { action: form.dataset.action } }));
      document.getElementById('done-text').textContent = t('officer.petition.done', {
        action: t(`officer.action.${form.dataset.action}`),
        status: view.statusLabel,
      });
      done.hidden = false;
      done.focus();
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
  if (form.dataset.action === 'CLASSIFY') {
    control(form, 'kind').addEventListener('change', (event) => subKindOptions(form, event.target.value));
  }
}

async function load() {
  try {
    render(await get(`api/inbox/${encodeURIComponent(code)}`));
  } catch (error) {
    document.getElementById('p-title').textContent = t('officer.petition.notOpened');
    showErrorSummary(summary, describeFailure(error instanceof ApiError ? error : null));
  }
}

reload.addEventListener('click', async () => {
  hideErrorSummary(summary);
  reload.hidden = true;
  await load();
  document.getElementById('p-title').focus();
});

await startOfficerPage();
await loadLists();
onLanguageChange(async () => {
  await loadLists();
  if (petition) {
    await load();
  }
});
await load();
