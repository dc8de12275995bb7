// FrontWatch page: filters live in the address bar; every view reloads from the REST API.
import { startAlerts } from './alerts.js';
import { clear, el, getJSON } from './dom.js';
import { showControl, showEdge, showEvent, showPlace } from './detail.js';
import { drawMap } from './map.js';
import { drawNetwork } from './network.js';
import { drawTable } from './table.js';
import { startReview } from './review.js';
import { drawTimeline } from './timeline.js';

const FILTERS = ['actor', 'type', 'since', 'until', 'place', 'certainty'];
const PAGE = 50;
const MAP_LIMIT = 1000;
const PLACE_EVENTS = 100;
const NETWORK_EDGES = 45; // the strongest ties; more becomes a hairball
const state = { filters: {}, offset: 0, event: null };
const form = document.getElementById('filters');

function readURL() {
  const query = new URLSearchParams(location.search);
  state.filters = {};
  for (const key of FILTERS) if (query.get(key)) state.filters[key] = query.get(key);
  state.event = query.get('event');
}

function writeURL() {
  const query = new URLSearchParams();
  for (const key of FILTERS) if (state.filters[key]) query.set(key, state.filters[key]);
  if (state.event) query.set('event', state.event);
  const search = query.toString();
  if (search !== location.search.slice(1)) history.pushState(null, '', search ? `?${search}` : location.pathname);
}

function filterQuery(extra = {}) {
  const query = new URLSearchParams(state.filters);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}

function syncForm() {
  for (const key of FILTERS) form.elements[key].value = state.filters[key] || (key === 'certainty' ? 'facts' : '');
}

function readForm() {
  state.filters = {};
  for (const key of FILTERS) {
    const value = form.elements[key].value.trim();
    if (value && !(key === 'certainty' && value === 'facts')) state.filters[key] = value;
  }
}

export function setFilters(changes) {
  for (const [key, value] of Object.entries(changes)) {
    if (value) state.filters[key] = value; else delete state.filters[key];
  }
  state.offset = 0;
  syncForm();
  writeURL();
  refresh();
}

export function selectEvent(id) {
  state.event = id;
  writeURL();
  showEvent(id);
}

const handlers = {
  onEvent: selectEvent,
  onPlace: async (place) => {
    const page = await getJSON(`/api/events?${filterQuery({ place: place.id, limit: PLACE_EVENTS })}`);
    showPlace(place, page, selectEvent);
  },
  onControl: showControl,
  onEdge: showEdge,
  onActor: (id) => setFilters({ actor: id }),
  onPeriod: (since, until) => setFilters({ since, until }),
  onReviewKey: async (id, key) => {
    state.event = id;
    writeURL();
    await showEvent(id);
    const box = document.querySelector('#detail .review-box');
    if (!box) return;
    if (key === 'e') { const edit = box.querySelector('.review-edit'); edit.hidden = false; edit.querySelector('input').focus(); }
    else box.act(key === 'c' ? 'confirm' : 'reject');
  },
};

async function loadCount() {
  const { count } = await getJSON(`/api/events/count?${filterQuery()}`);
  document.getElementById('count').textContent = `${count} event${count === 1 ? '' : 's'} in range`;
  return count;
}

async function loadTable() {
  const page = await getJSON(`/api/events?${filterQuery({ limit: PAGE, offset: state.offset })}`);
  drawTable(page, handlers);
  document.getElementById('prev').disabled = state.offset === 0;
  document.getElementById('next').disabled = state.offset + PAGE >= page.total;
}

async function loadMap() {
  const [places, control] = await Promise.all([
    getJSON(`/api/events/places?${filterQuery({ limit: MAP_LIMIT })}`),
    getJSON(`/api/control?${asOfQuery()}`),
  ]);
  await drawMap(places, control, handlers);
}

function asOfQuery() {
  const query = new URLSearchParams();
  if (state.filters.until) query.set('as_of', state.filters.until);
  if (state.filters.certainty) query.set('certainty', state.filters.certainty);
  return query.toString();
}

async function loadNetwork() {
  const query = new URLSearchParams();
  if (state.filters.until) query.set('as_of', state.filters.until);
  if (state.filters.since) query.set('since', state.filters.since);
  query.set('limit', NETWORK_EDGES);
  const graph = await getJSON(`/api/network?${query}`);
  document.getElementById('network-as-of').textContent = state.filters.until ? `as of ${state.filters.until}` : '';
  drawNetwork(graph, handlers, state.filters.actor);
}

async function loadTimeline() {
  const days = rangeDays(state.filters.since, state.filters.until);
  const bucket = days !== null && days <= 120 ? 'day' : 'month';
  const bars = await getJSON(`/api/timeline?${filterQuery({ bucket })}`);
  drawTimeline(bars, bucket, handlers);
}

function rangeDays(since, until) {
  if (!since || !until) return null;
  return (Date.parse(until) - Date.parse(since)) / 86400000;
}

async function refresh() {
  document.body.dataset.state = 'loading';
  const count = document.getElementById('count');
  const jobs = [loadCount(), loadTable(), loadMap(), loadNetwork(), loadTimeline()];
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    count.textContent = `Error: ${failed.reason.message}`;
    count.classList.add('error');
  } else count.classList.remove('error');
  document.body.dataset.state = 'ready';
}

async function loadChoices() {
  const fill = (id, values) => clear(document.getElementById(id)).append(...values.map((v) => el('option', { value: v })));
  const [actors, places, types] = await Promise.all(
    [getJSON('/api/actors?limit=500'), getJSON('/api/places?limit=500'), getJSON('/api/event-types')]);
  fill('actor-list', actors.map((a) => a.id));
  fill('place-list', places.map((p) => p.name));
  fill('type-list', types.map((t) => t.type)); // the one event-type table, as the server reads it
}

function start() {
  readURL();
  syncForm();
  form.addEventListener('change', () => { readForm(); state.offset = 0; writeURL(); refresh(); });
  form.addEventListener('submit', (e) => e.preventDefault());
  document.getElementById('clear').addEventListener('click', () => { state.event = null; setFilters(Object.fromEntries(FILTERS.map((k) => [k, '']))); });
  document.getElementById('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
  document.getElementById('next').addEventListener('click', () => { state.offset += PAGE; loadTable(); });
  window.addEventListener('popstate', () => { readURL(); syncForm(); refresh(); if (state.event) showEvent(state.event); });
  document.getElementById('machine-only').addEventListener('change', (e) => {
    document.body.dataset.machine = e.target.checked ? 'on' : 'off';
    refresh();
  });
  window.addEventListener('frontwatch:changed', () => refresh()); // the live watch stored something new
  loadChoices().catch(() => {});
  startReview(() => refresh()).catch(() => {});
  refresh();
  startAlerts();
  if (state.event) showEvent(state.event);
}

start();
