// can-bo/tu-dong-nghia.html: the dictionary of citizens' words and official terms that search
// expands queries with, for administrators — edit, save as a new version with a reason, history.
// A refused dictionary comes back as a problem with one violation per line; each is listed in the
// error summary, linked to the text box.

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get, put } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
const form = document.getElementById('synonyms-form');
const text = document.getElementById('synonyms-text');
const reason = document.getElementById('synonyms-reason');
const saved = document.getElementById('synonyms-saved');
let dictionary = null;

function show() {
  const d = dictionary;
  const version = d.version === 0 ? `0 (${t('synonyms.shipped')})` : String(d.version);
  document.getElementById('synonyms-version').textContent = t('synonyms.version', {
    version,
    inUse: d.inUse,
  });
  const rows = d.history.map((h) => {
    const tr = document.createElement('tr');
    for (const value of [h.version, formatDateTime(h.savedAt), h.savedBy, h.reason, h.lines]) {
      const td = document.createElement('td');
      td.textContent = String(value);
      tr.append(td);
    }
    return tr;
  });
  document.querySelector('#synonyms-history tbody').replaceChildren(...rows);
  document.getElementById('synonyms-history').hidden = rows.length === 0;
  document.getElementById('synonyms-history-none').hidden = rows.length > 0;
}

async function load() {
  try {
    dictionary = await get('api/admin/search-synonyms');
    text.value = dictionary.text;
    hideErrorSummary(summary);
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  saved.hidden = true;
  try {
    dictionary = await put('api/admin/search-synonyms', {
      text: text.value,
      reason: reason.value,
      version: dictionary.version,
    });
    hideErrorSummary(summary);
    reason.value = '';
    saved.textContent = t('synonyms.saved', { version: dictionary.version });
    saved.hidden = false;
    show();
  } catch (error) {
    showErrorSummary(summary, {
      ...describeFailure(error),
      items: (error.violations ?? []).map((v) => ({
        text: v.message,
        target: v.field === 'reason' ? reason : text,
      })),
    });
  }
});
onLanguageChange(() => dictionary && show());

await startOfficerPage();
await load();
