// The analyst's page: wires the input form, the database picker, the filters, the annotated
// article, the map, the timeline and the record panel around one selected Document.
import { el, clear } from "./dom.js";
import * as api from "./api.js";
import { annotations, indexDocument, KINDS, KIND_LABELS, recordOf } from "./records.js";
import { highlightSentence, markArticle, renderArticle, scrollToSelected } from "./article.js";
import { initDesk, loadCorpus } from "./desk.js";
import { renderReview } from "./review.js";
import { renderDetail } from "./detail.js";
import { createMap, focusMarker, resize, showDocument, showStoredEvents } from "./map.js";
import { renderTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const state = { doc: null, index: null, selected: null, type: "", status: "", file: null, filePreview: null };
let mapView = null;

function visibleEvents() {
  const events = (state.doc && state.doc.events) || [];
  return events.filter((v) => (!state.type || v.type === state.type) && (!state.status || v.status === state.status));
}

function select(kind, id) {
  state.selected = { kind, id };
  renderDetail($("record"), state.doc, state.index, kind, id, select);
  const event = kind === "event" ? recordOf(state.index, "event", id) : null;
  highlightSentence($("article"), event ? event.sentence : null);
  if (event) {
    const panel = el("section", { id: "review", "aria-label": "Review this event" });
    $("record").append(panel);
    renderReview(panel, state.doc, event, { mapView, showError,
      onReviewed: () => (document.body.dataset.corpus ? loadCorpus() : null) });
  }
  markArticle($("article"), state.selected, new Set(visibleEvents().map((v) => v.id)));
  scrollToSelected($("article"));
  focusMarker(mapView, kind, id);
  for (const item of document.querySelectorAll(".timeline-item")) {
    item.classList.toggle("selected", kind === "event" && item.dataset.eventId === id);
  }
}

function refreshEvents(fitMap = false) {
  const shown = visibleEvents();
  const ids = new Set(shown.map((v) => v.id));
  showDocument(mapView, state.doc, state.index, ids, select, fitMap);
  renderTimeline($("timeline"), state.doc, state.index, shown, select);
  markArticle($("article"), state.selected, ids);
  $("event-count").textContent = `${shown.length} of ${state.doc.events.length} events`;
}

async function refreshStoredEvents() {
  if (!$("show-stored").checked) return showStoredEvents(mapView, [], openStored);
  try {
    const { features } = await api.storedEvents({ type: state.type, status: state.status });
    showStoredEvents(mapView, features, openStored);
    $("stored-count").textContent = `${features.length} located stored events`;
  } catch (err) {
    showError(`Could not load the stored events: ${err.message}`);
  }
}

async function openStored(docId, eventId) {
  if (!state.doc || state.doc.id !== docId) await openDocument(docId);
  if (state.doc && state.doc.id === docId) select("event", eventId);
}

function fillOptions(selectEl, allLabel, values, current) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  clear(selectEl).append(el("option", { value: "" }, allLabel),
    ...[...counts.keys()].sort().map((v) => el("option", { value: v }, `${v} (${counts.get(v)})`)));
  selectEl.value = counts.has(current) ? current : "";
  return selectEl.value;
}

function showDocumentOnPage(doc) {
  state.doc = doc;
  state.index = indexDocument(doc);
  state.selected = null;
  state.type = fillOptions($("filter-type"), "all types", doc.events.map((v) => v.type), state.type);
  state.status = fillOptions($("filter-status"), "all statuses", doc.events.map((v) => v.status), state.status);
  renderArticle($("article"), doc, annotations(doc), select);
  clear($("record")).append(el("p", { class: "placeholder" }, "Click a highlighted span, a marker or a timeline entry."));
  refreshEvents(true);
  document.body.dataset.documentId = doc.id;
  history.replaceState(null, "", `#doc=${encodeURIComponent(doc.id)}`);   // a link to this view
}

