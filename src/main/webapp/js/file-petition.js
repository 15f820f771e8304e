// gui-phan-anh.html: file a petition. The server validates everything and answers field
// violations as problem+json; this page only checks attachments early (count, size, type) so a
// reader on a slow connection does not upload 50 MB to be told no.

import { start, t, onLanguageChange, formatDateTime, formatSize } from './i18n.js';
import { ApiError, getJson, postForm, postJson } from './api.js';
import {
  clearFieldErrors,
  describeFailure,
  hideErrorSummary,
  showErrorSummary,
  showFieldError,
} from './errors.js';

const MAX_FILES = 5;
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = ['pdf', 'jpg', 'jpeg', 'png', 'docx'];

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

let kinds = [];
let sending = false;

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
  };
}

function extension(fileName) {
  const dot = fileName.lastIndexOf('.');
  return dot < 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The attachment problems the browser can see, as violations shaped like the server's. */
function fileViolations(files) {
  if (files.length > MAX_FILES) {
    return [{ field: 'attachments', message: t('file.attachments.tooMany', { max: MAX_FILES }) }];
  }
  const violations = [];
  files.forEach((file, i) => {
    const field = `attachments[${i}]`;
    if (!FILE_TYPES.includes(extension(file.name))) {
      violations.push({ field, message: t('file.attachments.type') });
    } else if (file.size === 0) {
      violations.push({ field, message: t('file.attachments.empty') });
    } else if (file.size > MAX_FILE_BYTES) {
      violations.push({
        field,
        message: t('file.attachments.tooLarge', { size: formatSize(file.size), max: '10 MB' }),
      });
    }
  });
  return violations;
}

// --- errors ------------------------------------------------------------------------------------

/** The form group a server field path belongs to: "sender.phone", "attachments[1]", "sender". */
function groupFor(field) {
  const path = field === 'sender' ? 'sender.type' : field.replace(/\[\d+\]$/, '');
  return form.querySelector(`[data-field="${CSS.escape(path)}"]`);
}

function firstControl(group) {
  return group.querySelector('input, select, textarea');
}

/** "Họ và tên: Trường này là bắt buộc." — the field's name, so the summary reads on its own. */
function summaryText(field, message, files) {
  const index = /^attachments\[(\d+)\]$/.exec(field);
  if (index) {
    const name = files[Number(index[1])]?.name ?? String(Number(index[1]) + 1);
    return t('file.error.attachment', { name, message });
  }
  const key = `file.error.field.${field === 'sender' ? 'sender.type' : field}`;
  const label = t(key);
  return label === key ? message : t('file.error.withField', { field: label, message });
}

function showViolations(title, detail, violations, files) {
  const byGroup = new Map();
  const items = violations.map((v) => {
    const group = groupFor(v.field);
    const text = summaryText(v.field, v.message, files);
    if (group) {
      const inline = /^attachments\[\d+\]$/.test(v.field) ? text : v.message;
      byGroup.set(group, [...(byGroup.get(group) ?? []), inline]);
    }
    return { text, target: group ? firstControl(group) : null };
  });
  // the summary lists errors in the order of the form, whatever order the server used
  items.sort((a, b) => {
    if (!a.target || !b.target) {
      return a.target ? 1 : b.target ? -1 : 0;
    }
    return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  byGroup.forEach((messages, group) => showFieldError(group, messages));
  showErrorSummary(summary, { title, detail, items });
}

function showFailure(error, files) {
  if (error instanceof ApiError && error.violations.length > 0) {
    showViolations(error.title, error.detail, error.violations, files);
  } else {
    showErrorSummary(summary, describeFailure(error));
  }
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
  const early = fileViolations(files);
  if (early.length > 0) {
    showViolations(t('file.error.title'), '', early, files);
    return;
  }
  const petition = petitionJson();
  setSending(true);
  try {
    let receipt;
    if (files.length === 0) {
      receipt = await postJson('api/petitions', petition);
    } else {
      const body = new FormData();
      body.append(
        'petition',
        new Blob([JSON.stringify(petition)], { type: 'application/json' }),
        'petition.json',
      );
      files.forEach((file) => body.append('attachments', file, file.name));
      receipt = await postForm('api/petitions', body);
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
  document.getElementById('receipt-code').textContent = receipt.trackingCode;
  document.getElementById('receipt-key').textContent = receipt.accessKey;
  document.getElementById('receipt-message').textContent = receipt.message ?? '';
  document.getElementById('receipt-time').textContent = formatDateTime(receipt.receivedAt);
  // the key travels only in the fragment, which browsers never send to a server
  document.getElementById('follow-link').href =
    `theo-doi.html?code=${encodeURIComponent(receipt.trackingCode)}` +
    `#key=${encodeURIComponent(receipt.accessKey)}`;
  form.reset();
  toggleTaxCode();
  renderSubKinds();
  document.getElementById('filing').hidden = true;
  document.getElementById('confirmation').hidden = false;
  document.title = t('confirm.pageTitle');
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
form.addEventListener('change', (event) => {
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
await start();
onLanguageChange(() => {
  if (!document.getElementById('confirmation').hidden) {
    document.title = t('confirm.pageTitle');
  }
  loadLists();
});
await loadLists();
