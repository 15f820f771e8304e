// gui-phan-anh.html: a citizen signed in at the citizens' identity provider (cua-toi.html) files in
// that session, so the petition is listed on "my petitions"; the sender's name, email and phone the
// provider gave fill the fields the citizen has not filled yet (the citizen can still change them).

import { call } from './api.js';

const fields = { name: 'sender-name', email: 'sender-email', phone: 'sender-phone' };

/** +84 912 345 678 → 0912345678, as Vietnamese people write their numbers. */
function national(phone) {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

let me;
try {
  me = await call('api/citizen-session', { credentials: 'same-origin' });
} catch {
  me = null;
}
if (me?.signedIn) {
  document.documentElement.dataset.citizenSignedIn = 'true';
  for (const [claim, id] of Object.entries(fields)) {
    const input = document.getElementById(id);
    const value = claim === 'phone' && me.phone ? national(me.phone) : me[claim];
    if (input && value && input.value.trim() === '') {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
