// fasail web UI: plain JavaScript over the REST API, no build step.
// Article text and names are hostile input: every piece of data enters the page as a text node
// (el() and textContent) and never as markup; only fixed strings of this file become elements.
"use strict";

const RELATION_COLOURS = {
  ALLEGIANCE: "#1f77b4", AFFILIATION: "#17becf", SPLIT: "#d62728", MERGER: "#2ca02c",
  RENAME: "#7f7f7f", ALLIANCE: "#98df8a", CLASH: "#ff7f0e", TRUCE: "#9467bd",
  NEGOTIATION: "#c5b0d5", MEDIATION: "#bcbd22", AGREEMENT: "#8c564b", LEADERSHIP: "#e377c2",
  MEMBERSHIP: "#f7b6d2", EXECUTION: "#7b0000", DETENTION: "#ad494a", RELEASE: "#6b6ecf",
  RELOCATION: "#b5cf6b", CONTROL: "#393b79", STRENGTH: "#aaaaaa", DESIGNATION: "#555555",
};
const RELATION_AR = {
  ALLEGIANCE: "مبايعة", AFFILIATION: "تبعية", SPLIT: "انشقاق", MERGER: "اندماج", RENAME: "تغيير اسم",
  ALLIANCE: "تحالف", CLASH: "اشتباك", TRUCE: "هدنة", NEGOTIATION: "مفاوضات", MEDIATION: "وساطة",
  AGREEMENT: "اتفاق", LEADERSHIP: "قيادة", MEMBERSHIP: "عضوية", EXECUTION: "إعدام", DETENTION: "احتجاز",
  RELEASE: "إفراج", RELOCATION: "ترحيل", CONTROL: "سيطرة", STRENGTH: "تعداد", DESIGNATION: "تصنيف",
};
const SYMMETRIC = { ALLIANCE: 1, CLASH: 1, TRUCE: 1, NEGOTIATION: 1, AGREEMENT: 1 };
const NODE_SHAPES = { GROUP: "ellipse", STATE: "round-rectangle", PERSON: "triangle", PLACE: "diamond",
  OUTLET: "hexagon" };

const state = { english: localStorage.getItem("fasail.english") === "1", names: new Map(), cy: null };
window.fasail = state; // lets the browser tests reach the network's cytoscape instance

// ---- DOM and API helpers ---------------------------------------------------------------------

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "onclick" || key === "onsubmit" || key === "oninput" || key === "onchange") {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link inside the app; ids are encoded so no value can leave the hash route. */
function route(...parts) {
  return "#/" + parts.map(encodeURIComponent).join("/");
}

/** An outside link only for http(s) addresses: a javascript: URL in data stays plain text. */
function externalLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, text);
    }
  } catch (_) { /* not a URL: shown as text */ }
  return el("span", {}, text);
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options, headers: { "Content-Type": "application/json", ...(options.headers || {}) },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof body.detail === "string" ? body.detail : response.statusText);
  return body;
}

function status(message, isError = false) {
  const bar = document.getElementById("status");
  bar.textContent = message || "";
  bar.classList.toggle("error", isError);
}

function remember(entities) {
  for (const e of entities) state.names.set(e.entity_id, e);
}

function label(entity) {
  if (!entity) return "؟";
  return state.english && entity.name_en ? entity.name_en : entity.name;
}

function nameOf(id, fallback) {
  return state.names.has(id) ? label(state.names.get(id)) : (fallback || id || "—");
}

function entityLink(id, fallback) {
  if (!id) return el("span", { dir: "auto" }, fallback || "—");
  return el("a", { href: route("entity", id), dir: "auto", class: "entity" }, nameOf(id, fallback));
}

function relationName(type) {
  return state.english ? type : `${RELATION_AR[type] || type}`;
}

function who() {
  return document.getElementById("who").value.trim() || "analyst";
}

// ---- evidence ----------------------------------------------------------------------------------

