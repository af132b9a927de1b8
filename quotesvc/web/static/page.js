// quotesvc's page: POST the article to /v1/quotes and show it with its quotes highlighted.
// User text only ever enters the page as text nodes (createTextNode / textContent), never as HTML.
"use strict";

const PALETTE = ["#ffd8a8", "#b2f2bb", "#a5d8ff", "#ffc9c9", "#d0bfff", "#ffec99",
                 "#96f2d7", "#fcc2d7", "#c5f6fa", "#e9fac8", "#ffe8cc", "#dbe4ff"];
const UNKNOWN_COLOUR = "#e9ecef";
const MESSAGES = {
  401: "This service needs an API key: enter it in the API key field.",
  408: "The article did not reach the service in time. Try again.",
  413: "The article is too long for this service.",
  415: "The service did not accept the text's format.",
  422: "The service could not read the request.",
  429: "The service is busy with other articles. Try again in a moment.",
  503: "The service is still starting. Try again in a moment.",
  504: "The article took too long to process.",
};

const $ = (id) => document.getElementById(id);
let current = null;   // {text, data, colours: Map speakerKey -> colour}
let pinned = null;    // the quote id whose details stay shown
let selectedSpeaker = null;

function speakerKey(q) {
  if (!q.speaker) return null;
  return q.speaker.name || `(unresolved) ${q.speaker.text}`;
}

function setStatus(text) { $("status").textContent = text; }

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

async function extract() {
  const text = $("article").value;
  showError("");
  if (!text.trim()) { showError("Paste an article or drop a .txt file first."); return; }
  const headers = {"Content-Type": "application/json"};
  const key = $("api-key").value.trim();
  if (key) headers["Authorization"] = `Bearer ${key}`;
  setStatus("Extracting…");
  $("extract").disabled = true;
  let resp;
  try {
    const options = {scope: $("scope-all").checked ? "attributions" : "statements"};
    resp = await fetch("/v1/quotes", {method: "POST", headers, body: JSON.stringify({text, options})});
  } catch (e) {
    showError("Cannot reach the service.");
    setStatus("");
    $("extract").disabled = false;
    return;
  }
  let body = null;
  try { body = await resp.json(); } catch (e) { body = null; }
  $("extract").disabled = false;
  setStatus("");
  if (!resp.ok) {
    const err = body && body.error ? body.error : {};
    let message = MESSAGES[resp.status] || `The service answered ${resp.status}.`;
    if (resp.status === 413 && err.details && err.details.limit) {
      message += ` The limit is ${Number(err.details.limit).toLocaleString()} ${err.code === "text_too_long" ? "characters" : "bytes"}.`;
    }
    if (err.message) message += ` (${err.code}: ${err.message})`;
    showError(message);
    $("result").hidden = true;
    return;
  }
  render(text, body);
}

function render(text, data) {
  const colours = new Map();
  for (const s of data.speakers) colours.set(s.name, PALETTE[colours.size % PALETTE.length]);
  current = {text, data, colours};
  pinned = null;
  selectedSpeaker = null;

  // Intervals to mark: quote pieces, cues and speaker mentions, each tied to its quote.
  const marks = [];
  for (const q of data.quotes) {
    q.spans.forEach(([s, e], i) => marks.push({s, e, kind: "quote", q, first: i === 0}));
    if (q.cue) marks.push({s: q.cue.start, e: q.cue.end, kind: "cue", q});
    if (q.speaker) marks.push({s: q.speaker.start, e: q.speaker.end, kind: "mention", q});
  }
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.s); cuts.add(m.e); }
  const bounds = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  marks.sort((a, b) => a.s - b.s);

  const frag = document.createDocumentFragment();
  let open = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    while (next < marks.length && marks[next].s <= a) open.push(marks[next++]);
    open = open.filter((m) => m.e > a);
    const piece = text.slice(a, b);
    if (!open.length) { frag.appendChild(document.createTextNode(piece)); continue; }
    const span = document.createElement("span");
    span.appendChild(document.createTextNode(piece));
    const quote = open.find((m) => m.kind === "quote");
    if (quote) {
      const q = quote.q;
      span.classList.add("quote");
      span.dataset.q = q.id;
      span.dataset.type = q.type;
      if (quote.first && quote.s === a) span.dataset.first = "1";
      span.style.backgroundColor = colours.get(speakerKey(q)) || UNKNOWN_COLOUR;
    }
    const cue = open.find((m) => m.kind === "cue");
    if (cue) { span.classList.add("cue"); span.dataset.cueOf = cue.q.id; }
    const mention = open.find((m) => m.kind === "mention");
    if (mention) { span.classList.add("mention"); span.dataset.mentionOf = mention.q.id; }
    frag.appendChild(span);
  }
  const target = $("text");
  target.replaceChildren(frag);
  renderSpeakers(data);
  applyFilters();
  $("result").hidden = false;
  showDetails(null);
}

