// can-bo/dang-nhap.html: an officer signs in (cookie session), then goes to the inbox or back to the
// page named in ?next= when that is a relative path on this site. Wrong passwords, the account lock
// and the per-address throttle (429) are shown in the error summary with the server's detail.
// When the province's identity provider is configured, a "Đăng nhập bằng …" button starts that
// sign-in (the server answers back here with ?provider=<reason> when it did not succeed), and the
// password form is hidden when password sign-in is turned off.

import { start, t, onLanguageChange } from './i18n.js';
import { ApiError, call } from './api.js';
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

/** The provider's button, the password form, and what the provider's answer said. */
async function showProvider() {
  let provider;
  try {
    provider = await call(url('api/session/provider'));
  } catch {
    return;
  }
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  const reason = params.get('provider');
  const box = document.getElementById('provider');
  const link = document.getElementById('provider-sign-in');
  const label = () => {
    link.textContent = t('officer.signIn.provider', { name: provider.name });
  };
  if (provider.configured) {
    link.href = url(`api/session/provider/start${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    label();
    onLanguageChange(label);
    box.hidden = false;
    document.getElementById('provider-or').hidden = !provider.localPasswords;
  }
  form.hidden = !provider.localPasswords;
  if (['unknown', 'refused', 'unavailable', 'unconfigured'].includes(reason)) {
    const detail =
      reason === 'unavailable'
        ? t(`officer.signIn.provider.unavailable.${provider.localPasswords ? 'local' : 'noLocal'}`)
        : t(`officer.signIn.provider.${reason}.detail`);
    showErrorSummary(summary, { title: t(`officer.signIn.provider.${reason}.title`), detail });
  }
  document.getElementById('signed-out').hidden = !params.has('signedOut');
}

await start();
await showProvider();
