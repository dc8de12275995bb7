// Offline map: Natural Earth country shapes (world-atlas via topojson-client), event markers
// sized by count per place, and control markers (diamonds) coloured by controller.
import { clear, colourOf, el, svg } from './dom.js';

const WIDTH = 600;
const HEIGHT = 430;
const PAD = 12;
const HOME = { west: 34.5, east: 48.8, south: 29.0, north: 38.2 }; // Syria and Iraq
const REACH = 4; // degrees beyond HOME that may widen the map
const ATLAS = '/static/vendor/world-atlas/countries-50m.json';
let basemap = null;
let shownProjection = null; // the projection of the map as drawn, to turn a click back into lat/lon

function loadBasemap() {
  if (!basemap) {
    basemap = (async () => {
      if (!window.topojson) throw new Error('topojson-client missing');
      const response = await fetch(ATLAS);
      if (!response.ok) throw new Error(`${ATLAS}: ${response.status}`);
      const world = await response.json();
      return window.topojson.feature(world, world.objects.countries).features;
    })();
  }
  return basemap;
}

// The map stays on Syria and Iraq (and grows a little for nearby places); far places are
// counted in the legend instead of shrinking the war zone to a dot on a world map.
function extentOf(points) {
  const box = { ...HOME };
  for (const [lon, lat] of points.filter(near)) {
    box.west = Math.min(box.west, lon - 0.5); box.east = Math.max(box.east, lon + 0.5);
    box.south = Math.min(box.south, lat - 0.5); box.north = Math.max(box.north, lat + 0.5);
  }
  return box;
}

function near([lon, lat]) {
  return lon > HOME.west - REACH && lon < HOME.east + REACH && lat > HOME.south - REACH && lat < HOME.north + REACH;
}

function projection(box) {
  const shrink = Math.cos(((box.north + box.south) / 2) * Math.PI / 180);
  const scale = Math.min((WIDTH - 2 * PAD) / ((box.east - box.west) * shrink), (HEIGHT - 2 * PAD) / (box.north - box.south));
  const dx = (WIDTH - (box.east - box.west) * shrink * scale) / 2;
  const dy = (HEIGHT - (box.north - box.south) * scale) / 2;
  const project = ([lon, lat]) => [dx + (lon - box.west) * shrink * scale, dy + (box.north - lat) * scale];
  project.invert = ([x, y]) => [box.west + (x - dx) / (shrink * scale), box.north - (y - dy) / scale];
  return project;
}

function ringsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

function overlaps(ring, box) {
  const lons = ring.map((p) => p[0]); const lats = ring.map((p) => p[1]);
  return Math.min(...lons) < box.east + 3 && Math.max(...lons) > box.west - 3
    && Math.min(...lats) < box.north + 3 && Math.max(...lats) > box.south - 3;
}

function pathOf(feature, project, box) {
  let d = '';
  for (const polygon of ringsOf(feature.geometry)) {
    if (!overlaps(polygon[0], box)) continue;
    for (const ring of polygon) {
      d += ring.map((p, i) => { const [x, y] = project(p); return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`; }).join('') + 'Z';
    }
  }
  return d;
}

async function drawLand(layer, project, box) {
  const note = document.getElementById('map-note');
  try {
    const features = await loadBasemap();
    for (const feature of features) {
      const d = pathOf(feature, project, box);
      const name = feature.properties?.name || '';
      const home = name === 'Syria' || name === 'Iraq';
      if (d) layer.append(svg('path', { d, class: home ? 'country home' : 'country' }, svg('title', {}, name)));
    }
    note.hidden = true;
  } catch (err) {
    note.textContent = 'Basemap files are not installed, so the map shows markers only '
      + '(run: bash scripts/install_frontend.sh).';
    note.hidden = false;
  }
}

function drawEvents(layer, places, project, handlers) {
  const most = Math.max(9, ...places.map((p) => p.events)); // a lone event stays a small dot
  for (const place of places) {
    const [x, y] = project([place.longitude, place.latitude]);
    const r = 4 + 14 * Math.sqrt(place.events / most);
    layer.append(svg('circle', { cx: x, cy: y, r, class: 'event-marker', 'data-place': place.id, tabindex: 0,
      onclick: () => handlers.onPlace(place) },
    svg('title', {}, `${place.name}: ${place.events} event(s), ${place.killed} killed`)));
  }
}

function drawControl(layer, control, project, handlers) {
  for (const record of control) {
    if (record.latitude === null || record.longitude === null) continue;
    const [x, y] = project([record.longitude, record.latitude]);
    const label = `${record.place_name || record.place_text}: held by ${record.new_controller_name || record.new_controller} (${record.date || 'undated'})`;
    layer.append(svg('rect', { x: x + 5, y: y - 14, width: 9, height: 9, transform: `rotate(45 ${x + 9.5} ${y - 9.5})`,
      class: 'control-marker', fill: colourOf(record.new_controller), tabindex: 0, onclick: () => handlers.onControl(record) },
    svg('title', {}, label)));
  }
}

function drawLegend(control, far) {
  const legend = clear(document.getElementById('map-legend'));
  legend.append(el('span', { class: 'key event' }, 'events (size = count)'));
  if (far) legend.append(el('span', { class: 'far' }, `${far} event(s) at places beyond the map (see the table)`));
  const seen = new Map(control.map((c) => [c.new_controller, c.new_controller_name || c.new_controller]));
  for (const [id, name] of seen) {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = colourOf(id);
    legend.append(el('span', { class: 'key' }, swatch, `held by ${name}`));
  }
}

export async function drawMap(eventPlaces, control, handlers) {
  const root = clear(document.getElementById('map'));
  const placed = control.filter((c) => c.latitude !== null);
  const box = extentOf([...eventPlaces, ...placed].map((p) => [p.longitude, p.latitude]));
  const inside = (p) => p.longitude >= box.west && p.longitude <= box.east && p.latitude >= box.south && p.latitude <= box.north;
  const places = eventPlaces.filter(inside);
  const shown = placed.filter(inside);
  const far = eventPlaces.filter((p) => !inside(p)).reduce((sum, p) => sum + p.events, 0);
  const project = projection(box);
  shownProjection = project;
  const land = svg('g', { class: 'land' });
  const markers = svg('g', { class: 'markers' });
  root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'sea' }), land, markers);
  drawEvents(markers, places, project, handlers);
  drawControl(markers, shown, project, handlers);
  drawLegend(shown, far);
  await drawLand(land, project, box);
}

// Picking a point (to teach a new place): the next click on the map gives its [lat, lon], marked
// with a cross; the click reaches no marker underneath.
export function pickPoint() {
  const root = document.getElementById('map');
  document.body.dataset.picking = 'on';
  return new Promise((resolve) => {
    root.addEventListener('click', (e) => {
      e.stopPropagation();
      delete document.body.dataset.picking;
      const point = root.createSVGPoint();
      point.x = e.clientX; point.y = e.clientY;
      const { x, y } = point.matrixTransform(root.getScreenCTM().inverse());
      const [lon, lat] = shownProjection.invert([x, y]);
      root.querySelector('.pick-marker')?.remove();
      root.append(svg('path', { d: `M${x - 6},${y}H${x + 6}M${x},${y - 6}V${y + 6}`, class: 'pick-marker' }));
      resolve([Number(lat.toFixed(5)), Number(lon.toFixed(5))]);
    }, { capture: true, once: true });
  });
}
