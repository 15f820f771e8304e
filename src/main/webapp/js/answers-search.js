// tra-cuu.html: search of published answers. The query, filters, order and page live in the
// address (so a search can be shared and the back button works); facets are checkboxes, one value
// per facet at a time; highlighted words are built as <mark> elements from the API's snippetParts,
// never from HTML.

import { start, t, onLanguageChange, formatDateTime } from './i18n.js';
import { getJson } from './api.js';
import { describeFailure, hideErrorSummary, showErrorSummary } from './errors.js';

const FACETS = ['agency', 'field', 'kind', 'year'];
const PARAMS = ['q', 'sort', 'page', ...FACETS];

const form = document.getElementById('search-form');
const box = document.getElementById('search-q');
const sortSelect = document.getElementById('search-sort');
const summary = document.getElementById('error-summary');
const total = document.getElementById('search-total');
const hitsList = document.getElementById('search-hits');
const facetsBox = document.getElementById('search-facets');
const clear = document.getElementById('search-clear');
const paging = document.getElementById('search-paging');
const didYouMean = document.getElementById('search-did-you-mean');
const didYouMeanLink = document.getElementById('search-did-you-mean-link');
const relaxed = document.getElementById('search-relaxed');

let last = null;

function current() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const name of PARAMS) {
    const value = params.get(name);
    if (value) {
      state[name] = value;
    }
  }
  return state;
}

function query(state) {
  const params = new URLSearchParams();
  for (const name of PARAMS) {
    if (state[name] && !(name === 'page' && state[name] === '1') && !(name === 'sort' && state[name] === 'relevance')) {
      params.set(name, state[name]);
    }
  }
  return params.toString();
}

function go(state) {
  const text = query(state);
  window.history.pushState(null, '', text ? `?${text}` : window.location.pathname);
  load();
}

async function load() {
  const state = current();
  box.value = state.q ?? '';
  sortSelect.value = state.sort ?? 'relevance';
  total.textContent = t('common.loading');
  try {
    const text = query(state);
    last = await getJson(`api/answers?size=10${text ? `&${text}` : ''}`);
    hideErrorSummary(summary);
    render(last, state);
  } catch (error) {
    total.textContent = '';
    hitsList.replaceChildren();
    paging.hidden = true;
    showErrorSummary(summary, {
      ...describeFailure(error),
      items: (error.violations ?? []).map((v) => ({ text: v.message })),
    });
  }
}

function render(result, state) {
  const n = result.total.toLocaleString('vi-VN');
  total.textContent =
    result.total === 0
      ? t('answers.search.none')
      : t(result.totalExact === false ? 'answers.search.totalAbout' : 'answers.search.total', { n });
  // too few answers had every word: say which relaxation the results come from
  relaxed.hidden = !result.relaxed;
  relaxed.textContent = result.relaxed ? t('answers.search.relaxed', result.relaxed) : '';
  hitsList.replaceChildren(...result.hits.map(hitElement));
  hitsList.dataset.state = query(state);
  renderFacets(result.facets, state, result.facetsExact !== false);
  renderPaging(result, state);
  if (result.didYouMean) {
    didYouMeanLink.textContent = result.didYouMean;
    didYouMeanLink.href = `tra-cuu.html?${query({ ...state, q: result.didYouMean, page: '1' })}`;
    didYouMean.hidden = false;
  } else {
    didYouMean.hidden = true;
  }
}

function hitElement(hit) {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'answers-hit__meta';
  meta.textContent = [hit.agencyName, hit.fieldName, formatDateTime(hit.publishedAt).slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
  const snippet = document.createElement('p');
  snippet.className = 'answers-hit__snippet';
  for (const part of hit.snippetParts ?? []) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      snippet.append(mark);
    } else {
      snippet.append(document.createTextNode(part.text));
    }
  }
  li.append(heading, meta, snippet);
  return li;
}

function renderFacets(facets, state, exact) {
  const groups = [];
  for (const dimension of FACETS) {
    const values = facets?.[dimension] ?? [];
    if (values.length === 0) {
      continue;
    }
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = t(`answers.facet.${dimension}`);
    fieldset.append(legend);
    const shown = dimension === 'year' ? [...values].sort((a, b) => b.value.localeCompare(a.value)) : values;
    for (const value of shown) {
      const id = `facet-${dimension}-${value.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const row = document.createElement('div');
      row.className = 'answers-facet';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.checked = state[dimension] === value.value;
      input.addEventListener('change', () => {
        const next = { ...current(), page: '1' };
        if (input.checked) {
          next[dimension] = value.value;
        } else {
          delete next[dimension];
        }
        go(next);
      });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value.label} `;
      const count = document.createElement('span');
      count.className = 'answers-facet__count';
      count.textContent = exact ? `(${value.count})` : `(≈${value.count})`;
      label.append(count);
      row.append(input, label);
      fieldset.append(row);
    }
    groups.push(fieldset);
  }
  if (!exact && groups.length > 0) {
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = t('answers.facet.estimated');
    groups.push(note);
  }
  facetsBox.replaceChildren(...groups);
  clear.hidden = !FACETS.some((f) => state[f]);
}

function renderPaging(result, state) {
  paging.hidden = result.pages <= 1;
  document.getElementById('search-page').textContent = t('answers.search.page', {
    page: result.page,
    pages: result.pages,
  });
  document.getElementById('search-previous').disabled = result.page <= 1;
  document.getElementById('search-next').disabled = result.page >= result.pages;
  paging.dataset.page = String(result.page);
  paging.dataset.state = JSON.stringify(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go({ ...current(), q: box.value.trim(), sort: sortSelect.value, page: '1' });
});
sortSelect.addEventListener('change', () => go({ ...current(), sort: sortSelect.value, page: '1' }));
clear.addEventListener('click', () => {
  const next = current();
  FACETS.forEach((f) => delete next[f]);
  go({ ...next, page: '1' });
});
document.getElementById('search-previous').addEventListener('click', () =>
  go({ ...current(), page: String(Number(paging.dataset.page) - 1) }),
);
document.getElementById('search-next').addEventListener('click', () =>
  go({ ...current(), page: String(Number(paging.dataset.page) + 1) }),
);
window.addEventListener('popstate', load);
onLanguageChange(load);

await start();
await load();
