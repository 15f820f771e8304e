// danh-gia.html: rating a served case by the link of its single-use token (QR code on the receipt,
// or the mail sent with a petition's answer). The survey's questions come from its definition
// (GET api/surveys/{id}); one radio group per question, the optional comment, then one POST.

import { start, t, language, onLanguageChange } from './i18n.js';
import { ApiError, getJson, postJson } from './api.js';
import { proofOfWorkHeader } from './proof-of-work.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showProblem,
} from './errors.js';

const params = new URLSearchParams(window.location.search);
const surveyId = /^[a-z0-9-]{1,64}$/.test(params.get('survey') || '') ? params.get('survey') : 'desk-evaluation';
const form = document.getElementById('rate-form');
const summary = document.getElementById('error-summary');
const tokenInput = document.getElementById('token');
let definition = null;

const text = (label) => (label ? label[language()] ?? label.vi : '');

function questionGroup(question, index) {
  const scale = definition.scales.find((s) => s.id === question.scale);
  const group = document.createElement('div');
  group.className = 'form-group';
  group.dataset.field = `answers.${question.id}`;
  const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = `${index + 1}. ${text(question.text)}`;
  fieldset.append(legend);
  if (question.hint) {
    const hint = document.createElement('div');
    hint.className = 'hint';
    hint.textContent = text(question.hint);
    fieldset.append(hint);
  }
  const error = document.createElement('p');
  error.className = 'error-message';
  error.hidden = true;
  fieldset.append(error);
  const radios = document.createElement('div');
  radios.className = 'radios';
  for (const level of scale.levels) {
    const item = document.createElement('div');
    item.className = 'radios__item';
    const input = document.createElement('input');
    input.className = 'radios__input';
    input.type = 'radio';
    input.name = question.id;
    input.value = String(level.value);
    input.id = `q-${question.id}-${level.value}`;
    const label = document.createElement('label');
    label.className = 'radios__label';
    label.htmlFor = input.id;
    label.textContent = text(level.label);
    item.append(input, label);
    radios.append(item);
  }
  fieldset.append(radios);
  group.append(fieldset);
  return group;
}

function render() {
  document.getElementById('survey-title').textContent = text(definition.title);
  const checked = Object.fromEntries(
    [...form.querySelectorAll('input[type=radio]:checked')].map((i) => [i.name, i.value]),
  );
  document
    .getElementById('questions')
    .replaceChildren(...definition.questions.map((q, i) => questionGroup(q, i)));
  for (const [name, value] of Object.entries(checked)) {
    const input = document.getElementById(`q-${name}-${value}`);
    if (input) {
      input.checked = true;
    }
  }
  const comment = document.getElementById('comment-group');
  comment.hidden = !definition.freeText;
  if (definition.freeText) {
    document.getElementById('comment-label').textContent = text(definition.freeText.label);
    document.getElementById('comment').maxLength = definition.freeText.maxLength;
  }
  form.hidden = false;
}

function fieldControl(field) {
  if (field === 'token') {
    return tokenInput;
  }
  if (field === 'answers.comment' || (definition.freeText && field === `answers.${definition.freeText.id}`)) {
    return document.getElementById('comment');
  }
  const id = field.replace(/^answers\./, '');
  return form.querySelector(`input[name="${CSS.escape(id)}"]`);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideErrorSummary(summary);
  clearFieldErrors(form);
  const answers = {};
  for (const q of definition.questions) {
    const checked = form.querySelector(`input[name="${CSS.escape(q.id)}"]:checked`);
    if (checked) {
      answers[q.id] = Number(checked.value);
    }
  }
  const comment = document.getElementById('comment').value.trim();
  if (definition.freeText && comment) {
    answers[definition.freeText.id] = comment;
  }
  const send = document.getElementById('send');
  send.disabled = true;
  try {
    await postJson(
      `api/surveys/${encodeURIComponent(surveyId)}/responses`,
      { token: tokenInput.value.trim().toUpperCase(), answers },
      await proofOfWorkHeader(),
    );
    form.hidden = true;
    const thanks = document.getElementById('thanks');
    thanks.hidden = false;
    thanks.focus();
  } catch (error) {
    const violations = error instanceof ApiError ? error.violations : [];
    if (violations.some((v) => v.field === 'token') || error?.status === 404) {
      document.getElementById('token-group').hidden = false;
    }
    // each error names its question (the legend of the group holding the field)
    const controls = Object.fromEntries(
      violations.map((v) => [v.field, fieldControl(v.field)]).filter(([, control]) => control),
    );
    showProblem(summary, error, { root: form, controls });
  } finally {
    send.disabled = false;
  }
});

await start();
const token = params.get('token');
if (token) {
  tokenInput.value = token;
  document.getElementById('token-group').hidden = true;
}
try {
  definition = await getJson(`api/surveys/${encodeURIComponent(surveyId)}`);
  render();
} catch (error) {
  showErrorSummary(summary, describeFailure(error instanceof ApiError ? error : null));
}
onLanguageChange(() => definition && render());
