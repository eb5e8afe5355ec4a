// Leaflet map with an offline base map: country outlines from world-atlas (Natural Earth 1:50m,
// TopoJSON) converted by topojson-client. No tile server is ever contacted.
import * as L from "leaflet";
import Leaflet from "leaflet";             // the module object itself, which the plugin extends
import "leaflet.markercluster";          // adds markerClusterGroup to the Leaflet global
import { feature } from "topojson-client";
import world from "world-atlas/countries-50m.json";
import { el } from "./dom.js";
import { placeNames, recordOf } from "./records.js";

// Leaflet puts string tooltips in with innerHTML: give it text nodes (names and titles come from articles).
const text = (value) => el("span", {}, value);

const COUNTRY_STYLE = { color: "#7d8b99", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 };
const COUNTRIES = feature(world, world.objects.countries);
const CLUSTER_FROM = 200;     // corpus markers are clustered when there are more than this many

export function createMap(container) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true });
  L.geoJSON(COUNTRIES, { style: COUNTRY_STYLE, interactive: false }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  // Gazetteer credits (e.g. "GeoNames, geonames.org" once a country extract is added): GET /gazetteer.
  fetch("gazetteer", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : { attribution: [] }))
    .then((info) => (info.attribution || []).forEach((c) => map.attributionControl.addAttribution(`Places: ${c}`)))
    .catch(() => {});
  map.setView([30, 10], 2);
  const layers = { corpus: L.layerGroup().addTo(map), places: L.layerGroup().addTo(map),
    events: L.layerGroup().addTo(map), desk: L.layerGroup().addTo(map), box: L.layerGroup().addTo(map) };
  return { map, layers, markers: new Map() };
}

// Place markers (blue dots) and event markers (diamonds by status) for one document.
export function showDocument(view, doc, index, visibleEvents, onSelect, fit) {
  view.layers.places.clearLayers();
  view.layers.events.clearLayers();
  view.markers.clear();
  const located = (doc.places || []).filter((p) => p.lat != null && p.lon != null);
  for (const p of located) {
    const marker = L.marker([p.lat, p.lon], {
      icon: L.divIcon({ className: `place-marker prec-${p.precision || "unknown"}`, iconSize: [12, 12] }),
      title: p.name, alt: p.name, riseOnHover: true,
    }).bindTooltip(text(p.name), { direction: "top", offset: [0, -6] });
    marker.on("click", () => onSelect("place", p.id));
    marker.addTo(view.layers.places);
    marker.getElement().dataset.placeId = p.id;
    view.markers.set(`place:${p.id}`, marker);
  }
  for (const v of doc.events || []) {
    if (!visibleEvents.has(v.id)) continue;
    for (const pid of v.places || []) {
      const p = recordOf(index, "place", pid);
      if (!p || p.lat == null || p.lon == null) continue;
      const label = `${v.type} (${v.status}) at ${p.name}`;
      const marker = L.marker([p.lat, p.lon], {
        icon: L.divIcon({ className: `event-marker status-${v.status}`, iconSize: [14, 14], iconAnchor: [-3, 17] }),
        title: label, alt: label, riseOnHover: true, zIndexOffset: 500,
      }).bindTooltip(text(`${v.type}: ${placeNames(index, v).join(", ")}`), { direction: "top", offset: [10, -16] });
      marker.on("click", () => onSelect("event", v.id));
      marker.addTo(view.layers.events);
      Object.assign(marker.getElement().dataset, { eventId: v.id, type: v.type, status: v.status });
      if (!view.markers.has(`event:${v.id}`)) view.markers.set(`event:${v.id}`, marker);
    }
  }
  if (fit) fitTo(view, located);
}

// Fit the map to the article's area: precise places near their median, so that one far-off
// (or mis-resolved) place does not zoom the map out to the whole world.
function fitTo(view, places) {
  const precise = places.filter((p) => p.precision !== "country" && p.precision !== "region");
  const chosen = precise.length ? precise : places;
  if (!chosen.length) return;
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const centre = L.latLng(median(chosen.map((p) => p.lat)), median(chosen.map((p) => p.lon)));
  const near = chosen.filter((p) => centre.distanceTo([p.lat, p.lon]) < 2500e3);
  const focus = near.length * 2 >= chosen.length ? near : chosen;
  view.map.fitBounds(L.latLngBounds(focus.map((p) => [p.lat, p.lon])).pad(0.25), { maxZoom: 7, animate: false });
}

