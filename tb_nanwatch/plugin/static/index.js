var Lo='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Ao=`:root {
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
`;var Zr=new URL("./",import.meta.url),fs=class extends Error{constructor(t,n){super(n),this.status=t}};function Qr(e,t){let n=new URL(e,Zr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Bt(e,t,n){let l=await fetch(Qr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new fs(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function ge(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Je(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:ge(l)}return t}var Xr="uplot",ta="u-hz",ea="u-vt",na="u-title",la="u-wrap",sa="u-under",oa="u-over",ia="u-axis",dn="u-off",ra="u-select",aa="u-cursor-x",ca="u-cursor-y",ua="u-cursor-pt",fa="u-legend",da="u-live",pa="u-inline",ha="u-series",ma="u-marker",Eo="u-label",wa="u-value",Xn="width",tl="height";var $o="bottom",$n="left",ds="right",Ls="#000",Po=Ls+"0",ps="mousemove",zo="mousedown",hs="mouseup",Ro="mouseenter",Do="mouseleave",Oo="dblclick",ga="resize",ba="scroll",Io="change",xl="dppxchange",As="--",Fn=typeof window<"u",xs=Fn?document:null,zn=Fn?window:null,xa=Fn?navigator:null,pt,ml;function ys(){let e=devicePixelRatio;pt!=e&&(pt=e,ml&&ks(Io,ml,ys),ml=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),pn(Io,ml,ys),zn.dispatchEvent(new CustomEvent(xl)))}function ce(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function vs(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function _t(e,t,n){e.style[t]=n+"px"}function Ce(e,t,n,l){let s=xs.createElement(e);return t!=null&&ce(s,t),n?.insertBefore(s,l),s}function be(e,t){return Ce("div",e,t)}var Fo=new WeakMap;function Oe(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",r=Fo.get(e);i!=r&&(e.style.transform=i,Fo.set(e,i),t<0||n<0||t>l||n>s?ce(e,dn):vs(e,dn))}var jo=new WeakMap;function Wo(e,t,n){let l=t+n,s=jo.get(e);l!=s&&(jo.set(e,l),e.style.background=t,e.style.borderColor=n)}var Vo=new WeakMap;function Ho(e,t,n,l){let s=t+""+n,i=Vo.get(e);s!=i&&(Vo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var Es={passive:!0},ya={...Es,capture:!0};function pn(e,t,n,l){t.addEventListener(e,n,l?ya:Es)}function ks(e,t,n,l){t.removeEventListener(e,n,Es)}Fn&&ys();function Te(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:ue((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function gi(e){return(n,l,s)=>{let i=-1,r=-1;for(let f=l;f<=s;f++)if(e(n[f])){i=f;break}for(let f=s;f>=l;f--)if(e(n[f])){r=f;break}return[i,r]}}var bi=e=>e!=null,xi=e=>e!=null&&e>0,kl=gi(bi),va=gi(xi);function ka(e,t,n,l=0,s=!1){let i=s?va:kl,r=s?xi:bi;[t,n]=i(e,t,n);let f=e[t],m=e[t];if(t>-1)if(l==1)f=e[t],m=e[n];else if(l==-1)f=e[n],m=e[t];else for(let p=t;p<=n;p++){let x=e[p];r(x)&&(x<f?f=x:x>m&&(m=x))}return[f??bt,m??-bt]}function Sl(e,t,n,l){let s=Go(e),i=Go(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let r=n==10?We:yi,f=s==1?ue:xe,m=i==1?xe:ue,p=f(r(Pt(e))),x=m(r(Pt(t))),u=Rn(n,p),g=Rn(n,x);return n==10&&(p<0&&(u=xt(u,-p)),x<0&&(g=xt(g,-x))),l||n==2?(e=u*s,t=g*i):(e=_i(e,u),t=_l(t,g)),[e,t]}function $s(e,t,n,l){let s=Sl(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ps=.1,Bo={mode:3,pad:Ps},nl={pad:0,soft:null,mode:0},Sa={min:nl,max:nl};function yl(e,t,n,l){return Ml(n)?Uo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,Uo(e,t,Sa))}function ut(e,t){return e??t}function _a(e,t,n){for(t=ut(t,0),n=ut(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Uo(e,t,n){let l=n.min,s=n.max,i=ut(l.pad,0),r=ut(s.pad,0),f=ut(l.hard,-bt),m=ut(s.hard,bt),p=ut(l.soft,bt),x=ut(s.soft,-bt),u=ut(l.mode,0),g=ut(s.mode,0),S=t-e,_=We(S),N=Xt(Pt(e),Pt(t)),C=We(N),I=Pt(C-_);(S<1e-24||I>10)&&(S=0,(e==0||t==0)&&(S=1e-24,u==2&&p!=bt&&(i=0),g==2&&x!=-bt&&(r=0)));let M=S||N||1e3,$=We(M),T=Rn(10,ue($)),q=M*(S==0?e==0?.1:1:i),y=xt(_i(e-q,T/10),24),E=e>=p&&(u==1||u==3&&y<=p||u==2&&y>=p)?p:bt,z=Xt(f,y<E&&e>=E?E:Ne(E,y)),H=M*(S==0?t==0?.1:1:r),R=xt(_l(t+H,T/10),24),v=t<=x&&(g==1||g==3&&R>=x||g==2&&R<=x)?x:-bt,K=Ne(m,R>v&&t<=v?v:Xt(v,R));return z==K&&z==0&&(K=100),[z,K]}var Ma=new Intl.NumberFormat(Fn?xa.language:"en-US"),zs=e=>Ma.format(e),fe=Math,bl=fe.PI,Pt=fe.abs,ue=fe.floor,$t=fe.round,xe=fe.ceil,Ne=fe.min,Xt=fe.max,Rn=fe.pow,Go=fe.sign,We=fe.log10,yi=fe.log2,Ca=(e,t=1)=>fe.sinh(e)*t,ms=(e,t=1)=>fe.asinh(e/t),bt=1/0;function Ko(e){return(We((e^e>>31)-(e>>31))|0)+1}function Ss(e,t,n){return Ne(Xt(e,t),n)}function vi(e){return typeof e=="function"}function it(e){return vi(e)?e:()=>e}var Ta=()=>{},ki=e=>e,Si=(e,t)=>t,Na=e=>null,Yo=e=>!0,qo=(e,t)=>e==t,La=/\.\d*?(?=9{6,}|0{6,})/gm,hn=e=>{if(Ci(e)||Qe.has(e))return e;let t=`${e}`,n=t.match(La);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${hn(s)}e${i}`}return xt(e,l)};function un(e,t){return hn(xt(hn(e/t))*t)}function _l(e,t){return hn(xe(hn(e/t))*t)}function _i(e,t){return hn(ue(hn(e/t))*t)}function xt(e,t=0){if(Ci(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return $t(l)/n}var Qe=new Map;function Mi(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(Mi);for(let r=t;r<n;r++){let f=Pt(r),m=xt(Rn(e,r),f);for(let p=0;p<l.length;p++){let x=e==10?+`${l[p]}e${r}`:l[p]*m,u=(r>=0?0:f)+(r>=i[p]?0:i[p]),g=e==10?x:xt(x,u);s.push(g),Qe.set(g,u)}}return s}var ll={},Rs=[],Dn=[null,null],Ze=Array.isArray,Ci=Number.isInteger,Aa=e=>e===void 0;function Jo(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Ea(e){return e!=null&&typeof e=="object"}var $a=Object.getPrototypeOf(Uint8Array),Ti="__proto__";function On(e,t=Ml){let n;if(Ze(e)){let l=e.find(s=>s!=null);if(Ze(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof $a)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Ti&&(n[l]=On(e[l],t))}else n=e;return n}function At(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Ti&&(Ml(e[s])?At(e[s],On(l[s])):e[s]=On(l[s]))}return e}var Pa=0,za=1,Ra=2;function Da(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let r=t[l];if(r>i){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<n&&e[s]==null;)e[i=s++]=null}}}function Oa(e,t){if(ja(e)){let r=e[0].slice();for(let f=1;f<e.length;f++)r.push(...e[f].slice(1));return Wa(r[0])||(r=Fa(r)),r}let n=new Set;for(let r=0;r<e.length;r++){let m=e[r][0],p=m.length;for(let x=0;x<p;x++)n.add(m[x])}let l=[Array.from(n).sort((r,f)=>r-f)],s=l[0].length,i=new Map;for(let r=0;r<s;r++)i.set(l[0][r],r);for(let r=0;r<e.length;r++){let f=e[r],m=f[0];for(let p=1;p<f.length;p++){let x=f[p],u=Array(s).fill(void 0),g=t?t[r][p]:za,S=[];for(let _=0;_<x.length;_++){let N=x[_],C=i.get(m[_]);N===null?g!=Pa&&(u[C]=N,g==Ra&&S.push(C)):u[C]=N}Da(u,S,s),l.push(u)}}return l}var Ia=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Fa(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,r)=>t[i]-t[r]);let s=[];for(let i=0;i<e.length;i++){let r=e[i],f=Array(n);for(let m=0;m<n;m++)f[m]=r[l[m]];s.push(f)}return s}function ja(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function Wa(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Xt(1,ue((s-l+1)/t));for(let r=e[l],f=l+i;f<=s;f+=i){let m=e[f];if(m!=null){if(m<=r)return!1;r=m}}return!0}var Ni=["January","February","March","April","May","June","July","August","September","October","November","December"],Li=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ai(e){return e.slice(0,3)}var Va=Li.map(Ai),Ha=Ni.map(Ai),Ba={MMMM:Ni,MMM:Ha,WWWW:Li,WWW:Va};function Qn(e){return(e<10?"0":"")+e}function Ua(e){return(e<10?"00":e<100?"0":"")+e}var Ga={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ua(e.getMilliseconds())};function Ds(e,t){t=t||Ba;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ga[s[1]]:s[0]);return i=>{let r="";for(let f=0;f<n.length;f++)r+=typeof n[f]=="string"?n[f]:n[f](i,t);return r}}var Ka=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ya(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Ka?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ei=e=>e%1==0,vl=[1,2,2.5,5],qa=sl(10,-32,0,vl),$i=sl(10,0,32,vl),Ja=$i.filter(Ei),fn=qa.concat($i),Os=`
`,Pi="{YYYY}",Zo=Os+Pi,zi="{M}/{D}",el=Os+zi,wl=el+"/{YY}",Ri="{aa}",Za="{h}:{mm}",Pn=Za+Ri,Qo=Os+Pn,Xo=":{ss}",ht=null;function Di(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,r=s*365,m=(e==1?sl(10,0,3,vl).filter(Ei):sl(10,-3,0,vl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),p=[[r,Pi,ht,ht,ht,ht,ht,ht,1],[s*28,"{MMM}",Zo,ht,ht,ht,ht,ht,1],[s,zi,Zo,ht,ht,ht,ht,ht,1],[l,"{h}"+Ri,wl,ht,el,ht,ht,ht,1],[n,Pn,wl,ht,el,ht,ht,ht,1],[t,Xo,wl+" "+Pn,ht,el+" "+Pn,ht,Qo,ht,1],[e,Xo+".{fff}",wl+" "+Pn,ht,el+" "+Pn,ht,Qo,ht,1]];function x(u){return(g,S,_,N,C,I)=>{let M=[],$=C>=r,T=C>=i&&C<r,q=u(_),y=xt(q*e,3),E=ws(q.getFullYear(),$?0:q.getMonth(),T||$?1:q.getDate()),z=xt(E*e,3);if(T||$){let H=T?C/i:0,R=$?C/r:0,v=y==z?y:xt(ws(E.getFullYear()+R,E.getMonth()+H,1)*e,3),K=new Date($t(v/e)),B=K.getFullYear(),J=K.getMonth();for(let U=0;v<=N;U++){let G=ws(B+R*U,J+H*U,1),j=G-u(xt(G*e,3));v=xt((+G+j)*e,3),v<=N&&M.push(v)}}else{let H=C>=s?s:C,R=ue(_)-ue(y),v=z+R+_l(y-z,H);M.push(v);let K=u(v),B=K.getHours()+K.getMinutes()/n+K.getSeconds()/l,J=C/l,U=g.axes[S]._space,G=I/U;for(;v=xt(v+C,e==1?0:3),!(v>N);)if(J>1){let j=ue(xt(B+J,6))%24,tt=u(v).getHours()-j;tt>1&&(tt=-1),v-=tt*l,B=(B+J)%24;let ot=M[M.length-1];xt((v-ot)/C,3)*G>=.7&&M.push(v)}else M.push(v)}return M}}return[m,p,x]}var[Qa,Xa,tc]=Di(1),[ec,nc,lc]=Di(.001);sl(2,-53,53,[1]);function ti(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function ei(e,t){return(n,l,s,i,r)=>{let f=t.find(_=>r>=_[0])||t[t.length-1],m,p,x,u,g,S;return l.map(_=>{let N=e(_),C=N.getFullYear(),I=N.getMonth(),M=N.getDate(),$=N.getHours(),T=N.getMinutes(),q=N.getSeconds(),y=C!=m&&f[2]||I!=p&&f[3]||M!=x&&f[4]||$!=u&&f[5]||T!=g&&f[6]||q!=S&&f[7]||f[1];return m=C,p=I,x=M,u=$,g=T,S=q,y(N)})}}function sc(e,t){let n=Ds(t);return(l,s,i,r,f)=>s.map(m=>n(e(m)))}function ws(e,t,n){return new Date(e,t,n)}function ni(e,t){return t(e)}var oc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function li(e,t){return(n,l,s,i)=>i==null?As:t(e(l))}function ic(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function rc(e,t){return e.series[t].fill(e,t)}var ac={show:!0,live:!0,isolate:!1,mount:Ta,markers:{show:!0,width:2,stroke:ic,fill:rc,dash:"solid"},idx:null,idxs:null,values:[]};function cc(e,t){let n=e.cursor.points,l=be(),s=n.size(e,t);_t(l,Xn,s),_t(l,tl,s);let i=s/-2;_t(l,"marginLeft",i),_t(l,"marginTop",i);let r=n.width(e,t,s);return r&&_t(l,"borderWidth",r),l}function uc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function fc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function dc(e,t){return e.series[t].points.size}var gs=[0,0];function pc(e,t,n){return gs[0]=t,gs[1]=n,gs}function gl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function bs(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var hc={show:!0,x:!0,y:!0,lock:!1,move:pc,points:{one:!1,show:cc,size:dc,width:0,stroke:fc,fill:uc},bind:{mousedown:gl,mouseup:gl,click:gl,dblclick:gl,mousemove:bs,mouseleave:bs,mouseenter:bs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Oi={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Is=At({},Oi,{filter:Si}),Ii=At({},Is,{size:10}),Fi=At({},Oi,{show:!1}),Fs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',ji="bold "+Fs,Wi=1.5,si={show:!0,scale:"x",stroke:Ls,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ji,side:2,grid:Is,ticks:Ii,border:Fi,font:Fs,lineGap:Wi,rotate:0},mc="Value",wc="Time",oi={show:!0,scale:"x",auto:!1,sorted:1,min:bt,max:-bt,idxs:[]};function gc(e,t,n,l,s){return t.map(i=>i==null?"":zs(i))}function bc(e,t,n,l,s,i,r){let f=[],m=Qe.get(s)||0;n=r?n:xt(_l(n,s),m);for(let p=n;p<=l;p=xt(p+s,m))f.push(Object.is(p,-0)?0:p);return f}function _s(e,t,n,l,s,i,r){let f=[],m=e.scales[e.axes[t].scale].log,p=m==10?We:yi,x=ue(p(n));s=Rn(m,x),m==10&&(s=fn[Te(s,fn)]);let u=n,g=s*m;m==10&&(g=fn[Te(g,fn)]);do f.push(u),u=u+s,m==10&&!Qe.has(u)&&(u=xt(u,Qe.get(s))),u>=g&&(s=u,g=s*m,m==10&&(g=fn[Te(g,fn)]));while(u<=l);return f}function xc(e,t,n,l,s,i,r){let m=e.scales[e.axes[t].scale].asinh,p=l>m?_s(e,t,Xt(m,n),l,s):[m],x=l>=0&&n<=0?[0]:[];return(n<-m?_s(e,t,Xt(m,-l),-n,s):[m]).reverse().map(g=>-g).concat(x,p)}var Vi=/./,yc=/[12357]/,vc=/[125]/,ii=/1/,Ms=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function kc(e,t,n,l,s){let i=e.axes[n],r=i.scale,f=e.scales[r],m=e.valToPos,p=i._space,x=m(10,r),u=m(9,r)-x>=p?Vi:m(7,r)-x>=p?yc:m(5,r)-x>=p?vc:ii;if(u==ii){let g=Pt(m(1,r)-x);if(g<p)return Ms(t.slice().reverse(),f.distr,u,xe(p/g)).reverse()}return Ms(t,f.distr,u,1)}function Sc(e,t,n,l,s){let i=e.axes[n],r=i.scale,f=i._space,m=e.valToPos,p=Pt(m(1,r)-m(2,r));return p<f?Ms(t.slice().reverse(),3,Vi,xe(f/p)).reverse():t}function _c(e,t,n,l){return l==null?As:t==null?"":zs(t)}var ri={show:!0,scale:"y",stroke:Ls,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ji,side:3,grid:Is,ticks:Ii,border:Fi,font:Fs,lineGap:Wi,rotate:0};function Mc(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function Cc(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),r=e.valToPos(s[l[1]],n,!0),f=Pt(r-i),m=e.series[t],p=f/(m.points.space*pt);return l[1]-l[0]<=p}var ai={scale:null,auto:!0,sorted:0,min:bt,max:-bt},Hi=(e,t,n,l,s)=>s,ci={show:!0,auto:!0,sorted:0,gaps:Hi,alpha:1,facets:[At({},ai,{scale:"x"}),At({},ai,{scale:"y"})]},ui={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Hi,alpha:1,points:{show:Cc,filter:null},values:null,min:bt,max:-bt,idxs:[],path:null,clip:null};function Tc(e,t,n,l,s){return n/10}var Bi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Nc=At({},Bi,{time:!1,ori:1}),fi={};function Ui(e,t){let n=fi[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,r,f,m,p){for(let x=0;x<n.plots.length;x++)n.plots[x]!=s&&n.plots[x].pub(l,s,i,r,f,m,p)}},e!=null&&(fi[e]=n)),n}var In=1,Cs=2;function mn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,r=e.scales,f=e.bbox,m=i[0],p=l==2?i[1]:i[t],x=l==2?r[s.facets[0].scale]:r[e.series[0].scale],u=l==2?r[s.facets[1].scale]:r[s.scale],g=f.left,S=f.top,_=f.width,N=f.height,C=e.valToPosH,I=e.valToPosV;return x.ori==0?n(s,m,p,x,u,C,I,g,S,_,N,Tl,jn,Ll,Ki,qi):n(s,m,p,x,u,I,C,S,g,N,_,Nl,Wn,Vs,Yi,Ji)}function js(e,t){let n=0,l=0,s=ut(e.bands,Rs);for(let i=0;i<s.length;i++){let r=s[i];r.series[0]==t?n=r.dir:r.series[1]==t&&(r.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Lc(e,t,n,l,s){let i=e.mode,r=e.series[t],f=i==2?r.facets[1].scale:r.scale,m=e.scales[f];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function Ve(e,t,n,l,s,i){return mn(e,t,(r,f,m,p,x,u,g,S,_,N,C)=>{let I=r.pxRound,M=p.dir*(p.ori==0?1:-1),$=p.ori==0?jn:Wn,T,q;M==1?(T=n,q=l):(T=l,q=n);let y=I(u(f[T],p,N,S)),E=I(g(m[T],x,C,_)),z=I(u(f[q],p,N,S)),H=I(g(i==1?x.max:x.min,x,C,_)),R=new Path2D(s);return $(R,z,H),$(R,y,H),$(R,y,E),R})}function Cl(e,t,n,l,s,i){let r=null;if(e.length>0){r=new Path2D;let f=t==0?Ll:Vs,m=n;for(let u=0;u<e.length;u++){let g=e[u];if(g[1]>g[0]){let S=g[0]-m;S>0&&f(r,m,l,S,l+i),m=g[1]}}let p=n+s-m,x=10;p>0&&f(r,m,l-x/2,p,l+i+x)}return r}function Ac(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function Ws(e,t,n,l,s,i,r){let f=[],m=e.length;for(let p=s==1?n:l;p>=n&&p<=l;p+=s)if(t[p]===null){let u=p,g=p;if(s==1)for(;++p<=l&&t[p]===null;)g=p;else for(;--p>=n&&t[p]===null;)g=p;let S=i(e[u]),_=g==u?S:i(e[g]),N=u-s;S=r<=0&&N>=0&&N<m?i(e[N]):S;let I=g+s;_=r>=0&&I>=0&&I<m?i(e[I]):_,_>=S&&f.push([S,_])}return f}function di(e){return e==0?ki:e==1?$t:t=>un(t,e)}function Gi(e){let t=e==0?Tl:Nl,n=e==0?(s,i,r,f,m,p)=>{s.arcTo(i,r,f,m,p)}:(s,i,r,f,m,p)=>{s.arcTo(r,i,m,f,p)},l=e==0?(s,i,r,f,m)=>{s.rect(i,r,f,m)}:(s,i,r,f,m)=>{s.rect(r,i,m,f)};return(s,i,r,f,m,p=0,x=0)=>{p==0&&x==0?l(s,i,r,f,m):(p=Ne(p,f/2,m/2),x=Ne(x,f/2,m/2),t(s,i+p,r),n(s,i+f,r,i+f,r+m,p),n(s,i+f,r+m,i,r+m,x),n(s,i,r+m,i,r,x),n(s,i,r,i+f,r,p),s.closePath())}}var Tl=(e,t,n)=>{e.moveTo(t,n)},Nl=(e,t,n)=>{e.moveTo(n,t)},jn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},Ll=Gi(0),Vs=Gi(1),Ki=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Yi=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},qi=(e,t,n,l,s,i,r)=>{e.bezierCurveTo(t,n,l,s,i,r)},Ji=(e,t,n,l,s,i,r)=>{e.bezierCurveTo(n,t,s,l,r,i)};function Zi(e){return(t,n,l,s,i)=>mn(t,n,(r,f,m,p,x,u,g,S,_,N,C)=>{let{pxRound:I,points:M}=r,$,T;p.ori==0?($=Tl,T=Ki):($=Nl,T=Yi);let q=xt(M.width*pt,3),y=(M.size-M.width)/2*pt,E=xt(y*2,3),z=new Path2D,H=new Path2D,{left:R,top:v,width:K,height:B}=t.bbox;Ll(H,R-E,v-E,K+E*2,B+E*2);let J=U=>{if(m[U]!=null){let G=I(u(f[U],p,N,S)),j=I(g(m[U],x,C,_));$(z,G+y,j),T(z,G,j,y,0,bl*2)}};if(i)i.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:q>0?z:null,fill:z,clip:H,flags:In|Cs}})}function Qi(e){return(t,n,l,s,i,r)=>{l!=s&&(i!=l&&r!=l&&e(t,n,l),i!=s&&r!=s&&e(t,n,s),e(t,n,r))}}var Ec=Qi(jn),$c=Qi(Wn);function Xi(e){let t=ut(e?.alignGaps,0);return(n,l,s,i)=>mn(n,l,(r,f,m,p,x,u,g,S,_,N,C)=>{[s,i]=kl(m,s,i);let I=r.pxRound,M=B=>I(u(B,p,N,S)),$=B=>I(g(B,x,C,_)),T,q;p.ori==0?(T=jn,q=Ec):(T=Wn,q=$c);let y=p.dir*(p.ori==0?1:-1),E={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},z=E.stroke,H=!1;if(i-s>=N*4){let B=W=>n.posToVal(W,p.key,!0),J=null,U=null,G,j,at,nt=M(f[y==1?s:i]),tt=M(f[s]),ot=M(f[i]),Z=B(y==1?tt+1:ot-1);for(let W=y==1?s:i;W>=s&&W<=i;W+=y){let yt=f[W],mt=(y==1?yt<Z:yt>Z)?nt:M(yt),rt=m[W];mt==nt?rt!=null?(j=rt,J==null?(T(z,mt,$(j)),G=J=U=j):j<J?J=j:j>U&&(U=j)):rt===null&&(H=!0):(J!=null&&q(z,nt,$(J),$(U),$(G),$(j)),rt!=null?(j=rt,T(z,mt,$(j)),J=U=G=j):(J=U=null,rt===null&&(H=!0)),nt=mt,Z=B(nt+y))}J!=null&&J!=U&&at!=nt&&q(z,nt,$(J),$(U),$(G),$(j))}else for(let B=y==1?s:i;B>=s&&B<=i;B+=y){let J=m[B];J===null?H=!0:J!=null&&T(z,M(f[B]),$(J))}let[v,K]=js(n,l);if(r.fill!=null||v!=0){let B=E.fill=new Path2D(z),J=r.fillTo(n,l,r.min,r.max,v),U=$(J),G=M(f[s]),j=M(f[i]);y==-1&&([j,G]=[G,j]),T(B,j,U),T(B,G,U)}if(!r.spanGaps){let B=[];H&&B.push(...Ws(f,m,s,i,y,M,t)),E.gaps=B=r.gaps(n,l,s,i,B),E.clip=Cl(B,p.ori,S,_,N,C)}return K!=0&&(E.band=K==2?[Ve(n,l,s,i,z,-1),Ve(n,l,s,i,z,1)]:Ve(n,l,s,i,z,K)),E})}function Pc(e){let t=ut(e.align,1),n=ut(e.ascDesc,!1),l=ut(e.alignGaps,0),s=ut(e.extend,!1);return(i,r,f,m)=>mn(i,r,(p,x,u,g,S,_,N,C,I,M,$)=>{[f,m]=kl(u,f,m);let T=p.pxRound,{left:q,width:y}=i.bbox,E=tt=>T(_(tt,g,M,C)),z=tt=>T(N(tt,S,$,I)),H=g.ori==0?jn:Wn,R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},v=R.stroke,K=g.dir*(g.ori==0?1:-1),B=z(u[K==1?f:m]),J=E(x[K==1?f:m]),U=J,G=J;s&&t==-1&&(G=q,H(v,G,B)),H(v,J,B);for(let tt=K==1?f:m;tt>=f&&tt<=m;tt+=K){let ot=u[tt];if(ot==null)continue;let Z=E(x[tt]),W=z(ot);t==1?H(v,Z,B):H(v,U,W),H(v,Z,W),B=W,U=Z}let j=U;s&&t==1&&(j=q+y,H(v,j,B));let[at,nt]=js(i,r);if(p.fill!=null||at!=0){let tt=R.fill=new Path2D(v),ot=p.fillTo(i,r,p.min,p.max,at),Z=z(ot);H(tt,j,Z),H(tt,G,Z)}if(!p.spanGaps){let tt=[];tt.push(...Ws(x,u,f,m,K,E,l));let ot=p.width*pt/2,Z=n||t==1?ot:-ot,W=n||t==-1?-ot:ot;tt.forEach(yt=>{yt[0]+=Z,yt[1]+=W}),R.gaps=tt=p.gaps(i,r,f,m,tt),R.clip=Cl(tt,g.ori,C,I,M,$)}return nt!=0&&(R.band=nt==2?[Ve(i,r,f,m,v,-1),Ve(i,r,f,m,v,1)]:Ve(i,r,f,m,v,nt)),R})}function pi(e,t,n,l,s,i,r=bt){if(e.length>1){let f=null;for(let m=0,p=1/0;m<e.length;m++)if(t[m]!==void 0){if(f!=null){let x=Pt(e[m]-e[f]);x<p&&(p=x,r=Pt(n(e[m],l,s,i)-n(e[f],l,s,i)))}f=m}}return r}function zc(e){e=e||ll;let t=ut(e.size,[.6,bt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=it(s),r=1-t[0],f=ut(t[1],bt),m=ut(t[2],1),p=ut(e.disp,ll),x=ut(e.each,S=>{}),{fill:u,stroke:g}=p;return(S,_,N,C)=>mn(S,_,(I,M,$,T,q,y,E,z,H,R,v)=>{let K=I.pxRound,B=n,J=l*pt,U=f*pt,G=m*pt,j,at;T.ori==0?[j,at]=i(S,_):[at,j]=i(S,_);let nt=T.dir*(T.ori==0?1:-1),tt=T.ori==0?Ll:Vs,ot=T.ori==0?x:(D,L,lt,ye,ve,Ee,nn)=>{x(D,L,lt,ve,ye,nn,Ee)},Z=ut(S.bands,Rs).find(D=>D.series[0]==_),W=Z!=null?Z.dir:0,yt=I.fillTo(S,_,I.min,I.max,W),zt=K(E(yt,q,v,H)),mt,rt,Gt,Rt=R,gt=K(I.width*pt),Kt=!1,le=null,Yt=null,Ae=null,He=null;u!=null&&(gt==0||g!=null)&&(Kt=!0,le=u.values(S,_,N,C),Yt=new Map,new Set(le).forEach(D=>{D!=null&&Yt.set(D,new Path2D)}),gt>0&&(Ae=g.values(S,_,N,C),He=new Map,new Set(Ae).forEach(D=>{D!=null&&He.set(D,new Path2D)})));let{x0:Ie,size:en}=p;if(Ie!=null&&en!=null){B=1,M=Ie.values(S,_,N,C),Ie.unit==2&&(M=M.map(lt=>S.posToVal(z+lt*R,T.key,!0)));let D=en.values(S,_,N,C);en.unit==2?rt=D[0]*R:rt=y(D[0],T,R,z)-y(0,T,R,z),Rt=pi(M,$,y,T,R,z,Rt),Gt=Rt-rt+J}else Rt=pi(M,$,y,T,R,z,Rt),Gt=Rt*r+J,rt=Rt-Gt;Gt<1&&(Gt=0),gt>=rt/2&&(gt=0),Gt<5&&(K=ki);let wn=Gt>0,Fe=Rt-Gt-(wn?gt:0);rt=K(Ss(Fe,G,U)),mt=(B==0?rt/2:B==nt?0:rt)-B*nt*((B==0?J/2:0)+(wn?gt/2:0));let Et={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Be=Kt?null:new Path2D,qt=null;if(Z!=null)qt=S.data[Z.series[1]];else{let{y0:D,y1:L}=p;D!=null&&L!=null&&($=L.values(S,_,N,C),qt=D.values(S,_,N,C))}let se=j*rt,et=at*rt;for(let D=nt==1?N:C;D>=N&&D<=C;D+=nt){let L=$[D];if(L==null)continue;if(qt!=null){let ee=qt[D]??0;if(L-ee==0)continue;zt=E(ee,q,v,H)}let lt=T.distr!=2||p!=null?M[D]:D,ye=y(lt,T,R,z),ve=E(ut(L,yt),q,v,H),Ee=K(ye-mt),nn=K(Xt(ve,zt)),oe=K(Ne(ve,zt)),de=nn-oe;if(L!=null){let ee=L<0?et:se,ke=L<0?se:et;Kt?(gt>0&&Ae[D]!=null&&tt(He.get(Ae[D]),Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke),le[D]!=null&&tt(Yt.get(le[D]),Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke)):tt(Be,Ee,oe+ue(gt/2),rt,Xt(0,de-gt),ee,ke),ot(S,_,D,Ee-gt/2,oe,rt+gt,de)}}return gt>0?Et.stroke=Kt?He:Be:Kt||(Et._fill=I.width==0?I._fill:I._stroke??I._fill,Et.width=0),Et.fill=Kt?Yt:Be,Et})}function Rc(e,t){let n=ut(t?.alignGaps,0);return(l,s,i,r)=>mn(l,s,(f,m,p,x,u,g,S,_,N,C,I)=>{[i,r]=kl(p,i,r);let M=f.pxRound,$=j=>M(g(j,x,C,_)),T=j=>M(S(j,u,I,N)),q,y,E;x.ori==0?(q=Tl,E=jn,y=qi):(q=Nl,E=Wn,y=Ji);let z=x.dir*(x.ori==0?1:-1),H=$(m[z==1?i:r]),R=H,v=[],K=[];for(let j=z==1?i:r;j>=i&&j<=r;j+=z)if(p[j]!=null){let nt=m[j],tt=$(nt);v.push(R=tt),K.push(T(p[j]))}let B={stroke:e(v,K,q,E,y,M),fill:null,clip:null,band:null,gaps:null,flags:In},J=B.stroke,[U,G]=js(l,s);if(f.fill!=null||U!=0){let j=B.fill=new Path2D(J),at=f.fillTo(l,s,f.min,f.max,U),nt=T(at);E(j,R,nt),E(j,H,nt)}if(!f.spanGaps){let j=[];j.push(...Ws(m,p,i,r,z,$,n)),B.gaps=j=f.gaps(l,s,i,r,j),B.clip=Cl(j,x.ori,_,N,C,I)}return G!=0&&(B.band=G==2?[Ve(l,s,i,r,J,-1),Ve(l,s,i,r,J,1)]:Ve(l,s,i,r,J,G)),B})}function Dc(e){return Rc(Oc,e)}function Oc(e,t,n,l,s,i){let r=e.length;if(r<2)return null;let f=new Path2D;if(n(f,e[0],t[0]),r==2)l(f,e[1],t[1]);else{let m=Array(r),p=Array(r-1),x=Array(r-1),u=Array(r-1);for(let g=0;g<r-1;g++)x[g]=t[g+1]-t[g],u[g]=e[g+1]-e[g],p[g]=x[g]/u[g];m[0]=p[0];for(let g=1;g<r-1;g++)p[g]===0||p[g-1]===0||p[g-1]>0!=p[g]>0?m[g]=0:(m[g]=3*(u[g-1]+u[g])/((2*u[g]+u[g-1])/p[g-1]+(u[g]+2*u[g-1])/p[g]),isFinite(m[g])||(m[g]=0));m[r-1]=p[r-2];for(let g=0;g<r-1;g++)s(f,e[g]+u[g]/3,t[g]+m[g]*u[g]/3,e[g+1]-u[g]/3,t[g+1]-m[g+1]*u[g]/3,e[g+1],t[g+1])}return f}var Ts=new Set;function hi(){for(let e of Ts)e.syncRect(!0)}Fn&&(pn(ga,zn,hi),pn(ba,zn,hi,!0),pn(xl,zn,()=>{Nt.pxRatio=pt}));var Ic=Xi(),Fc=Zi();function mi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>Ns(i,r,t,n))}function jc(e,t){return e.map((n,l)=>l==0?{}:At({},t,n))}function Ns(e,t,n,l){return At({},t==0?n:l,e)}function tr(e,t,n){return t==null?Dn:[t,n]}var Wc=tr;function Vc(e,t,n){return t==null?Dn:yl(t,n,Ps,!0)}function er(e,t,n,l){return t==null?Dn:Sl(t,n,e.scales[l].log,!1)}var Hc=er;function nr(e,t,n,l){return t==null?Dn:$s(t,n,e.scales[l].log,!1)}var Bc=nr;function Uc(e,t,n,l,s){let i=Xt(Ko(e),Ko(t)),r=t-e,f=Te(s/l*r,n);do{let m=n[f],p=l*m/r;if(p>=s&&i+(m<5?Qe.get(m):0)<=17)return[m,p]}while(++f<n.length);return[0,0]}function wi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=$t((n=+s)*pt))+"px"),[e,t,n]}function Gc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Nt(e,t,n){let l={mode:ut(e.mode,1)},s=l.mode;function i(o,a,c,d){let w=a.valToPct(o);return d+c*(a.dir==-1?1-w:w)}function r(o,a,c,d){let w=a.valToPct(o);return d+c*(a.dir==-1?w:1-w)}function f(o,a,c,d){return a.ori==0?i(o,a,c,d):r(o,a,c,d)}l.valToPosH=i,l.valToPosV=r;let m=!1;l.status=0;let p=l.root=be(Xr);if(e.id!=null&&(p.id=e.id),ce(p,e.class),e.title){let o=be(na,p);o.textContent=e.title}let x=Ce("canvas"),u=l.ctx=x.getContext("2d"),g=be(la,p);pn("click",g,o=>{o.target===_&&(vt!=Tn||Mt!=Nn)&&Ht.click(l,o)},!0);let S=l.under=be(sa,g);g.appendChild(x);let _=l.over=be(oa,g);e=On(e);let N=+ut(e.pxAlign,1),C=di(N);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let I=e.ms||.001,M=l.series=s==1?mi(e.series||[],oi,ui,!1):jc(e.series||[null],ci),$=l.axes=mi(e.axes||[],si,ri,!0),T=l.scales={},q=l.bands=e.bands||[];q.forEach(o=>{o.fill=it(o.fill||null),o.dir=ut(o.dir,-1)});let y=s==2?M[1].facets[0].scale:M[0].scale,E={axes:zr,series:Lr},z=(e.drawOrder||["axes","series"]).map(o=>E[o]);function H(o){let a=o.distr==3?c=>We(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>ms(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let d=a(c),{_min:w,_max:b}=o,k=b-w;return(d-w)/k}}function R(o){let a=T[o];if(a==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){R(c.from);let d=At({},T[c.from],c,{key:o});d.valToPct=H(d),T[o]=d}else{a=T[o]=At({},o==y?Bi:Nc,c),a.key=o;let d=a.time,w=a.range,b=Ze(w);if((o!=y||s==2&&!d)&&(b&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?Bo:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?Bo:{mode:1,hard:w[1],soft:w[1]}},b=!1),!b&&Ml(w))){let k=w;w=(A,P,O)=>P==null?Dn:yl(P,O,k)}a.range=it(w||(d?Wc:o==y?a.distr==3?Hc:a.distr==4?Bc:tr:a.distr==3?er:a.distr==4?nr:Vc)),a.auto=it(b?!1:a.auto),a.clamp=it(a.clamp||Tc),a._min=a._max=null,a.valToPct=H(a)}}}R("x"),R("y"),s==1&&M.forEach(o=>{R(o.scale)}),$.forEach(o=>{R(o.scale)});for(let o in e.scales)R(o);let v=T[y],K=v.distr,B,J;v.ori==0?(ce(p,ta),B=i,J=r):(ce(p,ea),B=r,J=i);let U={};for(let o in T){let a=T[o];(a.min!=null||a.max!=null)&&(U[o]={min:a.min,max:a.max},a.min=a.max=null)}let G=e.tzDate||(o=>new Date($t(o/I))),j=e.fmtDate||Ds,at=I==1?tc(G):lc(G),nt=ei(G,ti(I==1?Xa:nc,j)),tt=li(G,ni(oc,j)),ot=[],Z=l.legend=At({},ac,e.legend),W=l.cursor=At({},hc,{drag:{y:s==2}},e.cursor),yt=Z.show,zt=W.show,mt=Z.markers;Z.idxs=ot,mt.width=it(mt.width),mt.dash=it(mt.dash),mt.stroke=it(mt.stroke),mt.fill=it(mt.fill);let rt,Gt,Rt,gt=[],Kt=[],le,Yt=!1,Ae={};if(Z.live){let o=M[1]?M[1].values:null;Yt=o!=null,le=Yt?o(l,1,0):{_:0};for(let a in le)Ae[a]=As}if(yt)if(rt=Ce("table",fa,p),Rt=Ce("tbody",null,rt),Z.mount(l,rt),Yt){Gt=Ce("thead",null,rt,Rt);let o=Ce("tr",null,Gt);Ce("th",null,o);for(var He in le)Ce("th",Eo,o).textContent=He}else ce(rt,pa),Z.live&&ce(rt,da);let Ie={show:!0},en={show:!1};function wn(o,a){if(a==0&&(Yt||!Z.live||s==2))return Dn;let c=[],d=Ce("tr",ha,Rt,Rt.childNodes[a]);ce(d,o.class),o.show||ce(d,dn);let w=Ce("th",null,d);if(mt.show){let A=be(ma,w);if(a>0){let P=mt.width(l,a);P&&(A.style.border=P+"px "+mt.dash(l,a)+" "+mt.stroke(l,a)),A.style.background=mt.fill(l,a)}}let b=be(Eo,w);o.label instanceof HTMLElement?b.appendChild(o.label):b.textContent=o.label,a>0&&(mt.show||(b.style.color=o.width>0?mt.stroke(l,a):mt.fill(l,a)),Et("click",w,A=>{if(W._lock)return;sn(A);let P=M.indexOf(o);if((A.ctrlKey||A.metaKey)!=Z.isolate){let O=M.some((F,V)=>V>0&&V!=P&&F.show);M.forEach((F,V)=>{V>0&&Pe(V,O?V==P?Ie:en:Ie,!0,Lt.setSeries)})}else Pe(P,{show:!o.show},!0,Lt.setSeries)},!1),bn&&Et(Ro,w,A=>{W._lock||(sn(A),Pe(M.indexOf(o),An,!0,Lt.setSeries))},!1));for(var k in le){let A=Ce("td",wa,d);A.textContent="--",c.push(A)}return[d,c]}let Fe=new Map;function Et(o,a,c,d=!0){let w=Fe.get(a)||{},b=W.bind[o](l,a,c,d);b&&(pn(o,a,w[o]=b),Fe.set(a,w))}function Be(o,a,c){let d=Fe.get(a)||{};for(let w in d)(o==null||w==o)&&(ks(w,a,d[w]),delete d[w]);o==null&&Fe.delete(a)}let qt=0,se=0,et=0,D=0,L=0,lt=0,ye=L,ve=lt,Ee=et,nn=D,oe=0,de=0,ee=0,ke=0;l.bbox={};let Vl=!1,il=!1,gn=!1,ln=!1,rl=!1,pe=!1;function Hl(o,a,c){(c||o!=l.width||a!=l.height)&&Qs(o,a),Sn(!1),gn=!0,il=!0,_n()}function Qs(o,a){l.width=qt=et=o,l.height=se=D=a,L=lt=0,kr(),Sr();let c=l.bbox;oe=c.left=un(L*pt,.5),de=c.top=un(lt*pt,.5),ee=c.width=un(et*pt,.5),ke=c.height=un(D*pt,.5)}let xr=3;function yr(){let o=!1,a=0;for(;!o;){a++;let c=$r(a),d=Pr(a);o=a==xr||c&&d,o||(Qs(l.width,l.height),il=!0)}}function vr({width:o,height:a}){Hl(o,a)}l.setSize=vr;function kr(){let o=!1,a=!1,c=!1,d=!1;$.forEach((w,b)=>{if(w.show&&w._show){let{side:k,_size:A}=w,P=k%2,O=w.label!=null?w.labelSize:0,F=A+O;F>0&&(P?(et-=F,k==3?(L+=F,d=!0):c=!0):(D-=F,k==0?(lt+=F,o=!0):a=!0))}}),on[0]=o,on[1]=c,on[2]=a,on[3]=d,et-=Ue[1]+Ue[3],L+=Ue[3],D-=Ue[2]+Ue[0],lt+=Ue[0]}function Sr(){let o=L+et,a=lt+D,c=L,d=lt;function w(b,k){switch(b){case 1:return o+=k,o-k;case 2:return a+=k,a-k;case 3:return c-=k,c+k;case 0:return d-=k,d+k}}$.forEach((b,k)=>{if(b.show&&b._show){let A=b.side;b._pos=w(A,b._size),b.label!=null&&(b._lpos=w(A,b.labelSize))}})}if(W.dataIdx==null){let o=W.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let c=o.prox=it(o.prox),d=o.bias??(o.bias=0);W.dataIdx=(w,b,k,A)=>{if(b==0)return k;let P=k,O=c(w,b,k,A)??bt,F=O>=0&&O<bt,V=v.ori==0?et:D,X=W.left,dt=t[0],ct=t[b];if(a.has(ct[k])){P=null;let st=null,Q=null,Y;if(d==0||d==-1)for(Y=k;st==null&&Y-- >0;)a.has(ct[Y])||(st=Y);if(d==0||d==1)for(Y=k;Q==null&&Y++<ct.length;)a.has(ct[Y])||(Q=Y);if(st!=null||Q!=null)if(F){let St=st==null?-1/0:B(dt[st],v,V,0),Ct=Q==null?1/0:B(dt[Q],v,V,0),Wt=X-St,wt=Ct-X;Wt<=wt?Wt<=O&&(P=st):wt<=O&&(P=Q)}else P=Q==null?st:st==null?Q:k-st<=Q-k?st:Q}else F&&Pt(X-B(dt[k],v,V,0))>O&&(P=null);return P}}let sn=o=>{W.event=o};W.idxs=ot,W._lock=!1;let Ut=W.points;Ut.show=it(Ut.show),Ut.size=it(Ut.size),Ut.stroke=it(Ut.stroke),Ut.width=it(Ut.width),Ut.fill=it(Ut.fill);let $e=l.focus=At({},e.focus||{alpha:.3},W.focus),bn=$e.prox>=0,xn=bn&&Ut.one,he=[],yn=[],vn=[];function Xs(o,a){let c=Ut.show(l,a);if(c instanceof HTMLElement)return ce(c,ua),ce(c,o.class),Oe(c,-10,-10,et,D),_.insertBefore(c,he[a]),c}function to(o,a){if(s==1||a>0){let c=s==1&&T[o.scale].time,d=o.value;o.value=c?Jo(d)?li(G,ni(d,j)):d||tt:d||_c,o.label=o.label||(c?wc:mc)}if(xn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Ic||Na,o.fillTo=it(o.fillTo||Lc),o.pxAlign=+ut(o.pxAlign,N),o.pxRound=di(o.pxAlign),o.stroke=it(o.stroke||null),o.fill=it(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=Mc(Xt(1,o.width),1),d=o.points=At({},{size:c,width:Xt(1,c*.2),stroke:o.stroke,space:c*2,paths:Fc,_stroke:null,_fill:null},o.points);d.show=it(d.show),d.filter=it(d.filter),d.fill=it(d.fill),d.stroke=it(d.stroke),d.paths=it(d.paths),d.pxAlign=o.pxAlign}if(yt){let c=wn(o,a);gt.splice(a,0,c[0]),Kt.splice(a,0,c[1]),Z.values.push(null)}if(zt){ot.splice(a,0,null);let c=null;xn?a==0&&(c=Xs(o,a)):a>0&&(c=Xs(o,a)),he.splice(a,0,c),yn.splice(a,0,0),vn.splice(a,0,0)}jt("addSeries",a)}function _r(o,a){a=a??M.length,o=s==1?Ns(o,a,oi,ui):Ns(o,a,{},ci),M.splice(a,0,o),to(M[a],a)}l.addSeries=_r;function Mr(o){if(M.splice(o,1),yt){Z.values.splice(o,1),Kt.splice(o,1);let a=gt.splice(o,1)[0];Be(null,a.firstChild),a.remove()}zt&&(ot.splice(o,1),he.splice(o,1)[0].remove(),yn.splice(o,1),vn.splice(o,1)),jt("delSeries",o)}l.delSeries=Mr;let on=[!1,!1,!1,!1];function Cr(o,a){if(o._show=o.show,o.show){let c=o.side%2,d=T[o.scale];d==null&&(o.scale=c?M[1].scale:y,d=T[o.scale]);let w=d.time;o.size=it(o.size),o.space=it(o.space),o.rotate=it(o.rotate),Ze(o.incrs)&&o.incrs.forEach(k=>{!Qe.has(k)&&Qe.set(k,Mi(k))}),o.incrs=it(o.incrs||(d.distr==2?Ja:w?I==1?Qa:ec:fn)),o.splits=it(o.splits||(w&&d.distr==1?at:d.distr==3?_s:d.distr==4?xc:bc)),o.stroke=it(o.stroke),o.grid.stroke=it(o.grid.stroke),o.ticks.stroke=it(o.ticks.stroke),o.border.stroke=it(o.border.stroke);let b=o.values;o.values=Ze(b)&&!Ze(b[0])?it(b):w?Ze(b)?ei(G,ti(b,j)):Jo(b)?sc(G,b):b||nt:b||gc,o.filter=it(o.filter||(d.distr>=3&&d.log==10?kc:d.distr==3&&d.log==2?Sc:Si)),o.font=wi(o.font),o.labelFont=wi(o.labelFont),o._size=o.size(l,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(on[a]=!0,o._el=be(ia,g))}}function Un(o,a,c,d){let[w,b,k,A]=c,P=a%2,O=0;return P==0&&(A||b)&&(O=a==0&&!w||a==2&&!k?$t(si.size/3):0),P==1&&(w||k)&&(O=a==1&&!b||a==3&&!A?$t(ri.size/2):0),O}let eo=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>it(ut(o,Un))),Ue=l._padding=eo.map((o,a)=>o(l,a,on,0)),Vt,Dt=null,Ot=null,al=s==1?M[0].idxs:null,Se=null,Gn=!1;function no(o,a){if(t=o??[],l.data=l._data=t,s==2){Vt=0;for(let c=1;c<M.length;c++)Vt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Se=t[0],Vt=Se.length;let c=t;if(K==2){c=t.slice();let d=c[0]=Array(Vt);for(let w=0;w<Vt;w++)d[w]=w}l._data=t=c}if(Sn(!0),jt("setData"),K==2&&(gn=!0),a!==!1){let c=v;c.auto(l,Gn)?Bl():Ke(y,c.min,c.max),ln=ln||W.left>=0,pe=!0,_n()}}l.setData=no;function Bl(){Gn=!0;let o,a;s==1&&(Vt>0?(Dt=al[0]=0,Ot=al[1]=Vt-1,o=t[0][Dt],a=t[0][Ot],K==2?(o=Dt,a=Ot):o==a&&(K==3?[o,a]=Sl(o,o,v.log,!1):K==4?[o,a]=$s(o,o,v.log,!1):v.time?a=o+$t(86400/I):[o,a]=yl(o,a,Ps,!0))):(Dt=al[0]=o=null,Ot=al[1]=a=null)),Ke(y,o,a)}let cl,kn,Ul,Gl,Kl,Yl,ql,Jl,Zl,ne;function lo(o,a,c,d,w,b){o??(o=Po),c??(c=Rs),d??(d="butt"),w??(w=Po),b??(b="round"),o!=cl&&(u.strokeStyle=cl=o),w!=kn&&(u.fillStyle=kn=w),a!=Ul&&(u.lineWidth=Ul=a),b!=Kl&&(u.lineJoin=Kl=b),d!=Yl&&(u.lineCap=Yl=d),c!=Gl&&u.setLineDash(Gl=c)}function so(o,a,c,d){a!=kn&&(u.fillStyle=kn=a),o!=ql&&(u.font=ql=o),c!=Jl&&(u.textAlign=Jl=c),d!=Zl&&(u.textBaseline=Zl=d)}function Ql(o,a,c,d,w=0){if(d.length>0&&o.auto(l,Gn)&&(a==null||a.min==null)){let b=ut(Dt,0),k=ut(Ot,d.length-1),A=c.min==null?ka(d,b,k,w,o.distr==3):[c.min,c.max];o.min=Ne(o.min,c.min=A[0]),o.max=Xt(o.max,c.max=A[1])}}let oo={min:null,max:null};function Tr(){for(let d in T){let w=T[d];U[d]==null&&(w.min==null||U[y]!=null&&w.auto(l,Gn))&&(U[d]=oo)}for(let d in T){let w=T[d];U[d]==null&&w.from!=null&&U[w.from]!=null&&(U[d]=oo)}U[y]!=null&&Sn(!0);let o={};for(let d in U){let w=U[d];if(w!=null){let b=o[d]=On(T[d],Ea);if(w.min!=null)At(b,w);else if(d!=y||s==2)if(Vt==0&&b.from==null){let k=b.range(l,null,null,d);b.min=k[0],b.max=k[1]}else b.min=bt,b.max=-bt}}if(Vt>0){M.forEach((d,w)=>{if(s==1){let b=d.scale,k=U[b];if(k==null)return;let A=o[b];if(w==0){let P=A.range(l,A.min,A.max,b);A.min=P[0],A.max=P[1],Dt=Te(A.min,t[0]),Ot=Te(A.max,t[0]),Ot-Dt>1&&(t[0][Dt]<A.min&&Dt++,t[0][Ot]>A.max&&Ot--),d.min=Se[Dt],d.max=Se[Ot]}else d.show&&d.auto&&Ql(A,k,d,t[w],d.sorted);d.idxs[0]=Dt,d.idxs[1]=Ot}else if(w>0&&d.show&&d.auto){let[b,k]=d.facets,A=b.scale,P=k.scale,[O,F]=t[w],V=o[A],X=o[P];V!=null&&Ql(V,U[A],b,O,b.sorted),X!=null&&Ql(X,U[P],k,F,k.sorted),d.min=k.min,d.max=k.max}});for(let d in o){let w=o[d],b=U[d];if(w.from==null&&(b==null||b.min==null)){let k=w.range(l,w.min==bt?null:w.min,w.max==-bt?null:w.max,d);w.min=k[0],w.max=k[1]}}}for(let d in o){let w=o[d];if(w.from!=null){let b=o[w.from];if(b.min==null)w.min=w.max=null;else{let k=w.range(l,b.min,b.max,d);w.min=k[0],w.max=k[1]}}}let a={},c=!1;for(let d in o){let w=o[d],b=T[d];if(b.min!=w.min||b.max!=w.max){b.min=w.min,b.max=w.max;let k=b.distr;b._min=k==3?We(b.min):k==4?ms(b.min,b.asinh):k==100?b.fwd(b.min):b.min,b._max=k==3?We(b.max):k==4?ms(b.max,b.asinh):k==100?b.fwd(b.max):b.max,a[d]=c=!0}}if(c){M.forEach((d,w)=>{s==2?w>0&&a.y&&(d._paths=null):a[d.scale]&&(d._paths=null)});for(let d in a)gn=!0,jt("setScale",d);zt&&W.left>=0&&(ln=pe=!0)}for(let d in U)U[d]=null}function Nr(o){let a=Ss(Dt-1,0,Vt-1),c=Ss(Ot+1,0,Vt-1);for(;o[a]==null&&a>0;)a--;for(;o[c]==null&&c<Vt-1;)c++;return[a,c]}function Lr(){if(Vt>0){let o=M.some(a=>a._focus)&&ne!=$e.alpha;o&&(u.globalAlpha=ne=$e.alpha),M.forEach((a,c)=>{if(c>0&&a.show&&(io(c,!1),io(c,!0),a._paths==null)){let d=ne;ne!=a.alpha&&(u.globalAlpha=ne=a.alpha);let w=s==2?[0,t[c][0].length-1]:Nr(t[c]);a._paths=a.paths(l,c,w[0],w[1]),ne!=d&&(u.globalAlpha=ne=d)}}),M.forEach((a,c)=>{if(c>0&&a.show){let d=ne;ne!=a.alpha&&(u.globalAlpha=ne=a.alpha),a._paths!=null&&ro(c,!1);{let w=a._paths!=null?a._paths.gaps:null,b=a.points.show(l,c,Dt,Ot,w),k=a.points.filter(l,c,b,w);(b||k)&&(a.points._paths=a.points.paths(l,c,Dt,Ot,k),ro(c,!0))}ne!=d&&(u.globalAlpha=ne=d),jt("drawSeries",c)}}),o&&(u.globalAlpha=ne=1)}}function io(o,a){let c=a?M[o].points:M[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function ro(o,a){let c=a?M[o].points:M[o],{stroke:d,fill:w,clip:b,flags:k,_stroke:A=c._stroke,_fill:P=c._fill,_width:O=c.width}=c._paths;O=xt(O*pt,3);let F=null,V=O%2/2;a&&P==null&&(P=O>0?"#fff":A);let X=c.pxAlign==1&&V>0;if(X&&u.translate(V,V),!a){let dt=oe-O/2,ct=de-O/2,st=ee+O,Q=ke+O;F=new Path2D,F.rect(dt,ct,st,Q)}a?Xl(A,O,c.dash,c.cap,P,d,w,k,b):Ar(o,A,O,c.dash,c.cap,P,d,w,k,F,b),X&&u.translate(-V,-V)}function Ar(o,a,c,d,w,b,k,A,P,O,F){let V=!1;P!=0&&q.forEach((X,dt)=>{if(X.series[0]==o){let ct=M[X.series[1]],st=t[X.series[1]],Q=(ct._paths||ll).band;Ze(Q)&&(Q=X.dir==1?Q[0]:Q[1]);let Y,St=null;ct.show&&Q&&_a(st,Dt,Ot)?(St=X.fill(l,dt)||b,Y=ct._paths.clip):Q=null,Xl(a,c,d,w,St,k,A,P,O,F,Y,Q),V=!0}}),V||Xl(a,c,d,w,b,k,A,P,O,F)}let ao=In|Cs;function Xl(o,a,c,d,w,b,k,A,P,O,F,V){lo(o,a,c,d,w),(P||O||V)&&(u.save(),P&&u.clip(P),O&&u.clip(O)),V?(A&ao)==ao?(u.clip(V),F&&u.clip(F),fl(w,k),ul(o,b,a)):A&Cs?(fl(w,k),u.clip(V),ul(o,b,a)):A&In&&(u.save(),u.clip(V),F&&u.clip(F),fl(w,k),u.restore(),ul(o,b,a)):(fl(w,k),ul(o,b,a)),(P||O||V)&&u.restore()}function ul(o,a,c){c>0&&(a instanceof Map?a.forEach((d,w)=>{u.strokeStyle=cl=w,u.stroke(d)}):a!=null&&o&&u.stroke(a))}function fl(o,a){a instanceof Map?a.forEach((c,d)=>{u.fillStyle=kn=d,u.fill(c)}):a!=null&&o&&u.fill(a)}function Er(o,a,c,d){let w=$[o],b;if(d<=0)b=[0,0];else{let k=w._space=w.space(l,o,a,c,d),A=w._incrs=w.incrs(l,o,a,c,d,k);b=Uc(a,c,A,d,k)}return w._found=b}function ts(o,a,c,d,w,b,k,A,P,O){let F=k%2/2;N==1&&u.translate(F,F),lo(A,k,P,O,A),u.beginPath();let V,X,dt,ct,st=w+(d==0||d==3?-b:b);c==0?(X=w,ct=st):(V=w,dt=st);for(let Q=0;Q<o.length;Q++)a[Q]!=null&&(c==0?V=dt=o[Q]:X=ct=o[Q],u.moveTo(V,X),u.lineTo(dt,ct));u.stroke(),N==1&&u.translate(-F,-F)}function $r(o){let a=!0;return $.forEach((c,d)=>{if(!c.show)return;let w=T[c.scale];if(w.min==null){c._show&&(a=!1,c._show=!1,Sn(!1));return}else c._show||(a=!1,c._show=!0,Sn(!1));let b=c.side,k=b%2,{min:A,max:P}=w,[O,F]=Er(d,A,P,k==0?et:D);if(F==0)return;let V=w.distr==2,X=c._splits=c.splits(l,d,A,P,O,F,V),dt=w.distr==2?X.map(Y=>Se[Y]):X,ct=w.distr==2?Se[X[1]]-Se[X[0]]:O,st=c._values=c.values(l,c.filter(l,dt,d,F,ct),d,F,ct);c._rotate=b==2?c.rotate(l,st,d,F):0;let Q=c._size;c._size=xe(c.size(l,st,d,o)),Q!=null&&c._size!=Q&&(a=!1)}),a}function Pr(o){let a=!0;return eo.forEach((c,d)=>{let w=c(l,d,on,o);w!=Ue[d]&&(a=!1),Ue[d]=w}),a}function zr(){for(let o=0;o<$.length;o++){let a=$[o];if(!a.show||!a._show)continue;let c=a.side,d=c%2,w,b,k=a.stroke(l,o),A=c==0||c==3?-1:1,[P,O]=a._found;if(a.label!=null){let Zt=a.labelGap*A,ae=$t((a._lpos+Zt)*pt);so(a.labelFont[0],k,"center",c==2?"top":$o),u.save(),d==1?(w=b=0,u.translate(ae,$t(de+ke/2)),u.rotate((c==3?-bl:bl)/2)):(w=$t(oe+ee/2),b=ae);let cn=vi(a.label)?a.label(l,o,P,O):a.label;u.fillText(cn,w,b),u.restore()}if(O==0)continue;let F=T[a.scale],V=d==0?ee:ke,X=d==0?oe:de,dt=a._splits,ct=F.distr==2?dt.map(Zt=>Se[Zt]):dt,st=F.distr==2?Se[dt[1]]-Se[dt[0]]:P,Q=a.ticks,Y=a.border,St=Q.show?Q.size:0,Ct=$t(St*pt),Wt=$t((a.alignTo==2?a._size-St-a.gap:a.gap)*pt),wt=a._rotate*-bl/180,Tt=C(a._pos*pt),ie=(Ct+Wt)*A,Jt=Tt+ie;b=d==0?Jt:0,w=d==1?Jt:0;let me=a.font[0],_e=a.align==1?$n:a.align==2?ds:wt>0?$n:wt<0?ds:d==0?"center":c==3?ds:$n,Re=wt||d==1?"middle":c==2?"top":$o;so(me,k,_e,Re);let re=a.font[1]*a.lineGap,we=dt.map(Zt=>C(f(Zt,F,V,X))),Me=a._values;for(let Zt=0;Zt<Me.length;Zt++){let ae=Me[Zt];if(ae!=null){d==0?w=we[Zt]:b=we[Zt],ae=""+ae;let cn=ae.indexOf(`
`)==-1?[ae]:ae.split(/\n/gm);for(let Qt=0;Qt<cn.length;Qt++){let No=cn[Qt];wt?(u.save(),u.translate(w,b+Qt*re),u.rotate(wt),u.fillText(No,0,0),u.restore()):u.fillText(No,w,b+Qt*re)}}}Q.show&&ts(we,Q.filter(l,ct,o,O,st),d,c,Tt,Ct,xt(Q.width*pt,3),Q.stroke(l,o),Q.dash,Q.cap);let De=a.grid;De.show&&ts(we,De.filter(l,ct,o,O,st),d,d==0?2:1,d==0?de:oe,d==0?ke:ee,xt(De.width*pt,3),De.stroke(l,o),De.dash,De.cap),Y.show&&ts([Tt],[1],d==0?1:0,d==0?1:2,d==1?de:oe,d==1?ke:ee,xt(Y.width*pt,3),Y.stroke(l,o),Y.dash,Y.cap)}jt("drawAxes")}function Sn(o){M.forEach((a,c)=>{c>0&&(a._paths=null,o&&(s==1?(a.min=null,a.max=null):a.facets.forEach(d=>{d.min=null,d.max=null})))})}let dl=!1,es=!1,Kn=[];function Rr(){es=!1;for(let o=0;o<Kn.length;o++)jt(...Kn[o]);Kn.length=0}function _n(){dl||(Ia(co),dl=!0)}function Dr(o,a=!1){dl=!0,es=a,o(l),co(),a&&Kn.length>0&&queueMicrotask(Rr)}l.batch=Dr;function co(){if(Vl&&(Tr(),Vl=!1),gn&&(yr(),gn=!1),il){if(_t(S,$n,L),_t(S,"top",lt),_t(S,Xn,et),_t(S,tl,D),_t(_,$n,L),_t(_,"top",lt),_t(_,Xn,et),_t(_,tl,D),_t(g,Xn,qt),_t(g,tl,se),x.width=$t(qt*pt),x.height=$t(se*pt),$.forEach(({_el:o,_show:a,_size:c,_pos:d,side:w})=>{if(o!=null)if(a){let b=w===3||w===0?c:0,k=w%2==1;_t(o,k?"left":"top",d-b),_t(o,k?"width":"height",c),_t(o,k?"top":"left",k?lt:L),_t(o,k?"height":"width",k?D:et),vs(o,dn)}else ce(o,dn)}),cl=kn=Ul=Kl=Yl=ql=Jl=Zl=Gl=null,ne=1,Jn(!0),L!=ye||lt!=ve||et!=Ee||D!=nn){Sn(!1);let o=et/Ee,a=D/nn;if(zt&&!ln&&W.left>=0){W.left*=o,W.top*=a,Mn&&Oe(Mn,$t(W.left),0,et,D),Cn&&Oe(Cn,0,$t(W.top),et,D);for(let c=0;c<he.length;c++){let d=he[c];d!=null&&(yn[c]*=o,vn[c]*=a,Oe(d,xe(yn[c]),xe(vn[c]),et,D))}}if(kt.show&&!rl&&kt.left>=0&&kt.width>0){kt.left*=o,kt.width*=o,kt.top*=a,kt.height*=a;for(let c in rs)_t(Ln,c,kt[c])}ye=L,ve=lt,Ee=et,nn=D}jt("setSize"),il=!1}qt>0&&se>0&&(u.clearRect(0,0,x.width,x.height),jt("drawClear"),z.forEach(o=>o()),jt("draw")),kt.show&&rl&&(pl(kt),rl=!1),zt&&ln&&(an(null,!0,!1),ln=!1),Z.show&&Z.live&&pe&&(os(),pe=!1),m||(m=!0,l.status=1,jt("ready")),Gn=!1,dl=!1}l.redraw=(o,a)=>{gn=a||!1,o!==!1?Ke(y,v.min,v.max):_n()};function ns(o,a){let c=T[o];if(c.from==null){if(Vt==0){let d=c.range(l,a.min,a.max,o);a.min=d[0],a.max=d[1]}if(a.min>a.max){let d=a.min;a.min=a.max,a.max=d}if(Vt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==y&&c.distr==2&&Vt>0&&(a.min=Te(a.min,t[0]),a.max=Te(a.max,t[0]),a.min==a.max&&a.max++),U[o]=a,Vl=!0,_n()}}l.setScale=ns;let ls,ss,Mn,Cn,uo,fo,Tn,Nn,po,ho,vt,Mt,Ge=!1,Ht=W.drag,It=Ht.x,Ft=Ht.y;zt&&(W.x&&(ls=be(aa,_)),W.y&&(ss=be(ca,_)),v.ori==0?(Mn=ls,Cn=ss):(Mn=ss,Cn=ls),vt=W.left,Mt=W.top);let kt=l.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=kt.show?be(ra,kt.over?_:S):null;function pl(o,a){if(kt.show){for(let c in o)kt[c]=o[c],c in rs&&_t(Ln,c,o[c]);a!==!1&&jt("setSelect")}}l.setSelect=pl;function Or(o){if(M[o].show)yt&&vs(gt[o],dn);else if(yt&&ce(gt[o],dn),zt){let c=xn?he[0]:he[o];c!=null&&Oe(c,-10,-10,et,D)}}function Ke(o,a,c){ns(o,{min:a,max:c})}function Pe(o,a,c,d){a.focus!=null&&Vr(o),a.show!=null&&M.forEach((w,b)=>{b>0&&(o==b||o==null)&&(w.show=a.show,Or(b),s==2?(Ke(w.facets[0].scale,null,null),Ke(w.facets[1].scale,null,null)):Ke(w.scale,null,null),_n())}),c!==!1&&jt("setSeries",o,a),d&&Zn("setSeries",l,o,a)}l.setSeries=Pe;function Ir(o,a){At(q[o],a)}function Fr(o,a){o.fill=it(o.fill||null),o.dir=ut(o.dir,-1),a=a??q.length,q.splice(a,0,o)}function jr(o){o==null?q.length=0:q.splice(o,1)}l.addBand=Fr,l.setBand=Ir,l.delBand=jr;function Wr(o,a){M[o].alpha=a,zt&&he[o]!=null&&(he[o].style.opacity=a),yt&&gt[o]&&(gt[o].style.opacity=a)}let je,Ye,rn,An={focus:!0};function Vr(o){if(o!=rn){let a=o==null,c=$e.alpha!=1;M.forEach((d,w)=>{if(s==1||w>0){let b=a||w==0||w==o;d._focus=a?null:b,c&&Wr(w,b?1:$e.alpha)}}),rn=o,c&&_n()}}yt&&bn&&Et(Do,rt,o=>{W._lock||(sn(o),rn!=null&&Pe(null,An,!0,Lt.setSeries))});function ze(o,a,c){let d=T[a];c&&(o=o/pt-(d.ori==1?lt:L));let w=et;d.ori==1&&(w=D,o=w-o),d.dir==-1&&(o=w-o);let b=d._min,k=d._max,A=o/w,P=b+(k-b)*A,O=d.distr;return O==3?Rn(10,P):O==4?Ca(P,d.asinh):O==100?d.bwd(P):P}function Hr(o,a){let c=ze(o,y,a);return Te(c,t[0],Dt,Ot)}l.valToIdx=o=>Te(o,t[0]),l.posToIdx=Hr,l.posToVal=ze,l.valToPos=(o,a,c)=>T[a].ori==0?i(o,T[a],c?ee:et,c?oe:0):r(o,T[a],c?ke:D,c?de:0),l.setCursor=(o,a,c)=>{vt=o.left,Mt=o.top,an(null,a,c)};function mo(o,a){_t(Ln,$n,kt.left=o),_t(Ln,Xn,kt.width=a)}function wo(o,a){_t(Ln,"top",kt.top=o),_t(Ln,tl,kt.height=a)}let Yn=v.ori==0?mo:wo,qn=v.ori==1?mo:wo;function Br(){if(yt&&Z.live)for(let o=s==2?1:0;o<M.length;o++){if(o==0&&Yt)continue;let a=Z.values[o],c=0;for(let d in a)Kt[o][c++].firstChild.nodeValue=a[d]}}function os(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((c,d)=>{ot[d]=c}):Aa(o.idx)||ot.fill(o.idx),Z.idx=ot[0]),yt&&Z.live){for(let c=0;c<M.length;c++)(c>0||s==1&&!Yt)&&Ur(c,ot[c]);Br()}pe=!1,a!==!1&&jt("setLegend")}l.setLegend=os;function Ur(o,a){let c=M[o],d=o==0&&K==2?Se:t[o],w;Yt?w=c.values(l,o,a)??Ae:(w=c.value(l,a==null?null:d[a],o,a),w=w==null?Ae:{_:w}),Z.values[o]=w}function an(o,a,c){po=vt,ho=Mt,[vt,Mt]=W.move(l,vt,Mt),W.left=vt,W.top=Mt,zt&&(Mn&&Oe(Mn,$t(vt),0,et,D),Cn&&Oe(Cn,0,$t(Mt),et,D));let d,w=Dt>Ot;je=bt,Ye=null;let b=v.ori==0?et:D,k=v.ori==1?et:D;if(vt<0||Vt==0||w){d=W.idx=null;for(let A=0;A<M.length;A++){let P=he[A];P!=null&&Oe(P,-10,-10,et,D)}bn&&Pe(null,An,!0,o==null&&Lt.setSeries),Z.live&&(ot.fill(d),pe=!0)}else{let A,P,O;s==1&&(A=v.ori==0?vt:Mt,P=ze(A,y),d=W.idx=Te(P,t[0],Dt,Ot),O=B(t[0][d],v,b,0));let F=-10,V=-10,X=0,dt=0,ct=!0,st="",Q="";for(let Y=s==2?1:0;Y<M.length;Y++){let St=M[Y],Ct=ot[Y],Wt=Ct==null?null:s==1?t[Y][Ct]:t[Y][1][Ct],wt=W.dataIdx(l,Y,d,P),Tt=wt==null?null:s==1?t[Y][wt]:t[Y][1][wt];if(pe=pe||Tt!=Wt||wt!=Ct,ot[Y]=wt,Y>0&&St.show){let ie=wt==null?-10:wt==d?O:B(s==1?t[0][wt]:t[Y][0][wt],v,b,0),Jt=Tt==null?-10:J(Tt,s==1?T[St.scale]:T[St.facets[1].scale],k,0);if(bn&&Tt!=null){let me=v.ori==1?vt:Mt,_e=Pt($e.dist(l,Y,wt,Jt,me));if(_e<je){let Re=$e.bias;if(Re!=0){let re=ze(me,St.scale),we=Tt>=0?1:-1,Me=re>=0?1:-1;Me==we&&(Me==1?Re==1?Tt>=re:Tt<=re:Re==1?Tt<=re:Tt>=re)&&(je=_e,Ye=Y)}else je=_e,Ye=Y}}if(pe||xn){let me,_e;v.ori==0?(me=ie,_e=Jt):(me=Jt,_e=ie);let Re,re,we,Me,De,Zt,ae=!0,cn=Ut.bbox;if(cn!=null){ae=!1;let Qt=cn(l,Y);we=Qt.left,Me=Qt.top,Re=Qt.width,re=Qt.height}else we=me,Me=_e,Re=re=Ut.size(l,Y);if(Zt=Ut.fill(l,Y),De=Ut.stroke(l,Y),xn)Y==Ye&&je<=$e.prox&&(F=we,V=Me,X=Re,dt=re,ct=ae,st=Zt,Q=De);else{let Qt=he[Y];Qt!=null&&(yn[Y]=we,vn[Y]=Me,Ho(Qt,Re,re,ae),Wo(Qt,Zt,De),Oe(Qt,xe(we),xe(Me),et,D))}}}}if(xn){let Y=$e.prox,St=rn==null?je<=Y:je>Y||Ye!=rn;if(pe||St){let Ct=he[0];Ct!=null&&(yn[0]=F,vn[0]=V,Ho(Ct,X,dt,ct),Wo(Ct,st,Q),Oe(Ct,xe(F),xe(V),et,D))}}}if(kt.show&&Ge)if(o!=null){let[A,P]=Lt.scales,[O,F]=Lt.match,[V,X]=o.cursor.sync.scales,dt=o.cursor.drag;if(It=dt._x,Ft=dt._y,It||Ft){let{left:ct,top:st,width:Q,height:Y}=o.select,St=o.scales[V].ori,Ct=o.posToVal,Wt,wt,Tt,ie,Jt,me=A!=null&&O(A,V),_e=P!=null&&F(P,X);me&&It?(St==0?(Wt=ct,wt=Q):(Wt=st,wt=Y),Tt=T[A],ie=B(Ct(Wt,V),Tt,b,0),Jt=B(Ct(Wt+wt,V),Tt,b,0),Yn(Ne(ie,Jt),Pt(Jt-ie))):Yn(0,b),_e&&Ft?(St==1?(Wt=ct,wt=Q):(Wt=st,wt=Y),Tt=T[P],ie=J(Ct(Wt,X),Tt,k,0),Jt=J(Ct(Wt+wt,X),Tt,k,0),qn(Ne(ie,Jt),Pt(Jt-ie))):qn(0,k)}else as()}else{let A=Pt(po-uo),P=Pt(ho-fo);if(v.ori==1){let X=A;A=P,P=X}It=Ht.x&&A>=Ht.dist,Ft=Ht.y&&P>=Ht.dist;let O=Ht.uni;O!=null?It&&Ft&&(It=A>=O,Ft=P>=O,!It&&!Ft&&(P>A?Ft=!0:It=!0)):Ht.x&&Ht.y&&(It||Ft)&&(It=Ft=!0);let F,V;It&&(v.ori==0?(F=Tn,V=vt):(F=Nn,V=Mt),Yn(Ne(F,V),Pt(V-F)),Ft||qn(0,k)),Ft&&(v.ori==1?(F=Tn,V=vt):(F=Nn,V=Mt),qn(Ne(F,V),Pt(V-F)),It||Yn(0,b)),!It&&!Ft&&(Yn(0,0),qn(0,0))}if(Ht._x=It,Ht._y=Ft,o==null){if(c){if(To!=null){let[A,P]=Lt.scales;Lt.values[0]=A!=null?ze(v.ori==0?vt:Mt,A):null,Lt.values[1]=P!=null?ze(v.ori==1?vt:Mt,P):null}Zn(ps,l,vt,Mt,et,D,d)}if(bn){let A=c&&Lt.setSeries,P=$e.prox;rn==null?je<=P&&Pe(Ye,An,!0,A):je>P?Pe(null,An,!0,A):Ye!=rn&&Pe(Ye,An,!0,A)}}pe&&(Z.idx=d,os()),a!==!1&&jt("setCursor")}let qe=null;Object.defineProperty(l,"rect",{get(){return qe==null&&Jn(!1),qe}});function Jn(o=!1){o?qe=null:(qe=_.getBoundingClientRect(),jt("syncRect",qe))}function go(o,a,c,d,w,b,k){W._lock||Ge&&o!=null&&o.movementX==0&&o.movementY==0||(is(o,a,c,d,w,b,k,!1,o!=null),o!=null?an(null,!0,!0):an(a,!0,!1))}function is(o,a,c,d,w,b,k,A,P){if(qe==null&&Jn(!1),sn(o),o!=null)c=o.clientX-qe.left,d=o.clientY-qe.top;else{if(c<0||d<0){vt=-10,Mt=-10;return}let[O,F]=Lt.scales,V=a.cursor.sync,[X,dt]=V.values,[ct,st]=V.scales,[Q,Y]=Lt.match,St=a.axes[0].side%2==1,Ct=v.ori==0?et:D,Wt=v.ori==1?et:D,wt=St?b:w,Tt=St?w:b,ie=St?d:c,Jt=St?c:d;if(ct!=null?c=Q(O,ct)?f(X,T[O],Ct,0):-10:c=Ct*(ie/wt),st!=null?d=Y(F,st)?f(dt,T[F],Wt,0):-10:d=Wt*(Jt/Tt),v.ori==1){let me=c;c=d,d=me}}P&&(a==null||a.cursor.event.type==ps)&&((c<=1||c>=et-1)&&(c=un(c,et)),(d<=1||d>=D-1)&&(d=un(d,D))),A?(uo=c,fo=d,[Tn,Nn]=W.move(l,c,d)):(vt=c,Mt=d)}let rs={width:0,height:0,left:0,top:0};function as(){pl(rs,!1)}let bo,xo,yo,vo;function ko(o,a,c,d,w,b,k){Ge=!0,It=Ft=Ht._x=Ht._y=!1,is(o,a,c,d,w,b,k,!0,!1),o!=null&&(Et(hs,xs,So,!1),Zn(zo,l,Tn,Nn,et,D,null));let{left:A,top:P,width:O,height:F}=kt;bo=A,xo=P,yo=O,vo=F}function So(o,a,c,d,w,b,k){Ge=Ht._x=Ht._y=!1,is(o,a,c,d,w,b,k,!1,!0);let{left:A,top:P,width:O,height:F}=kt,V=O>0||F>0,X=bo!=A||xo!=P||yo!=O||vo!=F;if(V&&X&&pl(kt),Ht.setScale&&V&&X){let dt=A,ct=O,st=P,Q=F;if(v.ori==1&&(dt=P,ct=F,st=A,Q=O),It&&Ke(y,ze(dt,y),ze(dt+ct,y)),Ft)for(let Y in T){let St=T[Y];Y!=y&&St.from==null&&St.min!=bt&&Ke(Y,ze(st+Q,Y),ze(st,Y))}as()}else W.lock&&(W._lock=!W._lock,an(a,!0,o!=null));o!=null&&(Be(hs,xs),Zn(hs,l,vt,Mt,et,D,null))}function Gr(o,a,c,d,w,b,k){if(W._lock)return;sn(o);let A=Ge;if(Ge){let P=!0,O=!0,F=10,V,X;v.ori==0?(V=It,X=Ft):(V=Ft,X=It),V&&X&&(P=vt<=F||vt>=et-F,O=Mt<=F||Mt>=D-F),V&&P&&(vt=vt<Tn?0:et),X&&O&&(Mt=Mt<Nn?0:D),an(null,!0,!0),Ge=!1}vt=-10,Mt=-10,ot.fill(null),an(null,!0,!0),A&&(Ge=A)}function _o(o,a,c,d,w,b,k){W._lock||(sn(o),Bl(),as(),o!=null&&Zn(Oo,l,vt,Mt,et,D,null))}function Mo(){$.forEach(Gc),Hl(l.width,l.height,!0)}pn(xl,zn,Mo);let En={};En.mousedown=ko,En.mousemove=go,En.mouseup=So,En.dblclick=_o,En.setSeries=(o,a,c,d)=>{let w=Lt.match[2];c=w(l,a,c),c!=-1&&Pe(c,d,!0,!1)},zt&&(Et(zo,_,ko),Et(ps,_,go),Et(Ro,_,o=>{sn(o),Jn(!1)}),Et(Do,_,Gr),Et(Oo,_,_o),Ts.add(l),l.syncRect=Jn);let hl=l.hooks=e.hooks||{};function jt(o,a,c){es?Kn.push([o,a,c]):o in hl&&hl[o].forEach(d=>{d.call(null,l,a,c)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)hl[a]=(hl[a]||[]).concat(o.hooks[a])});let Co=(o,a,c)=>c,Lt=At({key:null,setSeries:!1,filters:{pub:Yo,sub:Yo},scales:[y,M[1]?M[1].scale:null],match:[qo,qo,Co],values:[null,null]},W.sync);Lt.match.length==2&&Lt.match.push(Co),W.sync=Lt;let To=Lt.key,cs=Ui(To);function Zn(o,a,c,d,w,b,k){Lt.filters.pub(o,a,c,d,w,b,k)&&cs.pub(o,a,c,d,w,b,k)}cs.sub(l);function Kr(o,a,c,d,w,b,k){Lt.filters.sub(o,a,c,d,w,b,k)&&En[o](null,a,c,d,w,b,k)}l.pub=Kr;function Yr(){cs.unsub(l),Ts.delete(l),Fe.clear(),ks(xl,zn,Mo),p.remove(),rt?.remove(),jt("destroy")}l.destroy=Yr;function us(){jt("init",e,t),no(t||e.data,!1),U[y]?ns(y,U[y]):Bl(),rl=kt.show&&(kt.width>0||kt.height>0),ln=pe=!0,Hl(e.width,e.height)}return M.forEach(to),$.forEach(Cr),n?n instanceof HTMLElement?(n.appendChild(p),us()):n(l,us):us(),l}Nt.assign=At;Nt.fmtNum=zs;Nt.rangeNum=yl;Nt.rangeLog=Sl;Nt.rangeAsinh=$s;Nt.orient=mn;Nt.pxRatio=pt;Nt.join=Oa;Nt.fmtDate=Ds,Nt.tzDate=Ya;Nt.sync=Ui;{Nt.addGap=Ac,Nt.clipGaps=Cl;let e=Nt.paths={points:Zi};e.linear=Xi,e.stepped=Pc,e.bars=zc,e.spline=Dc}function ft(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function lr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let r;l?r=l.classList.contains("dark-mode"):r=!!(n&&n.matches),r!==s&&(s=r,t.classList.toggle("nw-dark",r),e&&e(r))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function Vn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback")}}var Hs=new Set;function Al(e){for(let t of[...Hs])(!e||e.contains(t.el))&&t.destroy()}function Kc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Xe=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Hs.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Hs.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Vn(),l=t.series.map(y=>[y.steps,y.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(y=>y[0]===l[0][0])?s=[l[0][0],...l.map(y=>y[1])]:s=Nt.join(l);let i=Array.from(s[0]),r=s.slice(1).map(y=>Array.from(y));this.raw=r,this.xs=i;let f=[...new Set(t.series.map(y=>y.scale||"y"))],m={};for(let y of f)m[y]=!!t.log&&t.series.some((E,z)=>(E.scale||"y")===y&&r[z].some(Kc));let p=r.map((y,E)=>{let z=t.series[E].scale||"y",H=m[z],R=new Array(y.length);for(let v=0;v<y.length;v++){let K=y[v];K===void 0?R[v]=void 0:K===null||!Number.isFinite(K)||H&&K<=0?R[v]=null:R[v]=K}return R}),x=[];for(let y=0;y<i.length;y++){let E=null;for(let z of r){let H=z[y];if(typeof H=="number"&&!Number.isFinite(H)&&(E=Number.isNaN(H)?"nan":"inf",E==="nan"))break}E&&x.push([i[y],E])}this.bad=x;let u=[];for(let y of t.hlines||[]){let E=y.scale||"y",z=Number(y.value);!f.includes(E)||!Number.isFinite(z)||m[E]&&z<=0||!i.length||(u.push({...y,value:z,scale:E}),r.push(i.map(()=>z)),p.push(i.map(()=>z)))}this.hlines=u;let g={x:{time:!1,range:(y,E,z)=>this._xRange(E,z)}};for(let y of f)g[y]=m[y]?{distr:3,log:10,range:(E,z,H)=>z==null?[.001,1]:Nt.rangeLog(z,H,10,!0)}:{range:(E,z,H)=>{if(z==null)return[0,1];if(H-z<=1e-6*Math.max(Math.abs(z),Math.abs(H))){let R=(z+H)/2;return[R-Math.abs(R||1)*.5,R+Math.abs(R||1)*.5]}return Nt.rangeNum(z,H,.1,!0)}};let S="11px system-ui, sans-serif",_=(y,E)=>({scale:y,side:E,stroke:n.muted,font:S,size:(z,H)=>{let R=0;for(let v of H||[])R=Math.max(R,String(v).length);return Math.max(t.compact?30:40,Math.ceil(R*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:E!==1},ticks:{stroke:n.grid,width:1,size:4},values:(z,H)=>H.map(R=>R==null?"":ft(R,2))}),N=[{stroke:n.muted,font:S,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(y,E)=>E.map(z=>z==null?"":String(Math.round(z)))}];f.forEach((y,E)=>N.push(_(y,E===0?3:1)));let C=[{label:"step",value:(y,E)=>E==null?"–":String(Math.round(E))},...t.series.map((y,E)=>({label:y.label,scale:y.scale||"y",stroke:y.color||n.series[E%n.series.length],width:y.width||1.5,dash:y.dash,spanGaps:!1,points:{show:(z,H,R,v)=>v-R<40,size:4},value:(z,H,R,v)=>v==null?"–":ft(this.raw[R-1][v])})),...u.map(y=>({label:y.label,scale:y.scale,stroke:y.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>ft(y.value)}))],I=[],M=t.series.findIndex(y=>y.band==="hi"),$=t.series.findIndex(y=>y.band==="lo");M>=0&&$>=0&&I.push({series:[M+1,$+1],fill:n.band});let T=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:g,axes:N,series:C,bands:I,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[y=>T._drawOverlay(y)],setSelect:[y=>{let E=y.select;if(E.width>4&&t.onRange){let z=Math.round(y.posToVal(E.left,"x")),H=Math.round(y.posToVal(E.left+E.width,"x"));y.setSelect({left:0,top:0,width:0,height:0},!1),T._dragged=!0,t.onRange(z,H)}}],ready:[y=>T._ready(y)]}};this.u=new Nt(q,[i,...p],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.markLabels=(n.marks||[]).filter(i=>i.kind!=="skip").map((i,r)=>{let f=document.createElement("div");return f.className=`nw-mark nw-mark-${i.kind}`,f.style.top=`${14+13*(r%3)}px`,f.dataset.kind=i.kind,f.dataset.step=String(i.step),f.textContent=i.kind==="rollback"?"rollback":"spike",f.title=i.title||"",l.appendChild(f),[f,i]}),this.hlineLabels=this.hlines.map(i=>{let r=document.createElement("div");return r.className="nw-hline-label",r.dataset.value=String(i.value),r.textContent=i.text||i.label,r.title=i.text||i.label,l.appendChild(r),r}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let r=t.cursor.left;if(r==null||r<0)return;let f=Math.round(t.posToVal(r,"x"));n.onStep(this._nearestStep(f))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u)return;(this.hlineLabels||[]).forEach((s,i)=>{let r=this.hlines[i],f=this.u.valToPos(r.value,r.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=f>=0&&f<=m+.5?"":"none",s.style.top=`${f}px`,s.classList.toggle("nw-below",f<16),s.dataset.y=String(f)});let t=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio;for(let[s,i]of this.markLabels||[]){let r=this.u.valToPos(i.step,"x");s.style.display=r>=0&&r<=t+.5?"":"none",s.style.left=`${r}px`,s.classList.toggle("nw-left",r>t-60)}if(!this.onsetLabel)return;let n=this.u.valToPos(this.opts.onset,"x"),l=n>=0&&n<=t+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${n}px`,this.onsetLabel.classList.toggle("nw-left",n>t-70),this.onsetLabel.dataset.x=String(n)}_drawOverlay(t){let n=this.opts,l=Vn(),s=t.ctx,{left:i,top:r,width:f,height:m}=t.bbox,p=devicePixelRatio||1,x=u=>t.valToPos(u,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,r,f,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let u=Math.max(i,x(n.windowStart)),g=Math.min(i+f,x(n.onset));g>u&&(s.fillStyle=l.window,s.fillRect(u,r,g-u,m))}for(let u of n.marks||[]){let g=Math.round(x(u.step))+.5;if(s.strokeStyle=s.fillStyle=l[u.kind]||l.muted,u.kind==="skip"){s.beginPath(),s.moveTo(g,r+m),s.lineTo(g-4*p,r+m-7*p),s.lineTo(g+4*p,r+m-7*p),s.closePath(),s.fill();continue}if(u.kind==="rollback"&&u.from!=null&&u.from<u.step){let S=Math.max(i,x(u.from));s.globalAlpha=.15,s.fillRect(S,r,Math.max(0,g-S),m),s.globalAlpha=1}s.lineWidth=1.5*p,s.setLineDash(u.kind==="spike"?[3*p,3*p]:[]),s.beginPath(),s.moveTo(g,r),s.lineTo(g,r+m),s.stroke(),s.setLineDash([])}for(let[u,g]of this.bad){let S=x(u);s.fillStyle=g==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(S-3.5*p,r),s.lineTo(S+3.5*p,r),s.lineTo(S,r+6*p),s.closePath(),s.fill()}if(n.onset!=null){let u=Math.round(x(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*p,s.beginPath(),s.moveTo(u,r),s.lineTo(u,r+m),s.stroke()}if(n.selStep!=null){let u=Math.round(x(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*p,s.setLineDash([4*p,3*p]),s.beginPath(),s.moveTo(u,r),s.lineTo(u,r+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Nt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function sr(e="nw"){return Nt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return or(l,n),l}function or(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?or(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Le(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Hn="tb_nanwatch",El=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let r=this.waits.get(n.id);if(!r)return;this.waits.delete(n.id),n.error?r.reject(new Error(String(n.error))):r.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(r){s=String(r)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let r=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:f=>{clearTimeout(r),i(f)},reject:()=>{clearTimeout(r),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Hn})}};function Bs(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Hn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function ir(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let l=n.location,s=l.hash.replace(/^#/,""),r=(s?s.split("&"):[]).filter(m=>!m.startsWith(`p.${Hn}.`)&&!m.startsWith(encodeURIComponent(`p.${Hn}.`)));(!r.length||r[0].includes("="))&&r.unshift(Hn);for(let[m,p]of Object.entries(e))p==null||p===""||r.push(`${encodeURIComponent(`p.${Hn}.${m}`)}=${encodeURIComponent(String(p))}`);let f=new URL(l.href);if(f.hash=r.join("&"),f.href===l.href)return;t?n.history.pushState(n.history.state,"",f.href):n.history.replaceState(n.history.state,"",f.href)}catch{}}var rr={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},Yc=1e3,ar={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Us(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(ar,t)?ar[t]:null})}function qc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function cr(e,t,n){let l=performance.now(),s=await Bt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((u,g)=>({...u,_i:g}));i.sort((u,g)=>(rr[u.status]??4.5)-(rr[g.status]??4.5)||u._i-g._i),e.runs=i;let r=i.filter(u=>u.status!=="healthy"&&u.status!=="loading").length,f=i.filter(u=>u.loading).length,m=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${r} failing`}),f?h("span",{class:"nw-sub nw-loading-count",text:`${f} still loading…`}):null);if(f&&e.pollRuns(Yc),!i.length){t.append(m,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let p=h("tbody");for(let u of i){let g=u.onset,S=u.origin&&(u.origin.layer||u.origin.tensor)?u.origin:g,_=u.top_cause,N=[];u.loading&&u.status!=="loading"&&N.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let C=u.events&&typeof u.events=="object"?u.events:{};for(let[$,T,q,y]of[["spike","loss spike","loss spikes","a finite loss 10x its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let E=Number(C[$])||0;E>0&&N.push(h("span",{class:`nw-chip nw-event nw-event-${$}`,dataset:{kind:$,count:String(E)},title:y,text:`${E} ${E===1?T:q}`}))}u.summarised&&N.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),u.sampled&&N.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let $ of u.problems||[])N.push(h("span",{class:"nw-chip nw-warn",title:String($),text:String($)}));let I=$=>{$.preventDefault(),e.setState({run:u.run,layer:null,step:null,start:null,end:null})},M=h("tr",{class:"nw-run-row",dataset:{run:u.run,status:String(u.status),loading:u.loading?"1":"0"},tabindex:"0",onclick:I,onkeydown:$=>$.key==="Enter"&&I($)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:u.run}),text:u.run,onclick:I})),h("td",null,Us(u.status),u.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(u.status_note)}):null),h("td",{class:"nw-onset-step",text:g&&g.step!=null?String(g.step):"–"}),h("td",{class:"nw-origin"},S?h("span",{text:qc(S)}):"–",S&&S.layer&&S.tensor?h("div",{class:"nw-muted nw-small",text:S.tensor}):null,S&&S!==g&&S.step!=null&&g&&S.step!==g.step?h("div",{class:"nw-muted nw-small",text:`from step ${S.step}`}):null),h("td",{class:"nw-top-cause"},_?h("span",{text:_.summary||_.id}):h("span",{class:"nw-muted",text:u.status==="healthy"?"no cause found":"–"}),_&&_.score!=null?h("span",{class:"nw-score",text:ft(Number(_.score),2)}):null),h("td",{class:"nw-num",text:u.steps!=null?String(u.steps):"–"}),h("td",{class:"nw-notes"},N));p.appendChild(M)}let x=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(u=>h("th",{text:u})))),p);t.append(m,h("div",{class:"nw-card nw-scroll-x"},x)),e.timing("overview",performance.now()-l)}var $l=/[A-Za-z0-9_]/;function ur(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!($l.test(t[0])&&$l.test(l))&&!($l.test(t[t.length-1])&&$l.test(s)))return!0}return!1}function Jc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&ur(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let r of t)r.layer&&ur(e,r.layer)&&(!i||r.layer.length>i.length)&&(i=r.layer);n.layer=i}return n}async function Zc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function fr(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let r=h("ol",{class:"nw-cause-list"});s.forEach((p,x)=>{let u=Number(p.score),g=h("ul",{class:"nw-evidence"});for(let _ of p.evidence||[]){let N=typeof _=="string"?_:String(_&&_.text!=null?_.text:JSON.stringify(_)),C=Jc(N,t);_&&typeof _=="object"&&(C={step:_.step??C.step,layer:_.layer??C.layer,tensor:_.tensor??C.tensor});let I=C.step!=null||C.layer!=null,M=h("li",{class:I?"nw-ev nw-jump":"nw-ev"});if(I){let $=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[C.layer&&`layer ${C.layer}`,C.step!=null&&`step ${C.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(C),onkeydown:T=>(T.key==="Enter"||T.key===" ")&&(T.preventDefault(),n(C))});M.appendChild($)}else M.appendChild(h("span",{text:N}));g.appendChild(M)}let S=null;if(p.fix){let _=h("button",{class:"nw-btn nw-copy",text:"Copy"});_.addEventListener("click",()=>Zc(String(p.fix),_)),S=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),_),h("pre",null,h("code",{text:String(p.fix)})))}r.appendChild(h("li",{class:"nw-cause",dataset:{id:String(p.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${x+1}`}),h("span",{class:"nw-cause-summary",text:p.summary||p.id}),h("span",{class:"nw-scorebar",title:`score ${ft(u,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,u))*100}%`}})),h("span",{class:"nw-score",text:ft(u,2)})),h("div",{class:"nw-muted nw-small",text:String(p.id)}),g,S))}),i.appendChild(r);let f=e.ruled_out||[];f.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(p=>h("li",{class:"nw-ruled-item",text:typeof p=="string"?p:p.summary||p.id||JSON.stringify(p)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((p,x)=>h("span",{class:"nw-rule-error",title:p.error!=null?String(p.error):null},x?", ":"",h("code",{text:String(p.id)}),p.error!=null?` (${p.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${m.join(", ")}`})),i}var Pl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Qc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Pl.length-1),l=Math.min(Pl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=Pl[l][i]*(1-s)+Pl[l+1][i]*s}return e}var Bn=Qc();function Gs(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Ks(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var zl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Le(t);let s=n.rows||[],i=n.buckets||[],r=s.length,f=i.length;if(!r||!f){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=Vn(),p=Math.max(3,Math.min(16,Math.floor(640/r)));this.rh=p;let x=1/0,u=-1/0,g=n.magnitude,S=n.nonfinite;for(let G=0;G<r;G++){let j=g[G];for(let at=0;at<f;at++){let nt=Ks(j[at]);nt!==null&&Number.isFinite(nt)&&(nt<x&&(x=nt),nt>u&&(u=nt))}}u>=x||(x=0,u=1),u-x<1e-9&&(u=x+1),this.lo=x,this.hi=u;let _=h("div",{class:"nw-hm"}),N=h("div",{class:"nw-hm-labels",style:{height:`${r*p}px`}}),C=n.layers||[],I=p>=9?1:Math.ceil(12/p);for(let G=0;G<r;G++){let j=G%I===0,at=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&C[G]===l.selLayer?" nw-sel":"")+(I>1?" nw-thin":""),style:{height:`${p}px`,lineHeight:I>1?"12px":`${p}px`},title:s[G],text:j?s[G]:""});at.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:C[G]??null,step:null})),N.appendChild(at)}let M=h("div",{class:"nw-hm-plot"}),$=h("canvas",{class:"nw-hm-canvas"}),T=h("div",{class:"nw-tip",style:{display:"none"}});M.append($,T);let q=h("div",{class:"nw-hm-axis"});_.append(N,M);let y=this._legend(m);t.append(_,q,y),this.canvas=$,this.plot=M,this.tip=T;let E=document.createElement("canvas");E.width=f,E.height=r;let z=E.getContext("2d"),H=z.createImageData(f,r),R=H.data,v=Gs(m.nan),K=Gs(m.inf),B=Gs(m.grid),J=u-x,U=0;for(let G=0;G<r;G++){let j=g[G],at=S?S[G]:null;for(let nt=0;nt<f;nt++){let tt=(G*f+nt)*4,ot=at?at[nt]:0,Z;if(ot===1)Z=v,U++;else if(ot===2)Z=K,U++;else{let W=Ks(j[nt]);if(W===null||Number.isNaN(W)||W===1/0)Z=B;else{let yt=W===-1/0?0:Math.max(0,Math.min(255,Math.round((W-x)/J*255)))*3;R[tt]=Bn[yt],R[tt+1]=Bn[yt+1],R[tt+2]=Bn[yt+2],R[tt+3]=255;continue}}R[tt]=Z[0],R[tt+1]=Z[1],R[tt+2]=Z[2],R[tt+3]=255}}if(z.putImageData(H,0,0),this.img=E,t.dataset.nonfiniteCells=String(U),this.R=r,this.B=f,this._draw(),this._axis(q),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=M.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(M.clientWidth-G)>2&&(G=M.clientWidth,this._draw())}),this.ro.observe(M)}$.addEventListener("mousemove",G=>this._hover(G)),$.addEventListener("mouseleave",()=>T.style.display="none"),$.addEventListener("click",G=>{let j=this._cellAt(G);j&&l.onCell&&l.onCell(j)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let r=l[i];if(r==null)return;let f=s.findIndex(p=>p===1||p===2);if(f<0)return;let m=t.buckets[f][0];(!(r in n)||m<n[r][0])&&(n[r]=[m,s[f]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,r=window.devicePixelRatio||1,f=Math.max(100,n.clientWidth||600),m=l*i;this.w=f,this.hgt=m,t.style.width=`${f}px`,t.style.height=`${m}px`,t.width=Math.round(f*r),t.height=Math.round(m*r);let p=t.getContext("2d");p.imageSmoothingEnabled=!1,p.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let x=Vn(),{onset:u,selStep:g,selLayer:S}=this.opts,_=this.data.layers||[];if(S!=null){p.strokeStyle=x.select,p.lineWidth=1.5*r;for(let C=0;C<l;C++)_[C]===S&&p.strokeRect(.75*r,C*i*r+.75*r,t.width-1.5*r,i*r-1.5*r)}let N=C=>{let I=this._bucketOf(C);return I==null?null:(I+.5)/s*t.width};if(u!=null){let C=N(u);C!=null&&(p.strokeStyle=x.onset,p.lineWidth=2*r,p.setLineDash([5*r,3*r]),p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke(),p.setLineDash([]))}if(g!=null){let C=N(g);C!=null&&(p.strokeStyle=x.select,p.lineWidth=1*r,p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),r=Math.floor(s/this.rh);if(i<0||i>=this.B||r<0||r>=this.R)return null;let f=this.data,[m,p]=f.buckets[i],x=f.nonfinite?f.nonfinite[r][i]:0;return{row:r,bucket:i,name:f.rows[r],layer:(f.layers||[])[r]??null,step:m,first:m,last:p,magnitude:Ks(f.magnitude[r][i]),nonfinite:x===1?"NaN":x===2?"Inf":null,source:f.bucket_source?f.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Le(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${ft(Math.pow(10,n.magnitude))} (log10 ${ft(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let r=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[r]},${Bn[r+1]},${Bn[r+2]})`,l.fillRect(i,0,1,10)}let s=(i,r)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),r);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${ft(this.lo,2)}`}),n,h("span",{text:`10^${ft(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Xc=["nan","inf","max_abs","std","mean","scale_spread"];async function dr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Bt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Xc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:Je(m.values)});let r=h("tbody"),f=h("div",{class:"nw-grid-multi"});for(let m of l){let p=v=>i.get(`${m.name}\0${v}`)||{steps:[],values:[]},x=p("nan"),u=p("inf"),g=p("max_abs"),S=p("std"),_=p("mean"),N=p("scale_spread"),C=0,I=0,M=null,$=!1;x.values.forEach((v,K)=>{(v>0||Number.isNaN(v))&&(v>0?C+=v:$=!0,(M===null||x.steps[K]<M)&&(M=x.steps[K]))}),u.values.forEach((v,K)=>{v>0&&(I+=v,(M===null||u.steps[K]<M)&&(M=u.steps[K]))});let T=null,q=null,y=null;g.values.forEach((v,K)=>{Number.isFinite(v)&&(T===null||v>T)&&(T=v);let B=S.values[K],J=_.values[K];if(Number.isFinite(v)&&Number.isFinite(B)&&B>0){let U=(v-Math.abs(Number.isFinite(J)?J:0))/B;(q===null||U>q)&&(q=U,y=g.steps[K])}});let E=null;for(let v of N.values)Number.isFinite(v)&&(E===null||v>E)&&(E=v);let z=C+I>0||$,H=v=>$?`${v?`${ft(v)} + `:""}?`:ft(v);r.appendChild(h("tr",{class:z?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:C||$?"nw-nan-text":"",text:H(C),title:$?"some counts unknown":null}),h("td",{class:I||$?"nw-inf-text":"",text:H(I),title:$?"some counts unknown":null}),h("td",{text:M===null?"–":String(M)}),h("td",{text:ft(T)}),h("td",{class:q!==null&&q>10?"nw-warn-text":"",text:q===null?"–":`${ft(q,3)} σ @ ${y}`}),h("td",{class:E!==null&&E>100?"nw-warn-text":"",text:ft(E)})));let R=h("div",{class:"nw-mini"});f.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),R)),e.defer(()=>e.charts.push(new Xe(R,{series:[{label:"max |x|",steps:g.steps,values:g.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,K)=>e.zoom(v,K),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),r)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),f)}function tu(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var pr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Rl=class{constructor(t,n){if(this.ctx=t,this.groups=tu(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),r=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);r.addEventListener("click",f=>{f.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:r,body:i,group:s,charts:[],visible:!1}),l.appendChild(r)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let r=this.cards.get(i.target.dataset.layer);if(r){r.visible=i.isIntersecting;for(let f of r.charts)f.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(u=>this.cards.get(u).group),s=l.filter(u=>u.act).map(u=>u.act.name),i=l.flatMap(u=>[...u.grads,...u.weights].map(g=>g.name)),r=l.flatMap(u=>u.weights.map(g=>g.name)),f={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Bt("series",{...f,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Bt("series",{...f,tensor:i,stat:["trace"]},n.signal)),r.length&&m.push(Bt("series",{...f,tensor:r,stat:["update_ratio"]},n.signal));let p;try{p=await Promise.all(m)}catch(u){if(n.signal.aborted)return;for(let g of t){let{body:S}=this.cards.get(g);S.textContent=`Could not load: ${u.message}`}return}if(n.signal.aborted)return;let x=new Map;for(let u of p)for(let g of u.series||[])x.set(`${g.tensor}\0${g.stat}`,{steps:g.steps,values:Je(g.values)});for(let u of t){if(n.signal.aborted)return;let g=this.cards.get(u);this._draw(g,x);for(let S of g.charts)S.setSynced(g.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let r=(p,x)=>n.get(`${p}\0${x}`),f=[];if(s.act){let p=r(s.act.name,"min"),x=r(s.act.name,"max"),u=r(s.act.name,"mean");p&&x&&f.push(["activation range",[{label:"max",steps:x.steps,values:x.values,band:"hi"},{label:"min",steps:p.steps,values:p.values,band:"lo"},...u?[{label:"mean",steps:u.steps,values:u.values,dash:[3,3]}]:[]],!1])}let m=p=>p.map(x=>({label:pr(x.name,s.layer),...r(x.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&f.push(["gradient norm",m(s.grads),!0]),s.weights.length&&f.push(["weight norm",m(s.weights),!0]),s.weights.length&&f.push(["update ratio",s.weights.map(p=>({label:pr(p.name,s.layer),...r(p.name,"update_ratio")||{steps:[],values:[]}})),!0]),!f.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[p,x,u]of f){let g=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:p}),g)),x.every(_=>!_.steps.length)){g.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new Xe(g,{series:x,log:u,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:_=>i.jump({step:_,layer:s.layer}),onRange:(_,N)=>i.zoom(_,N),onReset:()=>i.zoom(null,null)});i.charts.push(S),t.charts.push(S)}}};var Ys=8,te=e=>e==null?"":String(e),Dl=e=>Array.isArray(e)?e:[],tn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ol=e=>{let t=ge(e);return t===null?"–":ft(t)},hr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):te(e);function eu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function nu(e){let t=[te(e.name)||te(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function lu(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${hr(s)}`),n=e.learning_rate!=null?[`learning_rate=${hr(e.learning_rate)}`]:[];return`${te(e.class)||"?"}(${[...n,...t].join(", ")})`}function su(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${te(e.epochs??"?")} epochs × ${te(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function ou(e){let t=Object.entries(e);return t.slice(0,Ys).map(([l,s])=>{let i=ge(s);return i===null?l:`${l} (${ft(100*i,3)}%)`}).join(", ")+(t.length>Ys?`, … ${t.length-Ys} more`:"")}function iu(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,r)=>{let f=te(i.name),m=t.has(f),p=l.has(f)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${f}`,text:f,onclick:()=>n.jump({layer:f}),onkeydown:x=>(x.key==="Enter"||x.key===" ")&&(x.preventDefault(),n.jump({layer:f}))}):h("span",{class:"nw-model-layer-name",text:f});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:f}},h("td",{class:"nw-num nw-muted",text:String(r+1)}),h("td",{class:"nw-mono"},p,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:te(i.class)||"–"}),h("td",{class:"nw-model-act",text:te(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?te(i.units):"–"}),h("td",{class:"nw-mono",text:eu(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?te(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function ru(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=tn(l)||{},i=tn(s.values),r=ge(s.nonfinite),f=s.min==null&&s.max==null?"–":`[${Ol(s.min)}, ${Ol(s.max)}]`,m=[te(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:f}),h("td",{text:s.mean==null?"–":`${Ol(s.mean)} ± ${Ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?ou(i):s.integer?"whole numbers":"–"}),h("td",{class:r?"nw-nan-text":"",text:r===null?"–":ft(r)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function mr(e,t){let n=tn(e);if(!n)return null;let l=Dl(n.layers).filter(N=>tn(N)),s=new Set(Dl(n.outputs).map(te)),i=Dl(n.losses).filter(N=>tn(N)),r=tn(n.optimizer),f=tn(n.fit)||{},m=tn(n.data)||{},p=Dl(n.lines).map(te),x=[],u=(N,...C)=>x.push(h("dt",{text:N}),h("dd",{class:`nw-fact-${N.toLowerCase().replace(/[^a-z]+/g,"-")}`},...C));s.size&&u("Output",[...s].map((N,C)=>[C?", ":"",h("code",{class:"nw-model-output",text:N})])),i.length&&u("Loss",i.map((N,C)=>[C?"; ":"",h("code",{class:"nw-model-loss",text:nu(N)})])),r&&u("Optimizer",h("code",{class:"nw-model-optimizer",text:lu(r)}));let g=su(f);g&&u("Fit",g),n.dtype_policy!=null&&u("dtype policy",h("code",{text:te(n.dtype_policy)}));let S=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),_=Object.keys(m).length>0;return!l.length&&!x.length&&!_?(p.length?S.appendChild(h("ul",{class:"nw-model-lines"},p.map(N=>h("li",{class:"nw-mono",text:N})))):S.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),S):(S.append(h("div",{class:"nw-model-grid"},l.length?iu(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),x.length?h("dl",{class:"nw-facts"},x):null)),_&&S.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),ru(m)),p.length&&S.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:p.join(`
`)})))),S)}var wr=20,au=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],ol=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Al(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),r=Bt("diagnosis",{run:s},t),f=await Bt("tensors",{run:s},t),m=(f.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let p=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),x=Bt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(p),kind:this.hmKind||null},t).catch(L=>L),u=await r,g=f.rows||[],S=Number(u.steps)||0,_=u.onset&&u.onset.step!=null?Number(u.onset.step):null,N=[0,Math.max(1,S-1)],C=[l.start??N[0],l.end??N[1]];C[1]>C[0]||(C=N);let I=this,M=[],$={run:s,rows:g,range:C,full:N,onset:_,windowStart:_==null?null:_-wr,charts:this.charts,signal:t,defer:L=>M.push(L),selStep:()=>n.state.step??null,jump:L=>I.jump(L),zoom:(L,lt)=>I.zoom(L,lt)};this.ctx=$;let T=h("select",{class:"nw-select",title:"Run"});for(let L of n.runs||[{run:s}]){let lt=h("option",{value:L.run,text:L.run});L.run===s&&(lt.selected=!0),T.appendChild(lt)}[...T.options].some(L=>L.value===s)||T.appendChild(h("option",{value:s,text:s,selected:!0})),T.addEventListener("change",()=>n.setState({run:T.value,layer:null,step:null,start:null,end:null}));let q=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:L=>{L.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),y=u.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(u.onset.step)}),u.onset.phase?` in the ${u.onset.phase} phase`:"",u.onset.tensor?h("span",null,", tensor ",h("code",{text:String(u.onset.tensor)})):"",u.onset.layer?h("span",null," (layer ",h("code",{text:String(u.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),E=_!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let L=Math.max(25,Math.round(S*.03));this.zoom(Math.max(N[0],_-L),Math.min(N[1],_+Math.max(10,Math.round(L/3))))}}):null,z=C[0]!==N[0]||C[1]!==N[1],H=h("button",{class:"nw-btn",text:"Full range",disabled:z?null:!0,onclick:()=>this.zoom(null,null)}),R=h("div",{class:"nw-head"},q,T,Us(u.status),y,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${C[0]}–${C[1]} of ${S}`}),E,H),v=cu(u),K=Array.isArray(u.rule_errors)?u.rule_errors.filter(L=>L&&typeof L=="object"):[],B=new Set(K.map(L=>`rule ${L.id} failed: ${L.error}`)),J=(Array.isArray(u.notes)?u.notes:[]).map(String).filter(L=>!B.has(L)),U=u.status==="stalled",G=v&&v.loss>0&&g.some(L=>L.name==="loss"),j=U?fu(J,v,G):null,at=h("div",{class:"nw-notices"});u.sampled&&at.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let nt=du(u);for(let L of hu(nt))at.appendChild(L);let tt=wu(u);tt&&at.appendChild(tt);let ot=gu(u.summarised);ot.length&&at.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${ot.map(([L,lt])=>`steps ${L}–${lt}`).join(", ")} ${ot.length===1?"is":"are"} kept as one summary per ${ot[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let L of[...u.problems||[],...U?[]:J].map(String).filter((lt,ye,ve)=>ve.indexOf(lt)===ye))at.appendChild(h("div",{class:"nw-notice",text:String(L)}));let Z=u.origin,W=u.onset||{};Z&&Z.how&&(Z.tensor!==W.tensor||Z.step!==W.step)&&at.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${u.origin.tensor??u.origin.layer??"?"} at step ${u.origin.step??"?"} (${u.origin.how})`}));let yt=fr(u,g,L=>this.jump(L),K),zt=mr(u.model,$),mt=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),rt=h("div",{class:"nw-timeline",dataset:{onsetStep:_==null?"":String(_)}});mt.append(rt,h("div",{class:"nw-muted nw-small"},"Log scale.",_!=null?` Red line: onset; shaded: the ${wr} steps before it; triangles: NaN/Inf values.`:"",nt.length?" Orange dashed line: a loss spike; purple line: a rollback (shaded: the batches it dropped); grey ticks at the foot: skipped updates.":"",G?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let Gt=h("section",{class:"nw-card nw-heatmap-card"}),Rt=h("select",{class:"nw-select nw-hm-kind"});for(let[L,lt]of au){if(L&&!g.some(ve=>ve.kind===L))continue;let ye=h("option",{value:L,text:lt});L===this.hmKind&&(ye.selected=!0),Rt.appendChild(ye)}let gt=h("div",{class:"nw-heatmap"});Rt.addEventListener("change",()=>{this.hmKind=Rt.value,this._loadHeatmap(gt,t)}),Gt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),Rt),gt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let Kt=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),le=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Le(this.root);let Yt=h("div",{class:"nw-top"},yt,mt),Ae=U?[R,j,at,Yt,zt,Gt,Kt,le]:[R,at,Yt,Gt,zt,Kt,le];this.root.append(...Ae.filter(Boolean));let He=Math.max(300,rt.clientWidth||800),Ie=["loss","global_grad_norm"].filter(L=>g.some(lt=>lt.name===L)),en=Ie.length?Bt("series",{run:s,tensor:Ie,stat:"trace",start:C[0],end:C[1],points:Math.min(4e3,2*He)},t):Promise.resolve({series:[]}),wn=this._loadHeatmap(gt,t,x),Fe=dr($,Kt,t).catch(L=>{t.aborted||Kt.appendChild(h("div",{class:"nw-error",text:String(L.message||L)}))}),Et=await en;if(t.aborted)return;let Be={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},qt=(Et.series||[]).map(L=>({label:L.tensor==="global_grad_norm"?"global grad norm":L.tensor,steps:L.steps,values:Je(L.values),scale:L.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(L.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||Be[L.tensor],width:1.5})),se=(Et.series||[]).find(L=>L.tensor==="loss"&&Array.isArray(L.hi)&&L.hi.some(lt=>lt!=null));if(se){let L=qt.find(lt=>lt.scale==="loss").color;qt.push({label:"loss, block max",steps:se.steps,values:Je(se.hi),scale:"loss",color:L,width:.5,band:"hi"},{label:"loss, block min",steps:se.steps,values:Je(se.lo),scale:"loss",color:L,width:.5,band:"lo"})}let et=qt.some(L=>L.scale==="loss");qt.length?(this.timeline=new Xe(rt,{series:qt,hlines:v&&et?[{value:v.loss,scale:"loss",label:"constant predictor",text:uu(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:C,onset:_,marks:mu(nt),windowStart:$.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:L=>this.jump({step:L}),onRange:(L,lt)=>this.zoom(L,lt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):rt.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let D=(Et.series||[]).find(L=>L.returned<L.logged);if(D&&mt.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${D.returned} of ${D.logged} steps (each bucket's min and max, every step near the onset).`})),await wn,!t.aborted){this.grid=new Rl($,le),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await Fe;for(let L of M)L();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let r=l?await l:null;if(r instanceof Error)throw r;if(r||(r=await Bt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new zl(t,r,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:f=>this.jump({layer:f.layer,step:f.step,tensor:f.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(r){n.aborted||(Le(t),t.appendChild(h("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((r,f)=>r.classList.toggle("nw-sel",n.layer!=null&&i[f]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function cu(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=ge(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function uu(e){return`constant predictor: ${ft(e.loss)}${e.what?` (${e.what})`:""}`}function fu(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:ft(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function du(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function pu(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?", …":"")}function gr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}var Il=5;function hu(e){let t=[],n=e.filter(r=>r.kind==="skip");if(n.length){let r=n.reduce((f,m)=>f+(Number(m.steps)||1),0);t.push(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${r} update${r===1?"":"s"} with non-finite gradients or loss ${r===1?"was":"were"} not applied, at step ${pu(n)}.`}))}let l=e.filter(r=>r.kind==="spike"),s=e.filter(r=>r.kind==="rollback");for(let r of l.slice(0,Il))t.push(h("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(r.step)}: ${ft(ge(r.loss))}, ${ft(ge(r.factor))}x its median ${ft(ge(r.median))} over the steps before.${gr(r)}`}));for(let r of s.slice(0,Il)){let f=r.lr!=null?` The learning rate was set to ${ft(ge(r.lr))} for ${Number(r.lr_steps)||0} steps.`:"";t.push(h("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(r.step)}: ${r.cause==="spike"?"a loss spike":"non-finite gradients or loss"} at step ${r.at??"?"}; the weights and optimizer state went back to the snapshot of step ${r.restored??"?"} and ${r.skipped_batches??"?"} batches were dropped.${f}${gr(r)}`}))}let i=Math.max(0,l.length-Il)+Math.max(0,s.length-Il);return i>0&&t.push(h("div",{class:"nw-notice nw-muted",text:`…and ${i} more spikes or rollbacks (the CLI report lists them).`})),t}function mu(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${ft(ge(t.factor))}x its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:`update skipped at step ${Number(t.step)}`}))}function wu(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,l=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!l)return null;let s=h("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?s.appendChild(h("div",{class:"nw-op",dataset:{type:String(n.type)}},h("b",{text:"Op: "}),String(e.op))):n&&n.why&&s.appendChild(h("div",{class:"nw-op"},h("b",{text:"Op: "}),`not named: ${String(n.why)}`)),l&&l.file){let i=l.arrays&&typeof l.arrays=="object"?l.arrays:{},r=Object.entries(i).filter(([,f])=>f&&Number(f.nonfinite_row_count)>0).map(([f,m])=>`${f}: rows ${(Array.isArray(m.nonfinite_rows)?m.nonfinite_rows:[]).map(Number).join(", ")}${Number(m.nonfinite_row_count)>(m.nonfinite_rows||[]).length?", …":""}`);s.appendChild(h("div",{class:"nw-batch"},h("b",{text:"Batch: "}),`the batch of step ${l.step??"?"} is saved next to the run's event file: `,h("code",{class:"nw-batch-load",text:`numpy.load("${String(l.file)}")`}),` (arrays ${Object.keys(i).join(", ")}). `,r.length?`Rows holding NaN/Inf: ${r.join("; ")}.`:"None of its rows holds a NaN/Inf.",l.rows!=null?` ${Number(l.rows)} of its ${l.batch_rows??"?"} rows were saved (size cap); their indices are in "_rows".`:""))}return s}function gu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Fl=["run","layer","step","start","end"],bu=new Set(["step","start","end"]);function jl(e){let t={};for(let n of Fl){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(bu.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function qs(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Fl)e.has(n)&&(t[n]=e.get(n));return jl(t)}function Js(e){let t=new URLSearchParams;for(let s of Fl){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}function br(e,t){return Fl.every(n=>(e[n]??null)===(t[n]??null))}var Zs=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new El}async start(){let t=qs();if(!Object.keys(t).length){let n=Bs();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=jl(n))}this.state=t,Js(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=qs();this._apply(n)}),this._followParentUrl(),lr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let l=Bs();if(l===null)return;let s=jl(l);br(s,this.state)||this._apply(s,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t,n=!1){let l=this.state;this.state=t,Js(t),n||ir(t,l.run!==t.run),l.run!==t.run||l.start!==t.start||l.end!==t.end||!this.view?this.rerender():this.view instanceof ol&&(l.layer!==t.layer||l.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Bt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Al(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Bt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Le(this.root).appendChild(n),await cr(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new ol(this,n);this.view=s,Le(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Le(this.root).appendChild(n),Le(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Wl=null;function _f(){if(Wl)return Wl;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=Lo+`
`+Ao,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new Zs(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=sr,Wl=l.start(),Wl}export{_f as render};
