// Review mode: confirm, reject or edit a fact with a note, from the evidence panel (reached from the
// table, the map, the network and the queue), with keyboard shortcuts. The token comes from the
// address the server printed (#token=...), is kept for this tab only and sent as a header; the
// server also refuses any other origin. Notes and values are shown as text nodes only.
import { clear, el, getJSON } from './dom.js';
import { startPlaceTeaching } from './teach.js';

const TOKEN_KEY = 'frontwatch-review-token';
const EDITABLE = {
  event: ['type', 'mode', 'source_actor', 'target_actor', 'place_id', 'date', 'certainty', 'killed', 'injured', 'civilians'],
  relation: ['kind', 'source_actor', 'target_actor', 'date', 'certainty'],
  control: ['kind', 'place_id', 'new_controller', 'previous_controller', 'date', 'certainty'],
};
const QUEUE_SIZE = 50;
const review = { on: false, token: '', onChange: () => {} };

function takeToken() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search); // not left in the address bar
  }
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export async function startReview(onChange) {
  review.token = takeToken();
  review.onChange = onChange;
  const status = await getJSON('/api/review/status');
  review.on = status.review && Boolean(review.token);
  document.body.dataset.review = review.on ? 'on' : 'off';
  document.getElementById('review-panel').hidden = !review.on;
  if (review.on) { loadQueue(); startTeaching(); startPlaceTeaching(post); }
  document.addEventListener('keydown', onShortcut);
}

export const reviewing = () => review.on;

async function send(record, id, body) {
  return (await post(`/api/review/facts/${record}/${encodeURIComponent(id)}`, body)).review;
}

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-FrontWatch-Token': review.token },
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new Error(answer?.error?.message || `${response.status} ${response.statusText}`);
  return answer;
}

// Teaching: an unknown name becomes an alias of a known actor or a new actor in the overlay pack.
async function startTeaching() {
  const form = document.getElementById('teach');
  const message = document.getElementById('teach-message');
  const unknown = await getJSON('/api/review/unknown-actors?limit=200');
  clear(document.getElementById('unknown-list')).append(...unknown.map((u) => el('option', { value: u.text })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (name) => form.elements[name].value.trim();
    const body = value('id')
      ? { name: value('name'), new: { id: value('id'), name: value('name'), type: value('type'), country: value('country') } }
      : { name: value('name'), alias_of: value('alias_of') };
    try {
      const { actor } = await post('/api/review/kb/actors', body);
      message.textContent = `Taught: ${actor.id} (${actor.name}) is also called ${(actor.aliases || [actor.name]).join(', ')}`;
      message.classList.remove('error');
    } catch (err) {
      message.textContent = `Not taught: ${err.message}`;
      message.classList.add('error');
    }
  });
}

// The review box of one fact: its state, a note, the three actions and an edit form.
export function reviewBox(record, id, values) {
  if (!review.on || !id) return '';
  const note = el('input', { class: 'review-note', name: 'note', placeholder: 'note (why)', maxlength: 2000 });
  const message = el('p', { class: 'review-message', role: 'status' });
  const form = editForm(record, values);
  const box = el('div', { class: 'review-box', 'data-record': record, 'data-id': id },
    el('span', { class: 'review-state' }, values?.review ? `reviewed: ${values.review}` : 'not reviewed'),
    el('button', { type: 'button', class: 'confirm', title: 'Confirm (c)', onclick: () => act('confirm') }, '✓ Confirm'),
    el('button', { type: 'button', class: 'reject', title: 'Reject (x)', onclick: () => act('reject') }, '✗ Reject'),
    el('button', { type: 'button', class: 'edit', title: 'Edit (e)', onclick: () => { form.hidden = !form.hidden; } }, '✎ Edit'),
    note, form, message);
  async function act(action, changes = {}) {
    try {
      const done = await send(record, id, { action, changes, note: note.value });
      message.textContent = done.note ? `${done.action} recorded: ${done.note}` : `${done.action} recorded`;
      box.querySelector('.review-state').textContent = `reviewed: ${done.action}`;
      review.onChange();
      loadQueue();
    } catch (err) {
      message.textContent = `Not recorded: ${err.message}`;
      message.classList.add('error');
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes = {};
    for (const input of form.querySelectorAll('input')) {
      const before = input.dataset.before;
      if (input.value !== before) changes[input.name] = input.value;
    }
    if (Object.keys(changes).length) act('edit', changes);
    else message.textContent = 'Nothing changed';
  });
  box.act = act;
  return box;
}

function editForm(record, values) {
  const form = el('form', { class: 'review-edit', hidden: true });
  for (const field of EDITABLE[record]) {
    const value = values?.[field] ?? '';
    form.append(el('label', {}, field, ' ', el('input', { name: field, value: String(value), 'data-before': String(value) })));
  }
  form.append(el('button', { type: 'submit' }, 'Save edit'));
  return form;
}

function onShortcut(e) {
  if (!review.on || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) return;
  const box = document.querySelector('#detail .review-box');
  if (!box) return;
  if (e.key === 'c') box.act('confirm');
  else if (e.key === 'x') box.act('reject');
  else if (e.key === 'e') { const form = box.querySelector('.review-edit'); form.hidden = false; form.querySelector('input').focus(); e.preventDefault(); }
  else if (e.key === 'n') { box.querySelector('.review-note').focus(); e.preventDefault(); }
}

// One fact from the queue (any kind): its sentence and its review box.
export async function showFact(record, id) {
  const root = clear(document.getElementById('detail'));
  try {
    const { machine, reviews } = await getJSON(`/api/review/facts/${record}/${encodeURIComponent(id)}`);
    const latest = reviews.at(-1);
    const values = latest && latest.action !== 'reject' ? { ...machine, ...latest.after } : machine;
    root.append(el('h3', { class: 'what' }, `${record} ${id}`), el('q', {}, machine.sentence || ''),
      reviewBox(record, id, { ...values, review: latest?.action }), reviewHistory(reviews));
  } catch (err) {
    root.append(el('p', { class: 'error' }, `Could not load ${record} ${id}: ${err.message}`));
  }
}

function reviewHistory(reviews) {
  if (!reviews.length) return '';
  return el('ol', { class: 'review-history' }, ...reviews.map((r) => el('li', {},
    `${r.reviewed_at} ${r.reviewer || 'someone'}: ${r.action}`, r.note ? el('q', {}, r.note) : '')));
}

async function loadQueue() {
  const list = clear(document.getElementById('review-queue'));
  const { queue, progress } = await getJSON(`/api/review/queue?limit=${QUEUE_SIZE}`);
  document.getElementById('review-left').textContent = Object.entries(progress)
    .map(([kind, p]) => `${kind}: ${p.left} left of ${p.facts}`).join(' · ');
  for (const item of queue) {
    list.append(el('li', { class: 'queue-item', tabindex: 0, 'data-record': item.record, 'data-id': item.record_id,
      onclick: () => showFact(item.record, item.record_id) },
    el('strong', {}, `${item.impact} ${item.record} ${item.kind}`), ` ${item.source || '?'} → ${item.target || '?'} `,
    el('q', {}, item.sentence || '')));
  }
}
