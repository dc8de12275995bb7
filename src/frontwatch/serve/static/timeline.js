// Timeline: bars of events per day or month; a click narrows the range to that bar.
import { clear, el, svg } from './dom.js';

const WIDTH = 1200;
const HEIGHT = 150;
const MAX_BARS = 600;

function periodEnd(period, bucket) {
  const date = new Date(`${period}T00:00:00Z`);
  if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  else if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 6);
  else if (bucket === 'year') date.setUTCFullYear(date.getUTCFullYear(), 11, 31);
  return date.toISOString().slice(0, 10);
}

function nextPeriod(period, bucket) {
  const date = new Date(`${period}T00:00:00Z`);
  if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 1);
  else if (bucket === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1, 0, 1);
  else date.setUTCDate(date.getUTCDate() + (bucket === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

// Empty periods between the first and last bar get a zero bar, so the axis is time.
function withGaps(bars, bucket) {
  const byPeriod = new Map(bars.map((b) => [b.period, b]));
  const filled = [];
  const last = bars[bars.length - 1].period;
  for (let period = bars[0].period; period <= last && filled.length <= MAX_BARS; period = nextPeriod(period, bucket)) {
    filled.push(byPeriod.get(period) || { period, events: 0, killed: 0 });
  }
  return filled.length > MAX_BARS ? null : filled;
}

// Too many periods for bars: add them up by year.
function byYear(bars) {
  const years = new Map();
  for (const bar of bars) {
    const year = `${bar.period.slice(0, 4)}-01-01`;
    const sum = years.get(year) || { period: year, events: 0, killed: 0 };
    sum.events += bar.events; sum.killed += bar.killed;
    years.set(year, sum);
  }
  return [...years.values()];
}

export function drawTimeline(found, bucket, handlers) {
  const root = clear(document.getElementById('timeline'));
  const axis = clear(document.getElementById('timeline-axis'));
  if (!found.length) {
    axis.append('No dated events in range.');
    return;
  }
  let bars = withGaps(found, bucket);
  if (!bars) {
    bucket = 'year';
    found = byYear(found);
    bars = withGaps(found, bucket) || found;
  }
  document.getElementById('timeline-bucket').textContent = `events per ${bucket}`;
  const most = Math.max(...bars.map((b) => b.events));
  const slot = WIDTH / bars.length;
  bars.forEach((bar, i) => {
    if (!bar.events) return;
    const height = Math.max(2, (bar.events / most) * (HEIGHT - 10));
    const label = { month: bar.period.slice(0, 7), year: bar.period.slice(0, 4) }[bucket] || bar.period;
    root.append(svg('rect', { x: i * slot + slot * 0.1, y: HEIGHT - height, width: Math.max(slot * 0.8, 1), height,
      class: 'bar', tabindex: 0, onclick: () => handlers.onPeriod(bar.period, periodEnd(bar.period, bucket)) },
    svg('title', {}, `${label}: ${bar.events} event(s), ${bar.killed} killed`)));
  });
  const first = bars[0].period; const last = bars[bars.length - 1].period;
  axis.append(el('span', {}, first), el('span', {}, `${found.length} of ${bars.length} ${bucket}s with events; click a bar to zoom`), el('span', {}, last));
}
