// can-bo/chi-muc.html: this node's search index for administrators — state, counts against the
// database, the sequence applied, and a rebuild's progress (refreshed every 2 s while it runs).

import { t, onLanguageChange, formatDateTime } from './i18n.js';
import { get, post } from './officer-api.js';
import { startOfficerPage } from './officer-shell.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const summary = document.getElementById('error-summary');
let status = null;
let timer = null;

function set(id, text) {
  document.getElementById(id).textContent = text ?? t('searchIndex.none');
}

/** Why the index is rebuilt, in the reader's words (the server's own wording, with paths, is logged). */
function reasonText(reason = '') {
  const asked = /^asked by (.+)$/.exec(reason);
  if (asked) {
    return t('searchIndex.reason.asked', { who: asked[1] });
  }
  if (/damaged/.test(reason)) {
    return t('searchIndex.reason.damaged');
  }
  if (/cannot be opened/.test(reason)) {
    return t('searchIndex.reason.unusable');
  }
  return t('searchIndex.reason.missing');
}

function show() {
  const s = status;
  set('index-state', t(`searchIndex.state.${s.state}`));
  set('index-documents', s.documents >= 0 ? String(s.documents) : null);
  set('index-published', String(s.databasePublished));
  set('index-sequence', `${s.indexSequence >= 0 ? s.indexSequence : '—'} / ${s.databaseSequence}`);
  // the generation only: the server's folders are for the log, not for the screen
  set('index-generation', s.generation ? String(s.generation) : null);
  set('index-check', s.lastCheckAt ? formatDateTime(s.lastCheckAt) : null);
  set('index-problem', s.lastProblem);
  const progress = document.getElementById('index-progress');
  const r = s.rebuild;
  if (r) {
    progress.hidden = !!r.finishedAt;
    progress.max = Math.max(1, r.total);
    progress.value = r.done;
    const parts = [`${t('searchIndex.rebuild.reason')}: ${reasonText(r.reason)}`, t('searchIndex.rebuild.progress', { done: r.done, total: r.total })];
    if (r.finishedAt) parts.push(t('searchIndex.rebuild.finished', { at: formatDateTime(r.finishedAt) }));
    if (r.error) parts.push(t('searchIndex.rebuild.error', { error: r.error }));
    set('index-rebuild-text', parts.join(' · '));
  } else {
    progress.hidden = true;
    set('index-rebuild-text', null);
  }
  clearTimeout(timer);
  if (s.state === 'REBUILDING' || s.state === 'STARTING') {
    timer = setTimeout(load, 2000);
  }
}

async function load() {
  try {
    status = await get('api/admin/search-index');
    hideErrorSummary(summary);
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

async function act(path) {
  try {
    status = await post(path, {});
    show();
  } catch (error) {
    showErrorSummary(summary, describeFailure(error));
  }
}

document.getElementById('index-check-now').addEventListener('click', () => act('api/admin/search-index/check'));
document.getElementById('index-rebuild-now').addEventListener('click', () => act('api/admin/search-index/rebuild'));
onLanguageChange(() => status && show());

await startOfficerPage();
await load();
