// The JSON API for the officers' pages: the cookie session (credentials 'same-origin') and its CSRF
// token on every changing request. Paths are relative to the application root ('api/inbox'), so
// pages in can-bo/ and elsewhere call the same URLs. A 401 sends the officer to the sign-in page,
// which brings them back here afterwards.

import { ApiError, call } from './api.js';

const ROOT = new URL('../', import.meta.url);

let officer = null;

/** The absolute URL of an application path, e.g. url('api/reports/petitions?format=csv'). */
export function url(path) {
  return new URL(path, ROOT).href;
}

/** The sign-in page, asked to come back to the current page. */
export function signInPage() {
  const here = window.location.pathname.split('/').pop() + window.location.search;
  return url(`can-bo/dang-nhap.html?next=${encodeURIComponent(here)}`);
}

async function send(path, options = {}) {
  try {
    return await call(url(path), {
      ...options,
      credentials: 'same-origin',
      headers: officer?.csrfToken
        ? { 'X-CSRF-Token': officer.csrfToken, ...options.headers }
        : { ...options.headers },
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      window.location.assign(signInPage());
      // the page is leaving: let no caller go on as if something failed
      await new Promise(() => {});
    }
    throw error;
  }
}

/** Who is signed in ({username, displayName, agencyCode, agencyName, roles, csrfToken}); 401 → sign in. */
export async function session() {
  officer ??= await send('api/session');
  return officer;
}

export function hasRole(...roles) {
  return Boolean(officer?.roles?.some((role) => roles.includes(role)));
}

export function get(path) {
  return send(path);
}

function withBody(method, path, value) {
  return send(path, {
    method,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  });
}

export function post(path, value) {
  return withBody('POST', path, value);
}

export function put(path, value) {
  return withBody('PUT', path, value);
}

/** Signs in without the 401 redirect: a wrong password is the sign-in page's own error. */
export async function signIn(username, password) {
  officer = await call(url('api/session'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ username, password }),
  });
  return officer;
}

/** Ends the session; one started at the identity provider ends there too (its signOutUrl). */
export async function signOut() {
  let next = url('can-bo/dang-nhap.html?signedOut=1');
  try {
    const answer = await call(url('api/session'), {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: officer?.csrfToken ? { 'X-CSRF-Token': officer.csrfToken } : {},
    });
    if (answer?.signOutUrl) {
      next = answer.signOutUrl;
    }
  } finally {
    officer = null;
    window.location.assign(next);
  }
}

/** Sends a file's text as it is (e.g. text/csv), with the session's CSRF token. */
export function upload(path, contentType, body) {
  return send(path, { method: 'POST', headers: { 'Content-Type': contentType }, body });
}

/** Sends a FormData (multipart; the browser writes the boundary), with the session's CSRF token. */
export function postFormData(path, formData) {
  return send(path, { method: 'POST', body: formData });
}
