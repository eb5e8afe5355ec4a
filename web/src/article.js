// The article with every record's spans highlighted. The text is cut at every span boundary;
// each piece is wrapped in one element per covering record, outermost (longest) first, and
// inserted as a text node. A click picks the innermost record under the pointer.
import { el, clear } from "./dom.js";
import { KINDS } from "./records.js";

const KIND_ORDER = Object.fromEntries(KINDS.map((k, i) => [k, i]));

export function renderArticle(container, doc, spans, onSelect) {
  clear(container);
  const text = doc.text || "";
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => (y.end - y.start) - (x.end - x.start) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
    body.append(wrap(text.slice(a, b), covering));
  }
  if (doc.title) container.append(el("h2", { class: "article-title" }, doc.title));
  container.append(meta(doc), ...(doc.warnings || []).map((w) => el("p", { class: "warning" }, `${w.stage}: ${w.message}`)));
  container.append(body);
  body.addEventListener("click", (event) => {
    const hit = event.target.closest(".hl");
    if (hit) onSelect(hit.dataset.kind, hit.dataset.id);
  });
  body.addEventListener("keydown", (event) => {
    const hit = event.target.closest(".hl");
    if (hit && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onSelect(hit.dataset.kind, hit.dataset.id);
    }
  });
}

function meta(doc) {
  const parts = [doc.published ? `published ${doc.published}` : "no publication date",
    doc.language ? `language ${doc.language}` : null, doc.source, ...(doc.flags || []).map((f) => f.replace(/_/g, " "))];
  return el("p", { class: "article-meta" }, parts.filter(Boolean).join(" · "),
    doc.url ? [" · ", link(doc.url)] : null);
}

// Only http(s) addresses become links: a url such as "javascript:..." is shown as text.
function link(url) {
  if (!/^https?:\/\//i.test(url)) return url;
  return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, url);
}

function wrap(piece, covering) {
  let node = document.createTextNode(piece);
  for (let j = covering.length - 1; j >= 0; j--) {
    const s = covering[j];
    const isInnermost = j === covering.length - 1;
    node = el("span", {
      class: `hl hl-${s.kind}`,
      dataset: { kind: s.kind, id: s.id },
      tabindex: isInnermost ? "0" : null,
      title: `${s.kind} ${s.id}`,
    }, node);
  }
  return node;
}

// Mark the spans of the selected record, and dim event triggers hidden by the filters.
export function markArticle(container, selected, visibleEvents) {
  for (const node of container.querySelectorAll(".hl")) {
    const { kind, id } = node.dataset;
    node.classList.toggle("selected", !!selected && selected.kind === kind && selected.id === id);
    if (kind === "event") node.classList.toggle("filtered-out", !visibleEvents.has(id));
  }
}

export function scrollToSelected(container) {
  const first = container.querySelector(".hl.selected");
  if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

// The evidence sentence of the selected event, highlighted without touching the DOM (CSS Custom
// Highlight API: ::highlight(evidence) in style.css); null clears it.
export function highlightSentence(container, sentence) {
  if (!window.CSS || !CSS.highlights) return;
  CSS.highlights.delete("evidence");
  const body = container.querySelector(".article-text");
  if (!sentence || !body) return;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = offset + node.length;
    if (!started && sentence.start < next) {
      range.setStart(node, sentence.start - offset);
      started = true;
    }
    if (started && sentence.end <= next) {
      range.setEnd(node, sentence.end - offset);
      CSS.highlights.set("evidence", new Highlight(range));
      return;
    }
    offset = next;
  }
}