function summary(doc) {
  const lists = { entity: "entities", place: "places", time: "times", quote: "quotes", event: "events" };
  return Object.entries(lists).map(([kind, list]) => `${(doc[list] || []).length} ${KIND_LABELS[kind]}`).join(", ");
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

async function refreshDocumentList(selectedId) {
  const { documents, total } = await api.listDocuments();
  const picker = $("doc-select");
  clear(picker).append(el("option", { value: "" }, total ? `${total} stored document(s)` : "(no stored documents)"),
    ...documents.map((d) => el("option", { value: d.id },
      `${d.published || "undated"} · ${d.title || d.url || d.id} (${d.n_events} events)`)));
  picker.value = selectedId || "";
}

// A chosen file goes to the server as it is (HTML, gzip, JSONL are read there), unless the
// analyst edited the text it was previewed as.
function extractRequest(text) {
  const fields = { published: $("published").value || null, url: $("url").value || null };
  if (state.file && text === state.filePreview) return api.extractFile(state.file, fields);
  return api.extract({ text, ...fields, title: $("title").value || null });
}

async function onExtract(event) {
  event.preventDefault();
  const text = $("text").value;
  if (!text.trim()) return showError("Paste an article or choose a file first.");
  showError("");
  $("extract").disabled = true;
  $("status").textContent = "Extracting…";
  const started = performance.now();
  try {
    const doc = await extractRequest(text);
    if (state.file) $("text").value = state.filePreview = doc.text;
    showDocumentOnPage(doc);
    $("status").textContent = `Extracted in ${((performance.now() - started) / 1000).toFixed(2)} s: ${summary(doc)}.`;
    await refreshDocumentList(doc.id).catch(() => {});
    await refreshStoredEvents();
  } catch (err) {
    $("status").textContent = "";
    showError(`Extraction failed: ${err.message}`);
  } finally {
    $("extract").disabled = false;
  }
}

async function onPick() {
  const id = $("doc-select").value;
  if (id) await openDocument(id);
}

async function openDocument(id) {
  showError("");
  try {
    const doc = await api.getDocument(id);
    $("text").value = doc.text;
    $("doc-select").value = doc.id;
    showDocumentOnPage(doc);
    $("status").textContent = `Opened ${doc.id}: ${summary(doc)}.`;
  } catch (err) {
    showError(`Could not open the document: ${err.message}`);
  }
}

async function onFile() {
  const file = $("file").files[0];
  state.file = file || null;
  if (!file) return;
  const packed = /\.gz$/i.test(file.name);
  $("text").value = state.filePreview = packed ? `(${file.name}: compressed, read on the server)` : await file.text();
}

function buildLegend() {
  const legend = $("legend");
  for (const kind of KINDS) {
    const box = el("input", { type: "checkbox", checked: true, "data-kind": kind,
      onchange: () => $("article").classList.toggle(`hide-${kind}`, !box.checked) });
    legend.append(el("label", { class: `legend-item swatch-${kind}` }, box, KIND_LABELS[kind]));
  }
}

function onFilter() {
  state.type = $("filter-type").value;
  state.status = $("filter-status").value;
  if (state.doc) refreshEvents();
  refreshStoredEvents();
}

function start() {
  mapView = createMap($("map"));
  initDesk({ mapView, openStored, openDocument, showError });
  buildLegend();
  $("extract-form").addEventListener("submit", onExtract);
  $("doc-select").addEventListener("change", onPick);
  $("file").addEventListener("change", onFile);
  $("filter-type").addEventListener("change", onFilter);
  $("filter-status").addEventListener("change", onFilter);
  $("show-stored").addEventListener("change", () => {
    $("stored-count").textContent = "";
    refreshStoredEvents();
  });
  window.addEventListener("resize", () => resize(mapView));
  const linked = new URLSearchParams(location.hash.slice(1)).get("doc");
  refreshDocumentList(linked).catch((err) => showError(`Could not list stored documents: ${err.message}`));
  (linked ? openDocument(linked) : Promise.resolve()).finally(() => { document.body.dataset.ready = "true"; });
}

start();
