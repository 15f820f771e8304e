// What every signed-in officer page shares: the language, the session (a 401 goes to sign-in),
// the header bar with who is signed in and links the officer's roles open, and signing out.

import { start, t, onLanguageChange } from './i18n.js';
import { session, hasRole, signOut } from './officer-api.js';

function showOfficer(me) {
  document.getElementById('officer-name').textContent = me.displayName;
  document.getElementById('officer-agency').textContent = me.agencyName;
  document.getElementById('officer-roles').textContent = me.roles
    .map((role) => t(`officer.role.${role}`))
    .join(', ');
}

/** Starts an officer page; resolves to the signed-in officer. */
export async function startOfficerPage() {
  await start();
  const me = await session();
  showOfficer(me);
  for (const item of document.querySelectorAll('[data-roles]')) {
    item.hidden = !hasRole(...item.dataset.roles.split(' '));
  }
  const page = window.location.pathname.split('/').pop();
  for (const link of document.querySelectorAll('.officer-nav a')) {
    if (link.getAttribute('href') === page) {
      link.setAttribute('aria-current', 'page');
    }
  }
  document.getElementById('sign-out').addEventListener('click', () => signOut());
  document.getElementById('officer-bar').hidden = false;
  onLanguageChange(() => showOfficer(me));
  return me;
}

/** A parameter of the page's address, e.g. param('code'). */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}
