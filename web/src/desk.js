// The analyst's desk: every stored event on the map (clustered), a per-day timeline and a list,
// with filters; full-text search over stored articles; incidents reported by several sources.
import { el, clear } from "./dom.js";
import * as api from "./api.js";
import { countryBounds, countryNames, drawBox, showCorpus, showIncidents } from "./map.js";

export const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
export const STATUSES = ["reported", "claimed", "denied", "planned", "hypothetical"];
const LIST_ROWS = 300;

const $ = (id) => document.getElementById(id);
let ctx = null;       // {mapView, openStored, openDocument, showError}
let box = null;       // [w, s, e, n] drawn on the map

export function filters() {
  const region = $("c-region").value;
  const bbox = box || (region ? countryBounds(region) : null);
  return { since: $("c-since").value, until: $("c-until").value, type: $("c-type").value,
    status: $("c-status").value, source: $("c-source").value.trim(),
    bbox: bbox ? bbox.map((x) => x.toFixed(4)).join(",") : "" };
}

function status(message) {
  $("desk-status").textContent = message;
}

async function guarded(label, run) {
  ctx.showError("");
  status(`${label}…`);
  try {
    await run();
  } catch (err) {
    status("");
    if (err.status === 401) $("token").focus();
    ctx.showError(`${label} failed: ${err.message}${err.status === 401 ? " (enter the server's token)" : ""}`);
  }
}

export async function loadCorpus() {
  await guarded("Loading events", async () => {
    const found = await api.events(filters());
    // Events the coder marks background (main: false) are left out unless asked for; records without the flag stay.
    const events = $("c-main").checked ? found.events.filter((e) => e.main !== false) : found.events;
    const total = found.total - (found.events.length - events.length);
    showCorpus(ctx.mapView, events, ctx.openStored);
    renderTimeline(events);
    renderEventList(events);
    status(`${total} events match${total > events.length ? ` (first ${events.length} shown)` : ""}`);
    document.body.dataset.corpus = String(events.length);
  });
}

function renderTimeline(events) {
  const days = new Map();
  for (const e of events) if (e.date_start) days.set(e.date_start, (days.get(e.date_start) || 0) + 1);
  const sorted = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
  const most = Math.max(1, ...days.values());
  const bars = sorted.map(([day, n]) => {
    const bar = el("button", { type: "button", class: "day-bar", title: `${day}: ${n} events`,
      dataset: { day }, onclick: () => { $("c-since").value = day; $("c-until").value = day; loadCorpus(); } });
    bar.style.height = `${Math.max(3, Math.round((48 * n) / most))}px`;
    return bar;
  });
  clear($("corpus-timeline")).append(...(sorted.length ? [el("span", { class: "tl-edge" }, sorted[0][0]), ...bars,
    el("span", { class: "tl-edge" }, sorted[sorted.length - 1][0])] : []));
}

function renderEventList(events) {
  const rows = events.slice(0, LIST_ROWS).map((e) => el("tr", {
    class: `corpus-row${e.review ? ` reviewed-${e.review.status}` : ""}`, tabindex: "0",
    dataset: { docId: e.doc_id, eventId: e.id },
    onclick: () => ctx.openStored(e.doc_id, e.id),
    onkeydown: (ev) => { if (ev.key === "Enter") ctx.openStored(e.doc_id, e.id); },
  }, el("td", {}, e.date_start || "undated"), el("td", {}, e.type), el("td", {}, e.status),
  el("td", {}, (e.places || []).map((p) => p.name).join(", ")),
  el("td", {}, e.document.source || e.document.title || e.doc_id),
  el("td", { class: "evidence" }, e.evidence || (e.trigger && e.trigger.text) || ""),
  el("td", {}, e.review ? e.review.status : "")));
  clear($("desk-results")).append(el("table", { class: "corpus-list" },
    el("thead", {}, el("tr", {}, ["date", "type", "status", "places", "source", "evidence", "review"]
      .map((h) => el("th", {}, h)))), el("tbody", {}, rows)));
}

function parts(list) {
  return (list || []).map((p) => (p.match ? el("mark", {}, p.text) : p.text));
}

export async function runSearch(event) {
  if (event) event.preventDefault();
  const q = $("search-q").value.trim();
  if (!q) return;
  await guarded("Searching", async () => {
    const { results, total } = await api.search(q, filters());
    clear($("desk-results")).append(el("ol", { class: "search-results" }, results.map((hit) => el("li", {
      class: "search-hit", dataset: { docId: hit.id } },
    el("button", { type: "button", class: "link hit-title", onclick: () => ctx.openDocument(hit.id) },
      hit.title_parts.length ? parts(hit.title_parts) : hit.title || hit.url || hit.id),
    el("span", { class: "hit-meta" }, [hit.source, hit.published, `${hit.n_events ?? 0} events`]
      .filter(Boolean).join(" · ")),
    el("p", { class: "snippet" }, parts(hit.snippet))))));
    status(`${total} articles match “${q}”`);
  });
}

