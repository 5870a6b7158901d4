// coopdocs serve: the page. Plain DOM, no library; every text from a document goes in as
// text (textContent), never as HTML.
"use strict";

const state = {config: null, docs: [], current: null, doc: null, templates: null, polling: false};
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function t(key, values = {}) {
  const s = (state.config && state.config.strings[key]) || key;
  return s.replace(/\{(\w+)\}/g, (_, name) => (name in values ? values[name] : ""));
}

function say(text, error = false) {
  const box = $("#messages");
  const p = el("p", {class: error ? "error" : null, role: error ? "alert" : null}, text);
  box.replaceChildren(p);
  if (!error) setTimeout(() => { if (p.parentNode) p.remove(); }, 6000);
}

async function api(path, options = {}) {
  const response = await fetch(path, {credentials: "same-origin", ...options});
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) throw new Error((data && data.error) || `${response.status} ${response.statusText}`);
  return data;
}

// ---------------------------------------------------------------- interface language
async function loadConfig() {
  state.config = await api("/api/config");
  document.documentElement.lang = state.config.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  const select = $("#ui-lang");
  select.replaceChildren(...state.config.languages.map(
    (l) => el("option", {value: l.code, selected: l.code === state.config.lang}, l.name)));
  $("#files").setAttribute("accept", state.config.accept.join(","));
  $("#accepted").textContent = t("accepted_types", {
    types: state.config.accept.join(" "), size: Math.round(state.config.max_upload / 1048576)});
}

async function switchLanguage(code) {
  document.cookie = `${state.config.cookie}=${code}; path=/; SameSite=Strict`;
  await loadConfig();
  renderList();
  if (state.doc) renderDoc();
}

// ---------------------------------------------------------------- documents and progress
async function refresh() {
  const data = await api("/api/documents");
  state.docs = data.documents;
  renderList();
  renderProgress(data.progress);
  const busy = data.progress.busy || state.docs.some((d) => d.status === "queued" || d.status === "reading");
  if (state.current) {
    const current = state.docs.find((d) => d.id === state.current);
    if (current && current.status !== (state.doc && state.doc.status)) await openDoc(state.current);
  } else {
    const ready = state.docs.find((d) => d.status === "done");
    if (ready) await openDoc(ready.id);
  }
  if (busy && !state.polling) {
    state.polling = true;
    setTimeout(() => { state.polling = false; refresh(); }, 600);
  }
}

function renderProgress(p) {
  const box = $("#progress");
  box.hidden = !p.busy;
  $("#progress-bar").max = Math.max(p.total, 1);
  $("#progress-bar").value = p.done;
  $("#progress-text").textContent = t("progress", {done: p.done, total: p.total}) +
    (p.current ? " · " + t("progress_current", {name: p.current}) : "");
}

function renderList() {
  const list = $("#doc-list");
  if (!state.docs.length) { list.replaceChildren(el("li", {class: "empty"}, t("no_documents"))); return; }
  list.replaceChildren(...state.docs.map((d) => el("li", {class: [d.status, d.id === state.current ? "current" : ""].join(" "), "data-id": d.id},
    el("button", {class: "open", type: "button", onclick: () => openDoc(d.id)}, d.name,
      el("span", {class: "state"}, t("status_" + d.status) + (d.error ? ": " + d.error : ""))),
    el("button", {type: "button", title: t("remove"), "aria-label": t("remove"), onclick: () => removeDoc(d.id)}, "✕"))));
}

async function upload(files) {
  for (const file of files) {
    try {
      await api(`/api/documents?name=${encodeURIComponent(file.name)}`, {
        method: "POST", body: file, headers: {"Content-Type": "application/octet-stream"}});
      say(t("uploaded", {name: file.name}));
    } catch (e) {
      say(t("error", {message: e.message}), true);
    }
  }
  await refresh();
}

async function removeDoc(id) {
  await api(`/api/documents/${id}`, {method: "DELETE"});
  if (state.current === id) { state.current = null; state.doc = null; showEmpty(); }
  await refresh();
}

function showEmpty() {
  $("#doc").replaceChildren(el("p", {class: "empty"}, t("choose_document")));
}

