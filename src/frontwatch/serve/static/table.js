// The event table: one row per event, a click shows its evidence.
import { clear, el, shownDate } from './dom.js';

const REVIEW_KEYS = ['c', 'x', 'e']; // confirm, reject, edit the row's event (review mode)

function actorCell(id, text) {
  return el('td', { title: text || '' }, id || text || '');
}

export function drawTable(page, handlers) {
  const body = clear(document.querySelector('#events tbody'));
  for (const event of page.events) {
    body.append(el('tr', { 'data-event': event.id, tabindex: 0, onclick: () => handlers.onEvent(event.id),
      onkeydown: (e) => {
        if (e.key === 'Enter') handlers.onEvent(event.id);
        else if (REVIEW_KEYS.includes(e.key)) { e.stopPropagation(); handlers.onReviewKey(event.id, e.key); }
      } },
    el('td', {}, shownDate(event.date, event.date_precision)), el('td', {}, [event.type, event.mode].filter(Boolean).join(' / ')),
    actorCell(event.source_actor, event.source_text), actorCell(event.target_actor, event.target_text),
    el('td', {}, event.place_name || event.place_text || ''), el('td', { class: 'num' }, event.killed ?? ''),
    el('td', {}, event.certainty || ''), el('td', { class: 'review' }, event.review || '')));
  }
  const end = page.offset + page.events.length;
  document.getElementById('page').textContent = page.total ? `${page.offset + 1}–${end} of ${page.total}` : 'no events';
}
