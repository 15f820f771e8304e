// The GOV.UK error pattern: a summary at the top of the page (role=alert, focused) whose links
// move to the fields in error, and an inline message next to each of those fields.
// Every text goes into the page with textContent: messages may repeat what a reader typed.

import { t } from './i18n.js';
import { ApiError } from './api.js';

/** Moves to a field the way GOV.UK does: its label or legend scrolled into view, the field focused. */
export function focusField(control) {
  const choice = control.type === 'radio' || control.type === 'checkbox';
  const caption = choice
    ? control.closest('fieldset')?.querySelector('legend')
    : document.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  (caption || control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/**
 * @param {HTMLElement} summary the .error-summary element of the page
 * @param {{title: string, detail?: string, items?: {text: string, target?: HTMLElement}[]}} errors
 */
export function showErrorSummary(summary, { title, detail, items = [] }) {
  summary.querySelector('.error-summary__title').textContent = title;
  const detailElement = summary.querySelector('.error-summary__detail');
  detailElement.textContent = detail || '';
  detailElement.hidden = !detail;
  const list = summary.querySelector('.error-summary__list');
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      if (item.target?.id) {
        const link = document.createElement('a');
        link.href = `#${item.target.id}`;
        link.textContent = item.text;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          focusField(item.target);
        });
        li.append(link);
      } else {
        li.textContent = item.text;
      }
      return li;
    }),
  );
  list.hidden = items.length === 0;
  summary.hidden = false;
  // GOV.UK: the page title says there is an error too, for screen reader users arriving on it
  if (!document.title.startsWith(t('error.prefix'))) {
    document.title = `${t('error.prefix')} ${document.title}`;
  }
  summary.focus();
}

export function hideErrorSummary(summary) {
  summary.hidden = true;
  summary.querySelector('.error-summary__list').replaceChildren();
  if (document.title.startsWith(t('error.prefix'))) {
    document.title = document.title.slice(t('error.prefix').length).trimStart();
  }
}

/** Marks a form group in error and shows its messages inline (GOV.UK: after the hint). */
export function showFieldError(group, messages) {
  group.classList.add('form-group--error');
  const error = group.querySelector('.error-message');
  if (error) {
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = t('error.prefix');
    error.replaceChildren(prefix, document.createTextNode(` ${messages.join(' ')}`));
    error.hidden = false;
  }
  for (const control of group.querySelectorAll('input:not([type=radio]):not([type=checkbox]), select, textarea')) {
    if (control.closest('.form-group') === group) {
      control.setAttribute('aria-invalid', 'true');
    }
  }
}

export function clearFieldErrors(root) {
  for (const group of root.querySelectorAll('.form-group--error')) {
    group.classList.remove('form-group--error');
  }
  for (const error of root.querySelectorAll('.error-message')) {
    error.replaceChildren();
    error.hidden = true;
  }
  for (const control of root.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }
}

/** The summary title and detail for a failure that has no field violations. */
export function describeFailure(error) {
  if (error?.status === 0) {
    return { title: t('error.network.title'), detail: t('error.network.detail') };
  }
  if (error?.title) {
    const id = error.correlationId ? ` ${t('error.correlationId', { id: error.correlationId })}` : '';
    return { title: error.title, detail: (error.detail || '') + (error.status >= 500 ? id : '') };
  }
  return { title: t('error.unexpected.title'), detail: t('error.unexpected.detail') };
}

/** The question a form group asks, as its reader sees it: its legend or label, without hints. */
function questionOf(group) {
  const caption = group.querySelector('legend, label');
  return caption ? caption.textContent.replace(/\s*\([^)]*\)\s*$/, '').trim() : '';
}

/** The form group a server field path belongs to: "sender.phone", "attachments[1]", "text". */
function groupFor(root, controls, field) {
  const control = controls[field];
  if (control) {
    return control.closest('.form-group');
  }
  const path = field.replace(/\[\d+\]$/, '');
  return (
    root.querySelector(`[data-field="${CSS.escape(path)}"]`) ??
    root.querySelector(`[data-field="${CSS.escape(path.split('.')[0])}"]`)
  );
}

