// gui-phan-anh.html: file a petition. The server validates everything and answers field
// violations as problem+json; this page only checks attachments early (count, size, type) so a
// reader on a slow connection does not upload 50 MB to be told no.

import { start, t, onLanguageChange, formatDateTime, formatSize } from './i18n.js';
import { getJson, postForm, postJson } from './api.js';
import { proofOfWorkHeader } from './proof-of-work.js';
import {
  clearFieldErrors,
  describeFailure,
  fileViolations,
  hideErrorSummary,
  showErrorSummary,
  showProblem,
} from './errors.js';

/** A citizen signed in at the citizens' provider (citizen-prefill.js) files in that session. */
function citizenSession() {
  return document.documentElement.dataset.citizenSignedIn === 'true'
    ? { credentials: 'same-origin' }
    : {};
}

const form = document.getElementById('petition-form');
const summary = document.getElementById('error-summary');
const kindOptions = document.getElementById('kind-options');
const subKindSelect = document.getElementById('sub-kind');
const fieldSelect = document.getElementById('field');
const fileInput = document.getElementById('attachments');
const taxCodeReveal = document.getElementById('conditional-tax-code');
const organisationRadio = document.getElementById('sender-type-organisation');
const submitButton = document.getElementById('submit');
const sendingStatus = document.getElementById('sending');

// The same form serves a receiving officer keying in a petition that came by letter, phone, email or
// at a desk (can-bo/tiep-nhan.html, Decision 31/2021 Art. 43.2): with the channel, sent with the
// officer's session, and nothing kept on the shared desk's device.
const OFFICER = form.dataset.mode === 'officer';
const officerApi = OFFICER ? await import('./officer-api.js') : null;
const ROOT = OFFICER ? '../' : ''; // the officer's page sits in can-bo/

const RECEIPT_KEY = 'pakn.receipt';
const DRAFT_KEY = 'pakn.draft';

let kinds = [];
let sending = false;

// --- the draft, kept on this device until the petition is sent -----------------------------------

function storage(kind) {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null; // storage switched off: the page works, without a draft
  }
}

function saveDraft() {
  if (OFFICER) {
    return;
  }
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.type === 'file' || element.type === 'submit') {
      continue;
    }
    if (element.type === 'radio' || element.type === 'checkbox') {
      if (element.checked) {
        values[element.name] = element.value;
      }
    } else if (element.value !== '') {
      values[element.name] = element.value;
    }
  }
  try {
    storage('local')?.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // full or refused: the draft is a convenience only
  }
  document.getElementById('draft-note').hidden = Object.keys(values).length === 0;
}

