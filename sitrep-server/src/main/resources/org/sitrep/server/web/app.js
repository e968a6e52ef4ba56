// Sitrep dashboard. Article text only ever enters the page through textContent or text nodes, never as
// markup: the API's JSON carries it, the DOM shows it as text. The one exception is the situation report,
// which the server writes as HTML with every text escaped; it is parsed inertly and only an allow-list of
// its elements is copied in.
(function () {
  'use strict';

  const TYPES = {
    'Battles': { colour: '#b2182b', symbol: 'B' },
    'Explosions/Remote violence': { colour: '#b35806', symbol: 'E' }, // white text on each colour meets AA
    'Violence against civilians': { colour: '#762a83', symbol: 'V' },
    'Protests': { colour: '#1b7837', symbol: 'P' },
    'Riots': { colour: '#8c510a', symbol: 'R' },
    'Strategic developments': { colour: '#2166ac', symbol: 'S' }
  };
  const OTHER = { colour: '#4d4d4d', symbol: '?' };
  const ORIGINS = { sitrep: 'Sitrep, from the news report', acled: 'ACLED (imported)', gdelt: 'GDELT (imported)' };
  const FIELDS = ['from', 'to', 'country', 'admin1', 'actor', 'type', 'origin', 'q'];
  const SORTABLE = ['event_date', 'sub_event_type', 'actor1', 'actor2', 'location', 'fatalities'];
  // below these the map shows every event as a marker; above, every event counted in H3 cells
  const MARKER_EVENTS = 1000;
  const MARKER_LOCATED = 500;
  const state = { sort: 'event_date', order: 'desc', offset: 0, limit: 25, total: 0, event: null, measure: 'events',
    mode: 'points', view: null };
  // ColorBrewer YlOrRd, five classes; areas with no event stay pale grey
  const SHADES = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
  const $ = (id) => document.getElementById(id);

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) Object.keys(attrs).forEach((k) => e.setAttribute(k, attrs[k]));
    return e;
  }

  function status(text) { $('status').textContent = text; }

  function count(n) { return Number(n).toLocaleString('en'); }

  function short(n) {
    return n >= 1e6 ? (n / 1e6).toFixed(1) + 'M' : n >= 1e4 ? Math.round(n / 1e3) + 'k'
      : n >= 1e3 ? (n / 1e3).toFixed(1) + 'k' : String(n);
  }

  // ---- text size, persisted ------------------------------------------------------------------
  function setTextSize(size) {
    document.documentElement.classList.remove('size-xs', 'size-sm', 'size-md', 'size-lg');
    document.documentElement.classList.add('size-' + size);
    document.querySelectorAll('.text-size button').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset.size === size)));
    try { localStorage.setItem('sitrep-text-size', size); } catch (e) { /* private mode */ }
    if (map) map.invalidateSize();
    if (timeline.rows) renderTimeline();
  }

  function rootPx() { return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16; }

  // ---- filters and the URL -------------------------------------------------------------------
  function filterParams() {
    const p = new URLSearchParams();
    FIELDS.forEach((name) => {
      const v = $('f-' + name).value.trim();
      if (v) p.set(name, v);
    });
    return p;
  }

  /** The whole view as a URL: filters, sort, page, selected event, layers and the map's view. */
  function viewUrl() {
    const p = filterParams();
    if (state.sort !== 'event_date') p.set('sort', state.sort);
    if (state.order !== 'desc') p.set('order', state.order);
    if (state.offset) p.set('offset', state.offset);
    if (state.event) p.set('event', state.event);
    if (state.measure !== 'events') p.set('measure', state.measure);
    if (state.mode !== 'points') p.set('mode', state.mode);
    if ($('hotspot-toggle').checked) p.set('hotspots', '1');
    if (map) {
      const c = map.getCenter();
      p.set('view', map.getZoom() + '/' + c.lat.toFixed(3) + '/' + c.lng.toFixed(3));
    }
    const qs = p.toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  /** A new history entry for a change the user made; the map's moves only replace the current one. */
  function remember(push) {
    const url = viewUrl();
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function readUrl() {
    const p = new URLSearchParams(location.search);
    FIELDS.forEach((n) => { $('f-' + n).value = p.get(n) || ''; });
    state.sort = SORTABLE.includes(p.get('sort')) ? p.get('sort') : 'event_date';
    state.order = p.get('order') === 'asc' ? 'asc' : 'desc';
    state.offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
    state.event = p.get('event');
    state.measure = p.get('measure') === 'fatalities' ? 'fatalities' : 'events';
    document.querySelectorAll('input[name=measure]').forEach((r) => { r.checked = r.value === state.measure; });
    state.mode = ['areas', 'areas2'].includes(p.get('mode')) ? p.get('mode') : 'points';
    document.querySelectorAll('input[name=mode]').forEach((r) => { r.checked = r.value === state.mode; });
    $('hotspot-toggle').checked = p.get('hotspots') === '1';
    const v = (p.get('view') || '').split('/').map(Number);
    state.view = v.length === 3 && v.every(Number.isFinite) ? v : null;
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    let body;
    try { body = await r.json(); } catch (e) { throw new Error('HTTP ' + r.status); }
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  // ---- loading, error and empty states -------------------------------------------------------
  let generation = 0;

  function setBusy(on) {
    $('apply').disabled = on;
    $('busy').hidden = !on;
    $('main').setAttribute('aria-busy', String(on));
  }

  /** After an error nothing of the previous answer stays on screen, so nothing stale is read as current. */
  function clearResults() {
    document.querySelector('#events tbody').textContent = '';
    $('page-label').textContent = 'No results';
    $('prev').disabled = true;
    $('next').disabled = true;
    showEmpty('');
    if (markers) markers.clearLayers();
    if (cells) cells.clearLayers();
    if (areaLayer) { map.removeLayer(areaLayer); areaLayer = null; }
    if (hotspotLayer) { map.removeLayer(hotspotLayer); hotspotLayer = null; }
    $('map-count').textContent = '';
    Object.keys($('map').dataset).forEach((k) => { $('map').dataset[k] = ''; });
    timeline.rows = null;
    renderTimeline();
  }

  function showEmpty(text) {
    $('events-empty').textContent = text;
    $('events-empty').hidden = !text;
  }

  /** Why nothing matched: the filters that are set, so the user knows what to loosen. */
  function whyEmpty() {
    const set = FIELDS.filter((n) => $('f-' + n).value.trim()).map((n) => n === 'q' ? 'text' : n);
    return set.length ? 'No events match ' + set.join(', ') + '. Loosen or clear a filter (Clear removes all).'
      : 'The store holds no events yet: ingest reports with sitrep ingest or POST /api/documents.';
  }

  // ---- map -----------------------------------------------------------------------------------
  let map = null;
  let markers = null;
  let cells = null;
  let hotspotLayer = null;
  let areaLayer = null;
  let mapMode = null;
  let mapResolution = null;
  let fitting = false;
  let moveTimer = null;

  async function initMap() {
    let tiles = '';
    try { tiles = (await getJson('/api/config')).tile_url || ''; } catch (e) { /* no tiles */ }
    // without tiles there is nothing to see closer than the country outlines and the events themselves
    map = L.map('map', { keyboard: true, minZoom: 2, maxZoom: tiles ? 14 : 10 });
    if (state.view) map.setView([state.view[1], state.view[2]], state.view[0]); else map.setView([34.8, 39.5], 6);
    if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    // the outlines load beside the events, not before them, and draw on one canvas below the markers
    map.createPane('outlines').style.zIndex = 250;
    fetch('/assets/world-atlas/countries-50m.json').then((r) => r.json()).then((world) => {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        pane: 'outlines', renderer: L.canvas({ pane: 'outlines' }), interactive: false,
        style: { color: '#6b6b6b', weight: 1, fill: true, fillColor: '#f3f1ea', fillOpacity: 1 }
      }).addTo(map);
    }).catch(() => status('Country outlines could not be loaded.'));
    markers = L.markerClusterGroup({ showCoverageOnHover: false });
    cells = L.layerGroup();
    map.addLayer(markers);
    map.addLayer(cells);
    const legend = $('legend');
    Object.keys(TYPES).forEach((t) => {
      legend.appendChild(el('span', TYPES[t].symbol + ' = ' + t + '  ', { class: 'type-symbol' }));
    });
    map.on('moveend', () => {
      if (fitting) return;
      remember(false);
      if (mapMode === 'cells' && state.mode === 'points') {
        // cells cover the view: a pan or zoom asks again, once the map has settled
        clearTimeout(moveTimer);
        moveTimer = setTimeout(() => drawMap(false, generation).catch((e) => status('Error: ' + e.message)), 150);
      }
    });
  }

  /** H3 resolution for the zoom: cells a few dozen pixels across. */
  function resolution() { return Math.max(0, Math.min(9, map.getZoom() - 3)); }

  function markerIcon(e) {
    const t = TYPES[e.event_type] || OTHER;
    const size = 18 + Math.min(16, 4 * Math.log2(1 + (e.fatalities || 0)));
    const span = el('span', t.symbol);
    span.style.cssText = 'display:flex;align-items:center;justify-content:center;border-radius:50%;color:#fff;'
      + 'font-weight:bold;border:2px solid #fff;box-shadow:0 0 2px #000;width:' + size + 'px;height:' + size
      + 'px;background:' + t.colour;
    return L.divIcon({ html: span, className: 'event-marker', iconSize: [size, size] });
  }

  function drawMarkers(events) {
    const points = [];
    events.forEach((e) => {
      if (!Number.isFinite(e.latitude) || !Number.isFinite(e.longitude)) return;
      const m = L.marker([e.latitude, e.longitude], {
        icon: markerIcon(e), keyboard: true,
        title: e.event_date + ' ' + e.sub_event_type + ' at ' + (e.location || '')
      });
      m.on('click', () => openEvent(e.event_id, { from: m }));
      m.on('keypress', (ev) => { if (ev.originalEvent.key === 'Enter') openEvent(e.event_id, { from: m }); });
      m.eventId = e.event_id;
      markers.addLayer(m);
      points.push([e.latitude, e.longitude]);
    });
    return points;
  }

  function drawCells(list) {
    const value = (c) => state.measure === 'fatalities' ? c.fatalities : c.events;
    const max = Math.max(1, ...list.map(value));
    const points = [];
    list.forEach((c) => {
      const types = Object.entries(c.event_types).sort((a, b) => b[1] - a[1]);
      const t = TYPES[types.length ? types[0][0] : ''] || OTHER;
      const size = Math.round(20 + 22 * Math.sqrt(value(c) / max));
      const span = el('span', short(value(c)));
      span.style.cssText = 'display:flex;align-items:center;justify-content:center;border-radius:50%;color:#fff;'
        + 'font-weight:bold;border:2px solid #fff;box-shadow:0 0 3px #000;width:' + size + 'px;height:' + size
        + 'px;background:' + t.colour;
      const text = count(c.events) + ' events, ' + count(c.fatalities) + ' fatalities: '
        + types.map(([k, n]) => k + ' ' + count(n)).join(', ');
      const m = L.marker([c.lat, c.lon], {
        icon: L.divIcon({ html: span, className: 'event-cell', iconSize: [size, size] }), keyboard: true, title: text
      });
      m.on('click', () => map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)));
      m.cell = c;
      cells.addLayer(m);
      points.push([c.lat, c.lon]);
    });
    return points;
  }

  /** The map's view as the API's bbox (south,west,north,east), or null when it spans the whole world. */
  function bbox() {
    const b = map.getBounds();
    if (b.getEast() - b.getWest() >= 360) return null;
    const wrap = (x) => ((x + 180) % 360 + 360) % 360 - 180;
    const clamp = (x) => Math.max(-90, Math.min(90, x));
    return [clamp(b.getSouth()), wrap(b.getWest()), clamp(b.getNorth()), wrap(b.getEast())]
      .map((x) => x.toFixed(4)).join(',');
  }

  /**
   * Every matching event on the map: as markers when they are few, else those in view counted per H3
   * cell on the server, with the numbers outside the view and without a place, so the map's parts
   * always add up to the status line's total.
   */
  async function drawMap(fit, gen) {
    if (state.mode !== 'points') return drawAreas(fit, gen);
    if (areaLayer) { map.removeLayer(areaLayer); areaLayer = null; }
    const res = resolution();
    const p = filterParams(); p.set('resolution', res);
    const view = bbox();
    if (view) p.set('bbox', view);
    const m = await getJson('/api/map?' + p.toString());
    if (gen !== generation) return;
    if (fit && m.extent) {
      const extent = L.latLngBounds([m.extent[0], m.extent[1]], [m.extent[2], m.extent[3]]);
      if (!map.getBounds().contains(extent) || m.located <= MARKER_LOCATED) {
        fitting = true;
        // one place (or one point) has no extent to fit: centre on it instead
        if (m.extent[0] === m.extent[2] && m.extent[1] === m.extent[3]) map.setView(extent.getCenter(), 9, { animate: false });
        else map.fitBounds(extent.pad(0.05), { maxZoom: 9, animate: false });
        fitting = false;
        remember(false);
        return drawMap(false, gen);
      }
    }
    let events = null;
    if (m.total <= MARKER_EVENTS && m.located <= MARKER_LOCATED) {
      const q = filterParams(); q.set('limit', MARKER_EVENTS); q.set('sort', 'event_date');
      events = (await getJson('/api/events?' + q.toString())).events;
      if (gen !== generation) return;
    }
    markers.clearLayers();
    cells.clearLayers();
    mapMode = events ? 'markers' : 'cells';
    mapResolution = res;
    if (events) drawMarkers(events); else drawCells(m.cells);
    const box = $('map');
    box.dataset.total = m.total;
    box.dataset.located = m.located;
    box.dataset.inView = events ? m.located : m.in_view;
    box.dataset.outside = events ? 0 : m.outside_view;
    box.dataset.unlocated = m.unlocated;
    box.dataset.mode = mapMode;
    const without = m.unlocated ? '; ' + count(m.unlocated) + ' without a place are in the table only' : '';
    $('map-count').textContent = m.total === 0 ? 'No events to map: ' + whyEmpty()
      : events ? 'All ' + count(m.located) + ' located events shown as markers' + without + '.'
        : count(m.in_view) + ' of ' + count(m.total) + ' events shown, counted in ' + count(m.cells.length)
          + ' H3 cells (resolution ' + res + '); ' + count(m.outside_view) + ' are outside the view' + without
          + '. Zoom in for finer cells; markers appear under ' + MARKER_LOCATED + ' events.';
  }

  /**
   * A choropleth of one country's first-level divisions: the filter's country, else the one with the
   * most matching events. Five classes by rank of the distinct counts of events (or fatalities); the line under the map
   * accounts for every event of the status count.
   */
  async function drawAreas(fit, gen) {
    const p = filterParams();
    let country = p.get('country');
    if (!country) {
      const f = await getJson('/api/facets?limit=1&' + p.toString());
      country = f.country.length ? f.country[0].value : null;
    }
    // with a country in the filter, the areas' answer accounts for every event; without one, ask
    let total = p.get('country') ? null : (await getJson('/api/map?resolution=0&' + p.toString())).total;
    if (gen !== generation) return;
    markers.clearLayers();
    cells.clearLayers();
    if (areaLayer) { map.removeLayer(areaLayer); areaLayer = null; }
    mapMode = 'areas';
    const box = $('map');
    box.dataset.mode = 'areas';
    if (!country) {
      box.dataset.total = total;
      Object.assign(box.dataset, { inView: 0, outside: 0, unlocated: total });
      $('map-count').textContent = total === 0 ? 'No events to map: ' + whyEmpty() : 'No event has a country to draw areas for.';
      return;
    }
    p.set('country', country);
    const level = state.mode === 'areas2' ? 2 : 1;
    p.set('level', level);
    const geo = await getJson('/api/areas?' + p.toString());
    if (gen !== generation) return;
    const value = (f) => state.measure === 'fatalities' ? f.properties.fatalities : f.properties.events;
    // five classes over the distinct counts, by rank, so the largest is always the darkest
    const distinct = Array.from(new Set(geo.features.map(value).filter((v) => v > 0))).sort((a, b) => a - b);
    const shadeOf = (v) => v <= 0 ? -1 : distinct.length === 1 ? 4
      : Math.floor(4 * distinct.indexOf(v) / (distinct.length - 1));
    const shade = (v) => shadeOf(v) < 0 ? '#f7f7f7' : SHADES[shadeOf(v)];
    const classes = SHADES.map((c, i) => distinct.filter((v) => shadeOf(v) === i)).filter((vs) => vs.length)
      .map((vs) => vs[0] === vs[vs.length - 1] ? count(vs[0]) : count(vs[0]) + '-' + count(vs[vs.length - 1]));
    areaLayer = L.geoJSON(geo, {
      style: (f) => ({ color: '#4a4a4a', weight: 1, fillColor: shade(value(f)), fillOpacity: 0.85 }),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(f.properties.name + ': ' + count(f.properties.events) + ' events, '
          + count(f.properties.fatalities) + ' fatalities');
        layer.on('click', () => { $('f-admin1').value = f.properties.name; $('filters').requestSubmit(); });
      }
    }).addTo(map);
    const matched = geo.features.reduce((s, f) => s + f.properties.events, 0);
    const rest = geo.unmatched_events + geo.events_without_division;
    if (total === null) total = matched + rest;
    box.dataset.total = total;
    Object.assign(box.dataset, { inView: matched, outside: total - matched - rest, unlocated: rest });
    $('map-count').textContent = count(matched) + ' of ' + count(total) + ' events shaded in ' + geo.features.length
      + (level === 2 ? ' second-level' : '') + ' divisions of ' + country + ' (shaded by ' + state.measure + ': ' + (classes.join(', ') || 'none') + '; none: grey)'
      + (total - matched - rest ? '; ' + count(total - matched - rest) + ' in other countries' : '')
      + (rest ? '; ' + count(rest) + ' without a division that matches' : '')
      + '. Borders are approximate: drawn from GeoNames towns, cut to the country outline. Click an area to filter by it.';
    if (fit && geo.features.length) {
      fitting = true;
      map.fitBounds(areaLayer.getBounds(), { animate: false });
      fitting = false;
      remember(false);
    }
  }

  async function drawHotspots() {
    if (hotspotLayer) { map.removeLayer(hotspotLayer); hotspotLayer = null; }
    if (!$('hotspot-toggle').checked) { $('hotspot-status').textContent = ''; return; }
    const gen = generation;
    $('hotspot-status').textContent = 'Computing hot spots...';
    const geo = await getJson('/api/hotspots?' + filterParams().toString());
    if (gen !== generation || !$('hotspot-toggle').checked) return;
    hotspotLayer = L.geoJSON(geo, {
      style: (f) => ({ color: f.properties.category.startsWith('hot') ? '#b2182b' : '#2166ac', weight: 2,
        dashArray: f.properties.category.startsWith('hot') ? null : '4 4', fillOpacity: 0.35 }),
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.category + ', ' + f.properties.events + ' events'
        + (f.properties.near ? ', near ' + f.properties.near : ''))
    }).addTo(map);
    $('hotspot-status').textContent = geo.features.length + ' significant hot- or cold-spot cells, from the same '
      + 'events as the map.';
  }

  // ---- timeline: per week, stacked by event type; selection never zooms ---------------------
  const timeline = { rows: null, plot: null, weeks: 4, start: null };

  async function loadTimeline(gen) {
    const p = filterParams();
    p.delete('from'); p.delete('to');
    p.set('interval', 'week'); p.set('by', 'event_type');
    const rows = await getJson('/api/timeseries?' + p.toString());
    if (gen !== generation) return;
    timeline.rows = rows;
    renderTimeline();
  }

  function renderTimeline() {
    const holder = $('timeline');
    if (timeline.plot) { timeline.plot.destroy(); timeline.plot = null; }
    holder.textContent = '';
    const rows = timeline.rows;
    if (!rows) return;
    if (!rows.length) { holder.appendChild(el('p', 'No events to chart: ' + whyEmpty(), { class: 'empty' })); return; }
    // every week from the first to the last, empty ones too: gaps show as gaps, and keys step by weeks
    const starts = rows.map((r) => Date.parse(r.start + 'T00:00:00Z'));
    const xsSet = [];
    for (let t = Math.min(...starts); t <= Math.max(...starts); t += 7 * 86400000) xsSet.push(iso(new Date(t)));
    const index = new Map(xsSet.map((x, i) => [x, i]));
    const groups = Array.from(new Set(rows.map((r) => r.group)))
      .sort((a, b) => (Object.keys(TYPES).indexOf(a) + 99) % 99 - (Object.keys(TYPES).indexOf(b) + 99) % 99);
    const raw = groups.map(() => new Array(xsSet.length).fill(0));
    rows.forEach((r) => { raw[groups.indexOf(r.group)][index.get(r.start)] += state.measure === 'fatalities' ? r.fatalities : r.events; });
    // stacked: each series is the sum of itself and those below it, drawn tallest first
    const stacked = raw.map((_, g) => raw[0].map((__, i) => raw.slice(0, g + 1).reduce((s, a) => s + a[i], 0)));
    const xs = xsSet.map((d) => Date.parse(d + 'T00:00:00Z') / 1000);
    const series = [{}];
    const data = [xs];
    for (let g = groups.length - 1; g >= 0; g--) {
      const t = TYPES[groups[g]] || OTHER;
      series.push({ label: groups[g] || 'unknown', stroke: t.colour, fill: t.colour, paths: uPlot.paths.bars(),
        points: { show: false },
        value: (u, v, si, i) => (i === null || i === undefined ? '' : raw[g][i]) });
      data.push(stacked[g]);
    }
    const font = Math.round(0.75 * rootPx()) + 'px system-ui, sans-serif';
    timeline.plot = new uPlot({
      width: Math.max(260, holder.clientWidth || 500), height: 240,
      series: series,
      axes: [{ font: font }, { label: state.measure, font: font, labelFont: font }],
      scales: { y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      cursor: { drag: { x: true, y: false, setScale: false } },
      legend: { show: true },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          applyDates(new Date(u.posToVal(u.select.left, 'x') * 1000),
            new Date(u.posToVal(u.select.left + u.select.width, 'x') * 1000));
        }]
      }
    }, data, holder);
    timeline.xs = xs;
  }

  function iso(d) { return d.toISOString().slice(0, 10); }

  function applyDates(from, to) {
    $('f-from').value = iso(from);
    $('f-to').value = iso(to);
    $('timeline-selection').textContent = 'Dates set to ' + iso(from) + ' to ' + iso(to) + '.';
    state.offset = 0;
    state.event = null;
    remember(true);
    refresh({ fit: true, timeline: false });
  }

  /** Arrow keys move a selection of weeks, Shift+arrows widen or narrow it, Enter applies it. */
  function timelineKey(ev) {
    const u = timeline.plot;
    if (!u || !timeline.xs || !timeline.xs.length) return;
    const n = timeline.xs.length;
    if (timeline.start === null) timeline.start = Math.max(0, n - timeline.weeks);
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
      const step = ev.key === 'ArrowLeft' ? -1 : 1;
      if (ev.shiftKey) timeline.weeks = Math.max(1, Math.min(n, timeline.weeks + step));
      else timeline.start = Math.max(0, Math.min(n - 1, timeline.start + step));
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      const last = Math.min(n - 1, timeline.start + timeline.weeks - 1);
      const to = new Date((timeline.xs[last] + 6 * 86400) * 1000);
      applyDates(new Date(timeline.xs[timeline.start] * 1000), to);
      ev.preventDefault();
      return;
    } else {
      return;
    }
    ev.preventDefault();
    const last = Math.min(n - 1, timeline.start + timeline.weeks - 1);
    const left = u.valToPos(timeline.xs[timeline.start], 'x');
    const right = u.valToPos(timeline.xs[last] + 7 * 86400, 'x');
    u.setSelect({ left: left, width: Math.max(2, right - left), top: 0, height: u.over.clientHeight }, false);
    $('timeline-selection').textContent = 'Selected ' + iso(new Date(timeline.xs[timeline.start] * 1000)) + ' to '
      + iso(new Date((timeline.xs[last] + 6 * 86400) * 1000)) + ' (' + (last - timeline.start + 1)
      + ' weeks); Enter applies.';
  }

  // ---- table ---------------------------------------------------------------------------------
  async function loadEvents(gen) {
    const p = filterParams();
    p.set('sort', state.sort); p.set('order', state.order);
    p.set('limit', state.limit); p.set('offset', state.offset);
    const page = await getJson('/api/events?' + p.toString());
    if (gen !== undefined && gen !== generation) return page;
    state.total = page.total;
    const body = document.querySelector('#events tbody');
    body.textContent = '';
    page.events.forEach((e) => {
      const tr = el('tr', null, { 'data-event-id': e.event_id });
      if (e.event_id === state.event) tr.classList.add('selected');
      const first = el('td');
      const open = el('button', e.event_date, { type: 'button', class: 'open', 'aria-label': 'Open event of ' + e.event_date
        + ', ' + e.sub_event_type + ', ' + (e.location || 'no place') });
      open.addEventListener('click', () => openEvent(e.event_id, { focus: true }));
      first.appendChild(open);
      tr.appendChild(first);
      const t = TYPES[e.event_type] || OTHER;
      tr.appendChild(el('td', t.symbol + ' ' + e.sub_event_type));
      tr.appendChild(el('td', e.actor1 || ''));
      tr.appendChild(el('td', e.actor2 || ''));
      tr.appendChild(el('td', [e.location, e.admin1, e.iso2].filter((x) => x).join(', ')));
      tr.appendChild(el('td', e.fatalities === null ? 'unknown' : e.fatalities));
      tr.appendChild(el('td', e.reports));
      body.appendChild(tr);
    });
    const last = Math.min(state.total, state.offset + state.limit);
    $('page-label').textContent = state.total ? (state.offset + 1) + '-' + last + ' of ' + count(state.total) + ' shown'
      : 'No events';
    showEmpty(state.total ? '' : whyEmpty());
    $('prev').disabled = state.offset === 0;
    $('next').disabled = last >= state.total;
    ['csv', 'geojson', 'parquet'].forEach((f) => {
      const q = filterParams(); q.set('format', f);
      $('export-' + f).href = '/api/export?' + q.toString();
    });
    document.querySelectorAll('#events th').forEach((th) => th.removeAttribute('aria-sort'));
    const active = document.querySelector('#events th button[data-sort="' + state.sort + '"]');
    if (active) active.parentElement.setAttribute('aria-sort', state.order === 'asc' ? 'ascending' : 'descending');
    return page;
  }

  // ---- pick-lists with counts ----------------------------------------------------------------
  async function loadFacets(gen) {
    const f = await getJson('/api/facets?' + filterParams().toString());
    if (gen !== generation) return;
    const fill = (id, values) => {
      const list = $(id);
      list.textContent = '';
      values.forEach((v) => list.appendChild(el('option', null, { value: v.value, label: v.value + ' (' + count(v.events) + ')' })));
    };
    fill('l-country', f.country);
    fill('l-admin1', f.admin1);
    fill('l-actor', f.actor);
    fill('l-type', f.event_type.concat(f.sub_event_type));
    const origins = new Map(f.origin.map((v) => [v.value, v.events]));
    document.querySelectorAll('#f-origin option').forEach((o) => {
      if (!o.dataset.name) o.dataset.name = o.textContent;
      o.textContent = o.dataset.name + (o.value ? ' (' + count(origins.get(o.value) || 0) + ')' : '');
    });
  }

  // ---- event panel ---------------------------------------------------------------------------
  async function openEvent(id, how) {
    const d = await getJson('/api/events/' + encodeURIComponent(id));
    const e = d.event;
    state.event = id;
    remember(true);
    const panel = $('event-panel');
    panel.hidden = false;
    document.querySelectorAll('#events tbody tr').forEach((tr) =>
      tr.classList.toggle('selected', tr.dataset.eventId === id));
    $('event-heading').textContent = e.sub_event_type + ' on ' + e.event_date;
    const facts = $('event-facts');
    facts.textContent = '';
    const link = /^https?:\/\//i.test(e.source_url || '')
      ? el('a', e.source_url, { href: e.source_url, rel: 'noopener noreferrer', target: '_blank' })
      : document.createTextNode('none: the report was read from a file, not the web');
    [['Date', e.event_date + ' (' + e.date_precision + ' precision, from ' + e.date_source + ')'],
      ['Type', e.event_type + ' / ' + e.sub_event_type + ' (CAMEO ' + (e.cameo_code || '-') + ')'],
      ['Actors', (e.actor1 || '?') + ' against ' + (e.actor2 || '?')],
      ['Place', [e.location, e.admin2, e.admin1, e.country].filter((x) => x).join(', ')
        + (e.place_precision ? ' (' + e.place_precision + ' precision)' : '')],
      ['Fatalities', e.fatalities === null ? 'unknown' : e.fatalities],
      ['Source', (e.source || '') + (d.title ? ': ' + d.title : '')],
      ['Coded by', ORIGINS[e.origin] || e.origin || 'Sitrep'],
      ['Link', link]].forEach(([k, v]) => {
      facts.appendChild(el('dt', k));
      const dd = el('dd');
      if (v instanceof Node) dd.appendChild(v); else dd.textContent = String(v);
      facts.appendChild(dd);
    });
    const para = $('event-paragraph');
    para.textContent = '';
    if (d.paragraph) {
      const t = d.paragraph.text;
      para.appendChild(document.createTextNode(t.slice(0, d.paragraph.sentence_start)));
      para.appendChild(el('mark', t.slice(d.paragraph.sentence_start, d.paragraph.sentence_end)));
      para.appendChild(document.createTextNode(t.slice(d.paragraph.sentence_end)));
    } else {
      para.appendChild(el('mark', e.notes));
    }
    const reports = $('event-reports');
    reports.textContent = '';
    d.reports.forEach((r) => reports.appendChild(el('li', r.date + ', ' + r.source + ' [' + r.agreed + ']: ' + r.sentence)));
    if (how && how.from) {
      // from the map: a popup where the user looks, not a jump to the panel far below
      const box = el('div');
      box.appendChild(el('strong', e.sub_event_type + ', ' + e.event_date));
      box.appendChild(el('p', (e.location || 'no place') + '; ' + (e.actor1 || '?') + ' against ' + (e.actor2 || '?')));
      const more = el('button', 'Details below', { type: 'button' });
      more.addEventListener('click', () => $('event-heading').focus());
      box.appendChild(more);
      how.from.bindPopup(box).openPopup();
    } else if (how && how.focus) {
      $('event-heading').focus();
    }
  }

  // ---- comparison and report -----------------------------------------------------------------
  function needDates(hint) {
    if (!$('f-from').value || !$('f-to').value) {
      $(hint).textContent = 'Set From and To (or select weeks on the timeline) first.';
      return true;
    }
    return false;
  }

  async function withButton(button, hint, working, job) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    $(hint).textContent = working;
    try {
      await job();
      $(hint).textContent = '';
    } catch (e) {
      $(hint).textContent = 'Error: ' + e.message;
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  const SVG = 'http://www.w3.org/2000/svg';

  function svgEl(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach((k) => e.setAttribute(k, attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** The periods side by side: one bar each, with the rate ratio and its interval under the earlier ones. */
  function compareChart(d) {
    const bars = [['This period', d.period, null], ['Period before', d.previous, d.previous.comparison],
      ['A year earlier', d.last_year, d.last_year.comparison]].filter((b) => b[1].covered !== false || b[0] === 'This period');
    const max = Math.max(1, ...bars.map((b) => b[1].events));
    const w = 520; const h = 240; const bw = 90; const gap = (w - bars.length * bw) / (bars.length + 1);
    const svg = svgEl('svg', { viewBox: '0 0 ' + w + ' ' + h, width: '100%', role: 'img', class: 'compare-chart',
      'aria-label': bars.map((b) => b[0] + ' ' + b[1].from + ' to ' + b[1].to + ': ' + b[1].events + ' events').join('; ') });
    bars.forEach((b, i) => {
      const x = gap + i * (bw + gap);
      const bh = Math.round(150 * b[1].events / max);
      svg.appendChild(svgEl('rect', { x: x, y: 175 - bh, width: bw, height: bh, fill: i === 0 ? '#0b4f8a' : '#8a8a8a' }));
      svg.appendChild(svgEl('text', { x: x + bw / 2, y: 170 - bh, 'text-anchor': 'middle' }, count(b[1].events)));
      svg.appendChild(svgEl('text', { x: x + bw / 2, y: 195, 'text-anchor': 'middle' }, b[0]));
      svg.appendChild(svgEl('text', { x: x + bw / 2, y: 212, 'text-anchor': 'middle', 'font-size': '11' },
        b[1].from + ' to ' + b[1].to));
      if (b[2] && b[2].rate_ratio !== null) {
        svg.appendChild(svgEl('text', { x: x + bw / 2, y: 230, 'text-anchor': 'middle', 'font-size': '11' },
          'ratio ' + b[2].rate_ratio.toFixed(2) + ', p ' + (b[2].p_value < 0.001 ? '< 0.001' : b[2].p_value.toFixed(3))));
      }
    });
    const holder = $('compare-chart');
    holder.textContent = '';
    holder.appendChild(svg);
  }

  async function compare() {
    if (needDates('compare-hint')) return;
    $('compare-text').textContent = '';
    $('compare-chart').textContent = '';
    const d = await getJson('/api/compare?' + filterParams().toString());
    $('compare-text').textContent = d.description;
    compareChart(d);
  }

  const REPORT_TAGS = new Set(['H1', 'H2', 'H3', 'P', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'CITE', 'IMG', 'STRONG', 'EM']);

  /**
   * A copy of the report's node with only allowed elements (text stays text), headings moved below the
   * section's own, and images only as the report's own inline SVG.
   */
  function reportNode(n) {
    if (n.nodeType === Node.TEXT_NODE) return document.createTextNode(n.textContent);
    if (n.nodeType !== Node.ELEMENT_NODE) return null;
    if (!REPORT_TAGS.has(n.tagName)) return document.createTextNode(n.textContent);
    if (n.tagName === 'IMG') {
      const src = n.getAttribute('src') || '';
      return src.startsWith('data:image/svg+xml;base64,') ? el('img', null, { src: src, alt: n.getAttribute('alt') || '' }) : null;
    }
    const tag = { H1: 'h3', H2: 'h4', H3: 'h5' }[n.tagName] || n.tagName.toLowerCase();
    const out = document.createElement(tag);
    n.childNodes.forEach((c) => { const copy = reportNode(c); if (copy) out.appendChild(copy); });
    return out;
  }

  async function report() {
    if (needDates('report-hint')) return;
    const view = $('report-view');
    view.textContent = '';
    const p = filterParams(); p.set('format', 'html');
    const r = await fetch('/api/report?' + p.toString());
    const text = await r.text();
    if (!r.ok) {
      let message = text;
      try { message = JSON.parse(text).error; } catch (e) { /* plain text */ }
      throw new Error(message);
    }
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const main = doc.querySelector('main') || doc.body;
    main.childNodes.forEach((n) => { const copy = reportNode(n); if (copy) view.appendChild(copy); });
    const html = $('report-download-html');
    html.href = '/api/report?' + p.toString();
    html.setAttribute('download', 'sitrep-report.html');
    html.hidden = false;
    p.set('format', 'md');
    const md = $('report-download');
    md.href = '/api/report?' + p.toString();
    md.setAttribute('download', 'sitrep-report.md');
    md.hidden = false;
  }

  // ---- wiring --------------------------------------------------------------------------------
  /** Reloads what the filters decide; a newer refresh wins over an older one still answering. */
  async function refresh(opts) {
    const gen = ++generation;
    setBusy(true);
    status('Loading...');
    try {
      const jobs = [loadEvents(gen), drawMap(opts.fit, gen), loadFacets(gen)];
      if (opts.timeline !== false) jobs.push(loadTimeline(gen));
      const [page] = await Promise.all(jobs);
      if (gen !== generation) return;
      status(count(page.total).replace(/,/g, '') + ' events match the filters.');
    } catch (e) {
      if (gen !== generation) return;
      generation++; // answers still on their way belong to the failed view: they are dropped
      clearResults();
      setBusy(false);
      status('Error: ' + e.message + '. Nothing is shown until the filters are fixed.');
      performance.mark('sitrep-idle');
      return;
    }
    setBusy(false);
    performance.mark('sitrep-idle'); // User Timing marks: what bin/bench-dashboard times
    // the slow layer loads after the rest, without holding it up
    drawHotspots().catch((e) => { $('hotspot-status').textContent = 'Hot spots: ' + e.message; });
  }

  async function restore() {
    readUrl();
    if (state.view) map.setView([state.view[1], state.view[2]], state.view[0], { animate: false });
    $('event-panel').hidden = true;
    await refresh({ fit: !state.view });
    if (state.event) await openEvent(state.event).catch(() => { state.event = null; });
  }

  document.addEventListener('DOMContentLoaded', async () => {
    let size = 'md';
    try { size = localStorage.getItem('sitrep-text-size') || 'md'; } catch (e) { /* private mode */ }
    readUrl();
    document.querySelectorAll('.text-size button').forEach((b) => b.addEventListener('click', () => setTextSize(b.dataset.size)));
    $('filters').addEventListener('submit', (ev) => {
      ev.preventDefault();
      state.offset = 0;
      state.event = null;
      $('event-panel').hidden = true;
      remember(true);
      refresh({ fit: true });
    });
    $('f-reset').addEventListener('click', () => setTimeout(() => {
      state.offset = 0;
      state.event = null;
      $('event-panel').hidden = true;
      remember(true);
      refresh({ fit: true });
    }, 0));
    const page = (offset) => {
      state.offset = offset;
      remember(true);
      loadEvents().catch((e) => status('Error: ' + e.message));
    };
    $('prev').addEventListener('click', () => page(Math.max(0, state.offset - state.limit)));
    $('next').addEventListener('click', () => page(state.offset + state.limit));
    document.querySelectorAll('#events th button').forEach((b) => b.addEventListener('click', () => {
      state.order = state.sort === b.dataset.sort && state.order === 'desc' ? 'asc' : 'desc';
      state.sort = b.dataset.sort;
      page(0);
    }));
    $('hotspot-toggle').addEventListener('change', () => {
      remember(true);
      drawHotspots().catch((e) => { $('hotspot-status').textContent = 'Hot spots: ' + e.message; });
    });
    document.querySelectorAll('input[name=mode]').forEach((r) => r.addEventListener('change', () => {
      state.mode = r.value;
      remember(true);
      drawMap(true, generation).catch((e) => status('Error: ' + e.message));
    }));
    document.querySelectorAll('input[name=measure]').forEach((r) => r.addEventListener('change', () => {
      state.measure = r.value;
      remember(true);
      renderTimeline();
      drawMap(false, generation).catch((e) => status('Error: ' + e.message));
    }));
    $('timeline').addEventListener('keydown', timelineKey);
    $('compare-run').addEventListener('click', () =>
      withButton($('compare-run'), 'compare-hint', 'Comparing the periods...', compare));
    $('report-run').addEventListener('click', () =>
      withButton($('report-run'), 'report-hint', 'Writing the report...', report));
    window.addEventListener('popstate', () => { restore().catch((e) => status('Error: ' + e.message)); });
    await initMap();
    setTextSize(size);
    if (window.ResizeObserver) {
      let width = 0;
      new ResizeObserver(() => {
        const w = $('timeline').clientWidth;
        if (timeline.plot && Math.abs(w - width) > 4) { width = w; timeline.plot.setSize({ width: Math.max(260, w), height: 240 }); }
      }).observe($('timeline'));
    }
    await refresh({ fit: !state.view });
    if (state.event) await openEvent(state.event).catch(() => { state.event = null; });
    performance.mark('sitrep-ready');
    document.body.setAttribute('data-ready', 'true');
  });
}());
