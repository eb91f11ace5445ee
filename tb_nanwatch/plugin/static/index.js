var Lo='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var No=`:root {
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
`;var qr=new URL("./",import.meta.url),us=class extends Error{constructor(t,n){super(n),this.status=t}};function Jr(e,t){let n=new URL(e,qr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Bt(e,t,n){let l=await fetch(Jr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new us(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function cn(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Ye(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:cn(l)}return t}var Zr="uplot",Qr="u-hz",Xr="u-vt",ta="u-title",ea="u-wrap",na="u-under",la="u-over",sa="u-axis",dn="u-off",oa="u-select",ia="u-cursor-x",ra="u-cursor-y",aa="u-cursor-pt",ca="u-legend",ua="u-live",fa="u-inline",da="u-series",pa="u-marker",Ao="u-label",ha="u-value",Xn="width",tl="height";var Eo="bottom",Pn="left",fs="right",Ls="#000",Po=Ls+"0",ds="mousemove",zo="mousedown",ps="mouseup",Ro="mouseenter",Do="mouseleave",$o="dblclick",ma="resize",wa="scroll",Oo="change",bl="dppxchange",Ns="--",Fn=typeof window<"u",xs=Fn?document:null,Rn=Fn?window:null,ga=Fn?navigator:null,ft,ml;function bs(){let e=devicePixelRatio;ft!=e&&(ft=e,ml&&vs(Oo,ml,bs),ml=matchMedia(`(min-resolution: ${ft-.001}dppx) and (max-resolution: ${ft+.001}dppx)`),pn(Oo,ml,bs),Rn.dispatchEvent(new CustomEvent(bl)))}function ie(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ys(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function kt(e,t,n){e.style[t]=n+"px"}function Me(e,t,n,l){let s=xs.createElement(e);return t!=null&&ie(s,t),n?.insertBefore(s,l),s}function me(e,t){return Me("div",e,t)}var Io=new WeakMap;function De(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",a=Io.get(e);i!=a&&(e.style.transform=i,Io.set(e,i),t<0||n<0||t>l||n>s?ie(e,dn):ys(e,dn))}var Fo=new WeakMap;function Vo(e,t,n){let l=t+n,s=Fo.get(e);l!=s&&(Fo.set(e,l),e.style.background=t,e.style.borderColor=n)}var Wo=new WeakMap;function jo(e,t,n,l){let s=t+""+n,i=Wo.get(e);s!=i&&(Wo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var As={passive:!0},xa={...As,capture:!0};function pn(e,t,n,l){t.addEventListener(e,n,l?xa:As)}function vs(e,t,n,l){t.removeEventListener(e,n,As)}Fn&&bs();function Te(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:re((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function wi(e){return(n,l,s)=>{let i=-1,a=-1;for(let d=l;d<=s;d++)if(e(n[d])){i=d;break}for(let d=s;d>=l;d--)if(e(n[d])){a=d;break}return[i,a]}}var gi=e=>e!=null,xi=e=>e!=null&&e>0,Sl=wi(gi),ba=wi(xi);function ya(e,t,n,l=0,s=!1){let i=s?ba:Sl,a=s?xi:gi;[t,n]=i(e,t,n);let d=e[t],m=e[t];if(t>-1)if(l==1)d=e[t],m=e[n];else if(l==-1)d=e[n],m=e[t];else for(let p=t;p<=n;p++){let b=e[p];a(b)&&(b<d?d=b:b>m&&(m=b))}return[d??gt,m??-gt]}function kl(e,t,n,l){let s=Uo(e),i=Uo(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let a=n==10?Ie:bi,d=s==1?re:we,m=i==1?we:re,p=d(a(Rt(e))),b=m(a(Rt(t))),u=Dn(n,p),g=Dn(n,b);return n==10&&(p<0&&(u=xt(u,-p)),b<0&&(g=xt(g,-b))),l||n==2?(e=u*s,t=g*i):(e=ki(e,u),t=_l(t,g)),[e,t]}function Es(e,t,n,l){let s=kl(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ps=.1,Ho={mode:3,pad:Ps},nl={pad:0,soft:null,mode:0},va={min:nl,max:nl};function yl(e,t,n,l){return Ml(n)?Bo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,Bo(e,t,va))}function rt(e,t){return e??t}function Sa(e,t,n){for(t=rt(t,0),n=rt(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Bo(e,t,n){let l=n.min,s=n.max,i=rt(l.pad,0),a=rt(s.pad,0),d=rt(l.hard,-gt),m=rt(s.hard,gt),p=rt(l.soft,gt),b=rt(s.soft,-gt),u=rt(l.mode,0),g=rt(s.mode,0),M=t-e,_=Ie(M),N=Jt(Rt(e),Rt(t)),C=Ie(N),F=Rt(C-_);(M<1e-24||F>10)&&(M=0,(e==0||t==0)&&(M=1e-24,u==2&&p!=gt&&(i=0),g==2&&b!=-gt&&(a=0)));let S=M||N||1e3,$=Ie(S),L=Dn(10,re($)),q=S*(M==0?e==0?.1:1:i),y=xt(ki(e-q,L/10),24),z=e>=p&&(u==1||u==3&&y<=p||u==2&&y>=p)?p:gt,R=Jt(d,y<z&&e>=z?z:Ce(z,y)),H=S*(M==0?t==0?.1:1:a),D=xt(_l(t+H,L/10),24),v=t<=b&&(g==1||g==3&&D>=b||g==2&&D<=b)?b:-gt,K=Ce(m,D>v&&t<=v?v:Jt(v,D));return R==K&&R==0&&(K=100),[R,K]}var ka=new Intl.NumberFormat(Fn?ga.language:"en-US"),zs=e=>ka.format(e),ae=Math,xl=ae.PI,Rt=ae.abs,re=ae.floor,zt=ae.round,we=ae.ceil,Ce=ae.min,Jt=ae.max,Dn=ae.pow,Uo=ae.sign,Ie=ae.log10,bi=ae.log2,_a=(e,t=1)=>ae.sinh(e)*t,hs=(e,t=1)=>ae.asinh(e/t),gt=1/0;function Go(e){return(Ie((e^e>>31)-(e>>31))|0)+1}function Ss(e,t,n){return Ce(Jt(e,t),n)}function yi(e){return typeof e=="function"}function lt(e){return yi(e)?e:()=>e}var Ma=()=>{},vi=e=>e,Si=(e,t)=>t,Ta=e=>null,Ko=e=>!0,Yo=(e,t)=>e==t,Ca=/\.\d*?(?=9{6,}|0{6,})/gm,hn=e=>{if(Mi(e)||Je.has(e))return e;let t=`${e}`,n=t.match(Ca);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${hn(s)}e${i}`}return xt(e,l)};function un(e,t){return hn(xt(hn(e/t))*t)}function _l(e,t){return hn(we(hn(e/t))*t)}function ki(e,t){return hn(re(hn(e/t))*t)}function xt(e,t=0){if(Mi(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return zt(l)/n}var Je=new Map;function _i(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(_i);for(let a=t;a<n;a++){let d=Rt(a),m=xt(Dn(e,a),d);for(let p=0;p<l.length;p++){let b=e==10?+`${l[p]}e${a}`:l[p]*m,u=(a>=0?0:d)+(a>=i[p]?0:i[p]),g=e==10?b:xt(b,u);s.push(g),Je.set(g,u)}}return s}var ll={},Rs=[],$n=[null,null],qe=Array.isArray,Mi=Number.isInteger,La=e=>e===void 0;function qo(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Na(e){return e!=null&&typeof e=="object"}var Aa=Object.getPrototypeOf(Uint8Array),Ti="__proto__";function On(e,t=Ml){let n;if(qe(e)){let l=e.find(s=>s!=null);if(qe(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof Aa)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Ti&&(n[l]=On(e[l],t))}else n=e;return n}function Pt(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Ti&&(Ml(e[s])?Pt(e[s],On(l[s])):e[s]=On(l[s]))}return e}var Ea=0,Pa=1,za=2;function Ra(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let a=t[l];if(a>i){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<n&&e[s]==null;)e[i=s++]=null}}}function Da(e,t){if(Ia(e)){let a=e[0].slice();for(let d=1;d<e.length;d++)a.push(...e[d].slice(1));return Fa(a[0])||(a=Oa(a)),a}let n=new Set;for(let a=0;a<e.length;a++){let m=e[a][0],p=m.length;for(let b=0;b<p;b++)n.add(m[b])}let l=[Array.from(n).sort((a,d)=>a-d)],s=l[0].length,i=new Map;for(let a=0;a<s;a++)i.set(l[0][a],a);for(let a=0;a<e.length;a++){let d=e[a],m=d[0];for(let p=1;p<d.length;p++){let b=d[p],u=Array(s).fill(void 0),g=t?t[a][p]:Pa,M=[];for(let _=0;_<b.length;_++){let N=b[_],C=i.get(m[_]);N===null?g!=Ea&&(u[C]=N,g==za&&M.push(C)):u[C]=N}Ra(u,M,s),l.push(u)}}return l}var $a=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Oa(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,a)=>t[i]-t[a]);let s=[];for(let i=0;i<e.length;i++){let a=e[i],d=Array(n);for(let m=0;m<n;m++)d[m]=a[l[m]];s.push(d)}return s}function Ia(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function Fa(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Jt(1,re((s-l+1)/t));for(let a=e[l],d=l+i;d<=s;d+=i){let m=e[d];if(m!=null){if(m<=a)return!1;a=m}}return!0}var Ci=["January","February","March","April","May","June","July","August","September","October","November","December"],Li=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ni(e){return e.slice(0,3)}var Va=Li.map(Ni),Wa=Ci.map(Ni),ja={MMMM:Ci,MMM:Wa,WWWW:Li,WWW:Va};function Qn(e){return(e<10?"0":"")+e}function Ha(e){return(e<10?"00":e<100?"0":"")+e}var Ba={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ha(e.getMilliseconds())};function Ds(e,t){t=t||ja;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ba[s[1]]:s[0]);return i=>{let a="";for(let d=0;d<n.length;d++)a+=typeof n[d]=="string"?n[d]:n[d](i,t);return a}}var Ua=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ga(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Ua?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ai=e=>e%1==0,vl=[1,2,2.5,5],Ka=sl(10,-32,0,vl),Ei=sl(10,0,32,vl),Ya=Ei.filter(Ai),fn=Ka.concat(Ei),$s=`
`,Pi="{YYYY}",Jo=$s+Pi,zi="{M}/{D}",el=$s+zi,wl=el+"/{YY}",Ri="{aa}",qa="{h}:{mm}",zn=qa+Ri,Zo=$s+zn,Qo=":{ss}",dt=null;function Di(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,a=s*365,m=(e==1?sl(10,0,3,vl).filter(Ai):sl(10,-3,0,vl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,Pi,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",Jo,dt,dt,dt,dt,dt,1],[s,zi,Jo,dt,dt,dt,dt,dt,1],[l,"{h}"+Ri,wl,dt,el,dt,dt,dt,1],[n,zn,wl,dt,el,dt,dt,dt,1],[t,Qo,wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1],[e,Qo+".{fff}",wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1]];function b(u){return(g,M,_,N,C,F)=>{let S=[],$=C>=a,L=C>=i&&C<a,q=u(_),y=xt(q*e,3),z=ms(q.getFullYear(),$?0:q.getMonth(),L||$?1:q.getDate()),R=xt(z*e,3);if(L||$){let H=L?C/i:0,D=$?C/a:0,v=y==R?y:xt(ms(z.getFullYear()+D,z.getMonth()+H,1)*e,3),K=new Date(zt(v/e)),B=K.getFullYear(),J=K.getMonth();for(let U=0;v<=N;U++){let G=ms(B+D*U,J+H*U,1),V=G-u(xt(G*e,3));v=xt((+G+V)*e,3),v<=N&&S.push(v)}}else{let H=C>=s?s:C,D=re(_)-re(y),v=R+D+_l(y-R,H);S.push(v);let K=u(v),B=K.getHours()+K.getMinutes()/n+K.getSeconds()/l,J=C/l,U=g.axes[M]._space,G=F/U;for(;v=xt(v+C,e==1?0:3),!(v>N);)if(J>1){let V=re(xt(B+J,6))%24,X=u(v).getHours()-V;X>1&&(X=-1),v-=X*l,B=(B+J)%24;let ot=S[S.length-1];xt((v-ot)/C,3)*G>=.7&&S.push(v)}else S.push(v)}return S}}return[m,p,b]}var[Ja,Za,Qa]=Di(1),[Xa,tc,ec]=Di(.001);sl(2,-53,53,[1]);function Xo(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function ti(e,t){return(n,l,s,i,a)=>{let d=t.find(_=>a>=_[0])||t[t.length-1],m,p,b,u,g,M;return l.map(_=>{let N=e(_),C=N.getFullYear(),F=N.getMonth(),S=N.getDate(),$=N.getHours(),L=N.getMinutes(),q=N.getSeconds(),y=C!=m&&d[2]||F!=p&&d[3]||S!=b&&d[4]||$!=u&&d[5]||L!=g&&d[6]||q!=M&&d[7]||d[1];return m=C,p=F,b=S,u=$,g=L,M=q,y(N)})}}function nc(e,t){let n=Ds(t);return(l,s,i,a,d)=>s.map(m=>n(e(m)))}function ms(e,t,n){return new Date(e,t,n)}function ei(e,t){return t(e)}var lc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ni(e,t){return(n,l,s,i)=>i==null?Ns:t(e(l))}function sc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function oc(e,t){return e.series[t].fill(e,t)}var ic={show:!0,live:!0,isolate:!1,mount:Ma,markers:{show:!0,width:2,stroke:sc,fill:oc,dash:"solid"},idx:null,idxs:null,values:[]};function rc(e,t){let n=e.cursor.points,l=me(),s=n.size(e,t);kt(l,Xn,s),kt(l,tl,s);let i=s/-2;kt(l,"marginLeft",i),kt(l,"marginTop",i);let a=n.width(e,t,s);return a&&kt(l,"borderWidth",a),l}function ac(e,t){let n=e.series[t].points;return n._fill||n._stroke}function cc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function uc(e,t){return e.series[t].points.size}var ws=[0,0];function fc(e,t,n){return ws[0]=t,ws[1]=n,ws}function gl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function gs(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var dc={show:!0,x:!0,y:!0,lock:!1,move:fc,points:{one:!1,show:rc,size:uc,width:0,stroke:cc,fill:ac},bind:{mousedown:gl,mouseup:gl,click:gl,dblclick:gl,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},$i={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Os=Pt({},$i,{filter:Si}),Oi=Pt({},Os,{size:10}),Ii=Pt({},$i,{show:!1}),Is='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fi="bold "+Is,Vi=1.5,li={show:!0,scale:"x",stroke:Ls,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:2,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0},pc="Value",hc="Time",si={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function mc(e,t,n,l,s){return t.map(i=>i==null?"":zs(i))}function wc(e,t,n,l,s,i,a){let d=[],m=Je.get(s)||0;n=a?n:xt(_l(n,s),m);for(let p=n;p<=l;p=xt(p+s,m))d.push(Object.is(p,-0)?0:p);return d}function ks(e,t,n,l,s,i,a){let d=[],m=e.scales[e.axes[t].scale].log,p=m==10?Ie:bi,b=re(p(n));s=Dn(m,b),m==10&&(s=fn[Te(s,fn)]);let u=n,g=s*m;m==10&&(g=fn[Te(g,fn)]);do d.push(u),u=u+s,m==10&&!Je.has(u)&&(u=xt(u,Je.get(s))),u>=g&&(s=u,g=s*m,m==10&&(g=fn[Te(g,fn)]));while(u<=l);return d}function gc(e,t,n,l,s,i,a){let m=e.scales[e.axes[t].scale].asinh,p=l>m?ks(e,t,Jt(m,n),l,s):[m],b=l>=0&&n<=0?[0]:[];return(n<-m?ks(e,t,Jt(m,-l),-n,s):[m]).reverse().map(g=>-g).concat(b,p)}var Wi=/./,xc=/[12357]/,bc=/[125]/,oi=/1/,_s=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function yc(e,t,n,l,s){let i=e.axes[n],a=i.scale,d=e.scales[a],m=e.valToPos,p=i._space,b=m(10,a),u=m(9,a)-b>=p?Wi:m(7,a)-b>=p?xc:m(5,a)-b>=p?bc:oi;if(u==oi){let g=Rt(m(1,a)-b);if(g<p)return _s(t.slice().reverse(),d.distr,u,we(p/g)).reverse()}return _s(t,d.distr,u,1)}function vc(e,t,n,l,s){let i=e.axes[n],a=i.scale,d=i._space,m=e.valToPos,p=Rt(m(1,a)-m(2,a));return p<d?_s(t.slice().reverse(),3,Wi,we(d/p)).reverse():t}function Sc(e,t,n,l){return l==null?Ns:t==null?"":zs(t)}var ii={show:!0,scale:"y",stroke:Ls,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:3,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0};function kc(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function _c(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),a=e.valToPos(s[l[1]],n,!0),d=Rt(a-i),m=e.series[t],p=d/(m.points.space*ft);return l[1]-l[0]<=p}var ri={scale:null,auto:!0,sorted:0,min:gt,max:-gt},ji=(e,t,n,l,s)=>s,ai={show:!0,auto:!0,sorted:0,gaps:ji,alpha:1,facets:[Pt({},ri,{scale:"x"}),Pt({},ri,{scale:"y"})]},ci={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:ji,alpha:1,points:{show:_c,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Mc(e,t,n,l,s){return n/10}var Hi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Tc=Pt({},Hi,{time:!1,ori:1}),ui={};function Bi(e,t){let n=ui[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,a,d,m,p){for(let b=0;b<n.plots.length;b++)n.plots[b]!=s&&n.plots[b].pub(l,s,i,a,d,m,p)}},e!=null&&(ui[e]=n)),n}var In=1,Ms=2;function mn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,a=e.scales,d=e.bbox,m=i[0],p=l==2?i[1]:i[t],b=l==2?a[s.facets[0].scale]:a[e.series[0].scale],u=l==2?a[s.facets[1].scale]:a[s.scale],g=d.left,M=d.top,_=d.width,N=d.height,C=e.valToPosH,F=e.valToPosV;return b.ori==0?n(s,m,p,b,u,C,F,g,M,_,N,Cl,Vn,Nl,Gi,Yi):n(s,m,p,b,u,F,C,M,g,N,_,Ll,Wn,Ws,Ki,qi)}function Fs(e,t){let n=0,l=0,s=rt(e.bands,Rs);for(let i=0;i<s.length;i++){let a=s[i];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Cc(e,t,n,l,s){let i=e.mode,a=e.series[t],d=i==2?a.facets[1].scale:a.scale,m=e.scales[d];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function Fe(e,t,n,l,s,i){return mn(e,t,(a,d,m,p,b,u,g,M,_,N,C)=>{let F=a.pxRound,S=p.dir*(p.ori==0?1:-1),$=p.ori==0?Vn:Wn,L,q;S==1?(L=n,q=l):(L=l,q=n);let y=F(u(d[L],p,N,M)),z=F(g(m[L],b,C,_)),R=F(u(d[q],p,N,M)),H=F(g(i==1?b.max:b.min,b,C,_)),D=new Path2D(s);return $(D,R,H),$(D,y,H),$(D,y,z),D})}function Tl(e,t,n,l,s,i){let a=null;if(e.length>0){a=new Path2D;let d=t==0?Nl:Ws,m=n;for(let u=0;u<e.length;u++){let g=e[u];if(g[1]>g[0]){let M=g[0]-m;M>0&&d(a,m,l,M,l+i),m=g[1]}}let p=n+s-m,b=10;p>0&&d(a,m,l-b/2,p,l+i+b)}return a}function Lc(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function Vs(e,t,n,l,s,i,a){let d=[],m=e.length;for(let p=s==1?n:l;p>=n&&p<=l;p+=s)if(t[p]===null){let u=p,g=p;if(s==1)for(;++p<=l&&t[p]===null;)g=p;else for(;--p>=n&&t[p]===null;)g=p;let M=i(e[u]),_=g==u?M:i(e[g]),N=u-s;M=a<=0&&N>=0&&N<m?i(e[N]):M;let F=g+s;_=a>=0&&F>=0&&F<m?i(e[F]):_,_>=M&&d.push([M,_])}return d}function fi(e){return e==0?vi:e==1?zt:t=>un(t,e)}function Ui(e){let t=e==0?Cl:Ll,n=e==0?(s,i,a,d,m,p)=>{s.arcTo(i,a,d,m,p)}:(s,i,a,d,m,p)=>{s.arcTo(a,i,m,d,p)},l=e==0?(s,i,a,d,m)=>{s.rect(i,a,d,m)}:(s,i,a,d,m)=>{s.rect(a,i,m,d)};return(s,i,a,d,m,p=0,b=0)=>{p==0&&b==0?l(s,i,a,d,m):(p=Ce(p,d/2,m/2),b=Ce(b,d/2,m/2),t(s,i+p,a),n(s,i+d,a,i+d,a+m,p),n(s,i+d,a+m,i,a+m,b),n(s,i,a+m,i,a,b),n(s,i,a,i+d,a,p),s.closePath())}}var Cl=(e,t,n)=>{e.moveTo(t,n)},Ll=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},Nl=Ui(0),Ws=Ui(1),Gi=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Ki=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},Yi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(t,n,l,s,i,a)},qi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(n,t,s,l,a,i)};function Ji(e){return(t,n,l,s,i)=>mn(t,n,(a,d,m,p,b,u,g,M,_,N,C)=>{let{pxRound:F,points:S}=a,$,L;p.ori==0?($=Cl,L=Gi):($=Ll,L=Ki);let q=xt(S.width*ft,3),y=(S.size-S.width)/2*ft,z=xt(y*2,3),R=new Path2D,H=new Path2D,{left:D,top:v,width:K,height:B}=t.bbox;Nl(H,D-z,v-z,K+z*2,B+z*2);let J=U=>{if(m[U]!=null){let G=F(u(d[U],p,N,M)),V=F(g(m[U],b,C,_));$(R,G+y,V),L(R,G,V,y,0,xl*2)}};if(i)i.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:q>0?R:null,fill:R,clip:H,flags:In|Ms}})}function Zi(e){return(t,n,l,s,i,a)=>{l!=s&&(i!=l&&a!=l&&e(t,n,l),i!=s&&a!=s&&e(t,n,s),e(t,n,a))}}var Nc=Zi(Vn),Ac=Zi(Wn);function Qi(e){let t=rt(e?.alignGaps,0);return(n,l,s,i)=>mn(n,l,(a,d,m,p,b,u,g,M,_,N,C)=>{[s,i]=Sl(m,s,i);let F=a.pxRound,S=B=>F(u(B,p,N,M)),$=B=>F(g(B,b,C,_)),L,q;p.ori==0?(L=Vn,q=Nc):(L=Wn,q=Ac);let y=p.dir*(p.ori==0?1:-1),z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},R=z.stroke,H=!1;if(i-s>=N*4){let B=W=>n.posToVal(W,p.key,!0),J=null,U=null,G,V,at,et=S(d[y==1?s:i]),X=S(d[s]),ot=S(d[i]),Q=B(y==1?X+1:ot-1);for(let W=y==1?s:i;W>=s&&W<=i;W+=y){let mt=d[W],pt=(y==1?mt<Q:mt>Q)?et:S(mt),st=m[W];pt==et?st!=null?(V=st,J==null?(L(R,pt,$(V)),G=J=U=V):V<J?J=V:V>U&&(U=V)):st===null&&(H=!0):(J!=null&&q(R,et,$(J),$(U),$(G),$(V)),st!=null?(V=st,L(R,pt,$(V)),J=U=G=V):(J=U=null,st===null&&(H=!0)),et=pt,Q=B(et+y))}J!=null&&J!=U&&at!=et&&q(R,et,$(J),$(U),$(G),$(V))}else for(let B=y==1?s:i;B>=s&&B<=i;B+=y){let J=m[B];J===null?H=!0:J!=null&&L(R,S(d[B]),$(J))}let[v,K]=Fs(n,l);if(a.fill!=null||v!=0){let B=z.fill=new Path2D(R),J=a.fillTo(n,l,a.min,a.max,v),U=$(J),G=S(d[s]),V=S(d[i]);y==-1&&([V,G]=[G,V]),L(B,V,U),L(B,G,U)}if(!a.spanGaps){let B=[];H&&B.push(...Vs(d,m,s,i,y,S,t)),z.gaps=B=a.gaps(n,l,s,i,B),z.clip=Tl(B,p.ori,M,_,N,C)}return K!=0&&(z.band=K==2?[Fe(n,l,s,i,R,-1),Fe(n,l,s,i,R,1)]:Fe(n,l,s,i,R,K)),z})}function Ec(e){let t=rt(e.align,1),n=rt(e.ascDesc,!1),l=rt(e.alignGaps,0),s=rt(e.extend,!1);return(i,a,d,m)=>mn(i,a,(p,b,u,g,M,_,N,C,F,S,$)=>{[d,m]=Sl(u,d,m);let L=p.pxRound,{left:q,width:y}=i.bbox,z=X=>L(_(X,g,S,C)),R=X=>L(N(X,M,$,F)),H=g.ori==0?Vn:Wn,D={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},v=D.stroke,K=g.dir*(g.ori==0?1:-1),B=R(u[K==1?d:m]),J=z(b[K==1?d:m]),U=J,G=J;s&&t==-1&&(G=q,H(v,G,B)),H(v,J,B);for(let X=K==1?d:m;X>=d&&X<=m;X+=K){let ot=u[X];if(ot==null)continue;let Q=z(b[X]),W=R(ot);t==1?H(v,Q,B):H(v,U,W),H(v,Q,W),B=W,U=Q}let V=U;s&&t==1&&(V=q+y,H(v,V,B));let[at,et]=Fs(i,a);if(p.fill!=null||at!=0){let X=D.fill=new Path2D(v),ot=p.fillTo(i,a,p.min,p.max,at),Q=R(ot);H(X,V,Q),H(X,G,Q)}if(!p.spanGaps){let X=[];X.push(...Vs(b,u,d,m,K,z,l));let ot=p.width*ft/2,Q=n||t==1?ot:-ot,W=n||t==-1?-ot:ot;X.forEach(mt=>{mt[0]+=Q,mt[1]+=W}),D.gaps=X=p.gaps(i,a,d,m,X),D.clip=Tl(X,g.ori,C,F,S,$)}return et!=0&&(D.band=et==2?[Fe(i,a,d,m,v,-1),Fe(i,a,d,m,v,1)]:Fe(i,a,d,m,v,et)),D})}function di(e,t,n,l,s,i,a=gt){if(e.length>1){let d=null;for(let m=0,p=1/0;m<e.length;m++)if(t[m]!==void 0){if(d!=null){let b=Rt(e[m]-e[d]);b<p&&(p=b,a=Rt(n(e[m],l,s,i)-n(e[d],l,s,i)))}d=m}}return a}function Pc(e){e=e||ll;let t=rt(e.size,[.6,gt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=lt(s),a=1-t[0],d=rt(t[1],gt),m=rt(t[2],1),p=rt(e.disp,ll),b=rt(e.each,M=>{}),{fill:u,stroke:g}=p;return(M,_,N,C)=>mn(M,_,(F,S,$,L,q,y,z,R,H,D,v)=>{let K=F.pxRound,B=n,J=l*ft,U=d*ft,G=m*ft,V,at;L.ori==0?[V,at]=i(M,_):[at,V]=i(M,_);let et=L.dir*(L.ori==0?1:-1),X=L.ori==0?Nl:Ws,ot=L.ori==0?b:(P,ct,Mt,wn,tn,Ne,en)=>{b(P,ct,Mt,tn,wn,en,Ne)},Q=rt(M.bands,Rs).find(P=>P.series[0]==_),W=Q!=null?Q.dir:0,mt=F.fillTo(M,_,F.min,F.max,W),At=K(z(mt,q,v,H)),pt,st,Gt,Dt=D,wt=K(F.width*ft),ee=!1,ge=null,Qt=null,xe=null,Ve=null;u!=null&&(wt==0||g!=null)&&(ee=!0,ge=u.values(M,_,N,C),Qt=new Map,new Set(ge).forEach(P=>{P!=null&&Qt.set(P,new Path2D)}),wt>0&&(xe=g.values(M,_,N,C),Ve=new Map,new Set(xe).forEach(P=>{P!=null&&Ve.set(P,new Path2D)})));let{x0:We,size:Xe}=p;if(We!=null&&Xe!=null){B=1,S=We.values(M,_,N,C),We.unit==2&&(S=S.map(Mt=>M.posToVal(R+Mt*D,L.key,!0)));let P=Xe.values(M,_,N,C);Xe.unit==2?st=P[0]*D:st=y(P[0],L,D,R)-y(0,L,D,R),Dt=di(S,$,y,L,D,R,Dt),Gt=Dt-st+J}else Dt=di(S,$,y,L,D,R,Dt),Gt=Dt*a+J,st=Dt-Gt;Gt<1&&(Gt=0),wt>=st/2&&(wt=0),Gt<5&&(K=vi);let je=Gt>0,$e=Dt-Gt-(je?wt:0);st=K(Ss($e,G,U)),pt=(B==0?st/2:B==et?0:st)-B*et*((B==0?J/2:0)+(je?wt/2:0));let Nt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ce=ee?null:new Path2D,be=null;if(Q!=null)be=M.data[Q.series[1]];else{let{y0:P,y1:ct}=p;P!=null&&ct!=null&&($=ct.values(M,_,N,C),be=P.values(M,_,N,C))}let ye=V*st,T=at*st;for(let P=et==1?N:C;P>=N&&P<=C;P+=et){let ct=$[P];if(ct==null)continue;if(be!=null){let Xt=be[P]??0;if(ct-Xt==0)continue;At=z(Xt,q,v,H)}let Mt=L.distr!=2||p!=null?S[P]:P,wn=y(Mt,L,D,R),tn=z(rt(ct,mt),q,v,H),Ne=K(wn-pt),en=K(Jt(tn,At)),ne=K(Ce(tn,At)),ue=en-ne;if(ct!=null){let Xt=ct<0?T:ye,ve=ct<0?ye:T;ee?(wt>0&&xe[P]!=null&&X(Ve.get(xe[P]),Ne,ne+re(wt/2),st,Jt(0,ue-wt),Xt,ve),ge[P]!=null&&X(Qt.get(ge[P]),Ne,ne+re(wt/2),st,Jt(0,ue-wt),Xt,ve)):X(ce,Ne,ne+re(wt/2),st,Jt(0,ue-wt),Xt,ve),ot(M,_,P,Ne-wt/2,ne,st+wt,ue)}}return wt>0?Nt.stroke=ee?Ve:ce:ee||(Nt._fill=F.width==0?F._fill:F._stroke??F._fill,Nt.width=0),Nt.fill=ee?Qt:ce,Nt})}function zc(e,t){let n=rt(t?.alignGaps,0);return(l,s,i,a)=>mn(l,s,(d,m,p,b,u,g,M,_,N,C,F)=>{[i,a]=Sl(p,i,a);let S=d.pxRound,$=V=>S(g(V,b,C,_)),L=V=>S(M(V,u,F,N)),q,y,z;b.ori==0?(q=Cl,z=Vn,y=Yi):(q=Ll,z=Wn,y=qi);let R=b.dir*(b.ori==0?1:-1),H=$(m[R==1?i:a]),D=H,v=[],K=[];for(let V=R==1?i:a;V>=i&&V<=a;V+=R)if(p[V]!=null){let et=m[V],X=$(et);v.push(D=X),K.push(L(p[V]))}let B={stroke:e(v,K,q,z,y,S),fill:null,clip:null,band:null,gaps:null,flags:In},J=B.stroke,[U,G]=Fs(l,s);if(d.fill!=null||U!=0){let V=B.fill=new Path2D(J),at=d.fillTo(l,s,d.min,d.max,U),et=L(at);z(V,D,et),z(V,H,et)}if(!d.spanGaps){let V=[];V.push(...Vs(m,p,i,a,R,$,n)),B.gaps=V=d.gaps(l,s,i,a,V),B.clip=Tl(V,b.ori,_,N,C,F)}return G!=0&&(B.band=G==2?[Fe(l,s,i,a,J,-1),Fe(l,s,i,a,J,1)]:Fe(l,s,i,a,J,G)),B})}function Rc(e){return zc(Dc,e)}function Dc(e,t,n,l,s,i){let a=e.length;if(a<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),a==2)l(d,e[1],t[1]);else{let m=Array(a),p=Array(a-1),b=Array(a-1),u=Array(a-1);for(let g=0;g<a-1;g++)b[g]=t[g+1]-t[g],u[g]=e[g+1]-e[g],p[g]=b[g]/u[g];m[0]=p[0];for(let g=1;g<a-1;g++)p[g]===0||p[g-1]===0||p[g-1]>0!=p[g]>0?m[g]=0:(m[g]=3*(u[g-1]+u[g])/((2*u[g]+u[g-1])/p[g-1]+(u[g]+2*u[g-1])/p[g]),isFinite(m[g])||(m[g]=0));m[a-1]=p[a-2];for(let g=0;g<a-1;g++)s(d,e[g]+u[g]/3,t[g]+m[g]*u[g]/3,e[g+1]-u[g]/3,t[g+1]-m[g+1]*u[g]/3,e[g+1],t[g+1])}return d}var Ts=new Set;function pi(){for(let e of Ts)e.syncRect(!0)}Fn&&(pn(ma,Rn,pi),pn(wa,Rn,pi,!0),pn(bl,Rn,()=>{Lt.pxRatio=ft}));var $c=Qi(),Oc=Ji();function hi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,a)=>Cs(i,a,t,n))}function Ic(e,t){return e.map((n,l)=>l==0?{}:Pt({},t,n))}function Cs(e,t,n,l){return Pt({},t==0?n:l,e)}function Xi(e,t,n){return t==null?$n:[t,n]}var Fc=Xi;function Vc(e,t,n){return t==null?$n:yl(t,n,Ps,!0)}function tr(e,t,n,l){return t==null?$n:kl(t,n,e.scales[l].log,!1)}var Wc=tr;function er(e,t,n,l){return t==null?$n:Es(t,n,e.scales[l].log,!1)}var jc=er;function Hc(e,t,n,l,s){let i=Jt(Go(e),Go(t)),a=t-e,d=Te(s/l*a,n);do{let m=n[d],p=l*m/a;if(p>=s&&i+(m<5?Je.get(m):0)<=17)return[m,p]}while(++d<n.length);return[0,0]}function mi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=zt((n=+s)*ft))+"px"),[e,t,n]}function Bc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*ft,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Lt(e,t,n){let l={mode:rt(e.mode,1)},s=l.mode;function i(o,r,c,f){let w=r.valToPct(o);return f+c*(r.dir==-1?1-w:w)}function a(o,r,c,f){let w=r.valToPct(o);return f+c*(r.dir==-1?w:1-w)}function d(o,r,c,f){return r.ori==0?i(o,r,c,f):a(o,r,c,f)}l.valToPosH=i,l.valToPosV=a;let m=!1;l.status=0;let p=l.root=me(Zr);if(e.id!=null&&(p.id=e.id),ie(p,e.class),e.title){let o=me(ta,p);o.textContent=e.title}let b=Me("canvas"),u=l.ctx=b.getContext("2d"),g=me(ea,p);pn("click",g,o=>{o.target===_&&(yt!=Cn||_t!=Ln)&&Ht.click(l,o)},!0);let M=l.under=me(na,g);g.appendChild(b);let _=l.over=me(la,g);e=On(e);let N=+rt(e.pxAlign,1),C=fi(N);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let F=e.ms||.001,S=l.series=s==1?hi(e.series||[],si,ci,!1):Ic(e.series||[null],ai),$=l.axes=hi(e.axes||[],li,ii,!0),L=l.scales={},q=l.bands=e.bands||[];q.forEach(o=>{o.fill=lt(o.fill||null),o.dir=rt(o.dir,-1)});let y=s==2?S[1].facets[0].scale:S[0].scale,z={axes:Pr,series:Cr},R=(e.drawOrder||["axes","series"]).map(o=>z[o]);function H(o){let r=o.distr==3?c=>Ie(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>hs(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let f=r(c),{_min:w,_max:x}=o,k=x-w;return(f-w)/k}}function D(o){let r=L[o];if(r==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){D(c.from);let f=Pt({},L[c.from],c,{key:o});f.valToPct=H(f),L[o]=f}else{r=L[o]=Pt({},o==y?Hi:Tc,c),r.key=o;let f=r.time,w=r.range,x=qe(w);if((o!=y||s==2&&!f)&&(x&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?Ho:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?Ho:{mode:1,hard:w[1],soft:w[1]}},x=!1),!x&&Ml(w))){let k=w;w=(A,E,O)=>E==null?$n:yl(E,O,k)}r.range=lt(w||(f?Fc:o==y?r.distr==3?Wc:r.distr==4?jc:Xi:r.distr==3?tr:r.distr==4?er:Vc)),r.auto=lt(x?!1:r.auto),r.clamp=lt(r.clamp||Mc),r._min=r._max=null,r.valToPct=H(r)}}}D("x"),D("y"),s==1&&S.forEach(o=>{D(o.scale)}),$.forEach(o=>{D(o.scale)});for(let o in e.scales)D(o);let v=L[y],K=v.distr,B,J;v.ori==0?(ie(p,Qr),B=i,J=a):(ie(p,Xr),B=a,J=i);let U={};for(let o in L){let r=L[o];(r.min!=null||r.max!=null)&&(U[o]={min:r.min,max:r.max},r.min=r.max=null)}let G=e.tzDate||(o=>new Date(zt(o/F))),V=e.fmtDate||Ds,at=F==1?Qa(G):ec(G),et=ti(G,Xo(F==1?Za:tc,V)),X=ni(G,ei(lc,V)),ot=[],Q=l.legend=Pt({},ic,e.legend),W=l.cursor=Pt({},dc,{drag:{y:s==2}},e.cursor),mt=Q.show,At=W.show,pt=Q.markers;Q.idxs=ot,pt.width=lt(pt.width),pt.dash=lt(pt.dash),pt.stroke=lt(pt.stroke),pt.fill=lt(pt.fill);let st,Gt,Dt,wt=[],ee=[],ge,Qt=!1,xe={};if(Q.live){let o=S[1]?S[1].values:null;Qt=o!=null,ge=Qt?o(l,1,0):{_:0};for(let r in ge)xe[r]=Ns}if(mt)if(st=Me("table",ca,p),Dt=Me("tbody",null,st),Q.mount(l,st),Qt){Gt=Me("thead",null,st,Dt);let o=Me("tr",null,Gt);Me("th",null,o);for(var Ve in ge)Me("th",Ao,o).textContent=Ve}else ie(st,fa),Q.live&&ie(st,ua);let We={show:!0},Xe={show:!1};function je(o,r){if(r==0&&(Qt||!Q.live||s==2))return $n;let c=[],f=Me("tr",da,Dt,Dt.childNodes[r]);ie(f,o.class),o.show||ie(f,dn);let w=Me("th",null,f);if(pt.show){let A=me(pa,w);if(r>0){let E=pt.width(l,r);E&&(A.style.border=E+"px "+pt.dash(l,r)+" "+pt.stroke(l,r)),A.style.background=pt.fill(l,r)}}let x=me(Ao,w);o.label instanceof HTMLElement?x.appendChild(o.label):x.textContent=o.label,r>0&&(pt.show||(x.style.color=o.width>0?pt.stroke(l,r):pt.fill(l,r)),Nt("click",w,A=>{if(W._lock)return;ln(A);let E=S.indexOf(o);if((A.ctrlKey||A.metaKey)!=Q.isolate){let O=S.some((I,j)=>j>0&&j!=E&&I.show);S.forEach((I,j)=>{j>0&&Ee(j,O?j==E?We:Xe:We,!0,Et.setSeries)})}else Ee(E,{show:!o.show},!0,Et.setSeries)},!1),xn&&Nt(Ro,w,A=>{W._lock||(ln(A),Ee(S.indexOf(o),An,!0,Et.setSeries))},!1));for(var k in ge){let A=Me("td",ha,f);A.textContent="--",c.push(A)}return[f,c]}let $e=new Map;function Nt(o,r,c,f=!0){let w=$e.get(r)||{},x=W.bind[o](l,r,c,f);x&&(pn(o,r,w[o]=x),$e.set(r,w))}function ce(o,r,c){let f=$e.get(r)||{};for(let w in f)(o==null||w==o)&&(vs(w,r,f[w]),delete f[w]);o==null&&$e.delete(r)}let be=0,ye=0,T=0,P=0,ct=0,Mt=0,wn=ct,tn=Mt,Ne=T,en=P,ne=0,ue=0,Xt=0,ve=0;l.bbox={};let Wl=!1,il=!1,gn=!1,nn=!1,rl=!1,fe=!1;function jl(o,r,c){(c||o!=l.width||r!=l.height)&&Zs(o,r),kn(!1),gn=!0,il=!0,_n()}function Zs(o,r){l.width=be=T=o,l.height=ye=P=r,ct=Mt=0,yr(),vr();let c=l.bbox;ne=c.left=un(ct*ft,.5),ue=c.top=un(Mt*ft,.5),Xt=c.width=un(T*ft,.5),ve=c.height=un(P*ft,.5)}let gr=3;function xr(){let o=!1,r=0;for(;!o;){r++;let c=Ar(r),f=Er(r);o=r==gr||c&&f,o||(Zs(l.width,l.height),il=!0)}}function br({width:o,height:r}){jl(o,r)}l.setSize=br;function yr(){let o=!1,r=!1,c=!1,f=!1;$.forEach((w,x)=>{if(w.show&&w._show){let{side:k,_size:A}=w,E=k%2,O=w.label!=null?w.labelSize:0,I=A+O;I>0&&(E?(T-=I,k==3?(ct+=I,f=!0):c=!0):(P-=I,k==0?(Mt+=I,o=!0):r=!0))}}),sn[0]=o,sn[1]=c,sn[2]=r,sn[3]=f,T-=He[1]+He[3],ct+=He[3],P-=He[2]+He[0],Mt+=He[0]}function vr(){let o=ct+T,r=Mt+P,c=ct,f=Mt;function w(x,k){switch(x){case 1:return o+=k,o-k;case 2:return r+=k,r-k;case 3:return c-=k,c+k;case 0:return f-=k,f+k}}$.forEach((x,k)=>{if(x.show&&x._show){let A=x.side;x._pos=w(A,x._size),x.label!=null&&(x._lpos=w(A,x.labelSize))}})}if(W.dataIdx==null){let o=W.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let c=o.prox=lt(o.prox),f=o.bias??(o.bias=0);W.dataIdx=(w,x,k,A)=>{if(x==0)return k;let E=k,O=c(w,x,k,A)??gt,I=O>=0&&O<gt,j=v.ori==0?T:P,tt=W.left,ut=t[0],it=t[x];if(r.has(it[k])){E=null;let nt=null,Z=null,Y;if(f==0||f==-1)for(Y=k;nt==null&&Y-- >0;)r.has(it[Y])||(nt=Y);if(f==0||f==1)for(Y=k;Z==null&&Y++<it.length;)r.has(it[Y])||(Z=Y);if(nt!=null||Z!=null)if(I){let St=nt==null?-1/0:B(ut[nt],v,j,0),Tt=Z==null?1/0:B(ut[Z],v,j,0),Wt=tt-St,ht=Tt-tt;Wt<=ht?Wt<=O&&(E=nt):ht<=O&&(E=Z)}else E=Z==null?nt:nt==null?Z:k-nt<=Z-k?nt:Z}else I&&Rt(tt-B(ut[k],v,j,0))>O&&(E=null);return E}}let ln=o=>{W.event=o};W.idxs=ot,W._lock=!1;let Ut=W.points;Ut.show=lt(Ut.show),Ut.size=lt(Ut.size),Ut.stroke=lt(Ut.stroke),Ut.width=lt(Ut.width),Ut.fill=lt(Ut.fill);let Ae=l.focus=Pt({},e.focus||{alpha:.3},W.focus),xn=Ae.prox>=0,bn=xn&&Ut.one,de=[],yn=[],vn=[];function Qs(o,r){let c=Ut.show(l,r);if(c instanceof HTMLElement)return ie(c,aa),ie(c,o.class),De(c,-10,-10,T,P),_.insertBefore(c,de[r]),c}function Xs(o,r){if(s==1||r>0){let c=s==1&&L[o.scale].time,f=o.value;o.value=c?qo(f)?ni(G,ei(f,V)):f||X:f||Sc,o.label=o.label||(c?hc:pc)}if(bn||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||$c||Ta,o.fillTo=lt(o.fillTo||Cc),o.pxAlign=+rt(o.pxAlign,N),o.pxRound=fi(o.pxAlign),o.stroke=lt(o.stroke||null),o.fill=lt(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=kc(Jt(1,o.width),1),f=o.points=Pt({},{size:c,width:Jt(1,c*.2),stroke:o.stroke,space:c*2,paths:Oc,_stroke:null,_fill:null},o.points);f.show=lt(f.show),f.filter=lt(f.filter),f.fill=lt(f.fill),f.stroke=lt(f.stroke),f.paths=lt(f.paths),f.pxAlign=o.pxAlign}if(mt){let c=je(o,r);wt.splice(r,0,c[0]),ee.splice(r,0,c[1]),Q.values.push(null)}if(At){ot.splice(r,0,null);let c=null;bn?r==0&&(c=Qs(o,r)):r>0&&(c=Qs(o,r)),de.splice(r,0,c),yn.splice(r,0,0),vn.splice(r,0,0)}Vt("addSeries",r)}function Sr(o,r){r=r??S.length,o=s==1?Cs(o,r,si,ci):Cs(o,r,{},ai),S.splice(r,0,o),Xs(S[r],r)}l.addSeries=Sr;function kr(o){if(S.splice(o,1),mt){Q.values.splice(o,1),ee.splice(o,1);let r=wt.splice(o,1)[0];ce(null,r.firstChild),r.remove()}At&&(ot.splice(o,1),de.splice(o,1)[0].remove(),yn.splice(o,1),vn.splice(o,1)),Vt("delSeries",o)}l.delSeries=kr;let sn=[!1,!1,!1,!1];function _r(o,r){if(o._show=o.show,o.show){let c=o.side%2,f=L[o.scale];f==null&&(o.scale=c?S[1].scale:y,f=L[o.scale]);let w=f.time;o.size=lt(o.size),o.space=lt(o.space),o.rotate=lt(o.rotate),qe(o.incrs)&&o.incrs.forEach(k=>{!Je.has(k)&&Je.set(k,_i(k))}),o.incrs=lt(o.incrs||(f.distr==2?Ya:w?F==1?Ja:Xa:fn)),o.splits=lt(o.splits||(w&&f.distr==1?at:f.distr==3?ks:f.distr==4?gc:wc)),o.stroke=lt(o.stroke),o.grid.stroke=lt(o.grid.stroke),o.ticks.stroke=lt(o.ticks.stroke),o.border.stroke=lt(o.border.stroke);let x=o.values;o.values=qe(x)&&!qe(x[0])?lt(x):w?qe(x)?ti(G,Xo(x,V)):qo(x)?nc(G,x):x||et:x||mc,o.filter=lt(o.filter||(f.distr>=3&&f.log==10?yc:f.distr==3&&f.log==2?vc:Si)),o.font=mi(o.font),o.labelFont=mi(o.labelFont),o._size=o.size(l,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(sn[r]=!0,o._el=me(sa,g))}}function Un(o,r,c,f){let[w,x,k,A]=c,E=r%2,O=0;return E==0&&(A||x)&&(O=r==0&&!w||r==2&&!k?zt(li.size/3):0),E==1&&(w||k)&&(O=r==1&&!x||r==3&&!A?zt(ii.size/2):0),O}let to=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>lt(rt(o,Un))),He=l._padding=to.map((o,r)=>o(l,r,sn,0)),jt,$t=null,Ot=null,al=s==1?S[0].idxs:null,Se=null,Gn=!1;function eo(o,r){if(t=o??[],l.data=l._data=t,s==2){jt=0;for(let c=1;c<S.length;c++)jt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Se=t[0],jt=Se.length;let c=t;if(K==2){c=t.slice();let f=c[0]=Array(jt);for(let w=0;w<jt;w++)f[w]=w}l._data=t=c}if(kn(!0),Vt("setData"),K==2&&(gn=!0),r!==!1){let c=v;c.auto(l,Gn)?Hl():Ue(y,c.min,c.max),nn=nn||W.left>=0,fe=!0,_n()}}l.setData=eo;function Hl(){Gn=!0;let o,r;s==1&&(jt>0?($t=al[0]=0,Ot=al[1]=jt-1,o=t[0][$t],r=t[0][Ot],K==2?(o=$t,r=Ot):o==r&&(K==3?[o,r]=kl(o,o,v.log,!1):K==4?[o,r]=Es(o,o,v.log,!1):v.time?r=o+zt(86400/F):[o,r]=yl(o,r,Ps,!0))):($t=al[0]=o=null,Ot=al[1]=r=null)),Ue(y,o,r)}let cl,Sn,Bl,Ul,Gl,Kl,Yl,ql,Jl,te;function no(o,r,c,f,w,x){o??(o=Po),c??(c=Rs),f??(f="butt"),w??(w=Po),x??(x="round"),o!=cl&&(u.strokeStyle=cl=o),w!=Sn&&(u.fillStyle=Sn=w),r!=Bl&&(u.lineWidth=Bl=r),x!=Gl&&(u.lineJoin=Gl=x),f!=Kl&&(u.lineCap=Kl=f),c!=Ul&&u.setLineDash(Ul=c)}function lo(o,r,c,f){r!=Sn&&(u.fillStyle=Sn=r),o!=Yl&&(u.font=Yl=o),c!=ql&&(u.textAlign=ql=c),f!=Jl&&(u.textBaseline=Jl=f)}function Zl(o,r,c,f,w=0){if(f.length>0&&o.auto(l,Gn)&&(r==null||r.min==null)){let x=rt($t,0),k=rt(Ot,f.length-1),A=c.min==null?ya(f,x,k,w,o.distr==3):[c.min,c.max];o.min=Ce(o.min,c.min=A[0]),o.max=Jt(o.max,c.max=A[1])}}let so={min:null,max:null};function Mr(){for(let f in L){let w=L[f];U[f]==null&&(w.min==null||U[y]!=null&&w.auto(l,Gn))&&(U[f]=so)}for(let f in L){let w=L[f];U[f]==null&&w.from!=null&&U[w.from]!=null&&(U[f]=so)}U[y]!=null&&kn(!0);let o={};for(let f in U){let w=U[f];if(w!=null){let x=o[f]=On(L[f],Na);if(w.min!=null)Pt(x,w);else if(f!=y||s==2)if(jt==0&&x.from==null){let k=x.range(l,null,null,f);x.min=k[0],x.max=k[1]}else x.min=gt,x.max=-gt}}if(jt>0){S.forEach((f,w)=>{if(s==1){let x=f.scale,k=U[x];if(k==null)return;let A=o[x];if(w==0){let E=A.range(l,A.min,A.max,x);A.min=E[0],A.max=E[1],$t=Te(A.min,t[0]),Ot=Te(A.max,t[0]),Ot-$t>1&&(t[0][$t]<A.min&&$t++,t[0][Ot]>A.max&&Ot--),f.min=Se[$t],f.max=Se[Ot]}else f.show&&f.auto&&Zl(A,k,f,t[w],f.sorted);f.idxs[0]=$t,f.idxs[1]=Ot}else if(w>0&&f.show&&f.auto){let[x,k]=f.facets,A=x.scale,E=k.scale,[O,I]=t[w],j=o[A],tt=o[E];j!=null&&Zl(j,U[A],x,O,x.sorted),tt!=null&&Zl(tt,U[E],k,I,k.sorted),f.min=k.min,f.max=k.max}});for(let f in o){let w=o[f],x=U[f];if(w.from==null&&(x==null||x.min==null)){let k=w.range(l,w.min==gt?null:w.min,w.max==-gt?null:w.max,f);w.min=k[0],w.max=k[1]}}}for(let f in o){let w=o[f];if(w.from!=null){let x=o[w.from];if(x.min==null)w.min=w.max=null;else{let k=w.range(l,x.min,x.max,f);w.min=k[0],w.max=k[1]}}}let r={},c=!1;for(let f in o){let w=o[f],x=L[f];if(x.min!=w.min||x.max!=w.max){x.min=w.min,x.max=w.max;let k=x.distr;x._min=k==3?Ie(x.min):k==4?hs(x.min,x.asinh):k==100?x.fwd(x.min):x.min,x._max=k==3?Ie(x.max):k==4?hs(x.max,x.asinh):k==100?x.fwd(x.max):x.max,r[f]=c=!0}}if(c){S.forEach((f,w)=>{s==2?w>0&&r.y&&(f._paths=null):r[f.scale]&&(f._paths=null)});for(let f in r)gn=!0,Vt("setScale",f);At&&W.left>=0&&(nn=fe=!0)}for(let f in U)U[f]=null}function Tr(o){let r=Ss($t-1,0,jt-1),c=Ss(Ot+1,0,jt-1);for(;o[r]==null&&r>0;)r--;for(;o[c]==null&&c<jt-1;)c++;return[r,c]}function Cr(){if(jt>0){let o=S.some(r=>r._focus)&&te!=Ae.alpha;o&&(u.globalAlpha=te=Ae.alpha),S.forEach((r,c)=>{if(c>0&&r.show&&(oo(c,!1),oo(c,!0),r._paths==null)){let f=te;te!=r.alpha&&(u.globalAlpha=te=r.alpha);let w=s==2?[0,t[c][0].length-1]:Tr(t[c]);r._paths=r.paths(l,c,w[0],w[1]),te!=f&&(u.globalAlpha=te=f)}}),S.forEach((r,c)=>{if(c>0&&r.show){let f=te;te!=r.alpha&&(u.globalAlpha=te=r.alpha),r._paths!=null&&io(c,!1);{let w=r._paths!=null?r._paths.gaps:null,x=r.points.show(l,c,$t,Ot,w),k=r.points.filter(l,c,x,w);(x||k)&&(r.points._paths=r.points.paths(l,c,$t,Ot,k),io(c,!0))}te!=f&&(u.globalAlpha=te=f),Vt("drawSeries",c)}}),o&&(u.globalAlpha=te=1)}}function oo(o,r){let c=r?S[o].points:S[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function io(o,r){let c=r?S[o].points:S[o],{stroke:f,fill:w,clip:x,flags:k,_stroke:A=c._stroke,_fill:E=c._fill,_width:O=c.width}=c._paths;O=xt(O*ft,3);let I=null,j=O%2/2;r&&E==null&&(E=O>0?"#fff":A);let tt=c.pxAlign==1&&j>0;if(tt&&u.translate(j,j),!r){let ut=ne-O/2,it=ue-O/2,nt=Xt+O,Z=ve+O;I=new Path2D,I.rect(ut,it,nt,Z)}r?Ql(A,O,c.dash,c.cap,E,f,w,k,x):Lr(o,A,O,c.dash,c.cap,E,f,w,k,I,x),tt&&u.translate(-j,-j)}function Lr(o,r,c,f,w,x,k,A,E,O,I){let j=!1;E!=0&&q.forEach((tt,ut)=>{if(tt.series[0]==o){let it=S[tt.series[1]],nt=t[tt.series[1]],Z=(it._paths||ll).band;qe(Z)&&(Z=tt.dir==1?Z[0]:Z[1]);let Y,St=null;it.show&&Z&&Sa(nt,$t,Ot)?(St=tt.fill(l,ut)||x,Y=it._paths.clip):Z=null,Ql(r,c,f,w,St,k,A,E,O,I,Y,Z),j=!0}}),j||Ql(r,c,f,w,x,k,A,E,O,I)}let ro=In|Ms;function Ql(o,r,c,f,w,x,k,A,E,O,I,j){no(o,r,c,f,w),(E||O||j)&&(u.save(),E&&u.clip(E),O&&u.clip(O)),j?(A&ro)==ro?(u.clip(j),I&&u.clip(I),fl(w,k),ul(o,x,r)):A&Ms?(fl(w,k),u.clip(j),ul(o,x,r)):A&In&&(u.save(),u.clip(j),I&&u.clip(I),fl(w,k),u.restore(),ul(o,x,r)):(fl(w,k),ul(o,x,r)),(E||O||j)&&u.restore()}function ul(o,r,c){c>0&&(r instanceof Map?r.forEach((f,w)=>{u.strokeStyle=cl=w,u.stroke(f)}):r!=null&&o&&u.stroke(r))}function fl(o,r){r instanceof Map?r.forEach((c,f)=>{u.fillStyle=Sn=f,u.fill(c)}):r!=null&&o&&u.fill(r)}function Nr(o,r,c,f){let w=$[o],x;if(f<=0)x=[0,0];else{let k=w._space=w.space(l,o,r,c,f),A=w._incrs=w.incrs(l,o,r,c,f,k);x=Hc(r,c,A,f,k)}return w._found=x}function Xl(o,r,c,f,w,x,k,A,E,O){let I=k%2/2;N==1&&u.translate(I,I),no(A,k,E,O,A),u.beginPath();let j,tt,ut,it,nt=w+(f==0||f==3?-x:x);c==0?(tt=w,it=nt):(j=w,ut=nt);for(let Z=0;Z<o.length;Z++)r[Z]!=null&&(c==0?j=ut=o[Z]:tt=it=o[Z],u.moveTo(j,tt),u.lineTo(ut,it));u.stroke(),N==1&&u.translate(-I,-I)}function Ar(o){let r=!0;return $.forEach((c,f)=>{if(!c.show)return;let w=L[c.scale];if(w.min==null){c._show&&(r=!1,c._show=!1,kn(!1));return}else c._show||(r=!1,c._show=!0,kn(!1));let x=c.side,k=x%2,{min:A,max:E}=w,[O,I]=Nr(f,A,E,k==0?T:P);if(I==0)return;let j=w.distr==2,tt=c._splits=c.splits(l,f,A,E,O,I,j),ut=w.distr==2?tt.map(Y=>Se[Y]):tt,it=w.distr==2?Se[tt[1]]-Se[tt[0]]:O,nt=c._values=c.values(l,c.filter(l,ut,f,I,it),f,I,it);c._rotate=x==2?c.rotate(l,nt,f,I):0;let Z=c._size;c._size=we(c.size(l,nt,f,o)),Z!=null&&c._size!=Z&&(r=!1)}),r}function Er(o){let r=!0;return to.forEach((c,f)=>{let w=c(l,f,sn,o);w!=He[f]&&(r=!1),He[f]=w}),r}function Pr(){for(let o=0;o<$.length;o++){let r=$[o];if(!r.show||!r._show)continue;let c=r.side,f=c%2,w,x,k=r.stroke(l,o),A=c==0||c==3?-1:1,[E,O]=r._found;if(r.label!=null){let Yt=r.labelGap*A,oe=zt((r._lpos+Yt)*ft);lo(r.labelFont[0],k,"center",c==2?"top":Eo),u.save(),f==1?(w=x=0,u.translate(oe,zt(ue+ve/2)),u.rotate((c==3?-xl:xl)/2)):(w=zt(ne+Xt/2),x=oe);let an=yi(r.label)?r.label(l,o,E,O):r.label;u.fillText(an,w,x),u.restore()}if(O==0)continue;let I=L[r.scale],j=f==0?Xt:ve,tt=f==0?ne:ue,ut=r._splits,it=I.distr==2?ut.map(Yt=>Se[Yt]):ut,nt=I.distr==2?Se[ut[1]]-Se[ut[0]]:E,Z=r.ticks,Y=r.border,St=Z.show?Z.size:0,Tt=zt(St*ft),Wt=zt((r.alignTo==2?r._size-St-r.gap:r.gap)*ft),ht=r._rotate*-xl/180,Ct=C(r._pos*ft),le=(Tt+Wt)*A,Kt=Ct+le;x=f==0?Kt:0,w=f==1?Kt:0;let pe=r.font[0],ke=r.align==1?Pn:r.align==2?fs:ht>0?Pn:ht<0?fs:f==0?"center":c==3?fs:Pn,ze=ht||f==1?"middle":c==2?"top":Eo;lo(pe,k,ke,ze);let se=r.font[1]*r.lineGap,he=ut.map(Yt=>C(d(Yt,I,j,tt))),_e=r._values;for(let Yt=0;Yt<_e.length;Yt++){let oe=_e[Yt];if(oe!=null){f==0?w=he[Yt]:x=he[Yt],oe=""+oe;let an=oe.indexOf(`
`)==-1?[oe]:oe.split(/\n/gm);for(let qt=0;qt<an.length;qt++){let Co=an[qt];ht?(u.save(),u.translate(w,x+qt*se),u.rotate(ht),u.fillText(Co,0,0),u.restore()):u.fillText(Co,w,x+qt*se)}}}Z.show&&Xl(he,Z.filter(l,it,o,O,nt),f,c,Ct,Tt,xt(Z.width*ft,3),Z.stroke(l,o),Z.dash,Z.cap);let Re=r.grid;Re.show&&Xl(he,Re.filter(l,it,o,O,nt),f,f==0?2:1,f==0?ue:ne,f==0?ve:Xt,xt(Re.width*ft,3),Re.stroke(l,o),Re.dash,Re.cap),Y.show&&Xl([Ct],[1],f==0?1:0,f==0?1:2,f==1?ue:ne,f==1?ve:Xt,xt(Y.width*ft,3),Y.stroke(l,o),Y.dash,Y.cap)}Vt("drawAxes")}function kn(o){S.forEach((r,c)=>{c>0&&(r._paths=null,o&&(s==1?(r.min=null,r.max=null):r.facets.forEach(f=>{f.min=null,f.max=null})))})}let dl=!1,ts=!1,Kn=[];function zr(){ts=!1;for(let o=0;o<Kn.length;o++)Vt(...Kn[o]);Kn.length=0}function _n(){dl||($a(ao),dl=!0)}function Rr(o,r=!1){dl=!0,ts=r,o(l),ao(),r&&Kn.length>0&&queueMicrotask(zr)}l.batch=Rr;function ao(){if(Wl&&(Mr(),Wl=!1),gn&&(xr(),gn=!1),il){if(kt(M,Pn,ct),kt(M,"top",Mt),kt(M,Xn,T),kt(M,tl,P),kt(_,Pn,ct),kt(_,"top",Mt),kt(_,Xn,T),kt(_,tl,P),kt(g,Xn,be),kt(g,tl,ye),b.width=zt(be*ft),b.height=zt(ye*ft),$.forEach(({_el:o,_show:r,_size:c,_pos:f,side:w})=>{if(o!=null)if(r){let x=w===3||w===0?c:0,k=w%2==1;kt(o,k?"left":"top",f-x),kt(o,k?"width":"height",c),kt(o,k?"top":"left",k?Mt:ct),kt(o,k?"height":"width",k?P:T),ys(o,dn)}else ie(o,dn)}),cl=Sn=Bl=Gl=Kl=Yl=ql=Jl=Ul=null,te=1,Jn(!0),ct!=wn||Mt!=tn||T!=Ne||P!=en){kn(!1);let o=T/Ne,r=P/en;if(At&&!nn&&W.left>=0){W.left*=o,W.top*=r,Mn&&De(Mn,zt(W.left),0,T,P),Tn&&De(Tn,0,zt(W.top),T,P);for(let c=0;c<de.length;c++){let f=de[c];f!=null&&(yn[c]*=o,vn[c]*=r,De(f,we(yn[c]),we(vn[c]),T,P))}}if(vt.show&&!rl&&vt.left>=0&&vt.width>0){vt.left*=o,vt.width*=o,vt.top*=r,vt.height*=r;for(let c in is)kt(Nn,c,vt[c])}wn=ct,tn=Mt,Ne=T,en=P}Vt("setSize"),il=!1}be>0&&ye>0&&(u.clearRect(0,0,b.width,b.height),Vt("drawClear"),R.forEach(o=>o()),Vt("draw")),vt.show&&rl&&(pl(vt),rl=!1),At&&nn&&(rn(null,!0,!1),nn=!1),Q.show&&Q.live&&fe&&(ss(),fe=!1),m||(m=!0,l.status=1,Vt("ready")),Gn=!1,dl=!1}l.redraw=(o,r)=>{gn=r||!1,o!==!1?Ue(y,v.min,v.max):_n()};function es(o,r){let c=L[o];if(c.from==null){if(jt==0){let f=c.range(l,r.min,r.max,o);r.min=f[0],r.max=f[1]}if(r.min>r.max){let f=r.min;r.min=r.max,r.max=f}if(jt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==y&&c.distr==2&&jt>0&&(r.min=Te(r.min,t[0]),r.max=Te(r.max,t[0]),r.min==r.max&&r.max++),U[o]=r,Wl=!0,_n()}}l.setScale=es;let ns,ls,Mn,Tn,co,uo,Cn,Ln,fo,po,yt,_t,Be=!1,Ht=W.drag,It=Ht.x,Ft=Ht.y;At&&(W.x&&(ns=me(ia,_)),W.y&&(ls=me(ra,_)),v.ori==0?(Mn=ns,Tn=ls):(Mn=ls,Tn=ns),yt=W.left,_t=W.top);let vt=l.select=Pt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Nn=vt.show?me(oa,vt.over?_:M):null;function pl(o,r){if(vt.show){for(let c in o)vt[c]=o[c],c in is&&kt(Nn,c,o[c]);r!==!1&&Vt("setSelect")}}l.setSelect=pl;function Dr(o){if(S[o].show)mt&&ys(wt[o],dn);else if(mt&&ie(wt[o],dn),At){let c=bn?de[0]:de[o];c!=null&&De(c,-10,-10,T,P)}}function Ue(o,r,c){es(o,{min:r,max:c})}function Ee(o,r,c,f){r.focus!=null&&Vr(o),r.show!=null&&S.forEach((w,x)=>{x>0&&(o==x||o==null)&&(w.show=r.show,Dr(x),s==2?(Ue(w.facets[0].scale,null,null),Ue(w.facets[1].scale,null,null)):Ue(w.scale,null,null),_n())}),c!==!1&&Vt("setSeries",o,r),f&&Zn("setSeries",l,o,r)}l.setSeries=Ee;function $r(o,r){Pt(q[o],r)}function Or(o,r){o.fill=lt(o.fill||null),o.dir=rt(o.dir,-1),r=r??q.length,q.splice(r,0,o)}function Ir(o){o==null?q.length=0:q.splice(o,1)}l.addBand=Or,l.setBand=$r,l.delBand=Ir;function Fr(o,r){S[o].alpha=r,At&&de[o]!=null&&(de[o].style.opacity=r),mt&&wt[o]&&(wt[o].style.opacity=r)}let Oe,Ge,on,An={focus:!0};function Vr(o){if(o!=on){let r=o==null,c=Ae.alpha!=1;S.forEach((f,w)=>{if(s==1||w>0){let x=r||w==0||w==o;f._focus=r?null:x,c&&Fr(w,x?1:Ae.alpha)}}),on=o,c&&_n()}}mt&&xn&&Nt(Do,st,o=>{W._lock||(ln(o),on!=null&&Ee(null,An,!0,Et.setSeries))});function Pe(o,r,c){let f=L[r];c&&(o=o/ft-(f.ori==1?Mt:ct));let w=T;f.ori==1&&(w=P,o=w-o),f.dir==-1&&(o=w-o);let x=f._min,k=f._max,A=o/w,E=x+(k-x)*A,O=f.distr;return O==3?Dn(10,E):O==4?_a(E,f.asinh):O==100?f.bwd(E):E}function Wr(o,r){let c=Pe(o,y,r);return Te(c,t[0],$t,Ot)}l.valToIdx=o=>Te(o,t[0]),l.posToIdx=Wr,l.posToVal=Pe,l.valToPos=(o,r,c)=>L[r].ori==0?i(o,L[r],c?Xt:T,c?ne:0):a(o,L[r],c?ve:P,c?ue:0),l.setCursor=(o,r,c)=>{yt=o.left,_t=o.top,rn(null,r,c)};function ho(o,r){kt(Nn,Pn,vt.left=o),kt(Nn,Xn,vt.width=r)}function mo(o,r){kt(Nn,"top",vt.top=o),kt(Nn,tl,vt.height=r)}let Yn=v.ori==0?ho:mo,qn=v.ori==1?ho:mo;function jr(){if(mt&&Q.live)for(let o=s==2?1:0;o<S.length;o++){if(o==0&&Qt)continue;let r=Q.values[o],c=0;for(let f in r)ee[o][c++].firstChild.nodeValue=r[f]}}function ss(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((c,f)=>{ot[f]=c}):La(o.idx)||ot.fill(o.idx),Q.idx=ot[0]),mt&&Q.live){for(let c=0;c<S.length;c++)(c>0||s==1&&!Qt)&&Hr(c,ot[c]);jr()}fe=!1,r!==!1&&Vt("setLegend")}l.setLegend=ss;function Hr(o,r){let c=S[o],f=o==0&&K==2?Se:t[o],w;Qt?w=c.values(l,o,r)??xe:(w=c.value(l,r==null?null:f[r],o,r),w=w==null?xe:{_:w}),Q.values[o]=w}function rn(o,r,c){fo=yt,po=_t,[yt,_t]=W.move(l,yt,_t),W.left=yt,W.top=_t,At&&(Mn&&De(Mn,zt(yt),0,T,P),Tn&&De(Tn,0,zt(_t),T,P));let f,w=$t>Ot;Oe=gt,Ge=null;let x=v.ori==0?T:P,k=v.ori==1?T:P;if(yt<0||jt==0||w){f=W.idx=null;for(let A=0;A<S.length;A++){let E=de[A];E!=null&&De(E,-10,-10,T,P)}xn&&Ee(null,An,!0,o==null&&Et.setSeries),Q.live&&(ot.fill(f),fe=!0)}else{let A,E,O;s==1&&(A=v.ori==0?yt:_t,E=Pe(A,y),f=W.idx=Te(E,t[0],$t,Ot),O=B(t[0][f],v,x,0));let I=-10,j=-10,tt=0,ut=0,it=!0,nt="",Z="";for(let Y=s==2?1:0;Y<S.length;Y++){let St=S[Y],Tt=ot[Y],Wt=Tt==null?null:s==1?t[Y][Tt]:t[Y][1][Tt],ht=W.dataIdx(l,Y,f,E),Ct=ht==null?null:s==1?t[Y][ht]:t[Y][1][ht];if(fe=fe||Ct!=Wt||ht!=Tt,ot[Y]=ht,Y>0&&St.show){let le=ht==null?-10:ht==f?O:B(s==1?t[0][ht]:t[Y][0][ht],v,x,0),Kt=Ct==null?-10:J(Ct,s==1?L[St.scale]:L[St.facets[1].scale],k,0);if(xn&&Ct!=null){let pe=v.ori==1?yt:_t,ke=Rt(Ae.dist(l,Y,ht,Kt,pe));if(ke<Oe){let ze=Ae.bias;if(ze!=0){let se=Pe(pe,St.scale),he=Ct>=0?1:-1,_e=se>=0?1:-1;_e==he&&(_e==1?ze==1?Ct>=se:Ct<=se:ze==1?Ct<=se:Ct>=se)&&(Oe=ke,Ge=Y)}else Oe=ke,Ge=Y}}if(fe||bn){let pe,ke;v.ori==0?(pe=le,ke=Kt):(pe=Kt,ke=le);let ze,se,he,_e,Re,Yt,oe=!0,an=Ut.bbox;if(an!=null){oe=!1;let qt=an(l,Y);he=qt.left,_e=qt.top,ze=qt.width,se=qt.height}else he=pe,_e=ke,ze=se=Ut.size(l,Y);if(Yt=Ut.fill(l,Y),Re=Ut.stroke(l,Y),bn)Y==Ge&&Oe<=Ae.prox&&(I=he,j=_e,tt=ze,ut=se,it=oe,nt=Yt,Z=Re);else{let qt=de[Y];qt!=null&&(yn[Y]=he,vn[Y]=_e,jo(qt,ze,se,oe),Vo(qt,Yt,Re),De(qt,we(he),we(_e),T,P))}}}}if(bn){let Y=Ae.prox,St=on==null?Oe<=Y:Oe>Y||Ge!=on;if(fe||St){let Tt=de[0];Tt!=null&&(yn[0]=I,vn[0]=j,jo(Tt,tt,ut,it),Vo(Tt,nt,Z),De(Tt,we(I),we(j),T,P))}}}if(vt.show&&Be)if(o!=null){let[A,E]=Et.scales,[O,I]=Et.match,[j,tt]=o.cursor.sync.scales,ut=o.cursor.drag;if(It=ut._x,Ft=ut._y,It||Ft){let{left:it,top:nt,width:Z,height:Y}=o.select,St=o.scales[j].ori,Tt=o.posToVal,Wt,ht,Ct,le,Kt,pe=A!=null&&O(A,j),ke=E!=null&&I(E,tt);pe&&It?(St==0?(Wt=it,ht=Z):(Wt=nt,ht=Y),Ct=L[A],le=B(Tt(Wt,j),Ct,x,0),Kt=B(Tt(Wt+ht,j),Ct,x,0),Yn(Ce(le,Kt),Rt(Kt-le))):Yn(0,x),ke&&Ft?(St==1?(Wt=it,ht=Z):(Wt=nt,ht=Y),Ct=L[E],le=J(Tt(Wt,tt),Ct,k,0),Kt=J(Tt(Wt+ht,tt),Ct,k,0),qn(Ce(le,Kt),Rt(Kt-le))):qn(0,k)}else rs()}else{let A=Rt(fo-co),E=Rt(po-uo);if(v.ori==1){let tt=A;A=E,E=tt}It=Ht.x&&A>=Ht.dist,Ft=Ht.y&&E>=Ht.dist;let O=Ht.uni;O!=null?It&&Ft&&(It=A>=O,Ft=E>=O,!It&&!Ft&&(E>A?Ft=!0:It=!0)):Ht.x&&Ht.y&&(It||Ft)&&(It=Ft=!0);let I,j;It&&(v.ori==0?(I=Cn,j=yt):(I=Ln,j=_t),Yn(Ce(I,j),Rt(j-I)),Ft||qn(0,k)),Ft&&(v.ori==1?(I=Cn,j=yt):(I=Ln,j=_t),qn(Ce(I,j),Rt(j-I)),It||Yn(0,x)),!It&&!Ft&&(Yn(0,0),qn(0,0))}if(Ht._x=It,Ht._y=Ft,o==null){if(c){if(To!=null){let[A,E]=Et.scales;Et.values[0]=A!=null?Pe(v.ori==0?yt:_t,A):null,Et.values[1]=E!=null?Pe(v.ori==1?yt:_t,E):null}Zn(ds,l,yt,_t,T,P,f)}if(xn){let A=c&&Et.setSeries,E=Ae.prox;on==null?Oe<=E&&Ee(Ge,An,!0,A):Oe>E?Ee(null,An,!0,A):Ge!=on&&Ee(Ge,An,!0,A)}}fe&&(Q.idx=f,ss()),r!==!1&&Vt("setCursor")}let Ke=null;Object.defineProperty(l,"rect",{get(){return Ke==null&&Jn(!1),Ke}});function Jn(o=!1){o?Ke=null:(Ke=_.getBoundingClientRect(),Vt("syncRect",Ke))}function wo(o,r,c,f,w,x,k){W._lock||Be&&o!=null&&o.movementX==0&&o.movementY==0||(os(o,r,c,f,w,x,k,!1,o!=null),o!=null?rn(null,!0,!0):rn(r,!0,!1))}function os(o,r,c,f,w,x,k,A,E){if(Ke==null&&Jn(!1),ln(o),o!=null)c=o.clientX-Ke.left,f=o.clientY-Ke.top;else{if(c<0||f<0){yt=-10,_t=-10;return}let[O,I]=Et.scales,j=r.cursor.sync,[tt,ut]=j.values,[it,nt]=j.scales,[Z,Y]=Et.match,St=r.axes[0].side%2==1,Tt=v.ori==0?T:P,Wt=v.ori==1?T:P,ht=St?x:w,Ct=St?w:x,le=St?f:c,Kt=St?c:f;if(it!=null?c=Z(O,it)?d(tt,L[O],Tt,0):-10:c=Tt*(le/ht),nt!=null?f=Y(I,nt)?d(ut,L[I],Wt,0):-10:f=Wt*(Kt/Ct),v.ori==1){let pe=c;c=f,f=pe}}E&&(r==null||r.cursor.event.type==ds)&&((c<=1||c>=T-1)&&(c=un(c,T)),(f<=1||f>=P-1)&&(f=un(f,P))),A?(co=c,uo=f,[Cn,Ln]=W.move(l,c,f)):(yt=c,_t=f)}let is={width:0,height:0,left:0,top:0};function rs(){pl(is,!1)}let go,xo,bo,yo;function vo(o,r,c,f,w,x,k){Be=!0,It=Ft=Ht._x=Ht._y=!1,os(o,r,c,f,w,x,k,!0,!1),o!=null&&(Nt(ps,xs,So,!1),Zn(zo,l,Cn,Ln,T,P,null));let{left:A,top:E,width:O,height:I}=vt;go=A,xo=E,bo=O,yo=I}function So(o,r,c,f,w,x,k){Be=Ht._x=Ht._y=!1,os(o,r,c,f,w,x,k,!1,!0);let{left:A,top:E,width:O,height:I}=vt,j=O>0||I>0,tt=go!=A||xo!=E||bo!=O||yo!=I;if(j&&tt&&pl(vt),Ht.setScale&&j&&tt){let ut=A,it=O,nt=E,Z=I;if(v.ori==1&&(ut=E,it=I,nt=A,Z=O),It&&Ue(y,Pe(ut,y),Pe(ut+it,y)),Ft)for(let Y in L){let St=L[Y];Y!=y&&St.from==null&&St.min!=gt&&Ue(Y,Pe(nt+Z,Y),Pe(nt,Y))}rs()}else W.lock&&(W._lock=!W._lock,rn(r,!0,o!=null));o!=null&&(ce(ps,xs),Zn(ps,l,yt,_t,T,P,null))}function Br(o,r,c,f,w,x,k){if(W._lock)return;ln(o);let A=Be;if(Be){let E=!0,O=!0,I=10,j,tt;v.ori==0?(j=It,tt=Ft):(j=Ft,tt=It),j&&tt&&(E=yt<=I||yt>=T-I,O=_t<=I||_t>=P-I),j&&E&&(yt=yt<Cn?0:T),tt&&O&&(_t=_t<Ln?0:P),rn(null,!0,!0),Be=!1}yt=-10,_t=-10,ot.fill(null),rn(null,!0,!0),A&&(Be=A)}function ko(o,r,c,f,w,x,k){W._lock||(ln(o),Hl(),rs(),o!=null&&Zn($o,l,yt,_t,T,P,null))}function _o(){$.forEach(Bc),jl(l.width,l.height,!0)}pn(bl,Rn,_o);let En={};En.mousedown=vo,En.mousemove=wo,En.mouseup=So,En.dblclick=ko,En.setSeries=(o,r,c,f)=>{let w=Et.match[2];c=w(l,r,c),c!=-1&&Ee(c,f,!0,!1)},At&&(Nt(zo,_,vo),Nt(ds,_,wo),Nt(Ro,_,o=>{ln(o),Jn(!1)}),Nt(Do,_,Br),Nt($o,_,ko),Ts.add(l),l.syncRect=Jn);let hl=l.hooks=e.hooks||{};function Vt(o,r,c){ts?Kn.push([o,r,c]):o in hl&&hl[o].forEach(f=>{f.call(null,l,r,c)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)hl[r]=(hl[r]||[]).concat(o.hooks[r])});let Mo=(o,r,c)=>c,Et=Pt({key:null,setSeries:!1,filters:{pub:Ko,sub:Ko},scales:[y,S[1]?S[1].scale:null],match:[Yo,Yo,Mo],values:[null,null]},W.sync);Et.match.length==2&&Et.match.push(Mo),W.sync=Et;let To=Et.key,as=Bi(To);function Zn(o,r,c,f,w,x,k){Et.filters.pub(o,r,c,f,w,x,k)&&as.pub(o,r,c,f,w,x,k)}as.sub(l);function Ur(o,r,c,f,w,x,k){Et.filters.sub(o,r,c,f,w,x,k)&&En[o](null,r,c,f,w,x,k)}l.pub=Ur;function Gr(){as.unsub(l),Ts.delete(l),$e.clear(),vs(bl,Rn,_o),p.remove(),st?.remove(),Vt("destroy")}l.destroy=Gr;function cs(){Vt("init",e,t),eo(t||e.data,!1),U[y]?es(y,U[y]):Hl(),rl=vt.show&&(vt.width>0||vt.height>0),nn=fe=!0,jl(e.width,e.height)}return S.forEach(Xs),$.forEach(_r),n?n instanceof HTMLElement?(n.appendChild(p),cs()):n(l,cs):cs(),l}Lt.assign=Pt;Lt.fmtNum=zs;Lt.rangeNum=yl;Lt.rangeLog=kl;Lt.rangeAsinh=Es;Lt.orient=mn;Lt.pxRatio=ft;Lt.join=Da;Lt.fmtDate=Ds,Lt.tzDate=Ga;Lt.sync=Bi;{Lt.addGap=Lc,Lt.clipGaps=Tl;let e=Lt.paths={points:Ji};e.linear=Qi,e.stepped=Ec,e.bars=Pc,e.spline=Rc}function bt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function nr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,t.classList.toggle("nw-dark",a),e&&e(a))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function jn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band")}}var js=new Set;function Al(e){for(let t of[...js])(!e||e.contains(t.el))&&t.destroy()}function Uc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Ze=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,js.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){js.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=jn(),l=t.series.map(y=>[y.steps,y.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(y=>y[0]===l[0][0])?s=[l[0][0],...l.map(y=>y[1])]:s=Lt.join(l);let i=Array.from(s[0]),a=s.slice(1).map(y=>Array.from(y));this.raw=a,this.xs=i;let d=[...new Set(t.series.map(y=>y.scale||"y"))],m={};for(let y of d)m[y]=!!t.log&&t.series.some((z,R)=>(z.scale||"y")===y&&a[R].some(Uc));let p=a.map((y,z)=>{let R=t.series[z].scale||"y",H=m[R],D=new Array(y.length);for(let v=0;v<y.length;v++){let K=y[v];K===void 0?D[v]=void 0:K===null||!Number.isFinite(K)||H&&K<=0?D[v]=null:D[v]=K}return D}),b=[];for(let y=0;y<i.length;y++){let z=null;for(let R of a){let H=R[y];if(typeof H=="number"&&!Number.isFinite(H)&&(z=Number.isNaN(H)?"nan":"inf",z==="nan"))break}z&&b.push([i[y],z])}this.bad=b;let u=[];for(let y of t.hlines||[]){let z=y.scale||"y",R=Number(y.value);!d.includes(z)||!Number.isFinite(R)||m[z]&&R<=0||!i.length||(u.push({...y,value:R,scale:z}),a.push(i.map(()=>R)),p.push(i.map(()=>R)))}this.hlines=u;let g={x:{time:!1,range:(y,z,R)=>this._xRange(z,R)}};for(let y of d)g[y]=m[y]?{distr:3,log:10,range:(z,R,H)=>R==null?[.001,1]:Lt.rangeLog(R,H,10,!0)}:{range:(z,R,H)=>{if(R==null)return[0,1];if(H-R<=1e-6*Math.max(Math.abs(R),Math.abs(H))){let D=(R+H)/2;return[D-Math.abs(D||1)*.5,D+Math.abs(D||1)*.5]}return Lt.rangeNum(R,H,.1,!0)}};let M="11px system-ui, sans-serif",_=(y,z)=>({scale:y,side:z,stroke:n.muted,font:M,size:(R,H)=>{let D=0;for(let v of H||[])D=Math.max(D,String(v).length);return Math.max(t.compact?30:40,Math.ceil(D*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:z!==1},ticks:{stroke:n.grid,width:1,size:4},values:(R,H)=>H.map(D=>D==null?"":bt(D,2))}),N=[{stroke:n.muted,font:M,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(y,z)=>z.map(R=>R==null?"":String(Math.round(R)))}];d.forEach((y,z)=>N.push(_(y,z===0?3:1)));let C=[{label:"step",value:(y,z)=>z==null?"–":String(Math.round(z))},...t.series.map((y,z)=>({label:y.label,scale:y.scale||"y",stroke:y.color||n.series[z%n.series.length],width:y.width||1.5,dash:y.dash,spanGaps:!1,points:{show:(R,H,D,v)=>v-D<40,size:4},value:(R,H,D,v)=>v==null?"–":bt(this.raw[D-1][v])})),...u.map(y=>({label:y.label,scale:y.scale,stroke:y.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>bt(y.value)}))],F=[],S=t.series.findIndex(y=>y.band==="hi"),$=t.series.findIndex(y=>y.band==="lo");S>=0&&$>=0&&F.push({series:[S+1,$+1],fill:n.band});let L=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:g,axes:N,series:C,bands:F,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[y=>L._drawOverlay(y)],setSelect:[y=>{let z=y.select;if(z.width>4&&t.onRange){let R=Math.round(y.posToVal(z.left,"x")),H=Math.round(y.posToVal(z.left+z.width,"x"));y.setSelect({left:0,top:0,width:0,height:0},!1),L._dragged=!0,t.onRange(R,H)}}],ready:[y=>L._ready(y)]}};this.u=new Lt(q,[i,...p],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.hlineLabels=this.hlines.map(i=>{let a=document.createElement("div");return a.className="nw-hline-label",a.dataset.value=String(i.value),a.textContent=i.text||i.label,a.title=i.text||i.label,l.appendChild(a),a}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let a=t.cursor.left;if(a==null||a<0)return;let d=Math.round(t.posToVal(a,"x"));n.onStep(this._nearestStep(d))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u||((this.hlineLabels||[]).forEach((s,i)=>{let a=this.hlines[i],d=this.u.valToPos(a.value,a.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=d>=0&&d<=m+.5?"":"none",s.style.top=`${d}px`,s.classList.toggle("nw-below",d<16),s.dataset.y=String(d)}),!this.onsetLabel))return;let t=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=t>=0&&t<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${t}px`,this.onsetLabel.classList.toggle("nw-left",t>n-70),this.onsetLabel.dataset.x=String(t)}_drawOverlay(t){let n=this.opts,l=jn(),s=t.ctx,{left:i,top:a,width:d,height:m}=t.bbox,p=devicePixelRatio||1,b=u=>t.valToPos(u,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,a,d,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let u=Math.max(i,b(n.windowStart)),g=Math.min(i+d,b(n.onset));g>u&&(s.fillStyle=l.window,s.fillRect(u,a,g-u,m))}for(let[u,g]of this.bad){let M=b(u);s.fillStyle=g==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(M-3.5*p,a),s.lineTo(M+3.5*p,a),s.lineTo(M,a+6*p),s.closePath(),s.fill()}if(n.onset!=null){let u=Math.round(b(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*p,s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}if(n.selStep!=null){let u=Math.round(b(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*p,s.setLineDash([4*p,3*p]),s.beginPath(),s.moveTo(u,a),s.lineTo(u,a+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Lt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function lr(e="nw"){return Lt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return sr(l,n),l}function sr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?sr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Le(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Hn="tb_nanwatch",El=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let a=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:d=>{clearTimeout(a),i(d)},reject:()=>{clearTimeout(a),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Hn})}};function Hs(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Hn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function or(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let l=n.location,s=l.hash.replace(/^#/,""),a=(s?s.split("&"):[]).filter(m=>!m.startsWith(`p.${Hn}.`)&&!m.startsWith(encodeURIComponent(`p.${Hn}.`)));(!a.length||a[0].includes("="))&&a.unshift(Hn);for(let[m,p]of Object.entries(e))p==null||p===""||a.push(`${encodeURIComponent(`p.${Hn}.${m}`)}=${encodeURIComponent(String(p))}`);let d=new URL(l.href);if(d.hash=a.join("&"),d.href===l.href)return;t?n.history.pushState(n.history.state,"",d.href):n.history.replaceState(n.history.state,"",d.href)}catch{}}var ir={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},Gc=1e3,rr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Bs(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(rr,t)?rr[t]:null})}function Kc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function ar(e,t,n){let l=performance.now(),s=await Bt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((u,g)=>({...u,_i:g}));i.sort((u,g)=>(ir[u.status]??4.5)-(ir[g.status]??4.5)||u._i-g._i),e.runs=i;let a=i.filter(u=>u.status!=="healthy"&&u.status!=="loading").length,d=i.filter(u=>u.loading).length,m=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${a} failing`}),d?h("span",{class:"nw-sub nw-loading-count",text:`${d} still loading…`}):null);if(d&&e.pollRuns(Gc),!i.length){t.append(m,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let p=h("tbody");for(let u of i){let g=u.onset,M=u.origin&&(u.origin.layer||u.origin.tensor)?u.origin:g,_=u.top_cause,N=[];u.loading&&u.status!=="loading"&&N.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"})),u.summarised&&N.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),u.sampled&&N.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let S of u.problems||[])N.push(h("span",{class:"nw-chip nw-warn",title:String(S),text:String(S)}));let C=S=>{S.preventDefault(),e.setState({run:u.run,layer:null,step:null,start:null,end:null})},F=h("tr",{class:"nw-run-row",dataset:{run:u.run,status:String(u.status),loading:u.loading?"1":"0"},tabindex:"0",onclick:C,onkeydown:S=>S.key==="Enter"&&C(S)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:u.run}),text:u.run,onclick:C})),h("td",null,Bs(u.status),u.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(u.status_note)}):null),h("td",{class:"nw-onset-step",text:g&&g.step!=null?String(g.step):"–"}),h("td",{class:"nw-origin"},M?h("span",{text:Kc(M)}):"–",M&&M.layer&&M.tensor?h("div",{class:"nw-muted nw-small",text:M.tensor}):null,M&&M!==g&&M.step!=null&&g&&M.step!==g.step?h("div",{class:"nw-muted nw-small",text:`from step ${M.step}`}):null),h("td",{class:"nw-top-cause"},_?h("span",{text:_.summary||_.id}):h("span",{class:"nw-muted",text:u.status==="healthy"?"no cause found":"–"}),_&&_.score!=null?h("span",{class:"nw-score",text:bt(Number(_.score),2)}):null),h("td",{class:"nw-num",text:u.steps!=null?String(u.steps):"–"}),h("td",{class:"nw-notes"},N));p.appendChild(F)}let b=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(u=>h("th",{text:u})))),p);t.append(m,h("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-l)}var Pl=/[A-Za-z0-9_]/;function cr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!(Pl.test(t[0])&&Pl.test(l))&&!(Pl.test(t[t.length-1])&&Pl.test(s)))return!0}return!1}function Yc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&cr(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let a of t)a.layer&&cr(e,a.layer)&&(!i||a.layer.length>i.length)&&(i=a.layer);n.layer=i}return n}async function qc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function ur(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let a=h("ol",{class:"nw-cause-list"});s.forEach((p,b)=>{let u=Number(p.score),g=h("ul",{class:"nw-evidence"});for(let _ of p.evidence||[]){let N=typeof _=="string"?_:String(_&&_.text!=null?_.text:JSON.stringify(_)),C=Yc(N,t);_&&typeof _=="object"&&(C={step:_.step??C.step,layer:_.layer??C.layer,tensor:_.tensor??C.tensor});let F=C.step!=null||C.layer!=null,S=h("li",{class:F?"nw-ev nw-jump":"nw-ev"});if(F){let $=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[C.layer&&`layer ${C.layer}`,C.step!=null&&`step ${C.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(C),onkeydown:L=>(L.key==="Enter"||L.key===" ")&&(L.preventDefault(),n(C))});S.appendChild($)}else S.appendChild(h("span",{text:N}));g.appendChild(S)}let M=null;if(p.fix){let _=h("button",{class:"nw-btn nw-copy",text:"Copy"});_.addEventListener("click",()=>qc(String(p.fix),_)),M=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),_),h("pre",null,h("code",{text:String(p.fix)})))}a.appendChild(h("li",{class:"nw-cause",dataset:{id:String(p.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${b+1}`}),h("span",{class:"nw-cause-summary",text:p.summary||p.id}),h("span",{class:"nw-scorebar",title:`score ${bt(u,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,u))*100}%`}})),h("span",{class:"nw-score",text:bt(u,2)})),h("div",{class:"nw-muted nw-small",text:String(p.id)}),g,M))}),i.appendChild(a);let d=e.ruled_out||[];d.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${d.length})`}),h("ul",null,d.map(p=>h("li",{class:"nw-ruled-item",text:typeof p=="string"?p:p.summary||p.id||JSON.stringify(p)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((p,b)=>h("span",{class:"nw-rule-error",title:p.error!=null?String(p.error):null},b?", ":"",h("code",{text:String(p.id)}),p.error!=null?` (${p.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${m.join(", ")}`})),i}var zl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Jc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(zl.length-1),l=Math.min(zl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=zl[l][i]*(1-s)+zl[l+1][i]*s}return e}var Bn=Jc();function Us(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Gs(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var Rl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Le(t);let s=n.rows||[],i=n.buckets||[],a=s.length,d=i.length;if(!a||!d){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=jn(),p=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=p;let b=1/0,u=-1/0,g=n.magnitude,M=n.nonfinite;for(let G=0;G<a;G++){let V=g[G];for(let at=0;at<d;at++){let et=Gs(V[at]);et!==null&&Number.isFinite(et)&&(et<b&&(b=et),et>u&&(u=et))}}u>=b||(b=0,u=1),u-b<1e-9&&(u=b+1),this.lo=b,this.hi=u;let _=h("div",{class:"nw-hm"}),N=h("div",{class:"nw-hm-labels",style:{height:`${a*p}px`}}),C=n.layers||[],F=p>=9?1:Math.ceil(12/p);for(let G=0;G<a;G++){let V=G%F===0,at=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&C[G]===l.selLayer?" nw-sel":"")+(F>1?" nw-thin":""),style:{height:`${p}px`,lineHeight:F>1?"12px":`${p}px`},title:s[G],text:V?s[G]:""});at.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:C[G]??null,step:null})),N.appendChild(at)}let S=h("div",{class:"nw-hm-plot"}),$=h("canvas",{class:"nw-hm-canvas"}),L=h("div",{class:"nw-tip",style:{display:"none"}});S.append($,L);let q=h("div",{class:"nw-hm-axis"});_.append(N,S);let y=this._legend(m);t.append(_,q,y),this.canvas=$,this.plot=S,this.tip=L;let z=document.createElement("canvas");z.width=d,z.height=a;let R=z.getContext("2d"),H=R.createImageData(d,a),D=H.data,v=Us(m.nan),K=Us(m.inf),B=Us(m.grid),J=u-b,U=0;for(let G=0;G<a;G++){let V=g[G],at=M?M[G]:null;for(let et=0;et<d;et++){let X=(G*d+et)*4,ot=at?at[et]:0,Q;if(ot===1)Q=v,U++;else if(ot===2)Q=K,U++;else{let W=Gs(V[et]);if(W===null||Number.isNaN(W)||W===1/0)Q=B;else{let mt=W===-1/0?0:Math.max(0,Math.min(255,Math.round((W-b)/J*255)))*3;D[X]=Bn[mt],D[X+1]=Bn[mt+1],D[X+2]=Bn[mt+2],D[X+3]=255;continue}}D[X]=Q[0],D[X+1]=Q[1],D[X+2]=Q[2],D[X+3]=255}}if(R.putImageData(H,0,0),this.img=z,t.dataset.nonfiniteCells=String(U),this.R=a,this.B=d,this._draw(),this._axis(q),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=S.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(S.clientWidth-G)>2&&(G=S.clientWidth,this._draw())}),this.ro.observe(S)}$.addEventListener("mousemove",G=>this._hover(G)),$.addEventListener("mouseleave",()=>L.style.display="none"),$.addEventListener("click",G=>{let V=this._cellAt(G);V&&l.onCell&&l.onCell(V)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let a=l[i];if(a==null)return;let d=s.findIndex(p=>p===1||p===2);if(d<0)return;let m=t.buckets[d][0];(!(a in n)||m<n[a][0])&&(n[a]=[m,s[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,a=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),m=l*i;this.w=d,this.hgt=m,t.style.width=`${d}px`,t.style.height=`${m}px`,t.width=Math.round(d*a),t.height=Math.round(m*a);let p=t.getContext("2d");p.imageSmoothingEnabled=!1,p.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let b=jn(),{onset:u,selStep:g,selLayer:M}=this.opts,_=this.data.layers||[];if(M!=null){p.strokeStyle=b.select,p.lineWidth=1.5*a;for(let C=0;C<l;C++)_[C]===M&&p.strokeRect(.75*a,C*i*a+.75*a,t.width-1.5*a,i*a-1.5*a)}let N=C=>{let F=this._bucketOf(C);return F==null?null:(F+.5)/s*t.width};if(u!=null){let C=N(u);C!=null&&(p.strokeStyle=b.onset,p.lineWidth=2*a,p.setLineDash([5*a,3*a]),p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke(),p.setLineDash([]))}if(g!=null){let C=N(g);C!=null&&(p.strokeStyle=b.select,p.lineWidth=1*a,p.beginPath(),p.moveTo(C,0),p.lineTo(C,t.height),p.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(i<0||i>=this.B||a<0||a>=this.R)return null;let d=this.data,[m,p]=d.buckets[i],b=d.nonfinite?d.nonfinite[a][i]:0;return{row:a,bucket:i,name:d.rows[a],layer:(d.layers||[])[a]??null,step:m,first:m,last:p,magnitude:Gs(d.magnitude[a][i]),nonfinite:b===1?"NaN":b===2?"Inf":null,source:d.bucket_source?d.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Le(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${bt(Math.pow(10,n.magnitude))} (log10 ${bt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let a=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[a]},${Bn[a+1]},${Bn[a+2]})`,l.fillRect(i,0,1,10)}let s=(i,a)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),a);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${bt(this.lo,2)}`}),n,h("span",{text:`10^${bt(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Zc=["nan","inf","max_abs","std","mean","scale_spread"];async function fr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Bt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Zc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:Ye(m.values)});let a=h("tbody"),d=h("div",{class:"nw-grid-multi"});for(let m of l){let p=v=>i.get(`${m.name}\0${v}`)||{steps:[],values:[]},b=p("nan"),u=p("inf"),g=p("max_abs"),M=p("std"),_=p("mean"),N=p("scale_spread"),C=0,F=0,S=null,$=!1;b.values.forEach((v,K)=>{(v>0||Number.isNaN(v))&&(v>0?C+=v:$=!0,(S===null||b.steps[K]<S)&&(S=b.steps[K]))}),u.values.forEach((v,K)=>{v>0&&(F+=v,(S===null||u.steps[K]<S)&&(S=u.steps[K]))});let L=null,q=null,y=null;g.values.forEach((v,K)=>{Number.isFinite(v)&&(L===null||v>L)&&(L=v);let B=M.values[K],J=_.values[K];if(Number.isFinite(v)&&Number.isFinite(B)&&B>0){let U=(v-Math.abs(Number.isFinite(J)?J:0))/B;(q===null||U>q)&&(q=U,y=g.steps[K])}});let z=null;for(let v of N.values)Number.isFinite(v)&&(z===null||v>z)&&(z=v);let R=C+F>0||$,H=v=>$?`${v?`${bt(v)} + `:""}?`:bt(v);a.appendChild(h("tr",{class:R?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:C||$?"nw-nan-text":"",text:H(C),title:$?"some counts unknown":null}),h("td",{class:F||$?"nw-inf-text":"",text:H(F),title:$?"some counts unknown":null}),h("td",{text:S===null?"–":String(S)}),h("td",{text:bt(L)}),h("td",{class:q!==null&&q>10?"nw-warn-text":"",text:q===null?"–":`${bt(q,3)} σ @ ${y}`}),h("td",{class:z!==null&&z>100?"nw-warn-text":"",text:bt(z)})));let D=h("div",{class:"nw-mini"});d.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),D)),e.defer(()=>e.charts.push(new Ze(D,{series:[{label:"max |x|",steps:g.steps,values:g.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,K)=>e.zoom(v,K),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),a)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function Qc(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var dr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Dl=class{constructor(t,n){if(this.ctx=t,this.groups=Qc(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),a=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);a.addEventListener("click",d=>{d.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:i,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let a=this.cards.get(i.target.dataset.layer);if(a){a.visible=i.isIntersecting;for(let d of a.charts)d.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(u=>this.cards.get(u).group),s=l.filter(u=>u.act).map(u=>u.act.name),i=l.flatMap(u=>[...u.grads,...u.weights].map(g=>g.name)),a=l.flatMap(u=>u.weights.map(g=>g.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Bt("series",{...d,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Bt("series",{...d,tensor:i,stat:["trace"]},n.signal)),a.length&&m.push(Bt("series",{...d,tensor:a,stat:["update_ratio"]},n.signal));let p;try{p=await Promise.all(m)}catch(u){if(n.signal.aborted)return;for(let g of t){let{body:M}=this.cards.get(g);M.textContent=`Could not load: ${u.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let u of p)for(let g of u.series||[])b.set(`${g.tensor}\0${g.stat}`,{steps:g.steps,values:Ye(g.values)});for(let u of t){if(n.signal.aborted)return;let g=this.cards.get(u);this._draw(g,b);for(let M of g.charts)M.setSynced(g.visible);await new Promise(M=>requestAnimationFrame(()=>M()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let a=(p,b)=>n.get(`${p}\0${b}`),d=[];if(s.act){let p=a(s.act.name,"min"),b=a(s.act.name,"max"),u=a(s.act.name,"mean");p&&b&&d.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:p.steps,values:p.values,band:"lo"},...u?[{label:"mean",steps:u.steps,values:u.values,dash:[3,3]}]:[]],!1])}let m=p=>p.map(b=>({label:dr(b.name,s.layer),...a(b.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&d.push(["gradient norm",m(s.grads),!0]),s.weights.length&&d.push(["weight norm",m(s.weights),!0]),s.weights.length&&d.push(["update ratio",s.weights.map(p=>({label:dr(p.name,s.layer),...a(p.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[p,b,u]of d){let g=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:p}),g)),b.every(_=>!_.steps.length)){g.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let M=new Ze(g,{series:b,log:u,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:_=>i.jump({step:_,layer:s.layer}),onRange:(_,N)=>i.zoom(_,N),onReset:()=>i.zoom(null,null)});i.charts.push(M),t.charts.push(M)}}};var Ks=8,Zt=e=>e==null?"":String(e),$l=e=>Array.isArray(e)?e:[],Qe=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ol=e=>{let t=cn(e);return t===null?"–":bt(t)},pr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):Zt(e);function Xc(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function tu(e){let t=[Zt(e.name)||Zt(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function eu(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${pr(s)}`),n=e.learning_rate!=null?[`learning_rate=${pr(e.learning_rate)}`]:[];return`${Zt(e.class)||"?"}(${[...n,...t].join(", ")})`}function nu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${Zt(e.epochs??"?")} epochs × ${Zt(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function lu(e){let t=Object.entries(e);return t.slice(0,Ks).map(([l,s])=>{let i=cn(s);return i===null?l:`${l} (${bt(100*i,3)}%)`}).join(", ")+(t.length>Ks?`, … ${t.length-Ks} more`:"")}function su(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,a)=>{let d=Zt(i.name),m=t.has(d),p=l.has(d)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${d}`,text:d,onclick:()=>n.jump({layer:d}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:d}))}):h("span",{class:"nw-model-layer-name",text:d});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:d}},h("td",{class:"nw-num nw-muted",text:String(a+1)}),h("td",{class:"nw-mono"},p,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:Zt(i.class)||"–"}),h("td",{class:"nw-model-act",text:Zt(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?Zt(i.units):"–"}),h("td",{class:"nw-mono",text:Xc(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?Zt(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function ou(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=Qe(l)||{},i=Qe(s.values),a=cn(s.nonfinite),d=s.min==null&&s.max==null?"–":`[${Ol(s.min)}, ${Ol(s.max)}]`,m=[Zt(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:d}),h("td",{text:s.mean==null?"–":`${Ol(s.mean)} ± ${Ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?lu(i):s.integer?"whole numbers":"–"}),h("td",{class:a?"nw-nan-text":"",text:a===null?"–":bt(a)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function hr(e,t){let n=Qe(e);if(!n)return null;let l=$l(n.layers).filter(N=>Qe(N)),s=new Set($l(n.outputs).map(Zt)),i=$l(n.losses).filter(N=>Qe(N)),a=Qe(n.optimizer),d=Qe(n.fit)||{},m=Qe(n.data)||{},p=$l(n.lines).map(Zt),b=[],u=(N,...C)=>b.push(h("dt",{text:N}),h("dd",{class:`nw-fact-${N.toLowerCase().replace(/[^a-z]+/g,"-")}`},...C));s.size&&u("Output",[...s].map((N,C)=>[C?", ":"",h("code",{class:"nw-model-output",text:N})])),i.length&&u("Loss",i.map((N,C)=>[C?"; ":"",h("code",{class:"nw-model-loss",text:tu(N)})])),a&&u("Optimizer",h("code",{class:"nw-model-optimizer",text:eu(a)}));let g=nu(d);g&&u("Fit",g),n.dtype_policy!=null&&u("dtype policy",h("code",{text:Zt(n.dtype_policy)}));let M=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),_=Object.keys(m).length>0;return!l.length&&!b.length&&!_?(p.length?M.appendChild(h("ul",{class:"nw-model-lines"},p.map(N=>h("li",{class:"nw-mono",text:N})))):M.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),M):(M.append(h("div",{class:"nw-model-grid"},l.length?su(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),b.length?h("dl",{class:"nw-facts"},b):null)),_&&M.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),ou(m)),p.length&&M.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:p.join(`
`)})))),M)}var mr=20,iu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],ol=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Al(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),a=Bt("diagnosis",{run:s},t),d=await Bt("tensors",{run:s},t),m=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let p=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),b=Bt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(p),kind:this.hmKind||null},t).catch(T=>T),u=await a,g=d.rows||[],M=Number(u.steps)||0,_=u.onset&&u.onset.step!=null?Number(u.onset.step):null,N=[0,Math.max(1,M-1)],C=[l.start??N[0],l.end??N[1]];C[1]>C[0]||(C=N);let F=this,S=[],$={run:s,rows:g,range:C,full:N,onset:_,windowStart:_==null?null:_-mr,charts:this.charts,signal:t,defer:T=>S.push(T),selStep:()=>n.state.step??null,jump:T=>F.jump(T),zoom:(T,P)=>F.zoom(T,P)};this.ctx=$;let L=h("select",{class:"nw-select",title:"Run"});for(let T of n.runs||[{run:s}]){let P=h("option",{value:T.run,text:T.run});T.run===s&&(P.selected=!0),L.appendChild(P)}[...L.options].some(T=>T.value===s)||L.appendChild(h("option",{value:s,text:s,selected:!0})),L.addEventListener("change",()=>n.setState({run:L.value,layer:null,step:null,start:null,end:null}));let q=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:T=>{T.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),y=u.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(u.onset.step)}),u.onset.phase?` in the ${u.onset.phase} phase`:"",u.onset.tensor?h("span",null,", tensor ",h("code",{text:String(u.onset.tensor)})):"",u.onset.layer?h("span",null," (layer ",h("code",{text:String(u.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),z=_!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let T=Math.max(25,Math.round(M*.03));this.zoom(Math.max(N[0],_-T),Math.min(N[1],_+Math.max(10,Math.round(T/3))))}}):null,R=C[0]!==N[0]||C[1]!==N[1],H=h("button",{class:"nw-btn",text:"Full range",disabled:R?null:!0,onclick:()=>this.zoom(null,null)}),D=h("div",{class:"nw-head"},q,L,Bs(u.status),y,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${C[0]}–${C[1]} of ${M}`}),z,H),v=ru(u),K=Array.isArray(u.rule_errors)?u.rule_errors.filter(T=>T&&typeof T=="object"):[],B=new Set(K.map(T=>`rule ${T.id} failed: ${T.error}`)),J=(Array.isArray(u.notes)?u.notes:[]).map(String).filter(T=>!B.has(T)),U=u.status==="stalled",G=v&&v.loss>0&&g.some(T=>T.name==="loss"),V=U?cu(J,v,G):null,at=h("div",{class:"nw-notices"});u.sampled&&at.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let et=uu(u.summarised);et.length&&at.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${et.map(([T,P])=>`steps ${T}–${P}`).join(", ")} ${et.length===1?"is":"are"} kept as one summary per ${et[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let T of[...u.problems||[],...U?[]:J].map(String).filter((P,ct,Mt)=>Mt.indexOf(P)===ct))at.appendChild(h("div",{class:"nw-notice",text:String(T)}));let X=u.origin,ot=u.onset||{};X&&X.how&&(X.tensor!==ot.tensor||X.step!==ot.step)&&at.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${u.origin.tensor??u.origin.layer??"?"} at step ${u.origin.step??"?"} (${u.origin.how})`}));let Q=ur(u,g,T=>this.jump(T),K),W=hr(u.model,$),mt=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),At=h("div",{class:"nw-timeline",dataset:{onsetStep:_==null?"":String(_)}});mt.append(At,h("div",{class:"nw-muted nw-small"},"Log scale.",_!=null?` Red line: onset; shaded: the ${mr} steps before it; triangles: NaN/Inf values.`:"",G?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let pt=h("section",{class:"nw-card nw-heatmap-card"}),st=h("select",{class:"nw-select nw-hm-kind"});for(let[T,P]of iu){if(T&&!g.some(Mt=>Mt.kind===T))continue;let ct=h("option",{value:T,text:P});T===this.hmKind&&(ct.selected=!0),st.appendChild(ct)}let Gt=h("div",{class:"nw-heatmap"});st.addEventListener("change",()=>{this.hmKind=st.value,this._loadHeatmap(Gt,t)}),pt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),st),Gt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let Dt=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),wt=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Le(this.root);let ee=h("div",{class:"nw-top"},Q,mt),ge=U?[D,V,at,ee,W,pt,Dt,wt]:[D,at,ee,pt,W,Dt,wt];this.root.append(...ge.filter(Boolean));let Qt=Math.max(300,At.clientWidth||800),xe=["loss","global_grad_norm"].filter(T=>g.some(P=>P.name===T)),Ve=xe.length?Bt("series",{run:s,tensor:xe,stat:"trace",start:C[0],end:C[1],points:Math.min(4e3,2*Qt)},t):Promise.resolve({series:[]}),We=this._loadHeatmap(Gt,t,b),Xe=fr($,Dt,t).catch(T=>{t.aborted||Dt.appendChild(h("div",{class:"nw-error",text:String(T.message||T)}))}),je=await Ve;if(t.aborted)return;let $e={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},Nt=(je.series||[]).map(T=>({label:T.tensor==="global_grad_norm"?"global grad norm":T.tensor,steps:T.steps,values:Ye(T.values),scale:T.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(T.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||$e[T.tensor],width:1.5})),ce=(je.series||[]).find(T=>T.tensor==="loss"&&Array.isArray(T.hi)&&T.hi.some(P=>P!=null));if(ce){let T=Nt.find(P=>P.scale==="loss").color;Nt.push({label:"loss, block max",steps:ce.steps,values:Ye(ce.hi),scale:"loss",color:T,width:.5,band:"hi"},{label:"loss, block min",steps:ce.steps,values:Ye(ce.lo),scale:"loss",color:T,width:.5,band:"lo"})}let be=Nt.some(T=>T.scale==="loss");Nt.length?(this.timeline=new Ze(At,{series:Nt,hlines:v&&be?[{value:v.loss,scale:"loss",label:"constant predictor",text:au(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:C,onset:_,windowStart:$.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:T=>this.jump({step:T}),onRange:(T,P)=>this.zoom(T,P),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):At.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let ye=(je.series||[]).find(T=>T.returned<T.logged);if(ye&&mt.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${ye.returned} of ${ye.logged} steps (each bucket's min and max, every step near the onset).`})),await We,!t.aborted){this.grid=new Dl($,wt),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await Xe;for(let T of S)T();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Bt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Rl(t,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(Le(t),t.appendChild(h("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((a,d)=>a.classList.toggle("nw-sel",n.layer!=null&&i[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function ru(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=cn(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function au(e){return`constant predictor: ${bt(e.loss)}${e.what?` (${e.what})`:""}`}function cu(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:bt(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function uu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Il=["run","layer","step","start","end"],fu=new Set(["step","start","end"]);function Fl(e){let t={};for(let n of Il){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(fu.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function Ys(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Il)e.has(n)&&(t[n]=e.get(n));return Fl(t)}function qs(e){let t=new URLSearchParams;for(let s of Il){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}function wr(e,t){return Il.every(n=>(e[n]??null)===(t[n]??null))}var Js=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new El}async start(){let t=Ys();if(!Object.keys(t).length){let n=Hs();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Fl(n))}this.state=t,qs(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ys();this._apply(n)}),this._followParentUrl(),nr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let l=Hs();if(l===null)return;let s=Fl(l);wr(s,this.state)||this._apply(s,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t,n=!1){let l=this.state;this.state=t,qs(t),n||or(t,l.run!==t.run),l.run!==t.run||l.start!==t.start||l.end!==t.end||!this.view?this.rerender():this.view instanceof ol&&(l.layer!==t.layer||l.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Bt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Al(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Bt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Le(this.root).appendChild(n),await ar(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new ol(this,n);this.view=s,Le(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Le(this.root).appendChild(n),Le(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Vl=null;function gf(){if(Vl)return Vl;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=Lo+`
`+No,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new Js(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=lr,Vl=l.start(),Vl}export{gf as render};