async function openDoc(id) {
  state.current = id;
  state.doc = await api(`/api/documents/${id}`);
  renderList();
  renderDoc();
}

// ---------------------------------------------------------------- one document
function fmt(value) {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value !== "number") return String(value);
  const lang = (state.doc.source && state.doc.source.lang) || undefined;
  try { return new Intl.NumberFormat(lang, {maximumFractionDigits: 6}).format(value); }
  catch (e) { return String(value); }
}

function renderDoc() {
  const d = state.doc;
  const root = $("#doc");
  const head = [el("h2", {}, d.name)];
  if (d.status !== "done") {
    head.push(el("p", {class: d.status === "failed" ? "problem" : "summary"},
      t("status_" + d.status) + (d.error ? ": " + d.error : "")));
    root.replaceChildren(...head);
    return;
  }
  const counts = Object.fromEntries(Object.entries(d.items).map(([k, v]) => [k, v.length]));
  head.push(el("p", {class: "summary"}, [d.source.lang, d.source.kind, d.source.title].filter(Boolean).join(" · ")
    + " — " + t("summary_counts", counts)));
  if (d.problem) head.push(el("p", {class: "problem"}, t("problem", {message: d.problem})));
  const scroll = window.scrollY;
  const parts = [targetsSection(d), tasksSection(d)];
  if (d.meeting) parts.unshift(meetingSection(d)); else parts.push(meetingSection(d));
  root.replaceChildren(...head, downloadsBar(), ...parts, figuresSection(d), textSection(d));
  window.scrollTo(0, scroll);
}

function reviewCell(item) {
  const button = (cls, label, mark, status) => el("button", {type: "button", class: cls, title: t(label),
    "aria-label": t(label), onclick: () => setStatus(item.key, status)}, mark);
  const buttons = [];
  if (item.status) buttons.push(button("undo", "undo", "↺", null));
  if (item.status !== "accepted") buttons.push(button("accept", "accept", "✓", "accepted"));
  if (item.status !== "rejected") buttons.push(button("reject", "reject", "✕", "rejected"));
  const badges = [];
  if (item.status) badges.push(el("span", {class: "badge"}, t("status_" + item.status)));
  if (item.added) badges.push(el("span", {class: "badge"}, t("added")));
  return el("td", {class: "review"}, buttons, badges);
}

const DATE_FIELDS = ["deadline", "date"];

function inEra(value) {
  // an ISO date with its years as the document's language writes them (2030 -> 2573 in Thai)
  const offset = state.doc.era_offset || 0;
  return value.replace(/(^|\/)(\d{4})/g, (_, before, year) => before + (Number(year) + offset));
}

function field(item, name, value) {
  const edited = state.doc.edited.includes(`${item.key}.${name}`);
  const shown = typeof value === "number" ? fmt(value)
    : DATE_FIELDS.includes(name) && value ? inEra(value) : (value ?? "");
  const input = el("input", {value: shown,
    class: edited ? "edited" : null, "data-key": item.key, "data-field": name,
    "aria-label": `${item.text} — ${name}`, onchange: (e) => setField(item.key, name, e.target)});
  return el("td", {class: "f-" + name}, input);
}

function written(item) { return el("td", {class: "written"}, item.text); }

function table(headers, rows, cls) {
  return el("div", {class: "table-wrap"}, el("table", {class: cls},
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, t(h))))), el("tbody", {}, rows)));
}

function row(item, cells) {
  return el("tr", {id: "row-" + item.key.replace(":", "-"), class: item.status || null, "data-key": item.key}, cells);
}

function role(value) { return value ? t("role_" + value) : ""; }

function targetsSection(d) {
  const items = d.items.targets;
  const rows = items.map((x) => row(x, [written(x), field(x, "indicator", x.indicator),
    el("td", {}, x.indicator_id || ""), field(x, "value", x.value), el("td", {}, x.unit || ""),
    field(x, "deadline", x.deadline), el("td", {}, role(x.role)), reviewCell(x)]));
  return el("div", {id: "targets"}, el("h3", {}, t("targets")),
    items.length ? table(["col_written", "col_indicator", "col_indicator_id", "col_value", "col_unit",
      "col_deadline", "col_role", "col_review"], rows, "targets") : el("p", {class: "empty"}, t("no_targets")));
}