/** The evidence sentence with trigger and arguments marked, from article offsets. */
function markedEvidence(fact) {
  const base = fact.evidence_start;
  const marks = [];
  if (fact.trigger) marks.push({ ...fact.trigger, role: "trigger" });
  for (const [role, span] of Object.entries(fact.arguments || {})) marks.push({ ...span, role });
  marks.sort((a, b) => a.start - b.start);
  const paragraph = el("p", { class: "sentence", dir: "rtl", lang: "ar" });
  let at = 0;
  for (const mark of marks) {
    const start = mark.start - base, end = mark.end - base;
    if (start < at || end > fact.evidence.length || end <= start) continue; // overlapping or outside
    paragraph.append(document.createTextNode(fact.evidence.slice(at, start)));
    paragraph.append(el("mark", { class: `arg arg-${mark.role === "trigger" ? "trigger" : "role"}`,
      title: mark.role }, fact.evidence.slice(start, end)));
    at = end;
  }
  paragraph.append(document.createTextNode(fact.evidence.slice(at)));
  return paragraph;
}

/** One fact as an evidence card, with accept/reject buttons that review it. */
function evidenceItem(fact, onReviewed) {
  const when = fact.time || fact.article_date || "";
  const item = el("li", { class: `evidence status-${fact.status}`, "data-fact-id": fact.fact_id },
    el("div", { class: "meta" },
      el("strong", { class: "relation" }, relationName(fact.type), fact.negated ? " ✗ (منفي)" : ""),
      " ", entityLink(fact.subject_id, fact.subject), fact.object_id || fact.object ? " ← " : "",
      fact.object_id || fact.object ? entityLink(fact.object_id, fact.object) : "",
      el("span", { class: "outlet" }, fact.outlet || "—"),
      el("time", {}, when),
      el("a", { href: route("article", fact.article_id) + "?fact=" + encodeURIComponent(fact.fact_id),
        class: "article-link" }, "المقال")),
    markedEvidence(fact),
    el("div", { class: "args" },
      fact.trigger ? el("span", {}, "الفعل: ", el("b", {}, fact.trigger.text)) : "",
      Object.entries(fact.arguments || {}).map(([role, span]) => el("span", {}, ` ${role}: `, el("b", {}, span.text))),
      fact.count !== null ? el("span", {}, ` العدد: ${fact.count}`) : "",
      el("span", { class: "rule", lang: "en" }, fact.rule)),
    state.readOnly ? "" : el("div", { class: "review" },
      el("span", { class: "status" }, fact.status),
      el("button", { type: "button", class: "accept", onclick: () => review(fact, "accept", item, onReviewed) },
        "قبول"),
      el("button", { type: "button", class: "reject", onclick: () => review(fact, "reject", item, onReviewed) },
        "رفض")));
  return item;
}

async function review(fact, action, item, onReviewed) {
  try {
    const updated = await api(`/api/facts/${encodeURIComponent(fact.fact_id)}/review`,
      { method: "POST", body: JSON.stringify({ action, who: who() }) });
    if (updated.status === "rejected") item.remove();
    else item.querySelector(".status").textContent = updated.status;
    status(`${action === "reject" ? "رُفض" : "قُبل"} ${fact.fact_id}`);
    if (onReviewed) onReviewed(updated);
  } catch (error) {
    status(error.message, true);
  }
}

async function evidenceList(factIds, onReviewed) {
  const facts = await Promise.all(factIds.slice(0, 100).map(
    (id) => api(`/api/facts/${encodeURIComponent(id)}`)));
  return el("ol", { class: "evidence-list" },
    facts.filter((f) => f.status !== "rejected").map((f) => evidenceItem(f, onReviewed)));
}

// ---- network -----------------------------------------------------------------------------------

function swatch(colour) {
  const box = el("span", { class: "swatch" });
  box.style.background = colour;
  return box;
}

function dayNumber(iso) {
  const [y, m = "01", d = "01"] = iso.split("-");
  return Math.floor(Date.UTC(+y, +m - 1, +d) / 86400000);
}

