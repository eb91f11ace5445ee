var No='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Lo=`:root {
  --nw-bg: #ffffff;
  --nw-panel: #ffffff;
  --nw-panel2: #f5f6f8;
  --nw-border: #dfe1e5;
  --nw-fg: #202124;
  --nw-muted: #5f6368;
  --nw-grid: #e8eaed;
  --nw-accent: #f57c00;
  --nw-link: #1a73e8;
  --nw-loss: #1f77b4;
  --nw-gnorm: #9467bd;
  --nw-lr: #2ca02c;
  --nw-onset: #d50000;
  --nw-window: rgba(213, 0, 0, 0.1);
  --nw-select: #1a73e8;
  --nw-nan: #ff00c8;
  --nw-inf: #ff6a00;
  --nw-band: rgba(31, 119, 180, 0.18);
  --nw-s1: #1f77b4;
  --nw-s2: #ff7f0e;
  --nw-s3: #2ca02c;
  --nw-s4: #8c564b;
  --nw-s5: #17becf;
  --nw-s6: #7f7f7f;
  --nw-ok: #188038;
  --nw-bad: #c5221f;
  --nw-warnc: #b06000;
  --nw-stall: #5f6368;
  --nw-stalled: #8430ce;
  --nw-baseline: #3c4043;
  --nw-skip: #5f6368;
  --nw-spike: #e37400;
  --nw-rollback: #8430ce;
  color-scheme: light;
}
:root.nw-dark {
  --nw-bg: #202124;
  --nw-panel: #292a2d;
  --nw-panel2: #323438;
  --nw-border: #3c4043;
  --nw-fg: #e8eaed;
  --nw-muted: #9aa0a6;
  --nw-grid: #3c4043;
  --nw-link: #8ab4f8;
  --nw-loss: #6baed6;
  --nw-gnorm: #c5a3ff;
  --nw-onset: #ff5252;
  --nw-window: rgba(255, 82, 82, 0.16);
  --nw-select: #8ab4f8;
  --nw-band: rgba(107, 174, 214, 0.25);
  --nw-s1: #6baed6;
  --nw-s2: #fdae6b;
  --nw-s3: #74c476;
  --nw-s4: #c49c94;
  --nw-s5: #5ed6e6;
  --nw-s6: #bdbdbd;
  --nw-ok: #81c995;
  --nw-bad: #f28b82;
  --nw-warnc: #fdd663;
  --nw-stall: #bdc1c6;
  --nw-stalled: #d7aefb;
  --nw-baseline: #dadce0;
  --nw-skip: #bdc1c6;
  --nw-spike: #fdae6b;
  --nw-rollback: #d7aefb;
  color-scheme: dark;
}
html,
body {
  margin: 0;
  background: var(--nw-bg);
  color: var(--nw-fg);
  font: 13px/1.45 Roboto, system-ui, -apple-system, "Segoe UI", sans-serif;
}
.nw-page {
  padding: 12px 16px 40px;
  max-width: 1600px;
  margin: 0 auto;
}
.nw-head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  margin-bottom: 10px;
}
.nw-title {
  font-size: 18px;
  font-weight: 500;
  margin: 0;
}
.nw-sub,
.nw-muted {
  color: var(--nw-muted);
}
.nw-small {
  font-size: 11.5px;
}
.nw-spacer {
  flex: 1;
}
.nw-card {
  background: var(--nw-panel);
  border: 1px solid var(--nw-border);
  border-radius: 6px;
  padding: 10px 12px;
  margin-bottom: 12px;
  min-width: 0;
}
.nw-card h2 {
  font-size: 14px;
  font-weight: 500;
  margin: 0 0 8px;
}
.nw-card-head {
  display: flex;
  align-items: center;
  gap: 10px;
  justify-content: space-between;
}
.nw-scroll-x {
  overflow-x: auto;
}
.nw-top {
  display: grid;
  grid-template-columns: minmax(320px, 2fr) minmax(400px, 3fr);
  gap: 12px;
  align-items: start;
}
@media (max-width: 900px) {
  .nw-top {
    grid-template-columns: 1fr;
  }
}
.nw-table {
  border-collapse: collapse;
  width: 100%;
}
.nw-table th {
  text-align: left;
  font-weight: 500;
  color: var(--nw-muted);
  border-bottom: 1px solid var(--nw-border);
  padding: 6px 8px;
  white-space: nowrap;
}
.nw-table td {
  padding: 6px 8px;
  border-bottom: 1px solid var(--nw-grid);
  vertical-align: top;
}
.nw-runs tbody tr {
  cursor: pointer;
}
.nw-runs tbody tr:hover,
.nw-runs tbody tr:focus {
  background: var(--nw-panel2);
  outline: none;
}
.nw-run-name a {
  color: var(--nw-link);
  text-decoration: none;
  font-weight: 500;
  word-break: break-all;
}
.nw-onset-step {
  font-variant-numeric: tabular-nums;
  font-weight: 600;
}
.nw-num {
  font-variant-numeric: tabular-nums;
  text-align: right;
}
.nw-badge {
  display: inline-block;
  padding: 1px 8px;
  border-radius: 10px;
  font-size: 11.5px;
  font-weight: 600;
  color: #fff;
  background: var(--nw-stall);
  white-space: nowrap;
}
.nw-st-healthy {
  background: var(--nw-ok);
}
.nw-st-nonfinite {
  background: var(--nw-bad);
}
.nw-st-diverging {
  background: var(--nw-accent);
}
.nw-st-stalled {
  background: var(--nw-stalled);
}
.nw-st-loading {
  background: transparent;
  color: var(--nw-muted, #5f6368);
  border: 1px dashed var(--nw-border);
}
:root.nw-dark .nw-st-loading {
  color: var(--nw-muted, #9aa0a6);
}
.nw-loading-count {
  font-style: italic;
}
:root.nw-dark .nw-badge {
  color: #202124;
}
.nw-chip {
  display: inline-block;
  padding: 0 6px;
  margin: 0 4px 2px 0;
  border-radius: 8px;
  border: 1px solid var(--nw-border);
  font-size: 11px;
  color: var(--nw-muted);
  max-width: 360px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  vertical-align: middle;
}
.nw-warn,
.nw-chip.nw-warn {
  color: var(--nw-warnc);
  border-color: var(--nw-warnc);
}
.nw-score {
  margin-left: 6px;
  color: var(--nw-muted);
  font-variant-numeric: tabular-nums;
  font-size: 11.5px;
}
.nw-btn {
  font: inherit;
  font-size: 12px;
  padding: 3px 10px;
  border: 1px solid var(--nw-border);
  background: var(--nw-panel2);
  color: var(--nw-fg);
  border-radius: 4px;
  cursor: pointer;
  text-decoration: none;
}
.nw-btn:disabled {
  opacity: 0.5;
  cursor: default;
}
.nw-btn:hover:not(:disabled) {
  border-color: var(--nw-link);
}
.nw-linkbtn {
  font: inherit;
  background: none;
  border: none;
  padding: 0;
  color: var(--nw-link);
  cursor: pointer;
  text-align: left;
}
.nw-linkbtn:hover {
  text-decoration: underline;
}
.nw-select {
  font: inherit;
  padding: 2px 4px;
  background: var(--nw-panel2);
  color: var(--nw-fg);
  border: 1px solid var(--nw-border);
  border-radius: 4px;
  max-width: 320px;
}
code,
.nw-mono {
  font-family: "Roboto Mono", ui-monospace, Menlo, Consolas, monospace;
  font-size: 12px;
  word-break: break-all;
}
.nw-notice {
  padding: 5px 10px;
  margin-bottom: 6px;
  border-left: 3px solid var(--nw-border);
  background: var(--nw-panel2);
  border-radius: 3px;
}
.nw-notice.nw-warn {
  border-left-color: var(--nw-warnc);
  color: var(--nw-fg);
}
.nw-notice.nw-info {
  border-left-color: var(--nw-link);
}
.nw-selection {
  margin: -4px 0 10px;
  color: var(--nw-muted);
}
.nw-selection .nw-linkbtn {
  margin-left: 10px;
}
.nw-error {
  color: var(--nw-bad);
}
.nw-empty {
  color: var(--nw-muted);
  padding: 16px;
}
/* causes */
.nw-cause-list {
  list-style: none;
  margin: 0;
  padding: 0;
}
.nw-cause {
  border-top: 1px solid var(--nw-grid);
  padding: 8px 0;
}
.nw-cause:first-child {
  border-top: none;
  padding-top: 0;
}
.nw-cause-head {
  display: flex;
  align-items: center;
  gap: 8px;
}
.nw-rank {
  flex: none;
  width: 20px;
  height: 20px;
  border-radius: 50%;
  background: var(--nw-panel2);
  border: 1px solid var(--nw-border);
  text-align: center;
  line-height: 19px;
  font-size: 11px;
  font-weight: 600;
}
.nw-cause-summary {
  flex: 1;
  font-weight: 500;
}
.nw-scorebar {
  flex: none;
  width: 50px;
  height: 6px;
  border-radius: 3px;
  background: var(--nw-grid);
  overflow: hidden;
}
.nw-scorebar > span {
  display: block;
  height: 100%;
  background: var(--nw-accent);
}
.nw-evidence {
  margin: 4px 0 4px 28px;
  padding-left: 14px;
}
.nw-ev {
  margin: 2px 0;
}
.nw-fix {
  margin: 6px 0 0 28px;
  border: 1px solid var(--nw-border);
  border-radius: 4px;
  background: var(--nw-panel2);
}
.nw-fix-head {
  display: flex;
  justify-content: space-between;
  align-items: center;
  padding: 3px 6px 3px 10px;
  font-size: 11.5px;
  color: var(--nw-muted);
  border-bottom: 1px solid var(--nw-border);
}
.nw-fix pre {
  margin: 0;
  padding: 8px 10px;
  white-space: pre-wrap;
  overflow-x: auto;
}
.nw-ruled {
  margin-top: 8px;
  color: var(--nw-muted);
}
.nw-ruled ul {
  margin: 4px 0;
  padding-left: 18px;
  columns: 2;
}
.nw-ruled-item::marker {
  content: "✓ ";
  color: var(--nw-ok);
}
/* charts */
.nw-timeline {
  position: relative;
  min-height: 260px;
}
.nw-onset-label {
  position: absolute;
  top: 0;
  transform: translateX(3px);
  font-size: 11px;
  font-weight: 600;
  color: var(--nw-onset);
  pointer-events: none;
  white-space: nowrap;
}
.nw-onset-label.nw-left {
  transform: translateX(calc(-100% - 3px));
}
.nw-mark {
  position: absolute;
  transform: translateX(3px);
  font-size: 10.5px;
  font-weight: 600;
  white-space: nowrap;
  cursor: default;
}
.nw-mark.nw-left {
  transform: translateX(calc(-100% - 3px));
}
.nw-mark-spike {
  color: var(--nw-spike);
}
.nw-mark-rollback {
  color: var(--nw-rollback);
}
.nw-op {
  margin-top: 6px;
}
.nw-op code,
.nw-batch code {
  word-break: break-all;
}
.uplot,
.uplot * {
  font-family: inherit;
}
.uplot .u-legend {
  font-size: 11.5px;
  color: var(--nw-fg);
}
.nw-mini .uplot .u-legend {
  font-size: 10.5px;
  line-height: 1.2;
}
.nw-mini .u-legend .u-marker {
  width: 0.8em;
  height: 0.8em;
}
.uplot .u-select {
  background: rgba(26, 115, 232, 0.15);
}
.nw-grid-multi {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 10px;
  margin-top: 8px;
}
.nw-mini-wrap {
  min-width: 0;
}
.nw-mini-title {
  font-size: 11.5px;
  color: var(--nw-muted);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nw-mini {
  min-height: 110px;
}
.nw-layers {
  display: flex;
  flex-direction: column;
  gap: 8px;
}
.nw-layer {
  border: 1px solid var(--nw-grid);
  border-radius: 5px;
  padding: 6px 8px;
  min-height: 150px;
  /* offscreen cards skip style, layout and paint: 100 layers cost what the visible few cost */
  content-visibility: auto;
  contain-intrinsic-size: auto 190px;
}
.nw-layer.nw-sel {
  border-color: var(--nw-select);
  box-shadow: 0 0 0 1px var(--nw-select);
}
.nw-layer-bad {
  color: var(--nw-nan);
  border-color: var(--nw-nan);
  font-weight: 600;
}
.nw-layer-head {
  display: flex;
  gap: 8px;
  align-items: center;
  margin-bottom: 4px;
}
.nw-layer-name {
  font-weight: 600;
  font-family: "Roboto Mono", ui-monospace, monospace;
  word-break: break-all;
}
.nw-layer-body {
  display: grid;
  grid-template-columns: repeat(4, minmax(0, 1fr));
  gap: 10px;
}
@media (max-width: 1000px) {
  .nw-layer-body {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}
/* heatmap */
.nw-hm {
  display: flex;
  align-items: flex-start;
}
.nw-hm-labels {
  flex: none;
  width: 170px;
  overflow: hidden;
  padding-right: 6px;
}
.nw-hm-label {
  font-family: "Roboto Mono", ui-monospace, monospace;
  font-size: 10.5px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  text-align: right;
  cursor: pointer;
  color: var(--nw-muted);
}
.nw-hm-label.nw-thin {
  overflow: visible;
}
.nw-hm-label.nw-sel {
  color: var(--nw-select);
  font-weight: 600;
}
.nw-hm-plot {
  position: relative;
  flex: 1;
  min-width: 0;
}
.nw-hm-canvas {
  display: block;
  cursor: crosshair;
}
.nw-hm-axis {
  display: flex;
  justify-content: space-between;
  margin-left: 176px;
  font-size: 11px;
  color: var(--nw-muted);
}
.nw-hm-legend {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 6px 0 4px 176px;
  font-size: 11px;
  color: var(--nw-muted);
  flex-wrap: wrap;
}
.nw-sw-wrap {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}
.nw-sw {
  display: inline-block;
  width: 12px;
  height: 10px;
  border-radius: 2px;
}
.nw-sw-nan {
  background: var(--nw-nan);
}
.nw-sw-inf {
  background: var(--nw-inf);
}
.nw-sw-empty {
  background: var(--nw-grid);
}
.nw-tip {
  position: absolute;
  z-index: 10;
  pointer-events: none;
  background: var(--nw-panel);
  color: var(--nw-fg);
  border: 1px solid var(--nw-border);
  border-radius: 4px;
  padding: 5px 8px;
  font-size: 11.5px;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2);
  max-width: 320px;
}
.nw-tip-name {
  font-weight: 600;
  word-break: break-all;
}
.nw-tip-nan,
.nw-nan-text {
  color: var(--nw-nan);
  font-weight: 600;
}
.nw-tip-inf,
.nw-inf-text {
  color: var(--nw-inf);
  font-weight: 600;
}
.nw-warn-text {
  color: var(--nw-warnc);
  font-weight: 600;
}
.nw-bad-row td:first-child {
  border-left: 3px solid var(--nw-nan);
}
/* status box (a stalled run's evidence, next to its badge) */
.nw-status-box {
  padding: 6px 10px;
  margin: -2px 0 10px;
  border-left: 3px solid var(--nw-stalled);
  background: var(--nw-panel2);
  border-radius: 3px;
}
.nw-status-notes {
  margin: 4px 0;
  padding-left: 18px;
}
.nw-status-note {
  margin: 1px 0;
}
.nw-status-baseline {
  color: var(--nw-muted);
}
.nw-status-baseline b {
  color: var(--nw-fg);
}
/* reference line label (constant predictor) on a chart */
.nw-hline-label {
  position: absolute;
  right: 4px;
  transform: translateY(calc(-100% - 2px));
  max-width: calc(100% - 8px);
  font-size: 11px;
  color: var(--nw-fg);
  background: var(--nw-panel);
  opacity: 0.85;
  padding: 0 3px;
  border-radius: 2px;
  pointer-events: none;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.nw-hline-label.nw-below {
  transform: translateY(2px);
}
.nw-rule-errors {
  margin-top: 6px;
}
/* model panel */
.nw-model-grid {
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(240px, 2fr);
  gap: 12px;
  align-items: start;
}
@media (max-width: 900px) {
  .nw-model-grid {
    grid-template-columns: 1fr;
  }
}
.nw-model-layers {
  max-height: 320px;
  overflow-y: auto;
}
.nw-model-layer-table td,
.nw-model-layer-table th,
.nw-model-data td,
.nw-model-data th {
  padding: 3px 8px;
}
.nw-out-layer td {
  background: var(--nw-panel2);
  font-weight: 600;
}
.nw-out-layer td:first-child {
  box-shadow: inset 3px 0 0 var(--nw-accent);
}
.nw-out-chip {
  margin-left: 6px;
  color: var(--nw-accent);
  border-color: var(--nw-accent);
  font-weight: 500;
}
.nw-facts {
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: 4px 10px;
  margin: 0;
}
.nw-facts dt {
  color: var(--nw-muted);
}
.nw-facts dd {
  margin: 0;
  min-width: 0;
}
.nw-model-sub {
  font-size: 12.5px;
  font-weight: 500;
  margin: 10px 0 4px;
}
.nw-model-values {
  max-width: 420px;
}
.nw-model-text {
  margin-top: 8px;
  color: var(--nw-muted);
}
.nw-model-text pre {
  margin: 4px 0 0;
  white-space: pre-wrap;
  color: var(--nw-fg);
}
.nw-model-lines {
  margin: 0;
  padding-left: 18px;
}
`;var Jr=new URL("./",import.meta.url),us=class extends Error{constructor(t,n){super(n),this.status=t}};function Zr(e,t){let n=new URL(e,Jr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Bt(e,t,n){let l=await fetch(Zr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new us(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function ge(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Je(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:ge(l)}return t}var Qr="uplot",Xr="u-hz",ta="u-vt",ea="u-title",na="u-wrap",la="u-under",sa="u-over",oa="u-axis",dn="u-off",ia="u-select",ra="u-cursor-x",aa="u-cursor-y",ca="u-cursor-pt",ua="u-legend",fa="u-live",da="u-inline",pa="u-series",ha="u-marker",Ao="u-label",ma="u-value",Xn="width",tl="height";var Eo="bottom",$n="left",fs="right",Ns="#000",$o=Ns+"0",ds="mousemove",Po="mousedown",ps="mouseup",zo="mouseenter",Ro="mouseleave",Do="dblclick",wa="resize",ga="scroll",Oo="change",xl="dppxchange",Ls="--",Fn=typeof window<"u",bs=Fn?document:null,zn=Fn?window:null,ba=Fn?navigator:null,pt,ml;function xs(){let e=devicePixelRatio;pt!=e&&(pt=e,ml&&vs(Oo,ml,xs),ml=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),pn(Oo,ml,xs),zn.dispatchEvent(new CustomEvent(xl)))}function ce(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ys(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function _t(e,t,n){e.style[t]=n+"px"}function Ce(e,t,n,l){let s=bs.createElement(e);return t!=null&&ce(s,t),n?.insertBefore(s,l),s}function be(e,t){return Ce("div",e,t)}var Io=new WeakMap;function Oe(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",a=Io.get(e);i!=a&&(e.style.transform=i,Io.set(e,i),t<0||n<0||t>l||n>s?ce(e,dn):ys(e,dn))}var Fo=new WeakMap;function jo(e,t,n){let l=t+n,s=Fo.get(e);l!=s&&(Fo.set(e,l),e.style.background=t,e.style.borderColor=n)}var Wo=new WeakMap;function Vo(e,t,n,l){let s=t+""+n,i=Wo.get(e);s!=i&&(Wo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var As={passive:!0},xa={...As,capture:!0};function pn(e,t,n,l){t.addEventListener(e,n,l?xa:As)}function vs(e,t,n,l){t.removeEventListener(e,n,As)}Fn&&xs();function Te(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:ue((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function wi(e){return(n,l,s)=>{let i=-1,a=-1;for(let f=l;f<=s;f++)if(e(n[f])){i=f;break}for(let f=s;f>=l;f--)if(e(n[f])){a=f;break}return[i,a]}}var gi=e=>e!=null,bi=e=>e!=null&&e>0,kl=wi(gi),ya=wi(bi);function va(e,t,n,l=0,s=!1){let i=s?ya:kl,a=s?bi:gi;[t,n]=i(e,t,n);let f=e[t],m=e[t];if(t>-1)if(l==1)f=e[t],m=e[n];else if(l==-1)f=e[n],m=e[t];else for(let p=t;p<=n;p++){let x=e[p];a(x)&&(x<f?f=x:x>m&&(m=x))}return[f??bt,m??-bt]}function Sl(e,t,n,l){let s=Uo(e),i=Uo(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let a=n==10?We:xi,f=s==1?ue:xe,m=i==1?xe:ue,p=f(a(Pt(e))),x=m(a(Pt(t))),u=Rn(n,p),g=Rn(n,x);return n==10&&(p<0&&(u=xt(u,-p)),x<0&&(g=xt(g,-x))),l||n==2?(e=u*s,t=g*i):(e=Si(e,u),t=_l(t,g)),[e,t]}function Es(e,t,n,l){let s=Sl(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var $s=.1,Ho={mode:3,pad:$s},nl={pad:0,soft:null,mode:0},ka={min:nl,max:nl};function yl(e,t,n,l){return Ml(n)?Bo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,Bo(e,t,ka))}function ut(e,t){return e??t}function Sa(e,t,n){for(t=ut(t,0),n=ut(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Bo(e,t,n){let l=n.min,s=n.max,i=ut(l.pad,0),a=ut(s.pad,0),f=ut(l.hard,-bt),m=ut(s.hard,bt),p=ut(l.soft,bt),x=ut(s.soft,-bt),u=ut(l.mode,0),g=ut(s.mode,0),S=t-e,_=We(S),N=Xt(Pt(e),Pt(t)),C=We(N),I=Pt(C-_);(S<1e-24||I>10)&&(S=0,(e==0||t==0)&&(S=1e-24,u==2&&p!=bt&&(i=0),g==2&&x!=-bt&&(a=0)));let M=S||N||1e3,$=We(M),T=Rn(10,ue($)),q=M*(S==0?e==0?.1:1:i),y=xt(Si(e-q,T/10),24),E=e>=p&&(u==1||u==3&&y<=p||u==2&&y>=p)?p:bt,z=Xt(f,y<E&&e>=E?E:Ne(E,y)),H=M*(S==0?t==0?.1:1:a),R=xt(_l(t+H,T/10),24),v=t<=x&&(g==1||g==3&&R>=x||g==2&&R<=x)?x:-bt,K=Ne(m,R>v&&t<=v?v:Xt(v,R));return z==K&&z==0&&(K=100),[z,K]}var _a=new Intl.NumberFormat(Fn?ba.language:"en-US"),Ps=e=>_a.format(e),fe=Math,bl=fe.PI,Pt=fe.abs,ue=fe.floor,$t=fe.round,xe=fe.ceil,Ne=fe.min,Xt=fe.max,Rn=fe.pow,Uo=fe.sign,We=fe.log10,xi=fe.log2,Ma=(e,t=1)=>fe.sinh(e)*t,hs=(e,t=1)=>fe.asinh(e/t),bt=1/0;function Go(e){return(We((e^e>>31)-(e>>31))|0)+1}function ks(e,t,n){return Ne(Xt(e,t),n)}function yi(e){return typeof e=="function"}function it(e){return yi(e)?e:()=>e}var Ca=()=>{},vi=e=>e,ki=(e,t)=>t,Ta=e=>null,Ko=e=>!0,Yo=(e,t)=>e==t,Na=/\.\d*?(?=9{6,}|0{6,})/gm,hn=e=>{if(Mi(e)||Qe.has(e))return e;let t=`${e}`,n=t.match(Na);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${hn(s)}e${i}`}return xt(e,l)};function un(e,t){return hn(xt(hn(e/t))*t)}function _l(e,t){return hn(xe(hn(e/t))*t)}function Si(e,t){return hn(ue(hn(e/t))*t)}function xt(e,t=0){if(Mi(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return $t(l)/n}var Qe=new Map;function _i(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(_i);for(let a=t;a<n;a++){let f=Pt(a),m=xt(Rn(e,a),f);for(let p=0;p<l.length;p++){let x=e==10?+`${l[p]}e${a}`:l[p]*m,u=(a>=0?0:f)+(a>=i[p]?0:i[p]),g=e==10?x:xt(x,u);s.push(g),Qe.set(g,u)}}return s}var ll={},zs=[],Dn=[null,null],Ze=Array.isArray,Mi=Number.isInteger,La=e=>e===void 0;function qo(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Aa(e){return e!=null&&typeof e=="object"}var Ea=Object.getPrototypeOf(Uint8Array),Ci="__proto__";function On(e,t=Ml){let n;if(Ze(e)){let l=e.find(s=>s!=null);if(Ze(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof Ea)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Ci&&(n[l]=On(e[l],t))}else n=e;return n}function At(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Ci&&(Ml(e[s])?At(e[s],On(l[s])):e[s]=On(l[s]))}return e}var $a=0,Pa=1,za=2;function Ra(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let a=t[l];if(a>i){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<n&&e[s]==null;)e[i=s++]=null}}}function Da(e,t){if(Fa(e)){let a=e[0].slice();for(let f=1;f<e.length;f++)a.push(...e[f].slice(1));return ja(a[0])||(a=Ia(a)),a}let n=new Set;for(let a=0;a<e.length;a++){let m=e[a][0],p=m.length;for(let x=0;x<p;x++)n.add(m[x])}let l=[Array.from(n).sort((a,f)=>a-f)],s=l[0].length,i=new Map;for(let a=0;a<s;a++)i.set(l[0][a],a);for(let a=0;a<e.length;a++){let f=e[a],m=f[0];for(let p=1;p<f.length;p++){let x=f[p],u=Array(s).fill(void 0),g=t?t[a][p]:Pa,S=[];for(let _=0;_<x.length;_++){let N=x[_],C=i.get(m[_]);N===null?g!=$a&&(u[C]=N,g==za&&S.push(C)):u[C]=N}Ra(u,S,s),l.push(u)}}return l}var Oa=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ia(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,a)=>t[i]-t[a]);let s=[];for(let i=0;i<e.length;i++){let a=e[i],f=Array(n);for(let m=0;m<n;m++)f[m]=a[l[m]];s.push(f)}return s}function Fa(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function ja(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Xt(1,ue((s-l+1)/t));for(let a=e[l],f=l+i;f<=s;f+=i){let m=e[f];if(m!=null){if(m<=a)return!1;a=m}}return!0}var Ti=["January","February","March","April","May","June","July","August","September","October","November","December"],Ni=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Li(e){return e.slice(0,3)}var Wa=Ni.map(Li),Va=Ti.map(Li),Ha={MMMM:Ti,MMM:Va,WWWW:Ni,WWW:Wa};function Qn(e){return(e<10?"0":"")+e}function Ba(e){return(e<10?"00":e<100?"0":"")+e}var Ua={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ba(e.getMilliseconds())};function Rs(e,t){t=t||Ha;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ua[s[1]]:s[0]);return i=>{let a="";for(let f=0;f<n.length;f++)a+=typeof n[f]=="string"?n[f]:n[f](i,t);return a}}var Ga=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ka(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Ga?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ai=e=>e%1==0,vl=[1,2,2.5,5],Ya=sl(10,-32,0,vl),Ei=sl(10,0,32,vl),qa=Ei.filter(Ai),fn=Ya.concat(Ei),Ds=`
`,$i="{YYYY}",Jo=Ds+$i,Pi="{M}/{D}",el=Ds+Pi,wl=el+"/{YY}",zi="{aa}",Ja="{h}:{mm}",Pn=Ja+zi,Zo=Ds+Pn,Qo=":{ss}",ht=null;function Ri(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,a=s*365,m=(e==1?sl(10,0,3,vl).filter(Ai):sl(10,-3,0,vl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,$i,ht,ht,ht,ht,ht,ht,1],[s*28,"{MMM}",Jo,ht,ht,ht,ht,ht,1],[s,Pi,Jo,ht,ht,ht,ht,ht,1],[l,"{h}"+zi,wl,ht,el,ht,ht,ht,1],[n,Pn,wl,ht,el,ht,ht,ht,1],[t,Qo,wl+" "+Pn,ht,el+" "+Pn,ht,Zo,ht,1],[e,Qo+".{fff}",wl+" "+Pn,ht,el+" "+Pn,ht,Zo,ht,1]];function x(u){return(g,S,_,N,C,I)=>{let M=[],$=C>=a,T=C>=i&&C<a,q=u(_),y=xt(q*e,3),E=ms(q.getFullYear(),$?0:q.getMonth(),T||$?1:q.getDate()),z=xt(E*e,3);if(T||$){let H=T?C/i:0,R=$?C/a:0,v=y==z?y:xt(ms(E.getFullYear()+R,E.getMonth()+H,1)*e,3),K=new Date($t(v/e)),B=K.getFullYear(),J=K.getMonth();for(let U=0;v<=N;U++){let G=ms(B+R*U,J+H*U,1),j=G-u(xt(G*e,3));v=xt((+G+j)*e,3),v<=N&&M.push(v)}}else{let H=C>=s?s:C,R=ue(_)-ue(y),v=z+R+_l(y-z,H);M.push(v);let K=u(v),B=K.getHours()+K.getMinutes()/n+K.getSeconds()/l,J=C/l,U=g.axes[S]._space,G=I/U;for(;v=xt(v+C,e==1?0:3),!(v>N);)if(J>1){let j=ue(xt(B+J,6))%24,tt=u(v).getHours()-j;tt>1&&(tt=-1),v-=tt*l,B=(B+J)%24;let ot=M[M.length-1];xt((v-ot)/C,3)*G>=.7&&M.push(v)}else M.push(v)}return M}}return[m,p,x]}var[Za,Qa,Xa]=Ri(1),[tc,ec,nc]=Ri(.001);sl(2,-53,53,[1]);function Xo(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function ti(e,t){return(n,l,s,i,a)=>{let f=t.find(_=>a>=_[0])||t[t.length-1],m,p,x,u,g,S;return l.map(_=>{let N=e(_),C=N.getFullYear(),I=N.getMonth(),M=N.getDate(),$=N.getHours(),T=N.getMinutes(),q=N.getSeconds(),y=C!=m&&f[2]||I!=p&&f[3]||M!=x&&f[4]||$!=u&&f[5]||T!=g&&f[6]||q!=S&&f[7]||f[1];return m=C,p=I,x=M,u=$,g=T,S=q,y(N)})}}function lc(e,t){let n=Rs(t);return(l,s,i,a,f)=>s.map(m=>n(e(m)))}function ms(e,t,n){return new Date(e,t,n)}function ei(e,t){return t(e)}var sc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ni(e,t){return(n,l,s,i)=>i==null?Ls:t(e(l))}function oc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function ic(e,t){return e.series[t].fill(e,t)}var rc={show:!0,live:!0,isolate:!1,mount:Ca,markers:{show:!0,width:2,stroke:oc,fill:ic,dash:"solid"},idx:null,idxs:null,values:[]};function ac(e,t){let n=e.cursor.points,l=be(),s=n.size(e,t);_t(l,Xn,s),_t(l,tl,s);let i=s/-2;_t(l,"marginLeft",i),_t(l,"marginTop",i);let a=n.width(e,t,s);return a&&_t(l,"borderWidth",a),l}function cc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function uc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function fc(e,t){return e.series[t].points.size}var ws=[0,0];function dc(e,t,n){return ws[0]=t,ws[1]=n,ws}function gl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function gs(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var pc={show:!0,x:!0,y:!0,lock:!1,move:dc,points:{one:!1,show:ac,size:fc,width:0,stroke:uc,fill:cc},bind:{mousedown:gl,mouseup:gl,click:gl,dblclick:gl,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Di={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Os=At({},Di,{filter:ki}),Oi=At({},Os,{size:10}),Ii=At({},Di,{show:!1}),Is='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fi="bold "+Is,ji=1.5,li={show:!0,scale:"x",stroke:Ns,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:2,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:ji,rotate:0},hc="Value",mc="Time",si={show:!0,scale:"x",auto:!1,sorted:1,min:bt,max:-bt,idxs:[]};function wc(e,t,n,l,s){return t.map(i=>i==null?"":Ps(i))}function gc(e,t,n,l,s,i,a){let f=[],m=Qe.get(s)||0;n=a?n:xt(_l(n,s),m);for(let p=n;p<=l;p=xt(p+s,m))f.push(Object.is(p,-0)?0:p);return f}function Ss(e,t,n,l,s,i,a){let f=[],m=e.scales[e.axes[t].scale].log,p=m==10?We:xi,x=ue(p(n));s=Rn(m,x),m==10&&(s=fn[Te(s,fn)]);let u=n,g=s*m;m==10&&(g=fn[Te(g,fn)]);do f.push(u),u=u+s,m==10&&!Qe.has(u)&&(u=xt(u,Qe.get(s))),u>=g&&(s=u,g=s*m,m==10&&(g=fn[Te(g,fn)]));while(u<=l);return f}function bc(e,t,n,l,s,i,a){let m=e.scales[e.axes[t].scale].asinh,p=l>m?Ss(e,t,Xt(m,n),l,s):[m],x=l>=0&&n<=0?[0]:[];return(n<-m?Ss(e,t,Xt(m,-l),-n,s):[m]).reverse().map(g=>-g).concat(x,p)}var Wi=/./,xc=/[12357]/,yc=/[125]/,oi=/1/,_s=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function vc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=e.scales[a],m=e.valToPos,p=i._space,x=m(10,a),u=m(9,a)-x>=p?Wi:m(7,a)-x>=p?xc:m(5,a)-x>=p?yc:oi;if(u==oi){let g=Pt(m(1,a)-x);if(g<p)return _s(t.slice().reverse(),f.distr,u,xe(p/g)).reverse()}return _s(t,f.distr,u,1)}function kc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=i._space,m=e.valToPos,p=Pt(m(1,a)-m(2,a));return p<f?_s(t.slice().reverse(),3,Wi,xe(f/p)).reverse():t}function Sc(e,t,n,l){return l==null?Ls:t==null?"":Ps(t)}var ii={show:!0,scale:"y",stroke:Ns,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:3,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:ji,rotate:0};function _c(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function Mc(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),a=e.valToPos(s[l[1]],n,!0),f=Pt(a-i),m=e.series[t],p=f/(m.points.space*pt);return l[1]-l[0]<=p}var ri={scale:null,auto:!0,sorted:0,min:bt,max:-bt},Vi=(e,t,n,l,s)=>s,ai={show:!0,auto:!0,sorted:0,gaps:Vi,alpha:1,facets:[At({},ri,{scale:"x"}),At({},ri,{scale:"y"})]},ci={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Vi,alpha:1,points:{show:Mc,filter:null},values:null,min:bt,max:-bt,idxs:[],path:null,clip:null};function Cc(e,t,n,l,s){return n/10}var Hi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Tc=At({},Hi,{time:!1,ori:1}),ui={};function Bi(e,t){let n=ui[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,a,f,m,p){for(let x=0;x<n.plots.length;x++)n.plots[x]!=s&&n.plots[x].pub(l,s,i,a,f,m,p)}},e!=null&&(ui[e]=n)),n}var In=1,Ms=2;function mn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,a=e.scales,f=e.bbox,m=i[0],p=l==2?i[1]:i[t],x=l==2?a[s.facets[0].scale]:a[e.series[0].scale],u=l==2?a[s.facets[1].scale]:a[s.scale],g=f.left,S=f.top,_=f.width,N=f.height,C=e.valToPosH,I=e.valToPosV;return x.ori==0?n(s,m,p,x,u,C,I,g,S,_,N,Tl,jn,Ll,Gi,Yi):n(s,m,p,x,u,I,C,S,g,N,_,Nl,Wn,Ws,Ki,qi)}function Fs(e,t){let n=0,l=0,s=ut(e.bands,zs);for(let i=0;i<s.length;i++){let a=s[i];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Nc(e,t,n,l,s){let i=e.mode,a=e.series[t],f=i==2?a.facets[1].scale:a.scale,m=e.scales[f];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function Ve(e,t,n,l,s,i){return mn(e,t,(a,f,m,p,x,u,g,S,_,N,C)=>{let I=a.pxRound,M=p.dir*(p.ori==0?1:-1),$=p.ori==0?jn:Wn,T,q;M==1?(T=n,q=l):(T=l,q=n);let y=I(u(f[T],p,N,S)),E=I(g(m[T],x,C,_)),z=I(u(f[q],p,N,S)),H=I(g(i==1?x.max:x.min,x,C,_)),R=new Path2D(s);return $(R,z,H),$(R,y,H),$(R,y,E),R})}function Cl(e,t,n,l,s,i){let a=null;if(e.length>0){a=new Path2D;let f=t==0?Ll:Ws,m=n;for(let u=0;u<e.length;u++){let g=e[u];if(g[1]>g[0]){let S=g[0]-m;S>0&&f(a,m,l,S,l+i),m=g[1]}}let p=n+s-m,x=10;p>0&&f(a,m,l-x/2,p,l+i+x)}return a}function Lc(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function js(e,t,n,l,s,i,a){let f=[],m=e.length;for(let p=s==1?n:l;p>=n&&p<=l;p+=s)if(t[p]===null){let u=p,g=p;if(s==1)for(;++p<=l&&t[p]===null;)g=p;else for(;--p>=n&&t[p]===null;)g=p;let S=i(e[u]),_=g==u?S:i(e[g]),N=u-s;S=a<=0&&N>=0&&N<m?i(e[N]):S;let I=g+s;_=a>=0&&I>=0&&I<m?i(e[I]):_,_>=S&&f.push([S,_])}return f}function fi(e){return e==0?vi:e==1?$t:t=>un(t,e)}function Ui(e){let t=e==0?Tl:Nl,n=e==0?(s,i,a,f,m,p)=>{s.arcTo(i,a,f,m,p)}:(s,i,a,f,m,p)=>{s.arcTo(a,i,m,f,p)},l=e==0?(s,i,a,f,m)=>{s.rect(i,a,f,m)}:(s,i,a,f,m)=>{s.rect(a,i,m,f)};return(s,i,a,f,m,p=0,x=0)=>{p==0&&x==0?l(s,i,a,f,m):(p=Ne(p,f/2,m/2),x=Ne(x,f/2,m/2),t(s,i+p,a),n(s,i+f,a,i+f,a+m,p),n(s,i+f,a+m,i,a+m,x),n(s,i,a+m,i,a,x),n(s,i,a,i+f,a,p),s.closePath())}}var Tl=(e,t,n)=>{e.moveTo(t,n)},Nl=(e,t,n)=>{e.moveTo(n,t)},jn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},Ll=Ui(0),Ws=Ui(1),Gi=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Ki=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},Yi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(t,n,l,s,i,a)},qi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(n,t,s,l,a,i)};function Ji(e){return(t,n,l,s,i)=>mn(t,n,(a,f,m,p,x,u,g,S,_,N,C)=>{let{pxRound:I,points:M}=a,$,T;p.ori==0?($=Tl,T=Gi):($=Nl,T=Ki);let q=xt(M.width*pt,3),y=(M.size-M.width)/2*pt,E=xt(y*2,3),z=new Path2D,H=new Path2D,{left:R,top:v,width:K,height:B}=t.bbox;Ll(H,R-E,v-E,K+E*2,B+E*2);let J=U=>{if(m[U]!=null){let G=I(u(f[U],p,N,S)),j=I(g(m[U],x,C,_));$(z,G+y,j),T(z,G,j,y,0,bl*2)}};if(i)i.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:q>0?z:null,fill:z,clip:H,flags:In|Ms}})}function Zi(e){return(t,n,l,s,i,a)=>{l!=s&&(i!=l&&a!=l&&e(t,n,l),i!=s&&a!=s&&e(t,n,s),e(t,n,a))}}var Ac=Zi(jn),Ec=Zi(Wn);function Qi(e){let t=ut(e?.alignGaps,0);return(n,l,s,i)=>mn(n,l,(a,f,m,p,x,u,g,S,_,N,C)=>{[s,i]=kl(m,s,i);let I=a.pxRound,M=B=>I(u(B,p,N,S)),$=B=>I(g(B,x,C,_)),T,q;p.ori==0?(T=jn,q=Ac):(T=Wn,q=Ec);let y=p.dir*(p.ori==0?1:-1),E={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},z=E.stroke,H=!1;if(i-s>=N*4){let B=W=>n.posToVal(W,p.key,!0),J=null,U=null,G,j,at,nt=M(f[y==1?s:i]),tt=M(f[s]),ot=M(f[i]),Z=B(y==1?tt+1:ot-1);for(let W=y==1?s:i;W>=s&&W<=i;W+=y){let yt=f[W],mt=(y==1?yt<Z:yt>Z)?nt:M(yt),rt=m[W];mt==nt?rt!=null?(j=rt,J==null?(T(z,mt,$(j)),G=J=U=j):j<J?J=j:j>U&&(U=j)):rt===null&&(H=!0):(J!=null&&q(z,nt,$(J),$(U),$(G),$(j)),rt!=null?(j=rt,T(z,mt,$(j)),J=U=G=j):(J=U=null,rt===null&&(H=!0)),nt=mt,Z=B(nt+y))}J!=null&&J!=U&&at!=nt&&q(z,nt,$(J),$(U),$(G),$(j))}else for(let B=y==1?s:i;B>=s&&B<=i;B+=y){let J=m[B];J===null?H=!0:J!=null&&T(z,M(f[B]),$(J))}let[v,K]=Fs(n,l);if(a.fill!=null||v!=0){let B=E.fill=new Path2D(z),J=a.fillTo(n,l,a.min,a.max,v),U=$(J),G=M(f[s]),j=M(f[i]);y==-1&&([j,G]=[G,j]),T(B,j,U),T(B,G,U)}if(!a.spanGaps){let B=[];H&&B.push(...js(f,m,s,i,y,M,t)),E.gaps=B=a.gaps(n,l,s,i,B),E.clip=Cl(B,p.ori,S,_,N,C)}return K!=0&&(E.band=K==2?[Ve(n,l,s,i,z,-1),Ve(n,l,s,i,z,1)]:Ve(n,l,s,i,z,K)),E})}function $c(e){let t=ut(e.align,1),n=ut(e.ascDesc,!1),l=ut(e.alignGaps,0),s=ut(e.extend,!1);return(i,a,f,m)=>mn(i,a,(p,x,u,g,S,_,N,C,I,M,$)=>{[f,m]=kl(u,f,m);let T=p.pxRound,{left:q,width:y}=i.bbox,E=tt=>T(_(tt,g,M,C)),z=tt=>T(N(tt,S,$,I)),H=g.ori==0?jn:Wn,R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},v=R.stroke,K=g.dir*(g.ori==0?1:-1),B=z(u[K==1?f:m]),J=E(x[K==1?f:m]),U=J,G=J;s&&t==-1&&(G=q,H(v,G,B)),H(v,J,B);for(let tt=K==1?f:m;tt>=f&&tt<=m;tt+=K){let ot=u[tt];if(ot==null)continue;let Z=E(x[tt]),W=z(ot);t==1?H(v,Z,B):H(v,U,W),H(v,Z,W),B=W,U=Z}let j=U;s&&t==1&&(j=q+y,H(v,j,B));let[at,nt]=Fs(i,a);if(p.fill!=null||at!=0){let tt=R.fill=new Path2D(v),ot=p.fillTo(i,a,p.min,p.max,at),Z=z(ot);H(tt,j,Z),H(tt,G,Z)}if(!p.spanGaps){let tt=[];tt.push(...js(x,u,f,m,K,E,l));let ot=p.width*pt/2,Z=n||t==1?ot:-ot,W=n||t==-1?-ot:ot;tt.forEach(yt=>{yt[0]+=Z,yt[1]+=W}),R.gaps=tt=p.gaps(i,a,f,m,tt),R.clip=Cl(tt,g.ori,C,I,M,$)}return nt!=0&&(R.band=nt==2?[Ve(i,a,f,m,v,-1),Ve(i,a,f,m,v,1)]:Ve(i,a,f,m,v,nt)),R})}function di(e,t,n,l,s,i,a=bt){if(e.length>1){let f=null;for(let m=0,p=1/0;m<e.length;m++)if(t[m]!==void 0){if(f!=null){let x=Pt(e[m]-e[f]);x<p&&(p=x,a=Pt(n(e[m],l,s,i)-n(e[f],l,s,i)))}f=m}}return a}function Pc(e){e=e||ll;let t=ut(e.size,[.6,bt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=it(s),a=1-t[0],f=ut(t[1],bt),m=ut(t[2],1),p=ut(e.disp,ll),x=ut(e.each,S=>{}),{fill:u,stroke:g}=p;return(S,_,N,C)=>mn(S,_,(I,M,$,T,q,y,E,z,H,R,v)=>{let K=I.pxRound,B=n,J=l*pt,U=f*pt,G=m*pt,j,at;T.ori==0?[j,at]=i(S,_):[at,j]=i(S,_);let nt=T.dir*(T.ori==0?1:-1),tt=T.ori==0?Ll:Ws,ot=T.ori==0?x:(D,L,lt,ye,ve,Ee,nn)=>{x(D,L,lt,ve,ye,nn,Ee)},Z=ut(S.bands,zs).find(D=>D.series[0]==_),W=Z!=null?Z.dir:0,yt=I.fillTo(S,_,I.min,I.max,W),zt=K(E(yt,q,v,H)),mt,rt,Gt,Rt=R,gt=K(I.width*pt),Kt=!1,le=null,Yt=null,Ae=null,He=null;u!=null&&(gt==0||g!=null)&&(Kt=!0,le=u.values(S,_,N,C),Yt=new Map,new Set(le).forEach(D=>{D!=null&&Yt.set(D,new Path2D)}),gt>0&&(Ae=g.values(S,_,N,C),He=new Map,new Set(Ae).forEach(D=>{D!=null&&He.set(D,new Path2D)})));let{x0:Ie,size:en}=p;if(Ie!=null&&en!=null){B=1,M=Ie.values(S,_,N,C),Ie.unit==2&&(M=M.map(lt=>S.posToVal(z+lt*R,T.key,!0)));let D=en.values(S,_,N,C);en.unit==2?rt=D[0]*R:rt=y(D[0],T,R,z)-y(0,T,R,z),Rt=di(M,$,y,T,R,z,Rt),Gt=Rt-rt+J}else Rt=di(M,$,y,T,R,z,Rt),Gt=Rt*a+J,rt=Rt-Gt;Gt<1&&(Gt=0),gt>=rt/2&&(gt=0),Gt<5&&(K=vi);let wn=Gt>0,Fe=Rt-Gt-(wn?gt:0);rt=K(ks(Fe,G,U)),mt=(B==0?rt/2:B==nt?0:rt)-B*nt*((B==0?J/2:0)+(wn?gt/2:0));let Et={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Be=Kt?null:new Path2D,qt=null;if(Z!=null)qt=S.data[Z.series[1]];else{let{y0:D,y1:L}=p;D!=null&&L!=null&&($=L.values(S,_,N,C),qt=D.values(S,_,N,C))}let se=j*rt,et=at*rt;for(let D=nt==1?N:C;D>=N&&D<=C;D+=nt){let L=$[D];if(L==null)continue;if(qt!=null){let ee=qt[D]??0;if(L-ee==0)continue;zt=E(ee,q,v,H)}let lt=T.distr!=2||p!=null?M[D]:D,ye=y(lt,T,R,z),ve=E(ut(L,yt),q,v,H),Ee=K(ye-mt),nn=K(Xt(ve,zt)),oe=K(Ne(ve,zt)),de=nn-oe;if(L!=null){let ee=L<0?et:se,ke=L<0?se:et;Kt?(gt>0&&Ae[D]!=null&&tt(He.get(Ae[D]),Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke),le[D]!=null&&tt(Yt.get(le[D]),Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke)):tt(Be,Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke),ot(S,_,D,Ee-gt/2,oe,rt+gt,de)}}return gt>0?Et.stroke=Kt?He:Be:Kt||(Et._fill=I.width==0?I._fill:I._stroke??I._fill,Et.width=0),Et.fill=Kt?Yt:Be,Et})}function zc(e,t){let n=ut(t?.alignGaps,0);return(l,s,i,a)=>mn(l,s,(f,m,p,x,u,g,S,_,N,C,I)=>{[i,a]=kl(p,i,a);let M=f.pxRound,$=j=>M(g(j,x,C,_)),T=j=>M(S(j,u,I,N)),q,y,E;x.ori==0?(q=Tl,E=jn,y=Yi):(q=Nl,E=Wn,y=qi);let z=x.dir*(x.ori==0?1:-1),H=$(m[z==1?i:a]),R=H,v=[],K=[];for(let j=z==1?i:a;j>=i&&j<=a;j+=z)if(p[j]!=null){let nt=m[j],tt=$(nt);v.push(R=tt),K.push(T(p[j]))}let B={stroke:e(v,K,q,E,y,M),fill:null,clip:null,band:null,gaps:null,flags:In},J=B.stroke,[U,G]=Fs(l,s);if(f.fill!=null||U!=0){let j=B.fill=new Path2D(J),at=f.fillTo(l,s,f.min,f.max,U),nt=T(at);E(j,R,nt),E(j,H,nt)}if(!f.spanGaps){let j=[];j.push(...js(m,p,i,a,z,$,n)),B.gaps=j=f.gaps(l,s,i,a,j),B.clip=Cl(j,x.ori,_,N,C,I)}return G!=0&&(B.band=G==2?[Ve(l,s,i,a,J,-1),Ve(l,s,i,a,J,1)]:Ve(l,s,i,a,J,G)),B})}function Rc(e){return zc(Dc,e)}function Dc(e,t,n,l,s,i){let a=e.length;if(a<2)return null;let f=new Path2D;if(n(f,e[0],t[0]),a==2)l(f,e[1],t[1]);else{let m=Array(a),p=Array(a-1),x=Array(a-1),u=Array(a-1);for(let g=0;g<a-1;g++)x[g]=t[g+1]-t[g],u[g]=e[g+1]-e[g],p[g]=x[g]/u[g];m[0]=p[0];for(let g=1;g<a-1;g++)p[g]===0||p[g-1]===0||p[g-1]>0!=p[g]>0?m[g]=0:(m[g]=3*(u[g-1]+u[g])/((2*u[g]+u[g-1])/p[g-1]+(u[g]+2*u[g-1])/p[g]),isFinite(m[g])||(m[g]=0));m[a-1]=p[a-2];for(let g=0;g<a-1;g++)s(f,e[g]+u[g]/3,t[g]+m[g]*u[g]/3,e[g+1]-u[g]/3,t[g+1]-m[g+1]*u[g]/3,e[g+1],t[g+1])}return f}var Cs=new Set;function pi(){for(let e of Cs)e.syncRect(!0)}Fn&&(pn(wa,zn,pi),pn(ga,zn,pi,!0),pn(xl,zn,()=>{Nt.pxRatio=pt}));var Oc=Qi(),Ic=Ji();function hi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,a)=>Ts(i,a,t,n))}function Fc(e,t){return e.map((n,l)=>l==0?{}:At({},t,n))}function Ts(e,t,n,l){return At({},t==0?n:l,e)}function Xi(e,t,n){return t==null?Dn:[t,n]}var jc=Xi;function Wc(e,t,n){return t==null?Dn:yl(t,n,$s,!0)}function tr(e,t,n,l){return t==null?Dn:Sl(t,n,e.scales[l].log,!1)}var Vc=tr;function er(e,t,n,l){return t==null?Dn:Es(t,n,e.scales[l].log,!1)}var Hc=er;function Bc(e,t,n,l,s){let i=Xt(Go(e),Go(t)),a=t-e,f=Te(s/l*a,n);do{let m=n[f],p=l*m/a;if(p>=s&&i+(m<5?Qe.get(m):0)<=17)return[m,p]}while(++f<n.length);return[0,0]}function mi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=$t((n=+s)*pt))+"px"),[e,t,n]}function Uc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Nt(e,t,n){let l={mode:ut(e.mode,1)},s=l.mode;function i(o,r,c,d){let w=r.valToPct(o);return d+c*(r.dir==-1?1-w:w)}function a(o,r,c,d){let w=r.valToPct(o);return d+c*(r.dir==-1?w:1-w)}function f(o,r,c,d){return r.ori==0?i(o,r,c,d):a(o,r,c,d)}l.valToPosH=i,l.valToPosV=a;let m=!1;l.status=0;let p=l.root=be(Qr);if(e.id!=null&&(p.id=e.id),ce(p,e.class),e.title){let o=be(ea,p);o.textContent=e.title}let x=Ce("canvas"),u=l.ctx=x.getContext("2d"),g=be(na,p);pn("click",g,o=>{o.target===_&&(vt!=Tn||Mt!=Nn)&&Ht.click(l,o)},!0);let S=l.under=be(la,g);g.appendChild(x);let _=l.over=be(sa,g);e=On(e);let N=+ut(e.pxAlign,1),C=fi(N);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let I=e.ms||.001,M=l.series=s==1?hi(e.series||[],si,ci,!1):Fc(e.series||[null],ai),$=l.axes=hi(e.axes||[],li,ii,!0),T=l.scales={},q=l.bands=e.bands||[];q.forEach(o=>{o.fill=it(o.fill||null),o.dir=ut(o.dir,-1)});let y=s==2?M[1].facets[0].scale:M[0].scale,E={axes:Pr,series:Nr},z=(e.drawOrder||["axes","series"]).map(o=>E[o]);function H(o){let r=o.distr==3?c=>We(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>hs(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let d=r(c),{_min:w,_max:b}=o,k=b-w;return(d-w)/k}}function R(o){let r=T[o];if(r==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){R(c.from);let d=At({},T[c.from],c,{key:o});d.valToPct=H(d),T[o]=d}else{r=T[o]=At({},o==y?Hi:Tc,c),r.key=o;let d=r.time,w=r.range,b=Ze(w);if((o!=y||s==2&&!d)&&(b&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?Ho:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?Ho:{mode:1,hard:w[1],soft:w[1]}},b=!1),!b&&Ml(w))){let k=w;w=(A,P,O)=>P==null?Dn:yl(P,O,k)}r.range=it(w||(d?jc:o==y?r.distr==3?Vc:r.distr==4?Hc:Xi:r.distr==3?tr:r.distr==4?er:Wc)),r.auto=it(b?!1:r.auto),r.clamp=it(r.clamp||Cc),r._min=r._max=null,r.valToPct=H(r)}}}R("x"),R("y"),s==1&&M.forEach(o=>{R(o.scale)}),$.forEach(o=>{R(o.scale)});for(let o in e.scales)R(o);let v=T[y],K=v.distr,B,J;v.ori==0?(ce(p,Xr),B=i,J=a):(ce(p,ta),B=a,J=i);let U={};for(let o in T){let r=T[o];(r.min!=null||r.max!=null)&&(U[o]={min:r.min,max:r.max},r.min=r.max=null)}let G=e.tzDate||(o=>new Date($t(o/I))),j=e.fmtDate||Rs,at=I==1?Xa(G):nc(G),nt=ti(G,Xo(I==1?Qa:ec,j)),tt=ni(G,ei(sc,j)),ot=[],Z=l.legend=At({},rc,e.legend),W=l.cursor=At({},pc,{drag:{y:s==2}},e.cursor),yt=Z.show,zt=W.show,mt=Z.markers;Z.idxs=ot,mt.width=it(mt.width),mt.dash=it(mt.dash),mt.stroke=it(mt.stroke),mt.fill=it(mt.fill);let rt,Gt,Rt,gt=[],Kt=[],le,Yt=!1,Ae={};if(Z.live){let o=M[1]?M[1].values:null;Yt=o!=null,le=Yt?o(l,1,0):{_:0};for(let r in le)Ae[r]=Ls}if(yt)if(rt=Ce("table",ua,p),Rt=Ce("tbody",null,rt),Z.mount(l,rt),Yt){Gt=Ce("thead",null,rt,Rt);let o=Ce("tr",null,Gt);Ce("th",null,o);for(var He in le)Ce("th",Ao,o).textContent=He}else ce(rt,da),Z.live&&ce(rt,fa);let Ie={show:!0},en={show:!1};function wn(o,r){if(r==0&&(Yt||!Z.live||s==2))return Dn;let c=[],d=Ce("tr",pa,Rt,Rt.childNodes[r]);ce(d,o.class),o.show||ce(d,dn);let w=Ce("th",null,d);if(mt.show){let A=be(ha,w);if(r>0){let P=mt.width(l,r);P&&(A.style.border=P+"px "+mt.dash(l,r)+" "+mt.stroke(l,r)),A.style.background=mt.fill(l,r)}}let b=be(Ao,w);o.label instanceof HTMLElement?b.appendChild(o.label):b.textContent=o.label,r>0&&(mt.show||(b.style.color=o.width>0?mt.stroke(l,r):mt.fill(l,r)),Et("click",w,A=>{if(W._lock)return;sn(A);let P=M.indexOf(o);if((A.ctrlKey||A.metaKey)!=Z.isolate){let O=M.some((F,V)=>V>0&&V!=P&&F.show);M.forEach((F,V)=>{V>0&&Pe(V,O?V==P?Ie:en:Ie,!0,Lt.setSeries)})}else Pe(P,{show:!o.show},!0,Lt.setSeries)},!1),bn&&Et(zo,w,A=>{W._lock||(sn(A),Pe(M.indexOf(o),An,!0,Lt.setSeries))},!1));for(var k in le){let A=Ce("td",ma,d);A.textContent="--",c.push(A)}return[d,c]}let Fe=new Map;function Et(o,r,c,d=!0){let w=Fe.get(r)||{},b=W.bind[o](l,r,c,d);b&&(pn(o,r,w[o]=b),Fe.set(r,w))}function Be(o,r,c){let d=Fe.get(r)||{};for(let w in d)(o==null||w==o)&&(vs(w,r,d[w]),delete d[w]);o==null&&Fe.delete(r)}let qt=0,se=0,et=0,D=0,L=0,lt=0,ye=L,ve=lt,Ee=et,nn=D,oe=0,de=0,ee=0,ke=0;l.bbox={};let Wl=!1,il=!1,gn=!1,ln=!1,rl=!1,pe=!1;function Vl(o,r,c){(c||o!=l.width||r!=l.height)&&Zs(o,r),Sn(!1),gn=!0,il=!0,_n()}function Zs(o,r){l.width=qt=et=o,l.height=se=D=r,L=lt=0,vr(),kr();let c=l.bbox;oe=c.left=un(L*pt,.5),de=c.top=un(lt*pt,.5),ee=c.width=un(et*pt,.5),ke=c.height=un(D*pt,.5)}let br=3;function xr(){let o=!1,r=0;for(;!o;){r++;let c=Er(r),d=$r(r);o=r==br||c&&d,o||(Zs(l.width,l.height),il=!0)}}function yr({width:o,height:r}){Vl(o,r)}l.setSize=yr;function vr(){let o=!1,r=!1,c=!1,d=!1;$.forEach((w,b)=>{if(w.show&&w._show){let{side:k,_size:A}=w,P=k%2,O=w.label!=null?w.labelSize:0,F=A+O;F>0&&(P?(et-=F,k==3?(L+=F,d=!0):c=!0):(D-=F,k==0?(lt+=F,o=!0):r=!0))}}),on[0]=o,on[1]=c,on[2]=r,on[3]=d,et-=Ue[1]+Ue[3],L+=Ue[3],D-=Ue[2]+Ue[0],lt+=Ue[0]}function kr(){let o=L+et,r=lt+D,c=L,d=lt;function w(b,k){switch(b){case 1:return o+=k,o-k;case 2:return r+=k,r-k;case 3:return c-=k,c+k;case 0:return d-=k,d+k}}$.forEach((b,k)=>{if(b.show&&b._show){let A=b.side;b._pos=w(A,b._size),b.label!=null&&(b._lpos=w(A,b.labelSize))}})}if(W.dataIdx==null){let o=W.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let c=o.prox=it(o.prox),d=o.bias??(o.bias=0);W.dataIdx=(w,b,k,A)=>{if(b==0)return k;let P=k,O=c(w,b,k,A)??bt,F=O>=0&&O<bt,V=v.ori==0?et:D,X=W.left,dt=t[0],ct=t[b];if(r.has(ct[k])){P=null;let st=null,Q=null,Y;if(d==0||d==-1)for(Y=k;st==null&&Y-- >0;)r.has(ct[Y])||(st=Y);if(d==0||d==1)for(Y=k;Q==null&&Y++<ct.length;)r.has(ct[Y])||(Q=Y);if(st!=null||Q!=null)if(F){let St=st==null?-1/0:B(dt[st],v,V,0),Ct=Q==null?1/0:B(dt[Q],v,V,0),Wt=X-St,wt=Ct-X;Wt<=wt?Wt<=O&&(P=st):wt<=O&&(P=Q)}else P=Q==null?st:st==null?Q:k-st<=Q-k?st:Q}else F&&Pt(X-B(dt[k],v,V,0))>O&&(P=null);return P}}let sn=o=>{W.event=o};W.idxs=ot,W._lock=!1;let Ut=W.points;Ut.show=it(Ut.show),Ut.size=it(Ut.size),Ut.stroke=it(Ut.stroke),Ut.width=it(Ut.width),Ut.fill=it(Ut.fill);let $e=l.focus=At({},e.focus||{alpha:.3},W.focus),bn=$e.prox>=0,xn=bn&&Ut.one,he=[],yn=[],vn=[];function Qs(o,r){let c=Ut.show(l,r);if(c instanceof HTMLElement)return ce(c,ca),ce(c,o.class),Oe(c,-10,-10,et,D),_.insertBefore(c,he[r]),c}function Xs(o,r){if(s==1||r>0){let c=s==1&&T[o.scale].time,d=o.value;o.value=c?qo(d)?ni(G,ei(d,j)):d||tt:d||Sc,o.label=o.label||(c?mc:hc)}if(xn||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Oc||Ta,o.fillTo=it(o.fillTo||Nc),o.pxAlign=+ut(o.pxAlign,N),o.pxRound=fi(o.pxAlign),o.stroke=it(o.stroke||null),o.fill=it(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=_c(Xt(1,o.width),1),d=o.points=At({},{size:c,width:Xt(1,c*.2),stroke:o.stroke,space:c*2,paths:Ic,_stroke:null,_fill:null},o.points);d.show=it(d.show),d.filter=it(d.filter),d.fill=it(d.fill),d.stroke=it(d.stroke),d.paths=it(d.paths),d.pxAlign=o.pxAlign}if(yt){let c=wn(o,r);gt.splice(r,0,c[0]),Kt.splice(r,0,c[1]),Z.values.push(null)}if(zt){ot.splice(r,0,null);let c=null;xn?r==0&&(c=Qs(o,r)):r>0&&(c=Qs(o,r)),he.splice(r,0,c),yn.splice(r,0,0),vn.splice(r,0,0)}jt("addSeries",r)}function Sr(o,r){r=r??M.length,o=s==1?Ts(o,r,si,ci):Ts(o,r,{},ai),M.splice(r,0,o),Xs(M[r],r)}l.addSeries=Sr;function _r(o){if(M.splice(o,1),yt){Z.values.splice(o,1),Kt.splice(o,1);let r=gt.splice(o,1)[0];Be(null,r.firstChild),r.remove()}zt&&(ot.splice(o,1),he.splice(o,1)[0].remove(),yn.splice(o,1),vn.splice(o,1)),jt("delSeries",o)}l.delSeries=_r;let on=[!1,!1,!1,!1];function Mr(o,r){if(o._show=o.show,o.show){let c=o.side%2,d=T[o.scale];d==null&&(o.scale=c?M[1].scale:y,d=T[o.scale]);let w=d.time;o.size=it(o.size),o.space=it(o.space),o.rotate=it(o.rotate),Ze(o.incrs)&&o.incrs.forEach(k=>{!Qe.has(k)&&Qe.set(k,_i(k))}),o.incrs=it(o.incrs||(d.distr==2?qa:w?I==1?Za:tc:fn)),o.splits=it(o.splits||(w&&d.distr==1?at:d.distr==3?Ss:d.distr==4?bc:gc)),o.stroke=it(o.stroke),o.grid.stroke=it(o.grid.stroke),o.ticks.stroke=it(o.ticks.stroke),o.border.stroke=it(o.border.stroke);let b=o.values;o.values=Ze(b)&&!Ze(b[0])?it(b):w?Ze(b)?ti(G,Xo(b,j)):qo(b)?lc(G,b):b||nt:b||wc,o.filter=it(o.filter||(d.distr>=3&&d.log==10?vc:d.distr==3&&d.log==2?kc:ki)),o.font=mi(o.font),o.labelFont=mi(o.labelFont),o._size=o.size(l,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(on[r]=!0,o._el=be(oa,g))}}function Un(o,r,c,d){let[w,b,k,A]=c,P=r%2,O=0;return P==0&&(A||b)&&(O=r==0&&!w||r==2&&!k?$t(li.size/3):0),P==1&&(w||k)&&(O=r==1&&!b||r==3&&!A?$t(ii.size/2):0),O}let to=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>it(ut(o,Un))),Ue=l._padding=to.map((o,r)=>o(l,r,on,0)),Vt,Dt=null,Ot=null,al=s==1?M[0].idxs:null,Se=null,Gn=!1;function eo(o,r){if(t=o??[],l.data=l._data=t,s==2){Vt=0;for(let c=1;c<M.length;c++)Vt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Se=t[0],Vt=Se.length;let c=t;if(K==2){c=t.slice();let d=c[0]=Array(Vt);for(let w=0;w<Vt;w++)d[w]=w}l._data=t=c}if(Sn(!0),jt("setData"),K==2&&(gn=!0),r!==!1){let c=v;c.auto(l,Gn)?Hl():Ke(y,c.min,c.max),ln=ln||W.left>=0,pe=!0,_n()}}l.setData=eo;function Hl(){Gn=!0;let o,r;s==1&&(Vt>0?(Dt=al[0]=0,Ot=al[1]=Vt-1,o=t[0][Dt],r=t[0][Ot],K==2?(o=Dt,r=Ot):o==r&&(K==3?[o,r]=Sl(o,o,v.log,!1):K==4?[o,r]=Es(o,o,v.log,!1):v.time?r=o+$t(86400/I):[o,r]=yl(o,r,$s,!0))):(Dt=al[0]=o=null,Ot=al[1]=r=null)),Ke(y,o,r)}let cl,kn,Bl,Ul,Gl,Kl,Yl,ql,Jl,ne;function no(o,r,c,d,w,b){o??(o=$o),c??(c=zs),d??(d="butt"),w??(w=$o),b??(b="round"),o!=cl&&(u.strokeStyle=cl=o),w!=kn&&(u.fillStyle=kn=w),r!=Bl&&(u.lineWidth=Bl=r),b!=Gl&&(u.lineJoin=Gl=b),d!=Kl&&(u.lineCap=Kl=d),c!=Ul&&u.setLineDash(Ul=c)}function lo(o,r,c,d){r!=kn&&(u.fillStyle=kn=r),o!=Yl&&(u.font=Yl=o),c!=ql&&(u.textAlign=ql=c),d!=Jl&&(u.textBaseline=Jl=d)}function Zl(o,r,c,d,w=0){if(d.length>0&&o.auto(l,Gn)&&(r==null||r.min==null)){let b=ut(Dt,0),k=ut(Ot,d.length-1),A=c.min==null?va(d,b,k,w,o.distr==3):[c.min,c.max];o.min=Ne(o.min,c.min=A[0]),o.max=Xt(o.max,c.max=A[1])}}let so={min:null,max:null};function Cr(){for(let d in T){let w=T[d];U[d]==null&&(w.min==null||U[y]!=null&&w.auto(l,Gn))&&(U[d]=so)}for(let d in T){let w=T[d];U[d]==null&&w.from!=null&&U[w.from]!=null&&(U[d]=so)}U[y]!=null&&Sn(!0);let o={};for(let d in U){let w=U[d];if(w!=null){let b=o[d]=On(T[d],Aa);if(w.min!=null)At(b,w);else if(d!=y||s==2)if(Vt==0&&b.from==null){let k=b.range(l,null,null,d);b.min=k[0],b.max=k[1]}else b.min=bt,b.max=-bt}}if(Vt>0){M.forEach((d,w)=>{if(s==1){let b=d.scale,k=U[b];if(k==null)return;let A=o[b];if(w==0){let P=A.range(l,A.min,A.max,b);A.min=P[0],A.max=P[1],Dt=Te(A.min,t[0]),Ot=Te(A.max,t[0]),Ot-Dt>1&&(t[0][Dt]<A.min&&Dt++,t[0][Ot]>A.max&&Ot--),d.min=Se[Dt],d.max=Se[Ot]}else d.show&&d.auto&&Zl(A,k,d,t[w],d.sorted);d.idxs[0]=Dt,d.idxs[1]=Ot}else if(w>0&&d.show&&d.auto){let[b,k]=d.facets,A=b.scale,P=k.scale,[O,F]=t[w],V=o[A],X=o[P];V!=null&&Zl(V,U[A],b,O,b.sorted),X!=null&&Zl(X,U[P],k,F,k.sorted),d.min=k.min,d.max=k.max}});for(let d in o){let w=o[d],b=U[d];if(w.from==null&&(b==null||b.min==null)){let k=w.range(l,w.min==bt?null:w.min,w.max==-bt?null:w.max,d);w.min=k[0],w.max=k[1]}}}for(let d in o){let w=o[d];if(w.from!=null){let b=o[w.from];if(b.min==null)w.min=w.max=null;else{let k=w.range(l,b.min,b.max,d);w.min=k[0],w.max=k[1]}}}let r={},c=!1;for(let d in o){let w=o[d],b=T[d];if(b.min!=w.min||b.max!=w.max){b.min=w.min,b.max=w.max;let k=b.distr;b._min=k==3?We(b.min):k==4?hs(b.min,b.asinh):k==100?b.fwd(b.min):b.min,b._max=k==3?We(b.max):k==4?hs(b.max,b.asinh):k==100?b.fwd(b.max):b.max,r[d]=c=!0}}if(c){M.forEach((d,w)=>{s==2?w>0&&r.y&&(d._paths=null):r[d.scale]&&(d._paths=null)});for(let d in r)gn=!0,jt("setScale",d);zt&&W.left>=0&&(ln=pe=!0)}for(let d in U)U[d]=null}function Tr(o){let r=ks(Dt-1,0,Vt-1),c=ks(Ot+1,0,Vt-1);for(;o[r]==null&&r>0;)r--;for(;o[c]==null&&c<Vt-1;)c++;return[r,c]}function Nr(){if(Vt>0){let o=M.some(r=>r._focus)&&ne!=$e.alpha;o&&(u.globalAlpha=ne=$e.alpha),M.forEach((r,c)=>{if(c>0&&r.show&&(oo(c,!1),oo(c,!0),r._paths==null)){let d=ne;ne!=r.alpha&&(u.globalAlpha=ne=r.alpha);let w=s==2?[0,t[c][0].length-1]:Tr(t[c]);r._paths=r.paths(l,c,w[0],w[1]),ne!=d&&(u.globalAlpha=ne=d)}}),M.forEach((r,c)=>{if(c>0&&r.show){let d=ne;ne!=r.alpha&&(u.globalAlpha=ne=r.alpha),r._paths!=null&&io(c,!1);{let w=r._paths!=null?r._paths.gaps:null,b=r.points.show(l,c,Dt,Ot,w),k=r.points.filter(l,c,b,w);(b||k)&&(r.points._paths=r.points.paths(l,c,Dt,Ot,k),io(c,!0))}ne!=d&&(u.globalAlpha=ne=d),jt("drawSeries",c)}}),o&&(u.globalAlpha=ne=1)}}function oo(o,r){let c=r?M[o].points:M[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function io(o,r){let c=r?M[o].points:M[o],{stroke:d,fill:w,clip:b,flags:k,_stroke:A=c._stroke,_fill:P=c._fill,_width:O=c.width}=c._paths;O=xt(O*pt,3);let F=null,V=O%2/2;r&&P==null&&(P=O>0?"#fff":A);let X=c.pxAlign==1&&V>0;if(X&&u.translate(V,V),!r){let dt=oe-O/2,ct=de-O/2,st=ee+O,Q=ke+O;F=new Path2D,F.rect(dt,ct,st,Q)}r?Ql(A,O,c.dash,c.cap,P,d,w,k,b):Lr(o,A,O,c.dash,c.cap,P,d,w,k,F,b),X&&u.translate(-V,-V)}function Lr(o,r,c,d,w,b,k,A,P,O,F){let V=!1;P!=0&&q.forEach((X,dt)=>{if(X.series[0]==o){let ct=M[X.series[1]],st=t[X.series[1]],Q=(ct._paths||ll).band;Ze(Q)&&(Q=X.dir==1?Q[0]:Q[1]);let Y,St=null;ct.show&&Q&&Sa(st,Dt,Ot)?(St=X.fill(l,dt)||b,Y=ct._paths.clip):Q=null,Ql(r,c,d,w,St,k,A,P,O,F,Y,Q),V=!0}}),V||Ql(r,c,d,w,b,k,A,P,O,F)}let ro=In|Ms;function Ql(o,r,c,d,w,b,k,A,P,O,F,V){no(o,r,c,d,w),(P||O||V)&&(u.save(),P&&u.clip(P),O&&u.clip(O)),V?(A&ro)==ro?(u.clip(V),F&&u.clip(F),fl(w,k),ul(o,b,r)):A&Ms?(fl(w,k),u.clip(V),ul(o,b,r)):A&In&&(u.save(),u.clip(V),F&&u.clip(F),fl(w,k),u.restore(),ul(o,b,r)):(fl(w,k),ul(o,b,r)),(P||O||V)&&u.restore()}function ul(o,r,c){c>0&&(r instanceof Map?r.forEach((d,w)=>{u.strokeStyle=cl=w,u.stroke(d)}):r!=null&&o&&u.stroke(r))}function fl(o,r){r instanceof Map?r.forEach((c,d)=>{u.fillStyle=kn=d,u.fill(c)}):r!=null&&o&&u.fill(r)}function Ar(o,r,c,d){let w=$[o],b;if(d<=0)b=[0,0];else{let k=w._space=w.space(l,o,r,c,d),A=w._incrs=w.incrs(l,o,r,c,d,k);b=Bc(r,c,A,d,k)}return w._found=b}function Xl(o,r,c,d,w,b,k,A,P,O){let F=k%2/2;N==1&&u.translate(F,F),no(A,k,P,O,A),u.beginPath();let V,X,dt,ct,st=w+(d==0||d==3?-b:b);c==0?(X=w,ct=st):(V=w,dt=st);for(let Q=0;Q<o.length;Q++)r[Q]!=null&&(c==0?V=dt=o[Q]:X=ct=o[Q],u.moveTo(V,X),u.lineTo(dt,ct));u.stroke(),N==1&&u.translate(-F,-F)}function Er(o){let r=!0;return $.forEach((c,d)=>{if(!c.show)return;let w=T[c.scale];if(w.min==null){c._show&&(r=!1,c._show=!1,Sn(!1));return}else c._show||(r=!1,c._show=!0,Sn(!1));let b=c.side,k=b%2,{min:A,max:P}=w,[O,F]=Ar(d,A,P,k==0?et:D);if(F==0)return;let V=w.distr==2,X=c._splits=c.splits(l,d,A,P,O,F,V),dt=w.distr==2?X.map(Y=>Se[Y]):X,ct=w.distr==2?Se[X[1]]-Se[X[0]]:O,st=c._values=c.values(l,c.filter(l,dt,d,F,ct),d,F,ct);c._rotate=b==2?c.rotate(l,st,d,F):0;let Q=c._size;c._size=xe(c.size(l,st,d,o)),Q!=null&&c._size!=Q&&(r=!1)}),r}function $r(o){let r=!0;return to.forEach((c,d)=>{let w=c(l,d,on,o);w!=Ue[d]&&(r=!1),Ue[d]=w}),r}function Pr(){for(let o=0;o<$.length;o++){let r=$[o];if(!r.show||!r._show)continue;let c=r.side,d=c%2,w,b,k=r.stroke(l,o),A=c==0||c==3?-1:1,[P,O]=r._found;if(r.label!=null){let Zt=r.labelGap*A,ae=$t((r._lpos+Zt)*pt);lo(r.labelFont[0],k,"center",c==2?"top":Eo),u.save(),d==1?(w=b=0,u.translate(ae,$t(de+ke/2)),u.rotate((c==3?-bl:bl)/2)):(w=$t(oe+ee/2),b=ae);let cn=yi(r.label)?r.label(l,o,P,O):r.label;u.fillText(cn,w,b),u.restore()}if(O==0)continue;let F=T[r.scale],V=d==0?ee:ke,X=d==0?oe:de,dt=r._splits,ct=F.distr==2?dt.map(Zt=>Se[Zt]):dt,st=F.distr==2?Se[dt[1]]-Se[dt[0]]:P,Q=r.ticks,Y=r.border,St=Q.show?Q.size:0,Ct=$t(St*pt),Wt=$t((r.alignTo==2?r._size-St-r.gap:r.gap)*pt),wt=r._rotate*-bl/180,Tt=C(r._pos*pt),ie=(Ct+Wt)*A,Jt=Tt+ie;b=d==0?Jt:0,w=d==1?Jt:0;let me=r.font[0],_e=r.align==1?$n:r.align==2?fs:wt>0?$n:wt<0?fs:d==0?"center":c==3?fs:$n,Re=wt||d==1?"middle":c==2?"top":Eo;lo(me,k,_e,Re);let re=r.font[1]*r.lineGap,we=dt.map(Zt=>C(f(Zt,F,V,X))),Me=r._values;for(let Zt=0;Zt<Me.length;Zt++){let ae=Me[Zt];if(ae!=null){d==0?w=we[Zt]:b=we[Zt],ae=""+ae;let cn=ae.indexOf(`
`)==-1?[ae]:ae.split(/\n/gm);for(let Qt=0;Qt<cn.length;Qt++){let To=cn[Qt];wt?(u.save(),u.translate(w,b+Qt*re),u.rotate(wt),u.fillText(To,0,0),u.restore()):u.fillText(To,w,b+Qt*re)}}}Q.show&&Xl(we,Q.filter(l,ct,o,O,st),d,c,Tt,Ct,xt(Q.width*pt,3),Q.stroke(l,o),Q.dash,Q.cap);let De=r.grid;De.show&&Xl(we,De.filter(l,ct,o,O,st),d,d==0?2:1,d==0?de:oe,d==0?ke:ee,xt(De.width*pt,3),De.stroke(l,o),De.dash,De.cap),Y.show&&Xl([Tt],[1],d==0?1:0,d==0?1:2,d==1?de:oe,d==1?ke:ee,xt(Y.width*pt,3),Y.stroke(l,o),Y.dash,Y.cap)}jt("drawAxes")}function Sn(o){M.forEach((r,c)=>{c>0&&(r._paths=null,o&&(s==1?(r.min=null,r.max=null):r.facets.forEach(d=>{d.min=null,d.max=null})))})}let dl=!1,ts=!1,Kn=[];function zr(){ts=!1;for(let o=0;o<Kn.length;o++)jt(...Kn[o]);Kn.length=0}function _n(){dl||(Oa(ao),dl=!0)}function Rr(o,r=!1){dl=!0,ts=r,o(l),ao(),r&&Kn.length>0&&queueMicrotask(zr)}l.batch=Rr;function ao(){if(Wl&&(Cr(),Wl=!1),gn&&(xr(),gn=!1),il){if(_t(S,$n,L),_t(S,"top",lt),_t(S,Xn,et),_t(S,tl,D),_t(_,$n,L),_t(_,"top",lt),_t(_,Xn,et),_t(_,tl,D),_t(g,Xn,qt),_t(g,tl,se),x.width=$t(qt*pt),x.height=$t(se*pt),$.forEach(({_el:o,_show:r,_size:c,_pos:d,side:w})=>{if(o!=null)if(r){let b=w===3||w===0?c:0,k=w%2==1;_t(o,k?"left":"top",d-b),_t(o,k?"width":"height",c),_t(o,k?"top":"left",k?lt:L),_t(o,k?"height":"width",k?D:et),ys(o,dn)}else ce(o,dn)}),cl=kn=Bl=Gl=Kl=Yl=ql=Jl=Ul=null,ne=1,Jn(!0),L!=ye||lt!=ve||et!=Ee||D!=nn){Sn(!1);let o=et/Ee,r=D/nn;if(zt&&!ln&&W.left>=0){W.left*=o,W.top*=r,Mn&&Oe(Mn,$t(W.left),0,et,D),Cn&&Oe(Cn,0,$t(W.top),et,D);for(let c=0;c<he.length;c++){let d=he[c];d!=null&&(yn[c]*=o,vn[c]*=r,Oe(d,xe(yn[c]),xe(vn[c]),et,D))}}if(kt.show&&!rl&&kt.left>=0&&kt.width>0){kt.left*=o,kt.width*=o,kt.top*=r,kt.height*=r;for(let c in is)_t(Ln,c,kt[c])}ye=L,ve=lt,Ee=et,nn=D}jt("setSize"),il=!1}qt>0&&se>0&&(u.clearRect(0,0,x.width,x.height),jt("drawClear"),z.forEach(o=>o()),jt("draw")),kt.show&&rl&&(pl(kt),rl=!1),zt&&ln&&(an(null,!0,!1),ln=!1),Z.show&&Z.live&&pe&&(ss(),pe=!1),m||(m=!0,l.status=1,jt("ready")),Gn=!1,dl=!1}l.redraw=(o,r)=>{gn=r||!1,o!==!1?Ke(y,v.min,v.max):_n()};function es(o,r){let c=T[o];if(c.from==null){if(Vt==0){let d=c.range(l,r.min,r.max,o);r.min=d[0],r.max=d[1]}if(r.min>r.max){let d=r.min;r.min=r.max,r.max=d}if(Vt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==y&&c.distr==2&&Vt>0&&(r.min=Te(r.min,t[0]),r.max=Te(r.max,t[0]),r.min==r.max&&r.max++),U[o]=r,Wl=!0,_n()}}l.setScale=es;let ns,ls,Mn,Cn,co,uo,Tn,Nn,fo,po,vt,Mt,Ge=!1,Ht=W.drag,It=Ht.x,Ft=Ht.y;zt&&(W.x&&(ns=be(ra,_)),W.y&&(ls=be(aa,_)),v.ori==0?(Mn=ns,Cn=ls):(Mn=ls,Cn=ns),vt=W.left,Mt=W.top);let kt=l.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=kt.show?be(ia,kt.over?_:S):null;function pl(o,r){if(kt.show){for(let c in o)kt[c]=o[c],c in is&&_t(Ln,c,o[c]);r!==!1&&jt("setSelect")}}l.setSelect=pl;function Dr(o){if(M[o].show)yt&&ys(gt[o],dn);else if(yt&&ce(gt[o],dn),zt){let c=xn?he[0]:he[o];c!=null&&Oe(c,-10,-10,et,D)}}function Ke(o,r,c){es(o,{min:r,max:c})}function Pe(o,r,c,d){r.focus!=null&&Wr(o),r.show!=null&&M.forEach((w,b)=>{b>0&&(o==b||o==null)&&(w.show=r.show,Dr(b),s==2?(Ke(w.facets[0].scale,null,null),Ke(w.facets[1].scale,null,null)):Ke(w.scale,null,null),_n())}),c!==!1&&jt("setSeries",o,r),d&&Zn("setSeries",l,o,r)}l.setSeries=Pe;function Or(o,r){At(q[o],r)}function Ir(o,r){o.fill=it(o.fill||null),o.dir=ut(o.dir,-1),r=r??q.length,q.splice(r,0,o)}function Fr(o){o==null?q.length=0:q.splice(o,1)}l.addBand=Ir,l.setBand=Or,l.delBand=Fr;function jr(o,r){M[o].alpha=r,zt&&he[o]!=null&&(he[o].style.opacity=r),yt&&gt[o]&&(gt[o].style.opacity=r)}let je,Ye,rn,An={focus:!0};function Wr(o){if(o!=rn){let r=o==null,c=$e.alpha!=1;M.forEach((d,w)=>{if(s==1||w>0){let b=r||w==0||w==o;d._focus=r?null:b,c&&jr(w,b?1:$e.alpha)}}),rn=o,c&&_n()}}yt&&bn&&Et(Ro,rt,o=>{W._lock||(sn(o),rn!=null&&Pe(null,An,!0,Lt.setSeries))});function ze(o,r,c){let d=T[r];c&&(o=o/pt-(d.ori==1?lt:L));let w=et;d.ori==1&&(w=D,o=w-o),d.dir==-1&&(o=w-o);let b=d._min,k=d._max,A=o/w,P=b+(k-b)*A,O=d.distr;return O==3?Rn(10,P):O==4?Ma(P,d.asinh):O==100?d.bwd(P):P}function Vr(o,r){let c=ze(o,y,r);return Te(c,t[0],Dt,Ot)}l.valToIdx=o=>Te(o,t[0]),l.posToIdx=Vr,l.posToVal=ze,l.valToPos=(o,r,c)=>T[r].ori==0?i(o,T[r],c?ee:et,c?oe:0):a(o,T[r],c?ke:D,c?de:0),l.setCursor=(o,r,c)=>{vt=o.left,Mt=o.top,an(null,r,c)};function ho(o,r){_t(Ln,$n,kt.left=o),_t(Ln,Xn,kt.width=r)}function mo(o,r){_t(Ln,"top",kt.top=o),_t(Ln,tl,kt.height=r)}let Yn=v.ori==0?ho:mo,qn=v.ori==1?ho:mo;function Hr(){if(yt&&Z.live)for(let o=s==2?1:0;o<M.length;o++){if(o==0&&Yt)continue;let r=Z.values[o],c=0;for(let d in r)Kt[o][c++].firstChild.nodeValue=r[d]}}function ss(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((c,d)=>{ot[d]=c}):La(o.idx)||ot.fill(o.idx),Z.idx=ot[0]),yt&&Z.live){for(let c=0;c<M.length;c++)(c>0||s==1&&!Yt)&&Br(c,ot[c]);Hr()}pe=!1,r!==!1&&jt("setLegend")}l.setLegend=ss;function Br(o,r){let c=M[o],d=o==0&&K==2?Se:t[o],w;Yt?w=c.values(l,o,r)??Ae:(w=c.value(l,r==null?null:d[r],o,r),w=w==null?Ae:{_:w}),Z.values[o]=w}function an(o,r,c){fo=vt,po=Mt,[vt,Mt]=W.move(l,vt,Mt),W.left=vt,W.top=Mt,zt&&(Mn&&Oe(Mn,$t(vt),0,et,D),Cn&&Oe(Cn,0,$t(Mt),et,D));let d,w=Dt>Ot;je=bt,Ye=null;let b=v.ori==0?et:D,k=v.ori==1?et:D;if(vt<0||Vt==0||w){d=W.idx=null;for(let A=0;A<M.length;A++){let P=he[A];P!=null&&Oe(P,-10,-10,et,D)}bn&&Pe(null,An,!0,o==null&&Lt.setSeries),Z.live&&(ot.fill(d),pe=!0)}else{let A,P,O;s==1&&(A=v.ori==0?vt:Mt,P=ze(A,y),d=W.idx=Te(P,t[0],Dt,Ot),O=B(t[0][d],v,b,0));let F=-10,V=-10,X=0,dt=0,ct=!0,st="",Q="";for(let Y=s==2?1:0;Y<M.length;Y++){let St=M[Y],Ct=ot[Y],Wt=Ct==null?null:s==1?t[Y][Ct]:t[Y][1][Ct],wt=W.dataIdx(l,Y,d,P),Tt=wt==null?null:s==1?t[Y][wt]:t[Y][1][wt];if(pe=pe||Tt!=Wt||wt!=Ct,ot[Y]=wt,Y>0&&St.show){let ie=wt==null?-10:wt==d?O:B(s==1?t[0][wt]:t[Y][0][wt],v,b,0),Jt=Tt==null?-10:J(Tt,s==1?T[St.scale]:T[St.facets[1].scale],k,0);if(bn&&Tt!=null){let me=v.ori==1?vt:Mt,_e=Pt($e.dist(l,Y,wt,Jt,me));if(_e<je){let Re=$e.bias;if(Re!=0){let re=ze(me,St.scale),we=Tt>=0?1:-1,Me=re>=0?1:-1;Me==we&&(Me==1?Re==1?Tt>=re:Tt<=re:Re==1?Tt<=re:Tt>=re)&&(je=_e,Ye=Y)}else je=_e,Ye=Y}}if(pe||xn){let me,_e;v.ori==0?(me=ie,_e=Jt):(me=Jt,_e=ie);let Re,re,we,Me,De,Zt,ae=!0,cn=Ut.bbox;if(cn!=null){ae=!1;let Qt=cn(l,Y);we=Qt.left,Me=Qt.top,Re=Qt.width,re=Qt.height}else we=me,Me=_e,Re=re=Ut.size(l,Y);if(Zt=Ut.fill(l,Y),De=Ut.stroke(l,Y),xn)Y==Ye&&je<=$e.prox&&(F=we,V=Me,X=Re,dt=re,ct=ae,st=Zt,Q=De);else{let Qt=he[Y];Qt!=null&&(yn[Y]=we,vn[Y]=Me,Vo(Qt,Re,re,ae),jo(Qt,Zt,De),Oe(Qt,xe(we),xe(Me),et,D))}}}}if(xn){let Y=$e.prox,St=rn==null?je<=Y:je>Y||Ye!=rn;if(pe||St){let Ct=he[0];Ct!=null&&(yn[0]=F,vn[0]=V,Vo(Ct,X,dt,ct),jo(Ct,st,Q),Oe(Ct,xe(F),xe(V),et,D))}}}if(kt.show&&Ge)if(o!=null){let[A,P]=Lt.scales,[O,F]=Lt.match,[V,X]=o.cursor.sync.scales,dt=o.cursor.drag;if(It=dt._x,Ft=dt._y,It||Ft){let{left:ct,top:st,width:Q,height:Y}=o.select,St=o.scales[V].ori,Ct=o.posToVal,Wt,wt,Tt,ie,Jt,me=A!=null&&O(A,V),_e=P!=null&&F(P,X);me&&It?(St==0?(Wt=ct,wt=Q):(Wt=st,wt=Y),Tt=T[A],ie=B(Ct(Wt,V),Tt,b,0),Jt=B(Ct(Wt+wt,V),Tt,b,0),Yn(Ne(ie,Jt),Pt(Jt-ie))):Yn(0,b),_e&&Ft?(St==1?(Wt=ct,wt=Q):(Wt=st,wt=Y),Tt=T[P],ie=J(Ct(Wt,X),Tt,k,0),Jt=J(Ct(Wt+wt,X),Tt,k,0),qn(Ne(ie,Jt),Pt(Jt-ie))):qn(0,k)}else rs()}else{let A=Pt(fo-co),P=Pt(po-uo);if(v.ori==1){let X=A;A=P,P=X}It=Ht.x&&A>=Ht.dist,Ft=Ht.y&&P>=Ht.dist;let O=Ht.uni;O!=null?It&&Ft&&(It=A>=O,Ft=P>=O,!It&&!Ft&&(P>A?Ft=!0:It=!0)):Ht.x&&Ht.y&&(It||Ft)&&(It=Ft=!0);let F,V;It&&(v.ori==0?(F=Tn,V=vt):(F=Nn,V=Mt),Yn(Ne(F,V),Pt(V-F)),Ft||qn(0,k)),Ft&&(v.ori==1?(F=Tn,V=vt):(F=Nn,V=Mt),qn(Ne(F,V),Pt(V-F)),It||Yn(0,b)),!It&&!Ft&&(Yn(0,0),qn(0,0))}if(Ht._x=It,Ht._y=Ft,o==null){if(c){if(Co!=null){let[A,P]=Lt.scales;Lt.values[0]=A!=null?ze(v.ori==0?vt:Mt,A):null,Lt.values[1]=P!=null?ze(v.ori==1?vt:Mt,P):null}Zn(ds,l,vt,Mt,et,D,d)}if(bn){let A=c&&Lt.setSeries,P=$e.prox;rn==null?je<=P&&Pe(Ye,An,!0,A):je>P?Pe(null,An,!0,A):Ye!=rn&&Pe(Ye,An,!0,A)}}pe&&(Z.idx=d,ss()),r!==!1&&jt("setCursor")}let qe=null;Object.defineProperty(l,"rect",{get(){return qe==null&&Jn(!1),qe}});function Jn(o=!1){o?qe=null:(qe=_.getBoundingClientRect(),jt("syncRect",qe))}function wo(o,r,c,d,w,b,k){W._lock||Ge&&o!=null&&o.movementX==0&&o.movementY==0||(os(o,r,c,d,w,b,k,!1,o!=null),o!=null?an(null,!0,!0):an(r,!0,!1))}function os(o,r,c,d,w,b,k,A,P){if(qe==null&&Jn(!1),sn(o),o!=null)c=o.clientX-qe.left,d=o.clientY-qe.top;else{if(c<0||d<0){vt=-10,Mt=-10;return}let[O,F]=Lt.scales,V=r.cursor.sync,[X,dt]=V.values,[ct,st]=V.scales,[Q,Y]=Lt.match,St=r.axes[0].side%2==1,Ct=v.ori==0?et:D,Wt=v.ori==1?et:D,wt=St?b:w,Tt=St?w:b,ie=St?d:c,Jt=St?c:d;if(ct!=null?c=Q(O,ct)?f(X,T[O],Ct,0):-10:c=Ct*(ie/wt),st!=null?d=Y(F,st)?f(dt,T[F],Wt,0):-10:d=Wt*(Jt/Tt),v.ori==1){let me=c;c=d,d=me}}P&&(r==null||r.cursor.event.type==ds)&&((c<=1||c>=et-1)&&(c=un(c,et)),(d<=1||d>=D-1)&&(d=un(d,D))),A?(co=c,uo=d,[Tn,Nn]=W.move(l,c,d)):(vt=c,Mt=d)}let is={width:0,height:0,left:0,top:0};function rs(){pl(is,!1)}let go,bo,xo,yo;function vo(o,r,c,d,w,b,k){Ge=!0,It=Ft=Ht._x=Ht._y=!1,os(o,r,c,d,w,b,k,!0,!1),o!=null&&(Et(ps,bs,ko,!1),Zn(Po,l,Tn,Nn,et,D,null));let{left:A,top:P,width:O,height:F}=kt;go=A,bo=P,xo=O,yo=F}function ko(o,r,c,d,w,b,k){Ge=Ht._x=Ht._y=!1,os(o,r,c,d,w,b,k,!1,!0);let{left:A,top:P,width:O,height:F}=kt,V=O>0||F>0,X=go!=A||bo!=P||xo!=O||yo!=F;if(V&&X&&pl(kt),Ht.setScale&&V&&X){let dt=A,ct=O,st=P,Q=F;if(v.ori==1&&(dt=P,ct=F,st=A,Q=O),It&&Ke(y,ze(dt,y),ze(dt+ct,y)),Ft)for(let Y in T){let St=T[Y];Y!=y&&St.from==null&&St.min!=bt&&Ke(Y,ze(st+Q,Y),ze(st,Y))}rs()}else W.lock&&(W._lock=!W._lock,an(r,!0,o!=null));o!=null&&(Be(ps,bs),Zn(ps,l,vt,Mt,et,D,null))}function Ur(o,r,c,d,w,b,k){if(W._lock)return;sn(o);let A=Ge;if(Ge){let P=!0,O=!0,F=10,V,X;v.ori==0?(V=It,X=Ft):(V=Ft,X=It),V&&X&&(P=vt<=F||vt>=et-F,O=Mt<=F||Mt>=D-F),V&&P&&(vt=vt<Tn?0:et),X&&O&&(Mt=Mt<Nn?0:D),an(null,!0,!0),Ge=!1}vt=-10,Mt=-10,ot.fill(null),an(null,!0,!0),A&&(Ge=A)}function So(o,r,c,d,w,b,k){W._lock||(sn(o),Hl(),rs(),o!=null&&Zn(Do,l,vt,Mt,et,D,null))}function _o(){$.forEach(Uc),Vl(l.width,l.height,!0)}pn(xl,zn,_o);let En={};En.mousedown=vo,En.mousemove=wo,En.mouseup=ko,En.dblclick=So,En.setSeries=(o,r,c,d)=>{let w=Lt.match[2];c=w(l,r,c),c!=-1&&Pe(c,d,!0,!1)},zt&&(Et(Po,_,vo),Et(ds,_,wo),Et(zo,_,o=>{sn(o),Jn(!1)}),Et(Ro,_,Ur),Et(Do,_,So),Cs.add(l),l.syncRect=Jn);let hl=l.hooks=e.hooks||{};function jt(o,r,c){ts?Kn.push([o,r,c]):o in hl&&hl[o].forEach(d=>{d.call(null,l,r,c)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)hl[r]=(hl[r]||[]).concat(o.hooks[r])});let Mo=(o,r,c)=>c,Lt=At({key:null,setSeries:!1,filters:{pub:Ko,sub:Ko},scales:[y,M[1]?M[1].scale:null],match:[Yo,Yo,Mo],values:[null,null]},W.sync);Lt.match.length==2&&Lt.match.push(Mo),W.sync=Lt;let Co=Lt.key,as=Bi(Co);function Zn(o,r,c,d,w,b,k){Lt.filters.pub(o,r,c,d,w,b,k)&&as.pub(o,r,c,d,w,b,k)}as.sub(l);function Gr(o,r,c,d,w,b,k){Lt.filters.sub(o,r,c,d,w,b,k)&&En[o](null,r,c,d,w,b,k)}l.pub=Gr;function Kr(){as.unsub(l),Cs.delete(l),Fe.clear(),vs(xl,zn,_o),p.remove(),rt?.remove(),jt("destroy")}l.destroy=Kr;function cs(){jt("init",e,t),eo(t||e.data,!1),U[y]?es(y,U[y]):Hl(),rl=kt.show&&(kt.width>0||kt.height>0),ln=pe=!0,Vl(e.width,e.height)}return M.forEach(Xs),$.forEach(Mr),n?n instanceof HTMLElement?(n.appendChild(p),cs()):n(l,cs):cs(),l}Nt.assign=At;Nt.fmtNum=Ps;Nt.rangeNum=yl;Nt.rangeLog=Sl;Nt.rangeAsinh=Es;Nt.orient=mn;Nt.pxRatio=pt;Nt.join=Da;Nt.fmtDate=Rs,Nt.tzDate=Ka;Nt.sync=Bi;{Nt.addGap=Lc,Nt.clipGaps=Cl;let e=Nt.paths={points:Ji};e.linear=Qi,e.stepped=$c,e.bars=Pc,e.spline=Rc}function ft(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function nr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,t.classList.toggle("nw-dark",a),e&&e(a))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function Vn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback")}}var Vs=new Set;function Al(e){for(let t of[...Vs])(!e||e.contains(t.el))&&t.destroy()}function Gc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Xe=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Vs.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Vs.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Vn(),l=t.series.map(y=>[y.steps,y.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(y=>y[0]===l[0][0])?s=[l[0][0],...l.map(y=>y[1])]:s=Nt.join(l);let i=Array.from(s[0]),a=s.slice(1).map(y=>Array.from(y));this.raw=a,this.xs=i;let f=[...new Set(t.series.map(y=>y.scale||"y"))],m={};for(let y of f)m[y]=!!t.log&&t.series.some((E,z)=>(E.scale||"y")===y&&a[z].some(Gc));let p=a.map((y,E)=>{let z=t.series[E].scale||"y",H=m[z],R=new Array(y.length);for(let v=0;v<y.length;v++){let K=y[v];K===void 0?R[v]=void 0:K===null||!Number.isFinite(K)||H&&K<=0?R[v]=null:R[v]=K}return R}),x=[];for(let y=0;y<i.length;y++){let E=null;for(let z of a){let H=z[y];if(typeof H=="number"&&!Number.isFinite(H)&&(E=Number.isNaN(H)?"nan":"inf",E==="nan"))break}E&&x.push([i[y],E])}this.bad=x;let u=[];for(let y of t.hlines||[]){let E=y.scale||"y",z=Number(y.value);!f.includes(E)||!Number.isFinite(z)||m[E]&&z<=0||!i.length||(u.push({...y,value:z,scale:E}),a.push(i.map(()=>z)),p.push(i.map(()=>z)))}this.hlines=u;let g={x:{time:!1,range:(y,E,z)=>this._xRange(E,z)}};for(let y of f)g[y]=m[y]?{distr:3,log:10,range:(E,z,H)=>z==null?[.001,1]:Nt.rangeLog(z,H,10,!0)}:{range:(E,z,H)=>{if(z==null)return[0,1];if(H-z<=1e-6*Math.max(Math.abs(z),Math.abs(H))){let R=(z+H)/2;return[R-Math.abs(R||1)*.5,R+Math.abs(R||1)*.5]}return Nt.rangeNum(z,H,.1,!0)}};let S="11px system-ui, sans-serif",_=(y,E)=>({scale:y,side:E,stroke:n.muted,font:S,size:(z,H)=>{let R=0;for(let v of H||[])R=Math.max(R,String(v).length);return Math.max(t.compact?30:40,Math.ceil(R*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:E!==1},ticks:{stroke:n.grid,width:1,size:4},values:(z,H)=>H.map(R=>R==null?"":ft(R,2))}),N=[{stroke:n.muted,font:S,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(y,E)=>E.map(z=>z==null?"":String(Math.round(z)))}];f.forEach((y,E)=>N.push(_(y,E===0?3:1)));let C=[{label:"step",value:(y,E)=>E==null?"–":String(Math.round(E))},...t.series.map((y,E)=>({label:y.label,scale:y.scale||"y",stroke:y.color||n.series[E%n.series.length],width:y.width||1.5,dash:y.dash,spanGaps:!1,points:{show:(z,H,R,v)=>v-R<40,size:4},value:(z,H,R,v)=>v==null?"–":ft(this.raw[R-1][v])})),...u.map(y=>({label:y.label,scale:y.scale,stroke:y.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>ft(y.value)}))],I=[],M=t.series.findIndex(y=>y.band==="hi"),$=t.series.findIndex(y=>y.band==="lo");M>=0&&$>=0&&I.push({series:[M+1,$+1],fill:n.band});let T=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:g,axes:N,series:C,bands:I,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[y=>T._drawOverlay(y)],setSelect:[y=>{let E=y.select;if(E.width>4&&t.onRange){let z=Math.round(y.posToVal(E.left,"x")),H=Math.round(y.posToVal(E.left+E.width,"x"));y.setSelect({left:0,top:0,width:0,height:0},!1),T._dragged=!0,t.onRange(z,H)}}],ready:[y=>T._ready(y)]}};this.u=new Nt(q,[i,...p],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.markLabels=(n.marks||[]).filter(i=>i.kind!=="skip").map((i,a)=>{let f=document.createElement("div");return f.className=`nw-mark nw-mark-${i.kind}`,f.style.top=`${14+13*(a%3)}px`,f.dataset.kind=i.kind,f.dataset.step=String(i.step),f.textContent=i.kind==="rollback"?"rollback":"spike",f.title=i.title||"",l.appendChild(f),[f,i]}),this.hlineLabels=this.hlines.map(i=>{let a=document.createElement("div");return a.className="nw-hline-label",a.dataset.value=String(i.value),a.textContent=i.text||i.label,a.title=i.text||i.label,l.appendChild(a),a}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let a=t.cursor.left;if(a==null||a<0)return;let f=Math.round(t.posToVal(a,"x"));n.onStep(this._nearestStep(f))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u)return;(this.hlineLabels||[]).forEach((s,i)=>{let a=this.hlines[i],f=this.u.valToPos(a.value,a.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=f>=0&&f<=m+.5?"":"none",s.style.top=`${f}px`,s.classList.toggle("nw-below",f<16),s.dataset.y=String(f)});let t=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio;for(let[s,i]of this.markLabels||[]){let a=this.u.valToPos(i.step,"x");s.style.display=a>=0&&a<=t+.5?"":"none",s.style.left=`${a}px`,s.classList.toggle("nw-left",a>t-60)}if(!this.onsetLabel)return;let n=this.u.valToPos(this.opts.onset,"x"),l=n>=0&&n<=t+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${n}px`,this.onsetLabel.classList.toggle("nw-left",n>t-70),this.onsetLabel.dataset.x=String(n)}_drawOverlay(t){let n=this.opts,l=Vn(),s=t.ctx,{left:i,top:a,width:f,height:m}=t.bbox,p=devicePixelRatio||1,x=u=>t.valToPos(u,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,a,f,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let u=Math.max(i,x(n.windowStart)),g=Math.min(i+f,x(n.onset));g>u&&(s.fillStyle=l.window,s.fillRect(u,a,g-u,m))}for(let u of n.marks||[]){let g=Math.round(x(u.step))+.5;if(s.strokeStyle=s.fillStyle=l[u.kind]||l.muted,u.kind==="skip"){s.beginPath(),s.moveTo(g,a+m),s.lineTo(g-4*p,a+m-7*p),s.lineTo(g+4*p,a+m-7*p),s.closePath(),s.fill();continue}if(u.kind==="rollback"&&u.from!=null&&u.from<u.step){let S=Math.max(i,x(u.from));s.globalAlpha=.15,s.fillRect(S,a,Math.max(0,g-S),m),s.globalAlpha=1}s.lineWidth=1.5*p,s.setLineDash(u.kind==="spike"?[3*p,3*p]:[]),s.beginPath(),s.moveTo(g,a),s.lineTo(g,a+m),s.stroke(),s.setLineDash([])}for(let[u,g]of this.bad){let S=x(u);s.fillStyle=g==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(S-3.5*p,a),s.lineTo(S+3.5*p,a),s.lineTo(S,a+6*p),s.closePath(),s.fill()}if(n.onset!=null){let u=Math.round(x(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*p,s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}if(n.selStep!=null){let u=Math.round(x(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*p,s.setLineDash([4*p,3*p]),s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Nt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function lr(e="nw"){return Nt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return sr(l,n),l}function sr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?sr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Le(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Hn="tb_nanwatch",El=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let a=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:f=>{clearTimeout(a),i(f)},reject:()=>{clearTimeout(a),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Hn})}};function Hs(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Hn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function or(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let l=n.location,s=l.hash.replace(/^#/,""),a=(s?s.split("&"):[]).filter(m=>!m.startsWith(`p.${Hn}.`)&&!m.startsWith(encodeURIComponent(`p.${Hn}.`)));(!a.length||a[0].includes("="))&&a.unshift(Hn);for(let[m,p]of Object.entries(e))p==null||p===""||a.push(`${encodeURIComponent(`p.${Hn}.${m}`)}=${encodeURIComponent(String(p))}`);let f=new URL(l.href);if(f.hash=a.join("&"),f.href===l.href)return;t?n.history.pushState(n.history.state,"",f.href):n.history.replaceState(n.history.state,"",f.href)}catch{}}var ir={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},Kc=1e3,rr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Bs(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(rr,t)?rr[t]:null})}function Yc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function ar(e,t,n){let l=performance.now(),s=await Bt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((u,g)=>({...u,_i:g}));i.sort((u,g)=>(ir[u.status]??4.5)-(ir[g.status]??4.5)||u._i-g._i),e.runs=i;let a=i.filter(u=>u.status!=="healthy"&&u.status!=="loading").length,f=i.filter(u=>u.loading).length,m=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${a} failing`}),f?h("span",{class:"nw-sub nw-loading-count",text:`${f} still loading…`}):null);if(f&&e.pollRuns(Kc),!i.length){t.append(m,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let p=h("tbody");for(let u of i){let g=u.onset,S=u.origin&&(u.origin.layer||u.origin.tensor)?u.origin:g,_=u.top_cause,N=[];u.loading&&u.status!=="loading"&&N.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let C=u.events&&typeof u.events=="object"?u.events:{};for(let[$,T,q,y]of[["spike","loss spike","loss spikes","a finite loss 10x its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let E=Number(C[$])||0;E>0&&N.push(h("span",{class:`nw-chip nw-event nw-event-${$}`,dataset:{kind:$,count:String(E)},title:y,text:`${E} ${E===1?T:q}`}))}u.summarised&&N.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),u.sampled&&N.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let $ of u.problems||[])N.push(h("span",{class:"nw-chip nw-warn",title:String($),text:String($)}));let I=$=>{$.preventDefault(),e.setState({run:u.run,layer:null,step:null,start:null,end:null})},M=h("tr",{class:"nw-run-row",dataset:{run:u.run,status:String(u.status),loading:u.loading?"1":"0"},tabindex:"0",onclick:I,onkeydown:$=>$.key==="Enter"&&I($)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:u.run}),text:u.run,onclick:I})),h("td",null,Bs(u.status),u.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(u.status_note)}):null),h("td",{class:"nw-onset-step",text:g&&g.step!=null?String(g.step):"–"}),h("td",{class:"nw-origin"},S?h("span",{text:Yc(S)}):"–",S&&S.layer&&S.tensor?h("div",{class:"nw-muted nw-small",text:S.tensor}):null,S&&S!==g&&S.step!=null&&g&&S.step!==g.step?h("div",{class:"nw-muted nw-small",text:`from step ${S.step}`}):null),h("td",{class:"nw-top-cause"},_?h("span",{text:_.summary||_.id}):h("span",{class:"nw-muted",text:u.status==="healthy"?"no cause found":"–"}),_&&_.score!=null?h("span",{class:"nw-score",text:ft(Number(_.score),2)}):null),h("td",{class:"nw-num",text:u.steps!=null?String(u.steps):"–"}),h("td",{class:"nw-notes"},N));p.appendChild(M)}let x=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(u=>h("th",{text:u})))),p);t.append(m,h("div",{class:"nw-card nw-scroll-x"},x)),e.timing("overview",performance.now()-l)}var $l=/[A-Za-z0-9_]/;function cr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!($l.test(t[0])&&$l.test(l))&&!($l.test(t[t.length-1])&&$l.test(s)))return!0}return!1}function qc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&cr(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let a of t)a.layer&&cr(e,a.layer)&&(!i||a.layer.length>i.length)&&(i=a.layer);n.layer=i}return n}async function Jc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function ur(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let a=h("ol",{class:"nw-cause-list"});s.forEach((p,x)=>{let u=Number(p.score),g=h("ul",{class:"nw-evidence"});for(let _ of p.evidence||[]){let N=typeof _=="string"?_:String(_&&_.text!=null?_.text:JSON.stringify(_)),C=qc(N,t);_&&typeof _=="object"&&(C={step:_.step??C.step,layer:_.layer??C.layer,tensor:_.tensor??C.tensor});let I=C.step!=null||C.layer!=null,M=h("li",{class:I?"nw-ev nw-jump":"nw-ev"});if(I){let $=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[C.layer&&`layer ${C.layer}`,C.step!=null&&`step ${C.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(C),onkeydown:T=>(T.key==="Enter"||T.key===" ")&&(T.preventDefault(),n(C))});M.appendChild($)}else M.appendChild(h("span",{text:N}));g.appendChild(M)}let S=null;if(p.fix){let _=h("button",{class:"nw-btn nw-copy",text:"Copy"});_.addEventListener("click",()=>Jc(String(p.fix),_)),S=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),_),h("pre",null,h("code",{text:String(p.fix)})))}a.appendChild(h("li",{class:"nw-cause",dataset:{id:String(p.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${x+1}`}),h("span",{class:"nw-cause-summary",text:p.summary||p.id}),h("span",{class:"nw-scorebar",title:`score ${ft(u,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,u))*100}%`}})),h("span",{class:"nw-score",text:ft(u,2)})),h("div",{class:"nw-muted nw-small",text:String(p.id)}),g,S))}),i.appendChild(a);let f=e.ruled_out||[];f.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(p=>h("li",{class:"nw-ruled-item",text:typeof p=="string"?p:p.summary||p.id||JSON.stringify(p)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((p,x)=>h("span",{class:"nw-rule-error",title:p.error!=null?String(p.error):null},x?", ":"",h("code",{text:String(p.id)}),p.error!=null?` (${p.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${m.join(", ")}`})),i}var Pl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Zc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Pl.length-1),l=Math.min(Pl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=Pl[l][i]*(1-s)+Pl[l+1][i]*s}return e}var Bn=Zc();function Us(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Gs(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var zl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Le(t);let s=n.rows||[],i=n.buckets||[],a=s.length,f=i.length;if(!a||!f){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=Vn(),p=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=p;let x=1/0,u=-1/0,g=n.magnitude,S=n.nonfinite;for(let G=0;G<a;G++){let j=g[G];for(let at=0;at<f;at++){let nt=Gs(j[at]);nt!==null&&Number.isFinite(nt)&&(nt<x&&(x=nt),nt>u&&(u=nt))}}u>=x||(x=0,u=1),u-x<1e-9&&(u=x+1),this.lo=x,this.hi=u;let _=h("div",{class:"nw-hm"}),N=h("div",{class:"nw-hm-labels",style:{height:`${a*p}px`}}),C=n.layers||[],I=p>=9?1:Math.ceil(12/p);for(let G=0;G<a;G++){let j=G%I===0,at=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&C[G]===l.selLayer?" nw-sel":"")+(I>1?" nw-thin":""),style:{height:`${p}px`,lineHeight:I>1?"12px":`${p}px`},title:s[G],text:j?s[G]:""});at.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:C[G]??null,step:null})),N.appendChild(at)}let M=h("div",{class:"nw-hm-plot"}),$=h("canvas",{class:"nw-hm-canvas"}),T=h("div",{class:"nw-tip",style:{display:"none"}});M.append($,T);let q=h("div",{class:"nw-hm-axis"});_.append(N,M);let y=this._legend(m);t.append(_,q,y),this.canvas=$,this.plot=M,this.tip=T;let E=document.createElement("canvas");E.width=f,E.height=a;let z=E.getContext("2d"),H=z.createImageData(f,a),R=H.data,v=Us(m.nan),K=Us(m.inf),B=Us(m.grid),J=u-x,U=0;for(let G=0;G<a;G++){let j=g[G],at=S?S[G]:null;for(let nt=0;nt<f;nt++){let tt=(G*f+nt)*4,ot=at?at[nt]:0,Z;if(ot===1)Z=v,U++;else if(ot===2)Z=K,U++;else{let W=Gs(j[nt]);if(W===null||Number.isNaN(W)||W===1/0)Z=B;else{let yt=W===-1/0?0:Math.max(0,Math.min(255,Math.round((W-x)/J*255)))*3;R[tt]=Bn[yt],R[tt+1]=Bn[yt+1],R[tt+2]=Bn[yt+2],R[tt+3]=255;continue}}R[tt]=Z[0],R[tt+1]=Z[1],R[tt+2]=Z[2],R[tt+3]=255}}if(z.putImageData(H,0,0),this.img=E,t.dataset.nonfiniteCells=String(U),this.R=a,this.B=f,this._draw(),this._axis(q),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=M.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(M.clientWidth-G)>2&&(G=M.clientWidth,this._draw())}),this.ro.observe(M)}$.addEventListener("mousemove",G=>this._hover(G)),$.addEventListener("mouseleave",()=>T.style.display="none"),$.addEventListener("click",G=>{let j=this._cellAt(G);j&&l.onCell&&l.onCell(j)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let a=l[i];if(a==null)return;let f=s.findIndex(p=>p===1||p===2);if(f<0)return;let m=t.buckets[f][0];(!(a in n)||m<n[a][0])&&(n[a]=[m,s[f]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,a=window.devicePixelRatio||1,f=Math.max(100,n.clientWidth||600),m=l*i;this.w=f,this.hgt=m,t.style.width=`${f}px`,t.style.height=`${m}px`,t.width=Math.round(f*a),t.height=Math.round(m*a);let p=t.getContext("2d");p.imageSmoothingEnabled=!1,p.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let x=Vn(),{onset:u,selStep:g,selLayer:S}=this.opts,_=this.data.layers||[];if(S!=null){p.strokeStyle=x.select,p.lineWidth=1.5*a;for(let C=0;C<l;C++)_[C]===S&&p.strokeRect(.75*a,C*i*a+.75*a,t.width-1.5*a,i*a-1.5*a)}let N=C=>{let I=this._bucketOf(C);return I==null?null:(I+.5)/s*t.width};if(u!=null){let C=N(u);C!=null&&(p.strokeStyle=x.onset,p.lineWidth=2*a,p.setLineDash([5*a,3*a]),p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke(),p.setLineDash([]))}if(g!=null){let C=N(g);C!=null&&(p.strokeStyle=x.select,p.lineWidth=1*a,p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(i<0||i>=this.B||a<0||a>=this.R)return null;let f=this.data,[m,p]=f.buckets[i],x=f.nonfinite?f.nonfinite[a][i]:0;return{row:a,bucket:i,name:f.rows[a],layer:(f.layers||[])[a]??null,step:m,first:m,last:p,magnitude:Gs(f.magnitude[a][i]),nonfinite:x===1?"NaN":x===2?"Inf":null,source:f.bucket_source?f.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Le(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${ft(Math.pow(10,n.magnitude))} (log10 ${ft(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let a=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[a]},${Bn[a+1]},${Bn[a+2]})`,l.fillRect(i,0,1,10)}let s=(i,a)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),a);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${ft(this.lo,2)}`}),n,h("span",{text:`10^${ft(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Qc=["nan","inf","max_abs","std","mean","scale_spread"];async function fr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Bt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Qc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:Je(m.values)});let a=h("tbody"),f=h("div",{class:"nw-grid-multi"});for(let m of l){let p=v=>i.get(`${m.name}\0${v}`)||{steps:[],values:[]},x=p("nan"),u=p("inf"),g=p("max_abs"),S=p("std"),_=p("mean"),N=p("scale_spread"),C=0,I=0,M=null,$=!1;x.values.forEach((v,K)=>{(v>0||Number.isNaN(v))&&(v>0?C+=v:$=!0,(M===null||x.steps[K]<M)&&(M=x.steps[K]))}),u.values.forEach((v,K)=>{v>0&&(I+=v,(M===null||u.steps[K]<M)&&(M=u.steps[K]))});let T=null,q=null,y=null;g.values.forEach((v,K)=>{Number.isFinite(v)&&(T===null||v>T)&&(T=v);let B=S.values[K],J=_.values[K];if(Number.isFinite(v)&&Number.isFinite(B)&&B>0){let U=(v-Math.abs(Number.isFinite(J)?J:0))/B;(q===null||U>q)&&(q=U,y=g.steps[K])}});let E=null;for(let v of N.values)Number.isFinite(v)&&(E===null||v>E)&&(E=v);let z=C+I>0||$,H=v=>$?`${v?`${ft(v)} + `:""}?`:ft(v);a.appendChild(h("tr",{class:z?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:C||$?"nw-nan-text":"",text:H(C),title:$?"some counts unknown":null}),h("td",{class:I||$?"nw-inf-text":"",text:H(I),title:$?"some counts unknown":null}),h("td",{text:M===null?"–":String(M)}),h("td",{text:ft(T)}),h("td",{class:q!==null&&q>10?"nw-warn-text":"",text:q===null?"–":`${ft(q,3)} σ @ ${y}`}),h("td",{class:E!==null&&E>100?"nw-warn-text":"",text:ft(E)})));let R=h("div",{class:"nw-mini"});f.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),R)),e.defer(()=>e.charts.push(new Xe(R,{series:[{label:"max |x|",steps:g.steps,values:g.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,K)=>e.zoom(v,K),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),a)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),f)}function Xc(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var dr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Rl=class{constructor(t,n){if(this.ctx=t,this.groups=Xc(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),a=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);a.addEventListener("click",f=>{f.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:i,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let a=this.cards.get(i.target.dataset.layer);if(a){a.visible=i.isIntersecting;for(let f of a.charts)f.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(u=>this.cards.get(u).group),s=l.filter(u=>u.act).map(u=>u.act.name),i=l.flatMap(u=>[...u.grads,...u.weights].map(g=>g.name)),a=l.flatMap(u=>u.weights.map(g=>g.name)),f={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Bt("series",{...f,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Bt("series",{...f,tensor:i,stat:["trace"]},n.signal)),a.length&&m.push(Bt("series",{...f,tensor:a,stat:["update_ratio"]},n.signal));let p;try{p=await Promise.all(m)}catch(u){if(n.signal.aborted)return;for(let g of t){let{body:S}=this.cards.get(g);S.textContent=`Could not load: ${u.message}`}return}if(n.signal.aborted)return;let x=new Map;for(let u of p)for(let g of u.series||[])x.set(`${g.tensor}\0${g.stat}`,{steps:g.steps,values:Je(g.values)});for(let u of t){if(n.signal.aborted)return;let g=this.cards.get(u);this._draw(g,x);for(let S of g.charts)S.setSynced(g.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let a=(p,x)=>n.get(`${p}\0${x}`),f=[];if(s.act){let p=a(s.act.name,"min"),x=a(s.act.name,"max"),u=a(s.act.name,"mean");p&&x&&f.push(["activation range",[{label:"max",steps:x.steps,values:x.values,band:"hi"},{label:"min",steps:p.steps,values:p.values,band:"lo"},...u?[{label:"mean",steps:u.steps,values:u.values,dash:[3,3]}]:[]],!1])}let m=p=>p.map(x=>({label:dr(x.name,s.layer),...a(x.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&f.push(["gradient norm",m(s.grads),!0]),s.weights.length&&f.push(["weight norm",m(s.weights),!0]),s.weights.length&&f.push(["update ratio",s.weights.map(p=>({label:dr(p.name,s.layer),...a(p.name,"update_ratio")||{steps:[],values:[]}})),!0]),!f.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[p,x,u]of f){let g=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:p}),g)),x.every(_=>!_.steps.length)){g.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new Xe(g,{series:x,log:u,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:_=>i.jump({step:_,layer:s.layer}),onRange:(_,N)=>i.zoom(_,N),onReset:()=>i.zoom(null,null)});i.charts.push(S),t.charts.push(S)}}};var Ks=8,te=e=>e==null?"":String(e),Dl=e=>Array.isArray(e)?e:[],tn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ol=e=>{let t=ge(e);return t===null?"–":ft(t)},pr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):te(e);function tu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function eu(e){let t=[te(e.name)||te(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function nu(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${pr(s)}`),n=e.learning_rate!=null?[`learning_rate=${pr(e.learning_rate)}`]:[];return`${te(e.class)||"?"}(${[...n,...t].join(", ")})`}function lu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${te(e.epochs??"?")} epochs × ${te(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function su(e){let t=Object.entries(e);return t.slice(0,Ks).map(([l,s])=>{let i=ge(s);return i===null?l:`${l} (${ft(100*i,3)}%)`}).join(", ")+(t.length>Ks?`, … ${t.length-Ks} more`:"")}function ou(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,a)=>{let f=te(i.name),m=t.has(f),p=l.has(f)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${f}`,text:f,onclick:()=>n.jump({layer:f}),onkeydown:x=>(x.key==="Enter"||x.key===" ")&&(x.preventDefault(),n.jump({layer:f}))}):h("span",{class:"nw-model-layer-name",text:f});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:f}},h("td",{class:"nw-num nw-muted",text:String(a+1)}),h("td",{class:"nw-mono"},p,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:te(i.class)||"–"}),h("td",{class:"nw-model-act",text:te(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?te(i.units):"–"}),h("td",{class:"nw-mono",text:tu(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?te(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function iu(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=tn(l)||{},i=tn(s.values),a=ge(s.nonfinite),f=s.min==null&&s.max==null?"–":`[${Ol(s.min)}, ${Ol(s.max)}]`,m=[te(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:f}),h("td",{text:s.mean==null?"–":`${Ol(s.mean)} ± ${Ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?su(i):s.integer?"whole numbers":"–"}),h("td",{class:a?"nw-nan-text":"",text:a===null?"–":ft(a)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function hr(e,t){let n=tn(e);if(!n)return null;let l=Dl(n.layers).filter(N=>tn(N)),s=new Set(Dl(n.outputs).map(te)),i=Dl(n.losses).filter(N=>tn(N)),a=tn(n.optimizer),f=tn(n.fit)||{},m=tn(n.data)||{},p=Dl(n.lines).map(te),x=[],u=(N,...C)=>x.push(h("dt",{text:N}),h("dd",{class:`nw-fact-${N.toLowerCase().replace(/[^a-z]+/g,"-")}`},...C));s.size&&u("Output",[...s].map((N,C)=>[C?", ":"",h("code",{class:"nw-model-output",text:N})])),i.length&&u("Loss",i.map((N,C)=>[C?"; ":"",h("code",{class:"nw-model-loss",text:eu(N)})])),a&&u("Optimizer",h("code",{class:"nw-model-optimizer",text:nu(a)}));let g=lu(f);g&&u("Fit",g),n.dtype_policy!=null&&u("dtype policy",h("code",{text:te(n.dtype_policy)}));let S=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),_=Object.keys(m).length>0;return!l.length&&!x.length&&!_?(p.length?S.appendChild(h("ul",{class:"nw-model-lines"},p.map(N=>h("li",{class:"nw-mono",text:N})))):S.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),S):(S.append(h("div",{class:"nw-model-grid"},l.length?ou(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),x.length?h("dl",{class:"nw-facts"},x):null)),_&&S.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),iu(m)),p.length&&S.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:p.join(`
`)})))),S)}var mr=20,ru=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],ol=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Al(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),a=Bt("diagnosis",{run:s},t),f=await Bt("tensors",{run:s},t),m=(f.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let p=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),x=Bt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(p),kind:this.hmKind||null},t).catch(L=>L),u=await a,g=f.rows||[],S=Number(u.steps)||0,_=u.onset&&u.onset.step!=null?Number(u.onset.step):null,N=[0,Math.max(1,S-1)],C=[l.start??N[0],l.end??N[1]];C[1]>C[0]||(C=N);let I=this,M=[],$={run:s,rows:g,range:C,full:N,onset:_,windowStart:_==null?null:_-mr,charts:this.charts,signal:t,defer:L=>M.push(L),selStep:()=>n.state.step??null,jump:L=>I.jump(L),zoom:(L,lt)=>I.zoom(L,lt)};this.ctx=$;let T=h("select",{class:"nw-select",title:"Run"});for(let L of n.runs||[{run:s}]){let lt=h("option",{value:L.run,text:L.run});L.run===s&&(lt.selected=!0),T.appendChild(lt)}[...T.options].some(L=>L.value===s)||T.appendChild(h("option",{value:s,text:s,selected:!0})),T.addEventListener("change",()=>n.setState({run:T.value,layer:null,step:null,start:null,end:null}));let q=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:L=>{L.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),y=u.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(u.onset.step)}),u.onset.phase?` in the ${u.onset.phase} phase`:"",u.onset.tensor?h("span",null,", tensor ",h("code",{text:String(u.onset.tensor)})):"",u.onset.layer?h("span",null," (layer ",h("code",{text:String(u.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),E=_!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let L=Math.max(25,Math.round(S*.03));this.zoom(Math.max(N[0],_-L),Math.min(N[1],_+Math.max(10,Math.round(L/3))))}}):null,z=C[0]!==N[0]||C[1]!==N[1],H=h("button",{class:"nw-btn",text:"Full range",disabled:z?null:!0,onclick:()=>this.zoom(null,null)}),R=h("div",{class:"nw-head"},q,T,Bs(u.status),y,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${C[0]}–${C[1]} of ${S}`}),E,H),v=au(u),K=Array.isArray(u.rule_errors)?u.rule_errors.filter(L=>L&&typeof L=="object"):[],B=new Set(K.map(L=>`rule ${L.id} failed: ${L.error}`)),J=(Array.isArray(u.notes)?u.notes:[]).map(String).filter(L=>!B.has(L)),U=u.status==="stalled",G=v&&v.loss>0&&g.some(L=>L.name==="loss"),j=U?uu(J,v,G):null,at=h("div",{class:"nw-notices"});u.sampled&&at.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let nt=fu(u);for(let L of pu(nt))at.appendChild(L);let tt=mu(u);tt&&at.appendChild(tt);let ot=wu(u.summarised);ot.length&&at.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${ot.map(([L,lt])=>`steps ${L}–${lt}`).join(", ")} ${ot.length===1?"is":"are"} kept as one summary per ${ot[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let L of[...u.problems||[],...U?[]:J].map(String).filter((lt,ye,ve)=>ve.indexOf(lt)===ye))at.appendChild(h("div",{class:"nw-notice",text:String(L)}));let Z=u.origin,W=u.onset||{};Z&&Z.how&&(Z.tensor!==W.tensor||Z.step!==W.step)&&at.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${u.origin.tensor??u.origin.layer??"?"} at step ${u.origin.step??"?"} (${u.origin.how})`}));let yt=ur(u,g,L=>this.jump(L),K),zt=hr(u.model,$),mt=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),rt=h("div",{class:"nw-timeline",dataset:{onsetStep:_==null?"":String(_)}});mt.append(rt,h("div",{class:"nw-muted nw-small"},"Log scale.",_!=null?` Red line: onset; shaded: the ${mr} steps before it; triangles: NaN/Inf values.`:"",nt.length?" Orange dashed line: a loss spike; purple line: a rollback (shaded: the batches it dropped); grey ticks at the foot: skipped updates.":"",G?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let Gt=h("section",{class:"nw-card nw-heatmap-card"}),Rt=h("select",{class:"nw-select nw-hm-kind"});for(let[L,lt]of ru){if(L&&!g.some(ve=>ve.kind===L))continue;let ye=h("option",{value:L,text:lt});L===this.hmKind&&(ye.selected=!0),Rt.appendChild(ye)}let gt=h("div",{class:"nw-heatmap"});Rt.addEventListener("change",()=>{this.hmKind=Rt.value,this._loadHeatmap(gt,t)}),Gt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),Rt),gt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let Kt=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),le=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Le(this.root);let Yt=h("div",{class:"nw-top"},yt,mt),Ae=U?[R,j,at,Yt,zt,Gt,Kt,le]:[R,at,Yt,Gt,zt,Kt,le];this.root.append(...Ae.filter(Boolean));let He=Math.max(300,rt.clientWidth||800),Ie=["loss","global_grad_norm"].filter(L=>g.some(lt=>lt.name===L)),en=Ie.length?Bt("series",{run:s,tensor:Ie,stat:"trace",start:C[0],end:C[1],points:Math.min(4e3,2*He)},t):Promise.resolve({series:[]}),wn=this._loadHeatmap(gt,t,x),Fe=fr($,Kt,t).catch(L=>{t.aborted||Kt.appendChild(h("div",{class:"nw-error",text:String(L.message||L)}))}),Et=await en;if(t.aborted)return;let Be={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},qt=(Et.series||[]).map(L=>({label:L.tensor==="global_grad_norm"?"global grad norm":L.tensor,steps:L.steps,values:Je(L.values),scale:L.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(L.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||Be[L.tensor],width:1.5})),se=(Et.series||[]).find(L=>L.tensor==="loss"&&Array.isArray(L.hi)&&L.hi.some(lt=>lt!=null));if(se){let L=qt.find(lt=>lt.scale==="loss").color;qt.push({label:"loss, block max",steps:se.steps,values:Je(se.hi),scale:"loss",color:L,width:.5,band:"hi"},{label:"loss, block min",steps:se.steps,values:Je(se.lo),scale:"loss",color:L,width:.5,band:"lo"})}let et=qt.some(L=>L.scale==="loss");qt.length?(this.timeline=new Xe(rt,{series:qt,hlines:v&&et?[{value:v.loss,scale:"loss",label:"constant predictor",text:cu(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:C,onset:_,marks:hu(nt),windowStart:$.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:L=>this.jump({step:L}),onRange:(L,lt)=>this.zoom(L,lt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):rt.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let D=(Et.series||[]).find(L=>L.returned<L.logged);if(D&&mt.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${D.returned} of ${D.logged} steps (each bucket's min and max, every step near the onset).`})),await wn,!t.aborted){this.grid=new Rl($,le),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await Fe;for(let L of M)L();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Bt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new zl(t,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:f=>this.jump({layer:f.layer,step:f.step,tensor:f.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(Le(t),t.appendChild(h("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((a,f)=>a.classList.toggle("nw-sel",n.layer!=null&&i[f]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function au(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=ge(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function cu(e){return`constant predictor: ${ft(e.loss)}${e.what?` (${e.what})`:""}`}function uu(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:ft(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function fu(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function du(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?", …":"")}function wr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}function pu(e){let t=[],n=e.filter(s=>s.kind==="skip");if(n.length){let s=n.reduce((i,a)=>i+(Number(a.steps)||1),0);t.push(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${s} update${s===1?"":"s"} with non-finite gradients or loss ${s===1?"was":"were"} not applied, at step ${du(n)}.`}))}for(let s of e.filter(i=>i.kind==="spike").slice(0,5))t.push(h("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(s.step)}: ${ft(ge(s.loss))}, ${ft(ge(s.factor))}x its median ${ft(ge(s.median))} over the steps before.${wr(s)}`}));for(let s of e.filter(i=>i.kind==="rollback").slice(0,5)){let i=s.lr!=null?` The learning rate was set to ${ft(ge(s.lr))} for ${Number(s.lr_steps)||0} steps.`:"";t.push(h("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(s.step)}: ${s.cause==="spike"?"a loss spike":"non-finite gradients or loss"} at step ${s.at??"?"}; the weights and optimizer state went back to the snapshot of step ${s.restored??"?"} and ${s.skipped_batches??"?"} batches were dropped.${i}${wr(s)}`}))}let l=e.filter(s=>s.kind!=="skip").length-t.length+(n.length?1:0);return l>0&&t.push(h("div",{class:"nw-notice nw-muted",text:`…and ${l} more spikes or rollbacks (the CLI report lists them).`})),t}function hu(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${ft(ge(t.factor))}x its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:`update skipped at step ${Number(t.step)}`}))}function mu(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,l=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!l)return null;let s=h("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?s.appendChild(h("div",{class:"nw-op",dataset:{type:String(n.type)}},h("b",{text:"Op: "}),String(e.op))):n&&n.why&&s.appendChild(h("div",{class:"nw-op"},h("b",{text:"Op: "}),`not named: ${String(n.why)}`)),l&&l.file){let i=l.arrays&&typeof l.arrays=="object"?l.arrays:{},a=Object.entries(i).filter(([,f])=>f&&Number(f.nonfinite_row_count)>0).map(([f,m])=>`${f}: rows ${(Array.isArray(m.nonfinite_rows)?m.nonfinite_rows:[]).map(Number).join(", ")}${Number(m.nonfinite_row_count)>(m.nonfinite_rows||[]).length?", …":""}`);s.appendChild(h("div",{class:"nw-batch"},h("b",{text:"Batch: "}),`the batch of step ${l.step??"?"} is saved next to the run's event file: `,h("code",{class:"nw-batch-load",text:`numpy.load("${String(l.file)}")`}),` (arrays ${Object.keys(i).join(", ")}). `,a.length?`Rows holding NaN/Inf: ${a.join("; ")}.`:"None of its rows holds a NaN/Inf.",l.rows!=null?` ${Number(l.rows)} of its ${l.batch_rows??"?"} rows were saved (size cap); their indices are in "_rows".`:""))}return s}function wu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Il=["run","layer","step","start","end"],gu=new Set(["step","start","end"]);function Fl(e){let t={};for(let n of Il){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(gu.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function Ys(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Il)e.has(n)&&(t[n]=e.get(n));return Fl(t)}function qs(e){let t=new URLSearchParams;for(let s of Il){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}function gr(e,t){return Il.every(n=>(e[n]??null)===(t[n]??null))}var Js=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new El}async start(){let t=Ys();if(!Object.keys(t).length){let n=Hs();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Fl(n))}this.state=t,qs(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ys();this._apply(n)}),this._followParentUrl(),nr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let l=Hs();if(l===null)return;let s=Fl(l);gr(s,this.state)||this._apply(s,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t,n=!1){let l=this.state;this.state=t,qs(t),n||or(t,l.run!==t.run),l.run!==t.run||l.start!==t.start||l.end!==t.end||!this.view?this.rerender():this.view instanceof ol&&(l.layer!==t.layer||l.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Bt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Al(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Bt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Le(this.root).appendChild(n),await ar(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new ol(this,n);this.view=s,Le(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Le(this.root).appendChild(n),Le(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},jl=null;function Sf(){if(jl)return jl;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=No+`
`+Lo,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new Js(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=lr,jl=l.start(),jl}export{Sf as render};