function tasksSection(d) {
  const items = d.items.tasks;
  const rows = items.map((x) => row(x, [written(x), field(x, "assignee", x.assignee),
    field(x, "action", x.action), field(x, "deadline", x.deadline), reviewCell(x)]));
  return el("div", {id: "tasks"}, el("h3", {}, t("tasks")),
    items.length ? table(["col_written", "col_assignee", "col_action", "col_deadline", "col_review"], rows, "tasks")
      : el("p", {class: "empty"}, t("no_tasks")));
}

function figuresSection(d) {
  const rows = d.items.figures.map((x) => row(x, [written(x), field(x, "value", x.value),
    el("td", {}, x.unit || ""), field(x, "indicator", x.indicator), el("td", {}, x.indicator_id || ""),
    el("td", {}, role(x.role)), el("td", {}, x.year ? x.year + (d.era_offset || 0) : ""), reviewCell(x)]));
  return el("details", {id: "figures", open: d.items.figures.length <= 12},
    el("summary", {}, el("h3", {class: "inline"}, `${t("figures")} (${rows.length})`)),
    table(["col_written", "col_value", "col_unit", "col_indicator", "col_indicator_id", "col_role",
      "col_year", "col_review"], rows, "figures"));
}

const MEETING_FIELDS = ["title", "number", "date", "time", "end_time", "location", "chair", "secretary"];

function meetingSection(d) {
  const m = d.meeting;
  if (!m) return el("div", {id: "meeting"}, el("h3", {}, t("meeting")), el("p", {class: "empty"}, t("no_meeting")));
  const item = {key: "meeting", text: t("meeting")};
  const rows = MEETING_FIELDS.map((name) => {
    const value = m[name] && typeof m[name] === "object" ? m[name].name : m[name];
    const cell = field(item, name, value);
    return [el("dt", {}, t("meeting_" + name)), el("dd", {}, cell.firstChild)];
  });
  const lists = ["attendees", "absentees", "agenda"].filter((k) => (m[k] || []).length).map((k) =>
    [el("h4", {}, t(k)), el("ul", {class: "facts"}, m[k].map((x) => el("li", {}, x)))]);
  const conclusions = (m.conclusions || []).length ? [el("h4", {}, t("conclusions")),
    el("ul", {class: "facts"}, m.conclusions.map((c) => el("li", {}, c.text)))] : [];
  return el("div", {id: "meeting"}, el("h3", {}, t("meeting")), el("dl", {class: "meeting"}, rows), lists, conclusions);
}

// ---------------------------------------------------------------- the text, highlighted
const LAYERS = ["tasks", "references", "dates", "figures", "targets"];  // later ones show on top

function textSection(d) {
  const text = d.text;
  const spans = [];
  for (const cat of LAYERS) for (const x of d.items[cat]) spans.push({cat, x});
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.x.start); cuts.add(s.x.end); }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const box = el("div", {class: "doc-text", id: "doc-text", lang: d.source.lang});
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.x.start <= a && s.x.end >= b);
    const classes = over.map((s) => (s.x.status === "rejected" ? "hl-rejected " : "") + "hl-" + s.cat);
    const top = over.filter((s) => s.x.status !== "rejected").pop();
    box.append(el("span", {"data-o": a, class: classes.join(" ") || null, "data-key": top ? top.x.key : null,
      onclick: top ? () => flashRow(top.x.key) : null}, text.slice(a, b)));
  }
  box.addEventListener("mouseup", onSelect);
  const legend = el("p", {class: "legend"}, LAYERS.slice().reverse().map((c) =>
    el("span", {}, el("span", {class: "hl-" + c}, t("legend_" + c)))));
  return el("div", {id: "text"}, el("h3", {}, t("text")), el("p", {class: "hint"}, t("select_hint")), legend, box);
}

function flashRow(key) {
  const r = document.getElementById("row-" + key.replace(":", "-"));
  if (!r) return;
  const details = r.closest("details");
  if (details) details.open = true;
  r.scrollIntoView({block: "center"});
  r.classList.remove("flash"); void r.offsetWidth; r.classList.add("flash");
}

