// Reading a newsgraph/1 Document (Document.to_dict() of src/newsgraph/model.py) for the page.

// Highlight kinds, outermost first when two spans cover the same words.
export const KINDS = ["quote", "entity", "place", "time", "event"];
export const KIND_LABELS = { quote: "quotes", entity: "entities", place: "places", time: "dates", event: "events" };
const LISTS = { entity: "entities", place: "places", time: "times", quote: "quotes", event: "events" };

export function indexDocument(doc) {
  const index = {};
  for (const kind of KINDS) index[kind] = new Map((doc[LISTS[kind]] || []).map((r) => [r.id, r]));
  return index;
}

export function recordOf(index, kind, id) {
  return index[kind] ? index[kind].get(id) : undefined;
}

// Every highlighted span: {kind, id, start, end}, sorted by start.
export function annotations(doc) {
  const out = [];
  for (const kind of KINDS) {
    for (const rec of doc[LISTS[kind]] || []) {
      for (const span of rec.spans || []) {
        if (span.end > span.start) out.push({ kind, id: rec.id, start: span.start, end: span.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// The date an event is filed under, as the API's GET /events does: its time, else report date, else publication.
export function eventDate(event, doc) {
  const value = event.time && event.time.value;
  if (value && /^\d{4}/.test(value)) return value;
  return event.report_date || doc.published || null;
}

// First day of a (partial) ISO date ("2022-09-13", "2022-09", "2022-SP", "2014") as a UTC timestamp.
export function dateStart(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value || "");
  if (!m) return null;
  const month = m[2] && +m[2] >= 1 && +m[2] <= 12 ? +m[2] - 1 : 0;
  return Date.UTC(+m[1], month, m[3] ? +m[3] : 1);
}

export function entityName(index, id) {
  const ent = recordOf(index, "entity", id);
  return ent ? ent.name : null;
}

export function actorLabel(index, actor) {
  const name = actor.entity ? entityName(index, actor.entity) : null;
  return name || actor.text || "?";
}

export function countLabel(count) {
  const qualifier = count.qualifier && count.qualifier !== "exact" ? count.qualifier.replace("_", " ") + " " : "";
  return `${count.kind}: ${qualifier}${count.value}${count.of ? " " + count.of : ""}`;
}

export function placeNames(index, event) {
  return (event.places || []).map((id) => recordOf(index, "place", id)).filter(Boolean).map((p) => p.name);
}
