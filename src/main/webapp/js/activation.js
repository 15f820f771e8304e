// can-bo/kich-hoat.html: an officer sets a password with the single-use link from their mail. The
// link's secret is in the fragment (#…), which the browser never sends to a server; the page posts
// it once and then removes it from the address bar and the history.

import { start, t } from './i18n.js';
import { ApiError, postJson } from './api.js';
import { url } from './officer-api.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const form = document.getElementById('activation-form');
const summary = document.getElementById('error-summary');
const button = document.getElementById('activate');
const status = document.getElementById('activating');
const inputs = {
  password: document.getElementById('password'),
  confirmation: document.getElementById('confirmation'),
};
const token = window.location.hash.slice(1);

function fieldItems(violations) {
  return violations.map((v) => {
    const input = inputs[v.field];
    if (input) {
      showFieldError(input.closest('.form-group'), [v.message]);
    }
    return { text: v.message, target: input };
  });
}

function localProblems() {
  const problems = [];
  if (inputs.password.value === '') {
    problems.push({ field: 'password', message: t('activation.password.missing') });
  } else if ([...inputs.password.value].length < 10) {
    problems.push({ field: 'password', message: t('activation.password.short') });
  }
  if (inputs.confirmation.value !== inputs.password.value) {
    problems.push({ field: 'confirmation', message: t('activation.confirmation.mismatch') });
  }
  return problems;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  hideErrorSummary(summary);
  const problems = localProblems();
  if (problems.length > 0) {
    showErrorSummary(summary, { title: t('activation.invalid'), items: fieldItems(problems) });
    return;
  }
  button.disabled = true;
  status.textContent = t('activation.saving');
  try {
    await postJson(url('api/officers/activation'), { token, password: inputs.password.value });
    window.history.replaceState(null, '', window.location.pathname);
    document.getElementById('activation').hidden = true;
    const done = document.getElementById('activated');
    done.hidden = false;
    done.focus();
  } catch (error) {
    const failure = describeFailure(error instanceof ApiError ? error : null);
    const items = error instanceof ApiError ? fieldItems(error.violations) : [];
    showErrorSummary(summary, { ...failure, items });
    button.disabled = false;
    status.textContent = '';
  }
});

await start();
if (!token) {
  document.getElementById('no-token').hidden = false;
  form.hidden = true;
}