function offsetOf(node, offset) {
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement.closest("[data-o]");
    return span ? Number(span.dataset.o) + offset : null;
  }
  const child = node.childNodes[offset];
  if (child && child.dataset && child.dataset.o !== undefined) return Number(child.dataset.o);
  const prev = node.childNodes[offset - 1];
  if (prev && prev.dataset && prev.dataset.o !== undefined) return Number(prev.dataset.o) + prev.textContent.length;
  return null;
}

function onSelect() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return;
  const range = sel.getRangeAt(0);
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  const text = state.doc.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  openAdd(start, end);
}

function openAdd(start, end) {
  const box = $("#add-box");
  box.dataset.start = start; box.dataset.end = end;
  $("#add-text").textContent = state.doc.text.slice(start, end);
  for (const id of ["#add-value", "#add-indicator", "#add-deadline", "#add-assignee", "#add-action"]) $(id).value = "";
  box.hidden = false;
  showAddFields();
}

function showAddFields() {
  const cat = $("#add-category").value;
  const figureLike = cat === "targets" || cat === "figures";
  for (const node of document.querySelectorAll("#add-box label[class]")) {
    node.hidden = !(node.classList.contains("for-" + cat) || (figureLike && node.classList.contains("for-figures")));
  }
}

async function addItem() {
  const box = $("#add-box");
  const cat = $("#add-category").value;
  const fields = {};
  const take = (name, id) => { const v = $(id).value.trim(); if (v) fields[name] = v; };
  if (cat !== "tasks") { take("value", "#add-value"); take("indicator", "#add-indicator"); }
  if (cat !== "figures") take("deadline", "#add-deadline");
  if (cat === "tasks") { take("assignee", "#add-assignee"); take("action", "#add-action"); }
  const ok = await change("add", {category: cat, start: Number(box.dataset.start), end: Number(box.dataset.end), fields});
  if (ok) { box.hidden = true; window.getSelection().removeAllRanges(); }
}

// ---------------------------------------------------------------- corrections
async function change(action, body, input = null) {
  try {
    state.doc = await api(`/api/documents/${state.current}/${action}`, {
      method: "POST", body: JSON.stringify(body), headers: {"Content-Type": "application/json"}});
    renderDoc();
    say(t("saved"));
    return true;
  } catch (e) {
    if (input) input.classList.add("invalid");
    say(t("error", {message: e.message}), true);
    return false;
  }
}

function setStatus(key, status) { return change("status", {key, status}); }

function setField(key, name, input) {
  return change("field", {key, field: name, value: input.value}, input);
}

// ---------------------------------------------------------------- templates and downloads
async function loadTemplates() {
  state.templates = await api("/api/templates");
  state.header = await api("/api/header");
}

function headerFields() {
  const inputs = state.header.names.map((name) => el("label", {}, t("header_" + name),
    el("input", {"data-header": name, value: state.header.fields[name] || "", onchange: (e) => saveHeader(name, e.target)})));
  return el("details", {id: "header-fields", class: "header-fields"}, el("summary", {}, t("header")),
    el("p", {class: "hint"}, t("header_hint")), el("div", {class: "header-grid"}, inputs));
}

async function saveHeader(name, input) {
  try {
    state.header = await api("/api/header", {method: "POST", body: JSON.stringify({fields: {[name]: input.value}}),
      headers: {"Content-Type": "application/json"}});
    input.classList.remove("invalid");
    say(t("saved"));
  } catch (e) {
    input.classList.add("invalid");
    say(t("error", {message: e.message}), true);
  }
}

function defaultTemplate() {
  const lang = state.doc.source.lang, kind = state.doc.source.kind;
  const all = state.templates.builtin;
  const best = all.find((b) => b.lang === lang && b.kind === kind) ||
    all.find((b) => b.lang === lang && b.kind === (state.doc.items.targets.length ? "plan" : "report")) ||
    all.find((b) => b.lang === lang) || all[0];
  return best ? best.name : "";
}