const KNOWN = new Set(["tolls", "place", "incident_id", "type", "date_start", "date_end", "lat", "lon", "places", "n_sources",
  "n_events", "counts", "conflicting_counts", "sources"]);

function table(rows) {
  const keys = [...new Set(rows.flatMap((r) => (r && typeof r === "object" ? Object.keys(r) : [])))];
  return el("table", { class: "mini" }, el("tr", {}, keys.map((k) => el("th", {}, k))),
    rows.map((r) => el("tr", {}, keys.map((k) => el("td", {}, fmt(r[k]))))));
}

function fmt(value) {
  if (value == null) return "";
  if (Array.isArray(value) && value.every((v) => v && typeof v === "object")) return table(value);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function incidentCard(inc) {
  const figures = (inc.counts || []).map((c) => el("tr", { class: c.conflicting ? "conflict" : "" },
    el("td", {}, c.kind), el("td", {}, String(c.min_value)), el("td", {}, String(c.max_value)),
    el("td", {}, c.conflicting ? "reports disagree" : "agree")));
  const sources = (inc.sources || []).map((s) => el("li", {},
    el("button", { type: "button", class: "link", onclick: () => ctx.openStored(s.doc_id, s.event_id) },
      s.source || s.title || s.doc_id),
    ` · ${[s.published, s.reported_by && `according to ${s.reported_by}`, s.status].filter(Boolean).join(" · ")}`));
  const extra = Object.keys(inc).filter((k) => !KNOWN.has(k))
    .map((k) => el("div", { class: "extra", dataset: { field: k } }, el("strong", {}, `${k}: `), fmt(inc[k])));
  return el("article", { class: `incident${inc.conflicting_counts ? " conflicting" : ""}`,
    dataset: { incidentId: inc.incident_id } },
  el("h4", {}, `${inc.type} · ${inc.date_start || "undated"}${inc.date_end && inc.date_end !== inc.date_start
    ? ` – ${inc.date_end}` : ""} · ${(inc.places || []).join(", ")}`),
  el("p", { class: "corroboration" }, `${inc.n_sources} reports corroborate (${inc.n_events} events)`),
  // Tolls over time (store.tolls): "killed: 40 (latest, 17 Jan 2023, the State Emergency Service); first reported 21"
  Object.values(inc.tolls || {}).map((t) => el("p", { class: "toll" }, t.text)),
  figures.length ? el("table", { class: "figures" }, el("tr", {}, ["figure", "lowest", "highest", ""]
    .map((h) => el("th", {}, h))), figures) : null,
  el("ul", { class: "sources" }, sources), extra);
}

export async function loadIncidents() {
  await guarded("Loading incidents", async () => {
    const f = filters();
    const { incidents, total } = await api.incidents({ type: f.type, since: f.since, until: f.until, bbox: f.bbox });
    clear($("desk-results")).append(...incidents.map(incidentCard));
    showIncidents(ctx.mapView, incidents, (inc) => {
      const card = document.querySelector(`.incident[data-incident-id="${CSS.escape(inc.incident_id)}"]`);
      if (card) card.scrollIntoView({ block: "nearest" });
    });
    status(`${total} incidents`);
  });
}

function fillSelect(select, values) {
  select.append(...values.map((v) => el("option", { value: v }, v)));
}

function startDrawing() {
  status("Click two opposite corners of the box on the map");
  drawBox(ctx.mapView, (bounds) => {
    box = bounds;
    $("c-region").value = "";
    $("c-bbox").textContent = `box ${bounds.map((x) => x.toFixed(2)).join(", ")}`;
    status("");
    loadCorpus();
  });
}

export function initDesk(context) {
  ctx = context;
  fillSelect($("c-type"), PLOVER_TYPES);
  fillSelect($("c-status"), STATUSES);
  fillSelect($("c-region"), countryNames());
  $("corpus-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadCorpus(); });
  $("search-form").addEventListener("submit", runSearch);
  $("incidents-go").addEventListener("click", loadIncidents);
  $("c-draw").addEventListener("click", startDrawing);
  $("c-region").addEventListener("change", () => { box = null; $("c-bbox").textContent = ""; });
  $("token").value = sessionStorage.getItem("newsgraph-token") || "";
  $("token").addEventListener("change", () => api.setToken($("token").value.trim()));
}
