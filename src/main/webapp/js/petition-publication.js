// can-bo/phan-anh.html: the publication panel (Decree 20/2008/NĐ-CP Art. 19) and possible duplicates.
// A leader of the agency that answered asks for the redaction the system proposes, edits the public
// title, question and answer, and publishes; the server checks the text again and names any personal
// data left. A published answer can be withdrawn with a reason. Officers classifying a petition see
// published answers with similar words. Everything from the API goes in with textContent.

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get, post, session, url } from './officer-api.js';
import { describeFailure } from './errors.js';

const code = new URLSearchParams(window.location.search).get('code') || '';
const panel = document.getElementById('publication-panel');
const body = document.getElementById('publication-body');
const duplicates = document.getElementById('duplicates-panel');

let state = null;
let proposal = null;

function element(tag, { className, text, id } = {}) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  if (id) e.id = id;
  return e;
}

function field(id, labelKey, control, hintKey) {
  const group = element('div', { className: 'form-group' });
  const label = element('label', { className: 'label', text: t(labelKey) });
  label.htmlFor = id;
  group.append(label);
  if (hintKey) {
    const hint = element('div', { className: 'hint', text: t(hintKey), id: `${id}-hint` });
    control.setAttribute('aria-describedby', hint.id);
    group.append(hint);
  }
  control.id = id;
  group.append(control);
  return group;
}

function textarea(value, rows) {
  const area = element('textarea', { className: 'textarea' });
  area.rows = rows;
  area.value = value ?? '';
  return area;
}

function lines(text) {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

function problem(error) {
  const box = element('div', { className: 'error-summary', id: 'publication-error' });
  box.setAttribute('role', 'alert');
  const { title, detail } = describeFailure(error);
  box.append(element('h3', { className: 'error-summary__title', text: title }));
  if (detail) box.append(element('p', { text: detail }));
  const list = element('ul', { className: 'error-summary__list' });
  for (const v of error.violations ?? []) {
    list.append(element('li', { text: `${t(`publication.part.${v.field}`)}: ${v.message}` }));
  }
  box.append(list);
  return box;
}

async function load() {
  if (!code) return;
  try {
    await session();
    state = await get(`api/publication/petitions/${encodeURIComponent(code)}`);
  } catch {
    panel.hidden = true;
    return;
  }
  render();
  loadDuplicates();
}

function render(error) {
  const parts = [];
  const copy = state.copy;
  if (copy) {
    const status = element('p', {
      id: 'publication-status',
      text: copy.published
        ? t('publication.published', { at: formatDateTime(copy.publishedAt), by: copy.publishedBy })
        : t('publication.withdrawn', {
            at: formatDateTime(copy.withdrawnAt),
            by: copy.withdrawnBy,
            reason: copy.withdrawalReason,
          }),
    });
    parts.push(status);
    if (copy.published) {
      const link = element('a', { text: t('publication.openPublic'), id: 'publication-link' });
      link.href = url(copy.url);
      const paragraph = element('p');
      paragraph.append(link);
      parts.push(paragraph);
    }
    const history = element('ol', { className: 'list', id: 'publication-history' });
    for (const c of state.history) {
      history.append(
        element('li', {
          text: `${formatDateTime(c.at)} – ${t(`publication.change.${c.change}`)} – ${c.by}${c.reason ? ` (${c.reason})` : ''}`,
        }),
      );
    }
    parts.push(history);
  } else {
    parts.push(element('p', { text: t('publication.notPublished') }));
  }
  if (state.mayPublish) {
    parts.push(element('p', { className: 'hint', text: state.senderNameConsent ? t('publication.consent.yes') : t('publication.consent.no') }));
    if (error) parts.push(problem(error));
    parts.push(proposal ? editor() : proposeForm());
    if (copy?.published) parts.push(withdrawForm(copy));
  }
  body.replaceChildren(...parts);
  panel.hidden = false;
}

function proposeForm() {
  const form = element('form', { id: 'publication-propose' });
  form.noValidate = true;
  const names = textarea('', 2);
  form.append(field('publication-other-names', 'publication.otherNames', names, 'publication.otherNames.hint'));
  const button = element('button', { className: 'button', text: t('publication.propose') });
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      proposal = await post(`api/publication/petitions/${encodeURIComponent(code)}/proposal`, {
        otherNames: lines(names.value),
      });
      proposal.otherNames = lines(names.value);
      render();
    } catch (error) {
      render(error);
    }
  });
  return form;
}

function editor() {
  const form = element('form', { id: 'publication-form' });
  form.noValidate = true;
  const hidden = element('ul', { className: 'list', id: 'publication-spans' });
  for (const part of ['title', 'question', 'answer']) {
    for (const span of proposal[part].spans) {
      hidden.append(element('li', { text: `${t(`publication.part.${part}`)}: “${span.covered}” → ${span.replacement}` }));
    }
  }
  form.append(element('h3', { text: t('publication.hidden') }), hidden);
  const title = element('input', { className: 'input' });
  title.value = proposal.title.redacted;
  const question = textarea(proposal.question.redacted, 8);
  const answer = textarea(proposal.answer.redacted, 8);
  const keep = textarea('', 2);
  form.append(
    field('publication-title-text', 'publication.part.title', title),
    field('publication-question', 'publication.part.question', question),
    field('publication-answer', 'publication.part.answer', answer),
    field('publication-keep', 'publication.keep', keep, 'publication.keep.hint'),
  );
  const button = element('button', { className: 'button', text: t('publication.publish'), id: 'publication-publish' });
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`api/publication/petitions/${encodeURIComponent(code)}`, {
        title: title.value,
        question: question.value,
        answer: answer.value,
        keep: lines(keep.value),
        otherNames: proposal.otherNames ?? [],
      });
      proposal = null;
      await load();
      document.getElementById('publication-status')?.focus();
    } catch (error) {
      proposal.title.redacted = title.value;
      proposal.question.redacted = question.value;
      proposal.answer.redacted = answer.value;
      render(error);
    }
  });
  return form;
}

function withdrawForm(copy) {
  const form = element('form', { id: 'publication-withdraw' });
  form.noValidate = true;
  const reason = textarea('', 2);
  form.append(field('publication-withdraw-reason', 'publication.withdraw.reason', reason));
  const button = element('button', { className: 'button button--warning', text: t('publication.withdraw') });
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`api/publication/answers/${copy.id}/withdrawal`, { reason: reason.value });
      await load();
    } catch (error) {
      render(error);
    }
  });
  return form;
}

async function loadDuplicates() {
  try {
    const petition = await get(`api/inbox/${encodeURIComponent(code)}`);
    const text = `${petition.title ?? ''} ${petition.content ?? ''}`.slice(0, 4000);
    const result = await get(`api/answers/similar?max=5&text=${encodeURIComponent(text)}`);
    const own = state?.copy?.id;
    const hits = result.hits.filter((h) => h.id !== String(own));
    document.getElementById('duplicates-list').replaceChildren(
      ...hits.map((hit) => {
        const li = element('li');
        const link = element('a', { text: hit.title });
        link.href = url(hit.url);
        link.target = '_blank';
        link.rel = 'noopener';
        li.append(link, element('span', { className: 'secondary-text', text: ` – ${hit.agencyName}` }));
        return li;
      }),
    );
    duplicates.hidden = hits.length === 0;
  } catch {
    duplicates.hidden = true;
  }
}

onLanguageChange(() => state && render());
load();
// the petition page announces each step taken (e.g. the answer sent): the panel follows at once
document.addEventListener('pakn:step-taken', () => load());