function isoDay(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

async function networkView(view) {
  const meta = await api("/api/meta");
  const slider = el("input", { type: "range", id: "as-of", min: 0, max: 0, value: 0, step: 1, dir: "ltr",
    "aria-label": "التاريخ as of" });
  const dateLabel = el("output", { id: "as-of-label" });
  const edgeCount = el("span", { id: "edge-count" });
  const actorsOnly = el("input", { type: "checkbox", id: "actors-only", checked: state.actorsOnly });
  const legend = el("ul", { class: "legend", id: "legend" });
  const panel = el("aside", { class: "panel", id: "panel" },
    el("p", { class: "hint" }, "انقر عقدة لفتح ملفها، أو علاقة لعرض أدلتها."));
  const graph = el("div", { id: "graph" });
  view.append(el("section", { class: "network" },
    el("div", { class: "controls" }, el("label", { for: "as-of" }, "حتى تاريخ: "), slider, dateLabel,
      edgeCount, el("label", { class: "toggle" }, actorsOnly, " فصائل ودول فقط ", el("span", { lang: "en" },
        "groups and states only"))),
    el("div", { class: "network-body" }, el("div", { class: "graph-wrap" }, graph, legend), panel)));
  if (meta.first_date) {
    slider.min = dayNumber(meta.first_date);
    slider.max = dayNumber(meta.last_date);
    slider.value = slider.max;
  }
  const cy = cytoscape({
    container: graph, minZoom: 0.2, maxZoom: 3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "wrap", "text-max-width": 110, width: "mapData(weight, 0, 40, 14, 40)",
        height: "mapData(weight, 0, 40, 14, 40)", "background-color": "#4a5d6e",
        shape: "data(shape)", "font-family": "Noto Naskh Arabic, Noto Sans Arabic, Arial, sans-serif" } },
      { selector: "node[type = 'PLACE']", style: { "background-color": "#9a8c5b" } },
      { selector: "node[type = 'STATE']", style: { "background-color": "#6b4a6e" } },
      { selector: "edge", style: { width: "mapData(count, 1, 6, 1.5, 6)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "data(arrow)",
        "curve-style": "bezier", opacity: 0.85 } },
      { selector: "edge[?negated]", style: { "line-style": "dashed" } },
      { selector: "edge[?contradicted]", style: { "line-outline-width": 2, "line-outline-color": "#e00" } },
      { selector: ":selected", style: { "overlay-opacity": 0.25, "overlay-color": "#f5c518" } },
    ],
  });
  state.cy = cy;

  async function load() {
    const asOf = meta.first_date ? isoDay(+slider.value) : null;
    dateLabel.textContent = asOf || "كل التواريخ";
    const snapshot = await api("/api/graph" + (asOf ? `?as_of=${asOf}` : ""));
    remember(snapshot.nodes);
    const types = new Map(snapshot.nodes.map((n) => [n.entity_id, n.type]));
    const actor = (id) => types.get(id) === "GROUP" || types.get(id) === "STATE";
    const edges = snapshot.edges.filter((e) => e.object_id
      && (!actorsOnly.checked || (actor(e.subject_id) && actor(e.object_id))));
    const degree = new Map();
    for (const e of edges) for (const id of [e.subject_id, e.object_id]) degree.set(id, (degree.get(id) || 0) + 1);
    cy.elements().remove();
    cy.add(snapshot.nodes.filter((n) => degree.has(n.entity_id)).map((n) => ({ group: "nodes", data: {
      id: n.entity_id, label: label(n), type: n.type, shape: NODE_SHAPES[n.type] || "ellipse",
      weight: degree.get(n.entity_id) * 4 } })));
    cy.add(edges.map((e) => ({ group: "edges", data: {
      id: `${e.type}|${e.subject_id}|${e.object_id}|${e.negated}`, source: e.subject_id, target: e.object_id,
      type: e.type, negated: e.negated, contradicted: e.contradicted, count: e.evidence_count,
      colour: RELATION_COLOURS[e.type] || "#999", arrow: e.type in SYMMETRIC ? "none" : "triangle",
      factIds: e.fact_ids, first: e.first_time } })));
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 }).run();
    edgeCount.textContent = `${edges.length} علاقة · ${cy.nodes().length} كيان`;
    edgeCount.dataset.edges = String(edges.length);
    const relations = [...new Set(edges.map((e) => e.type))].sort();
    legend.replaceChildren(...relations.map((t) => el("li", {}, swatch(RELATION_COLOURS[t] || "#999"),
      relationName(t))), el("li", {}, el("span", { class: "swatch dashed" }), "منفي / negated"),
      el("li", {}, el("span", { class: "swatch contradicted" }), "متناقض / contradicted"));
  }

  cy.on("tap", "node", (event) => { location.hash = route("entity", event.target.id()); });
  cy.on("tap", "edge", async (event) => {
    const data = event.target.data();
    panel.replaceChildren(el("h2", {}, relationName(data.type), data.negated ? " (منفي)" : ""),
      el("p", { class: "pair" }, entityLink(data.source), " — ", entityLink(data.target),
        el("span", { class: "since" }, ` منذ ${data.first || "؟"}`)));
    try {
      panel.append(await evidenceList(data.factIds, () => load()));
    } catch (error) { status(error.message, true); }
  });
  actorsOnly.addEventListener("change", () => {
    state.actorsOnly = actorsOnly.checked;
    load().catch((error) => status(error.message, true));
  });
  let pending = null;
  slider.addEventListener("input", () => {
    dateLabel.textContent = isoDay(+slider.value);
    clearTimeout(pending);
    pending = setTimeout(() => load().catch((error) => status(error.message, true)), 150);
  });
  await load();
}

