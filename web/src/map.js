// Leaflet map with an offline base map: country outlines from world-atlas (Natural Earth 1:50m,
// TopoJSON) converted by topojson-client. No tile server is ever contacted.
import * as L from "leaflet";
import { feature } from "topojson-client";
import world from "world-atlas/countries-50m.json";
import { el } from "./dom.js";
import { placeNames, recordOf } from "./records.js";

// Leaflet puts string tooltips in with innerHTML: give it text nodes (names and titles come from articles).
const text = (value) => el("span", {}, value);

const COUNTRY_STYLE = { color: "#7d8b99", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 };

export function createMap(container) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true });
  L.geoJSON(feature(world, world.objects.countries), { style: COUNTRY_STYLE, interactive: false }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  // Gazetteer credits (e.g. "GeoNames, geonames.org" once a country extract is added): GET /gazetteer.
  fetch("gazetteer", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : { attribution: [] }))
    .then((info) => (info.attribution || []).forEach((c) => map.attributionControl.addAttribution(`Places: ${c}`)))
    .catch(() => {});
  map.setView([30, 10], 2);
  const layers = { corpus: L.layerGroup().addTo(map), places: L.layerGroup().addTo(map),
    events: L.layerGroup().addTo(map) };
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
