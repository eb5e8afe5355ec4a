// A timeline of the document's events: a date axis with one dot per event, and the list below
// in date order. Undated events are listed last.
import { el, clear } from "./dom.js";
import { countLabel, dateStart, eventDate, placeNames } from "./records.js";

const DAY = 86400000;

export function renderTimeline(container, doc, index, events, onSelect) {
  clear(container);
  container.append(el("h3", {}, "Timeline"));
  if (!events.length) {
    container.append(el("p", { class: "placeholder" }, "No events to show."));
    return;
  }
  const rows = events.map((v) => ({ v, date: eventDate(v, doc) }))
    .map((r) => ({ ...r, t: dateStart(r.date) }))
    .sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity));
  const dated = rows.filter((r) => r.t != null);
  if (dated.length) container.append(axis(dated, onSelect));
  container.append(el("ol", { class: "timeline-list" }, rows.map((r) => el("li", {},
    el("button", { type: "button", class: `timeline-item status-${r.v.status}`,
      dataset: { eventId: r.v.id, type: r.v.type, status: r.v.status },
      onclick: () => onSelect("event", r.v.id) },
      el("span", { class: "t-date" }, r.date || "undated"),
      el("span", { class: "t-type" }, r.v.type),
      el("span", { class: "t-status" }, r.v.status),
      el("span", { class: "t-where" }, placeNames(index, r.v).join(", ")),
      el("span", { class: "t-counts" }, (r.v.counts || []).map(countLabel).join("; ")))))));
}

function axis(dated, onSelect) {
  const min = dated[0].t;
  const max = dated[dated.length - 1].t;
  const span = Math.max(max - min, DAY);
  const bar = el("div", { class: "timeline-axis" },
    el("span", { class: "axis-label axis-min" }, dated[0].date),
    max > min ? el("span", { class: "axis-label axis-max" }, dated[dated.length - 1].date) : null);
  for (const r of dated) {
    const left = max > min ? ((r.t - min) / span) * 100 : 50;
    const dot = el("button", {
      type: "button", class: `timeline-dot status-${r.v.status}`,
      title: `${r.date} ${r.v.type}`, "aria-label": `${r.date} ${r.v.type}`,
      onclick: () => onSelect("event", r.v.id),
    });
    dot.style.left = `${left.toFixed(2)}%`;    // CSSOM, not a style attribute: the CSP forbids those
    bar.append(dot);
  }
  return bar;
}
