// What `frontwatch watch` found since this browser's last visit, and while the page is open:
// a list above the panels; each new alert also reloads the views (the map shows the change).
import { clear, el, getJSON, safeHref } from './dom.js';

const KEY = 'frontwatch:last-visit';
const POLL_MS = 15000;
const panel = el('section', { id: 'alerts-panel', class: 'panel wide', hidden: true });
let seenUntil = null;

function item(alert) {
  const ev = (alert.evidence || [])[0] || {};
  const href = safeHref(ev.url);
  return el('li', { 'data-key': alert.key }, el('strong', {}, alert.summary), ' ',
    el('small', {}, `${alert.kind} ${alert.date || ''}`), el('br'), el('q', {}, ev.sentence || ''), ' ',
    href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, ev.outlet || 'source') : el('small', {}, ev.outlet || ''));
}

function show(alerts, heading) {
  if (!alerts.length) return;
  const list = panel.querySelector('ul') || el('ul');
  if (!panel.querySelector('h2')) panel.append(el('h2', {}, heading), list);
  for (const alert of alerts.slice().reverse()) list.prepend(item(alert));
  panel.querySelector('h2').textContent = `${list.children.length} new alert(s) ${heading}`;
  panel.hidden = false;
}

async function check(first) {
  const since = seenUntil ? `?since=${encodeURIComponent(seenUntil)}` : '';
  const body = await getJSON(`/api/alerts${since}`);
  seenUntil = body.now;
  localStorage.setItem(KEY, body.now);
  show(body.alerts, first ? (since ? 'since your last visit' : 'so far') : 'while watching');
  if (!first && body.alerts.length) window.dispatchEvent(new Event('frontwatch:changed'));
}

export function startAlerts() {
  document.querySelector('main').prepend(clear(panel));
  seenUntil = localStorage.getItem(KEY);
  check(true).catch(() => {});
  setInterval(() => check(false).catch(() => {}), POLL_MS);
}
