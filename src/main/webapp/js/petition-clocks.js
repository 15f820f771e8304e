// can-bo/phan-anh.html: the stage clocks of the petition (GET api/clocks/{code}) — each stage at each
// agency with its start, due, working days left, status, how the due was counted, its pauses and the
// changes of its due. Reloaded whenever the petition page redraws its trail (after loading and after each step).

import { t, onLanguageChange, formatDateTime, formatDeadline } from './i18n.js';
import { get } from './officer-api.js';
import { param } from './officer-shell.js';
import { urgency } from './working-days.js';

const code = param('code') || '';
const section = document.getElementById('clocks');
const list = document.getElementById('clocks-list');

function row(labelKey, ...content) {
  const div = document.createElement('div');
  div.className = 'summary-list__row';
  const dt = document.createElement('dt');
  dt.textContent = t(labelKey);
  const dd = document.createElement('dd');
  dd.append(...content);
  div.append(dt, dd);
  return div;
}

function status(clock) {
  const tag = document.createElement('strong');
  tag.className = 'tag';
  tag.textContent = t(`clocks.status.${clock.status}`);
  const parts = [tag];
  if (clock.workingDaysLeft !== undefined) {
    const left = clock.workingDaysLeft;
    const days = document.createElement('span');
    days.className = `days-left days-left--${urgency(left)}`;
    days.textContent =
      left < 0
        ? t('clocks.daysOverdue', { n: -left })
        : left === 0
          ? t('clocks.lastDay')
          : t('clocks.daysLeft', { n: left });
    parts.push(' ', days);
  }
  return parts;
}

function items(entries, describe) {
  const ol = document.createElement('ul');
  ol.className = 'list';
  for (const entry of entries) {
    const li = document.createElement('li');
    li.textContent = describe(entry);
    ol.append(li);
  }
  return ol;
}

function card(clock) {
  const article = document.createElement('article');
  article.className = 'clock';
  article.dataset.stage = clock.stage;
  const h3 = document.createElement('h3');
  h3.textContent = clock.agencyName ? `${clock.stageLabel} – ${clock.agencyName}` : clock.stageLabel;
  const dl = document.createElement('dl');
  dl.className = 'summary-list';
  dl.append(
    row('clocks.started', formatDateTime(clock.startedAt)),
    row('clocks.due', formatDeadline(clock.due)),
    row('clocks.status', ...status(clock)),
  );
  if (clock.finishedAt) {
    dl.append(row('clocks.finished', formatDateTime(clock.finishedAt)));
  }
  const days = t('clocks.days', { n: clock.workingDays });
  const extra = [];
  if (clock.extensionDays) {
    extra.push(t('clocks.extended', { n: clock.extensionDays }));
  }
  if (clock.pausedDays) {
    extra.push(t('clocks.paused', { n: clock.pausedDays }));
  }
  dl.append(row('clocks.period', [days, ...extra].join('; ')));
  dl.append(row('clocks.legalBasis', clock.legalBasis));
  const explanation = document.createElement('p');
  explanation.className = 'clock__explanation';
  explanation.textContent = clock.explanation;
  dl.append(row('clocks.explanation', explanation));
  if (clock.pauses.length) {
    dl.append(
      row(
        'clocks.pauses',
        items(clock.pauses, (p) =>
          p.resumedAt
            ? t('clocks.pause.resumed', {
                from: formatDateTime(p.pausedAt),
                to: formatDateTime(p.resumedAt),
                n: p.workingDays,
                reason: p.reason,
              })
            : t('clocks.pause.open', { from: formatDateTime(p.pausedAt), reason: p.reason }),
        ),
      ),
    );
  }
  if (clock.changes.length) {
    dl.append(
      row(
        'clocks.changes',
        items(clock.changes, (c) =>
          t('clocks.change', {
            at: formatDateTime(c.at),
            cause: t(`clocks.cause.${c.cause}`),
            from: formatDeadline(c.oldDue),
            to: formatDeadline(c.newDue),
            note: [c.note, c.actor].filter(Boolean).join(' – '),
          }),
        ),
      ),
    );
  }
  article.append(h3, dl);
  return article;
}

async function load() {
  if (!code) {
    return;
  }
  try {
    const result = await get(`api/clocks/${encodeURIComponent(code)}`);
    // the latest stage first: the one an officer works on now
    list.replaceChildren(...[...result.clocks].reverse().map(card));
    section.hidden = result.clocks.length === 0;
  } catch {
    section.hidden = true; // the petition page reports why the petition could not be opened
  }
}

// the petition page redraws its trail after loading and after every step: the clocks follow
let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    queueMicrotask(() => {
      pending = false;
      load();
    });
  }
}).observe(document.getElementById('p-trail'), { childList: true });

onLanguageChange(load);
