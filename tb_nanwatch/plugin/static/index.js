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
`;var qr=new URL("./",import.meta.url),us=class extends Error{constructor(t,n){super(n),this.status=t}};function Jr(e,t){let n=new URL(e,qr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Bt(e,t,n){let l=await fetch(Jr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new us(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function cn(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Ye(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:cn(l)}return t}var Zr="uplot",Qr="u-hz",Xr="u-vt",ta="u-title",ea="u-wrap",na="u-under",la="u-over",sa="u-axis",dn="u-off",oa="u-select",ia="u-cursor-x",ra="u-cursor-y",aa="u-cursor-pt",ca="u-legend",ua="u-live",fa="u-inline",da="u-series",pa="u-marker",Ao="u-label",ha="u-value",Xn="width",tl="height";var Eo="bottom",Pn="left",fs="right",Ns="#000",Po=Ns+"0",ds="mousemove",zo="mousedown",ps="mouseup",Ro="mouseenter",Do="mouseleave",$o="dblclick",ma="resize",wa="scroll",Oo="change",bl="dppxchange",Ls="--",Fn=typeof window<"u",xs=Fn?document:null,Rn=Fn?window:null,ga=Fn?navigator:null,ft,ml;function bs(){let e=devicePixelRatio;ft!=e&&(ft=e,ml&&vs(Oo,ml,bs),ml=matchMedia(`(min-resolution: ${ft-.001}dppx) and (max-resolution: ${ft+.001}dppx)`),pn(Oo,ml,bs),Rn.dispatchEvent(new CustomEvent(bl)))}function re(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ys(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function _t(e,t,n){e.style[t]=n+"px"}function Me(e,t,n,l){let s=xs.createElement(e);return t!=null&&re(s,t),n?.insertBefore(s,l),s}function xe(e,t){return Me("div",e,t)}var Io=new WeakMap;function $e(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",a=Io.get(e);i!=a&&(e.style.transform=i,Io.set(e,i),t<0||n<0||t>l||n>s?re(e,dn):ys(e,dn))}var Fo=new WeakMap;function Vo(e,t,n){let l=t+n,s=Fo.get(e);l!=s&&(Fo.set(e,l),e.style.background=t,e.style.borderColor=n)}var Wo=new WeakMap;function jo(e,t,n,l){let s=t+""+n,i=Wo.get(e);s!=i&&(Wo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var As={passive:!0},xa={...As,capture:!0};function pn(e,t,n,l){t.addEventListener(e,n,l?xa:As)}function vs(e,t,n,l){t.removeEventListener(e,n,As)}Fn&&bs();function Ce(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:ae((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function wi(e){return(n,l,s)=>{let i=-1,a=-1;for(let d=l;d<=s;d++)if(e(n[d])){i=d;break}for(let d=s;d>=l;d--)if(e(n[d])){a=d;break}return[i,a]}}var gi=e=>e!=null,xi=e=>e!=null&&e>0,Sl=wi(gi),ba=wi(xi);function ya(e,t,n,l=0,s=!1){let i=s?ba:Sl,a=s?xi:gi;[t,n]=i(e,t,n);let d=e[t],m=e[t];if(t>-1)if(l==1)d=e[t],m=e[n];else if(l==-1)d=e[n],m=e[t];else for(let p=t;p<=n;p++){let b=e[p];a(b)&&(b<d?d=b:b>m&&(m=b))}return[d??gt,m??-gt]}function kl(e,t,n,l){let s=Uo(e),i=Uo(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let a=n==10?Ve:bi,d=s==1?ae:be,m=i==1?be:ae,p=d(a(zt(e))),b=m(a(zt(t))),u=Dn(n,p),g=Dn(n,b);return n==10&&(p<0&&(u=xt(u,-p)),b<0&&(g=xt(g,-b))),l||n==2?(e=u*s,t=g*i):(e=ki(e,u),t=_l(t,g)),[e,t]}function Es(e,t,n,l){let s=kl(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ps=.1,Ho={mode:3,pad:Ps},nl={pad:0,soft:null,mode:0},va={min:nl,max:nl};function yl(e,t,n,l){return Ml(n)?Bo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,Bo(e,t,va))}function ct(e,t){return e??t}function Sa(e,t,n){for(t=ct(t,0),n=ct(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Bo(e,t,n){let l=n.min,s=n.max,i=ct(l.pad,0),a=ct(s.pad,0),d=ct(l.hard,-gt),m=ct(s.hard,gt),p=ct(l.soft,gt),b=ct(s.soft,-gt),u=ct(l.mode,0),g=ct(s.mode,0),C=t-e,M=Ve(C),L=Zt(zt(e),zt(t)),T=Ve(L),I=zt(T-M);(C<1e-24||I>10)&&(C=0,(e==0||t==0)&&(C=1e-24,u==2&&p!=gt&&(i=0),g==2&&b!=-gt&&(a=0)));let k=C||L||1e3,D=Ve(k),N=Dn(10,ae(D)),Y=k*(C==0?e==0?.1:1:i),v=xt(ki(e-Y,N/10),24),P=e>=p&&(u==1||u==3&&v<=p||u==2&&v>=p)?p:gt,z=Zt(d,v<P&&e>=P?P:Te(P,v)),W=k*(C==0?t==0?.1:1:a),R=xt(_l(t+W,N/10),24),S=t<=b&&(g==1||g==3&&R>=b||g==2&&R<=b)?b:-gt,G=Te(m,R>S&&t<=S?S:Zt(S,R));return z==G&&z==0&&(G=100),[z,G]}var ka=new Intl.NumberFormat(Fn?ga.language:"en-US"),zs=e=>ka.format(e),ce=Math,xl=ce.PI,zt=ce.abs,ae=ce.floor,Pt=ce.round,be=ce.ceil,Te=ce.min,Zt=ce.max,Dn=ce.pow,Uo=ce.sign,Ve=ce.log10,bi=ce.log2,_a=(e,t=1)=>ce.sinh(e)*t,hs=(e,t=1)=>ce.asinh(e/t),gt=1/0;function Go(e){return(Ve((e^e>>31)-(e>>31))|0)+1}function Ss(e,t,n){return Te(Zt(e,t),n)}function yi(e){return typeof e=="function"}function ot(e){return yi(e)?e:()=>e}var Ma=()=>{},vi=e=>e,Si=(e,t)=>t,Ca=e=>null,Ko=e=>!0,Yo=(e,t)=>e==t,Ta=/\.\d*?(?=9{6,}|0{6,})/gm,hn=e=>{if(Mi(e)||Je.has(e))return e;let t=`${e}`,n=t.match(Ta);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${hn(s)}e${i}`}return xt(e,l)};function un(e,t){return hn(xt(hn(e/t))*t)}function _l(e,t){return hn(be(hn(e/t))*t)}function ki(e,t){return hn(ae(hn(e/t))*t)}function xt(e,t=0){if(Mi(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return Pt(l)/n}var Je=new Map;function _i(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(_i);for(let a=t;a<n;a++){let d=zt(a),m=xt(Dn(e,a),d);for(let p=0;p<l.length;p++){let b=e==10?+`${l[p]}e${a}`:l[p]*m,u=(a>=0?0:d)+(a>=i[p]?0:i[p]),g=e==10?b:xt(b,u);s.push(g),Je.set(g,u)}}return s}var ll={},Rs=[],$n=[null,null],qe=Array.isArray,Mi=Number.isInteger,Na=e=>e===void 0;function qo(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function La(e){return e!=null&&typeof e=="object"}var Aa=Object.getPrototypeOf(Uint8Array),Ci="__proto__";function On(e,t=Ml){let n;if(qe(e)){let l=e.find(s=>s!=null);if(qe(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof Aa)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Ci&&(n[l]=On(e[l],t))}else n=e;return n}function At(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Ci&&(Ml(e[s])?At(e[s],On(l[s])):e[s]=On(l[s]))}return e}var Ea=0,Pa=1,za=2;function Ra(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let a=t[l];if(a>i){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<n&&e[s]==null;)e[i=s++]=null}}}function Da(e,t){if(Ia(e)){let a=e[0].slice();for(let d=1;d<e.length;d++)a.push(...e[d].slice(1));return Fa(a[0])||(a=Oa(a)),a}let n=new Set;for(let a=0;a<e.length;a++){let m=e[a][0],p=m.length;for(let b=0;b<p;b++)n.add(m[b])}let l=[Array.from(n).sort((a,d)=>a-d)],s=l[0].length,i=new Map;for(let a=0;a<s;a++)i.set(l[0][a],a);for(let a=0;a<e.length;a++){let d=e[a],m=d[0];for(let p=1;p<d.length;p++){let b=d[p],u=Array(s).fill(void 0),g=t?t[a][p]:Pa,C=[];for(let M=0;M<b.length;M++){let L=b[M],T=i.get(m[M]);L===null?g!=Ea&&(u[T]=L,g==za&&C.push(T)):u[T]=L}Ra(u,C,s),l.push(u)}}return l}var $a=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Oa(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,a)=>t[i]-t[a]);let s=[];for(let i=0;i<e.length;i++){let a=e[i],d=Array(n);for(let m=0;m<n;m++)d[m]=a[l[m]];s.push(d)}return s}function Ia(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function Fa(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Zt(1,ae((s-l+1)/t));for(let a=e[l],d=l+i;d<=s;d+=i){let m=e[d];if(m!=null){if(m<=a)return!1;a=m}}return!0}var Ti=["January","February","March","April","May","June","July","August","September","October","November","December"],Ni=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Li(e){return e.slice(0,3)}var Va=Ni.map(Li),Wa=Ti.map(Li),ja={MMMM:Ti,MMM:Wa,WWWW:Ni,WWW:Va};function Qn(e){return(e<10?"0":"")+e}function Ha(e){return(e<10?"00":e<100?"0":"")+e}var Ba={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ha(e.getMilliseconds())};function Ds(e,t){t=t||ja;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ba[s[1]]:s[0]);return i=>{let a="";for(let d=0;d<n.length;d++)a+=typeof n[d]=="string"?n[d]:n[d](i,t);return a}}var Ua=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ga(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Ua?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ai=e=>e%1==0,vl=[1,2,2.5,5],Ka=sl(10,-32,0,vl),Ei=sl(10,0,32,vl),Ya=Ei.filter(Ai),fn=Ka.concat(Ei),$s=`
`,Pi="{YYYY}",Jo=$s+Pi,zi="{M}/{D}",el=$s+zi,wl=el+"/{YY}",Ri="{aa}",qa="{h}:{mm}",zn=qa+Ri,Zo=$s+zn,Qo=":{ss}",dt=null;function Di(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,a=s*365,m=(e==1?sl(10,0,3,vl).filter(Ai):sl(10,-3,0,vl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,Pi,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",Jo,dt,dt,dt,dt,dt,1],[s,zi,Jo,dt,dt,dt,dt,dt,1],[l,"{h}"+Ri,wl,dt,el,dt,dt,dt,1],[n,zn,wl,dt,el,dt,dt,dt,1],[t,Qo,wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1],[e,Qo+".{fff}",wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1]];function b(u){return(g,C,M,L,T,I)=>{let k=[],D=T>=a,N=T>=i&&T<a,Y=u(M),v=xt(Y*e,3),P=ms(Y.getFullYear(),D?0:Y.getMonth(),N||D?1:Y.getDate()),z=xt(P*e,3);if(N||D){let W=N?T/i:0,R=D?T/a:0,S=v==z?v:xt(ms(P.getFullYear()+R,P.getMonth()+W,1)*e,3),G=new Date(Pt(S/e)),j=G.getFullYear(),q=G.getMonth();for(let H=0;S<=L;H++){let B=ms(j+R*H,q+W*H,1),F=B-u(xt(B*e,3));S=xt((+B+F)*e,3),S<=L&&k.push(S)}}else{let W=T>=s?s:T,R=ae(M)-ae(v),S=z+R+_l(v-z,W);k.push(S);let G=u(S),j=G.getHours()+G.getMinutes()/n+G.getSeconds()/l,q=T/l,H=g.axes[C]._space,B=I/H;for(;S=xt(S+T,e==1?0:3),!(S>L);)if(q>1){let F=ae(xt(j+q,6))%24,X=u(S).getHours()-F;X>1&&(X=-1),S-=X*l,j=(j+q)%24;let st=k[k.length-1];xt((S-st)/T,3)*B>=.7&&k.push(S)}else k.push(S)}return k}}return[m,p,b]}var[Ja,Za,Qa]=Di(1),[Xa,tc,ec]=Di(.001);sl(2,-53,53,[1]);function Xo(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function ti(e,t){return(n,l,s,i,a)=>{let d=t.find(M=>a>=M[0])||t[t.length-1],m,p,b,u,g,C;return l.map(M=>{let L=e(M),T=L.getFullYear(),I=L.getMonth(),k=L.getDate(),D=L.getHours(),N=L.getMinutes(),Y=L.getSeconds(),v=T!=m&&d[2]||I!=p&&d[3]||k!=b&&d[4]||D!=u&&d[5]||N!=g&&d[6]||Y!=C&&d[7]||d[1];return m=T,p=I,b=k,u=D,g=N,C=Y,v(L)})}}function nc(e,t){let n=Ds(t);return(l,s,i,a,d)=>s.map(m=>n(e(m)))}function ms(e,t,n){return new Date(e,t,n)}function ei(e,t){return t(e)}var lc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ni(e,t){return(n,l,s,i)=>i==null?Ls:t(e(l))}function sc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function oc(e,t){return e.series[t].fill(e,t)}var ic={show:!0,live:!0,isolate:!1,mount:Ma,markers:{show:!0,width:2,stroke:sc,fill:oc,dash:"solid"},idx:null,idxs:null,values:[]};function rc(e,t){let n=e.cursor.points,l=xe(),s=n.size(e,t);_t(l,Xn,s),_t(l,tl,s);let i=s/-2;_t(l,"marginLeft",i),_t(l,"marginTop",i);let a=n.width(e,t,s);return a&&_t(l,"borderWidth",a),l}function ac(e,t){let n=e.series[t].points;return n._fill||n._stroke}function cc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function uc(e,t){return e.series[t].points.size}var ws=[0,0];function fc(e,t,n){return ws[0]=t,ws[1]=n,ws}function gl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function gs(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var dc={show:!0,x:!0,y:!0,lock:!1,move:fc,points:{one:!1,show:rc,size:uc,width:0,stroke:cc,fill:ac},bind:{mousedown:gl,mouseup:gl,click:gl,dblclick:gl,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},$i={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Os=At({},$i,{filter:Si}),Oi=At({},Os,{size:10}),Ii=At({},$i,{show:!1}),Is='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fi="bold "+Is,Vi=1.5,li={show:!0,scale:"x",stroke:Ns,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:2,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0},pc="Value",hc="Time",si={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function mc(e,t,n,l,s){return t.map(i=>i==null?"":zs(i))}function wc(e,t,n,l,s,i,a){let d=[],m=Je.get(s)||0;n=a?n:xt(_l(n,s),m);for(let p=n;p<=l;p=xt(p+s,m))d.push(Object.is(p,-0)?0:p);return d}function ks(e,t,n,l,s,i,a){let d=[],m=e.scales[e.axes[t].scale].log,p=m==10?Ve:bi,b=ae(p(n));s=Dn(m,b),m==10&&(s=fn[Ce(s,fn)]);let u=n,g=s*m;m==10&&(g=fn[Ce(g,fn)]);do d.push(u),u=u+s,m==10&&!Je.has(u)&&(u=xt(u,Je.get(s))),u>=g&&(s=u,g=s*m,m==10&&(g=fn[Ce(g,fn)]));while(u<=l);return d}function gc(e,t,n,l,s,i,a){let m=e.scales[e.axes[t].scale].asinh,p=l>m?ks(e,t,Zt(m,n),l,s):[m],b=l>=0&&n<=0?[0]:[];return(n<-m?ks(e,t,Zt(m,-l),-n,s):[m]).reverse().map(g=>-g).concat(b,p)}var Wi=/./,xc=/[12357]/,bc=/[125]/,oi=/1/,_s=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function yc(e,t,n,l,s){let i=e.axes[n],a=i.scale,d=e.scales[a],m=e.valToPos,p=i._space,b=m(10,a),u=m(9,a)-b>=p?Wi:m(7,a)-b>=p?xc:m(5,a)-b>=p?bc:oi;if(u==oi){let g=zt(m(1,a)-b);if(g<p)return _s(t.slice().reverse(),d.distr,u,be(p/g)).reverse()}return _s(t,d.distr,u,1)}function vc(e,t,n,l,s){let i=e.axes[n],a=i.scale,d=i._space,m=e.valToPos,p=zt(m(1,a)-m(2,a));return p<d?_s(t.slice().reverse(),3,Wi,be(d/p)).reverse():t}function Sc(e,t,n,l){return l==null?Ls:t==null?"":zs(t)}var ii={show:!0,scale:"y",stroke:Ns,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:3,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0};function kc(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function _c(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),a=e.valToPos(s[l[1]],n,!0),d=zt(a-i),m=e.series[t],p=d/(m.points.space*ft);return l[1]-l[0]<=p}var ri={scale:null,auto:!0,sorted:0,min:gt,max:-gt},ji=(e,t,n,l,s)=>s,ai={show:!0,auto:!0,sorted:0,gaps:ji,alpha:1,facets:[At({},ri,{scale:"x"}),At({},ri,{scale:"y"})]},ci={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:ji,alpha:1,points:{show:_c,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Mc(e,t,n,l,s){return n/10}var Hi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Cc=At({},Hi,{time:!1,ori:1}),ui={};function Bi(e,t){let n=ui[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,a,d,m,p){for(let b=0;b<n.plots.length;b++)n.plots[b]!=s&&n.plots[b].pub(l,s,i,a,d,m,p)}},e!=null&&(ui[e]=n)),n}var In=1,Ms=2;function mn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,a=e.scales,d=e.bbox,m=i[0],p=l==2?i[1]:i[t],b=l==2?a[s.facets[0].scale]:a[e.series[0].scale],u=l==2?a[s.facets[1].scale]:a[s.scale],g=d.left,C=d.top,M=d.width,L=d.height,T=e.valToPosH,I=e.valToPosV;return b.ori==0?n(s,m,p,b,u,T,I,g,C,M,L,Tl,Vn,Ll,Gi,Yi):n(s,m,p,b,u,I,T,C,g,L,M,Nl,Wn,Ws,Ki,qi)}function Fs(e,t){let n=0,l=0,s=ct(e.bands,Rs);for(let i=0;i<s.length;i++){let a=s[i];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Tc(e,t,n,l,s){let i=e.mode,a=e.series[t],d=i==2?a.facets[1].scale:a.scale,m=e.scales[d];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function We(e,t,n,l,s,i){return mn(e,t,(a,d,m,p,b,u,g,C,M,L,T)=>{let I=a.pxRound,k=p.dir*(p.ori==0?1:-1),D=p.ori==0?Vn:Wn,N,Y;k==1?(N=n,Y=l):(N=l,Y=n);let v=I(u(d[N],p,L,C)),P=I(g(m[N],b,T,M)),z=I(u(d[Y],p,L,C)),W=I(g(i==1?b.max:b.min,b,T,M)),R=new Path2D(s);return D(R,z,W),D(R,v,W),D(R,v,P),R})}function Cl(e,t,n,l,s,i){let a=null;if(e.length>0){a=new Path2D;let d=t==0?Ll:Ws,m=n;for(let u=0;u<e.length;u++){let g=e[u];if(g[1]>g[0]){let C=g[0]-m;C>0&&d(a,m,l,C,l+i),m=g[1]}}let p=n+s-m,b=10;p>0&&d(a,m,l-b/2,p,l+i+b)}return a}function Nc(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function Vs(e,t,n,l,s,i,a){let d=[],m=e.length;for(let p=s==1?n:l;p>=n&&p<=l;p+=s)if(t[p]===null){let u=p,g=p;if(s==1)for(;++p<=l&&t[p]===null;)g=p;else for(;--p>=n&&t[p]===null;)g=p;let C=i(e[u]),M=g==u?C:i(e[g]),L=u-s;C=a<=0&&L>=0&&L<m?i(e[L]):C;let I=g+s;M=a>=0&&I>=0&&I<m?i(e[I]):M,M>=C&&d.push([C,M])}return d}function fi(e){return e==0?vi:e==1?Pt:t=>un(t,e)}function Ui(e){let t=e==0?Tl:Nl,n=e==0?(s,i,a,d,m,p)=>{s.arcTo(i,a,d,m,p)}:(s,i,a,d,m,p)=>{s.arcTo(a,i,m,d,p)},l=e==0?(s,i,a,d,m)=>{s.rect(i,a,d,m)}:(s,i,a,d,m)=>{s.rect(a,i,m,d)};return(s,i,a,d,m,p=0,b=0)=>{p==0&&b==0?l(s,i,a,d,m):(p=Te(p,d/2,m/2),b=Te(b,d/2,m/2),t(s,i+p,a),n(s,i+d,a,i+d,a+m,p),n(s,i+d,a+m,i,a+m,b),n(s,i,a+m,i,a,b),n(s,i,a,i+d,a,p),s.closePath())}}var Tl=(e,t,n)=>{e.moveTo(t,n)},Nl=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},Ll=Ui(0),Ws=Ui(1),Gi=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Ki=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},Yi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(t,n,l,s,i,a)},qi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(n,t,s,l,a,i)};function Ji(e){return(t,n,l,s,i)=>mn(t,n,(a,d,m,p,b,u,g,C,M,L,T)=>{let{pxRound:I,points:k}=a,D,N;p.ori==0?(D=Tl,N=Gi):(D=Nl,N=Ki);let Y=xt(k.width*ft,3),v=(k.size-k.width)/2*ft,P=xt(v*2,3),z=new Path2D,W=new Path2D,{left:R,top:S,width:G,height:j}=t.bbox;Ll(W,R-P,S-P,G+P*2,j+P*2);let q=H=>{if(m[H]!=null){let B=I(u(d[H],p,L,C)),F=I(g(m[H],b,T,M));D(z,B+v,F),N(z,B,F,v,0,xl*2)}};if(i)i.forEach(q);else for(let H=l;H<=s;H++)q(H);return{stroke:Y>0?z:null,fill:z,clip:W,flags:In|Ms}})}function Zi(e){return(t,n,l,s,i,a)=>{l!=s&&(i!=l&&a!=l&&e(t,n,l),i!=s&&a!=s&&e(t,n,s),e(t,n,a))}}var Lc=Zi(Vn),Ac=Zi(Wn);function Qi(e){let t=ct(e?.alignGaps,0);return(n,l,s,i)=>mn(n,l,(a,d,m,p,b,u,g,C,M,L,T)=>{[s,i]=Sl(m,s,i);let I=a.pxRound,k=j=>I(u(j,p,L,C)),D=j=>I(g(j,b,T,M)),N,Y;p.ori==0?(N=Vn,Y=Lc):(N=Wn,Y=Ac);let v=p.dir*(p.ori==0?1:-1),P={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},z=P.stroke,W=!1;if(i-s>=L*4){let j=U=>n.posToVal(U,p.key,!0),q=null,H=null,B,F,rt,nt=k(d[v==1?s:i]),X=k(d[s]),st=k(d[i]),Z=j(v==1?X+1:st-1);for(let U=v==1?s:i;U>=s&&U<=i;U+=v){let yt=d[U],pt=(v==1?yt<Z:yt>Z)?nt:k(yt),it=m[U];pt==nt?it!=null?(F=it,q==null?(N(z,pt,D(F)),B=q=H=F):F<q?q=F:F>H&&(H=F)):it===null&&(W=!0):(q!=null&&Y(z,nt,D(q),D(H),D(B),D(F)),it!=null?(F=it,N(z,pt,D(F)),q=H=B=F):(q=H=null,it===null&&(W=!0)),nt=pt,Z=j(nt+v))}q!=null&&q!=H&&rt!=nt&&Y(z,nt,D(q),D(H),D(B),D(F))}else for(let j=v==1?s:i;j>=s&&j<=i;j+=v){let q=m[j];q===null?W=!0:q!=null&&N(z,k(d[j]),D(q))}let[S,G]=Fs(n,l);if(a.fill!=null||S!=0){let j=P.fill=new Path2D(z),q=a.fillTo(n,l,a.min,a.max,S),H=D(q),B=k(d[s]),F=k(d[i]);v==-1&&([F,B]=[B,F]),N(j,F,H),N(j,B,H)}if(!a.spanGaps){let j=[];W&&j.push(...Vs(d,m,s,i,v,k,t)),P.gaps=j=a.gaps(n,l,s,i,j),P.clip=Cl(j,p.ori,C,M,L,T)}return G!=0&&(P.band=G==2?[We(n,l,s,i,z,-1),We(n,l,s,i,z,1)]:We(n,l,s,i,z,G)),P})}function Ec(e){let t=ct(e.align,1),n=ct(e.ascDesc,!1),l=ct(e.alignGaps,0),s=ct(e.extend,!1);return(i,a,d,m)=>mn(i,a,(p,b,u,g,C,M,L,T,I,k,D)=>{[d,m]=Sl(u,d,m);let N=p.pxRound,{left:Y,width:v}=i.bbox,P=X=>N(M(X,g,k,T)),z=X=>N(L(X,C,D,I)),W=g.ori==0?Vn:Wn,R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},S=R.stroke,G=g.dir*(g.ori==0?1:-1),j=z(u[G==1?d:m]),q=P(b[G==1?d:m]),H=q,B=q;s&&t==-1&&(B=Y,W(S,B,j)),W(S,q,j);for(let X=G==1?d:m;X>=d&&X<=m;X+=G){let st=u[X];if(st==null)continue;let Z=P(b[X]),U=z(st);t==1?W(S,Z,j):W(S,H,U),W(S,Z,U),j=U,H=Z}let F=H;s&&t==1&&(F=Y+v,W(S,F,j));let[rt,nt]=Fs(i,a);if(p.fill!=null||rt!=0){let X=R.fill=new Path2D(S),st=p.fillTo(i,a,p.min,p.max,rt),Z=z(st);W(X,F,Z),W(X,B,Z)}if(!p.spanGaps){let X=[];X.push(...Vs(b,u,d,m,G,P,l));let st=p.width*ft/2,Z=n||t==1?st:-st,U=n||t==-1?-st:st;X.forEach(yt=>{yt[0]+=Z,yt[1]+=U}),R.gaps=X=p.gaps(i,a,d,m,X),R.clip=Cl(X,g.ori,T,I,k,D)}return nt!=0&&(R.band=nt==2?[We(i,a,d,m,S,-1),We(i,a,d,m,S,1)]:We(i,a,d,m,S,nt)),R})}function di(e,t,n,l,s,i,a=gt){if(e.length>1){let d=null;for(let m=0,p=1/0;m<e.length;m++)if(t[m]!==void 0){if(d!=null){let b=zt(e[m]-e[d]);b<p&&(p=b,a=zt(n(e[m],l,s,i)-n(e[d],l,s,i)))}d=m}}return a}function Pc(e){e=e||ll;let t=ct(e.size,[.6,gt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=ot(s),a=1-t[0],d=ct(t[1],gt),m=ct(t[2],1),p=ct(e.disp,ll),b=ct(e.each,C=>{}),{fill:u,stroke:g}=p;return(C,M,L,T)=>mn(C,M,(I,k,D,N,Y,v,P,z,W,R,S)=>{let G=I.pxRound,j=n,q=l*ft,H=d*ft,B=m*ft,F,rt;N.ori==0?[F,rt]=i(C,M):[rt,F]=i(C,M);let nt=N.dir*(N.ori==0?1:-1),X=N.ori==0?Ll:Ws,st=N.ori==0?b:(y,Q,mt,de,tn,Ae,en)=>{b(y,Q,mt,tn,de,en,Ae)},Z=ct(C.bands,Rs).find(y=>y.series[0]==M),U=Z!=null?Z.dir:0,yt=I.fillTo(C,M,I.min,I.max,U),Et=G(P(yt,Y,S,W)),pt,it,Ut,Vt=R,ht=G(I.width*ft),Xt=!1,ue=null,te=null,Le=null,Oe=null;u!=null&&(ht==0||g!=null)&&(Xt=!0,ue=u.values(C,M,L,T),te=new Map,new Set(ue).forEach(y=>{y!=null&&te.set(y,new Path2D)}),ht>0&&(Le=g.values(C,M,L,T),Oe=new Map,new Set(Le).forEach(y=>{y!=null&&Oe.set(y,new Path2D)})));let{x0:je,size:Xe}=p;if(je!=null&&Xe!=null){j=1,k=je.values(C,M,L,T),je.unit==2&&(k=k.map(mt=>C.posToVal(z+mt*R,N.key,!0)));let y=Xe.values(C,M,L,T);Xe.unit==2?it=y[0]*R:it=v(y[0],N,R,z)-v(0,N,R,z),Vt=di(k,D,v,N,R,z,Vt),Ut=Vt-it+q}else Vt=di(k,D,v,N,R,z,Vt),Ut=Vt*a+q,it=Vt-Ut;Ut<1&&(Ut=0),ht>=it/2&&(ht=0),Ut<5&&(G=vi);let wn=Ut>0,ye=Vt-Ut-(wn?ht:0);it=G(Ss(ye,B,H)),pt=(j==0?it/2:j==nt?0:it)-j*nt*((j==0?q/2:0)+(wn?ht/2:0));let Wt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},fe=Xt?null:new Path2D,Kt=null;if(Z!=null)Kt=C.data[Z.series[1]];else{let{y0:y,y1:Q}=p;y!=null&&Q!=null&&(D=Q.values(C,M,L,T),Kt=y.values(C,M,L,T))}let Ie=F*it,tt=rt*it;for(let y=nt==1?L:T;y>=L&&y<=T;y+=nt){let Q=D[y];if(Q==null)continue;if(Kt!=null){let ee=Kt[y]??0;if(Q-ee==0)continue;Et=P(ee,Y,S,W)}let mt=N.distr!=2||p!=null?k[y]:y,de=v(mt,N,R,z),tn=P(ct(Q,yt),Y,S,W),Ae=G(de-pt),en=G(Zt(tn,Et)),le=G(Te(tn,Et)),pe=en-le;if(Q!=null){let ee=Q<0?tt:Ie,ve=Q<0?Ie:tt;Xt?(ht>0&&Le[y]!=null&&X(Oe.get(Le[y]),Ae,le+ae(ht/2),it,Zt(0,pe-ht),ee,ve),ue[y]!=null&&X(te.get(ue[y]),Ae,le+ae(ht/2),it,Zt(0,pe-ht),ee,ve)):X(fe,Ae,le+ae(ht/2),it,Zt(0,pe-ht),ee,ve),st(C,M,y,Ae-ht/2,le,it+ht,pe)}}return ht>0?Wt.stroke=Xt?Oe:fe:Xt||(Wt._fill=I.width==0?I._fill:I._stroke??I._fill,Wt.width=0),Wt.fill=Xt?te:fe,Wt})}function zc(e,t){let n=ct(t?.alignGaps,0);return(l,s,i,a)=>mn(l,s,(d,m,p,b,u,g,C,M,L,T,I)=>{[i,a]=Sl(p,i,a);let k=d.pxRound,D=F=>k(g(F,b,T,M)),N=F=>k(C(F,u,I,L)),Y,v,P;b.ori==0?(Y=Tl,P=Vn,v=Yi):(Y=Nl,P=Wn,v=qi);let z=b.dir*(b.ori==0?1:-1),W=D(m[z==1?i:a]),R=W,S=[],G=[];for(let F=z==1?i:a;F>=i&&F<=a;F+=z)if(p[F]!=null){let nt=m[F],X=D(nt);S.push(R=X),G.push(N(p[F]))}let j={stroke:e(S,G,Y,P,v,k),fill:null,clip:null,band:null,gaps:null,flags:In},q=j.stroke,[H,B]=Fs(l,s);if(d.fill!=null||H!=0){let F=j.fill=new Path2D(q),rt=d.fillTo(l,s,d.min,d.max,H),nt=N(rt);P(F,R,nt),P(F,W,nt)}if(!d.spanGaps){let F=[];F.push(...Vs(m,p,i,a,z,D,n)),j.gaps=F=d.gaps(l,s,i,a,F),j.clip=Cl(F,b.ori,M,L,T,I)}return B!=0&&(j.band=B==2?[We(l,s,i,a,q,-1),We(l,s,i,a,q,1)]:We(l,s,i,a,q,B)),j})}function Rc(e){return zc(Dc,e)}function Dc(e,t,n,l,s,i){let a=e.length;if(a<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),a==2)l(d,e[1],t[1]);else{let m=Array(a),p=Array(a-1),b=Array(a-1),u=Array(a-1);for(let g=0;g<a-1;g++)b[g]=t[g+1]-t[g],u[g]=e[g+1]-e[g],p[g]=b[g]/u[g];m[0]=p[0];for(let g=1;g<a-1;g++)p[g]===0||p[g-1]===0||p[g-1]>0!=p[g]>0?m[g]=0:(m[g]=3*(u[g-1]+u[g])/((2*u[g]+u[g-1])/p[g-1]+(u[g]+2*u[g-1])/p[g]),isFinite(m[g])||(m[g]=0));m[a-1]=p[a-2];for(let g=0;g<a-1;g++)s(d,e[g]+u[g]/3,t[g]+m[g]*u[g]/3,e[g+1]-u[g]/3,t[g+1]-m[g+1]*u[g]/3,e[g+1],t[g+1])}return d}var Cs=new Set;function pi(){for(let e of Cs)e.syncRect(!0)}Fn&&(pn(ma,Rn,pi),pn(wa,Rn,pi,!0),pn(bl,Rn,()=>{Nt.pxRatio=ft}));var $c=Qi(),Oc=Ji();function hi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,a)=>Ts(i,a,t,n))}function Ic(e,t){return e.map((n,l)=>l==0?{}:At({},t,n))}function Ts(e,t,n,l){return At({},t==0?n:l,e)}function Xi(e,t,n){return t==null?$n:[t,n]}var Fc=Xi;function Vc(e,t,n){return t==null?$n:yl(t,n,Ps,!0)}function tr(e,t,n,l){return t==null?$n:kl(t,n,e.scales[l].log,!1)}var Wc=tr;function er(e,t,n,l){return t==null?$n:Es(t,n,e.scales[l].log,!1)}var jc=er;function Hc(e,t,n,l,s){let i=Zt(Go(e),Go(t)),a=t-e,d=Ce(s/l*a,n);do{let m=n[d],p=l*m/a;if(p>=s&&i+(m<5?Je.get(m):0)<=17)return[m,p]}while(++d<n.length);return[0,0]}function mi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=Pt((n=+s)*ft))+"px"),[e,t,n]}function Bc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*ft,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Nt(e,t,n){let l={mode:ct(e.mode,1)},s=l.mode;function i(o,r,c,f){let w=r.valToPct(o);return f+c*(r.dir==-1?1-w:w)}function a(o,r,c,f){let w=r.valToPct(o);return f+c*(r.dir==-1?w:1-w)}function d(o,r,c,f){return r.ori==0?i(o,r,c,f):a(o,r,c,f)}l.valToPosH=i,l.valToPosV=a;let m=!1;l.status=0;let p=l.root=xe(Zr);if(e.id!=null&&(p.id=e.id),re(p,e.class),e.title){let o=xe(ta,p);o.textContent=e.title}let b=Me("canvas"),u=l.ctx=b.getContext("2d"),g=xe(ea,p);pn("click",g,o=>{o.target===M&&(vt!=Tn||Mt!=Nn)&&Ht.click(l,o)},!0);let C=l.under=xe(na,g);g.appendChild(b);let M=l.over=xe(la,g);e=On(e);let L=+ct(e.pxAlign,1),T=fi(L);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let I=e.ms||.001,k=l.series=s==1?hi(e.series||[],si,ci,!1):Ic(e.series||[null],ai),D=l.axes=hi(e.axes||[],li,ii,!0),N=l.scales={},Y=l.bands=e.bands||[];Y.forEach(o=>{o.fill=ot(o.fill||null),o.dir=ct(o.dir,-1)});let v=s==2?k[1].facets[0].scale:k[0].scale,P={axes:Pr,series:Tr},z=(e.drawOrder||["axes","series"]).map(o=>P[o]);function W(o){let r=o.distr==3?c=>Ve(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>hs(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let f=r(c),{_min:w,_max:x}=o,_=x-w;return(f-w)/_}}function R(o){let r=N[o];if(r==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){R(c.from);let f=At({},N[c.from],c,{key:o});f.valToPct=W(f),N[o]=f}else{r=N[o]=At({},o==v?Hi:Cc,c),r.key=o;let f=r.time,w=r.range,x=qe(w);if((o!=v||s==2&&!f)&&(x&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?Ho:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?Ho:{mode:1,hard:w[1],soft:w[1]}},x=!1),!x&&Ml(w))){let _=w;w=(A,E,$)=>E==null?$n:yl(E,$,_)}r.range=ot(w||(f?Fc:o==v?r.distr==3?Wc:r.distr==4?jc:Xi:r.distr==3?tr:r.distr==4?er:Vc)),r.auto=ot(x?!1:r.auto),r.clamp=ot(r.clamp||Mc),r._min=r._max=null,r.valToPct=W(r)}}}R("x"),R("y"),s==1&&k.forEach(o=>{R(o.scale)}),D.forEach(o=>{R(o.scale)});for(let o in e.scales)R(o);let S=N[v],G=S.distr,j,q;S.ori==0?(re(p,Qr),j=i,q=a):(re(p,Xr),j=a,q=i);let H={};for(let o in N){let r=N[o];(r.min!=null||r.max!=null)&&(H[o]={min:r.min,max:r.max},r.min=r.max=null)}let B=e.tzDate||(o=>new Date(Pt(o/I))),F=e.fmtDate||Ds,rt=I==1?Qa(B):ec(B),nt=ti(B,Xo(I==1?Za:tc,F)),X=ni(B,ei(lc,F)),st=[],Z=l.legend=At({},ic,e.legend),U=l.cursor=At({},dc,{drag:{y:s==2}},e.cursor),yt=Z.show,Et=U.show,pt=Z.markers;Z.idxs=st,pt.width=ot(pt.width),pt.dash=ot(pt.dash),pt.stroke=ot(pt.stroke),pt.fill=ot(pt.fill);let it,Ut,Vt,ht=[],Xt=[],ue,te=!1,Le={};if(Z.live){let o=k[1]?k[1].values:null;te=o!=null,ue=te?o(l,1,0):{_:0};for(let r in ue)Le[r]=Ls}if(yt)if(it=Me("table",ca,p),Vt=Me("tbody",null,it),Z.mount(l,it),te){Ut=Me("thead",null,it,Vt);let o=Me("tr",null,Ut);Me("th",null,o);for(var Oe in ue)Me("th",Ao,o).textContent=Oe}else re(it,fa),Z.live&&re(it,ua);let je={show:!0},Xe={show:!1};function wn(o,r){if(r==0&&(te||!Z.live||s==2))return $n;let c=[],f=Me("tr",da,Vt,Vt.childNodes[r]);re(f,o.class),o.show||re(f,dn);let w=Me("th",null,f);if(pt.show){let A=xe(pa,w);if(r>0){let E=pt.width(l,r);E&&(A.style.border=E+"px "+pt.dash(l,r)+" "+pt.stroke(l,r)),A.style.background=pt.fill(l,r)}}let x=xe(Ao,w);o.label instanceof HTMLElement?x.appendChild(o.label):x.textContent=o.label,r>0&&(pt.show||(x.style.color=o.width>0?pt.stroke(l,r):pt.fill(l,r)),Wt("click",w,A=>{if(U._lock)return;ln(A);let E=k.indexOf(o);if((A.ctrlKey||A.metaKey)!=Z.isolate){let $=k.some((O,V)=>V>0&&V!=E&&O.show);k.forEach((O,V)=>{V>0&&Pe(V,$?V==E?je:Xe:je,!0,Lt.setSeries)})}else Pe(E,{show:!o.show},!0,Lt.setSeries)},!1),xn&&Wt(Ro,w,A=>{U._lock||(ln(A),Pe(k.indexOf(o),An,!0,Lt.setSeries))},!1));for(var _ in ue){let A=Me("td",ha,f);A.textContent="--",c.push(A)}return[f,c]}let ye=new Map;function Wt(o,r,c,f=!0){let w=ye.get(r)||{},x=U.bind[o](l,r,c,f);x&&(pn(o,r,w[o]=x),ye.set(r,w))}function fe(o,r,c){let f=ye.get(r)||{};for(let w in f)(o==null||w==o)&&(vs(w,r,f[w]),delete f[w]);o==null&&ye.delete(r)}let Kt=0,Ie=0,tt=0,y=0,Q=0,mt=0,de=Q,tn=mt,Ae=tt,en=y,le=0,pe=0,ee=0,ve=0;l.bbox={};let Wl=!1,il=!1,gn=!1,nn=!1,rl=!1,he=!1;function jl(o,r,c){(c||o!=l.width||r!=l.height)&&Zs(o,r),kn(!1),gn=!0,il=!0,_n()}function Zs(o,r){l.width=Kt=tt=o,l.height=Ie=y=r,Q=mt=0,yr(),vr();let c=l.bbox;le=c.left=un(Q*ft,.5),pe=c.top=un(mt*ft,.5),ee=c.width=un(tt*ft,.5),ve=c.height=un(y*ft,.5)}let gr=3;function xr(){let o=!1,r=0;for(;!o;){r++;let c=Ar(r),f=Er(r);o=r==gr||c&&f,o||(Zs(l.width,l.height),il=!0)}}function br({width:o,height:r}){jl(o,r)}l.setSize=br;function yr(){let o=!1,r=!1,c=!1,f=!1;D.forEach((w,x)=>{if(w.show&&w._show){let{side:_,_size:A}=w,E=_%2,$=w.label!=null?w.labelSize:0,O=A+$;O>0&&(E?(tt-=O,_==3?(Q+=O,f=!0):c=!0):(y-=O,_==0?(mt+=O,o=!0):r=!0))}}),sn[0]=o,sn[1]=c,sn[2]=r,sn[3]=f,tt-=He[1]+He[3],Q+=He[3],y-=He[2]+He[0],mt+=He[0]}function vr(){let o=Q+tt,r=mt+y,c=Q,f=mt;function w(x,_){switch(x){case 1:return o+=_,o-_;case 2:return r+=_,r-_;case 3:return c-=_,c+_;case 0:return f-=_,f+_}}D.forEach((x,_)=>{if(x.show&&x._show){let A=x.side;x._pos=w(A,x._size),x.label!=null&&(x._lpos=w(A,x.labelSize))}})}if(U.dataIdx==null){let o=U.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let c=o.prox=ot(o.prox),f=o.bias??(o.bias=0);U.dataIdx=(w,x,_,A)=>{if(x==0)return _;let E=_,$=c(w,x,_,A)??gt,O=$>=0&&$<gt,V=S.ori==0?tt:y,et=U.left,ut=t[0],at=t[x];if(r.has(at[_])){E=null;let lt=null,J=null,K;if(f==0||f==-1)for(K=_;lt==null&&K-- >0;)r.has(at[K])||(lt=K);if(f==0||f==1)for(K=_;J==null&&K++<at.length;)r.has(at[K])||(J=K);if(lt!=null||J!=null)if(O){let kt=lt==null?-1/0:j(ut[lt],S,V,0),Ct=J==null?1/0:j(ut[J],S,V,0),Ft=et-kt,wt=Ct-et;Ft<=wt?Ft<=$&&(E=lt):wt<=$&&(E=J)}else E=J==null?lt:lt==null?J:_-lt<=J-_?lt:J}else O&&zt(et-j(ut[_],S,V,0))>$&&(E=null);return E}}let ln=o=>{U.event=o};U.idxs=st,U._lock=!1;let Gt=U.points;Gt.show=ot(Gt.show),Gt.size=ot(Gt.size),Gt.stroke=ot(Gt.stroke),Gt.width=ot(Gt.width),Gt.fill=ot(Gt.fill);let Ee=l.focus=At({},e.focus||{alpha:.3},U.focus),xn=Ee.prox>=0,bn=xn&&Gt.one,me=[],yn=[],vn=[];function Qs(o,r){let c=Gt.show(l,r);if(c instanceof HTMLElement)return re(c,aa),re(c,o.class),$e(c,-10,-10,tt,y),M.insertBefore(c,me[r]),c}function Xs(o,r){if(s==1||r>0){let c=s==1&&N[o.scale].time,f=o.value;o.value=c?qo(f)?ni(B,ei(f,F)):f||X:f||Sc,o.label=o.label||(c?hc:pc)}if(bn||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||$c||Ca,o.fillTo=ot(o.fillTo||Tc),o.pxAlign=+ct(o.pxAlign,L),o.pxRound=fi(o.pxAlign),o.stroke=ot(o.stroke||null),o.fill=ot(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=kc(Zt(1,o.width),1),f=o.points=At({},{size:c,width:Zt(1,c*.2),stroke:o.stroke,space:c*2,paths:Oc,_stroke:null,_fill:null},o.points);f.show=ot(f.show),f.filter=ot(f.filter),f.fill=ot(f.fill),f.stroke=ot(f.stroke),f.paths=ot(f.paths),f.pxAlign=o.pxAlign}if(yt){let c=wn(o,r);ht.splice(r,0,c[0]),Xt.splice(r,0,c[1]),Z.values.push(null)}if(Et){st.splice(r,0,null);let c=null;bn?r==0&&(c=Qs(o,r)):r>0&&(c=Qs(o,r)),me.splice(r,0,c),yn.splice(r,0,0),vn.splice(r,0,0)}It("addSeries",r)}function Sr(o,r){r=r??k.length,o=s==1?Ts(o,r,si,ci):Ts(o,r,{},ai),k.splice(r,0,o),Xs(k[r],r)}l.addSeries=Sr;function kr(o){if(k.splice(o,1),yt){Z.values.splice(o,1),Xt.splice(o,1);let r=ht.splice(o,1)[0];fe(null,r.firstChild),r.remove()}Et&&(st.splice(o,1),me.splice(o,1)[0].remove(),yn.splice(o,1),vn.splice(o,1)),It("delSeries",o)}l.delSeries=kr;let sn=[!1,!1,!1,!1];function _r(o,r){if(o._show=o.show,o.show){let c=o.side%2,f=N[o.scale];f==null&&(o.scale=c?k[1].scale:v,f=N[o.scale]);let w=f.time;o.size=ot(o.size),o.space=ot(o.space),o.rotate=ot(o.rotate),qe(o.incrs)&&o.incrs.forEach(_=>{!Je.has(_)&&Je.set(_,_i(_))}),o.incrs=ot(o.incrs||(f.distr==2?Ya:w?I==1?Ja:Xa:fn)),o.splits=ot(o.splits||(w&&f.distr==1?rt:f.distr==3?ks:f.distr==4?gc:wc)),o.stroke=ot(o.stroke),o.grid.stroke=ot(o.grid.stroke),o.ticks.stroke=ot(o.ticks.stroke),o.border.stroke=ot(o.border.stroke);let x=o.values;o.values=qe(x)&&!qe(x[0])?ot(x):w?qe(x)?ti(B,Xo(x,F)):qo(x)?nc(B,x):x||nt:x||mc,o.filter=ot(o.filter||(f.distr>=3&&f.log==10?yc:f.distr==3&&f.log==2?vc:Si)),o.font=mi(o.font),o.labelFont=mi(o.labelFont),o._size=o.size(l,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(sn[r]=!0,o._el=xe(sa,g))}}function Un(o,r,c,f){let[w,x,_,A]=c,E=r%2,$=0;return E==0&&(A||x)&&($=r==0&&!w||r==2&&!_?Pt(li.size/3):0),E==1&&(w||_)&&($=r==1&&!x||r==3&&!A?Pt(ii.size/2):0),$}let to=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>ot(ct(o,Un))),He=l._padding=to.map((o,r)=>o(l,r,sn,0)),jt,Rt=null,Dt=null,al=s==1?k[0].idxs:null,Se=null,Gn=!1;function eo(o,r){if(t=o??[],l.data=l._data=t,s==2){jt=0;for(let c=1;c<k.length;c++)jt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Se=t[0],jt=Se.length;let c=t;if(G==2){c=t.slice();let f=c[0]=Array(jt);for(let w=0;w<jt;w++)f[w]=w}l._data=t=c}if(kn(!0),It("setData"),G==2&&(gn=!0),r!==!1){let c=S;c.auto(l,Gn)?Hl():Ue(v,c.min,c.max),nn=nn||U.left>=0,he=!0,_n()}}l.setData=eo;function Hl(){Gn=!0;let o,r;s==1&&(jt>0?(Rt=al[0]=0,Dt=al[1]=jt-1,o=t[0][Rt],r=t[0][Dt],G==2?(o=Rt,r=Dt):o==r&&(G==3?[o,r]=kl(o,o,S.log,!1):G==4?[o,r]=Es(o,o,S.log,!1):S.time?r=o+Pt(86400/I):[o,r]=yl(o,r,Ps,!0))):(Rt=al[0]=o=null,Dt=al[1]=r=null)),Ue(v,o,r)}let cl,Sn,Bl,Ul,Gl,Kl,Yl,ql,Jl,ne;function no(o,r,c,f,w,x){o??(o=Po),c??(c=Rs),f??(f="butt"),w??(w=Po),x??(x="round"),o!=cl&&(u.strokeStyle=cl=o),w!=Sn&&(u.fillStyle=Sn=w),r!=Bl&&(u.lineWidth=Bl=r),x!=Gl&&(u.lineJoin=Gl=x),f!=Kl&&(u.lineCap=Kl=f),c!=Ul&&u.setLineDash(Ul=c)}function lo(o,r,c,f){r!=Sn&&(u.fillStyle=Sn=r),o!=Yl&&(u.font=Yl=o),c!=ql&&(u.textAlign=ql=c),f!=Jl&&(u.textBaseline=Jl=f)}function Zl(o,r,c,f,w=0){if(f.length>0&&o.auto(l,Gn)&&(r==null||r.min==null)){let x=ct(Rt,0),_=ct(Dt,f.length-1),A=c.min==null?ya(f,x,_,w,o.distr==3):[c.min,c.max];o.min=Te(o.min,c.min=A[0]),o.max=Zt(o.max,c.max=A[1])}}let so={min:null,max:null};function Mr(){for(let f in N){let w=N[f];H[f]==null&&(w.min==null||H[v]!=null&&w.auto(l,Gn))&&(H[f]=so)}for(let f in N){let w=N[f];H[f]==null&&w.from!=null&&H[w.from]!=null&&(H[f]=so)}H[v]!=null&&kn(!0);let o={};for(let f in H){let w=H[f];if(w!=null){let x=o[f]=On(N[f],La);if(w.min!=null)At(x,w);else if(f!=v||s==2)if(jt==0&&x.from==null){let _=x.range(l,null,null,f);x.min=_[0],x.max=_[1]}else x.min=gt,x.max=-gt}}if(jt>0){k.forEach((f,w)=>{if(s==1){let x=f.scale,_=H[x];if(_==null)return;let A=o[x];if(w==0){let E=A.range(l,A.min,A.max,x);A.min=E[0],A.max=E[1],Rt=Ce(A.min,t[0]),Dt=Ce(A.max,t[0]),Dt-Rt>1&&(t[0][Rt]<A.min&&Rt++,t[0][Dt]>A.max&&Dt--),f.min=Se[Rt],f.max=Se[Dt]}else f.show&&f.auto&&Zl(A,_,f,t[w],f.sorted);f.idxs[0]=Rt,f.idxs[1]=Dt}else if(w>0&&f.show&&f.auto){let[x,_]=f.facets,A=x.scale,E=_.scale,[$,O]=t[w],V=o[A],et=o[E];V!=null&&Zl(V,H[A],x,$,x.sorted),et!=null&&Zl(et,H[E],_,O,_.sorted),f.min=_.min,f.max=_.max}});for(let f in o){let w=o[f],x=H[f];if(w.from==null&&(x==null||x.min==null)){let _=w.range(l,w.min==gt?null:w.min,w.max==-gt?null:w.max,f);w.min=_[0],w.max=_[1]}}}for(let f in o){let w=o[f];if(w.from!=null){let x=o[w.from];if(x.min==null)w.min=w.max=null;else{let _=w.range(l,x.min,x.max,f);w.min=_[0],w.max=_[1]}}}let r={},c=!1;for(let f in o){let w=o[f],x=N[f];if(x.min!=w.min||x.max!=w.max){x.min=w.min,x.max=w.max;let _=x.distr;x._min=_==3?Ve(x.min):_==4?hs(x.min,x.asinh):_==100?x.fwd(x.min):x.min,x._max=_==3?Ve(x.max):_==4?hs(x.max,x.asinh):_==100?x.fwd(x.max):x.max,r[f]=c=!0}}if(c){k.forEach((f,w)=>{s==2?w>0&&r.y&&(f._paths=null):r[f.scale]&&(f._paths=null)});for(let f in r)gn=!0,It("setScale",f);Et&&U.left>=0&&(nn=he=!0)}for(let f in H)H[f]=null}function Cr(o){let r=Ss(Rt-1,0,jt-1),c=Ss(Dt+1,0,jt-1);for(;o[r]==null&&r>0;)r--;for(;o[c]==null&&c<jt-1;)c++;return[r,c]}function Tr(){if(jt>0){let o=k.some(r=>r._focus)&&ne!=Ee.alpha;o&&(u.globalAlpha=ne=Ee.alpha),k.forEach((r,c)=>{if(c>0&&r.show&&(oo(c,!1),oo(c,!0),r._paths==null)){let f=ne;ne!=r.alpha&&(u.globalAlpha=ne=r.alpha);let w=s==2?[0,t[c][0].length-1]:Cr(t[c]);r._paths=r.paths(l,c,w[0],w[1]),ne!=f&&(u.globalAlpha=ne=f)}}),k.forEach((r,c)=>{if(c>0&&r.show){let f=ne;ne!=r.alpha&&(u.globalAlpha=ne=r.alpha),r._paths!=null&&io(c,!1);{let w=r._paths!=null?r._paths.gaps:null,x=r.points.show(l,c,Rt,Dt,w),_=r.points.filter(l,c,x,w);(x||_)&&(r.points._paths=r.points.paths(l,c,Rt,Dt,_),io(c,!0))}ne!=f&&(u.globalAlpha=ne=f),It("drawSeries",c)}}),o&&(u.globalAlpha=ne=1)}}function oo(o,r){let c=r?k[o].points:k[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function io(o,r){let c=r?k[o].points:k[o],{stroke:f,fill:w,clip:x,flags:_,_stroke:A=c._stroke,_fill:E=c._fill,_width:$=c.width}=c._paths;$=xt($*ft,3);let O=null,V=$%2/2;r&&E==null&&(E=$>0?"#fff":A);let et=c.pxAlign==1&&V>0;if(et&&u.translate(V,V),!r){let ut=le-$/2,at=pe-$/2,lt=ee+$,J=ve+$;O=new Path2D,O.rect(ut,at,lt,J)}r?Ql(A,$,c.dash,c.cap,E,f,w,_,x):Nr(o,A,$,c.dash,c.cap,E,f,w,_,O,x),et&&u.translate(-V,-V)}function Nr(o,r,c,f,w,x,_,A,E,$,O){let V=!1;E!=0&&Y.forEach((et,ut)=>{if(et.series[0]==o){let at=k[et.series[1]],lt=t[et.series[1]],J=(at._paths||ll).band;qe(J)&&(J=et.dir==1?J[0]:J[1]);let K,kt=null;at.show&&J&&Sa(lt,Rt,Dt)?(kt=et.fill(l,ut)||x,K=at._paths.clip):J=null,Ql(r,c,f,w,kt,_,A,E,$,O,K,J),V=!0}}),V||Ql(r,c,f,w,x,_,A,E,$,O)}let ro=In|Ms;function Ql(o,r,c,f,w,x,_,A,E,$,O,V){no(o,r,c,f,w),(E||$||V)&&(u.save(),E&&u.clip(E),$&&u.clip($)),V?(A&ro)==ro?(u.clip(V),O&&u.clip(O),fl(w,_),ul(o,x,r)):A&Ms?(fl(w,_),u.clip(V),ul(o,x,r)):A&In&&(u.save(),u.clip(V),O&&u.clip(O),fl(w,_),u.restore(),ul(o,x,r)):(fl(w,_),ul(o,x,r)),(E||$||V)&&u.restore()}function ul(o,r,c){c>0&&(r instanceof Map?r.forEach((f,w)=>{u.strokeStyle=cl=w,u.stroke(f)}):r!=null&&o&&u.stroke(r))}function fl(o,r){r instanceof Map?r.forEach((c,f)=>{u.fillStyle=Sn=f,u.fill(c)}):r!=null&&o&&u.fill(r)}function Lr(o,r,c,f){let w=D[o],x;if(f<=0)x=[0,0];else{let _=w._space=w.space(l,o,r,c,f),A=w._incrs=w.incrs(l,o,r,c,f,_);x=Hc(r,c,A,f,_)}return w._found=x}function Xl(o,r,c,f,w,x,_,A,E,$){let O=_%2/2;L==1&&u.translate(O,O),no(A,_,E,$,A),u.beginPath();let V,et,ut,at,lt=w+(f==0||f==3?-x:x);c==0?(et=w,at=lt):(V=w,ut=lt);for(let J=0;J<o.length;J++)r[J]!=null&&(c==0?V=ut=o[J]:et=at=o[J],u.moveTo(V,et),u.lineTo(ut,at));u.stroke(),L==1&&u.translate(-O,-O)}function Ar(o){let r=!0;return D.forEach((c,f)=>{if(!c.show)return;let w=N[c.scale];if(w.min==null){c._show&&(r=!1,c._show=!1,kn(!1));return}else c._show||(r=!1,c._show=!0,kn(!1));let x=c.side,_=x%2,{min:A,max:E}=w,[$,O]=Lr(f,A,E,_==0?tt:y);if(O==0)return;let V=w.distr==2,et=c._splits=c.splits(l,f,A,E,$,O,V),ut=w.distr==2?et.map(K=>Se[K]):et,at=w.distr==2?Se[et[1]]-Se[et[0]]:$,lt=c._values=c.values(l,c.filter(l,ut,f,O,at),f,O,at);c._rotate=x==2?c.rotate(l,lt,f,O):0;let J=c._size;c._size=be(c.size(l,lt,f,o)),J!=null&&c._size!=J&&(r=!1)}),r}function Er(o){let r=!0;return to.forEach((c,f)=>{let w=c(l,f,sn,o);w!=He[f]&&(r=!1),He[f]=w}),r}function Pr(){for(let o=0;o<D.length;o++){let r=D[o];if(!r.show||!r._show)continue;let c=r.side,f=c%2,w,x,_=r.stroke(l,o),A=c==0||c==3?-1:1,[E,$]=r._found;if(r.label!=null){let qt=r.labelGap*A,ie=Pt((r._lpos+qt)*ft);lo(r.labelFont[0],_,"center",c==2?"top":Eo),u.save(),f==1?(w=x=0,u.translate(ie,Pt(pe+ve/2)),u.rotate((c==3?-xl:xl)/2)):(w=Pt(le+ee/2),x=ie);let an=yi(r.label)?r.label(l,o,E,$):r.label;u.fillText(an,w,x),u.restore()}if($==0)continue;let O=N[r.scale],V=f==0?ee:ve,et=f==0?le:pe,ut=r._splits,at=O.distr==2?ut.map(qt=>Se[qt]):ut,lt=O.distr==2?Se[ut[1]]-Se[ut[0]]:E,J=r.ticks,K=r.border,kt=J.show?J.size:0,Ct=Pt(kt*ft),Ft=Pt((r.alignTo==2?r._size-kt-r.gap:r.gap)*ft),wt=r._rotate*-xl/180,Tt=T(r._pos*ft),se=(Ct+Ft)*A,Yt=Tt+se;x=f==0?Yt:0,w=f==1?Yt:0;let we=r.font[0],ke=r.align==1?Pn:r.align==2?fs:wt>0?Pn:wt<0?fs:f==0?"center":c==3?fs:Pn,Re=wt||f==1?"middle":c==2?"top":Eo;lo(we,_,ke,Re);let oe=r.font[1]*r.lineGap,ge=ut.map(qt=>T(d(qt,O,V,et))),_e=r._values;for(let qt=0;qt<_e.length;qt++){let ie=_e[qt];if(ie!=null){f==0?w=ge[qt]:x=ge[qt],ie=""+ie;let an=ie.indexOf(`
`)==-1?[ie]:ie.split(/\n/gm);for(let Jt=0;Jt<an.length;Jt++){let To=an[Jt];wt?(u.save(),u.translate(w,x+Jt*oe),u.rotate(wt),u.fillText(To,0,0),u.restore()):u.fillText(To,w,x+Jt*oe)}}}J.show&&Xl(ge,J.filter(l,at,o,$,lt),f,c,Tt,Ct,xt(J.width*ft,3),J.stroke(l,o),J.dash,J.cap);let De=r.grid;De.show&&Xl(ge,De.filter(l,at,o,$,lt),f,f==0?2:1,f==0?pe:le,f==0?ve:ee,xt(De.width*ft,3),De.stroke(l,o),De.dash,De.cap),K.show&&Xl([Tt],[1],f==0?1:0,f==0?1:2,f==1?pe:le,f==1?ve:ee,xt(K.width*ft,3),K.stroke(l,o),K.dash,K.cap)}It("drawAxes")}function kn(o){k.forEach((r,c)=>{c>0&&(r._paths=null,o&&(s==1?(r.min=null,r.max=null):r.facets.forEach(f=>{f.min=null,f.max=null})))})}let dl=!1,ts=!1,Kn=[];function zr(){ts=!1;for(let o=0;o<Kn.length;o++)It(...Kn[o]);Kn.length=0}function _n(){dl||($a(ao),dl=!0)}function Rr(o,r=!1){dl=!0,ts=r,o(l),ao(),r&&Kn.length>0&&queueMicrotask(zr)}l.batch=Rr;function ao(){if(Wl&&(Mr(),Wl=!1),gn&&(xr(),gn=!1),il){if(_t(C,Pn,Q),_t(C,"top",mt),_t(C,Xn,tt),_t(C,tl,y),_t(M,Pn,Q),_t(M,"top",mt),_t(M,Xn,tt),_t(M,tl,y),_t(g,Xn,Kt),_t(g,tl,Ie),b.width=Pt(Kt*ft),b.height=Pt(Ie*ft),D.forEach(({_el:o,_show:r,_size:c,_pos:f,side:w})=>{if(o!=null)if(r){let x=w===3||w===0?c:0,_=w%2==1;_t(o,_?"left":"top",f-x),_t(o,_?"width":"height",c),_t(o,_?"top":"left",_?mt:Q),_t(o,_?"height":"width",_?y:tt),ys(o,dn)}else re(o,dn)}),cl=Sn=Bl=Gl=Kl=Yl=ql=Jl=Ul=null,ne=1,Jn(!0),Q!=de||mt!=tn||tt!=Ae||y!=en){kn(!1);let o=tt/Ae,r=y/en;if(Et&&!nn&&U.left>=0){U.left*=o,U.top*=r,Mn&&$e(Mn,Pt(U.left),0,tt,y),Cn&&$e(Cn,0,Pt(U.top),tt,y);for(let c=0;c<me.length;c++){let f=me[c];f!=null&&(yn[c]*=o,vn[c]*=r,$e(f,be(yn[c]),be(vn[c]),tt,y))}}if(St.show&&!rl&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=r,St.height*=r;for(let c in is)_t(Ln,c,St[c])}de=Q,tn=mt,Ae=tt,en=y}It("setSize"),il=!1}Kt>0&&Ie>0&&(u.clearRect(0,0,b.width,b.height),It("drawClear"),z.forEach(o=>o()),It("draw")),St.show&&rl&&(pl(St),rl=!1),Et&&nn&&(rn(null,!0,!1),nn=!1),Z.show&&Z.live&&he&&(ss(),he=!1),m||(m=!0,l.status=1,It("ready")),Gn=!1,dl=!1}l.redraw=(o,r)=>{gn=r||!1,o!==!1?Ue(v,S.min,S.max):_n()};function es(o,r){let c=N[o];if(c.from==null){if(jt==0){let f=c.range(l,r.min,r.max,o);r.min=f[0],r.max=f[1]}if(r.min>r.max){let f=r.min;r.min=r.max,r.max=f}if(jt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==v&&c.distr==2&&jt>0&&(r.min=Ce(r.min,t[0]),r.max=Ce(r.max,t[0]),r.min==r.max&&r.max++),H[o]=r,Wl=!0,_n()}}l.setScale=es;let ns,ls,Mn,Cn,co,uo,Tn,Nn,fo,po,vt,Mt,Be=!1,Ht=U.drag,$t=Ht.x,Ot=Ht.y;Et&&(U.x&&(ns=xe(ia,M)),U.y&&(ls=xe(ra,M)),S.ori==0?(Mn=ns,Cn=ls):(Mn=ls,Cn=ns),vt=U.left,Mt=U.top);let St=l.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=St.show?xe(oa,St.over?M:C):null;function pl(o,r){if(St.show){for(let c in o)St[c]=o[c],c in is&&_t(Ln,c,o[c]);r!==!1&&It("setSelect")}}l.setSelect=pl;function Dr(o){if(k[o].show)yt&&ys(ht[o],dn);else if(yt&&re(ht[o],dn),Et){let c=bn?me[0]:me[o];c!=null&&$e(c,-10,-10,tt,y)}}function Ue(o,r,c){es(o,{min:r,max:c})}function Pe(o,r,c,f){r.focus!=null&&Vr(o),r.show!=null&&k.forEach((w,x)=>{x>0&&(o==x||o==null)&&(w.show=r.show,Dr(x),s==2?(Ue(w.facets[0].scale,null,null),Ue(w.facets[1].scale,null,null)):Ue(w.scale,null,null),_n())}),c!==!1&&It("setSeries",o,r),f&&Zn("setSeries",l,o,r)}l.setSeries=Pe;function $r(o,r){At(Y[o],r)}function Or(o,r){o.fill=ot(o.fill||null),o.dir=ct(o.dir,-1),r=r??Y.length,Y.splice(r,0,o)}function Ir(o){o==null?Y.length=0:Y.splice(o,1)}l.addBand=Or,l.setBand=$r,l.delBand=Ir;function Fr(o,r){k[o].alpha=r,Et&&me[o]!=null&&(me[o].style.opacity=r),yt&&ht[o]&&(ht[o].style.opacity=r)}let Fe,Ge,on,An={focus:!0};function Vr(o){if(o!=on){let r=o==null,c=Ee.alpha!=1;k.forEach((f,w)=>{if(s==1||w>0){let x=r||w==0||w==o;f._focus=r?null:x,c&&Fr(w,x?1:Ee.alpha)}}),on=o,c&&_n()}}yt&&xn&&Wt(Do,it,o=>{U._lock||(ln(o),on!=null&&Pe(null,An,!0,Lt.setSeries))});function ze(o,r,c){let f=N[r];c&&(o=o/ft-(f.ori==1?mt:Q));let w=tt;f.ori==1&&(w=y,o=w-o),f.dir==-1&&(o=w-o);let x=f._min,_=f._max,A=o/w,E=x+(_-x)*A,$=f.distr;return $==3?Dn(10,E):$==4?_a(E,f.asinh):$==100?f.bwd(E):E}function Wr(o,r){let c=ze(o,v,r);return Ce(c,t[0],Rt,Dt)}l.valToIdx=o=>Ce(o,t[0]),l.posToIdx=Wr,l.posToVal=ze,l.valToPos=(o,r,c)=>N[r].ori==0?i(o,N[r],c?ee:tt,c?le:0):a(o,N[r],c?ve:y,c?pe:0),l.setCursor=(o,r,c)=>{vt=o.left,Mt=o.top,rn(null,r,c)};function ho(o,r){_t(Ln,Pn,St.left=o),_t(Ln,Xn,St.width=r)}function mo(o,r){_t(Ln,"top",St.top=o),_t(Ln,tl,St.height=r)}let Yn=S.ori==0?ho:mo,qn=S.ori==1?ho:mo;function jr(){if(yt&&Z.live)for(let o=s==2?1:0;o<k.length;o++){if(o==0&&te)continue;let r=Z.values[o],c=0;for(let f in r)Xt[o][c++].firstChild.nodeValue=r[f]}}function ss(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((c,f)=>{st[f]=c}):Na(o.idx)||st.fill(o.idx),Z.idx=st[0]),yt&&Z.live){for(let c=0;c<k.length;c++)(c>0||s==1&&!te)&&Hr(c,st[c]);jr()}he=!1,r!==!1&&It("setLegend")}l.setLegend=ss;function Hr(o,r){let c=k[o],f=o==0&&G==2?Se:t[o],w;te?w=c.values(l,o,r)??Le:(w=c.value(l,r==null?null:f[r],o,r),w=w==null?Le:{_:w}),Z.values[o]=w}function rn(o,r,c){fo=vt,po=Mt,[vt,Mt]=U.move(l,vt,Mt),U.left=vt,U.top=Mt,Et&&(Mn&&$e(Mn,Pt(vt),0,tt,y),Cn&&$e(Cn,0,Pt(Mt),tt,y));let f,w=Rt>Dt;Fe=gt,Ge=null;let x=S.ori==0?tt:y,_=S.ori==1?tt:y;if(vt<0||jt==0||w){f=U.idx=null;for(let A=0;A<k.length;A++){let E=me[A];E!=null&&$e(E,-10,-10,tt,y)}xn&&Pe(null,An,!0,o==null&&Lt.setSeries),Z.live&&(st.fill(f),he=!0)}else{let A,E,$;s==1&&(A=S.ori==0?vt:Mt,E=ze(A,v),f=U.idx=Ce(E,t[0],Rt,Dt),$=j(t[0][f],S,x,0));let O=-10,V=-10,et=0,ut=0,at=!0,lt="",J="";for(let K=s==2?1:0;K<k.length;K++){let kt=k[K],Ct=st[K],Ft=Ct==null?null:s==1?t[K][Ct]:t[K][1][Ct],wt=U.dataIdx(l,K,f,E),Tt=wt==null?null:s==1?t[K][wt]:t[K][1][wt];if(he=he||Tt!=Ft||wt!=Ct,st[K]=wt,K>0&&kt.show){let se=wt==null?-10:wt==f?$:j(s==1?t[0][wt]:t[K][0][wt],S,x,0),Yt=Tt==null?-10:q(Tt,s==1?N[kt.scale]:N[kt.facets[1].scale],_,0);if(xn&&Tt!=null){let we=S.ori==1?vt:Mt,ke=zt(Ee.dist(l,K,wt,Yt,we));if(ke<Fe){let Re=Ee.bias;if(Re!=0){let oe=ze(we,kt.scale),ge=Tt>=0?1:-1,_e=oe>=0?1:-1;_e==ge&&(_e==1?Re==1?Tt>=oe:Tt<=oe:Re==1?Tt<=oe:Tt>=oe)&&(Fe=ke,Ge=K)}else Fe=ke,Ge=K}}if(he||bn){let we,ke;S.ori==0?(we=se,ke=Yt):(we=Yt,ke=se);let Re,oe,ge,_e,De,qt,ie=!0,an=Gt.bbox;if(an!=null){ie=!1;let Jt=an(l,K);ge=Jt.left,_e=Jt.top,Re=Jt.width,oe=Jt.height}else ge=we,_e=ke,Re=oe=Gt.size(l,K);if(qt=Gt.fill(l,K),De=Gt.stroke(l,K),bn)K==Ge&&Fe<=Ee.prox&&(O=ge,V=_e,et=Re,ut=oe,at=ie,lt=qt,J=De);else{let Jt=me[K];Jt!=null&&(yn[K]=ge,vn[K]=_e,jo(Jt,Re,oe,ie),Vo(Jt,qt,De),$e(Jt,be(ge),be(_e),tt,y))}}}}if(bn){let K=Ee.prox,kt=on==null?Fe<=K:Fe>K||Ge!=on;if(he||kt){let Ct=me[0];Ct!=null&&(yn[0]=O,vn[0]=V,jo(Ct,et,ut,at),Vo(Ct,lt,J),$e(Ct,be(O),be(V),tt,y))}}}if(St.show&&Be)if(o!=null){let[A,E]=Lt.scales,[$,O]=Lt.match,[V,et]=o.cursor.sync.scales,ut=o.cursor.drag;if($t=ut._x,Ot=ut._y,$t||Ot){let{left:at,top:lt,width:J,height:K}=o.select,kt=o.scales[V].ori,Ct=o.posToVal,Ft,wt,Tt,se,Yt,we=A!=null&&$(A,V),ke=E!=null&&O(E,et);we&&$t?(kt==0?(Ft=at,wt=J):(Ft=lt,wt=K),Tt=N[A],se=j(Ct(Ft,V),Tt,x,0),Yt=j(Ct(Ft+wt,V),Tt,x,0),Yn(Te(se,Yt),zt(Yt-se))):Yn(0,x),ke&&Ot?(kt==1?(Ft=at,wt=J):(Ft=lt,wt=K),Tt=N[E],se=q(Ct(Ft,et),Tt,_,0),Yt=q(Ct(Ft+wt,et),Tt,_,0),qn(Te(se,Yt),zt(Yt-se))):qn(0,_)}else rs()}else{let A=zt(fo-co),E=zt(po-uo);if(S.ori==1){let et=A;A=E,E=et}$t=Ht.x&&A>=Ht.dist,Ot=Ht.y&&E>=Ht.dist;let $=Ht.uni;$!=null?$t&&Ot&&($t=A>=$,Ot=E>=$,!$t&&!Ot&&(E>A?Ot=!0:$t=!0)):Ht.x&&Ht.y&&($t||Ot)&&($t=Ot=!0);let O,V;$t&&(S.ori==0?(O=Tn,V=vt):(O=Nn,V=Mt),Yn(Te(O,V),zt(V-O)),Ot||qn(0,_)),Ot&&(S.ori==1?(O=Tn,V=vt):(O=Nn,V=Mt),qn(Te(O,V),zt(V-O)),$t||Yn(0,x)),!$t&&!Ot&&(Yn(0,0),qn(0,0))}if(Ht._x=$t,Ht._y=Ot,o==null){if(c){if(Co!=null){let[A,E]=Lt.scales;Lt.values[0]=A!=null?ze(S.ori==0?vt:Mt,A):null,Lt.values[1]=E!=null?ze(S.ori==1?vt:Mt,E):null}Zn(ds,l,vt,Mt,tt,y,f)}if(xn){let A=c&&Lt.setSeries,E=Ee.prox;on==null?Fe<=E&&Pe(Ge,An,!0,A):Fe>E?Pe(null,An,!0,A):Ge!=on&&Pe(Ge,An,!0,A)}}he&&(Z.idx=f,ss()),r!==!1&&It("setCursor")}let Ke=null;Object.defineProperty(l,"rect",{get(){return Ke==null&&Jn(!1),Ke}});function Jn(o=!1){o?Ke=null:(Ke=M.getBoundingClientRect(),It("syncRect",Ke))}function wo(o,r,c,f,w,x,_){U._lock||Be&&o!=null&&o.movementX==0&&o.movementY==0||(os(o,r,c,f,w,x,_,!1,o!=null),o!=null?rn(null,!0,!0):rn(r,!0,!1))}function os(o,r,c,f,w,x,_,A,E){if(Ke==null&&Jn(!1),ln(o),o!=null)c=o.clientX-Ke.left,f=o.clientY-Ke.top;else{if(c<0||f<0){vt=-10,Mt=-10;return}let[$,O]=Lt.scales,V=r.cursor.sync,[et,ut]=V.values,[at,lt]=V.scales,[J,K]=Lt.match,kt=r.axes[0].side%2==1,Ct=S.ori==0?tt:y,Ft=S.ori==1?tt:y,wt=kt?x:w,Tt=kt?w:x,se=kt?f:c,Yt=kt?c:f;if(at!=null?c=J($,at)?d(et,N[$],Ct,0):-10:c=Ct*(se/wt),lt!=null?f=K(O,lt)?d(ut,N[O],Ft,0):-10:f=Ft*(Yt/Tt),S.ori==1){let we=c;c=f,f=we}}E&&(r==null||r.cursor.event.type==ds)&&((c<=1||c>=tt-1)&&(c=un(c,tt)),(f<=1||f>=y-1)&&(f=un(f,y))),A?(co=c,uo=f,[Tn,Nn]=U.move(l,c,f)):(vt=c,Mt=f)}let is={width:0,height:0,left:0,top:0};function rs(){pl(is,!1)}let go,xo,bo,yo;function vo(o,r,c,f,w,x,_){Be=!0,$t=Ot=Ht._x=Ht._y=!1,os(o,r,c,f,w,x,_,!0,!1),o!=null&&(Wt(ps,xs,So,!1),Zn(zo,l,Tn,Nn,tt,y,null));let{left:A,top:E,width:$,height:O}=St;go=A,xo=E,bo=$,yo=O}function So(o,r,c,f,w,x,_){Be=Ht._x=Ht._y=!1,os(o,r,c,f,w,x,_,!1,!0);let{left:A,top:E,width:$,height:O}=St,V=$>0||O>0,et=go!=A||xo!=E||bo!=$||yo!=O;if(V&&et&&pl(St),Ht.setScale&&V&&et){let ut=A,at=$,lt=E,J=O;if(S.ori==1&&(ut=E,at=O,lt=A,J=$),$t&&Ue(v,ze(ut,v),ze(ut+at,v)),Ot)for(let K in N){let kt=N[K];K!=v&&kt.from==null&&kt.min!=gt&&Ue(K,ze(lt+J,K),ze(lt,K))}rs()}else U.lock&&(U._lock=!U._lock,rn(r,!0,o!=null));o!=null&&(fe(ps,xs),Zn(ps,l,vt,Mt,tt,y,null))}function Br(o,r,c,f,w,x,_){if(U._lock)return;ln(o);let A=Be;if(Be){let E=!0,$=!0,O=10,V,et;S.ori==0?(V=$t,et=Ot):(V=Ot,et=$t),V&&et&&(E=vt<=O||vt>=tt-O,$=Mt<=O||Mt>=y-O),V&&E&&(vt=vt<Tn?0:tt),et&&$&&(Mt=Mt<Nn?0:y),rn(null,!0,!0),Be=!1}vt=-10,Mt=-10,st.fill(null),rn(null,!0,!0),A&&(Be=A)}function ko(o,r,c,f,w,x,_){U._lock||(ln(o),Hl(),rs(),o!=null&&Zn($o,l,vt,Mt,tt,y,null))}function _o(){D.forEach(Bc),jl(l.width,l.height,!0)}pn(bl,Rn,_o);let En={};En.mousedown=vo,En.mousemove=wo,En.mouseup=So,En.dblclick=ko,En.setSeries=(o,r,c,f)=>{let w=Lt.match[2];c=w(l,r,c),c!=-1&&Pe(c,f,!0,!1)},Et&&(Wt(zo,M,vo),Wt(ds,M,wo),Wt(Ro,M,o=>{ln(o),Jn(!1)}),Wt(Do,M,Br),Wt($o,M,ko),Cs.add(l),l.syncRect=Jn);let hl=l.hooks=e.hooks||{};function It(o,r,c){ts?Kn.push([o,r,c]):o in hl&&hl[o].forEach(f=>{f.call(null,l,r,c)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)hl[r]=(hl[r]||[]).concat(o.hooks[r])});let Mo=(o,r,c)=>c,Lt=At({key:null,setSeries:!1,filters:{pub:Ko,sub:Ko},scales:[v,k[1]?k[1].scale:null],match:[Yo,Yo,Mo],values:[null,null]},U.sync);Lt.match.length==2&&Lt.match.push(Mo),U.sync=Lt;let Co=Lt.key,as=Bi(Co);function Zn(o,r,c,f,w,x,_){Lt.filters.pub(o,r,c,f,w,x,_)&&as.pub(o,r,c,f,w,x,_)}as.sub(l);function Ur(o,r,c,f,w,x,_){Lt.filters.sub(o,r,c,f,w,x,_)&&En[o](null,r,c,f,w,x,_)}l.pub=Ur;function Gr(){as.unsub(l),Cs.delete(l),ye.clear(),vs(bl,Rn,_o),p.remove(),it?.remove(),It("destroy")}l.destroy=Gr;function cs(){It("init",e,t),eo(t||e.data,!1),H[v]?es(v,H[v]):Hl(),rl=St.show&&(St.width>0||St.height>0),nn=he=!0,jl(e.width,e.height)}return k.forEach(Xs),D.forEach(_r),n?n instanceof HTMLElement?(n.appendChild(p),cs()):n(l,cs):cs(),l}Nt.assign=At;Nt.fmtNum=zs;Nt.rangeNum=yl;Nt.rangeLog=kl;Nt.rangeAsinh=Es;Nt.orient=mn;Nt.pxRatio=ft;Nt.join=Da;Nt.fmtDate=Ds,Nt.tzDate=Ga;Nt.sync=Bi;{Nt.addGap=Nc,Nt.clipGaps=Cl;let e=Nt.paths={points:Ji};e.linear=Qi,e.stepped=Ec,e.bars=Pc,e.spline=Rc}function bt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function nr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,t.classList.toggle("nw-dark",a),e&&e(a))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function jn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band")}}var js=new Set;function Al(e){for(let t of[...js])(!e||e.contains(t.el))&&t.destroy()}function Uc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Ze=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,js.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){js.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=jn(),l=t.series.map(v=>[v.steps,v.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(v=>v[0]===l[0][0])?s=[l[0][0],...l.map(v=>v[1])]:s=Nt.join(l);let i=Array.from(s[0]),a=s.slice(1).map(v=>Array.from(v));this.raw=a,this.xs=i;let d=[...new Set(t.series.map(v=>v.scale||"y"))],m={};for(let v of d)m[v]=!!t.log&&t.series.some((P,z)=>(P.scale||"y")===v&&a[z].some(Uc));let p=a.map((v,P)=>{let z=t.series[P].scale||"y",W=m[z],R=new Array(v.length);for(let S=0;S<v.length;S++){let G=v[S];G===void 0?R[S]=void 0:G===null||!Number.isFinite(G)||W&&G<=0?R[S]=null:R[S]=G}return R}),b=[];for(let v=0;v<i.length;v++){let P=null;for(let z of a){let W=z[v];if(typeof W=="number"&&!Number.isFinite(W)&&(P=Number.isNaN(W)?"nan":"inf",P==="nan"))break}P&&b.push([i[v],P])}this.bad=b;let u=[];for(let v of t.hlines||[]){let P=v.scale||"y",z=Number(v.value);!d.includes(P)||!Number.isFinite(z)||m[P]&&z<=0||!i.length||(u.push({...v,value:z,scale:P}),a.push(i.map(()=>z)),p.push(i.map(()=>z)))}this.hlines=u;let g={x:{time:!1,range:(v,P,z)=>this._xRange(P,z)}};for(let v of d)g[v]=m[v]?{distr:3,log:10,range:(P,z,W)=>z==null?[.001,1]:Nt.rangeLog(z,W,10,!0)}:{range:(P,z,W)=>{if(z==null)return[0,1];if(W-z<=1e-6*Math.max(Math.abs(z),Math.abs(W))){let R=(z+W)/2;return[R-Math.abs(R||1)*.5,R+Math.abs(R||1)*.5]}return Nt.rangeNum(z,W,.1,!0)}};let C="11px system-ui, sans-serif",M=(v,P)=>({scale:v,side:P,stroke:n.muted,font:C,size:(z,W)=>{let R=0;for(let S of W||[])R=Math.max(R,String(S).length);return Math.max(t.compact?30:40,Math.ceil(R*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:P!==1},ticks:{stroke:n.grid,width:1,size:4},values:(z,W)=>W.map(R=>R==null?"":bt(R,2))}),L=[{stroke:n.muted,font:C,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(v,P)=>P.map(z=>z==null?"":String(Math.round(z)))}];d.forEach((v,P)=>L.push(M(v,P===0?3:1)));let T=[{label:"step",value:(v,P)=>P==null?"–":String(Math.round(P))},...t.series.map((v,P)=>({label:v.label,scale:v.scale||"y",stroke:v.color||n.series[P%n.series.length],width:v.width||1.5,dash:v.dash,spanGaps:!1,points:{show:(z,W,R,S)=>S-R<40,size:4},value:(z,W,R,S)=>S==null?"–":bt(this.raw[R-1][S])})),...u.map(v=>({label:v.label,scale:v.scale,stroke:v.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>bt(v.value)}))],I=[],k=t.series.findIndex(v=>v.band==="hi"),D=t.series.findIndex(v=>v.band==="lo");k>=0&&D>=0&&I.push({series:[k+1,D+1],fill:n.band});let N=this,Y={width:this._width(),height:t.height||200,class:"nw-uplot",scales:g,axes:L,series:T,bands:I,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[v=>N._drawOverlay(v)],setSelect:[v=>{let P=v.select;if(P.width>4&&t.onRange){let z=Math.round(v.posToVal(P.left,"x")),W=Math.round(v.posToVal(P.left+P.width,"x"));v.setSelect({left:0,top:0,width:0,height:0},!1),N._dragged=!0,t.onRange(z,W)}}],ready:[v=>N._ready(v)]}};this.u=new Nt(Y,[i,...p],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.hlineLabels=this.hlines.map(i=>{let a=document.createElement("div");return a.className="nw-hline-label",a.dataset.value=String(i.value),a.textContent=i.text||i.label,a.title=i.text||i.label,l.appendChild(a),a}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let a=t.cursor.left;if(a==null||a<0)return;let d=Math.round(t.posToVal(a,"x"));n.onStep(this._nearestStep(d))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u||((this.hlineLabels||[]).forEach((s,i)=>{let a=this.hlines[i],d=this.u.valToPos(a.value,a.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=d>=0&&d<=m+.5?"":"none",s.style.top=`${d}px`,s.classList.toggle("nw-below",d<16),s.dataset.y=String(d)}),!this.onsetLabel))return;let t=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=t>=0&&t<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${t}px`,this.onsetLabel.classList.toggle("nw-left",t>n-70),this.onsetLabel.dataset.x=String(t)}_drawOverlay(t){let n=this.opts,l=jn(),s=t.ctx,{left:i,top:a,width:d,height:m}=t.bbox,p=devicePixelRatio||1,b=u=>t.valToPos(u,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,a,d,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let u=Math.max(i,b(n.windowStart)),g=Math.min(i+d,b(n.onset));g>u&&(s.fillStyle=l.window,s.fillRect(u,a,g-u,m))}for(let[u,g]of this.bad){let C=b(u);s.fillStyle=g==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(C-3.5*p,a),s.lineTo(C+3.5*p,a),s.lineTo(C,a+6*p),s.closePath(),s.fill()}if(n.onset!=null){let u=Math.round(b(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*p,s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}if(n.selStep!=null){let u=Math.round(b(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*p,s.setLineDash([4*p,3*p]),s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Nt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function lr(e="nw"){return Nt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return sr(l,n),l}function sr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?sr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Ne(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Hn="tb_nanwatch",El=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let a=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:d=>{clearTimeout(a),i(d)},reject:()=>{clearTimeout(a),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Hn})}};function Hs(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Hn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function or(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let l=n.location,s=l.hash.replace(/^#/,""),a=(s?s.split("&"):[]).filter(m=>!m.startsWith(`p.${Hn}.`)&&!m.startsWith(encodeURIComponent(`p.${Hn}.`)));(!a.length||a[0].includes("="))&&a.unshift(Hn);for(let[m,p]of Object.entries(e))p==null||p===""||a.push(`${encodeURIComponent(`p.${Hn}.${m}`)}=${encodeURIComponent(String(p))}`);let d=new URL(l.href);if(d.hash=a.join("&"),d.href===l.href)return;t?n.history.pushState(n.history.state,"",d.href):n.history.replaceState(n.history.state,"",d.href)}catch{}}var ir={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},Gc=1e3,rr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Bs(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(rr,t)?rr[t]:null})}function Kc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function ar(e,t,n){let l=performance.now(),s=await Bt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((u,g)=>({...u,_i:g}));i.sort((u,g)=>(ir[u.status]??4.5)-(ir[g.status]??4.5)||u._i-g._i),e.runs=i;let a=i.filter(u=>u.status!=="healthy"&&u.status!=="loading").length,d=i.filter(u=>u.loading).length,m=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${a} failing`}),d?h("span",{class:"nw-sub nw-loading-count",text:`${d} still loading…`}):null);if(d&&e.pollRuns(Gc),!i.length){t.append(m,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let p=h("tbody");for(let u of i){let g=u.onset,C=u.origin&&(u.origin.layer||u.origin.tensor)?u.origin:g,M=u.top_cause,L=[];u.loading&&u.status!=="loading"&&L.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"})),u.summarised&&L.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),u.sampled&&L.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let k of u.problems||[])L.push(h("span",{class:"nw-chip nw-warn",title:String(k),text:String(k)}));let T=k=>{k.preventDefault(),e.setState({run:u.run,layer:null,step:null,start:null,end:null})},I=h("tr",{class:"nw-run-row",dataset:{run:u.run,status:String(u.status),loading:u.loading?"1":"0"},tabindex:"0",onclick:T,onkeydown:k=>k.key==="Enter"&&T(k)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:u.run}),text:u.run,onclick:T})),h("td",null,Bs(u.status),u.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(u.status_note)}):null),h("td",{class:"nw-onset-step",text:g&&g.step!=null?String(g.step):"–"}),h("td",{class:"nw-origin"},C?h("span",{text:Kc(C)}):"–",C&&C.layer&&C.tensor?h("div",{class:"nw-muted nw-small",text:C.tensor}):null,C&&C!==g&&C.step!=null&&g&&C.step!==g.step?h("div",{class:"nw-muted nw-small",text:`from step ${C.step}`}):null),h("td",{class:"nw-top-cause"},M?h("span",{text:M.summary||M.id}):h("span",{class:"nw-muted",text:u.status==="healthy"?"no cause found":"–"}),M&&M.score!=null?h("span",{class:"nw-score",text:bt(Number(M.score),2)}):null),h("td",{class:"nw-num",text:u.steps!=null?String(u.steps):"–"}),h("td",{class:"nw-notes"},L));p.appendChild(I)}let b=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(u=>h("th",{text:u})))),p);t.append(m,h("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-l)}var Pl=/[A-Za-z0-9_]/;function cr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!(Pl.test(t[0])&&Pl.test(l))&&!(Pl.test(t[t.length-1])&&Pl.test(s)))return!0}return!1}function Yc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&cr(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let a of t)a.layer&&cr(e,a.layer)&&(!i||a.layer.length>i.length)&&(i=a.layer);n.layer=i}return n}async function qc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function ur(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let a=h("ol",{class:"nw-cause-list"});s.forEach((p,b)=>{let u=Number(p.score),g=h("ul",{class:"nw-evidence"});for(let M of p.evidence||[]){let L=typeof M=="string"?M:String(M&&M.text!=null?M.text:JSON.stringify(M)),T=Yc(L,t);M&&typeof M=="object"&&(T={step:M.step??T.step,layer:M.layer??T.layer,tensor:M.tensor??T.tensor});let I=T.step!=null||T.layer!=null,k=h("li",{class:I?"nw-ev nw-jump":"nw-ev"});if(I){let D=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[T.layer&&`layer ${T.layer}`,T.step!=null&&`step ${T.step}`].filter(Boolean).join(", "),text:L,onclick:()=>n(T),onkeydown:N=>(N.key==="Enter"||N.key===" ")&&(N.preventDefault(),n(T))});k.appendChild(D)}else k.appendChild(h("span",{text:L}));g.appendChild(k)}let C=null;if(p.fix){let M=h("button",{class:"nw-btn nw-copy",text:"Copy"});M.addEventListener("click",()=>qc(String(p.fix),M)),C=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),M),h("pre",null,h("code",{text:String(p.fix)})))}a.appendChild(h("li",{class:"nw-cause",dataset:{id:String(p.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${b+1}`}),h("span",{class:"nw-cause-summary",text:p.summary||p.id}),h("span",{class:"nw-scorebar",title:`score ${bt(u,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,u))*100}%`}})),h("span",{class:"nw-score",text:bt(u,2)})),h("div",{class:"nw-muted nw-small",text:String(p.id)}),g,C))}),i.appendChild(a);let d=e.ruled_out||[];d.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${d.length})`}),h("ul",null,d.map(p=>h("li",{class:"nw-ruled-item",text:typeof p=="string"?p:p.summary||p.id||JSON.stringify(p)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((p,b)=>h("span",{class:"nw-rule-error",title:p.error!=null?String(p.error):null},b?", ":"",h("code",{text:String(p.id)}),p.error!=null?` (${p.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${m.join(", ")}`})),i}var zl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Jc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(zl.length-1),l=Math.min(zl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=zl[l][i]*(1-s)+zl[l+1][i]*s}return e}var Bn=Jc();function Us(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Gs(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var Rl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Ne(t);let s=n.rows||[],i=n.buckets||[],a=s.length,d=i.length;if(!a||!d){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=jn(),p=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=p;let b=1/0,u=-1/0,g=n.magnitude,C=n.nonfinite;for(let B=0;B<a;B++){let F=g[B];for(let rt=0;rt<d;rt++){let nt=Gs(F[rt]);nt!==null&&Number.isFinite(nt)&&(nt<b&&(b=nt),nt>u&&(u=nt))}}u>=b||(b=0,u=1),u-b<1e-9&&(u=b+1),this.lo=b,this.hi=u;let M=h("div",{class:"nw-hm"}),L=h("div",{class:"nw-hm-labels",style:{height:`${a*p}px`}}),T=n.layers||[],I=p>=9?1:Math.ceil(12/p);for(let B=0;B<a;B++){let F=B%I===0,rt=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&T[B]===l.selLayer?" nw-sel":"")+(I>1?" nw-thin":""),style:{height:`${p}px`,lineHeight:I>1?"12px":`${p}px`},title:s[B],text:F?s[B]:""});rt.addEventListener("click",()=>l.onCell&&l.onCell({row:B,name:s[B],layer:T[B]??null,step:null})),L.appendChild(rt)}let k=h("div",{class:"nw-hm-plot"}),D=h("canvas",{class:"nw-hm-canvas"}),N=h("div",{class:"nw-tip",style:{display:"none"}});k.append(D,N);let Y=h("div",{class:"nw-hm-axis"});M.append(L,k);let v=this._legend(m);t.append(M,Y,v),this.canvas=D,this.plot=k,this.tip=N;let P=document.createElement("canvas");P.width=d,P.height=a;let z=P.getContext("2d"),W=z.createImageData(d,a),R=W.data,S=Us(m.nan),G=Us(m.inf),j=Us(m.grid),q=u-b,H=0;for(let B=0;B<a;B++){let F=g[B],rt=C?C[B]:null;for(let nt=0;nt<d;nt++){let X=(B*d+nt)*4,st=rt?rt[nt]:0,Z;if(st===1)Z=S,H++;else if(st===2)Z=G,H++;else{let U=Gs(F[nt]);if(U===null||Number.isNaN(U)||U===1/0)Z=j;else{let yt=U===-1/0?0:Math.max(0,Math.min(255,Math.round((U-b)/q*255)))*3;R[X]=Bn[yt],R[X+1]=Bn[yt+1],R[X+2]=Bn[yt+2],R[X+3]=255;continue}}R[X]=Z[0],R[X+1]=Z[1],R[X+2]=Z[2],R[X+3]=255}}if(z.putImageData(W,0,0),this.img=P,t.dataset.nonfiniteCells=String(H),this.R=a,this.B=d,this._draw(),this._axis(Y),window.ResizeObserver){this.ro&&this.ro.disconnect();let B=k.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(k.clientWidth-B)>2&&(B=k.clientWidth,this._draw())}),this.ro.observe(k)}D.addEventListener("mousemove",B=>this._hover(B)),D.addEventListener("mouseleave",()=>N.style.display="none"),D.addEventListener("click",B=>{let F=this._cellAt(B);F&&l.onCell&&l.onCell(F)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let a=l[i];if(a==null)return;let d=s.findIndex(p=>p===1||p===2);if(d<0)return;let m=t.buckets[d][0];(!(a in n)||m<n[a][0])&&(n[a]=[m,s[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,a=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),m=l*i;this.w=d,this.hgt=m,t.style.width=`${d}px`,t.style.height=`${m}px`,t.width=Math.round(d*a),t.height=Math.round(m*a);let p=t.getContext("2d");p.imageSmoothingEnabled=!1,p.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let b=jn(),{onset:u,selStep:g,selLayer:C}=this.opts,M=this.data.layers||[];if(C!=null){p.strokeStyle=b.select,p.lineWidth=1.5*a;for(let T=0;T<l;T++)M[T]===C&&p.strokeRect(.75*a,T*i*a+.75*a,t.width-1.5*a,i*a-1.5*a)}let L=T=>{let I=this._bucketOf(T);return I==null?null:(I+.5)/s*t.width};if(u!=null){let T=L(u);T!=null&&(p.strokeStyle=b.onset,p.lineWidth=2*a,p.setLineDash([5*a,3*a]),p.beginPath(),p.moveTo(T,0),p.lineTo(T,t.height),p.stroke(),p.setLineDash([]))}if(g!=null){let T=L(g);T!=null&&(p.strokeStyle=b.select,p.lineWidth=1*a,p.beginPath(),p.moveTo(T,0),p.lineTo(T,t.height),p.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(i<0||i>=this.B||a<0||a>=this.R)return null;let d=this.data,[m,p]=d.buckets[i],b=d.nonfinite?d.nonfinite[a][i]:0;return{row:a,bucket:i,name:d.rows[a],layer:(d.layers||[])[a]??null,step:m,first:m,last:p,magnitude:Gs(d.magnitude[a][i]),nonfinite:b===1?"NaN":b===2?"Inf":null,source:d.bucket_source?d.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Ne(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${bt(Math.pow(10,n.magnitude))} (log10 ${bt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let a=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[a]},${Bn[a+1]},${Bn[a+2]})`,l.fillRect(i,0,1,10)}let s=(i,a)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),a);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${bt(this.lo,2)}`}),n,h("span",{text:`10^${bt(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Zc=["nan","inf","max_abs","std","mean","scale_spread"];async function fr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Bt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Zc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:Ye(m.values)});let a=h("tbody"),d=h("div",{class:"nw-grid-multi"});for(let m of l){let p=S=>i.get(`${m.name}\0${S}`)||{steps:[],values:[]},b=p("nan"),u=p("inf"),g=p("max_abs"),C=p("std"),M=p("mean"),L=p("scale_spread"),T=0,I=0,k=null,D=!1;b.values.forEach((S,G)=>{(S>0||Number.isNaN(S))&&(S>0?T+=S:D=!0,(k===null||b.steps[G]<k)&&(k=b.steps[G]))}),u.values.forEach((S,G)=>{S>0&&(I+=S,(k===null||u.steps[G]<k)&&(k=u.steps[G]))});let N=null,Y=null,v=null;g.values.forEach((S,G)=>{Number.isFinite(S)&&(N===null||S>N)&&(N=S);let j=C.values[G],q=M.values[G];if(Number.isFinite(S)&&Number.isFinite(j)&&j>0){let H=(S-Math.abs(Number.isFinite(q)?q:0))/j;(Y===null||H>Y)&&(Y=H,v=g.steps[G])}});let P=null;for(let S of L.values)Number.isFinite(S)&&(P===null||S>P)&&(P=S);let z=T+I>0||D,W=S=>D?`${S?`${bt(S)} + `:""}?`:bt(S);a.appendChild(h("tr",{class:z?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:T||D?"nw-nan-text":"",text:W(T),title:D?"some counts unknown":null}),h("td",{class:I||D?"nw-inf-text":"",text:W(I),title:D?"some counts unknown":null}),h("td",{text:k===null?"–":String(k)}),h("td",{text:bt(N)}),h("td",{class:Y!==null&&Y>10?"nw-warn-text":"",text:Y===null?"–":`${bt(Y,3)} σ @ ${v}`}),h("td",{class:P!==null&&P>100?"nw-warn-text":"",text:bt(P)})));let R=h("div",{class:"nw-mini"});d.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),R)),e.defer(()=>e.charts.push(new Ze(R,{series:[{label:"max |x|",steps:g.steps,values:g.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:S=>e.jump({step:S}),onRange:(S,G)=>e.zoom(S,G),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),a)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function Qc(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var dr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Dl=class{constructor(t,n){if(this.ctx=t,this.groups=Qc(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),a=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);a.addEventListener("click",d=>{d.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:i,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let a=this.cards.get(i.target.dataset.layer);if(a){a.visible=i.isIntersecting;for(let d of a.charts)d.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(u=>this.cards.get(u).group),s=l.filter(u=>u.act).map(u=>u.act.name),i=l.flatMap(u=>[...u.grads,...u.weights].map(g=>g.name)),a=l.flatMap(u=>u.weights.map(g=>g.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Bt("series",{...d,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Bt("series",{...d,tensor:i,stat:["trace"]},n.signal)),a.length&&m.push(Bt("series",{...d,tensor:a,stat:["update_ratio"]},n.signal));let p;try{p=await Promise.all(m)}catch(u){if(n.signal.aborted)return;for(let g of t){let{body:C}=this.cards.get(g);C.textContent=`Could not load: ${u.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let u of p)for(let g of u.series||[])b.set(`${g.tensor}\0${g.stat}`,{steps:g.steps,values:Ye(g.values)});for(let u of t){if(n.signal.aborted)return;let g=this.cards.get(u);this._draw(g,b);for(let C of g.charts)C.setSynced(g.visible);await new Promise(C=>requestAnimationFrame(()=>C()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let a=(p,b)=>n.get(`${p}\0${b}`),d=[];if(s.act){let p=a(s.act.name,"min"),b=a(s.act.name,"max"),u=a(s.act.name,"mean");p&&b&&d.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:p.steps,values:p.values,band:"lo"},...u?[{label:"mean",steps:u.steps,values:u.values,dash:[3,3]}]:[]],!1])}let m=p=>p.map(b=>({label:dr(b.name,s.layer),...a(b.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&d.push(["gradient norm",m(s.grads),!0]),s.weights.length&&d.push(["weight norm",m(s.weights),!0]),s.weights.length&&d.push(["update ratio",s.weights.map(p=>({label:dr(p.name,s.layer),...a(p.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[p,b,u]of d){let g=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:p}),g)),b.every(M=>!M.steps.length)){g.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let C=new Ze(g,{series:b,log:u,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:M=>i.jump({step:M,layer:s.layer}),onRange:(M,L)=>i.zoom(M,L),onReset:()=>i.zoom(null,null)});i.charts.push(C),t.charts.push(C)}}};var Ks=8,Qt=e=>e==null?"":String(e),$l=e=>Array.isArray(e)?e:[],Qe=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ol=e=>{let t=cn(e);return t===null?"–":bt(t)},pr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):Qt(e);function Xc(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function tu(e){let t=[Qt(e.name)||Qt(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function eu(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${pr(s)}`),n=e.learning_rate!=null?[`learning_rate=${pr(e.learning_rate)}`]:[];return`${Qt(e.class)||"?"}(${[...n,...t].join(", ")})`}function nu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${Qt(e.epochs??"?")} epochs × ${Qt(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function lu(e){let t=Object.entries(e);return t.slice(0,Ks).map(([l,s])=>{let i=cn(s);return i===null?l:`${l} (${bt(100*i,3)}%)`}).join(", ")+(t.length>Ks?`, … ${t.length-Ks} more`:"")}function su(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,a)=>{let d=Qt(i.name),m=t.has(d),p=l.has(d)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${d}`,text:d,onclick:()=>n.jump({layer:d}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:d}))}):h("span",{class:"nw-model-layer-name",text:d});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:d}},h("td",{class:"nw-num nw-muted",text:String(a+1)}),h("td",{class:"nw-mono"},p,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:Qt(i.class)||"–"}),h("td",{class:"nw-model-act",text:Qt(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?Qt(i.units):"–"}),h("td",{class:"nw-mono",text:Xc(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?Qt(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function ou(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=Qe(l)||{},i=Qe(s.values),a=cn(s.nonfinite),d=s.min==null&&s.max==null?"–":`[${Ol(s.min)}, ${Ol(s.max)}]`,m=[Qt(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:d}),h("td",{text:s.mean==null?"–":`${Ol(s.mean)} ± ${Ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?lu(i):s.integer?"whole numbers":"–"}),h("td",{class:a?"nw-nan-text":"",text:a===null?"–":bt(a)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function hr(e,t){let n=Qe(e);if(!n)return null;let l=$l(n.layers).filter(L=>Qe(L)),s=new Set($l(n.outputs).map(Qt)),i=$l(n.losses).filter(L=>Qe(L)),a=Qe(n.optimizer),d=Qe(n.fit)||{},m=Qe(n.data)||{},p=$l(n.lines).map(Qt),b=[],u=(L,...T)=>b.push(h("dt",{text:L}),h("dd",{class:`nw-fact-${L.toLowerCase().replace(/[^a-z]+/g,"-")}`},...T));s.size&&u("Output",[...s].map((L,T)=>[T?", ":"",h("code",{class:"nw-model-output",text:L})])),i.length&&u("Loss",i.map((L,T)=>[T?"; ":"",h("code",{class:"nw-model-loss",text:tu(L)})])),a&&u("Optimizer",h("code",{class:"nw-model-optimizer",text:eu(a)}));let g=nu(d);g&&u("Fit",g),n.dtype_policy!=null&&u("dtype policy",h("code",{text:Qt(n.dtype_policy)}));let C=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),M=Object.keys(m).length>0;return!l.length&&!b.length&&!M?(p.length?C.appendChild(h("ul",{class:"nw-model-lines"},p.map(L=>h("li",{class:"nw-mono",text:L})))):C.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),C):(C.append(h("div",{class:"nw-model-grid"},l.length?su(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),b.length?h("dl",{class:"nw-facts"},b):null)),M&&C.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),ou(m)),p.length&&C.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:p.join(`
`)})))),C)}var mr=20,iu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],ol=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Al(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),a=Bt("diagnosis",{run:s},t),d=await Bt("tensors",{run:s},t),m=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let p=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),b=Bt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(p),kind:this.hmKind||null},t).catch(y=>y),u=await a,g=d.rows||[],C=Number(u.steps)||0,M=u.onset&&u.onset.step!=null?Number(u.onset.step):null,L=[0,Math.max(1,C-1)],T=[l.start??L[0],l.end??L[1]];T[1]>T[0]||(T=L);let I=this,k=[],D={run:s,rows:g,range:T,full:L,onset:M,windowStart:M==null?null:M-mr,charts:this.charts,signal:t,defer:y=>k.push(y),selStep:()=>n.state.step??null,jump:y=>I.jump(y),zoom:(y,Q)=>I.zoom(y,Q)};this.ctx=D;let N=h("select",{class:"nw-select",title:"Run"});for(let y of n.runs||[{run:s}]){let Q=h("option",{value:y.run,text:y.run});y.run===s&&(Q.selected=!0),N.appendChild(Q)}[...N.options].some(y=>y.value===s)||N.appendChild(h("option",{value:s,text:s,selected:!0})),N.addEventListener("change",()=>n.setState({run:N.value,layer:null,step:null,start:null,end:null}));let Y=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:y=>{y.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),v=u.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(u.onset.step)}),u.onset.phase?` in the ${u.onset.phase} phase`:"",u.onset.tensor?h("span",null,", tensor ",h("code",{text:String(u.onset.tensor)})):"",u.onset.layer?h("span",null," (layer ",h("code",{text:String(u.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),P=M!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let y=Math.max(25,Math.round(C*.03));this.zoom(Math.max(L[0],M-y),Math.min(L[1],M+Math.max(10,Math.round(y/3))))}}):null,z=T[0]!==L[0]||T[1]!==L[1],W=h("button",{class:"nw-btn",text:"Full range",disabled:z?null:!0,onclick:()=>this.zoom(null,null)}),R=h("div",{class:"nw-head"},Y,N,Bs(u.status),v,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${T[0]}–${T[1]} of ${C}`}),P,W),S=ru(u),G=Array.isArray(u.rule_errors)?u.rule_errors.filter(y=>y&&typeof y=="object"):[],j=new Set(G.map(y=>`rule ${y.id} failed: ${y.error}`)),q=(Array.isArray(u.notes)?u.notes:[]).map(String).filter(y=>!j.has(y)),H=u.status==="stalled",B=S&&S.loss>0&&g.some(y=>y.name==="loss"),F=H?cu(q,S,B):null,rt=h("div",{class:"nw-notices"});u.sampled&&rt.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let nt=(Array.isArray(u.events)?u.events:[]).filter(y=>y&&y.kind==="skip"&&Number.isFinite(Number(y.step)));if(nt.length){let y=nt.reduce((mt,de)=>mt+(Number(de.steps)||1),0),Q=nt.slice(0,10).map(mt=>String(Number(mt.step))).join(", ")+(nt.length>10?", …":"");rt.appendChild(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${y} update${y===1?"":"s"} with non-finite gradients or loss ${y===1?"was":"were"} not applied (on_nonfinite="skip"), at step ${Q}.`}))}let X=uu(u.summarised);X.length&&rt.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${X.map(([y,Q])=>`steps ${y}–${Q}`).join(", ")} ${X.length===1?"is":"are"} kept as one summary per ${X[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let y of[...u.problems||[],...H?[]:q].map(String).filter((Q,mt,de)=>de.indexOf(Q)===mt))rt.appendChild(h("div",{class:"nw-notice",text:String(y)}));let st=u.origin,Z=u.onset||{};st&&st.how&&(st.tensor!==Z.tensor||st.step!==Z.step)&&rt.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${u.origin.tensor??u.origin.layer??"?"} at step ${u.origin.step??"?"} (${u.origin.how})`}));let U=ur(u,g,y=>this.jump(y),G),yt=hr(u.model,D),Et=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),pt=h("div",{class:"nw-timeline",dataset:{onsetStep:M==null?"":String(M)}});Et.append(pt,h("div",{class:"nw-muted nw-small"},"Log scale.",M!=null?` Red line: onset; shaded: the ${mr} steps before it; triangles: NaN/Inf values.`:"",B?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let it=h("section",{class:"nw-card nw-heatmap-card"}),Ut=h("select",{class:"nw-select nw-hm-kind"});for(let[y,Q]of iu){if(y&&!g.some(de=>de.kind===y))continue;let mt=h("option",{value:y,text:Q});y===this.hmKind&&(mt.selected=!0),Ut.appendChild(mt)}let Vt=h("div",{class:"nw-heatmap"});Ut.addEventListener("change",()=>{this.hmKind=Ut.value,this._loadHeatmap(Vt,t)}),it.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),Ut),Vt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let ht=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),Xt=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Ne(this.root);let ue=h("div",{class:"nw-top"},U,Et),te=H?[R,F,rt,ue,yt,it,ht,Xt]:[R,rt,ue,it,yt,ht,Xt];this.root.append(...te.filter(Boolean));let Le=Math.max(300,pt.clientWidth||800),Oe=["loss","global_grad_norm"].filter(y=>g.some(Q=>Q.name===y)),je=Oe.length?Bt("series",{run:s,tensor:Oe,stat:"trace",start:T[0],end:T[1],points:Math.min(4e3,2*Le)},t):Promise.resolve({series:[]}),Xe=this._loadHeatmap(Vt,t,b),wn=fr(D,ht,t).catch(y=>{t.aborted||ht.appendChild(h("div",{class:"nw-error",text:String(y.message||y)}))}),ye=await je;if(t.aborted)return;let Wt={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},fe=(ye.series||[]).map(y=>({label:y.tensor==="global_grad_norm"?"global grad norm":y.tensor,steps:y.steps,values:Ye(y.values),scale:y.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(y.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||Wt[y.tensor],width:1.5})),Kt=(ye.series||[]).find(y=>y.tensor==="loss"&&Array.isArray(y.hi)&&y.hi.some(Q=>Q!=null));if(Kt){let y=fe.find(Q=>Q.scale==="loss").color;fe.push({label:"loss, block max",steps:Kt.steps,values:Ye(Kt.hi),scale:"loss",color:y,width:.5,band:"hi"},{label:"loss, block min",steps:Kt.steps,values:Ye(Kt.lo),scale:"loss",color:y,width:.5,band:"lo"})}let Ie=fe.some(y=>y.scale==="loss");fe.length?(this.timeline=new Ze(pt,{series:fe,hlines:S&&Ie?[{value:S.loss,scale:"loss",label:"constant predictor",text:au(S),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:T,onset:M,windowStart:D.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:y=>this.jump({step:y}),onRange:(y,Q)=>this.zoom(y,Q),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):pt.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let tt=(ye.series||[]).find(y=>y.returned<y.logged);if(tt&&Et.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${tt.returned} of ${tt.logged} steps (each bucket's min and max, every step near the onset).`})),await Xe,!t.aborted){this.grid=new Dl(D,Xt),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await wn;for(let y of k)y();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Bt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Rl(t,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(Ne(t),t.appendChild(h("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((a,d)=>a.classList.toggle("nw-sel",n.layer!=null&&i[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function ru(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=cn(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function au(e){return`constant predictor: ${bt(e.loss)}${e.what?` (${e.what})`:""}`}function cu(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:bt(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function uu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Il=["run","layer","step","start","end"],fu=new Set(["step","start","end"]);function Fl(e){let t={};for(let n of Il){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(fu.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function Ys(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Il)e.has(n)&&(t[n]=e.get(n));return Fl(t)}function qs(e){let t=new URLSearchParams;for(let s of Il){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}function wr(e,t){return Il.every(n=>(e[n]??null)===(t[n]??null))}var Js=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new El}async start(){let t=Ys();if(!Object.keys(t).length){let n=Hs();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Fl(n))}this.state=t,qs(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ys();this._apply(n)}),this._followParentUrl(),nr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let l=Hs();if(l===null)return;let s=Fl(l);wr(s,this.state)||this._apply(s,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t,n=!1){let l=this.state;this.state=t,qs(t),n||or(t,l.run!==t.run),l.run!==t.run||l.start!==t.start||l.end!==t.end||!this.view?this.rerender():this.view instanceof ol&&(l.layer!==t.layer||l.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Bt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Al(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Bt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Ne(this.root).appendChild(n),await ar(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new ol(this,n);this.view=s,Ne(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Ne(this.root).appendChild(n),Ne(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Vl=null;function gf(){if(Vl)return Vl;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=No+`
`+Lo,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new Js(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=lr,Vl=l.start(),Vl}export{gf as render};