function renderSpeakers(data) {
  const list = $("speakers");
  list.replaceChildren();
  for (const s of data.speakers) {
    const li = document.createElement("li");
    li.dataset.speaker = s.name;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.backgroundColor = current.colours.get(s.name);
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = s.name;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(s.quote_ids.length);
    li.append(swatch, name, count);
    li.addEventListener("click", () => selectSpeaker(s.name));
    list.appendChild(li);
  }
}

function selectSpeaker(name) {
  selectedSpeaker = selectedSpeaker === name ? null : name;
  const ids = new Set();
  if (selectedSpeaker) {
    const entry = current.data.speakers.find((s) => s.name === selectedSpeaker);
    for (const id of entry ? entry.quote_ids : []) ids.add(id);
  }
  for (const li of $("speakers").children) li.classList.toggle("selected", li.dataset.speaker === selectedSpeaker);
  for (const el of $("text").querySelectorAll(".quote")) {
    el.classList.toggle("dim", Boolean(selectedSpeaker) && !ids.has(el.dataset.q));
  }
}

function applyFilters() {
  const shown = new Set([...document.querySelectorAll("#filters input[name=type]:checked")].map((x) => x.value));
  for (const el of $("text").querySelectorAll(".quote")) el.classList.toggle("hidden", !shown.has(el.dataset.type));
  const visible = current ? current.data.quotes.filter((q) => shown.has(q.type)).length : 0;
  $("counts").textContent = current
    ? `${visible} of ${current.data.quotes.length} quotes, ${current.data.speakers.length} speakers` : "";
}

function addDetail(list, term, value) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  const dd = document.createElement("dd");
  dd.textContent = value;
  list.append(dt, dd);
}

function showDetails(id) {
  const list = $("details");
  list.replaceChildren();
  const q = id && current ? current.data.quotes.find((x) => x.id === id) : null;
  for (const el of $("text").querySelectorAll(".quote.active")) el.classList.remove("active");
  if (!q) { addDetail(list, "—", "Click or hover a quote."); return; }
  for (const el of $("text").querySelectorAll(`.quote[data-q="${q.id}"]`)) el.classList.add("active");
  addDetail(list, "Quote", `${q.id}: “${q.text.length > 160 ? q.text.slice(0, 160) + "…" : q.text}”`);
  addDetail(list, "Type", q.type);
  if (q.category) addDetail(list, "Category", q.category);
  addDetail(list, "Speaker", q.speaker
    ? `${q.speaker.name || "(unresolved)"} — mention “${q.speaker.text}” (${q.speaker.kind})` : "none found");
  addDetail(list, "Source", q.source ? `${q.source.name} — “${q.source.text}”` : "none");
  addDetail(list, "Cue", q.cue ? `${q.cue.text} (${q.cue.lemma})${q.cue.negated ? ", negated" : ""}` : "none");
  addDetail(list, "Addressee", q.addressee ? q.addressee.name : "none");
  addDetail(list, "Confidence", String(q.confidence));
  addDetail(list, "Warnings", q.warnings.length ? q.warnings.join("; ") : "none");
}

function quoteAt(target) {
  const el = target.closest ? target.closest(".quote") : null;
  return el && !el.classList.contains("hidden") ? el.dataset.q : null;
}

function readFile(file) {
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => { $("article").value = String(reader.result); };
  reader.onerror = () => showError("That file could not be read.");
  reader.readAsText(file, "utf-8");
}

document.addEventListener("DOMContentLoaded", () => {
  $("extract").addEventListener("click", extract);
  for (const box of document.querySelectorAll("#filters input")) box.addEventListener("change", applyFilters);
  const text = $("text");
  text.addEventListener("mouseover", (ev) => { if (!pinned) showDetails(quoteAt(ev.target)); });
  text.addEventListener("click", (ev) => { pinned = quoteAt(ev.target); showDetails(pinned); });
  const area = $("article");
  area.addEventListener("dragover", (ev) => { ev.preventDefault(); area.classList.add("dragging"); });
  area.addEventListener("dragleave", () => area.classList.remove("dragging"));
  area.addEventListener("drop", (ev) => {
    ev.preventDefault();
    area.classList.remove("dragging");
    readFile(ev.dataTransfer && ev.dataTransfer.files[0]);
  });
});
