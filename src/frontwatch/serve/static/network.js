// Actor network: a small force layout run to rest before drawing (no animation, no library).
import { clear, colourOf, svg } from './dom.js';

const WIDTH = 600;
const HEIGHT = 430;
const STEPS = 300;

function kindClass(kind) {
  if (['backs', 'allied', 'cooperates', 'member_of', 'leads'].includes(kind)) return 'backs';
  if (kind === 'fights' || kind.startsWith('event:')) return 'fights';
  return 'other';
}

function place(nodes) {
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.x = WIDTH / 2 + 150 * Math.cos(angle);
    node.y = HEIGHT / 2 + 120 * Math.sin(angle);
  });
}

// One Fruchterman-Reingold step: nodes repel (k²/d), linked nodes attract (d²/k), and no
// node moves further than the temperature; a weak pull to the centre keeps parts together.
function step(nodes, links, k, temperature) {
  for (const n of nodes) { n.dx = (WIDTH / 2 - n.x) * 0.08; n.dy = (HEIGHT / 2 - n.y) * 0.12; }
  for (const a of nodes) for (const b of nodes) {
    if (a === b) continue;
    const dx = a.x - b.x; const dy = a.y - b.y; const d = Math.max(Math.hypot(dx, dy), 1);
    if (d > 3 * k) continue; // far nodes do not push: lone pairs drift in instead of to the edge
    a.dx += (dx / d) * (k * k) / d; a.dy += (dy / d) * (k * k) / d;
  }
  for (const { s, t } of links) {
    const dx = t.x - s.x; const dy = t.y - s.y; const d = Math.max(Math.hypot(dx, dy), 1);
    const pull = (d * d) / k / d;
    s.dx += dx * pull; s.dy += dy * pull; t.dx -= dx * pull; t.dy -= dy * pull;
  }
  for (const n of nodes) {
    const d = Math.max(Math.hypot(n.dx, n.dy), 1e-9); const move = Math.min(d, temperature);
    n.x = Math.min(WIDTH - 70, Math.max(30, n.x + (n.dx / d) * move));
    n.y = Math.min(HEIGHT - 20, Math.max(20, n.y + (n.dy / d) * move));
  }
}

export function layout(graph) {
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const index = new Map(nodes.map((n) => [n.id, n]));
  const links = graph.edges.map((e) => ({ ...e, s: index.get(e.source), t: index.get(e.target) })).filter((l) => l.s && l.t);
  place(nodes);
  const k = 0.6 * Math.sqrt((WIDTH * HEIGHT) / Math.max(nodes.length, 1));
  for (let i = 0; i < STEPS; i++) step(nodes, links, k, (WIDTH / 8) * (1 - i / STEPS) + 0.5);
  return { nodes, links };
}

const touches = (link, actor) => link.source === actor || link.target === actor;

// The selected actor and those it is tied to (null when no actor is selected or it is absent).
function neighbours(links, actor) {
  if (!actor || !links.some((l) => touches(l, actor))) return null;
  const near = new Set([actor]);
  for (const l of links.filter((l) => touches(l, actor))) { near.add(l.source); near.add(l.target); }
  return near;
}

function drawEdges(layer, links, near, actor, handlers) {
  for (const link of links) {
    const dim = near && !touches(link, actor) ? ' dim' : '';
    // a tie only an enemy of one of its ends asserts is drawn dashed and says so
    const enemy = link.enemy_claimed ? ' enemy-claimed' : '';
    const said = link.enemy_claimed ? ` — asserted only by an enemy: ${(link.claimants || []).join(', ')}` : '';
    layer.append(svg('line', { x1: link.s.x, y1: link.s.y, x2: link.t.x, y2: link.t.y,
      class: `edge ${kindClass(link.kind)}${dim}${enemy}`, 'stroke-width': Math.min(1 + Math.log2(link.weight), 6),
      tabindex: 0, onclick: () => handlers.onEdge(link) },
    svg('title', {}, `${link.source} ${link.kind} ${link.target} (${link.weight})${said}`)));
  }
}

function drawNodes(layer, nodes, near, actor, handlers) {
  for (const node of nodes) {
    const selected = actor === node.id ? ' selected' : '';
    const dim = near && !near.has(node.id) ? ' dim' : '';
    const label = node.x > WIDTH * 0.6
      ? { x: node.x - 12, y: node.y + 4, 'text-anchor': 'end' } : { x: node.x + 12, y: node.y + 4 };
    layer.append(svg('g', { class: `node${selected}${dim}`, 'data-actor': node.id, tabindex: 0,
      onclick: () => handlers.onActor(node.id) },
    svg('circle', { cx: node.x, cy: node.y, r: 9, fill: colourOf(node.id) }),
    svg('text', label, node.name || node.id),
    svg('title', {}, `${node.name} (${node.id}): click to filter by this actor`)));
  }
}

export function drawNetwork(graph, handlers, actor) {
  const root = clear(document.getElementById('network'));
  if (!graph.nodes.length) {
    root.append(svg('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'empty' }, 'No relations between known actors in range.'));
    return;
  }
  const { nodes, links } = layout(graph);
  const near = neighbours(links, actor);
  const edges = svg('g', { class: 'edges' });
  const dots = svg('g', { class: 'nodes' });
  root.append(edges, dots);
  drawEdges(edges, links, near, actor, handlers);
  drawNodes(dots, nodes, near, actor, handlers);
}
