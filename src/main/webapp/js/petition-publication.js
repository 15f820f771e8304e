// can-bo/phan-anh.html: the publication panel (Decree 20/2008/NĐ-CP Art. 19) and possible duplicates.
// A leader of the agency that answered asks for the redaction the system proposes, edits the public
// title, question and answer, and publishes; the server checks the text again and names any personal
// data left. The proposal is shown by category: the leader unticks what to keep (with a reason, which
// goes into the audit trail), hides further passages, and sees exactly the texts that will be
// published. A published answer can be withdrawn with a reason. Officers classifying a petition see
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

// Only reported, kept unless the leader hides them (RedactionCategory.hiddenByDefault() is false).
const REPORTED = new Set(['OFFICIAL', 'AGENCY_CONTACT']);
const PARTS = ['title', 'question', 'answer'];

/** The leader's working copy of a proposal: every span of every part, hidden or kept. */
function review(fromServer) {
  const spans = [];
  for (const part of PARTS) {
    for (const s of fromServer[part].spans) {
      spans.push({ ...s, part, reason: '', added: false });
    }
  }
  return { texts: Object.fromEntries(PARTS.map((p) => [p, fromServer[p].text])), spans, labels: fromServer.labels };
}

/** The public text of one part: hidden spans replaced, overlapping ones merged (as RedactionProposal.apply). */
function applied(part) {
  const text = proposal.review.texts[part] ?? '';
  const spans = proposal.review.spans
    .filter((s) => s.part === part && s.hidden)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let open = null;
  for (const s of spans) {
    if (open && s.start < open.end) {
      open.end = Math.max(open.end, s.end);
      continue;
    }
    if (open) {
      out += open.replacement;
      at = open.end;
    }
    out += text.slice(at, s.start);
    open = { end: s.end, replacement: s.replacement };
  }
  if (open) {
    out += open.replacement;
    at = open.end;
  }
  return out + text.slice(at);
}

function kept() {
  return proposal.review.spans.filter((s) => !s.hidden && !REPORTED.has(s.category));
}

function previews() {
  return PARTS.map((part) => {
    const box = element('div', { className: 'publication-preview', id: `publication-preview-${part}`, text: applied(part) });
    const group = element('div', { className: 'form-group' });
    group.append(element('h4', { text: t(`publication.part.${part}`) }), box);
    return group;
  });
}

function spanItem(span, index, refresh) {
  const item = element('div', { className: 'checkboxes__item' });
  const box = element('input', { className: 'checkboxes__input', id: `publication-span-${index}` });
  box.type = 'checkbox';
  box.checked = span.hidden;
  const label = element('label', {
    className: 'checkboxes__label',
    text: `${t(`publication.part.${span.part}`)}: “${span.covered}”${span.added ? ` (${t('publication.added')})` : ''}`,
  });
  label.htmlFor = box.id;
  item.append(box, label);
  const reasonGroup = element('div', { className: 'radios__conditional' });
  const reason = element('input', { className: 'input' });
  reason.value = span.reason;
  reasonGroup.append(field(`publication-span-${index}-reason`, 'publication.keepReason', reason));
  reasonGroup.hidden = span.hidden || REPORTED.has(span.category);
  item.append(reasonGroup);
  box.addEventListener('change', () => {
    span.hidden = box.checked;
    reasonGroup.hidden = span.hidden || REPORTED.has(span.category);
    refresh();
  });
  reason.addEventListener('input', () => {
    span.reason = reason.value;
  });
  if (span.added) {
    const remove = element('button', { className: 'button button--secondary', text: t('publication.remove') });
    remove.type = 'button';
    remove.addEventListener('click', () => {
      proposal.review.spans.splice(proposal.review.spans.indexOf(span), 1);
      render();
    });
    item.append(remove);
  }
  return item;
}

function byCategory(refresh) {
  const spans = proposal.review.spans;
  const wrap = element('div', { id: 'publication-spans' });
  wrap.append(element('h3', { text: t('publication.byCategory') }), element('p', { className: 'hint', text: t('publication.byCategory.hint') }));
  if (spans.length === 0) wrap.append(element('p', { text: t('publication.none') }));
  for (const category of Object.keys(proposal.review.labels)) {
    const mine = spans.filter((s) => s.category === category);
    if (mine.length === 0) continue;
    const set = element('fieldset', { className: 'form-group', id: `publication-category-${category}` });
    set.append(element('legend', { text: `${t(`publication.category.${category}`)} (${mine.length})` }));
    for (const span of mine) set.append(spanItem(span, spans.indexOf(span), refresh));
    wrap.append(set);
  }
  return wrap;
}

function addForm() {
  const wrap = element('div', { id: 'publication-add' });
  wrap.append(element('h3', { text: t('publication.add.heading') }));
  const text = element('input', { className: 'input' });
  const category = element('select', { className: 'select' });
  for (const c of Object.keys(proposal.review.labels)) {
    if (REPORTED.has(c)) continue;
    const option = element('option', { text: t(`publication.category.${c}`) });
    option.value = c;
    category.append(option);
  }
  const message = element('p', { className: 'error-message', id: 'publication-add-error' });
  message.setAttribute('aria-live', 'polite');
  const button = element('button', { className: 'button button--secondary', text: t('publication.add.button'), id: 'publication-add-button' });
  button.type = 'button';
  button.addEventListener('click', () => {
    const wanted = text.value.normalize('NFC').trim();
    if (!wanted) return;
    let found = 0;
    for (const part of PARTS) {
      const source = proposal.review.texts[part] ?? '';
      for (let at = source.indexOf(wanted); at >= 0; at = source.indexOf(wanted, at + wanted.length)) {
        proposal.review.spans.push({
          part,
          start: at,
          end: at + wanted.length,
          category: category.value,
          replacement: proposal.review.labels[category.value],
          covered: wanted,
          hidden: true,
          reason: '',
          added: true,
        });
        found++;
      }
    }
    if (found === 0) {
      message.textContent = t('publication.add.notFound', { text: wanted });
      return;
    }
    render();
  });
  wrap.append(
    field('publication-add-text', 'publication.add.text', text),
    field('publication-add-category', 'publication.add.category', category),
    message,
    button,
  );
  return wrap;
}

function editor() {
  if (!proposal.review) proposal.review = review(proposal);
  const form = element('form', { id: 'publication-form' });
  form.noValidate = true;
  const preview = element('div', { id: 'publication-preview' });
  const refresh = () => preview.replaceChildren(...previews());
  refresh();
  form.append(
    byCategory(refresh),
    addForm(),
    element('h3', { text: t('publication.preview.heading') }),
    element('p', { className: 'hint', text: t('publication.preview.hint') }),
    preview,
  );
  const button = element('button', { className: 'button', text: t('publication.publish'), id: 'publication-publish' });
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = kept().filter((s) => !s.reason.trim());
    if (missing.length > 0) {
      render({ title: t('publication.reasonMissing', { items: missing.map((s) => `“${s.covered}”`).join(', ') }) });
      return;
    }
    try {
      await post(`api/publication/petitions/${encodeURIComponent(code)}`, {
        title: applied('title'),
        question: applied('question'),
        answer: applied('answer'),
        keep: kept().map((s) => ({ text: s.covered, reason: s.reason.trim() })),
        otherNames: proposal.otherNames ?? [],
      });
      proposal = null;
      await load();
      document.getElementById('publication-status')?.focus();
    } catch (error) {
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
