// Texts of the citizen pages in Vietnamese (default) or English, from i18n/vi.json and i18n/en.json.
// The HTML carries the Vietnamese text as the no-JavaScript fallback and a data-i18n key on each
// element; attributes are translated with data-i18n-attr="attribute:key; attribute:key".
// The reader's choice is kept in localStorage; every API call sends it as Accept-Language.

const STORAGE_KEY = 'pakn.language';
const SUPPORTED = ['vi', 'en'];
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
export const LANGUAGE_EVENT = 'pakn:language';

let current = 'vi';
let messages = {};

export function language() {
  return current;
}

/** The text for a key, with {name} placeholders filled in; the key itself when it is missing. */
export function t(key, params = {}) {
  const text = has(messages, key) ? messages[key] : key;
  return text.replace(/\{(\w+)\}/g, (placeholder, name) =>
    has(params, name) ? String(params[name]) : placeholder,
  );
}

/** Translates every marked element under root. */
export function translate(root = document) {
  // values of configuration in both languages, such as the province's name in the page shell
  for (const element of root.querySelectorAll('[data-text-vi]')) {
    element.textContent =
      (current === 'en' ? element.dataset.textEn : element.dataset.textVi) || element.dataset.textVi;
  }
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      if (attribute && key) {
        element.setAttribute(attribute, t(key));
      }
    }
  }
}

function storedLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return SUPPORTED.includes(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

async function use(lang) {
  // relative to this module, so pages in sub-folders (can-bo/) find the same files; citizens' pages
  // load the texts without the officers' (served from the same file, see CitizenMessages)
  const officerPage = window.location.pathname.includes('/can-bo/');
  const url = new URL(`../i18n/${officerPage ? '' : 'citizen/'}${lang}.json`, import.meta.url);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`i18n/${lang}.json: ${response.status}`);
  }
  messages = await response.json();
  current = lang;
  document.documentElement.lang = lang;
  translate();
  document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: { language: lang } }));
}

/** Loads the reader's language and wires the header switch. Call once per page. */
export async function start() {
  try {
    await use(storedLanguage());
  } catch {
    if (current !== 'vi') {
      await use('vi').catch(() => {});
    }
  }
  const toggle = document.querySelector('[data-language-switch]');
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', async () => {
      const next = current === 'vi' ? 'en' : 'vi';
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
      await use(next);
    });
  }
}

/** Calls listener after each language change (not for the first load). */
export function onLanguageChange(listener) {
  document.addEventListener(LANGUAGE_EVENT, listener);
}

const VIETNAM_TIME = (() => {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
})();

const pad = (n) => String(n).padStart(2, '0');

/** An instant as dd/MM/yyyy HH:mm in Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no summer time). */
export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso ?? '');
  }
  if (VIETNAM_TIME) {
    const p = Object.fromEntries(VIETNAM_TIME.formatToParts(date).map((x) => [x.type, x.value]));
    return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
  }
  const v = new Date(date.getTime() + 7 * 3600 * 1000);
  return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

/**
 * A deadline as the law counts it (Civil Code Art. 148): the API gives the exclusive instant, 00:00 of
 * the day after the last day, which people read as "24:00" of the last day.
 */
export function formatDeadline(iso) {
  const text = formatDateTime(iso);
  if (!text.endsWith(' 00:00')) {
    return text;
  }
  return `${formatDateTime(new Date(new Date(iso).getTime() - 60 * 1000).toISOString()).slice(0, 10)} 24:00`;
}

/** A deadline's last day as dd/MM/yyyy. */
export function formatDeadlineDate(iso) {
  return formatDeadline(iso).slice(0, 10);
}

/** An instant as dd/MM/yyyy in Vietnam time. */
export function formatDate(iso) {
  return formatDateTime(iso).slice(0, 10);
}

/** A file size for people: "820 KB", "2,4 MB" (in the current language's number format). */
export function formatSize(bytes) {
  const number = new Intl.NumberFormat(current, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024
    ? t('size.kb', { n: number.format(Math.max(1, Math.ceil(bytes / 1024))) })
    : t('size.mb', { n: number.format(bytes / (1024 * 1024)) });
}
