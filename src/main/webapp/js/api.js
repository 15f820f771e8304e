// The JSON API, seen from the pages: relative URLs, the reader's language, and every failure turned
// into an ApiError carrying the server's problem document (RFC 9457) when there is one.

import { language } from './i18n.js';

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, or 0 when the server could not be reached
   * @param {object|null} problem the application/problem+json body, when the server sent one
   */
  constructor(status, problem) {
    super(problem?.title || (status === 0 ? 'network' : `HTTP ${status}`));
    this.status = status;
    this.problem = problem;
  }

  get title() {
    return this.problem?.title ?? null;
  }

  get detail() {
    return this.problem?.detail ?? null;
  }

  /** [{field, code, message}], the server's field violations (already in the reader's language). */
  get violations() {
    return Array.isArray(this.problem?.violations) ? this.problem.violations : [];
  }

  get correlationId() {
    return this.problem?.correlationId ?? null;
  }
}

// Citizens' calls carry no cookies: a citizen page then acts for the citizen alone, even in a browser
// where an officer is signed in. Officers' pages pass credentials 'same-origin' and their CSRF token.
export async function call(path, { method = 'GET', headers = {}, body, credentials = 'omit' } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      body,
      credentials,
      cache: 'no-store',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': language(),
        ...headers,
      },
    });
  } catch {
    throw new ApiError(0, null);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, type.includes('problem+json') ? json : null);
  }
  return json;
}

export function getJson(path, headers = {}) {
  return call(path, { headers });
}

export function postJson(path, value, headers = {}, { credentials } = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
    credentials,
  });
}

/** Posts a FormData; the browser writes the multipart boundary itself. */
export function postForm(path, formData, headers = {}, { credentials } = {}) {
  return call(path, { method: 'POST', body: formData, headers, credentials });
}