// ---- profile, timeline, article ---------------------------------------------------------------

async function profileView(view, entityId) {
  const profile = await api(`/api/entities/${encodeURIComponent(entityId)}/profile`);
  const e = profile.entity;
  remember([e, ...profile.neighbours]);
  const evidence = el("div", { id: "profile-evidence" });
  const relations = el("table", { class: "relations" },
    el("thead", {}, el("tr", {}, el("th", {}, "العلاقة"), el("th", {}, "الطرف"), el("th", {}, "منذ"),
      el("th", {}, "حتى"), el("th", {}, "أدلة"), el("th", {}, "مصادر"))),
    el("tbody", {}, profile.edges.map((edge) => {
      const other = edge.subject_id === e.entity_id ? edge.object_id : edge.subject_id;
      const direction = edge.subject_id === e.entity_id ? "←" : "→";
      return el("tr", { class: edge.contradicted ? "contradicted" : "" },
        el("td", {}, `${direction} ${relationName(edge.type)}${edge.negated ? " (منفي)" : ""}`),
        el("td", {}, other ? entityLink(other) : "—", " ", other ? el("a", { class: "pair-timeline",
          href: route("timeline", e.entity_id) + "?other=" + encodeURIComponent(other), title: "Timeline" }, "⌚") : ""),
        el("td", {}, edge.first_time || ""), el("td", {}, edge.last_time || ""),
        el("td", {}, el("button", { type: "button", class: "show-evidence", onclick: async () => {
          evidence.replaceChildren(el("h3", {}, relationName(edge.type)), await evidenceList(edge.fact_ids));
        } }, String(edge.evidence_count))),
        el("td", {}, String(edge.source_count)));
    })));
  const aliasInput = el("input", { id: "alias-input", maxlength: 200, dir: "auto", placeholder: "اسم آخر" });
  const mergeInput = el("input", { id: "merge-input", maxlength: 200, dir: "ltr", placeholder: "entity id" });
  view.append(el("section", { class: "profile" },
    el("h2", { dir: "auto" }, e.name, e.name_en ? el("small", { lang: "en", dir: "ltr" }, ` ${e.name_en}`) : ""),
    el("p", { class: "facts-line" }, el("span", { class: "type" }, e.type), ` · ${e.mention_count} إشارة · `,
      `${e.first_seen || "?"} — ${e.last_seen || "?"}`, " · ",
      el("a", { href: route("timeline", e.entity_id) }, "الخط الزمني Timeline"),
      e.lat !== null ? el("span", {}, ` · ${e.lat.toFixed(3)}, ${e.lon.toFixed(3)}`) : ""),
    el("p", { class: "aliases" }, "الأسماء: ", e.aliases.map((a) => el("span", { class: "alias", dir: "auto" }, a))),
    el("p", { class: "counts" }, Object.entries(profile.fact_counts).map(
      ([type, n]) => el("span", { class: "count" }, `${relationName(type)}: ${n}`))),
    el("div", { class: "profile-body" },
      el("div", {}, el("h3", {}, "العلاقات"), relations,
        el("form", { class: "review-form", onsubmit: (event) => {
          event.preventDefault();
          write(`/api/entities/${encodeURIComponent(e.entity_id)}/aliases`, { alias: aliasInput.value, who: who() });
        } }, el("label", {}, "إضافة اسم: ", aliasInput), el("button", {}, "أضف")),
        el("form", { class: "review-form", onsubmit: (event) => {
          event.preventDefault();
          write(`/api/entities/${encodeURIComponent(e.entity_id)}/merge`, { merge_id: mergeInput.value, who: who() });
        } }, el("label", {}, "دمج كيان فيه: ", mergeInput), el("button", {}, "ادمج"))),
      evidence)));
}

