// What every signed-in officer page shares: the language, the session (a 401 goes to sign-in),
// the header bar with who is signed in and links the officer's roles open, and signing out.

import { start, t, onLanguageChange } from './i18n.js';
import { session, hasRole, signOut } from './officer-api.js';

/** The officers' pages, each with the roles that open it (none: every officer). */
const NAV = [
  { href: 'hop-thu.html', key: 'officer.nav.inbox' },
  { href: 'tiep-nhan.html', key: 'officer.nav.register', roles: ['RECEIVER'] },
  { href: 'bao-cao.html', key: 'officer.nav.reports', roles: ['LEADER', 'REFORM', 'ADMIN'] },
  { href: 'co-quan.html', key: 'officer.nav.agencies', roles: ['ADMIN'] },
  { href: 'lich.html', key: 'calendar.nav' },
  { href: 'thu-dien-tu.html', key: 'mails.nav', roles: ['ADMIN'] },
  { href: 'tin-nhan.html', key: 'texts.nav', roles: ['ADMIN'] },
  { href: 'can-bo.html', key: 'accounts.nav', roles: ['ADMIN'] },
  { href: 'danh-gia.html', key: 'surveys.nav.desk', roles: ['RECEIVER', 'HANDLER', 'LEADER', 'ADMIN'] },
  { href: 'diem-cchc.html', key: 'surveys.nav.scores', roles: ['LEADER', 'REFORM', 'ADMIN'] },
  { href: 'chi-muc.html', key: 'searchIndex.nav', roles: ['ADMIN'] },
  { href: 'tu-dong-nghia.html', key: 'synonyms.nav', roles: ['ADMIN'] },
  { href: 'nhap-tra-loi.html', key: 'imports.nav', roles: ['ADMIN'] },
  { href: 'van-hanh.html', key: 'operations.nav', roles: ['ADMIN'] },
];

/**
 * The bar under the header, written once here for every officer page: the navigation, who is
 * signed in, and signing out.
 */
function barElement() {
  const bar = document.createElement('nav');
  bar.className = 'officer-bar';
  bar.id = 'officer-bar';
  const inner = document.createElement('div');
  inner.className = 'width-container width-container--wide officer-bar__inner';
  const nav = document.createElement('ul');
  nav.className = 'officer-nav';
  nav.id = 'officer-nav';
  const who = document.createElement('p');
  who.className = 'officer-who';
  who.id = 'officer-who';
  const name = document.createElement('strong');
  name.id = 'officer-name';
  const agency = document.createElement('span');
  agency.id = 'officer-agency';
  const roles = document.createElement('span');
  roles.id = 'officer-roles';
  who.append(name, ' ', separator(), ' ', agency, ' ', separator(), ' ', roles);
  const signOutButton = document.createElement('button');
  signOutButton.type = 'button';
  signOutButton.className = 'button button--secondary button--small';
  signOutButton.id = 'sign-out';
  inner.append(nav, who, signOutButton);
  bar.append(inner);
  return bar;
}

function separator() {
  const sep = document.createElement('span');
  sep.className = 'officer-who__sep';
  sep.setAttribute('aria-hidden', 'true');
  sep.textContent = '·';
  return sep;
}

/** The navigation: only the links the officer's roles open. */
function showNav() {
  const page = window.location.pathname.split('/').pop();
  const items = NAV.filter((item) => !item.roles || hasRole(...item.roles)).map((item) => {
    const link = document.createElement('a');
    link.href = item.href;
    link.textContent = t(item.key);
    if (item.href === page) {
      link.setAttribute('aria-current', 'page');
    }
    const li = document.createElement('li');
    li.append(link);
    return li;
  });
  document.getElementById('officer-nav').replaceChildren(...items);
}

function showOfficer(me) {
  document.getElementById('officer-bar').setAttribute('aria-label', t('officer.nav.label'));
  document.getElementById('sign-out').textContent = t('officer.signOut');
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
  // the shell reserves the bar's place, so nothing moves when it is filled
  const reserved = document.getElementById('officer-bar');
  if (reserved) {
    reserved.replaceWith(barElement());
  } else {
    document.querySelector('header').after(barElement());
  }
  showOfficer(me);
  for (const item of document.querySelectorAll('[data-roles]')) {
    item.hidden = !hasRole(...item.dataset.roles.split(' '));
  }
  showNav();
  document.getElementById('sign-out').addEventListener('click', () => signOut());
  onLanguageChange(() => {
    showOfficer(me);
    showNav();
  });
  return me;
}

/** A parameter of the page's address, e.g. param('code'). */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}