/**
 * Shows a refusal the one way every form here does (GOV.UK): each field violation inline next to
 * its question and in the summary as "Question: what to do", in the order of the page, the link
 * moving to the field; a failure without violations as the summary's title and detail.
 *
 * @param {HTMLElement} summary the .error-summary element
 * @param {Error|{title?: string, detail?: string, violations: object[]}} error an ApiError, or
 *     violations found in the browser shaped like the server's ({field, message})
 * @param {{root?: ParentNode, controls?: Object<string, HTMLElement>, files?: File[], texts?: string}} options
 *     root: where the [data-field] groups are; controls: field → control when a page has no
 *     groups named by field; files: the chosen files, to name "attachments[i]" by file name;
 *     texts: a key prefix for the page's own words: `${texts}field.${field}` names a question
 *     shorter than its label, `${texts}${code}.${field}` says what to do instead of the server's
 *     general message (e.g. "Enter your full name" for a missing name)
 */
export function showProblem(
  summary,
  error,
  { root = document, controls = {}, files = [], texts = null } = {},
) {
  const violations = error instanceof ApiError || !(error instanceof Error) ? (error?.violations ?? []) : [];
  const failure =
    error instanceof ApiError || error instanceof Error || !error
      ? describeFailure(error instanceof ApiError ? error : null)
      : { title: error.title ?? t('error.validation.title'), detail: error.detail };
  if (violations.length === 0) {
    showErrorSummary(summary, failure);
    return;
  }
  const byGroup = new Map();
  const own = (key) => (texts && t(`${texts}${key}`) !== `${texts}${key}` ? t(`${texts}${key}`) : null);
  const items = violations.map((v) => {
    const group = groupFor(root, controls, v.field);
    const message = (v.code && own(`${v.code}.${v.field}`)) || v.message;
    const index = /^attachments\[(\d+)\]$/.exec(v.field);
    let text;
    if (index) {
      const name = files[Number(index[1])]?.name ?? String(Number(index[1]) + 1);
      text = t('error.attachment', { name, message });
    } else {
      const question = own(`field.${v.field}`) ?? (group ? questionOf(group) : '');
      text = question ? t('error.withField', { field: question, message }) : message;
    }
    if (group) {
      byGroup.set(group, [...(byGroup.get(group) ?? []), index ? text : message]);
    }
    const target =
      controls[v.field] ??
      group?.querySelector('input:not([type=hidden]), select, textarea') ??
      null;
    return { text, target };
  });
  items.sort((a, b) => {
    if (!a.target || !b.target) {
      return a.target ? -1 : b.target ? 1 : 0;
    }
    return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  byGroup.forEach((messages, group) => showFieldError(group, messages));
  showErrorSummary(summary, { title: failure.title, detail: failure.detail, items });
}

const FILE_TYPES = ['pdf', 'jpg', 'jpeg', 'png', 'docx'];

/**
 * The attachment problems the browser can see before uploading (count, type by name, size), as
 * violations shaped like the server's, so a reader on a slow line does not send 50 MB to be told no.
 */
export function fileViolations(files, { maxFiles = 5, maxBytes = 10 * 1024 * 1024, formatSize } = {}) {
  if (files.length > maxFiles) {
    return [{ field: 'attachments', message: t('file.attachments.tooMany', { max: maxFiles }) }];
  }
  const violations = [];
  files.forEach((file, i) => {
    const field = `attachments[${i}]`;
    const dot = file.name.lastIndexOf('.');
    const extension = dot < 1 ? '' : file.name.slice(dot + 1).toLowerCase();
    if (!FILE_TYPES.includes(extension)) {
      violations.push({ field, message: t('file.attachments.type') });
    } else if (file.size === 0) {
      violations.push({ field, message: t('file.attachments.empty') });
    } else if (file.size > maxBytes) {
      violations.push({
        field,
        message: t('file.attachments.tooLarge', { size: formatSize(file.size), max: '10 MB' }),
      });
    }
  });
  return violations;
}
