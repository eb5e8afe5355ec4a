// The panel that shows one record: every field, with links to the records it refers to.
import { el, clear } from "./dom.js";
import { actorLabel, countLabel, entityName, eventDate, recordOf } from "./records.js";

export function renderDetail(container, doc, index, kind, id, onSelect) {
  clear(container);
  const rec = recordOf(index, kind, id);
  if (!rec) {
    container.append(el("p", { class: "placeholder" }, `No ${kind} ${id}.`));
    return;
  }
  const link = (k, rid, label) => el("button", { type: "button", class: `link link-${k}`,
    onclick: () => onSelect(k, rid) }, label || rid);
  const rows = ROWS[kind](rec, doc, index, link).filter(([, value]) => value != null && value !== ""
    && !(Array.isArray(value) && value.length === 0));
  container.append(
    el("h3", { class: `detail-title kind-${kind}` }, el("span", { class: "kind" }, kind), " ", titleOf(kind, rec)),
    el("dl", { class: "detail" }, rows.map(([name, value]) => [
      el("dt", {}, name),
      el("dd", { "data-field": name.toLowerCase().replace(/\s+/g, "-") },
        Array.isArray(value) ? value.map((v) => el("div", {}, v)) : value),
    ])),
  );
}

function titleOf(kind, rec) {
  if (kind === "quote") return `“${rec.text}”`;
  if (kind === "time") return rec.spans && rec.spans[0] ? rec.spans[0].text : rec.value;
  if (kind === "event") return rec.type;
  return rec.name;
}

const spanText = (rec) => (rec.spans || []).map((s) => s.text).join(" · ");

const ROWS = {
  entity: (e, doc, index, link) => [
    ["Type", e.type], ["Aliases", e.aliases], ["Refers to", e.refers_to],
    ["Place", e.place_id ? link("place", e.place_id, (recordOf(index, "place", e.place_id) || {}).name) : null],
    ["Mentions", String((e.spans || []).length)],
  ],
  place: (p, doc, index, link) => [
    ["Country", p.country], ["Region", p.admin1], ["Precision", p.precision], ["Feature code", p.feature_code],
    ["Coordinates", p.lat != null && p.lon != null ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : null],
    ["GeoNames id", p.geonameid != null ? String(p.geonameid) : null],
    ["Confidence", p.confidence != null ? p.confidence.toFixed(2) : null],
    ["Relation", p.relation ? el("span", {},
      `${p.relation.type.replace(/_/g, " ")}${p.relation.distance_km ? ` (${p.relation.distance_km} km)` : ""} `,
      p.relation.anchor ? link("place", p.relation.anchor, (recordOf(index, "place", p.relation.anchor) || {}).name) : null,
    ) : null],
    ["Text", spanText(p)],
  ],
  time: (t) => [["Value", t.value], ["Type", t.type], ["Granularity", t.granularity], ["Anchor", t.anchor]],
  quote: (q, doc, index, link) => [
    ["Speaker", q.speaker ? link("entity", q.speaker, entityName(index, q.speaker))
      : (q.speaker_spans || []).map((s) => s.text).join(" ") || "unknown"],
    ["Speaker words", q.speaker && q.speaker_spans ? q.speaker_spans.map((s) => s.text).join(" · ") : null],
    ["Channel", q.channel], ["Kind", q.kind], ["Language", q.language],
  ],
  event: (v, doc, index, link) => [
    ["Mode", v.mode], ["Status", v.status],
    ["Actors", (v.actors || []).map((a) => `${a.role}: ${actorLabel(index, a)}`)],
    ["Places", (v.places || []).map((pid) => link("place", pid, (recordOf(index, "place", pid) || {}).name))],
    ["Date", eventDate(v, doc)], ["Report date", v.report_date],
    ["Counts", (v.counts || []).map(countLabel)],
    ["Reported by", v.reported_by ? (v.reported_by.entity ? link("entity", v.reported_by.entity,
      entityName(index, v.reported_by.entity) || v.reported_by.text) : v.reported_by.text) : null],
    ["Channel", v.channel],
    ["Assertions", (v.assertions || []).map((a) => `${a.by ? actorLabel(index, a.by) : "?"} ${a.stance}`)],
    ["Quotes", (v.quotes || []).map((qid) => link("quote", qid))],
    ["ACLED", v.acled ? `${v.acled.event_type} / ${v.acled.sub_event_type}` : null],
    ["CAMEO root", v.cameo_root],
    ["Confidence", v.confidence != null ? Number(v.confidence).toFixed(2) : null],
    ["Trigger", spanText(v)],
    ["Sentence", v.sentence ? doc.text.slice(v.sentence.start, v.sentence.end) : null],
  ],
};
