// The review panel of a selected event: confirm, reject, or correct its type, place (one of the
// article's places, a gazetteer candidate, or a point clicked on the map), date, counts and actors.
// Every decision goes to POST /reviews (an audit trail); the machine's record is never changed.
import { el, clear } from "./dom.js";
import * as api from "./api.js";
import { pickPoint } from "./map.js";
import { PLOVER_TYPES } from "./desk.js";

const countText = (counts) => (counts || []).map((c) => `${c.kind}=${c.value}`).join("; ");
const actorText = (actors) => (actors || []).map((a) => `${a.role}: ${a.name || a.text}`).join("; ");

// "killed=3; injured=2" -> [{kind, value}]; "source: Police" -> [{role, name}]
function parseCounts(text) {
  return text.split(/[;,]/).map((t) => t.trim()).filter(Boolean).map((t) => {
    const [kind, value] = t.split("=").map((x) => x.trim());
    if (!kind || value === undefined || Number.isNaN(Number(value))) throw new Error(`cannot read the count “${t}”`);
    return { kind, value: Number(value) };
  });
}

function parseActors(text) {
  return text.split(";").map((t) => t.trim()).filter(Boolean).map((t) => {
    const [role, ...name] = t.split(":");
    return name.length ? { role: role.trim(), name: name.join(":").trim() } : { role: "source", name: role.trim() };
  });
}

export async function renderReview(container, doc, event, { mapView, onReviewed, showError }) {
  clear(container);
  const places = (doc.places || []).filter((p) => p.lat != null && p.lon != null);
  let custom = null;
  const placeSelect = el("select", { id: "review-place" }, el("option", { value: "" }, "(keep)"),
    places.map((p) => el("option", { value: `P:${p.id}` }, `${p.name} (${p.country || "?"})`)));
  const field = (label, input) => el("label", {}, label, " ", input);
  const inputs = {
    type: el("select", { id: "review-type" }, PLOVER_TYPES.map((t) => el("option", { value: t, selected: t === event.type }, t))),
    date: el("input", { id: "review-date", type: "date", value: (event.time && /^\d{4}-\d{2}-\d{2}$/.test(event.time.value))
      ? event.time.value : "" }),
    counts: el("input", { id: "review-counts", type: "text", size: 22, value: countText(event.counts) }),
    actors: el("input", { id: "review-actors", type: "text", size: 28,
      value: actorText((event.actors || []).map((a) => ({ ...a, name: a.text }))) }),
    note: el("input", { id: "review-note", type: "text", size: 30, placeholder: "why (optional)" }),
    reviewer: el("input", { id: "review-reviewer", type: "text", size: 10, placeholder: "your name",
      value: localStorage.getItem("newsgraph-reviewer") || "" }),
  };
  const status = el("span", { id: "review-status", role: "status" });
  const history = el("ul", { id: "review-history" });

  async function send(action, changes) {
    localStorage.setItem("newsgraph-reviewer", inputs.reviewer.value.trim());
    showError("");
    try {
      const { review } = await api.review({ doc_id: doc.id, event_id: event.id, action, changes,
        note: inputs.note.value.trim() || null, reviewer: inputs.reviewer.value.trim() || null });
      status.textContent = `${review.action} saved (review ${review.id})`;
      await refreshHistory();
      if (onReviewed) onReviewed();
    } catch (err) {
      showError(`The review was not saved: ${err.message}${err.status === 401 ? " (enter the server's token)" : ""}`);
    }
  }

  function changes() {
    const out = {};
    if (inputs.type.value !== event.type) out.type = inputs.type.value;
    const machineDate = inputs.date.defaultValue;
    if (inputs.date.value && inputs.date.value !== machineDate) out.date_start = inputs.date.value;
    if (inputs.counts.value !== inputs.counts.defaultValue) out.counts = parseCounts(inputs.counts.value);
    if (inputs.actors.value !== inputs.actors.defaultValue) out.actors = parseActors(inputs.actors.value);
    const choice = placeSelect.value;
    if (choice.startsWith("P:")) out.place = { place_id: choice.slice(2) };
    else if (choice.startsWith("G:")) out.place = candidates.get(choice);
    else if (choice === "custom" && custom) out.place = custom;
    return out;
  }

  const candidates = new Map();
  async function loadCandidates() {
    const first = places.find((p) => (event.places || []).includes(p.id)) || places[0];
    const name = first ? ((first.spans && first.spans[0] && first.spans[0].text) || first.name) : "";
    if (!name) return;
    try {
      const found = await api.candidates(name);
      for (const c of found.candidates) {
        const key = `G:${c.geonameid}`;
        candidates.set(key, { name: c.name, lat: c.lat, lon: c.lon, geonameid: c.geonameid, country: c.country,
          admin1: c.admin1, feature_code: c.feature_code });
        placeSelect.append(el("option", { value: key }, `gazetteer: ${c.name}, ${c.admin1 || ""} ${c.country} (${c.population})`));
      }
      status.textContent = `${found.candidates.length} gazetteer candidates for “${name}”`;
    } catch (err) {
      showError(`No gazetteer candidates: ${err.message}`);
    }
  }

  function pickOnMap() {
    status.textContent = "Click the event's place on the map";
    pickPoint(mapView, (point) => {
      custom = { name: `point ${point.lat}, ${point.lon}`, ...point };
      placeSelect.append(el("option", { value: "custom", selected: true }, custom.name));
      placeSelect.value = "custom";
      status.textContent = `place set to ${custom.name}`;
    });
  }

  async function refreshHistory() {
    try {
      const { reviews } = await api.reviews(doc.id);
      const mine = reviews.filter((r) => r.current_event_id === event.id || (!r.matched && r.event_id === event.id));
      clear(history).append(...mine.map((r) => el("li", { class: `review-${r.action}` },
        `${r.created_at.slice(0, 16).replace("T", " ")} · ${r.reviewer || "anonymous"} · ${r.action}`,
        r.changes && Object.keys(r.changes).length ? ` ${Object.keys(r.changes).join(", ")}` : "",
        r.note ? ` · “${r.note}”` : "")));
      const last = mine[mine.length - 1];
      container.dataset.review = last ? (last.after.review || "") : "";
    } catch (err) {
      clear(history).append(el("li", {}, `history unavailable: ${err.message}`));
    }
  }

  const correct = () => {
    let c;
    try {
      c = changes();
    } catch (err) {
      return showError(err.message);
    }
    if (!Object.keys(c).length) return showError("Nothing changed: edit a field before saving a correction.");
    return send("correct", c);
  };
  container.append(el("h4", {}, "Review"),
    el("div", { class: "row" },
      el("button", { type: "button", id: "review-confirm", onclick: () => send("confirm") }, "Confirm"),
      el("button", { type: "button", id: "review-reject", onclick: () => send("reject") }, "Reject"),
      field("by", inputs.reviewer), field("note", inputs.note)),
    el("div", { class: "review-fields" }, field("Type", inputs.type), field("Date", inputs.date),
      field("Counts", inputs.counts), field("Actors", inputs.actors), field("Place", placeSelect),
      el("button", { type: "button", id: "review-candidates", onclick: loadCandidates }, "Gazetteer candidates"),
      el("button", { type: "button", id: "review-pick", onclick: pickOnMap }, "Pick on map")),
    el("div", { class: "row" }, el("button", { type: "button", id: "review-save", onclick: correct }, "Save correction"),
      status),
    history);
  await refreshHistory();
}