// Events of every stored document (GET /events.geojson): small dots; a click opens the event.
export function showStoredEvents(view, features, onOpen) {
  view.layers.corpus.clearLayers();
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const marker = L.circleMarker([lat, lon], { radius: 5, weight: 1, className: `corpus-marker status-${p.status}` })
      .bindTooltip(text(`${p.type} (${p.status}) · ${p.place} · ${p.date_start || "undated"} · ${p.title || p.document_id}`));
    marker.on("click", () => onOpen(p.document_id, p.event_id));
    marker.addTo(view.layers.corpus);
  }
}

export function focusMarker(view, kind, id) {
  for (const m of view.markers.values()) m.getElement()?.classList.remove("selected");
  const marker = view.markers.get(`${kind}:${id}`);
  if (!marker) return;
  marker.getElement()?.classList.add("selected");
  view.map.panTo(marker.getLatLng(), { animate: false });
  marker.openTooltip();
}

export function resize(view) {
  view.map.invalidateSize();
}

// --- the desk: the whole corpus, regions, boxes and points chosen on the map ---------------------

export const countryNames = () => COUNTRIES.features.map((f) => f.properties.name).filter(Boolean).sort();

// [W, S, E, N] of a country of world-atlas.
export function countryBounds(name) {
  const found = COUNTRIES.features.find((f) => f.properties.name === name);
  if (!found) return null;
  const b = L.geoJSON(found).getBounds();
  return [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())];
}

// Stored event dicts (GET /events) as markers, clustered when there are many; a click opens the event.
export function showCorpus(view, events, onOpen) {
  view.layers.desk.clearLayers();
  const points = [];
  for (const e of events) {
    for (const p of e.places || []) {
      if (p.lat == null || p.lon == null) continue;
      const review = e.review ? ` · ${e.review.status}` : "";
      const marker = L.circleMarker([p.lat, p.lon], { radius: 6, weight: 1,
        className: `desk-marker status-${e.status}${e.review ? ` reviewed-${e.review.status}` : ""}` })
        .bindTooltip(text(`${e.type} (${e.status}${review}) · ${p.name} · ${e.date_start || "undated"} · `
          + `${e.document.title || e.document.source || e.doc_id}`));
      marker.on("click", () => onOpen(e.doc_id, e.id));
      points.push(marker);
    }
  }
  const group = points.length > CLUSTER_FROM
    ? Leaflet.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, animate: false }) : L.featureGroup();
  for (const m of points) group.addLayer(m);
  group.addTo(view.layers.desk);
  if (points.length) view.map.fitBounds(L.latLngBounds(points.map((m) => m.getLatLng())).pad(0.2), { maxZoom: 7, animate: false });
  return points.length;
}

// Incidents at their centre, sized by the number of reports; a click shows the incident's card.
export function showIncidents(view, incidents, onPick) {
  view.layers.desk.clearLayers();
  const located = incidents.filter((i) => i.lat != null && i.lon != null);
  for (const inc of located) {
    L.circleMarker([inc.lat, inc.lon], { radius: 5 + 2 * Math.min(inc.n_sources, 8), weight: 2,
      className: `incident-marker${inc.conflicting_counts ? " conflicting" : ""}` })
      .bindTooltip(text(`${inc.type} · ${inc.date_start || "undated"} · ${(inc.places || []).join(", ")} · `
        + `${inc.n_sources} reports`))
      .on("click", () => onPick(inc))
      .addTo(view.layers.desk);
  }
  if (located.length) {
    view.map.fitBounds(L.latLngBounds(located.map((i) => [i.lat, i.lon])).pad(0.2), { maxZoom: 7, animate: false });
  }
}

// The next two clicks on the map are opposite corners of a box: onBox([W, S, E, N]).
export function drawBox(view, onBox) {
  const corners = [];
  view.map.getContainer().classList.add("drawing");
  const onClick = (ev) => {
    corners.push(ev.latlng.wrap());
    if (corners.length < 2) return;
    view.map.off("click", onClick);
    view.map.getContainer().classList.remove("drawing");
    const bounds = L.latLngBounds(corners);
    view.layers.box.clearLayers();
    L.rectangle(bounds, { className: "drawn-box", weight: 2, fill: false, interactive: false }).addTo(view.layers.box);
    onBox([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
  };
  view.map.on("click", onClick);
}

// The next click on the map: onPoint({lat, lon}).
export function pickPoint(view, onPoint) {
  view.map.getContainer().classList.add("drawing");
  view.map.once("click", (ev) => {
    view.map.getContainer().classList.remove("drawing");
    const { lat, lng } = ev.latlng.wrap();
    onPoint({ lat: Number(lat.toFixed(5)), lon: Number(lng.toFixed(5)) });
  });
}
