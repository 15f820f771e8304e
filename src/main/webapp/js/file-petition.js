// gui-phan-anh.html: file a petition. The server validates everything and answers field
// violations as problem+json; this page only checks attachments early (count, size, type) so a
// reader on a slow connection does not upload 50 MB to be told no.

import { start, t, onLanguageChange, formatDateTime, formatSize } from './i18n.js';
import { getJson, postForm, postJson } from './api.js';
import {
  clearFieldErrors,
  describeFailure,
  fileViolations,
  hideErrorSummary,
  showErrorSummary,
  showProblem,
} from './errors.js';

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
      getJson('api/petition-kinds'),
      getJson('api/fields'),
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

// --- submitting --------------------------------------------------------------------------------

function setSending(on) {
  sending = on;
  submitButton.setAttribute('aria-disabled', String(on));
  sendingStatus.textContent = on ? t('file.sending') : '';
}

async function submit(event) {
  event.preventDefault();
  if (sending) {
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
    if (files.length === 0) {
      receipt = OFFICER
        ? await officerApi.post('api/petitions', petition)
        : await postJson('api/petitions', petition);
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
        : await postForm('api/petitions', body);
    }
    showReceipt(receipt);
  } catch (error) {
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
  organisationRadio.setAttribute('aria-expanded', String(organisation));
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
}
