// Causes panel: ranked likely causes with evidence (click to jump) and the fix
// with a copy button, then the checklist items ruled out.
import { h } from "./dom.js";
import { fmt } from "./format.js";

const WORD = /[A-Za-z0-9_]/;

// `name` occurs in `text` as a whole name: layer `dense` is not named by `dense_1`.
export function mentions(text, name) {
  if (!name) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = i > 0 ? text[i - 1] : "";
    const after = text[i + name.length] || "";
    if (!(WORD.test(name[0]) && WORD.test(before)) && !(WORD.test(name[name.length - 1]) && WORD.test(after))) return true;
  }
  return false;
}

// Finds the step and the tensor/layer an evidence line talks about.
export function evidenceTarget(text, rows) {
  const out = { step: null, layer: null, tensor: null };
  const m = /\bsteps? (\d+)/.exec(text);
  if (m) out.step = Number(m[1]);
  let best = null;
  for (const r of rows) {
    if (r.name && mentions(text, r.name) && (!best || r.name.length > best.name.length)) best = r;
  }
  if (best) {
    out.tensor = best.name;
    out.layer = best.layer ?? null;
  } else {
    let bl = null;
    for (const r of rows) if (r.layer && mentions(text, r.layer) && (!bl || r.layer.length > bl.length)) bl = r.layer;
    out.layer = bl;
  }
  return out;
}

// A sentence whose `backticks` spans are code: text nodes and <code> elements (textContent, never
// innerHTML). An unpaired backtick stays a backtick.
export function richText(text) {
  const parts = String(text).split("`");
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, parts[parts.length - 2] + "`" + parts[parts.length - 1]);
  return parts.map((p, i) => (i % 2 ? h("code", { class: "nw-inline-code", text: p }) : p)).filter((p) => p !== "");
}

// The runnable code of a cause (`code`, possibly several lines; missing in older data) or null.
export function codeOf(c) {
  if (typeof c.code !== "string") return null;
  const code = c.code.replace(/^\s*\n/, "").replace(/\s+$/, "");
  return code.trim() ? code : null;
}

export async function copyText(text, btn) {
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch (_) {
    ok = false;
  }
  if (!ok) {
    const ta = h("textarea", { style: { position: "fixed", left: "-9999px", top: "0" } });
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    try {
      ok = document.execCommand("copy");
    } catch (_) {
      ok = false;
    }
    ta.remove();
  }
  btn.textContent = ok ? "Copied" : "Select and copy";
  btn.dataset.copied = ok ? "1" : "0";
  setTimeout(() => (btn.textContent = "Copy"), 1500);
}

export const SCORE_TITLE = "score: how strongly the evidence points to this cause, from 0 to 1";

