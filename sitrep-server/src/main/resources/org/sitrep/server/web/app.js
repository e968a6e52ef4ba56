// Sitrep dashboard. Article text only ever enters the page through textContent or text nodes, never as
// markup: the API's JSON carries it, the DOM shows it as text.
(function () {
  'use strict';

  const TYPES = {
    'Battles': { colour: '#b2182b', symbol: 'B' },
    'Explosions/Remote violence': { colour: '#d6604d', symbol: 'E' },
    'Violence against civilians': { colour: '#762a83', symbol: 'V' },
    'Protests': { colour: '#1b7837', symbol: 'P' },
    'Riots': { colour: '#8c510a', symbol: 'R' },
    'Strategic developments': { colour: '#2166ac', symbol: 'S' }
  };
  const OTHER = { colour: '#4d4d4d', symbol: '?' };
  const state = { sort: 'event_date', order: 'desc', offset: 0, limit: 25, total: 0 };
  const $ = (id) => document.getElementById(id);

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) Object.keys(attrs).forEach((k) => e.setAttribute(k, attrs[k]));
    return e;
  }

  function status(text) { $('status').textContent = text; }

  // ---- text size, persisted ------------------------------------------------------------------
  function setTextSize(size) {
    document.documentElement.classList.remove('size-xs', 'size-sm', 'size-md', 'size-lg');
    document.documentElement.classList.add('size-' + size);
    document.querySelectorAll('.text-size button').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset.size === size)));
    try { localStorage.setItem('sitrep-text-size', size); } catch (e) { /* private mode */ }
    if (map) map.invalidateSize();
  }

  // ---- filters -------------------------------------------------------------------------------
  function filterParams() {
    const p = new URLSearchParams();
    ['from', 'to', 'country', 'admin1', 'actor', 'type', 'q'].forEach((name) => {
      const v = $('f-' + name).value.trim();
      if (v) p.set(name, v);
    });
    return p;
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  // ---- map -----------------------------------------------------------------------------------
  let map = null;
  let markers = null;
  let hotspotLayer = null;

  async function initMap() {
    map = L.map('map', { keyboard: true, minZoom: 2, maxZoom: 12 }).setView([34.8, 39.5], 6);
    try {
      const config = await getJson('/api/config');
      if (config.tile_url) L.tileLayer(config.tile_url, { maxZoom: 18 }).addTo(map);
    } catch (e) { /* no tiles */ }
    try {
      const world = await (await fetch('/assets/world-atlas/countries-50m.json')).json();
      L.geoJSON(topojson.feature(world, world.objects.countries),
        { style: { color: '#6b6b6b', weight: 1, fill: true, fillColor: '#f3f1ea', fillOpacity: 1 }, interactive: false })
        .addTo(map);
    } catch (e) { status('Country outlines could not be loaded.'); }
    markers = L.markerClusterGroup({ showCoverageOnHover: false });
    map.addLayer(markers);
    const legend = $('legend');
    Object.keys(TYPES).forEach((t) => {
      legend.appendChild(el('span', TYPES[t].symbol + ' = ' + t + '  ', { class: 'type-symbol' }));
    });
  }

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
    markers.clearLayers();
    const points = [];
    events.forEach((e) => {
      if (e.latitude === null || e.longitude === null) return;
      const m = L.marker([e.latitude, e.longitude], {
        icon: markerIcon(e), keyboard: true,
        title: e.event_date + ' ' + e.sub_event_type + ' at ' + (e.location || '')
      });
      m.on('click', () => openEvent(e.event_id));
      m.on('keypress', (ev) => { if (ev.originalEvent.key === 'Enter') openEvent(e.event_id); });
      m.eventId = e.event_id;
      markers.addLayer(m);
      points.push([e.latitude, e.longitude]);
    });
    if (points.length) map.fitBounds(points, { maxZoom: 9, padding: [30, 30] });
  }

  async function drawHotspots() {
    if (hotspotLayer) { map.removeLayer(hotspotLayer); hotspotLayer = null; }
    if (!$('hotspot-toggle').checked) return;
    const geo = await getJson('/api/hotspots?' + filterParams().toString());
    hotspotLayer = L.geoJSON(geo, {
      style: (f) => ({ color: f.properties.category.startsWith('hot') ? '#b2182b' : '#2166ac', weight: 2,
        dashArray: f.properties.category.startsWith('hot') ? null : '4 4', fillOpacity: 0.35 }),
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.category + ', ' + f.properties.events + ' events'
        + (f.properties.near ? ', near ' + f.properties.near : ''))
    }).addTo(map);
    status(geo.features.length + ' significant hot- or cold-spot cells.');
  }

  // ---- timeline ------------------------------------------------------------------------------
  let plot = null;

  async function drawTimeline() {
    const p = filterParams();
    p.delete('from'); p.delete('to');
    p.set('interval', 'week');
    const rows = await getJson('/api/timeseries?' + p.toString());
    const xs = rows.map((r) => Date.parse(r.start + 'T00:00:00Z') / 1000);
    const ys = rows.map((r) => r.events);
    const holder = $('timeline');
    if (plot) { plot.destroy(); plot = null; }
    holder.textContent = '';
    if (!rows.length) { holder.appendChild(el('p', 'No events.')); return; }
    plot = new uPlot({
      width: Math.max(300, holder.clientWidth || 500), height: 220,
      series: [{}, { label: 'Events', stroke: '#0b4f8a', fill: 'rgba(11,79,138,0.15)', paths: uPlot.paths.bars() }],
      axes: [{}, { label: 'events' }],
      scales: { y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      cursor: { drag: { x: true, y: false } },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          const from = new Date(u.posToVal(u.select.left, 'x') * 1000).toISOString().slice(0, 10);
          const to = new Date(u.posToVal(u.select.left + u.select.width, 'x') * 1000).toISOString().slice(0, 10);
          $('f-from').value = from;
          $('f-to').value = to;
          state.offset = 0;
          refresh(false);
        }]
      }
    }, [xs, ys], holder);
  }

  // ---- table ---------------------------------------------------------------------------------
  async function loadEvents() {
    const p = filterParams();
    p.set('sort', state.sort); p.set('order', state.order);
    p.set('limit', state.limit); p.set('offset', state.offset);
    const page = await getJson('/api/events?' + p.toString());
    state.total = page.total;
    const body = document.querySelector('#events tbody');
    body.textContent = '';
    page.events.forEach((e) => {
      const tr = el('tr', null, { 'data-event-id': e.event_id });
      const first = el('td');
      const open = el('button', e.event_date, { type: 'button', class: 'open', 'aria-label': 'Open event of ' + e.event_date
        + ', ' + e.sub_event_type + ', ' + (e.location || 'no place') });
      open.addEventListener('click', () => openEvent(e.event_id));
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
    $('page-label').textContent = state.total ? (state.offset + 1) + '-' + last + ' of ' + state.total : 'No events';
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

  // ---- event panel ---------------------------------------------------------------------------
  async function openEvent(id) {
    const d = await getJson('/api/events/' + encodeURIComponent(id));
    const e = d.event;
    const panel = $('event-panel');
    panel.hidden = false;
    document.querySelectorAll('#events tbody tr').forEach((tr) =>
      tr.classList.toggle('selected', tr.dataset.eventId === id));
    $('event-heading').textContent = e.sub_event_type + ' on ' + e.event_date;
    const facts = $('event-facts');
    facts.textContent = '';
    [['Date', e.event_date + ' (' + e.date_precision + ' precision, from ' + e.date_source + ')'],
      ['Type', e.event_type + ' / ' + e.sub_event_type + ' (CAMEO ' + (e.cameo_code || '-') + ')'],
      ['Actors', (e.actor1 || '?') + ' against ' + (e.actor2 || '?')],
      ['Place', [e.location, e.admin2, e.admin1, e.country].filter((x) => x).join(', ')
        + (e.place_precision ? ' (' + e.place_precision + ' precision)' : '')],
      ['Fatalities', e.fatalities === null ? 'unknown' : e.fatalities],
      ['Source', (e.source || '') + (d.title ? ': ' + d.title : '')],
      ['Link', e.source_url || '']].forEach(([k, v]) => { facts.appendChild(el('dt', k)); facts.appendChild(el('dd', v)); });
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
    $('event-heading').focus();
  }

  // ---- comparison and report -----------------------------------------------------------------
  function needDates() {
    if (!$('f-from').value || !$('f-to').value) {
      status('Set From and To (or drag across the timeline) first.');
      return true;
    }
    return false;
  }

  async function compare() {
    if (needDates()) return;
    const d = await getJson('/api/compare?' + filterParams().toString());
    $('compare-text').textContent = d.description;
  }

  async function report() {
    if (needDates()) return;
    const p = filterParams(); p.set('format', 'md');
    const r = await fetch('/api/report?' + p.toString());
    const text = await r.text();
    if (!r.ok) { status(text); return; }
    $('report-text').textContent = text;
    const link = $('report-download');
    link.href = '/api/report?' + p.toString();
    link.setAttribute('download', 'sitrep-report.md');
    link.hidden = false;
  }

  // ---- wiring --------------------------------------------------------------------------------
  async function refresh(timeline) {
    try {
      status('Loading...');
      const page = await loadEvents();
      const all = filterParams(); all.set('limit', 1000); all.set('sort', 'event_date');
      drawMarkers((await getJson('/api/events?' + all.toString())).events);
      if (timeline) await drawTimeline();
      await drawHotspots();
      status(page.total + ' events.');
    } catch (e) {
      status('Error: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    let size = 'md';
    try { size = localStorage.getItem('sitrep-text-size') || 'md'; } catch (e) { /* private mode */ }
    document.querySelectorAll('.text-size button').forEach((b) => b.addEventListener('click', () => setTextSize(b.dataset.size)));
    $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.offset = 0; refresh(true); });
    $('f-reset').addEventListener('click', () => setTimeout(() => { state.offset = 0; refresh(true); }, 0));
    $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
    $('next').addEventListener('click', () => { state.offset += state.limit; loadEvents(); });
    document.querySelectorAll('#events th button').forEach((b) => b.addEventListener('click', () => {
      state.order = state.sort === b.dataset.sort && state.order === 'desc' ? 'asc' : 'desc';
      state.sort = b.dataset.sort;
      state.offset = 0;
      loadEvents();
    }));
    $('hotspot-toggle').addEventListener('change', () => drawHotspots().catch((e) => status('Error: ' + e.message)));
    $('compare-run').addEventListener('click', () => compare().catch((e) => status('Error: ' + e.message)));
    $('report-run').addEventListener('click', () => report().catch((e) => status('Error: ' + e.message)));
    await initMap();
    setTextSize(size);
    await refresh(true);
    document.body.setAttribute('data-ready', 'true');
  });
}());