function restoreDraft() {
  if (OFFICER) {
    return;
  }
  let values;
  try {
    values = JSON.parse(storage('local')?.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    values = null;
  }
  if (!values || typeof values !== 'object') {
    return;
  }
  for (const element of form.elements) {
    if (!element.name || !Object.prototype.hasOwnProperty.call(values, element.name)) {
      continue;
    }
    if (element.type === 'radio' || element.type === 'checkbox') {
      element.checked = element.value === values[element.name];
      if (element.name === 'kind' && element.checked) {
        renderSubKinds();
      }
    } else if (element.type !== 'file') {
      element.value = String(values[element.name]);
    }
  }
  toggleTaxCode();
  document.getElementById('draft-note').hidden = false;
}

function clearDraft() {
  if (OFFICER) {
    return;
  }
  storage('local')?.removeItem(DRAFT_KEY);
  storage('session')?.removeItem('pakn.draft.step');
  document.getElementById('draft-note').hidden = true;
}

// --- lists from the API ------------------------------------------------------------------------

function radio(name, id, value, labelText, hintText) {
  const item = document.createElement('div');
  item.className = 'radios__item';
  const input = document.createElement('input');
  input.className = 'radios__input';
  input.type = 'radio';
  input.name = name;
  input.id = id;
  input.value = value;
  const label = document.createElement('label');
  label.className = 'radios__label';
  label.htmlFor = id;
  label.textContent = labelText;
  item.append(input, label);
  if (hintText) {
    const hint = document.createElement('div');
    hint.className = 'hint radios__hint';
    hint.id = `${id}-hint`;
    hint.textContent = hintText;
    input.setAttribute('aria-describedby', hint.id);
    item.append(hint);
  }
  return item;
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function selectedKind() {
  return form.querySelector('input[name="kind"]:checked')?.value ?? '';
}

function renderKinds() {
  const chosen = selectedKind();
  kindOptions.replaceChildren(
    ...kinds.map((kind) => radio('kind', `kind-${kind.code}`, kind.code, kind.name, kind.hint)),
  );
  const again = chosen && document.getElementById(`kind-${chosen}`);
  if (again) {
    again.checked = true;
  }
  renderSubKinds();
}

function renderSubKinds() {
  const chosen = subKindSelect.value;
  const kind = kinds.find((k) => k.code === selectedKind());
  subKindSelect.replaceChildren(
    option('', t(kind ? 'file.subKind.none' : 'file.subKind.chooseKindFirst')),
    ...(kind ? kind.subKinds.map((s) => option(s.code, s.name)) : []),
  );
  subKindSelect.value = kind?.subKinds.some((s) => s.code === chosen) ? chosen : '';
}

function renderFields(fields) {
  const chosen = fieldSelect.value;
  fieldSelect.replaceChildren(
    option('', t('file.field.choose')),
    ...fields.map((f) => option(f.code, f.name)),
  );
  fieldSelect.value = fields.some((f) => f.code === chosen) ? chosen : '';
}

async function loadLists() {
  try {
    const [kindList, fieldList] = await Promise.all([
      getJson(`${ROOT}api/petition-kinds`),
      getJson(`${ROOT}api/fields`),
    ]);
    kinds = kindList;
    renderKinds();
    renderFields(fieldList);
    form.dataset.ready = 'true';
  } catch (error) {
    const failure = describeFailure(error);
    showErrorSummary(summary, { title: t('file.listsFailed'), detail: failure.title });
  }
}

// --- the form as JSON --------------------------------------------------------------------------

function text(name) {
  const value = form.elements.namedItem(name).value;
  return value.trim() === '' ? undefined : value;
}

/** Texts (SMS): the sender's choice once they touched the box; until then the server's default
 * (on when no email is given), which the box mirrors as the email is typed. */
let textsTouched = false;
const textsBox = document.getElementById('sender-texts');
textsBox?.addEventListener('change', () => {
  textsTouched = true;
});
form.elements.namedItem('sender.email')?.addEventListener('input', () => {
  if (!textsTouched) {
    textsBox.checked = text('sender.email') === undefined;
  }
});

function textsChoice() {
  return textsTouched ? textsBox.checked : undefined;
}

function petitionJson() {
  const type = form.querySelector('input[name="sender.type"]:checked')?.value;
  return {
    sender: {
      type,
      name: text('sender.name'),
      address: text('sender.address'),
      phone: text('sender.phone'),
      mailingAddress: text('sender.mailingAddress'),
      email: text('sender.email'),
      taxCode: type === 'ORGANISATION' ? text('sender.taxCode') : undefined,
      texts: textsChoice(),
    },
    kind: selectedKind() || undefined,
    subKind: text('subKind'),
    field: text('field'),
    procedure: text('procedure'),
    procedureCode: text('procedureCode'),
    legalDocument: text('legalDocument'),
    title: text('title'),
    content: text('content'),
    publishName: document.getElementById('publish-name').checked,
    channel: OFFICER ? form.querySelector('input[name="channel"]:checked')?.value : undefined,
    receivedOn: OFFICER ? text('receivedOn') : undefined,
  };
}

// --- errors ------------------------------------------------------------------------------------

function showFailure(error, files) {
  showProblem(summary, error, {
    root: form,
    controls: { sender: document.getElementById('sender-type-person') },
    files,
    texts: 'file.error.',
  });
}


// --- steps (GOV.UK: one topic per page on a phone): who you are → what it is about → details and
// files → check your answers → send. Each step's answers are checked before the next; the server
// checks everything again when it is sent, and a refusal shows every step with its errors.

const steps = [...form.querySelectorAll('[data-step]')];
const STEPPED = steps.length > 0;
const STEP_KEY = 'pakn.draft.step';
let step = 1;

function value(name) {
  return (form.elements.namedItem(name)?.value ?? '').trim();
}

function stepViolations(n) {
  const violations = [];
  const need = (field, present) => {
    if (!present) {
      violations.push({ field, code: 'required', message: t(`file.error.required.${field}`) });
    }
  };
  if (n === 1) {
    need('sender.type', form.querySelector('input[name="sender.type"]:checked'));
    need('sender.name', value('sender.name'));
    need('sender.address', value('sender.address'));
    need('sender.phone', value('sender.phone') || value('sender.mailingAddress'));
  } else if (n === 2) {
    need('kind', selectedKind());
    need('field', value('field'));
    need('procedure', selectedKind() === 'PROPOSAL' || value('procedure'));
  } else if (n === 3) {
    need('title', value('title'));
    need('content', value('content'));
    violations.push(...fileViolations([...fileInput.files], { formatSize }));
  }
  return violations;
}

function showStep(n, { focus = true } = {}) {
  step = n;
  form.classList.remove('form--all-steps');
  for (const section of steps) {
    section.hidden = Number(section.dataset.step) !== n;
  }
  document.getElementById('step-counter').textContent = t('file.step.counter', {
    n,
    total: steps.length,
  });
  if (n === steps.length) {
    renderCheck();
  }
  try {
    storage('session')?.setItem(STEP_KEY, String(n));
  } catch {
    // the step is a convenience only
  }
  if (focus) {
    const heading = steps[n - 1].querySelector('h2');
    heading.tabIndex = -1;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }
}

/** After a refusal from the server: every step at once, so each error's link reaches its field. */
function showAllSteps() {
  form.classList.add('form--all-steps');
  for (const section of steps) {
    section.hidden = false;
  }
}

function checkedLabel(name) {
  const input = form.querySelector(`input[name="${name}"]:checked`);
  return input ? document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.value : '';
}

function selectedText(select) {
  return select.value ? select.options[select.selectedIndex]?.textContent ?? '' : '';
}

/** Check your answers: each answer with a link back to its question. */
function renderCheck() {
  const rows = [
    ['sender.type', 1, checkedLabel('sender.type')],
    ['sender.name', 1, value('sender.name')],
    ['sender.address', 1, value('sender.address')],
    ['sender.phone', 1, value('sender.phone')],
    ['sender.mailingAddress', 1, value('sender.mailingAddress')],
    ['sender.email', 1, value('sender.email')],
    ['sender.taxCode', 1, organisationRadio.checked ? value('sender.taxCode') : ''],
    ['kind', 2, checkedLabel('kind')],
    ['subKind', 2, selectedText(subKindSelect)],
    ['field', 2, selectedText(fieldSelect)],
    ['procedure', 2, value('procedure')],
    ['procedureCode', 2, value('procedureCode')],
    ['legalDocument', 2, value('legalDocument')],
    ['title', 3, value('title')],
    ['content', 3, value('content')],
    ['attachments', 3, [...fileInput.files].map((f) => f.name).join(', ')],
    [
      'publishName',
      3,
      t(document.getElementById('publish-name').checked ? 'file.check.yes' : 'file.check.no'),
    ],
  ];
  document.getElementById('check-answers').replaceChildren(
    ...rows
      .filter(([, , answer]) => answer !== '')
      .map(([field, stepOfField, answer]) => {
        const row = document.createElement('div');
        row.className = 'summary-list__row';
        const dt = document.createElement('dt');
        dt.textContent = t(`file.error.field.${field}`);
        const dd = document.createElement('dd');
        dd.className = 'petition-text';
        dd.textContent = answer;
        const actions = document.createElement('dd');
        actions.className = 'summary-list__actions';
        const change = document.createElement('button');
        change.type = 'button';
        change.className = 'link-button';
        change.dataset.change = field;
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ` ${dt.textContent}`;
        change.append(t('file.check.change'), hidden);
        change.addEventListener('click', () => {
          showStep(stepOfField, { focus: false });
          const control = form.querySelector(`[data-field="${CSS.escape(field)}"]`)?.querySelector('input, select, textarea');
          control?.focus();
          control?.scrollIntoView({ block: 'center' });
        });
        actions.append(change);
        row.append(dt, dd, actions);
        return row;
      }),
  );
}

function next() {
  clearFieldErrors(form);
  hideErrorSummary(summary);
  const problems = stepViolations(step);
  if (problems.length > 0) {
    showFailure({ title: t('file.error.title'), violations: problems }, [...fileInput.files]);
    return;
  }
  showStep(step + 1);
}

for (const button of form.querySelectorAll('[data-step-next]')) {
  button.addEventListener('click', next);
}
for (const button of form.querySelectorAll('[data-step-back]')) {
  button.addEventListener('click', () => {
    clearFieldErrors(form);
    hideErrorSummary(summary);
    showStep(Math.max(1, step - 1));
  });
}

// --- submitting --------------------------------------------------------------------------------

function setSending(on) {
  sending = on;
  submitButton.setAttribute('aria-disabled', String(on));
  sendingStatus.textContent = on ? t('file.sending') : '';
}

/** The proof of work of a citizen's filing, with the page saying what it is waiting for. */
async function proving() {
  sendingStatus.textContent = t('proofOfWork.solving');
  const proof = await proofOfWorkHeader();
  sendingStatus.textContent = t('file.sending');
  return proof;
}

async function submit(event) {
  event.preventDefault();
  if (sending) {
    return;
  }
  if (STEPPED && step < steps.length && !form.classList.contains('form--all-steps')) {
    next(); // Enter in a field of an earlier step moves on, as its button would
    return;
  }
  clearFieldErrors(form);
  hideErrorSummary(summary);
  const files = [...fileInput.files];
  const early = fileViolations(files, { formatSize });
  if (early.length > 0) {
    showFailure({ title: t('file.error.title'), violations: early }, files);
    return;
  }
  const petition = petitionJson();
  setSending(true);
  try {
    let receipt;
    if (OFFICER && !petition.channel) {
      showFailure({ title: t('file.error.title'), violations: [{ field: 'channel', message: t('register.channel.missing') }] }, files);
      return;
    }
    const proof = OFFICER ? {} : await proving();
    if (files.length === 0) {
      receipt = OFFICER
        ? await officerApi.post('api/petitions', petition)
        : await postJson('api/petitions', petition, proof, citizenSession());
    } else {
      const body = new FormData();
      body.append(
        'petition',
        new Blob([JSON.stringify(petition)], { type: 'application/json' }),
        'petition.json',
      );
      files.forEach((file) => body.append('attachments', file, file.name));
      receipt = OFFICER
        ? await officerApi.postFormData('api/petitions', body)
        : await postForm('api/petitions', body, proof, citizenSession());
    }
    showReceipt(receipt);
  } catch (error) {
    if (STEPPED && error?.violations?.length > 0) {
      showAllSteps();
    }
    showFailure(error, files);
  } finally {
    setSending(false);
  }
}

// --- the receipt -------------------------------------------------------------------------------

function showReceipt(receipt) {
  // kept for this tab only, so a reload or Back on the confirmation still shows the key
  try {
    if (!OFFICER) {
      storage('session')?.setItem(RECEIPT_KEY, JSON.stringify(receipt));
    }
  } catch {
    // the reader is told to write the key down anyway
  }
  clearDraft();
  document.getElementById('receipt-code').textContent = receipt.trackingCode;
  document.getElementById('receipt-key').textContent = receipt.accessKey;
  document.getElementById('receipt-message').textContent = receipt.message ?? '';
  document.getElementById('receipt-time').textContent = formatDateTime(receipt.receivedAt);
  // the key travels only in the fragment, which browsers never send to a server
  document.getElementById('follow-link').href = OFFICER
    ? `phan-anh.html?code=${encodeURIComponent(receipt.trackingCode)}`
    : `theo-doi.html?code=${encodeURIComponent(receipt.trackingCode)}` +
      `#key=${encodeURIComponent(receipt.accessKey)}`;
  form.reset();
  toggleTaxCode();
  renderSubKinds();
  document.getElementById('filing').hidden = true;
  document.getElementById('confirmation').hidden = false;
  document.title = t(OFFICER ? 'register.confirm.pageTitle' : 'confirm.pageTitle');
  document.getElementById('confirmation-title').focus();
  window.scrollTo(0, 0);
}

async function copy(elementId) {
  const element = document.getElementById(elementId);
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(element.textContent);
    status.textContent = t('confirm.copied', { value: element.textContent });
  } catch {
    // no clipboard (plain http, old browser): select the text so the reader can copy it
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = t('confirm.copyManually');
  }
}

// --- wiring ------------------------------------------------------------------------------------

function toggleTaxCode() {
  const organisation = organisationRadio.checked;
  taxCodeReveal.hidden = !organisation;
}

form.addEventListener('submit', submit);
form.addEventListener('input', saveDraft);
document.getElementById('draft-clear')?.addEventListener('click', () => {
  clearDraft();
  form.reset();
  toggleTaxCode();
  renderSubKinds();
  document.getElementById('sender-type-person').focus();
});
document.getElementById('another-link').addEventListener('click', () => {
  storage('session')?.removeItem(RECEIPT_KEY);
});
form.addEventListener('change', (event) => {
  saveDraft();
  if (event.target.name === 'kind') {
    renderSubKinds();
  }
  if (event.target.name === 'sender.type') {
    toggleTaxCode();
  }
});
document.getElementById('copy-code').addEventListener('click', () => copy('receipt-code'));
document.getElementById('copy-key').addEventListener('click', () => copy('receipt-key'));
document.getElementById('print').addEventListener('click', () => window.print());
toggleTaxCode();
if (OFFICER) {
  const { startOfficerPage } = await import('./officer-shell.js');
  await startOfficerPage();
} else {
  await start();
}
onLanguageChange(() => {
  if (STEPPED && !form.classList.contains('form--all-steps')) {
    showStep(step, { focus: false });
  }
  if (!document.getElementById('confirmation').hidden) {
    document.title = t(OFFICER ? 'register.confirm.pageTitle' : 'confirm.pageTitle');
  }
  loadLists();
});
function storedReceipt() {
  try {
    return JSON.parse(storage('session')?.getItem(RECEIPT_KEY) ?? 'null');
  } catch {
    return null;
  }
}

await loadLists();
const receipt = OFFICER ? null : storedReceipt();
if (receipt?.trackingCode && receipt?.accessKey) {
  showReceipt(receipt);
} else {
  restoreDraft();
  if (STEPPED) {
    let saved = 1;
    try {
      saved = Number(storage('session')?.getItem(STEP_KEY)) || 1;
    } catch {
      saved = 1;
    }
    // a step is kept only while every earlier one is still complete
    let reachable = 1;
    while (reachable < saved && stepViolations(reachable).length === 0) {
      reachable += 1;
    }
    showStep(reachable, { focus: false });
  }
}
