// kiosk.html: a tablet at a service desk. One tap per question, then thanks, then it resets itself
// for the next person. Every response is queued on the device (localStorage) before anything is
// sent, signed with the kiosk's secret (HMAC-SHA256 over the exact payload text) and carrying an id
// made on the device, so the queue survives a dropped network or a reload and the server stores
// each response once. The set-up link (kiosk.html#kiosk=K-…&secret=…) is read once and removed
// from the address bar; WebCrypto needs a secure context (HTTPS, or localhost).

import { start, t, language, onLanguageChange } from './i18n.js';

const CREDENTIALS = 'pakn.kiosk';
const QUEUE = 'pakn.kiosk.queue';
const BATCH = 50;
const RETRY_MS = 3000;
const params = new URLSearchParams(window.location.search);
const THANKS_MS = Number(params.get('thanks')) > 0 ? Number(params.get('thanks')) : 4000;
const IDLE_MS = 60000;
const FACES = { 'face-frown': '☹', 'face-meh': '😐', 'face-smile': '☺', 'face-grin': '😄' };

let kiosk = null;
let definition = null;
let current = 0;
let answers = {};
let idleTimer = null;
let flushing = false;

const $ = (id) => document.getElementById(id);
const text = (label) => (label ? label[language()] ?? label.vi : '');

function credentials() {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  if (hash.get('kiosk') && hash.get('secret')) {
    localStorage.setItem(CREDENTIALS, JSON.stringify({ code: hash.get('kiosk'), secret: hash.get('secret') }));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  try {
    const stored = JSON.parse(localStorage.getItem(CREDENTIALS) || 'null');
    return stored?.code && stored?.secret ? stored : null;
  } catch {
    return null;
  }
}

function queue() {
  try {
    const q = JSON.parse(localStorage.getItem(QUEUE) || '[]');
    return Array.isArray(q) ? q : [];
  } catch {
    return [];
  }
}

function saveQueue(q) {
  localStorage.setItem(QUEUE, JSON.stringify(q));
  showStatus();
}

function showStatus(problem) {
  const waiting = queue().length;
  $('kiosk-status').textContent = problem
    ? problem
    : waiting > 0
      ? t('surveys.kiosk.waiting', { count: waiting })
      : t('surveys.kiosk.sent');
  $('kiosk-status').dataset.waiting = String(waiting);
}

function uuid() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function sign(payload) {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(kiosk.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(payload));
  return [...new Uint8Array(mac)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

async function enqueue(values) {
  const token = $('kiosk-token').value.trim().toUpperCase();
  const payload = JSON.stringify({
    clientId: uuid(),
    answeredAt: new Date().toISOString(),
    survey: definition.id,
    version: definition.version,
    ...(token ? { token } : {}),
    answers: values,
  });
  const entry = { payload, signature: await sign(payload) };
  saveQueue([...queue(), entry]);
}

/** Sends the oldest entries; the server answers for each one, so every sent entry leaves the queue. */
async function flush() {
  if (flushing || !kiosk) {
    return;
  }
  flushing = true;
  try {
    for (let q = queue(); q.length > 0; q = queue()) {
      const batch = q.slice(0, BATCH);
      const response = await fetch(`api/kiosks/${encodeURIComponent(kiosk.code)}/responses`, {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' },
        body: JSON.stringify({ entries: batch }),
      });
      if (!response.ok) {
        showStatus(t('surveys.kiosk.refused', { status: response.status }));
        return;
      }
      const sent = new Set(batch.map((e) => e.payload));
      saveQueue(queue().filter((e) => !sent.has(e.payload)));
    }
  } catch {
    showStatus(t('surveys.kiosk.offline', { count: queue().length }));
  } finally {
    flushing = false;
  }
}

function choiceButton(question, level) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `kiosk__choice kiosk__choice--${Math.min(3, level.value)}`;
  button.dataset.value = String(level.value);
  if (level.icon && FACES[level.icon]) {
    const face = document.createElement('span');
    face.className = 'kiosk__face';
    face.setAttribute('aria-hidden', 'true');
    face.textContent = FACES[level.icon];
    button.append(face);
  }
  button.append(document.createTextNode(text(level.label)));
  button.addEventListener('click', () => choose(question, level.value));
  return button;
}

function showQuestion() {
  const question = definition.questions[current];
  const scale = definition.scales.find((s) => s.id === question.scale);
  $('kiosk-question-text').textContent = text(question.text);
  $('kiosk-choices').replaceChildren(...scale.levels.map((level) => choiceButton(question, level)));
  $('kiosk-thanks').hidden = true;
  $('kiosk-question').hidden = false;
}

async function choose(question, value) {
  answers[question.id] = value;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(reset, IDLE_MS);
  current += 1;
  if (current < definition.questions.length) {
    showQuestion();
    return;
  }
  clearTimeout(idleTimer);
  const values = answers;
  $('kiosk-question').hidden = true;
  $('kiosk-thanks').hidden = false;
  $('kiosk-thanks').focus();
  await enqueue(values);
  flush();
  setTimeout(reset, THANKS_MS);
}

function reset() {
  clearTimeout(idleTimer);
  current = 0;
  answers = {};
  $('kiosk-token').value = '';
  showQuestion();
}

function describe() {
  $('kiosk-desk').textContent = kiosk.desk;
  $('kiosk-agency').textContent = kiosk.agencyName ? `– ${kiosk.agencyName}` : '';
  document.title = `${kiosk.desk} – ${t('surveys.kiosk.pageTitle')}`;
}

async function load(path, key) {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': language() } });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    const value = await response.json();
    localStorage.setItem(key, JSON.stringify(value));
    return value;
  } catch (error) {
    const cached = localStorage.getItem(key);
    if (cached) {
      return JSON.parse(cached);
    }
    throw error;
  }
}

await start();
const stored = credentials();
if (!stored) {
  $('kiosk-unregistered').hidden = false;
} else if (!window.crypto?.subtle) {
  $('kiosk-unregistered').hidden = false;
  showStatus(t('surveys.kiosk.insecure'));
} else {
  const described = await load(`api/kiosks/${encodeURIComponent(stored.code)}`, 'pakn.kiosk.description');
  kiosk = { ...described, ...stored };
  definition = await load(`api/surveys/${encodeURIComponent(kiosk.survey)}`, 'pakn.kiosk.survey');
  describe();
  reset();
  showStatus();
  flush();
  setInterval(flush, RETRY_MS);
  window.addEventListener('online', flush);
  onLanguageChange(() => {
    describe();
    showStatus();
    if (!$('kiosk-question').hidden) {
      showQuestion();
    }
  });
}
