// cua-toi.html: a citizen signed in at the citizens' identity provider sees the petitions filed
// while signed in, found by who the provider says they are (no tracking key needed). Without a
// sign-in: the provider's button, or a note that there is none. Failures come back as ?provider=.

import { start, t, formatDateTime, onLanguageChange } from './i18n.js';
import { call } from './api.js';
import { showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const params = new URLSearchParams(window.location.search);

async function citizen() {
  return call('api/citizen-session', { credentials: 'same-origin' });
}

function row(petition) {
  const wrapper = document.createElement('div');
  wrapper.className = 'summary-list__row';
  wrapper.dataset.code = petition.trackingCode;
  const term = document.createElement('dt');
  term.textContent = petition.trackingCode;
  const detail = document.createElement('dd');
  const title = document.createElement('strong');
  title.textContent = petition.title;
  const status = document.createElement('span');
  status.className = 'tag';
  status.textContent = petition.statusLabel;
  const when = document.createElement('span');
  when.className = 'secondary-text';
  when.textContent = ` ${t('mine.filedAt', { when: formatDateTime(petition.receivedAt) })}`;
  detail.append(title, ' ', status, when);
  wrapper.append(term, detail);
  return wrapper;
}

async function showPetitions() {
  const { items } = await call('api/my-petitions', { credentials: 'same-origin' });
  document.getElementById('mine-list').replaceChildren(...items.map(row));
  document.getElementById('mine-none').hidden = items.length > 0;
}

async function show() {
  const me = await citizen();
  if (me.signedIn) {
    document.getElementById('citizen-name').textContent = me.name || me.email || '';
    document.getElementById('mine-signed-in').hidden = false;
    await showPetitions();
    return;
  }
  document.getElementById('mine-anonymous').hidden = false;
  const link = document.getElementById('citizen-sign-in');
  if (me.providerConfigured) {
    link.href = 'api/citizen-session/start?next=cua-toi.html';
    const label = () => {
      link.textContent = t('mine.signIn', { name: me.providerName });
    };
    label();
    onLanguageChange(label);
  } else {
    link.hidden = true;
    document.getElementById('mine-no-provider').hidden = false;
  }
}

document.getElementById('citizen-sign-out').addEventListener('click', async () => {
  let next = 'cua-toi.html?signedOut=1';
  try {
    const answer = await call('api/citizen-session', { method: 'DELETE', credentials: 'same-origin' });
    next = answer?.signOutUrl ?? next;
  } finally {
    window.location.assign(next);
  }
});

await start();
const reason = params.get('provider');
if (['refused', 'unavailable', 'unconfigured'].includes(reason)) {
  showErrorSummary(summary, {
    title: t(`mine.provider.${reason}.title`),
    detail: t(`mine.provider.${reason}.detail`),
  });
}
document.getElementById('mine-signed-out').hidden = !params.has('signedOut');
await show();
