// The GOV.UK error pattern: a summary at the top of the page (role=alert, focused) whose links
// move to the fields in error, and an inline message next to each of those fields.
// Every text goes into the page with textContent: messages may repeat what a reader typed.

import { t } from './i18n.js';

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