function downloadsBar() {
  const select = el("select", {id: "template", "aria-label": t("template")},
    el("optgroup", {label: t("builtin_templates")}, state.templates.builtin.map((b) =>
      el("option", {value: b.name}, `${b.name} — ${b.description}`))),
    state.templates.own.length ? el("optgroup", {label: t("own_templates")}, state.templates.own.map((o) =>
      el("option", {value: "own:" + o.id}, o.name))) : null);
  select.value = state.chosenTemplate || defaultTemplate();
  select.addEventListener("change", () => { state.chosenTemplate = select.value; });
  const own = el("input", {type: "file", id: "template-file", accept: ".docx", onchange: (e) => uploadTemplate(e.target)});
  return el("div", {id: "downloads"}, el("h3", {}, t("downloads")), el("div", {class: "downloads"},
    el("label", {}, t("template"), " ", select),
    el("label", {class: "own"}, t("upload_template"), " ", own),
    el("button", {type: "button", id: "download-docx", class: "primary", onclick: () => download("document.docx")}, t("download_word")),
    el("button", {type: "button", id: "download-json", onclick: () => download("records.json")}, t("download_json")),
    el("button", {type: "button", id: "download-xlsx", onclick: () => download("targets.xlsx")}, t("download_xlsx")),
    el("label", {}, el("input", {type: "checkbox", id: "all-docs", checked: state.allDocs,
      onchange: (e) => { state.allDocs = e.target.checked; }}), " ", t("all_documents"))),
    headerFields());
}

async function uploadTemplate(input) {
  const file = input.files[0];
  if (!file) return;
  try {
    const made = await api(`/api/templates?name=${encodeURIComponent(file.name)}`, {
      method: "POST", body: file, headers: {"Content-Type": "application/octet-stream"}});
    await loadTemplates();
    state.chosenTemplate = "own:" + made.id;
    renderDoc();
    say(t("template_added", {name: made.name}));
  } catch (e) {
    say(t("error", {message: e.message}), true);
  }
}

async function download(what) {
  const template = $("#template") ? $("#template").value : "";
  const which = $("#all-docs") && $("#all-docs").checked ? "all" : state.current;
  const response = await fetch(`/download/${which}/${what}?template=${encodeURIComponent(template)}`,
    {credentials: "same-origin"});
  if (!response.ok) {
    let message = response.statusText;
    try { message = (await response.json()).error; } catch (e) { /* keep the status */ }
    say(t("error", {message}), true);
    return;
  }
  const blob = await response.blob();
  const name = decodeURIComponent((response.headers.get("content-disposition") || "").split("''")[1] || what);
  const link = el("a", {href: URL.createObjectURL(blob), download: name});
  document.body.append(link);
  link.click();
  link.remove();
  const header = (key) => JSON.parse(decodeURIComponent(response.headers.get(key) || "%5B%5D"));
  const warnings = header("x-coopdocs-warnings");
  const blank = header("x-coopdocs-blank").map((n) => (state.config.strings["header_" + n] ? t("header_" + n) : n));
  if (blank.length) warnings.unshift(t("blank_fields", {fields: blank.join(", ")}));
  say(t("downloaded", {name}) + (warnings.length ? " — " + t("warnings", {warnings: warnings.join("; ")}) : ""));
}

// ---------------------------------------------------------------- start
function wireDrop() {
  const drop = $("#drop");
  $("#files").addEventListener("change", (e) => { upload([...e.target.files]); e.target.value = ""; });
  for (const type of ["dragenter", "dragover"]) drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add("over"); });
  for (const type of ["dragleave", "drop"]) drop.addEventListener(type, () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); upload([...e.dataTransfer.files]); });
}

async function start() {
  wireDrop();
  $("#ui-lang").addEventListener("change", (e) => switchLanguage(e.target.value));
  $("#add-category").addEventListener("change", showAddFields);
  $("#add-ok").addEventListener("click", addItem);
  $("#add-cancel").addEventListener("click", () => { $("#add-box").hidden = true; });
  await loadConfig();
  await loadTemplates();
  await refresh();
  document.body.dataset.ready = "yes";   // every part of the page is wired and drawn
}

document.addEventListener("DOMContentLoaded", () => start().catch((e) => say(t("error", {message: e.message}), true)));
