// Teaching places (review mode): an unknown place name becomes another spelling of a known place
// (found with the search box) or a new place at a point picked on the map. Names are shown as text only.
import { clear, el, getJSON } from './dom.js';
import { pickPoint } from './map.js';

const SEARCH_DELAY_MS = 250;

export async function startPlaceTeaching(post) {
  const form = document.getElementById('teach-place');
  const message = document.getElementById('teach-place-message');
  const known = { byId: new Map(), last: { text: '', places: [] } }; // search results, to read a typed name
  form.elements.alias_of.addEventListener('input', debounce(() => searchPlaces(form.elements.alias_of.value, known)));
  document.getElementById('pick-on-map').addEventListener('click', async () => {
    message.textContent = 'Click the map where the place is.';
    const [lat, lon] = await pickPoint();
    form.elements.lat.value = lat;
    form.elements.lon.value = lon;
    message.textContent = `Picked ${lat}, ${lon}.`;
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { place } = await post('/api/review/kb/places', placeBody(form, known));
      message.textContent = describe(form.elements.name.value.trim(), place, known);
      message.classList.remove('error');
    } catch (err) {
      message.textContent = `Not taught: ${err.message}`;
      message.classList.add('error');
    }
  });
  // the buttons answer before the list of unknown names has loaded (a click must never be lost)
  const unknown = await getJSON('/api/review/unknown-places?limit=200');
  clear(document.getElementById('unknown-place-list')).append(...unknown.map((u) => el('option', { value: u.text })));
}

function placeBody(form, known) {
  const value = (name) => form.elements[name].value.trim();
  if (value('alias_of')) return { name: value('name'), alias_of: idOf(value('alias_of'), known) };
  if (!value('lat') && !value('lon')) return { name: value('name') }; // the server says what is missing
  return { name: value('name'), new: { lat: value('lat'), lon: value('lon'), country: value('country') } };
}

// A picked option is an id; a typed name stands for the search's best match (the message names it).
function idOf(text, known) {
  if (known.byId.has(text)) return text;
  return known.last.text === text && known.last.places.length ? known.last.places[0].id : text;
}

function describe(name, place, known) {
  if (place.names) {
    const target = known.byId.get(place.place);
    return `Taught: ${place.names.join(', ')} now also name ${target ? `${target.name} (${place.place})` : place.place}`;
  }
  const where = [place.country, place.admin1].filter(Boolean).join(', ');
  return `Taught: ${name} is a new place at ${place.lat}, ${place.lon} (${where}), id ${place.id}`;
}

async function searchPlaces(text, known) {
  const list = clear(document.getElementById('known-place-list'));
  if (text.trim().length < 2) return;
  const places = await getJSON(`/api/review/places?q=${encodeURIComponent(text.trim())}`).catch(() => []);
  for (const place of places) known.byId.set(place.id, place);
  known.last = { text: text.trim(), places };
  list.append(...places.map((p) => el('option', { value: p.id, label: `${p.name} (${[p.country, p.admin1].filter(Boolean).join(', ')})` })));
}

function debounce(action) {
  let timer = null;
  return () => { clearTimeout(timer); timer = setTimeout(action, SEARCH_DELAY_MS); };
}
