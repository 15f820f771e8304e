// can-bo/dang-nhap.html: an officer signs in (cookie session), then goes to the inbox or back to the
// page named in ?next= when that is a relative path on this site. Wrong passwords, the account lock
// and the per-address throttle (429) are shown in the error summary with the server's detail.

import { start, t } from './i18n.js';
import { ApiError } from './api.js';
import { signIn, url } from './officer-api.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const form = document.getElementById('sign-in-form');
const summary = document.getElementById('error-summary');
const button = document.getElementById('sign-in');
const status = document.getElementById('signing-in');
const inputs = {
  username: document.getElementById('username'),
  password: document.getElementById('password'),
};

/** Where to go after signing in: ?next= only if it is a relative path that stays on this site. */
export function destination(next, here = window.location.href) {
  const inbox = new URL('hop-thu.html', here).href;
  if (!next || /^[/\\]|[\\\s]|^[a-z][a-z0-9+.-]*:/i.test(next)) {
    return inbox;
  }
  const target = new URL(next, here);
  return target.origin === new URL(here).origin && target.href.startsWith(url('')) ? target.href : inbox;
}

function fieldItems(violations) {
  return violations.map((v) => {
    const input = inputs[v.field];
    if (input) {
      showFieldError(input.closest('.form-group'), [v.message]);
    }
    return { text: v.message, target: input };
  });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  hideErrorSummary(summary);
  const missing = Object.entries(inputs)
    .filter(([, input]) => input.value.trim() === '')
    .map(([name]) => ({ field: name, message: t(`officer.signIn.${name}.missing`) }));
  if (missing.length > 0) {
    showErrorSummary(summary, { title: t('officer.signIn.missing'), items: fieldItems(missing) });
    return;
  }
  button.disabled = true;
  status.textContent = t('officer.signIn.signingIn');
  try {
    await signIn(inputs.username.value.trim(), inputs.password.value);
    window.location.assign(destination(new URLSearchParams(window.location.search).get('next')));
  } catch (error) {
    inputs.password.value = '';
    const failure = describeFailure(error instanceof ApiError ? error : null);
    const items = error instanceof ApiError ? fieldItems(error.violations) : [];
    showErrorSummary(summary, { ...failure, items });
    button.disabled = false;
    status.textContent = '';
  }
});

await start();