export function renderCauses(diag, rows, onJump, ruleErrors = []) {
  const causes = diag.causes || [];
  // a healthy run's findings are risks (what could go wrong), never causes
  const risks = Array.isArray(diag.risks) ? diag.risks.filter((r) => r && typeof r === "object") : [];
  const card = h("section", { class: "nw-card nw-causes" }, h("h2", { text: "Likely causes" }));
  if (!causes.length) {
    card.appendChild(
      h("p", { class: "nw-muted", text: diag.status === "healthy" ? "Healthy run: no cause indicated." : "No rule matched this run." }),
    );
  }
  const ol = h("ol", { class: "nw-cause-list" });
  const items = (list, ol) => list.forEach((c, i) => {
    const score = Number(c.score);
    const evid = h("ul", { class: "nw-evidence" });
    for (const e of c.evidence || []) {
      const text = typeof e === "string" ? e : String(e && e.text != null ? e.text : JSON.stringify(e));
      let target = evidenceTarget(text, rows);
      if (e && typeof e === "object") {
        target = { step: e.step ?? target.step, layer: e.layer ?? target.layer, tensor: e.tensor ?? target.tensor };
      }
      const jumpable = target.step != null || target.layer != null;
      const li = h("li", { class: jumpable ? "nw-ev nw-jump" : "nw-ev" });
      if (jumpable) {
        // an inline span (not a <button>, which is inline-block and pushes the bullet down when it wraps)
        const b = h("span", {
          class: "nw-linkbtn nw-evlink",
          role: "button",
          tabindex: "0",
          title: "Show " + [target.layer && `layer ${target.layer}`, target.step != null && `step ${target.step}`].filter(Boolean).join(", "),
          text,
          onclick: () => onJump(target),
          onkeydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), onJump(target)),
        });
        li.appendChild(b);
      } else li.appendChild(h("span", { text }));
      evid.appendChild(li);
    }
    // the fix: its prose (inline code as code) and its runnable code, which alone Copy copies
    let fix = null;
    const code = codeOf(c);
    const prose = c.fix != null && String(c.fix).trim() ? String(c.fix) : null;
    if (prose || code) {
      const btn = code ? h("button", { class: "nw-btn nw-copy", text: "Copy", title: "Copy the code" }) : null;
      if (btn) btn.addEventListener("click", () => copyText(code, btn));
      fix = h(
        "div",
        { class: "nw-fix" },
        h("div", { class: "nw-fix-head" }, h("span", { text: "Fix" }), btn),
        prose ? h("p", { class: "nw-fix-text" }, richText(prose)) : null,
        code ? h("pre", { class: "nw-fix-code" }, h("code", { text: code })) : null,
      );
    }
    ol.appendChild(
      h(
        "li",
        { class: "nw-cause", dataset: { id: String(c.id) } },
        h(
          "div",
          { class: "nw-cause-head" },
          h("span", { class: "nw-rank", text: `${i + 1}` }),
          h("span", { class: "nw-cause-summary", text: c.summary || c.id }),
          h("span", { class: "nw-scorebar", title: SCORE_TITLE }, h("span", { style: { width: `${Math.max(0, Math.min(1, score)) * 100}%` } })),
          h("span", { class: "nw-score", title: SCORE_TITLE, text: `score ${fmt(score, 2)}` }),
        ),
        h("div", { class: "nw-muted nw-small", text: String(c.id) }),
        evid,
        fix,
      ),
    );
  });
  items(causes, ol);
  card.appendChild(ol);
  if (risks.length) {
    const rl = h("ol", { class: "nw-cause-list nw-risk-list" });
    items(risks, rl);
    card.append(h("h3", { class: "nw-risks-head", text: `Risks (${risks.length}): not causes of a failure, worth a look` }), rl);
  }
  const ruled = diag.ruled_out || [];
  if (ruled.length) {
    card.appendChild(
      h(
        "details",
        { class: "nw-ruled", open: causes.length <= 2 ? true : null },
        h("summary", { text: `Ruled out (${ruled.length})` }),
        h("ul", null, ruled.map((r) => h("li", { class: "nw-ruled-item", text: typeof r === "string" ? r : r.summary || r.id || JSON.stringify(r) }))),
      ),
    );
  }
  if (ruleErrors.length) {
    card.appendChild(
      h(
        "div",
        { class: "nw-rule-errors nw-small" },
        h("span", { class: "nw-warn-text", text: `Could not check (${ruleErrors.length}): ` }),
        ruleErrors.map((e, i) => h("span", { class: "nw-rule-error", title: e.error != null ? String(e.error) : null }, i ? ", " : "", h("code", { text: String(e.id) }), e.error != null ? ` (${e.error})` : "")),
      ),
    );
  }
  const na = Array.isArray(diag.not_applicable) ? diag.not_applicable.map(String) : [];
  if (na.length) card.appendChild(h("div", { class: "nw-muted nw-small nw-not-applicable", text: `Does not apply to this model: ${na.join(", ")}` }));
  const skipped = diag.skipped || [];
  if (skipped.length) {
    card.appendChild(h("div", { class: "nw-muted nw-small", text: `Not checked (what they need was not logged): ${skipped.join(", ")}` }));
  }
  return card;
}