async function write(path, body) {
  try {
    await api(path, { method: "POST", body: JSON.stringify(body) });
    render();
    status("حُفظ");
  } catch (error) { status(error.message, true); }
}

async function timelineView(view, entityId, params) {
  const other = params.get("other");
  const [facts, ...entities] = await Promise.all([
    api(`/api/entities/${encodeURIComponent(entityId)}/timeline` + (other ? `?other=${encodeURIComponent(other)}` : "")),
    ...[entityId, other].filter(Boolean).map((id) => api(`/api/entities/${encodeURIComponent(id)}`)),
  ]);
  remember(entities);
  const years = new Map();
  for (const fact of facts) {
    const year = (fact.time || fact.article_date || "؟").slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(fact);
  }
  view.append(el("section", { class: "timeline" },
    el("h2", {}, "الخط الزمني: ", entityLink(entityId), other ? [" — ", entityLink(other)] : ""),
    [...years].map(([year, list]) => el("div", { class: "year" }, el("h3", {}, year),
      el("ol", { class: "evidence-list" }, list.map((f) => evidenceItem(f)))))));
}

async function articleView(view, articleId, params) {
  const article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const factId = params.get("fact");
  const fact = factId ? await api(`/api/facts/${encodeURIComponent(factId)}`) : null;
  const body = el("div", { class: "article-text", dir: "rtl", lang: "ar" });
  if (fact && fact.article_id === article.article_id) {
    body.append(article.text.slice(0, fact.evidence_start), el("mark", { id: "evidence" },
      article.text.slice(fact.evidence_start, fact.evidence_end)), article.text.slice(fact.evidence_end));
  } else {
    body.append(article.text);
  }
  view.append(el("article", { class: "article" },
    el("h2", { dir: "auto" }, article.title || article.doc),
    el("p", { class: "meta" }, article.outlet || "—", " · ", article.date || "?", " · ",
      article.url ? externalLink(article.url, "المصدر") : "", " · ", el("span", { lang: "en" }, article.doc)),
    body));
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

// ---- search, contradictions, map --------------------------------------------------------------

async function searchView(view, params) {
  const q = params.get("q") || "";
  document.getElementById("search-input").value = q;
  if (!q) { view.append(el("p", {}, "اكتب كلمة للبحث.")); return; }
  const page = await api(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
  view.append(el("section", { class: "search" },
    el("h2", {}, `نتائج «`, el("span", { dir: "auto" }, q), `»: ${page.total}`),
    el("ul", { class: "hits" }, page.items.map((hit) => hit.kind === "entity"
      ? el("li", { class: "hit-entity" }, el("a", { href: route("entity", hit.id), dir: "auto" }, hit.label),
        hit.text ? el("small", { lang: "en" }, ` ${hit.text}`) : "")
      : el("li", { class: "hit-fact" }, el("strong", {}, relationName(hit.label)), " ",
        el("span", { dir: "rtl", lang: "ar" }, hit.text), " ",
        el("a", { href: route("fact", hit.id) }, "الدليل"))))));
}

async function factView(view, factId) {
  const fact = await api(`/api/facts/${encodeURIComponent(factId)}`);
  view.append(el("section", {}, el("ol", { class: "evidence-list" }, evidenceItem(fact))));
}

async function contradictionsView(view) {
  const pairs = await api("/api/contradictions");
  const sections = await Promise.all(pairs.map(async (pair) => {
    const [yes, no] = await Promise.all([evidenceList(pair.affirmed.fact_ids), evidenceList(pair.denied.fact_ids)]);
    return el("div", { class: "contradiction" },
      el("h3", {}, relationName(pair.affirmed.type), ": ", entityLink(pair.affirmed.subject_id), " — ",
        entityLink(pair.affirmed.object_id)),
      el("div", { class: "sides" }, el("div", {}, el("h4", {}, "أُثبتت"), yes),
        el("div", {}, el("h4", {}, "نُفيت"), no)));
  }));
  view.append(el("section", { class: "contradictions" }, el("h2", {}, `التناقضات: ${pairs.length}`),
    sections.length ? sections : el("p", {}, "لا تناقضات.")));
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

async function mapView(view) {
  const [topo, governorates, places] = await Promise.all([
    fetch("/static/vendor/syria.topo.json").then((r) => r.json()), api("/api/governorates"), api("/api/places")]);
  const [west, east, south, north] = [35.4, 42.6, 32.1, 37.6];
  const kx = Math.cos((34.8 * Math.PI) / 180);
  const scale = 120;
  const project = ([lon, lat]) => [((lon - west) * kx * scale).toFixed(1), ((north - lat) * scale).toFixed(1)];
  const width = (east - west) * kx * scale, height = (north - south) * scale;
  const path = (geometry) => {
    const rings = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return rings.flat().map((ring) => "M" + ring.map(project).join("L") + "Z").join("");
  };
  const map = svg("svg", { viewBox: `0 0 ${width.toFixed(0)} ${height.toFixed(0)}`, id: "map", role: "img",
    "aria-label": "خريطة سوريا" });
  for (const layer of ["neighbours", "syria"]) {
    for (const f of topojson.feature(topo, topo.objects[layer]).features) {
      map.append(svg("path", { d: path(f.geometry), class: layer }));
    }
  }
  for (const g of governorates) {
    const [x, y] = project([g.lon, g.lat]);
    map.append(svg("rect", { x: x - 3, y: y - 3, width: 6, height: 6, class: "governorate" }));
    map.append(svg("text", { x, y: +y + 16, class: "governorate-label" }, state.english ? g.name_en : g.name));
  }
  const inView = ({ lat, lon }) => lat > south && lat < north && lon > west && lon < east;
  const shown = places.filter((p) => p.fact_count > 0 && inView(p.entity));
  shown.sort((a, b) => b.fact_count - a.fact_count); // small circles on top of big ones stay clickable
  for (const p of shown) {
    const [x, y] = project([p.entity.lon, p.entity.lat]);
    const dot = svg("circle", { cx: x, cy: y, r: 4 + Math.sqrt(p.fact_count) * 3, class: "place",
      "data-id": p.entity.entity_id });
    dot.append(svg("title", {}, `${label(p.entity)} (${p.fact_count})`));
    dot.addEventListener("click", () => { location.hash = route("entity", p.entity.entity_id); });
    map.append(dot);
  }
  view.append(el("section", { class: "map" }, el("h2", {}, "الأماكن"), map,
    el("p", { class: "hint" }, "المربعات: مراكز المحافظات؛ الدوائر: أماكن ذُكرت في الوقائع (الحجم بعددها).")));
}

// ---- router ------------------------------------------------------------------------------------

const ROUTES = {
  network: networkView, entity: profileView, timeline: timelineView, article: articleView,
  search: searchView, contradictions: contradictionsView, map: mapView, fact: factView,
};

async function render() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/").map(decodeURIComponent);
  const viewName = ROUTES[name] ? name : "network";
  if (state.cy) { state.cy.destroy(); state.cy = null; }
  const view = document.getElementById("view");
  view.replaceChildren();
  view.dataset.view = viewName;
  delete view.dataset.ready;
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === viewName);
  }
  status("");
  const params = new URLSearchParams(query);
  try {
    if (state.readOnly === undefined) state.readOnly = (await api("/api/meta")).read_only;
    await ROUTES[viewName](view, ...(rest.length ? [rest[0], params] : [params]));
    view.dataset.ready = "1";
  } catch (error) {
    view.append(el("p", { class: "error" }, error.message));
    status(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const english = document.getElementById("english");
  english.checked = state.english;
  english.addEventListener("change", () => {
    state.english = english.checked;
    localStorage.setItem("fasail.english", english.checked ? "1" : "0");
    render();
  });
  const whoInput = document.getElementById("who");
  whoInput.value = localStorage.getItem("fasail.who") || "";
  whoInput.addEventListener("change", () => localStorage.setItem("fasail.who", whoInput.value.trim()));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = "#/search?q=" + encodeURIComponent(document.getElementById("search-input").value.trim());
  });
  window.addEventListener("hashchange", render);
  render();
});
