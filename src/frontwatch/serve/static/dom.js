// DOM helpers. Data only ever enters the page as text nodes or plain attributes: never innerHTML.
const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.setAttribute('class', value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const el = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);
export const svg = (tag, attrs, ...children) => fill(document.createElementNS(SVG_NS, tag), attrs, children);

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function safeHref(url) {
  return /^https?:\/\//i.test(url || '') ? url : null;
}

// A stable colour per actor id.
export function colourOf(id) {
  let hash = 0;
  for (const ch of String(id || '')) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 65%, 42%)`;
}

// With "machine output only" ticked, every read asks for the machine's output alone.
function withView(url) {
  if (document.body.dataset.machine !== 'on') return url;
  return `${url}${url.includes('?') ? '&' : '?'}machine=1`;
}

export async function getJSON(url) {
  const response = await fetch(withView(url), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message || `${response.status} ${response.statusText}`);
  return body;
}

// A date as precise as the source is: "2016" for a year-precision date, "2016-03" for a month.
export function shownDate(date, precision) {
  if (!date) return '';
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return precision === 'week' ? `week of ${date}` : date;
}
