// The redact report page: a table of changes (filter, search, sort, pages), a per-file view
// of the redacted output, and review decisions exported as redact.decisions/1 JSON.
// Everything it shows comes from the JSON embedded in the page; it makes no request.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const files = data.files;
  const changes = data.changes;
  const PAGE_ROWS = 100;
  const PAGE_LINES = 400;
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const fmtScore = (s) => Number(s).toFixed(2);

  const byFile = files.map(() => []);
  for (const c of changes) {
    byFile[c.f].push(c);
    c.hay = (files[c.f].path + "\n" + c.cat + "\n" + c.ent + "\n" + c.det + "\n" + c.lab + "\n" +
             c.ctx + (c.orig !== undefined ? "\n" + c.orig : "")).toLowerCase();
  }

  const state = { cat: "", file: "", minScore: 0, q: "", sort: "file", dir: 1, page: 0,
                  view: files.findIndex((f) => f.count > 0), viewPage: 0 };
  let rows = changes;
  const decisions = new Map(); // "allow:<change index>" or "deny:<category>:<value>" -> decision

  // ---- filters and table -------------------------------------------------------------
  const categories = [...new Set(changes.map((c) => c.cat))].sort();
  for (const cat of categories) $("f-category").add(new Option(cat, cat));
  files.forEach((f, i) => {
    if (f.count > 0) $("f-file").add(new Option(f.path + " (" + f.count + ")", String(i)));
    $("v-file").add(new Option(f.path, String(i)));
  });
  if (state.view < 0) state.view = 0;
  for (const cat of data.categories) $("missed-category").add(new Option(cat, cat));

  const compare = {
    file: (a, b) => a.f - b.f || a.os - b.os,
    line: (a, b) => a.l - b.l || a.f - b.f || a.os - b.os,
    category: (a, b) => (a.cat < b.cat ? -1 : a.cat > b.cat ? 1 : 0) || a.i - b.i,
    detector: (a, b) => (a.det < b.det ? -1 : a.det > b.det ? 1 : 0) || a.i - b.i,
    score: (a, b) => a.s - b.s || a.i - b.i,
    label: (a, b) => (a.lab < b.lab ? -1 : a.lab > b.lab ? 1 : 0) || a.i - b.i,
  };

  function applyFilters() {
    const q = state.q.trim().toLowerCase();
    const file = state.file === "" ? -1 : Number(state.file);
    rows = changes.filter((c) => (!state.cat || c.cat === state.cat) && (file < 0 || c.f === file) &&
                                 c.s >= state.minScore && (!q || c.hay.includes(q)));
    const cmp = compare[state.sort];
    rows.sort(state.dir > 0 ? cmp : (a, b) => cmp(b, a));
    state.page = 0;
    renderTable();
  }

  function contextHtml(c) {
    const ctx = c.ctx;
    const shown = (s) => esc(s).replace(/\r?\n/g, "<span class=\"nl\">⏎</span> ");
    if (c.cs < 0) return shown(ctx);
    return shown(ctx.slice(0, c.cs)) + "<mark>" + shown(c.rep) + "</mark>" +
           shown(ctx.slice(c.cs + c.rep.length));
  }

  function renderTable() {
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
    state.page = Math.min(state.page, pages - 1);
    const start = state.page * PAGE_ROWS;
    const html = [];
    for (const c of rows.slice(start, start + PAGE_ROWS)) {
      const allowed = decisions.has("allow:" + c.i);
      html.push("<tr data-i=\"" + c.i + "\" data-category=\"" + esc(c.cat) + "\"" +
        (allowed ? " class=\"allowed\"" : "") + ">" +
        "<td><button type=\"button\" class=\"linkish open\">" + esc(files[c.f].path) + "</button></td>" +
        "<td>" + c.l + "</td><td class=\"cat\">" + esc(c.cat) + "</td><td>" + esc(c.det) + "</td>" +
        "<td class=\"score\">" + fmtScore(c.s) + "</td><td class=\"label\">" + esc(c.lab) + "</td>" +
        (data.revealed ? "<td class=\"orig\">" + esc(c.orig) + "</td>" : "") +
        "<td class=\"ctx\">" + contextHtml(c) + "</td>" +
        "<td><button type=\"button\" class=\"fp\">" + (allowed ? "Undo" : "Not personal data") +
        "</button></td></tr>");
    }
    document.querySelector("#changes tbody").innerHTML = html.join("");
    $("shown").textContent = String(rows.length);
    $("page-info").textContent = rows.length > PAGE_ROWS
      ? "(page " + (state.page + 1) + " of " + pages + ")" : "";
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
    document.querySelectorAll("#changes th[data-sort]").forEach((th) => {
      if (th.dataset.sort === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  $("f-category").addEventListener("change", (e) => { state.cat = e.target.value; applyFilters(); });
  $("f-file").addEventListener("change", (e) => { state.file = e.target.value; applyFilters(); });
  $("f-score").addEventListener("input", (e) => { state.minScore = Number(e.target.value) || 0; applyFilters(); });
  let searchTimer = 0;
  $("f-search").addEventListener("input", (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { state.q = e.target.value; applyFilters(); }, 120);
  });
  $("prev").addEventListener("click", () => { state.page -= 1; renderTable(); });
  $("next").addEventListener("click", () => { state.page += 1; renderTable(); });
  document.querySelectorAll("#changes th[data-sort]").forEach((th) => th.addEventListener("click", () => {
    const key = th.dataset.sort;
    state.dir = state.sort === key ? -state.dir : (key === "score" ? -1 : 1);
    state.sort = key;
    applyFilters();
  }));
  document.querySelectorAll("#chart .bar").forEach((bar) => bar.addEventListener("click", () => {
    state.cat = bar.dataset.category;
    $("f-category").value = state.cat;
    applyFilters();
    $("changes-section").scrollIntoView();
  }));
  document.querySelector("#changes tbody").addEventListener("click", (e) => {
    const tr = e.target.closest("tr");
    if (!tr) return;
    const c = changes[Number(tr.dataset.i)];
    if (e.target.classList.contains("fp")) toggleAllow(c);
    else if (e.target.classList.contains("open")) openFile(c.f, c);
  });

  // ---- per-file view ----------------------------------------------------------------
  const lineStarts = new Map();
  function starts(index) {
    if (!lineStarts.has(index)) {
      const text = files[index].text, out = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
      if (out.length > 1 && out[out.length - 1] === text.length) out.pop();
      lineStarts.set(index, out);
    }
    return lineStarts.get(index);
  }

  function markTitle(c) {
    return c.ent + " · " + c.det + " · score " + fmtScore(c.s) +
      (data.revealed ? " · original: " + c.orig : "") +
      (decisions.has("allow:" + c.i) ? " · marked not personal data" : "");
  }

  function renderView() {
    const f = files[state.view];
    if (!f) { $("v-prev").disabled = $("v-next").disabled = true; return; }
    $("v-file").value = String(state.view);
    const box = $("v-text");
    if (f.text === null) {
      box.innerHTML = "";
      $("v-note").hidden = false;
      $("v-note").textContent = f.path + ": " + f.note + ".";
      $("v-info").textContent = "";
      $("v-prev").disabled = $("v-next").disabled = true;
      return;
    }
    $("v-note").hidden = true;
    const text = f.text, ls = starts(state.view), fcs = byFile[state.view];
    const pages = Math.max(1, Math.ceil(ls.length / PAGE_LINES));
    state.viewPage = Math.min(state.viewPage, pages - 1);
    const first = state.viewPage * PAGE_LINES, last = Math.min(ls.length, first + PAGE_LINES);
    let k = 0, lo = 0, hi = fcs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (fcs[mid].oe <= ls[first]) lo = mid + 1; else hi = mid; }
    k = lo;
    const html = [];
    for (let n = first; n < last; n++) {
      const s = ls[n];
      let e = n + 1 < ls.length ? ls[n + 1] - 1 : text.length;
      if (e > s && text[e - 1] === "\r") e -= 1;
      let out = "", pos = s;
      while (k < fcs.length && (fcs[k].os < e || (fcs[k].os === e && fcs[k].oe === e))) {
        const c = fcs[k], a = Math.max(c.os, s), b = Math.min(c.oe, e);
        if (a > pos) out += esc(text.slice(pos, a));
        const cls = (a === b ? "empty" : "") + (decisions.has("allow:" + c.i) ? " allowed" : "");
        out += "<mark data-i=\"" + c.i + "\" class=\"" + cls.trim() + "\" title=\"" + esc(markTitle(c)) + "\">" +
               esc(text.slice(a, b)) + "</mark>";
        pos = Math.max(pos, b);
        if (c.oe > e) break;
        k += 1;
      }
      out += esc(text.slice(pos, e));
      html.push("<div class=\"ln\" data-line=\"" + (n + 1) + "\">" + out + "</div>");
    }
    box.innerHTML = html.join("");
    $("v-info").textContent = "lines " + (first + 1) + "–" + last + " of " + ls.length +
      " · " + fcs.length + " changes";
    $("v-prev").disabled = state.viewPage === 0;
    $("v-next").disabled = state.viewPage >= pages - 1;
  }

  function openFile(index, change) {
    state.view = index;
    state.viewPage = 0;
    if (change && files[index].text !== null) {
      const ls = starts(index);
      let lo = 0, hi = ls.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ls[mid] <= change.os) lo = mid; else hi = mid - 1; }
      state.viewPage = Math.floor(lo / PAGE_LINES);
    }
    renderView();
    $("file-view").scrollIntoView();
    if (change) {
      const mark = document.querySelector("#v-text mark[data-i=\"" + change.i + "\"]");
      if (mark) { mark.classList.add("flash"); mark.scrollIntoView({ block: "center" }); }
    }
  }

  $("v-file").addEventListener("change", (e) => openFile(Number(e.target.value)));
  $("v-prev").addEventListener("click", () => { state.viewPage -= 1; renderView(); });
  $("v-next").addEventListener("click", () => { state.viewPage += 1; renderView(); });
  $("v-text").addEventListener("click", (e) => {
    const mark = e.target.closest("mark");
    if (mark && window.getSelection().isCollapsed) toggleAllow(changes[Number(mark.dataset.i)]);
  });

  // ---- missed spans: select text in the per-file view ---------------------------------
  let pendingMissed = null;
  $("v-text").addEventListener("mouseup", () => {
    const sel = window.getSelection();
    const value = sel.toString().trim();
    if (!value || value.includes("\n") || value.length > 200 || !$("v-text").contains(sel.anchorNode)) return;
    const node = sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement;
    const ln = node.closest(".ln");
    pendingMissed = { value: value, file: files[state.view].path, line: ln ? Number(ln.dataset.line) : null };
    $("missed-value").textContent = value;
    $("missed").hidden = false;
  });
  $("missed-cancel").addEventListener("click", () => { pendingMissed = null; $("missed").hidden = true; });
  $("missed-add").addEventListener("click", () => {
    if (!pendingMissed) return;
    const category = $("missed-category").value;
    decisions.set("deny:" + category + ":" + pendingMissed.value, {
      action: "deny", by: "value", category: category, value: pendingMissed.value,
      file: pendingMissed.file, line: pendingMissed.line });
    pendingMissed = null;
    $("missed").hidden = true;
    window.getSelection().removeAllRanges();
    renderDecisions();
  });

  // ---- decisions ----------------------------------------------------------------------
  function toggleAllow(c) {
    const key = "allow:" + c.i;
    if (decisions.has(key)) decisions.delete(key);
    else decisions.set(key, {
      action: "allow", by: data.run.key === "random" ? "value" : "fingerprint", category: c.cat,
      fingerprint: c.fp, value: data.revealed ? c.orig : "", file: files[c.f].path, line: c.l,
      label: c.lab, change: c.i });
    renderTable();
    renderView();
    renderDecisions();
  }

  function renderDecisions() {
    const list = $("decisions");
    list.innerHTML = "";
    for (const [key, d] of decisions) {
      const li = document.createElement("li");
      li.dataset.key = key;
      const where = d.file + (d.line ? ":" + d.line : "");
      if (d.action === "allow") {
        li.innerHTML = "<strong>not personal data</strong> " + esc(d.label) + " (" + esc(d.category) + ") in <code>" +
          esc(where) + "</code>, by <select class=\"by\"><option value=\"fingerprint\">fingerprint</option>" +
          "<option value=\"value\">value</option></select> <input class=\"value\" placeholder=\"the value, as written\"> " +
          "<button type=\"button\" class=\"remove\">remove</button>";
        const by = li.querySelector(".by"), input = li.querySelector(".value");
        by.value = d.by;
        input.value = d.value || "";
        input.hidden = d.by !== "value";
        by.addEventListener("change", () => { d.by = by.value; input.hidden = d.by !== "value"; });
        input.addEventListener("input", () => { d.value = input.value; });
      } else {
        li.innerHTML = "<strong>missed</strong> <q></q> as " + esc(d.category) + " in <code>" + esc(where) +
          "</code> <button type=\"button\" class=\"remove\">remove</button>";
        li.querySelector("q").textContent = d.value;
      }
      li.querySelector(".remove").addEventListener("click", () => {
        decisions.delete(key);
        renderTable();
        renderView();
        renderDecisions();
      });
      list.appendChild(li);
    }
    $("decision-count").textContent = String(decisions.size);
  }

  function exported() {
    const out = [];
    for (const d of decisions.values()) {
      if (d.action === "allow") {
        const item = { action: "allow", by: d.by, category: d.category, file: d.file, line: d.line };
        if (d.by === "fingerprint") item.fingerprint = d.fingerprint;
        else if (d.value && d.value.trim()) item.value = d.value.trim();
        else continue; // by value, but no value typed: nothing to apply
        out.push(item);
      } else {
        out.push({ action: "deny", by: "value", category: d.category, value: d.value, file: d.file, line: d.line });
      }
    }
    return { schema: "redact.decisions/1",
             report: { started: data.run.started, policy_digest: data.run.policy_digest, key: data.run.key },
             decisions: out };
  }

  $("export").addEventListener("click", () => {
    const blob = new Blob([JSON.stringify(exported(), null, 2) + "\n"], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "redact-decisions.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  applyFilters();
  renderView();
  renderDecisions();
  document.body.dataset.ready = "true";
})();
