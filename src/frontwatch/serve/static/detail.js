// The evidence panel: what was selected, every source that states it, and the article text
// with the stating sentence highlighted. Article text is hostile input: text nodes only.
import { clear, el, getJSON, safeHref, shownDate } from './dom.js';
import { reviewBox } from './review.js';

let ticket = 0; // only the latest selection may draw

function panel() {
  return clear(document.getElementById('detail'));
}

function describe(event) {
  const who = [event.source_actor || event.source_text, event.target_actor || event.target_text].filter(Boolean).join(' → ');
  const where = event.place_name || event.place_text || 'unknown place';
  return `${event.type}${event.mode ? ` (${event.mode})` : ''}: ${who || 'unknown actors'} at ${where}, ${shownDate(event.date, event.date_precision) || 'undated'}`;
}

export function highlighted(text, ranges) {
  const box = el('div', { class: 'article-text' });
  let at = 0;
  const sorted = [...ranges].filter((r) => r.start !== null && r.end > r.start).sort((a, b) => a.start - b.start);
  for (const range of sorted) {
    const start = Math.max(range.start, at); const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    box.append(text.slice(at, start), el('mark', { class: range.primary ? 'primary' : '' }, text.slice(start, end)));
    at = end;
  }
  box.append(text.slice(at));
  return box;
}

async function showArticle(target, articleId, ranges, mine) {
  const holder = el('div', { class: 'article' }, el('p', { class: 'note' }, 'Loading article…'));
  target.append(holder);
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
    if (mine !== ticket) return;
    const href = safeHref(article.url);
    clear(holder).append(el('h3', {}, article.title || '(untitled)'),
      el('p', { class: 'meta' }, [article.source, article.published].filter(Boolean).join(' · '), ' ',
        href ? el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : ''),
      highlighted(article.text || '', ranges));
    holder.querySelector('mark.primary, mark')?.scrollIntoView({ block: 'center' });
  } catch (err) {
    clear(holder).append(el('p', { class: 'error' }, `Could not load the article: ${err.message}`));
  }
}

function sourceItem(source, active, onPick) {
  return el('li', { class: active ? 'source active' : 'source', tabindex: 0, 'data-article': source.article_id,
    onclick: onPick }, el('strong', {}, source.article_source || 'unknown outlet'), ` ${source.published || ''} — `,
  el('q', {}, source.sentence || ''), source.certainty ? el('em', {}, ` [${source.certainty}]`) : '',
  source.found_by ? el('em', { class: 'found-by' }, ` [found by ${source.found_by}]`) : '',
  source.review ? el('em', { class: 'reviewed' }, ` [reviewed: ${source.review}]`) : '');
}

function sourceList(box, sources, pick, reviewOf) {
  const list = el('ol', { class: 'sources' });
  sources.forEach((s, i) => list.append(sourceItem(s, i === pick, () => renderSources(box, sources, i, reviewOf))));
  return list;
}

// reviewOf(source) gives the review box of the chosen source's fact (review mode only).
function renderSources(box, sources, pick, reviewOf) {
  const mine = ++ticket;
  const chosen = sources[pick];
  const ranges = sources.filter((s) => s.article_id === chosen.article_id)
    .map((s) => ({ start: s.sentence_start ?? s.start, end: s.sentence_end ?? s.end, primary: s === chosen }));
  clear(box).append(el('h4', {}, `Sources (${sources.length})`), sourceList(box, sources, pick, reviewOf),
    reviewOf ? reviewOf(chosen) : '');
  showArticle(box, chosen.article_id, ranges, mine);
}

function fusedLine(fused) {
  const killed = fused.killed_min === null ? '' : fused.killed_min === fused.killed_max
    ? `, ${fused.killed_min} killed` : `, ${fused.killed_min}–${fused.killed_max} killed`;
  return el('p', { class: 'fused' }, `One event reported ${fused.n_reports} time(s) by ${fused.n_sources} outlet(s)`
    + `${killed}; confidence ${fused.confidence}`, fused.contradiction ? el('strong', {}, ` — ${fused.contradiction}`) : '');
}

export async function showEvent(id) {
  const root = panel();
  const mine = ++ticket;
  try {
    const { event, fused, sources } = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (mine !== ticket) return;
    const box = el('div', {});
    root.append(el('h3', { class: 'what' }, describe(event)), fused ? fusedLine(fused) : '', box);
    renderSources(box, sources, Math.max(0, sources.findIndex((s) => s.id === event.id)),
      (source) => reviewBox('event', source.id, source));
  } catch (err) {
    root.append(el('p', { class: 'error' }, `Could not load event ${id}: ${err.message}`));
  }
}

export function showPlace(place, page, onEvent) {
  const root = panel();
  const events = page.events;
  const shown = page.total > events.length ? ` (first ${events.length} listed)` : '';
  root.append(el('h3', { class: 'what' }, `${place.name}: ${page.total} event(s) in range${shown}`));
  const list = el('ul', { class: 'sources' });
  for (const event of events) list.append(el('li', { class: 'source', tabindex: 0, onclick: () => onEvent(event.id) }, describe(event)));
  root.append(list);
  const box = el('div', {});
  root.append(box);
  renderSources(box, events.slice(0, 1), 0);
}

export function showControl(record) {
  const root = panel();
  root.append(el('h3', { class: 'what' }, `${record.place_name || record.place_text}: ${record.kind} by `
    + `${record.new_controller_name || record.new_controller || 'unknown'} (${record.date || 'undated'}, ${record.certainty}; `
    + `${record.observations} observation(s))`));
  const box = el('div', {});
  root.append(box);
  renderSources(box, [{ ...record, article_source: record.place_name || record.place_text, published: record.date }], 0,
    (source) => reviewBox('control', source.id, source));
}

export function showEdge(link) {
  const root = panel();
  root.append(el('h3', { class: 'what' }, `${link.s.name} ${link.kind} ${link.t.name}: ${link.weight} statement(s), `
    + `${link.first_seen || '?'} to ${link.last_seen || '?'}`));
  const box = el('div', {});
  root.append(box);
  renderSources(box, link.evidence.map((e) => ({ ...e, article_source: e.date || 'undated', published: '' })), 0,
    (source) => edgeReview(link, source));
}

// A tie's evidence is a relation, or an event between the two actors.
function edgeReview(link, source) {
  if (source.origin === 'relation') {
    return reviewBox('relation', source.record_id, { kind: link.kind, source_actor: link.source,
      target_actor: link.target, date: source.date, certainty: source.certainty });
  }
  return reviewBox('event', source.record_id, { type: source.origin.replace('event:', ''), date: source.date,
    certainty: source.certainty, source_actor: link.source, target_actor: link.target });
}
