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
`;var qr=new URL("./",import.meta.url),us=class extends Error{constructor(t,n){super(n),this.status=t}};function Jr(e,t){let n=new URL(e,qr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Gt(e,t,n){let l=await fetch(Jr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new us(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function rn(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function An(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:rn(l)}return t}var Zr="uplot",Qr="u-hz",Xr="u-vt",ta="u-title",ea="u-wrap",na="u-under",la="u-over",sa="u-axis",un="u-off",oa="u-select",ia="u-cursor-x",ra="u-cursor-y",aa="u-cursor-pt",ca="u-legend",ua="u-live",fa="u-inline",da="u-series",pa="u-marker",Eo="u-label",ha="u-value",Xn="width",tl="height";var Ao="bottom",Pn="left",fs="right",Ls="#000",Po=Ls+"0",ds="mousemove",zo="mousedown",ps="mouseup",Do="mouseenter",Ro="mouseleave",$o="dblclick",ma="resize",wa="scroll",Oo="change",bl="dppxchange",Ns="--",Fn=typeof window<"u",xs=Fn?document:null,Dn=Fn?window:null,ga=Fn?navigator:null,ut,ml;function bs(){let e=devicePixelRatio;ut!=e&&(ut=e,ml&&vs(Oo,ml,bs),ml=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),fn(Oo,ml,bs),Dn.dispatchEvent(new CustomEvent(bl)))}function re(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ys(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function _t(e,t,n){e.style[t]=n+"px"}function _e(e,t,n,l){let s=xs.createElement(e);return t!=null&&re(s,t),n?.insertBefore(s,l),s}function we(e,t){return _e("div",e,t)}var Io=new WeakMap;function $e(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",a=Io.get(e);i!=a&&(e.style.transform=i,Io.set(e,i),t<0||n<0||t>l||n>s?re(e,un):ys(e,un))}var Fo=new WeakMap;function Vo(e,t,n){let l=t+n,s=Fo.get(e);l!=s&&(Fo.set(e,l),e.style.background=t,e.style.borderColor=n)}var Wo=new WeakMap;function Ho(e,t,n,l){let s=t+""+n,i=Wo.get(e);s!=i&&(Wo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var Es={passive:!0},xa={...Es,capture:!0};function fn(e,t,n,l){t.addEventListener(e,n,l?xa:Es)}function vs(e,t,n,l){t.removeEventListener(e,n,Es)}Fn&&bs();function Me(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:ae((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function wi(e){return(n,l,s)=>{let i=-1,a=-1;for(let f=l;f<=s;f++)if(e(n[f])){i=f;break}for(let f=s;f>=l;f--)if(e(n[f])){a=f;break}return[i,a]}}var gi=e=>e!=null,xi=e=>e!=null&&e>0,Sl=wi(gi),ba=wi(xi);function ya(e,t,n,l=0,s=!1){let i=s?ba:Sl,a=s?xi:gi;[t,n]=i(e,t,n);let f=e[t],m=e[t];if(t>-1)if(l==1)f=e[t],m=e[n];else if(l==-1)f=e[n],m=e[t];else for(let d=t;d<=n;d++){let g=e[d];a(g)&&(g<f?f=g:g>m&&(m=g))}return[f??wt,m??-wt]}function kl(e,t,n,l){let s=Uo(e),i=Uo(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let a=n==10?Ie:bi,f=s==1?ae:ge,m=i==1?ge:ae,d=f(a(Rt(e))),g=m(a(Rt(t))),p=Rn(n,d),x=Rn(n,g);return n==10&&(d<0&&(p=gt(p,-d)),g<0&&(x=gt(x,-g))),l||n==2?(e=p*s,t=x*i):(e=ki(e,p),t=_l(t,x)),[e,t]}function As(e,t,n,l){let s=kl(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ps=.1,jo={mode:3,pad:Ps},nl={pad:0,soft:null,mode:0},va={min:nl,max:nl};function yl(e,t,n,l){return Ml(n)?Bo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,Bo(e,t,va))}function at(e,t){return e??t}function Sa(e,t,n){for(t=at(t,0),n=at(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Bo(e,t,n){let l=n.min,s=n.max,i=at(l.pad,0),a=at(s.pad,0),f=at(l.hard,-wt),m=at(s.hard,wt),d=at(l.soft,wt),g=at(s.soft,-wt),p=at(l.mode,0),x=at(s.mode,0),M=t-e,k=Ie(M),N=Xt(Rt(e),Rt(t)),C=Ie(N),R=Rt(C-k);(M<1e-24||R>10)&&(M=0,(e==0||t==0)&&(M=1e-24,p==2&&d!=wt&&(i=0),x==2&&g!=-wt&&(a=0)));let _=M||N||1e3,D=Ie(_),T=Rn(10,ae(D)),q=_*(M==0?e==0?.1:1:i),y=gt(ki(e-q,T/10),24),A=e>=d&&(p==1||p==3&&y<=d||p==2&&y>=d)?d:wt,P=Xt(f,y<A&&e>=A?A:Ce(A,y)),j=_*(M==0?t==0?.1:1:a),z=gt(_l(t+j,T/10),24),v=t<=g&&(x==1||x==3&&z>=g||x==2&&z<=g)?g:-wt,K=Ce(m,z>v&&t<=v?v:Xt(v,z));return P==K&&P==0&&(K=100),[P,K]}var ka=new Intl.NumberFormat(Fn?ga.language:"en-US"),zs=e=>ka.format(e),ce=Math,xl=ce.PI,Rt=ce.abs,ae=ce.floor,Dt=ce.round,ge=ce.ceil,Ce=ce.min,Xt=ce.max,Rn=ce.pow,Uo=ce.sign,Ie=ce.log10,bi=ce.log2,_a=(e,t=1)=>ce.sinh(e)*t,hs=(e,t=1)=>ce.asinh(e/t),wt=1/0;function Go(e){return(Ie((e^e>>31)-(e>>31))|0)+1}function Ss(e,t,n){return Ce(Xt(e,t),n)}function yi(e){return typeof e=="function"}function st(e){return yi(e)?e:()=>e}var Ma=()=>{},vi=e=>e,Si=(e,t)=>t,Ca=e=>null,Ko=e=>!0,Yo=(e,t)=>e==t,Ta=/\.\d*?(?=9{6,}|0{6,})/gm,dn=e=>{if(Mi(e)||qe.has(e))return e;let t=`${e}`,n=t.match(Ta);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${dn(s)}e${i}`}return gt(e,l)};function an(e,t){return dn(gt(dn(e/t))*t)}function _l(e,t){return dn(ge(dn(e/t))*t)}function ki(e,t){return dn(ae(dn(e/t))*t)}function gt(e,t=0){if(Mi(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return Dt(l)/n}var qe=new Map;function _i(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(_i);for(let a=t;a<n;a++){let f=Rt(a),m=gt(Rn(e,a),f);for(let d=0;d<l.length;d++){let g=e==10?+`${l[d]}e${a}`:l[d]*m,p=(a>=0?0:f)+(a>=i[d]?0:i[d]),x=e==10?g:gt(g,p);s.push(x),qe.set(x,p)}}return s}var ll={},Ds=[],$n=[null,null],Ye=Array.isArray,Mi=Number.isInteger,La=e=>e===void 0;function qo(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Na(e){return e!=null&&typeof e=="object"}var Ea=Object.getPrototypeOf(Uint8Array),Ci="__proto__";function On(e,t=Ml){let n;if(Ye(e)){let l=e.find(s=>s!=null);if(Ye(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof Ea)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Ci&&(n[l]=On(e[l],t))}else n=e;return n}function At(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Ci&&(Ml(e[s])?At(e[s],On(l[s])):e[s]=On(l[s]))}return e}var Aa=0,Pa=1,za=2;function Da(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let a=t[l];if(a>i){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<n&&e[s]==null;)e[i=s++]=null}}}function Ra(e,t){if(Ia(e)){let a=e[0].slice();for(let f=1;f<e.length;f++)a.push(...e[f].slice(1));return Fa(a[0])||(a=Oa(a)),a}let n=new Set;for(let a=0;a<e.length;a++){let m=e[a][0],d=m.length;for(let g=0;g<d;g++)n.add(m[g])}let l=[Array.from(n).sort((a,f)=>a-f)],s=l[0].length,i=new Map;for(let a=0;a<s;a++)i.set(l[0][a],a);for(let a=0;a<e.length;a++){let f=e[a],m=f[0];for(let d=1;d<f.length;d++){let g=f[d],p=Array(s).fill(void 0),x=t?t[a][d]:Pa,M=[];for(let k=0;k<g.length;k++){let N=g[k],C=i.get(m[k]);N===null?x!=Aa&&(p[C]=N,x==za&&M.push(C)):p[C]=N}Da(p,M,s),l.push(p)}}return l}var $a=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Oa(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,a)=>t[i]-t[a]);let s=[];for(let i=0;i<e.length;i++){let a=e[i],f=Array(n);for(let m=0;m<n;m++)f[m]=a[l[m]];s.push(f)}return s}function Ia(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function Fa(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Xt(1,ae((s-l+1)/t));for(let a=e[l],f=l+i;f<=s;f+=i){let m=e[f];if(m!=null){if(m<=a)return!1;a=m}}return!0}var Ti=["January","February","March","April","May","June","July","August","September","October","November","December"],Li=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ni(e){return e.slice(0,3)}var Va=Li.map(Ni),Wa=Ti.map(Ni),Ha={MMMM:Ti,MMM:Wa,WWWW:Li,WWW:Va};function Qn(e){return(e<10?"0":"")+e}function ja(e){return(e<10?"00":e<100?"0":"")+e}var Ba={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ja(e.getMilliseconds())};function Rs(e,t){t=t||Ha;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ba[s[1]]:s[0]);return i=>{let a="";for(let f=0;f<n.length;f++)a+=typeof n[f]=="string"?n[f]:n[f](i,t);return a}}var Ua=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ga(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Ua?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ei=e=>e%1==0,vl=[1,2,2.5,5],Ka=sl(10,-32,0,vl),Ai=sl(10,0,32,vl),Ya=Ai.filter(Ei),cn=Ka.concat(Ai),$s=`
`,Pi="{YYYY}",Jo=$s+Pi,zi="{M}/{D}",el=$s+zi,wl=el+"/{YY}",Di="{aa}",qa="{h}:{mm}",zn=qa+Di,Zo=$s+zn,Qo=":{ss}",dt=null;function Ri(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,a=s*365,m=(e==1?sl(10,0,3,vl).filter(Ei):sl(10,-3,0,vl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),d=[[a,Pi,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",Jo,dt,dt,dt,dt,dt,1],[s,zi,Jo,dt,dt,dt,dt,dt,1],[l,"{h}"+Di,wl,dt,el,dt,dt,dt,1],[n,zn,wl,dt,el,dt,dt,dt,1],[t,Qo,wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1],[e,Qo+".{fff}",wl+" "+zn,dt,el+" "+zn,dt,Zo,dt,1]];function g(p){return(x,M,k,N,C,R)=>{let _=[],D=C>=a,T=C>=i&&C<a,q=p(k),y=gt(q*e,3),A=ms(q.getFullYear(),D?0:q.getMonth(),T||D?1:q.getDate()),P=gt(A*e,3);if(T||D){let j=T?C/i:0,z=D?C/a:0,v=y==P?y:gt(ms(A.getFullYear()+z,A.getMonth()+j,1)*e,3),K=new Date(Dt(v/e)),B=K.getFullYear(),J=K.getMonth();for(let U=0;v<=N;U++){let G=ms(B+z*U,J+j*U,1),W=G-p(gt(G*e,3));v=gt((+G+W)*e,3),v<=N&&_.push(v)}}else{let j=C>=s?s:C,z=ae(k)-ae(y),v=P+z+_l(y-P,j);_.push(v);let K=p(v),B=K.getHours()+K.getMinutes()/n+K.getSeconds()/l,J=C/l,U=x.axes[M]._space,G=R/U;for(;v=gt(v+C,e==1?0:3),!(v>N);)if(J>1){let W=ae(gt(B+J,6))%24,et=p(v).getHours()-W;et>1&&(et=-1),v-=et*l,B=(B+J)%24;let it=_[_.length-1];gt((v-it)/C,3)*G>=.7&&_.push(v)}else _.push(v)}return _}}return[m,d,g]}var[Ja,Za,Qa]=Ri(1),[Xa,tc,ec]=Ri(.001);sl(2,-53,53,[1]);function Xo(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function ti(e,t){return(n,l,s,i,a)=>{let f=t.find(k=>a>=k[0])||t[t.length-1],m,d,g,p,x,M;return l.map(k=>{let N=e(k),C=N.getFullYear(),R=N.getMonth(),_=N.getDate(),D=N.getHours(),T=N.getMinutes(),q=N.getSeconds(),y=C!=m&&f[2]||R!=d&&f[3]||_!=g&&f[4]||D!=p&&f[5]||T!=x&&f[6]||q!=M&&f[7]||f[1];return m=C,d=R,g=_,p=D,x=T,M=q,y(N)})}}function nc(e,t){let n=Rs(t);return(l,s,i,a,f)=>s.map(m=>n(e(m)))}function ms(e,t,n){return new Date(e,t,n)}function ei(e,t){return t(e)}var lc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ni(e,t){return(n,l,s,i)=>i==null?Ns:t(e(l))}function sc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function oc(e,t){return e.series[t].fill(e,t)}var ic={show:!0,live:!0,isolate:!1,mount:Ma,markers:{show:!0,width:2,stroke:sc,fill:oc,dash:"solid"},idx:null,idxs:null,values:[]};function rc(e,t){let n=e.cursor.points,l=we(),s=n.size(e,t);_t(l,Xn,s),_t(l,tl,s);let i=s/-2;_t(l,"marginLeft",i),_t(l,"marginTop",i);let a=n.width(e,t,s);return a&&_t(l,"borderWidth",a),l}function ac(e,t){let n=e.series[t].points;return n._fill||n._stroke}function cc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function uc(e,t){return e.series[t].points.size}var ws=[0,0];function fc(e,t,n){return ws[0]=t,ws[1]=n,ws}function gl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function gs(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var dc={show:!0,x:!0,y:!0,lock:!1,move:fc,points:{one:!1,show:rc,size:uc,width:0,stroke:cc,fill:ac},bind:{mousedown:gl,mouseup:gl,click:gl,dblclick:gl,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},$i={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Os=At({},$i,{filter:Si}),Oi=At({},Os,{size:10}),Ii=At({},$i,{show:!1}),Is='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fi="bold "+Is,Vi=1.5,li={show:!0,scale:"x",stroke:Ls,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:2,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0},pc="Value",hc="Time",si={show:!0,scale:"x",auto:!1,sorted:1,min:wt,max:-wt,idxs:[]};function mc(e,t,n,l,s){return t.map(i=>i==null?"":zs(i))}function wc(e,t,n,l,s,i,a){let f=[],m=qe.get(s)||0;n=a?n:gt(_l(n,s),m);for(let d=n;d<=l;d=gt(d+s,m))f.push(Object.is(d,-0)?0:d);return f}function ks(e,t,n,l,s,i,a){let f=[],m=e.scales[e.axes[t].scale].log,d=m==10?Ie:bi,g=ae(d(n));s=Rn(m,g),m==10&&(s=cn[Me(s,cn)]);let p=n,x=s*m;m==10&&(x=cn[Me(x,cn)]);do f.push(p),p=p+s,m==10&&!qe.has(p)&&(p=gt(p,qe.get(s))),p>=x&&(s=p,x=s*m,m==10&&(x=cn[Me(x,cn)]));while(p<=l);return f}function gc(e,t,n,l,s,i,a){let m=e.scales[e.axes[t].scale].asinh,d=l>m?ks(e,t,Xt(m,n),l,s):[m],g=l>=0&&n<=0?[0]:[];return(n<-m?ks(e,t,Xt(m,-l),-n,s):[m]).reverse().map(x=>-x).concat(g,d)}var Wi=/./,xc=/[12357]/,bc=/[125]/,oi=/1/,_s=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function yc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=e.scales[a],m=e.valToPos,d=i._space,g=m(10,a),p=m(9,a)-g>=d?Wi:m(7,a)-g>=d?xc:m(5,a)-g>=d?bc:oi;if(p==oi){let x=Rt(m(1,a)-g);if(x<d)return _s(t.slice().reverse(),f.distr,p,ge(d/x)).reverse()}return _s(t,f.distr,p,1)}function vc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=i._space,m=e.valToPos,d=Rt(m(1,a)-m(2,a));return d<f?_s(t.slice().reverse(),3,Wi,ge(f/d)).reverse():t}function Sc(e,t,n,l){return l==null?Ns:t==null?"":zs(t)}var ii={show:!0,scale:"y",stroke:Ls,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fi,side:3,grid:Os,ticks:Oi,border:Ii,font:Is,lineGap:Vi,rotate:0};function kc(e,t){let n=3+(e||1)*2;return gt(n*t,3)}function _c(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),a=e.valToPos(s[l[1]],n,!0),f=Rt(a-i),m=e.series[t],d=f/(m.points.space*ut);return l[1]-l[0]<=d}var ri={scale:null,auto:!0,sorted:0,min:wt,max:-wt},Hi=(e,t,n,l,s)=>s,ai={show:!0,auto:!0,sorted:0,gaps:Hi,alpha:1,facets:[At({},ri,{scale:"x"}),At({},ri,{scale:"y"})]},ci={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Hi,alpha:1,points:{show:_c,filter:null},values:null,min:wt,max:-wt,idxs:[],path:null,clip:null};function Mc(e,t,n,l,s){return n/10}var ji={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Cc=At({},ji,{time:!1,ori:1}),ui={};function Bi(e,t){let n=ui[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,a,f,m,d){for(let g=0;g<n.plots.length;g++)n.plots[g]!=s&&n.plots[g].pub(l,s,i,a,f,m,d)}},e!=null&&(ui[e]=n)),n}var In=1,Ms=2;function pn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,a=e.scales,f=e.bbox,m=i[0],d=l==2?i[1]:i[t],g=l==2?a[s.facets[0].scale]:a[e.series[0].scale],p=l==2?a[s.facets[1].scale]:a[s.scale],x=f.left,M=f.top,k=f.width,N=f.height,C=e.valToPosH,R=e.valToPosV;return g.ori==0?n(s,m,d,g,p,C,R,x,M,k,N,Tl,Vn,Nl,Gi,Yi):n(s,m,d,g,p,R,C,M,x,N,k,Ll,Wn,Ws,Ki,qi)}function Fs(e,t){let n=0,l=0,s=at(e.bands,Ds);for(let i=0;i<s.length;i++){let a=s[i];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Tc(e,t,n,l,s){let i=e.mode,a=e.series[t],f=i==2?a.facets[1].scale:a.scale,m=e.scales[f];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function Fe(e,t,n,l,s,i){return pn(e,t,(a,f,m,d,g,p,x,M,k,N,C)=>{let R=a.pxRound,_=d.dir*(d.ori==0?1:-1),D=d.ori==0?Vn:Wn,T,q;_==1?(T=n,q=l):(T=l,q=n);let y=R(p(f[T],d,N,M)),A=R(x(m[T],g,C,k)),P=R(p(f[q],d,N,M)),j=R(x(i==1?g.max:g.min,g,C,k)),z=new Path2D(s);return D(z,P,j),D(z,y,j),D(z,y,A),z})}function Cl(e,t,n,l,s,i){let a=null;if(e.length>0){a=new Path2D;let f=t==0?Nl:Ws,m=n;for(let p=0;p<e.length;p++){let x=e[p];if(x[1]>x[0]){let M=x[0]-m;M>0&&f(a,m,l,M,l+i),m=x[1]}}let d=n+s-m,g=10;d>0&&f(a,m,l-g/2,d,l+i+g)}return a}function Lc(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function Vs(e,t,n,l,s,i,a){let f=[],m=e.length;for(let d=s==1?n:l;d>=n&&d<=l;d+=s)if(t[d]===null){let p=d,x=d;if(s==1)for(;++d<=l&&t[d]===null;)x=d;else for(;--d>=n&&t[d]===null;)x=d;let M=i(e[p]),k=x==p?M:i(e[x]),N=p-s;M=a<=0&&N>=0&&N<m?i(e[N]):M;let R=x+s;k=a>=0&&R>=0&&R<m?i(e[R]):k,k>=M&&f.push([M,k])}return f}function fi(e){return e==0?vi:e==1?Dt:t=>an(t,e)}function Ui(e){let t=e==0?Tl:Ll,n=e==0?(s,i,a,f,m,d)=>{s.arcTo(i,a,f,m,d)}:(s,i,a,f,m,d)=>{s.arcTo(a,i,m,f,d)},l=e==0?(s,i,a,f,m)=>{s.rect(i,a,f,m)}:(s,i,a,f,m)=>{s.rect(a,i,m,f)};return(s,i,a,f,m,d=0,g=0)=>{d==0&&g==0?l(s,i,a,f,m):(d=Ce(d,f/2,m/2),g=Ce(g,f/2,m/2),t(s,i+d,a),n(s,i+f,a,i+f,a+m,d),n(s,i+f,a+m,i,a+m,g),n(s,i,a+m,i,a,g),n(s,i,a,i+f,a,d),s.closePath())}}var Tl=(e,t,n)=>{e.moveTo(t,n)},Ll=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},Nl=Ui(0),Ws=Ui(1),Gi=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Ki=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},Yi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(t,n,l,s,i,a)},qi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(n,t,s,l,a,i)};function Ji(e){return(t,n,l,s,i)=>pn(t,n,(a,f,m,d,g,p,x,M,k,N,C)=>{let{pxRound:R,points:_}=a,D,T;d.ori==0?(D=Tl,T=Gi):(D=Ll,T=Ki);let q=gt(_.width*ut,3),y=(_.size-_.width)/2*ut,A=gt(y*2,3),P=new Path2D,j=new Path2D,{left:z,top:v,width:K,height:B}=t.bbox;Nl(j,z-A,v-A,K+A*2,B+A*2);let J=U=>{if(m[U]!=null){let G=R(p(f[U],d,N,M)),W=R(x(m[U],g,C,k));D(P,G+y,W),T(P,G,W,y,0,xl*2)}};if(i)i.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:q>0?P:null,fill:P,clip:j,flags:In|Ms}})}function Zi(e){return(t,n,l,s,i,a)=>{l!=s&&(i!=l&&a!=l&&e(t,n,l),i!=s&&a!=s&&e(t,n,s),e(t,n,a))}}var Nc=Zi(Vn),Ec=Zi(Wn);function Qi(e){let t=at(e?.alignGaps,0);return(n,l,s,i)=>pn(n,l,(a,f,m,d,g,p,x,M,k,N,C)=>{[s,i]=Sl(m,s,i);let R=a.pxRound,_=B=>R(p(B,d,N,M)),D=B=>R(x(B,g,C,k)),T,q;d.ori==0?(T=Vn,q=Nc):(T=Wn,q=Ec);let y=d.dir*(d.ori==0?1:-1),A={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},P=A.stroke,j=!1;if(i-s>=N*4){let B=V=>n.posToVal(V,d.key,!0),J=null,U=null,G,W,ft,nt=_(f[y==1?s:i]),et=_(f[s]),it=_(f[i]),Q=B(y==1?et+1:it-1);for(let V=y==1?s:i;V>=s&&V<=i;V+=y){let ht=f[V],pt=(y==1?ht<Q:ht>Q)?nt:_(ht),ot=m[V];pt==nt?ot!=null?(W=ot,J==null?(T(P,pt,D(W)),G=J=U=W):W<J?J=W:W>U&&(U=W)):ot===null&&(j=!0):(J!=null&&q(P,nt,D(J),D(U),D(G),D(W)),ot!=null?(W=ot,T(P,pt,D(W)),J=U=G=W):(J=U=null,ot===null&&(j=!0)),nt=pt,Q=B(nt+y))}J!=null&&J!=U&&ft!=nt&&q(P,nt,D(J),D(U),D(G),D(W))}else for(let B=y==1?s:i;B>=s&&B<=i;B+=y){let J=m[B];J===null?j=!0:J!=null&&T(P,_(f[B]),D(J))}let[v,K]=Fs(n,l);if(a.fill!=null||v!=0){let B=A.fill=new Path2D(P),J=a.fillTo(n,l,a.min,a.max,v),U=D(J),G=_(f[s]),W=_(f[i]);y==-1&&([W,G]=[G,W]),T(B,W,U),T(B,G,U)}if(!a.spanGaps){let B=[];j&&B.push(...Vs(f,m,s,i,y,_,t)),A.gaps=B=a.gaps(n,l,s,i,B),A.clip=Cl(B,d.ori,M,k,N,C)}return K!=0&&(A.band=K==2?[Fe(n,l,s,i,P,-1),Fe(n,l,s,i,P,1)]:Fe(n,l,s,i,P,K)),A})}function Ac(e){let t=at(e.align,1),n=at(e.ascDesc,!1),l=at(e.alignGaps,0),s=at(e.extend,!1);return(i,a,f,m)=>pn(i,a,(d,g,p,x,M,k,N,C,R,_,D)=>{[f,m]=Sl(p,f,m);let T=d.pxRound,{left:q,width:y}=i.bbox,A=et=>T(k(et,x,_,C)),P=et=>T(N(et,M,D,R)),j=x.ori==0?Vn:Wn,z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},v=z.stroke,K=x.dir*(x.ori==0?1:-1),B=P(p[K==1?f:m]),J=A(g[K==1?f:m]),U=J,G=J;s&&t==-1&&(G=q,j(v,G,B)),j(v,J,B);for(let et=K==1?f:m;et>=f&&et<=m;et+=K){let it=p[et];if(it==null)continue;let Q=A(g[et]),V=P(it);t==1?j(v,Q,B):j(v,U,V),j(v,Q,V),B=V,U=Q}let W=U;s&&t==1&&(W=q+y,j(v,W,B));let[ft,nt]=Fs(i,a);if(d.fill!=null||ft!=0){let et=z.fill=new Path2D(v),it=d.fillTo(i,a,d.min,d.max,ft),Q=P(it);j(et,W,Q),j(et,G,Q)}if(!d.spanGaps){let et=[];et.push(...Vs(g,p,f,m,K,A,l));let it=d.width*ut/2,Q=n||t==1?it:-it,V=n||t==-1?-it:it;et.forEach(ht=>{ht[0]+=Q,ht[1]+=V}),z.gaps=et=d.gaps(i,a,f,m,et),z.clip=Cl(et,x.ori,C,R,_,D)}return nt!=0&&(z.band=nt==2?[Fe(i,a,f,m,v,-1),Fe(i,a,f,m,v,1)]:Fe(i,a,f,m,v,nt)),z})}function di(e,t,n,l,s,i,a=wt){if(e.length>1){let f=null;for(let m=0,d=1/0;m<e.length;m++)if(t[m]!==void 0){if(f!=null){let g=Rt(e[m]-e[f]);g<d&&(d=g,a=Rt(n(e[m],l,s,i)-n(e[f],l,s,i)))}f=m}}return a}function Pc(e){e=e||ll;let t=at(e.size,[.6,wt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=st(s),a=1-t[0],f=at(t[1],wt),m=at(t[2],1),d=at(e.disp,ll),g=at(e.each,M=>{}),{fill:p,stroke:x}=d;return(M,k,N,C)=>pn(M,k,(R,_,D,T,q,y,A,P,j,z,v)=>{let K=R.pxRound,B=n,J=l*ut,U=f*ut,G=m*ut,W,ft;T.ori==0?[W,ft]=i(M,k):[ft,W]=i(M,k);let nt=T.dir*(T.ori==0?1:-1),et=T.ori==0?Nl:Ws,it=T.ori==0?g:($,yt,zt,mn,Qe,Ee,Xe)=>{g($,yt,zt,Qe,mn,Xe,Ee)},Q=at(M.bands,Ds).find($=>$.series[0]==k),V=Q!=null?Q.dir:0,ht=R.fillTo(M,k,R.min,R.max,V),Pt=K(A(ht,q,v,j)),pt,ot,Kt,Ht=z,bt=K(R.width*ut),ue=!1,xe=null,qt=null,Le=null,Ve=null;p!=null&&(bt==0||x!=null)&&(ue=!0,xe=p.values(M,k,N,C),qt=new Map,new Set(xe).forEach($=>{$!=null&&qt.set($,new Path2D)}),bt>0&&(Le=x.values(M,k,N,C),Ve=new Map,new Set(Le).forEach($=>{$!=null&&Ve.set($,new Path2D)})));let{x0:We,size:He}=d;if(We!=null&&He!=null){B=1,_=We.values(M,k,N,C),We.unit==2&&(_=_.map(zt=>M.posToVal(P+zt*z,T.key,!0)));let $=He.values(M,k,N,C);He.unit==2?ot=$[0]*z:ot=y($[0],T,z,P)-y(0,T,z,P),Ht=di(_,D,y,T,z,P,Ht),Kt=Ht-ot+J}else Ht=di(_,D,y,T,z,P,Ht),Kt=Ht*a+J,ot=Ht-Kt;Kt<1&&(Kt=0),bt>=ot/2&&(bt=0),Kt<5&&(K=vi);let hn=Kt>0,be=Ht-Kt-(hn?bt:0);ot=K(Ss(be,G,U)),pt=(B==0?ot/2:B==nt?0:ot)-B*nt*((B==0?J/2:0)+(hn?bt/2:0));let jt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ne=ue?null:new Path2D,I=null;if(Q!=null)I=M.data[Q.series[1]];else{let{y0:$,y1:yt}=d;$!=null&&yt!=null&&(D=yt.values(M,k,N,C),I=$.values(M,k,N,C))}let Nt=W*ot,X=ft*ot;for(let $=nt==1?N:C;$>=N&&$<=C;$+=nt){let yt=D[$];if(yt==null)continue;if(I!=null){let ee=I[$]??0;if(yt-ee==0)continue;Pt=A(ee,q,v,j)}let zt=T.distr!=2||d!=null?_[$]:$,mn=y(zt,T,z,P),Qe=A(at(yt,ht),q,v,j),Ee=K(mn-pt),Xe=K(Xt(Qe,Pt)),le=K(Ce(Qe,Pt)),fe=Xe-le;if(yt!=null){let ee=yt<0?X:Nt,ye=yt<0?Nt:X;ue?(bt>0&&Le[$]!=null&&et(Ve.get(Le[$]),Ee,le+ae(bt/2),ot,Xt(0,fe-bt),ee,ye),xe[$]!=null&&et(qt.get(xe[$]),Ee,le+ae(bt/2),ot,Xt(0,fe-bt),ee,ye)):et(Ne,Ee,le+ae(bt/2),ot,Xt(0,fe-bt),ee,ye),it(M,k,$,Ee-bt/2,le,ot+bt,fe)}}return bt>0?jt.stroke=ue?Ve:Ne:ue||(jt._fill=R.width==0?R._fill:R._stroke??R._fill,jt.width=0),jt.fill=ue?qt:Ne,jt})}function zc(e,t){let n=at(t?.alignGaps,0);return(l,s,i,a)=>pn(l,s,(f,m,d,g,p,x,M,k,N,C,R)=>{[i,a]=Sl(d,i,a);let _=f.pxRound,D=W=>_(x(W,g,C,k)),T=W=>_(M(W,p,R,N)),q,y,A;g.ori==0?(q=Tl,A=Vn,y=Yi):(q=Ll,A=Wn,y=qi);let P=g.dir*(g.ori==0?1:-1),j=D(m[P==1?i:a]),z=j,v=[],K=[];for(let W=P==1?i:a;W>=i&&W<=a;W+=P)if(d[W]!=null){let nt=m[W],et=D(nt);v.push(z=et),K.push(T(d[W]))}let B={stroke:e(v,K,q,A,y,_),fill:null,clip:null,band:null,gaps:null,flags:In},J=B.stroke,[U,G]=Fs(l,s);if(f.fill!=null||U!=0){let W=B.fill=new Path2D(J),ft=f.fillTo(l,s,f.min,f.max,U),nt=T(ft);A(W,z,nt),A(W,j,nt)}if(!f.spanGaps){let W=[];W.push(...Vs(m,d,i,a,P,D,n)),B.gaps=W=f.gaps(l,s,i,a,W),B.clip=Cl(W,g.ori,k,N,C,R)}return G!=0&&(B.band=G==2?[Fe(l,s,i,a,J,-1),Fe(l,s,i,a,J,1)]:Fe(l,s,i,a,J,G)),B})}function Dc(e){return zc(Rc,e)}function Rc(e,t,n,l,s,i){let a=e.length;if(a<2)return null;let f=new Path2D;if(n(f,e[0],t[0]),a==2)l(f,e[1],t[1]);else{let m=Array(a),d=Array(a-1),g=Array(a-1),p=Array(a-1);for(let x=0;x<a-1;x++)g[x]=t[x+1]-t[x],p[x]=e[x+1]-e[x],d[x]=g[x]/p[x];m[0]=d[0];for(let x=1;x<a-1;x++)d[x]===0||d[x-1]===0||d[x-1]>0!=d[x]>0?m[x]=0:(m[x]=3*(p[x-1]+p[x])/((2*p[x]+p[x-1])/d[x-1]+(p[x]+2*p[x-1])/d[x]),isFinite(m[x])||(m[x]=0));m[a-1]=d[a-2];for(let x=0;x<a-1;x++)s(f,e[x]+p[x]/3,t[x]+m[x]*p[x]/3,e[x+1]-p[x]/3,t[x+1]-m[x+1]*p[x]/3,e[x+1],t[x+1])}return f}var Cs=new Set;function pi(){for(let e of Cs)e.syncRect(!0)}Fn&&(fn(ma,Dn,pi),fn(wa,Dn,pi,!0),fn(bl,Dn,()=>{Lt.pxRatio=ut}));var $c=Qi(),Oc=Ji();function hi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,a)=>Ts(i,a,t,n))}function Ic(e,t){return e.map((n,l)=>l==0?{}:At({},t,n))}function Ts(e,t,n,l){return At({},t==0?n:l,e)}function Xi(e,t,n){return t==null?$n:[t,n]}var Fc=Xi;function Vc(e,t,n){return t==null?$n:yl(t,n,Ps,!0)}function tr(e,t,n,l){return t==null?$n:kl(t,n,e.scales[l].log,!1)}var Wc=tr;function er(e,t,n,l){return t==null?$n:As(t,n,e.scales[l].log,!1)}var Hc=er;function jc(e,t,n,l,s){let i=Xt(Go(e),Go(t)),a=t-e,f=Me(s/l*a,n);do{let m=n[f],d=l*m/a;if(d>=s&&i+(m<5?qe.get(m):0)<=17)return[m,d]}while(++f<n.length);return[0,0]}function mi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=Dt((n=+s)*ut))+"px"),[e,t,n]}function Bc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Lt(e,t,n){let l={mode:at(e.mode,1)},s=l.mode;function i(o,r,c,u){let w=r.valToPct(o);return u+c*(r.dir==-1?1-w:w)}function a(o,r,c,u){let w=r.valToPct(o);return u+c*(r.dir==-1?w:1-w)}function f(o,r,c,u){return r.ori==0?i(o,r,c,u):a(o,r,c,u)}l.valToPosH=i,l.valToPosV=a;let m=!1;l.status=0;let d=l.root=we(Zr);if(e.id!=null&&(d.id=e.id),re(d,e.class),e.title){let o=we(ta,d);o.textContent=e.title}let g=_e("canvas"),p=l.ctx=g.getContext("2d"),x=we(ea,d);fn("click",x,o=>{o.target===k&&(vt!=Cn||Mt!=Tn)&&Ut.click(l,o)},!0);let M=l.under=we(na,x);x.appendChild(g);let k=l.over=we(la,x);e=On(e);let N=+at(e.pxAlign,1),C=fi(N);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let R=e.ms||.001,_=l.series=s==1?hi(e.series||[],si,ci,!1):Ic(e.series||[null],ai),D=l.axes=hi(e.axes||[],li,ii,!0),T=l.scales={},q=l.bands=e.bands||[];q.forEach(o=>{o.fill=st(o.fill||null),o.dir=at(o.dir,-1)});let y=s==2?_[1].facets[0].scale:_[0].scale,A={axes:Pr,series:Tr},P=(e.drawOrder||["axes","series"]).map(o=>A[o]);function j(o){let r=o.distr==3?c=>Ie(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>hs(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let u=r(c),{_min:w,_max:b}=o,S=b-w;return(u-w)/S}}function z(o){let r=T[o];if(r==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){z(c.from);let u=At({},T[c.from],c,{key:o});u.valToPct=j(u),T[o]=u}else{r=T[o]=At({},o==y?ji:Cc,c),r.key=o;let u=r.time,w=r.range,b=Ye(w);if((o!=y||s==2&&!u)&&(b&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?jo:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?jo:{mode:1,hard:w[1],soft:w[1]}},b=!1),!b&&Ml(w))){let S=w;w=(L,E,O)=>E==null?$n:yl(E,O,S)}r.range=st(w||(u?Fc:o==y?r.distr==3?Wc:r.distr==4?Hc:Xi:r.distr==3?tr:r.distr==4?er:Vc)),r.auto=st(b?!1:r.auto),r.clamp=st(r.clamp||Mc),r._min=r._max=null,r.valToPct=j(r)}}}z("x"),z("y"),s==1&&_.forEach(o=>{z(o.scale)}),D.forEach(o=>{z(o.scale)});for(let o in e.scales)z(o);let v=T[y],K=v.distr,B,J;v.ori==0?(re(d,Qr),B=i,J=a):(re(d,Xr),B=a,J=i);let U={};for(let o in T){let r=T[o];(r.min!=null||r.max!=null)&&(U[o]={min:r.min,max:r.max},r.min=r.max=null)}let G=e.tzDate||(o=>new Date(Dt(o/R))),W=e.fmtDate||Rs,ft=R==1?Qa(G):ec(G),nt=ti(G,Xo(R==1?Za:tc,W)),et=ni(G,ei(lc,W)),it=[],Q=l.legend=At({},ic,e.legend),V=l.cursor=At({},dc,{drag:{y:s==2}},e.cursor),ht=Q.show,Pt=V.show,pt=Q.markers;Q.idxs=it,pt.width=st(pt.width),pt.dash=st(pt.dash),pt.stroke=st(pt.stroke),pt.fill=st(pt.fill);let ot,Kt,Ht,bt=[],ue=[],xe,qt=!1,Le={};if(Q.live){let o=_[1]?_[1].values:null;qt=o!=null,xe=qt?o(l,1,0):{_:0};for(let r in xe)Le[r]=Ns}if(ht)if(ot=_e("table",ca,d),Ht=_e("tbody",null,ot),Q.mount(l,ot),qt){Kt=_e("thead",null,ot,Ht);let o=_e("tr",null,Kt);_e("th",null,o);for(var Ve in xe)_e("th",Eo,o).textContent=Ve}else re(ot,fa),Q.live&&re(ot,ua);let We={show:!0},He={show:!1};function hn(o,r){if(r==0&&(qt||!Q.live||s==2))return $n;let c=[],u=_e("tr",da,Ht,Ht.childNodes[r]);re(u,o.class),o.show||re(u,un);let w=_e("th",null,u);if(pt.show){let L=we(pa,w);if(r>0){let E=pt.width(l,r);E&&(L.style.border=E+"px "+pt.dash(l,r)+" "+pt.stroke(l,r)),L.style.background=pt.fill(l,r)}}let b=we(Eo,w);o.label instanceof HTMLElement?b.appendChild(o.label):b.textContent=o.label,r>0&&(pt.show||(b.style.color=o.width>0?pt.stroke(l,r):pt.fill(l,r)),jt("click",w,L=>{if(V._lock)return;en(L);let E=_.indexOf(o);if((L.ctrlKey||L.metaKey)!=Q.isolate){let O=_.some((F,H)=>H>0&&H!=E&&F.show);_.forEach((F,H)=>{H>0&&Pe(H,O?H==E?We:He:We,!0,Et.setSeries)})}else Pe(E,{show:!o.show},!0,Et.setSeries)},!1),gn&&jt(Do,w,L=>{V._lock||(en(L),Pe(_.indexOf(o),Nn,!0,Et.setSeries))},!1));for(var S in xe){let L=_e("td",ha,u);L.textContent="--",c.push(L)}return[u,c]}let be=new Map;function jt(o,r,c,u=!0){let w=be.get(r)||{},b=V.bind[o](l,r,c,u);b&&(fn(o,r,w[o]=b),be.set(r,w))}function Ne(o,r,c){let u=be.get(r)||{};for(let w in u)(o==null||w==o)&&(vs(w,r,u[w]),delete u[w]);o==null&&be.delete(r)}let I=0,Nt=0,X=0,$=0,yt=0,zt=0,mn=yt,Qe=zt,Ee=X,Xe=$,le=0,fe=0,ee=0,ye=0;l.bbox={};let Wl=!1,il=!1,wn=!1,tn=!1,rl=!1,de=!1;function Hl(o,r,c){(c||o!=l.width||r!=l.height)&&Zs(o,r),Sn(!1),wn=!0,il=!0,kn()}function Zs(o,r){l.width=I=X=o,l.height=Nt=$=r,yt=zt=0,yr(),vr();let c=l.bbox;le=c.left=an(yt*ut,.5),fe=c.top=an(zt*ut,.5),ee=c.width=an(X*ut,.5),ye=c.height=an($*ut,.5)}let gr=3;function xr(){let o=!1,r=0;for(;!o;){r++;let c=Er(r),u=Ar(r);o=r==gr||c&&u,o||(Zs(l.width,l.height),il=!0)}}function br({width:o,height:r}){Hl(o,r)}l.setSize=br;function yr(){let o=!1,r=!1,c=!1,u=!1;D.forEach((w,b)=>{if(w.show&&w._show){let{side:S,_size:L}=w,E=S%2,O=w.label!=null?w.labelSize:0,F=L+O;F>0&&(E?(X-=F,S==3?(yt+=F,u=!0):c=!0):($-=F,S==0?(zt+=F,o=!0):r=!0))}}),nn[0]=o,nn[1]=c,nn[2]=r,nn[3]=u,X-=je[1]+je[3],yt+=je[3],$-=je[2]+je[0],zt+=je[0]}function vr(){let o=yt+X,r=zt+$,c=yt,u=zt;function w(b,S){switch(b){case 1:return o+=S,o-S;case 2:return r+=S,r-S;case 3:return c-=S,c+S;case 0:return u-=S,u+S}}D.forEach((b,S)=>{if(b.show&&b._show){let L=b.side;b._pos=w(L,b._size),b.label!=null&&(b._lpos=w(L,b.labelSize))}})}if(V.dataIdx==null){let o=V.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let c=o.prox=st(o.prox),u=o.bias??(o.bias=0);V.dataIdx=(w,b,S,L)=>{if(b==0)return S;let E=S,O=c(w,b,S,L)??wt,F=O>=0&&O<wt,H=v.ori==0?X:$,tt=V.left,ct=t[0],rt=t[b];if(r.has(rt[S])){E=null;let lt=null,Z=null,Y;if(u==0||u==-1)for(Y=S;lt==null&&Y-- >0;)r.has(rt[Y])||(lt=Y);if(u==0||u==1)for(Y=S;Z==null&&Y++<rt.length;)r.has(rt[Y])||(Z=Y);if(lt!=null||Z!=null)if(F){let kt=lt==null?-1/0:B(ct[lt],v,H,0),Ct=Z==null?1/0:B(ct[Z],v,H,0),Wt=tt-kt,mt=Ct-tt;Wt<=mt?Wt<=O&&(E=lt):mt<=O&&(E=Z)}else E=Z==null?lt:lt==null?Z:S-lt<=Z-S?lt:Z}else F&&Rt(tt-B(ct[S],v,H,0))>O&&(E=null);return E}}let en=o=>{V.event=o};V.idxs=it,V._lock=!1;let Yt=V.points;Yt.show=st(Yt.show),Yt.size=st(Yt.size),Yt.stroke=st(Yt.stroke),Yt.width=st(Yt.width),Yt.fill=st(Yt.fill);let Ae=l.focus=At({},e.focus||{alpha:.3},V.focus),gn=Ae.prox>=0,xn=gn&&Yt.one,pe=[],bn=[],yn=[];function Qs(o,r){let c=Yt.show(l,r);if(c instanceof HTMLElement)return re(c,aa),re(c,o.class),$e(c,-10,-10,X,$),k.insertBefore(c,pe[r]),c}function Xs(o,r){if(s==1||r>0){let c=s==1&&T[o.scale].time,u=o.value;o.value=c?qo(u)?ni(G,ei(u,W)):u||et:u||Sc,o.label=o.label||(c?hc:pc)}if(xn||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||$c||Ca,o.fillTo=st(o.fillTo||Tc),o.pxAlign=+at(o.pxAlign,N),o.pxRound=fi(o.pxAlign),o.stroke=st(o.stroke||null),o.fill=st(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=kc(Xt(1,o.width),1),u=o.points=At({},{size:c,width:Xt(1,c*.2),stroke:o.stroke,space:c*2,paths:Oc,_stroke:null,_fill:null},o.points);u.show=st(u.show),u.filter=st(u.filter),u.fill=st(u.fill),u.stroke=st(u.stroke),u.paths=st(u.paths),u.pxAlign=o.pxAlign}if(ht){let c=hn(o,r);bt.splice(r,0,c[0]),ue.splice(r,0,c[1]),Q.values.push(null)}if(Pt){it.splice(r,0,null);let c=null;xn?r==0&&(c=Qs(o,r)):r>0&&(c=Qs(o,r)),pe.splice(r,0,c),bn.splice(r,0,0),yn.splice(r,0,0)}Vt("addSeries",r)}function Sr(o,r){r=r??_.length,o=s==1?Ts(o,r,si,ci):Ts(o,r,{},ai),_.splice(r,0,o),Xs(_[r],r)}l.addSeries=Sr;function kr(o){if(_.splice(o,1),ht){Q.values.splice(o,1),ue.splice(o,1);let r=bt.splice(o,1)[0];Ne(null,r.firstChild),r.remove()}Pt&&(it.splice(o,1),pe.splice(o,1)[0].remove(),bn.splice(o,1),yn.splice(o,1)),Vt("delSeries",o)}l.delSeries=kr;let nn=[!1,!1,!1,!1];function _r(o,r){if(o._show=o.show,o.show){let c=o.side%2,u=T[o.scale];u==null&&(o.scale=c?_[1].scale:y,u=T[o.scale]);let w=u.time;o.size=st(o.size),o.space=st(o.space),o.rotate=st(o.rotate),Ye(o.incrs)&&o.incrs.forEach(S=>{!qe.has(S)&&qe.set(S,_i(S))}),o.incrs=st(o.incrs||(u.distr==2?Ya:w?R==1?Ja:Xa:cn)),o.splits=st(o.splits||(w&&u.distr==1?ft:u.distr==3?ks:u.distr==4?gc:wc)),o.stroke=st(o.stroke),o.grid.stroke=st(o.grid.stroke),o.ticks.stroke=st(o.ticks.stroke),o.border.stroke=st(o.border.stroke);let b=o.values;o.values=Ye(b)&&!Ye(b[0])?st(b):w?Ye(b)?ti(G,Xo(b,W)):qo(b)?nc(G,b):b||nt:b||mc,o.filter=st(o.filter||(u.distr>=3&&u.log==10?yc:u.distr==3&&u.log==2?vc:Si)),o.font=mi(o.font),o.labelFont=mi(o.labelFont),o._size=o.size(l,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(nn[r]=!0,o._el=we(sa,x))}}function Un(o,r,c,u){let[w,b,S,L]=c,E=r%2,O=0;return E==0&&(L||b)&&(O=r==0&&!w||r==2&&!S?Dt(li.size/3):0),E==1&&(w||S)&&(O=r==1&&!b||r==3&&!L?Dt(ii.size/2):0),O}let to=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>st(at(o,Un))),je=l._padding=to.map((o,r)=>o(l,r,nn,0)),Bt,$t=null,Ot=null,al=s==1?_[0].idxs:null,ve=null,Gn=!1;function eo(o,r){if(t=o??[],l.data=l._data=t,s==2){Bt=0;for(let c=1;c<_.length;c++)Bt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),ve=t[0],Bt=ve.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Bt);for(let w=0;w<Bt;w++)u[w]=w}l._data=t=c}if(Sn(!0),Vt("setData"),K==2&&(wn=!0),r!==!1){let c=v;c.auto(l,Gn)?jl():Ue(y,c.min,c.max),tn=tn||V.left>=0,de=!0,kn()}}l.setData=eo;function jl(){Gn=!0;let o,r;s==1&&(Bt>0?($t=al[0]=0,Ot=al[1]=Bt-1,o=t[0][$t],r=t[0][Ot],K==2?(o=$t,r=Ot):o==r&&(K==3?[o,r]=kl(o,o,v.log,!1):K==4?[o,r]=As(o,o,v.log,!1):v.time?r=o+Dt(86400/R):[o,r]=yl(o,r,Ps,!0))):($t=al[0]=o=null,Ot=al[1]=r=null)),Ue(y,o,r)}let cl,vn,Bl,Ul,Gl,Kl,Yl,ql,Jl,ne;function no(o,r,c,u,w,b){o??(o=Po),c??(c=Ds),u??(u="butt"),w??(w=Po),b??(b="round"),o!=cl&&(p.strokeStyle=cl=o),w!=vn&&(p.fillStyle=vn=w),r!=Bl&&(p.lineWidth=Bl=r),b!=Gl&&(p.lineJoin=Gl=b),u!=Kl&&(p.lineCap=Kl=u),c!=Ul&&p.setLineDash(Ul=c)}function lo(o,r,c,u){r!=vn&&(p.fillStyle=vn=r),o!=Yl&&(p.font=Yl=o),c!=ql&&(p.textAlign=ql=c),u!=Jl&&(p.textBaseline=Jl=u)}function Zl(o,r,c,u,w=0){if(u.length>0&&o.auto(l,Gn)&&(r==null||r.min==null)){let b=at($t,0),S=at(Ot,u.length-1),L=c.min==null?ya(u,b,S,w,o.distr==3):[c.min,c.max];o.min=Ce(o.min,c.min=L[0]),o.max=Xt(o.max,c.max=L[1])}}let so={min:null,max:null};function Mr(){for(let u in T){let w=T[u];U[u]==null&&(w.min==null||U[y]!=null&&w.auto(l,Gn))&&(U[u]=so)}for(let u in T){let w=T[u];U[u]==null&&w.from!=null&&U[w.from]!=null&&(U[u]=so)}U[y]!=null&&Sn(!0);let o={};for(let u in U){let w=U[u];if(w!=null){let b=o[u]=On(T[u],Na);if(w.min!=null)At(b,w);else if(u!=y||s==2)if(Bt==0&&b.from==null){let S=b.range(l,null,null,u);b.min=S[0],b.max=S[1]}else b.min=wt,b.max=-wt}}if(Bt>0){_.forEach((u,w)=>{if(s==1){let b=u.scale,S=U[b];if(S==null)return;let L=o[b];if(w==0){let E=L.range(l,L.min,L.max,b);L.min=E[0],L.max=E[1],$t=Me(L.min,t[0]),Ot=Me(L.max,t[0]),Ot-$t>1&&(t[0][$t]<L.min&&$t++,t[0][Ot]>L.max&&Ot--),u.min=ve[$t],u.max=ve[Ot]}else u.show&&u.auto&&Zl(L,S,u,t[w],u.sorted);u.idxs[0]=$t,u.idxs[1]=Ot}else if(w>0&&u.show&&u.auto){let[b,S]=u.facets,L=b.scale,E=S.scale,[O,F]=t[w],H=o[L],tt=o[E];H!=null&&Zl(H,U[L],b,O,b.sorted),tt!=null&&Zl(tt,U[E],S,F,S.sorted),u.min=S.min,u.max=S.max}});for(let u in o){let w=o[u],b=U[u];if(w.from==null&&(b==null||b.min==null)){let S=w.range(l,w.min==wt?null:w.min,w.max==-wt?null:w.max,u);w.min=S[0],w.max=S[1]}}}for(let u in o){let w=o[u];if(w.from!=null){let b=o[w.from];if(b.min==null)w.min=w.max=null;else{let S=w.range(l,b.min,b.max,u);w.min=S[0],w.max=S[1]}}}let r={},c=!1;for(let u in o){let w=o[u],b=T[u];if(b.min!=w.min||b.max!=w.max){b.min=w.min,b.max=w.max;let S=b.distr;b._min=S==3?Ie(b.min):S==4?hs(b.min,b.asinh):S==100?b.fwd(b.min):b.min,b._max=S==3?Ie(b.max):S==4?hs(b.max,b.asinh):S==100?b.fwd(b.max):b.max,r[u]=c=!0}}if(c){_.forEach((u,w)=>{s==2?w>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)wn=!0,Vt("setScale",u);Pt&&V.left>=0&&(tn=de=!0)}for(let u in U)U[u]=null}function Cr(o){let r=Ss($t-1,0,Bt-1),c=Ss(Ot+1,0,Bt-1);for(;o[r]==null&&r>0;)r--;for(;o[c]==null&&c<Bt-1;)c++;return[r,c]}function Tr(){if(Bt>0){let o=_.some(r=>r._focus)&&ne!=Ae.alpha;o&&(p.globalAlpha=ne=Ae.alpha),_.forEach((r,c)=>{if(c>0&&r.show&&(oo(c,!1),oo(c,!0),r._paths==null)){let u=ne;ne!=r.alpha&&(p.globalAlpha=ne=r.alpha);let w=s==2?[0,t[c][0].length-1]:Cr(t[c]);r._paths=r.paths(l,c,w[0],w[1]),ne!=u&&(p.globalAlpha=ne=u)}}),_.forEach((r,c)=>{if(c>0&&r.show){let u=ne;ne!=r.alpha&&(p.globalAlpha=ne=r.alpha),r._paths!=null&&io(c,!1);{let w=r._paths!=null?r._paths.gaps:null,b=r.points.show(l,c,$t,Ot,w),S=r.points.filter(l,c,b,w);(b||S)&&(r.points._paths=r.points.paths(l,c,$t,Ot,S),io(c,!0))}ne!=u&&(p.globalAlpha=ne=u),Vt("drawSeries",c)}}),o&&(p.globalAlpha=ne=1)}}function oo(o,r){let c=r?_[o].points:_[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function io(o,r){let c=r?_[o].points:_[o],{stroke:u,fill:w,clip:b,flags:S,_stroke:L=c._stroke,_fill:E=c._fill,_width:O=c.width}=c._paths;O=gt(O*ut,3);let F=null,H=O%2/2;r&&E==null&&(E=O>0?"#fff":L);let tt=c.pxAlign==1&&H>0;if(tt&&p.translate(H,H),!r){let ct=le-O/2,rt=fe-O/2,lt=ee+O,Z=ye+O;F=new Path2D,F.rect(ct,rt,lt,Z)}r?Ql(L,O,c.dash,c.cap,E,u,w,S,b):Lr(o,L,O,c.dash,c.cap,E,u,w,S,F,b),tt&&p.translate(-H,-H)}function Lr(o,r,c,u,w,b,S,L,E,O,F){let H=!1;E!=0&&q.forEach((tt,ct)=>{if(tt.series[0]==o){let rt=_[tt.series[1]],lt=t[tt.series[1]],Z=(rt._paths||ll).band;Ye(Z)&&(Z=tt.dir==1?Z[0]:Z[1]);let Y,kt=null;rt.show&&Z&&Sa(lt,$t,Ot)?(kt=tt.fill(l,ct)||b,Y=rt._paths.clip):Z=null,Ql(r,c,u,w,kt,S,L,E,O,F,Y,Z),H=!0}}),H||Ql(r,c,u,w,b,S,L,E,O,F)}let ro=In|Ms;function Ql(o,r,c,u,w,b,S,L,E,O,F,H){no(o,r,c,u,w),(E||O||H)&&(p.save(),E&&p.clip(E),O&&p.clip(O)),H?(L&ro)==ro?(p.clip(H),F&&p.clip(F),fl(w,S),ul(o,b,r)):L&Ms?(fl(w,S),p.clip(H),ul(o,b,r)):L&In&&(p.save(),p.clip(H),F&&p.clip(F),fl(w,S),p.restore(),ul(o,b,r)):(fl(w,S),ul(o,b,r)),(E||O||H)&&p.restore()}function ul(o,r,c){c>0&&(r instanceof Map?r.forEach((u,w)=>{p.strokeStyle=cl=w,p.stroke(u)}):r!=null&&o&&p.stroke(r))}function fl(o,r){r instanceof Map?r.forEach((c,u)=>{p.fillStyle=vn=u,p.fill(c)}):r!=null&&o&&p.fill(r)}function Nr(o,r,c,u){let w=D[o],b;if(u<=0)b=[0,0];else{let S=w._space=w.space(l,o,r,c,u),L=w._incrs=w.incrs(l,o,r,c,u,S);b=jc(r,c,L,u,S)}return w._found=b}function Xl(o,r,c,u,w,b,S,L,E,O){let F=S%2/2;N==1&&p.translate(F,F),no(L,S,E,O,L),p.beginPath();let H,tt,ct,rt,lt=w+(u==0||u==3?-b:b);c==0?(tt=w,rt=lt):(H=w,ct=lt);for(let Z=0;Z<o.length;Z++)r[Z]!=null&&(c==0?H=ct=o[Z]:tt=rt=o[Z],p.moveTo(H,tt),p.lineTo(ct,rt));p.stroke(),N==1&&p.translate(-F,-F)}function Er(o){let r=!0;return D.forEach((c,u)=>{if(!c.show)return;let w=T[c.scale];if(w.min==null){c._show&&(r=!1,c._show=!1,Sn(!1));return}else c._show||(r=!1,c._show=!0,Sn(!1));let b=c.side,S=b%2,{min:L,max:E}=w,[O,F]=Nr(u,L,E,S==0?X:$);if(F==0)return;let H=w.distr==2,tt=c._splits=c.splits(l,u,L,E,O,F,H),ct=w.distr==2?tt.map(Y=>ve[Y]):tt,rt=w.distr==2?ve[tt[1]]-ve[tt[0]]:O,lt=c._values=c.values(l,c.filter(l,ct,u,F,rt),u,F,rt);c._rotate=b==2?c.rotate(l,lt,u,F):0;let Z=c._size;c._size=ge(c.size(l,lt,u,o)),Z!=null&&c._size!=Z&&(r=!1)}),r}function Ar(o){let r=!0;return to.forEach((c,u)=>{let w=c(l,u,nn,o);w!=je[u]&&(r=!1),je[u]=w}),r}function Pr(){for(let o=0;o<D.length;o++){let r=D[o];if(!r.show||!r._show)continue;let c=r.side,u=c%2,w,b,S=r.stroke(l,o),L=c==0||c==3?-1:1,[E,O]=r._found;if(r.label!=null){let Zt=r.labelGap*L,ie=Dt((r._lpos+Zt)*ut);lo(r.labelFont[0],S,"center",c==2?"top":Ao),p.save(),u==1?(w=b=0,p.translate(ie,Dt(fe+ye/2)),p.rotate((c==3?-xl:xl)/2)):(w=Dt(le+ee/2),b=ie);let on=yi(r.label)?r.label(l,o,E,O):r.label;p.fillText(on,w,b),p.restore()}if(O==0)continue;let F=T[r.scale],H=u==0?ee:ye,tt=u==0?le:fe,ct=r._splits,rt=F.distr==2?ct.map(Zt=>ve[Zt]):ct,lt=F.distr==2?ve[ct[1]]-ve[ct[0]]:E,Z=r.ticks,Y=r.border,kt=Z.show?Z.size:0,Ct=Dt(kt*ut),Wt=Dt((r.alignTo==2?r._size-kt-r.gap:r.gap)*ut),mt=r._rotate*-xl/180,Tt=C(r._pos*ut),se=(Ct+Wt)*L,Jt=Tt+se;b=u==0?Jt:0,w=u==1?Jt:0;let he=r.font[0],Se=r.align==1?Pn:r.align==2?fs:mt>0?Pn:mt<0?fs:u==0?"center":c==3?fs:Pn,De=mt||u==1?"middle":c==2?"top":Ao;lo(he,S,Se,De);let oe=r.font[1]*r.lineGap,me=ct.map(Zt=>C(f(Zt,F,H,tt))),ke=r._values;for(let Zt=0;Zt<ke.length;Zt++){let ie=ke[Zt];if(ie!=null){u==0?w=me[Zt]:b=me[Zt],ie=""+ie;let on=ie.indexOf(`
`)==-1?[ie]:ie.split(/\n/gm);for(let Qt=0;Qt<on.length;Qt++){let To=on[Qt];mt?(p.save(),p.translate(w,b+Qt*oe),p.rotate(mt),p.fillText(To,0,0),p.restore()):p.fillText(To,w,b+Qt*oe)}}}Z.show&&Xl(me,Z.filter(l,rt,o,O,lt),u,c,Tt,Ct,gt(Z.width*ut,3),Z.stroke(l,o),Z.dash,Z.cap);let Re=r.grid;Re.show&&Xl(me,Re.filter(l,rt,o,O,lt),u,u==0?2:1,u==0?fe:le,u==0?ye:ee,gt(Re.width*ut,3),Re.stroke(l,o),Re.dash,Re.cap),Y.show&&Xl([Tt],[1],u==0?1:0,u==0?1:2,u==1?fe:le,u==1?ye:ee,gt(Y.width*ut,3),Y.stroke(l,o),Y.dash,Y.cap)}Vt("drawAxes")}function Sn(o){_.forEach((r,c)=>{c>0&&(r._paths=null,o&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let dl=!1,ts=!1,Kn=[];function zr(){ts=!1;for(let o=0;o<Kn.length;o++)Vt(...Kn[o]);Kn.length=0}function kn(){dl||($a(ao),dl=!0)}function Dr(o,r=!1){dl=!0,ts=r,o(l),ao(),r&&Kn.length>0&&queueMicrotask(zr)}l.batch=Dr;function ao(){if(Wl&&(Mr(),Wl=!1),wn&&(xr(),wn=!1),il){if(_t(M,Pn,yt),_t(M,"top",zt),_t(M,Xn,X),_t(M,tl,$),_t(k,Pn,yt),_t(k,"top",zt),_t(k,Xn,X),_t(k,tl,$),_t(x,Xn,I),_t(x,tl,Nt),g.width=Dt(I*ut),g.height=Dt(Nt*ut),D.forEach(({_el:o,_show:r,_size:c,_pos:u,side:w})=>{if(o!=null)if(r){let b=w===3||w===0?c:0,S=w%2==1;_t(o,S?"left":"top",u-b),_t(o,S?"width":"height",c),_t(o,S?"top":"left",S?zt:yt),_t(o,S?"height":"width",S?$:X),ys(o,un)}else re(o,un)}),cl=vn=Bl=Gl=Kl=Yl=ql=Jl=Ul=null,ne=1,Jn(!0),yt!=mn||zt!=Qe||X!=Ee||$!=Xe){Sn(!1);let o=X/Ee,r=$/Xe;if(Pt&&!tn&&V.left>=0){V.left*=o,V.top*=r,_n&&$e(_n,Dt(V.left),0,X,$),Mn&&$e(Mn,0,Dt(V.top),X,$);for(let c=0;c<pe.length;c++){let u=pe[c];u!=null&&(bn[c]*=o,yn[c]*=r,$e(u,ge(bn[c]),ge(yn[c]),X,$))}}if(St.show&&!rl&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=r,St.height*=r;for(let c in is)_t(Ln,c,St[c])}mn=yt,Qe=zt,Ee=X,Xe=$}Vt("setSize"),il=!1}I>0&&Nt>0&&(p.clearRect(0,0,g.width,g.height),Vt("drawClear"),P.forEach(o=>o()),Vt("draw")),St.show&&rl&&(pl(St),rl=!1),Pt&&tn&&(sn(null,!0,!1),tn=!1),Q.show&&Q.live&&de&&(ss(),de=!1),m||(m=!0,l.status=1,Vt("ready")),Gn=!1,dl=!1}l.redraw=(o,r)=>{wn=r||!1,o!==!1?Ue(y,v.min,v.max):kn()};function es(o,r){let c=T[o];if(c.from==null){if(Bt==0){let u=c.range(l,r.min,r.max,o);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Bt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==y&&c.distr==2&&Bt>0&&(r.min=Me(r.min,t[0]),r.max=Me(r.max,t[0]),r.min==r.max&&r.max++),U[o]=r,Wl=!0,kn()}}l.setScale=es;let ns,ls,_n,Mn,co,uo,Cn,Tn,fo,po,vt,Mt,Be=!1,Ut=V.drag,It=Ut.x,Ft=Ut.y;Pt&&(V.x&&(ns=we(ia,k)),V.y&&(ls=we(ra,k)),v.ori==0?(_n=ns,Mn=ls):(_n=ls,Mn=ns),vt=V.left,Mt=V.top);let St=l.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=St.show?we(oa,St.over?k:M):null;function pl(o,r){if(St.show){for(let c in o)St[c]=o[c],c in is&&_t(Ln,c,o[c]);r!==!1&&Vt("setSelect")}}l.setSelect=pl;function Rr(o){if(_[o].show)ht&&ys(bt[o],un);else if(ht&&re(bt[o],un),Pt){let c=xn?pe[0]:pe[o];c!=null&&$e(c,-10,-10,X,$)}}function Ue(o,r,c){es(o,{min:r,max:c})}function Pe(o,r,c,u){r.focus!=null&&Vr(o),r.show!=null&&_.forEach((w,b)=>{b>0&&(o==b||o==null)&&(w.show=r.show,Rr(b),s==2?(Ue(w.facets[0].scale,null,null),Ue(w.facets[1].scale,null,null)):Ue(w.scale,null,null),kn())}),c!==!1&&Vt("setSeries",o,r),u&&Zn("setSeries",l,o,r)}l.setSeries=Pe;function $r(o,r){At(q[o],r)}function Or(o,r){o.fill=st(o.fill||null),o.dir=at(o.dir,-1),r=r??q.length,q.splice(r,0,o)}function Ir(o){o==null?q.length=0:q.splice(o,1)}l.addBand=Or,l.setBand=$r,l.delBand=Ir;function Fr(o,r){_[o].alpha=r,Pt&&pe[o]!=null&&(pe[o].style.opacity=r),ht&&bt[o]&&(bt[o].style.opacity=r)}let Oe,Ge,ln,Nn={focus:!0};function Vr(o){if(o!=ln){let r=o==null,c=Ae.alpha!=1;_.forEach((u,w)=>{if(s==1||w>0){let b=r||w==0||w==o;u._focus=r?null:b,c&&Fr(w,b?1:Ae.alpha)}}),ln=o,c&&kn()}}ht&&gn&&jt(Ro,ot,o=>{V._lock||(en(o),ln!=null&&Pe(null,Nn,!0,Et.setSeries))});function ze(o,r,c){let u=T[r];c&&(o=o/ut-(u.ori==1?zt:yt));let w=X;u.ori==1&&(w=$,o=w-o),u.dir==-1&&(o=w-o);let b=u._min,S=u._max,L=o/w,E=b+(S-b)*L,O=u.distr;return O==3?Rn(10,E):O==4?_a(E,u.asinh):O==100?u.bwd(E):E}function Wr(o,r){let c=ze(o,y,r);return Me(c,t[0],$t,Ot)}l.valToIdx=o=>Me(o,t[0]),l.posToIdx=Wr,l.posToVal=ze,l.valToPos=(o,r,c)=>T[r].ori==0?i(o,T[r],c?ee:X,c?le:0):a(o,T[r],c?ye:$,c?fe:0),l.setCursor=(o,r,c)=>{vt=o.left,Mt=o.top,sn(null,r,c)};function ho(o,r){_t(Ln,Pn,St.left=o),_t(Ln,Xn,St.width=r)}function mo(o,r){_t(Ln,"top",St.top=o),_t(Ln,tl,St.height=r)}let Yn=v.ori==0?ho:mo,qn=v.ori==1?ho:mo;function Hr(){if(ht&&Q.live)for(let o=s==2?1:0;o<_.length;o++){if(o==0&&qt)continue;let r=Q.values[o],c=0;for(let u in r)ue[o][c++].firstChild.nodeValue=r[u]}}function ss(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((c,u)=>{it[u]=c}):La(o.idx)||it.fill(o.idx),Q.idx=it[0]),ht&&Q.live){for(let c=0;c<_.length;c++)(c>0||s==1&&!qt)&&jr(c,it[c]);Hr()}de=!1,r!==!1&&Vt("setLegend")}l.setLegend=ss;function jr(o,r){let c=_[o],u=o==0&&K==2?ve:t[o],w;qt?w=c.values(l,o,r)??Le:(w=c.value(l,r==null?null:u[r],o,r),w=w==null?Le:{_:w}),Q.values[o]=w}function sn(o,r,c){fo=vt,po=Mt,[vt,Mt]=V.move(l,vt,Mt),V.left=vt,V.top=Mt,Pt&&(_n&&$e(_n,Dt(vt),0,X,$),Mn&&$e(Mn,0,Dt(Mt),X,$));let u,w=$t>Ot;Oe=wt,Ge=null;let b=v.ori==0?X:$,S=v.ori==1?X:$;if(vt<0||Bt==0||w){u=V.idx=null;for(let L=0;L<_.length;L++){let E=pe[L];E!=null&&$e(E,-10,-10,X,$)}gn&&Pe(null,Nn,!0,o==null&&Et.setSeries),Q.live&&(it.fill(u),de=!0)}else{let L,E,O;s==1&&(L=v.ori==0?vt:Mt,E=ze(L,y),u=V.idx=Me(E,t[0],$t,Ot),O=B(t[0][u],v,b,0));let F=-10,H=-10,tt=0,ct=0,rt=!0,lt="",Z="";for(let Y=s==2?1:0;Y<_.length;Y++){let kt=_[Y],Ct=it[Y],Wt=Ct==null?null:s==1?t[Y][Ct]:t[Y][1][Ct],mt=V.dataIdx(l,Y,u,E),Tt=mt==null?null:s==1?t[Y][mt]:t[Y][1][mt];if(de=de||Tt!=Wt||mt!=Ct,it[Y]=mt,Y>0&&kt.show){let se=mt==null?-10:mt==u?O:B(s==1?t[0][mt]:t[Y][0][mt],v,b,0),Jt=Tt==null?-10:J(Tt,s==1?T[kt.scale]:T[kt.facets[1].scale],S,0);if(gn&&Tt!=null){let he=v.ori==1?vt:Mt,Se=Rt(Ae.dist(l,Y,mt,Jt,he));if(Se<Oe){let De=Ae.bias;if(De!=0){let oe=ze(he,kt.scale),me=Tt>=0?1:-1,ke=oe>=0?1:-1;ke==me&&(ke==1?De==1?Tt>=oe:Tt<=oe:De==1?Tt<=oe:Tt>=oe)&&(Oe=Se,Ge=Y)}else Oe=Se,Ge=Y}}if(de||xn){let he,Se;v.ori==0?(he=se,Se=Jt):(he=Jt,Se=se);let De,oe,me,ke,Re,Zt,ie=!0,on=Yt.bbox;if(on!=null){ie=!1;let Qt=on(l,Y);me=Qt.left,ke=Qt.top,De=Qt.width,oe=Qt.height}else me=he,ke=Se,De=oe=Yt.size(l,Y);if(Zt=Yt.fill(l,Y),Re=Yt.stroke(l,Y),xn)Y==Ge&&Oe<=Ae.prox&&(F=me,H=ke,tt=De,ct=oe,rt=ie,lt=Zt,Z=Re);else{let Qt=pe[Y];Qt!=null&&(bn[Y]=me,yn[Y]=ke,Ho(Qt,De,oe,ie),Vo(Qt,Zt,Re),$e(Qt,ge(me),ge(ke),X,$))}}}}if(xn){let Y=Ae.prox,kt=ln==null?Oe<=Y:Oe>Y||Ge!=ln;if(de||kt){let Ct=pe[0];Ct!=null&&(bn[0]=F,yn[0]=H,Ho(Ct,tt,ct,rt),Vo(Ct,lt,Z),$e(Ct,ge(F),ge(H),X,$))}}}if(St.show&&Be)if(o!=null){let[L,E]=Et.scales,[O,F]=Et.match,[H,tt]=o.cursor.sync.scales,ct=o.cursor.drag;if(It=ct._x,Ft=ct._y,It||Ft){let{left:rt,top:lt,width:Z,height:Y}=o.select,kt=o.scales[H].ori,Ct=o.posToVal,Wt,mt,Tt,se,Jt,he=L!=null&&O(L,H),Se=E!=null&&F(E,tt);he&&It?(kt==0?(Wt=rt,mt=Z):(Wt=lt,mt=Y),Tt=T[L],se=B(Ct(Wt,H),Tt,b,0),Jt=B(Ct(Wt+mt,H),Tt,b,0),Yn(Ce(se,Jt),Rt(Jt-se))):Yn(0,b),Se&&Ft?(kt==1?(Wt=rt,mt=Z):(Wt=lt,mt=Y),Tt=T[E],se=J(Ct(Wt,tt),Tt,S,0),Jt=J(Ct(Wt+mt,tt),Tt,S,0),qn(Ce(se,Jt),Rt(Jt-se))):qn(0,S)}else rs()}else{let L=Rt(fo-co),E=Rt(po-uo);if(v.ori==1){let tt=L;L=E,E=tt}It=Ut.x&&L>=Ut.dist,Ft=Ut.y&&E>=Ut.dist;let O=Ut.uni;O!=null?It&&Ft&&(It=L>=O,Ft=E>=O,!It&&!Ft&&(E>L?Ft=!0:It=!0)):Ut.x&&Ut.y&&(It||Ft)&&(It=Ft=!0);let F,H;It&&(v.ori==0?(F=Cn,H=vt):(F=Tn,H=Mt),Yn(Ce(F,H),Rt(H-F)),Ft||qn(0,S)),Ft&&(v.ori==1?(F=Cn,H=vt):(F=Tn,H=Mt),qn(Ce(F,H),Rt(H-F)),It||Yn(0,b)),!It&&!Ft&&(Yn(0,0),qn(0,0))}if(Ut._x=It,Ut._y=Ft,o==null){if(c){if(Co!=null){let[L,E]=Et.scales;Et.values[0]=L!=null?ze(v.ori==0?vt:Mt,L):null,Et.values[1]=E!=null?ze(v.ori==1?vt:Mt,E):null}Zn(ds,l,vt,Mt,X,$,u)}if(gn){let L=c&&Et.setSeries,E=Ae.prox;ln==null?Oe<=E&&Pe(Ge,Nn,!0,L):Oe>E?Pe(null,Nn,!0,L):Ge!=ln&&Pe(Ge,Nn,!0,L)}}de&&(Q.idx=u,ss()),r!==!1&&Vt("setCursor")}let Ke=null;Object.defineProperty(l,"rect",{get(){return Ke==null&&Jn(!1),Ke}});function Jn(o=!1){o?Ke=null:(Ke=k.getBoundingClientRect(),Vt("syncRect",Ke))}function wo(o,r,c,u,w,b,S){V._lock||Be&&o!=null&&o.movementX==0&&o.movementY==0||(os(o,r,c,u,w,b,S,!1,o!=null),o!=null?sn(null,!0,!0):sn(r,!0,!1))}function os(o,r,c,u,w,b,S,L,E){if(Ke==null&&Jn(!1),en(o),o!=null)c=o.clientX-Ke.left,u=o.clientY-Ke.top;else{if(c<0||u<0){vt=-10,Mt=-10;return}let[O,F]=Et.scales,H=r.cursor.sync,[tt,ct]=H.values,[rt,lt]=H.scales,[Z,Y]=Et.match,kt=r.axes[0].side%2==1,Ct=v.ori==0?X:$,Wt=v.ori==1?X:$,mt=kt?b:w,Tt=kt?w:b,se=kt?u:c,Jt=kt?c:u;if(rt!=null?c=Z(O,rt)?f(tt,T[O],Ct,0):-10:c=Ct*(se/mt),lt!=null?u=Y(F,lt)?f(ct,T[F],Wt,0):-10:u=Wt*(Jt/Tt),v.ori==1){let he=c;c=u,u=he}}E&&(r==null||r.cursor.event.type==ds)&&((c<=1||c>=X-1)&&(c=an(c,X)),(u<=1||u>=$-1)&&(u=an(u,$))),L?(co=c,uo=u,[Cn,Tn]=V.move(l,c,u)):(vt=c,Mt=u)}let is={width:0,height:0,left:0,top:0};function rs(){pl(is,!1)}let go,xo,bo,yo;function vo(o,r,c,u,w,b,S){Be=!0,It=Ft=Ut._x=Ut._y=!1,os(o,r,c,u,w,b,S,!0,!1),o!=null&&(jt(ps,xs,So,!1),Zn(zo,l,Cn,Tn,X,$,null));let{left:L,top:E,width:O,height:F}=St;go=L,xo=E,bo=O,yo=F}function So(o,r,c,u,w,b,S){Be=Ut._x=Ut._y=!1,os(o,r,c,u,w,b,S,!1,!0);let{left:L,top:E,width:O,height:F}=St,H=O>0||F>0,tt=go!=L||xo!=E||bo!=O||yo!=F;if(H&&tt&&pl(St),Ut.setScale&&H&&tt){let ct=L,rt=O,lt=E,Z=F;if(v.ori==1&&(ct=E,rt=F,lt=L,Z=O),It&&Ue(y,ze(ct,y),ze(ct+rt,y)),Ft)for(let Y in T){let kt=T[Y];Y!=y&&kt.from==null&&kt.min!=wt&&Ue(Y,ze(lt+Z,Y),ze(lt,Y))}rs()}else V.lock&&(V._lock=!V._lock,sn(r,!0,o!=null));o!=null&&(Ne(ps,xs),Zn(ps,l,vt,Mt,X,$,null))}function Br(o,r,c,u,w,b,S){if(V._lock)return;en(o);let L=Be;if(Be){let E=!0,O=!0,F=10,H,tt;v.ori==0?(H=It,tt=Ft):(H=Ft,tt=It),H&&tt&&(E=vt<=F||vt>=X-F,O=Mt<=F||Mt>=$-F),H&&E&&(vt=vt<Cn?0:X),tt&&O&&(Mt=Mt<Tn?0:$),sn(null,!0,!0),Be=!1}vt=-10,Mt=-10,it.fill(null),sn(null,!0,!0),L&&(Be=L)}function ko(o,r,c,u,w,b,S){V._lock||(en(o),jl(),rs(),o!=null&&Zn($o,l,vt,Mt,X,$,null))}function _o(){D.forEach(Bc),Hl(l.width,l.height,!0)}fn(bl,Dn,_o);let En={};En.mousedown=vo,En.mousemove=wo,En.mouseup=So,En.dblclick=ko,En.setSeries=(o,r,c,u)=>{let w=Et.match[2];c=w(l,r,c),c!=-1&&Pe(c,u,!0,!1)},Pt&&(jt(zo,k,vo),jt(ds,k,wo),jt(Do,k,o=>{en(o),Jn(!1)}),jt(Ro,k,Br),jt($o,k,ko),Cs.add(l),l.syncRect=Jn);let hl=l.hooks=e.hooks||{};function Vt(o,r,c){ts?Kn.push([o,r,c]):o in hl&&hl[o].forEach(u=>{u.call(null,l,r,c)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)hl[r]=(hl[r]||[]).concat(o.hooks[r])});let Mo=(o,r,c)=>c,Et=At({key:null,setSeries:!1,filters:{pub:Ko,sub:Ko},scales:[y,_[1]?_[1].scale:null],match:[Yo,Yo,Mo],values:[null,null]},V.sync);Et.match.length==2&&Et.match.push(Mo),V.sync=Et;let Co=Et.key,as=Bi(Co);function Zn(o,r,c,u,w,b,S){Et.filters.pub(o,r,c,u,w,b,S)&&as.pub(o,r,c,u,w,b,S)}as.sub(l);function Ur(o,r,c,u,w,b,S){Et.filters.sub(o,r,c,u,w,b,S)&&En[o](null,r,c,u,w,b,S)}l.pub=Ur;function Gr(){as.unsub(l),Cs.delete(l),be.clear(),vs(bl,Dn,_o),d.remove(),ot?.remove(),Vt("destroy")}l.destroy=Gr;function cs(){Vt("init",e,t),eo(t||e.data,!1),U[y]?es(y,U[y]):jl(),rl=St.show&&(St.width>0||St.height>0),tn=de=!0,Hl(e.width,e.height)}return _.forEach(Xs),D.forEach(_r),n?n instanceof HTMLElement?(n.appendChild(d),cs()):n(l,cs):cs(),l}Lt.assign=At;Lt.fmtNum=zs;Lt.rangeNum=yl;Lt.rangeLog=kl;Lt.rangeAsinh=As;Lt.orient=pn;Lt.pxRatio=ut;Lt.join=Ra;Lt.fmtDate=Rs,Lt.tzDate=Ga;Lt.sync=Bi;{Lt.addGap=Lc,Lt.clipGaps=Cl;let e=Lt.paths={points:Ji};e.linear=Qi,e.stepped=Ac,e.bars=Pc,e.spline=Dc}function xt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function nr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,t.classList.toggle("nw-dark",a),e&&e(a))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function Hn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band")}}var Hs=new Set;function El(e){for(let t of[...Hs])(!e||e.contains(t.el))&&t.destroy()}function Uc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Je=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Hs.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Hs.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Hn(),l=t.series.map(y=>[y.steps,y.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(y=>y[0]===l[0][0])?s=[l[0][0],...l.map(y=>y[1])]:s=Lt.join(l);let i=Array.from(s[0]),a=s.slice(1).map(y=>Array.from(y));this.raw=a,this.xs=i;let f=[...new Set(t.series.map(y=>y.scale||"y"))],m={};for(let y of f)m[y]=!!t.log&&t.series.some((A,P)=>(A.scale||"y")===y&&a[P].some(Uc));let d=a.map((y,A)=>{let P=t.series[A].scale||"y",j=m[P],z=new Array(y.length);for(let v=0;v<y.length;v++){let K=y[v];K===void 0?z[v]=void 0:K===null||!Number.isFinite(K)||j&&K<=0?z[v]=null:z[v]=K}return z}),g=[];for(let y=0;y<i.length;y++){let A=null;for(let P of a){let j=P[y];if(typeof j=="number"&&!Number.isFinite(j)&&(A=Number.isNaN(j)?"nan":"inf",A==="nan"))break}A&&g.push([i[y],A])}this.bad=g;let p=[];for(let y of t.hlines||[]){let A=y.scale||"y",P=Number(y.value);!f.includes(A)||!Number.isFinite(P)||m[A]&&P<=0||!i.length||(p.push({...y,value:P,scale:A}),a.push(i.map(()=>P)),d.push(i.map(()=>P)))}this.hlines=p;let x={x:{time:!1,range:(y,A,P)=>this._xRange(A,P)}};for(let y of f)x[y]=m[y]?{distr:3,log:10,range:(A,P,j)=>P==null?[.001,1]:Lt.rangeLog(P,j,10,!0)}:{range:(A,P,j)=>{if(P==null)return[0,1];if(j-P<=1e-6*Math.max(Math.abs(P),Math.abs(j))){let z=(P+j)/2;return[z-Math.abs(z||1)*.5,z+Math.abs(z||1)*.5]}return Lt.rangeNum(P,j,.1,!0)}};let M="11px system-ui, sans-serif",k=(y,A)=>({scale:y,side:A,stroke:n.muted,font:M,size:(P,j)=>{let z=0;for(let v of j||[])z=Math.max(z,String(v).length);return Math.max(t.compact?30:40,Math.ceil(z*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:A!==1},ticks:{stroke:n.grid,width:1,size:4},values:(P,j)=>j.map(z=>z==null?"":xt(z,2))}),N=[{stroke:n.muted,font:M,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(y,A)=>A.map(P=>P==null?"":String(Math.round(P)))}];f.forEach((y,A)=>N.push(k(y,A===0?3:1)));let C=[{label:"step",value:(y,A)=>A==null?"–":String(Math.round(A))},...t.series.map((y,A)=>({label:y.label,scale:y.scale||"y",stroke:y.color||n.series[A%n.series.length],width:y.width||1.5,dash:y.dash,spanGaps:!1,points:{show:(P,j,z,v)=>v-z<40,size:4},value:(P,j,z,v)=>v==null?"–":xt(this.raw[z-1][v])})),...p.map(y=>({label:y.label,scale:y.scale,stroke:y.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>xt(y.value)}))],R=[],_=t.series.findIndex(y=>y.band==="hi"),D=t.series.findIndex(y=>y.band==="lo");_>=0&&D>=0&&R.push({series:[_+1,D+1],fill:n.band});let T=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:x,axes:N,series:C,bands:R,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[y=>T._drawOverlay(y)],setSelect:[y=>{let A=y.select;if(A.width>4&&t.onRange){let P=Math.round(y.posToVal(A.left,"x")),j=Math.round(y.posToVal(A.left+A.width,"x"));y.setSelect({left:0,top:0,width:0,height:0},!1),T._dragged=!0,t.onRange(P,j)}}],ready:[y=>T._ready(y)]}};this.u=new Lt(q,[i,...d],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.hlineLabels=this.hlines.map(i=>{let a=document.createElement("div");return a.className="nw-hline-label",a.dataset.value=String(i.value),a.textContent=i.text||i.label,a.title=i.text||i.label,l.appendChild(a),a}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let a=t.cursor.left;if(a==null||a<0)return;let f=Math.round(t.posToVal(a,"x"));n.onStep(this._nearestStep(f))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u||((this.hlineLabels||[]).forEach((s,i)=>{let a=this.hlines[i],f=this.u.valToPos(a.value,a.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=f>=0&&f<=m+.5?"":"none",s.style.top=`${f}px`,s.classList.toggle("nw-below",f<16),s.dataset.y=String(f)}),!this.onsetLabel))return;let t=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=t>=0&&t<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${t}px`,this.onsetLabel.classList.toggle("nw-left",t>n-70),this.onsetLabel.dataset.x=String(t)}_drawOverlay(t){let n=this.opts,l=Hn(),s=t.ctx,{left:i,top:a,width:f,height:m}=t.bbox,d=devicePixelRatio||1,g=p=>t.valToPos(p,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,a,f,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let p=Math.max(i,g(n.windowStart)),x=Math.min(i+f,g(n.onset));x>p&&(s.fillStyle=l.window,s.fillRect(p,a,x-p,m))}for(let[p,x]of this.bad){let M=g(p);s.fillStyle=x==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(M-3.5*d,a),s.lineTo(M+3.5*d,a),s.lineTo(M,a+6*d),s.closePath(),s.fill()}if(n.onset!=null){let p=Math.round(g(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*d,s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+m),s.stroke()}if(n.selStep!=null){let p=Math.round(g(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*d,s.setLineDash([4*d,3*d]),s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Lt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function lr(e="nw"){return Lt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return sr(l,n),l}function sr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?sr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Te(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var jn="tb_nanwatch",Al=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let a=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:f=>{clearTimeout(a),i(f)},reject:()=>{clearTimeout(a),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:jn})}};function js(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${jn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function or(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let l=n.location,s=l.hash.replace(/^#/,""),a=(s?s.split("&"):[]).filter(m=>!m.startsWith(`p.${jn}.`)&&!m.startsWith(encodeURIComponent(`p.${jn}.`)));(!a.length||a[0].includes("="))&&a.unshift(jn);for(let[m,d]of Object.entries(e))d==null||d===""||a.push(`${encodeURIComponent(`p.${jn}.${m}`)}=${encodeURIComponent(String(d))}`);let f=new URL(l.href);if(f.hash=a.join("&"),f.href===l.href)return;t?n.history.pushState(n.history.state,"",f.href):n.history.replaceState(n.history.state,"",f.href)}catch{}}var ir={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5},rr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet"};function Bs(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(rr,t)?rr[t]:null})}function Gc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function ar(e,t,n){let l=performance.now(),s=await Gt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((g,p)=>({...g,_i:p}));i.sort((g,p)=>(ir[g.status]??4.5)-(ir[p.status]??4.5)||g._i-p._i),e.runs=i;let a=i.filter(g=>g.status!=="healthy").length,f=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${a} failing`}));if(!i.length){t.append(f,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let m=h("tbody");for(let g of i){let p=g.onset,x=g.origin&&(g.origin.layer||g.origin.tensor)?g.origin:p,M=g.top_cause,k=[];g.sampled&&k.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let R of g.problems||[])k.push(h("span",{class:"nw-chip nw-warn",title:String(R),text:String(R)}));let N=R=>{R.preventDefault(),e.setState({run:g.run,layer:null,step:null,start:null,end:null})},C=h("tr",{class:"nw-run-row",dataset:{run:g.run,status:String(g.status)},tabindex:"0",onclick:N,onkeydown:R=>R.key==="Enter"&&N(R)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:g.run}),text:g.run,onclick:N})),h("td",null,Bs(g.status),g.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(g.status_note)}):null),h("td",{class:"nw-onset-step",text:p&&p.step!=null?String(p.step):"–"}),h("td",{class:"nw-origin"},x?h("span",{text:Gc(x)}):"–",x&&x.layer&&x.tensor?h("div",{class:"nw-muted nw-small",text:x.tensor}):null,x&&x!==p&&x.step!=null&&p&&x.step!==p.step?h("div",{class:"nw-muted nw-small",text:`from step ${x.step}`}):null),h("td",{class:"nw-top-cause"},M?h("span",{text:M.summary||M.id}):h("span",{class:"nw-muted",text:g.status==="healthy"?"no cause found":"–"}),M&&M.score!=null?h("span",{class:"nw-score",text:xt(Number(M.score),2)}):null),h("td",{class:"nw-num",text:g.steps!=null?String(g.steps):"–"}),h("td",{class:"nw-notes"},k));m.appendChild(C)}let d=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(g=>h("th",{text:g})))),m);t.append(f,h("div",{class:"nw-card nw-scroll-x"},d)),e.timing("overview",performance.now()-l)}var Pl=/[A-Za-z0-9_]/;function cr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!(Pl.test(t[0])&&Pl.test(l))&&!(Pl.test(t[t.length-1])&&Pl.test(s)))return!0}return!1}function Kc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&cr(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let a of t)a.layer&&cr(e,a.layer)&&(!i||a.layer.length>i.length)&&(i=a.layer);n.layer=i}return n}async function Yc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function ur(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let a=h("ol",{class:"nw-cause-list"});s.forEach((d,g)=>{let p=Number(d.score),x=h("ul",{class:"nw-evidence"});for(let k of d.evidence||[]){let N=typeof k=="string"?k:String(k&&k.text!=null?k.text:JSON.stringify(k)),C=Kc(N,t);k&&typeof k=="object"&&(C={step:k.step??C.step,layer:k.layer??C.layer,tensor:k.tensor??C.tensor});let R=C.step!=null||C.layer!=null,_=h("li",{class:R?"nw-ev nw-jump":"nw-ev"});if(R){let D=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[C.layer&&`layer ${C.layer}`,C.step!=null&&`step ${C.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(C),onkeydown:T=>(T.key==="Enter"||T.key===" ")&&(T.preventDefault(),n(C))});_.appendChild(D)}else _.appendChild(h("span",{text:N}));x.appendChild(_)}let M=null;if(d.fix){let k=h("button",{class:"nw-btn nw-copy",text:"Copy"});k.addEventListener("click",()=>Yc(String(d.fix),k)),M=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),k),h("pre",null,h("code",{text:String(d.fix)})))}a.appendChild(h("li",{class:"nw-cause",dataset:{id:String(d.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${g+1}`}),h("span",{class:"nw-cause-summary",text:d.summary||d.id}),h("span",{class:"nw-scorebar",title:`score ${xt(p,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,p))*100}%`}})),h("span",{class:"nw-score",text:xt(p,2)})),h("div",{class:"nw-muted nw-small",text:String(d.id)}),x,M))}),i.appendChild(a);let f=e.ruled_out||[];f.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(d=>h("li",{class:"nw-ruled-item",text:typeof d=="string"?d:d.summary||d.id||JSON.stringify(d)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((d,g)=>h("span",{class:"nw-rule-error",title:d.error!=null?String(d.error):null},g?", ":"",h("code",{text:String(d.id)}),d.error!=null?` (${d.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${m.join(", ")}`})),i}var zl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function qc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(zl.length-1),l=Math.min(zl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=zl[l][i]*(1-s)+zl[l+1][i]*s}return e}var Bn=qc();function Us(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Gs(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var Dl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Te(t);let s=n.rows||[],i=n.buckets||[],a=s.length,f=i.length;if(!a||!f){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=Hn(),d=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=d;let g=1/0,p=-1/0,x=n.magnitude,M=n.nonfinite;for(let G=0;G<a;G++){let W=x[G];for(let ft=0;ft<f;ft++){let nt=Gs(W[ft]);nt!==null&&Number.isFinite(nt)&&(nt<g&&(g=nt),nt>p&&(p=nt))}}p>=g||(g=0,p=1),p-g<1e-9&&(p=g+1),this.lo=g,this.hi=p;let k=h("div",{class:"nw-hm"}),N=h("div",{class:"nw-hm-labels",style:{height:`${a*d}px`}}),C=n.layers||[],R=d>=9?1:Math.ceil(12/d);for(let G=0;G<a;G++){let W=G%R===0,ft=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&C[G]===l.selLayer?" nw-sel":"")+(R>1?" nw-thin":""),style:{height:`${d}px`,lineHeight:R>1?"12px":`${d}px`},title:s[G],text:W?s[G]:""});ft.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:C[G]??null,step:null})),N.appendChild(ft)}let _=h("div",{class:"nw-hm-plot"}),D=h("canvas",{class:"nw-hm-canvas"}),T=h("div",{class:"nw-tip",style:{display:"none"}});_.append(D,T);let q=h("div",{class:"nw-hm-axis"});k.append(N,_);let y=this._legend(m);t.append(k,q,y),this.canvas=D,this.plot=_,this.tip=T;let A=document.createElement("canvas");A.width=f,A.height=a;let P=A.getContext("2d"),j=P.createImageData(f,a),z=j.data,v=Us(m.nan),K=Us(m.inf),B=Us(m.grid),J=p-g,U=0;for(let G=0;G<a;G++){let W=x[G],ft=M?M[G]:null;for(let nt=0;nt<f;nt++){let et=(G*f+nt)*4,it=ft?ft[nt]:0,Q;if(it===1)Q=v,U++;else if(it===2)Q=K,U++;else{let V=Gs(W[nt]);if(V===null||Number.isNaN(V)||V===1/0)Q=B;else{let ht=V===-1/0?0:Math.max(0,Math.min(255,Math.round((V-g)/J*255)))*3;z[et]=Bn[ht],z[et+1]=Bn[ht+1],z[et+2]=Bn[ht+2],z[et+3]=255;continue}}z[et]=Q[0],z[et+1]=Q[1],z[et+2]=Q[2],z[et+3]=255}}if(P.putImageData(j,0,0),this.img=A,t.dataset.nonfiniteCells=String(U),this.R=a,this.B=f,this._draw(),this._axis(q),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=_.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(_.clientWidth-G)>2&&(G=_.clientWidth,this._draw())}),this.ro.observe(_)}D.addEventListener("mousemove",G=>this._hover(G)),D.addEventListener("mouseleave",()=>T.style.display="none"),D.addEventListener("click",G=>{let W=this._cellAt(G);W&&l.onCell&&l.onCell(W)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let a=l[i];if(a==null)return;let f=s.findIndex(d=>d===1||d===2);if(f<0)return;let m=t.buckets[f][0];(!(a in n)||m<n[a][0])&&(n[a]=[m,s[f]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,a=window.devicePixelRatio||1,f=Math.max(100,n.clientWidth||600),m=l*i;this.w=f,this.hgt=m,t.style.width=`${f}px`,t.style.height=`${m}px`,t.width=Math.round(f*a),t.height=Math.round(m*a);let d=t.getContext("2d");d.imageSmoothingEnabled=!1,d.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let g=Hn(),{onset:p,selStep:x,selLayer:M}=this.opts,k=this.data.layers||[];if(M!=null){d.strokeStyle=g.select,d.lineWidth=1.5*a;for(let C=0;C<l;C++)k[C]===M&&d.strokeRect(.75*a,C*i*a+.75*a,t.width-1.5*a,i*a-1.5*a)}let N=C=>{let R=this._bucketOf(C);return R==null?null:(R+.5)/s*t.width};if(p!=null){let C=N(p);C!=null&&(d.strokeStyle=g.onset,d.lineWidth=2*a,d.setLineDash([5*a,3*a]),d.beginPath(),d.moveTo(C,0),d.lineTo(C,t.height),d.stroke(),d.setLineDash([]))}if(x!=null){let C=N(x);C!=null&&(d.strokeStyle=g.select,d.lineWidth=1*a,d.beginPath(),d.moveTo(C,0),d.lineTo(C,t.height),d.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(i<0||i>=this.B||a<0||a>=this.R)return null;let f=this.data,[m,d]=f.buckets[i],g=f.nonfinite?f.nonfinite[a][i]:0;return{row:a,bucket:i,name:f.rows[a],layer:(f.layers||[])[a]??null,step:m,first:m,last:d,magnitude:Gs(f.magnitude[a][i]),nonfinite:g===1?"NaN":g===2?"Inf":null,source:f.bucket_source?f.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Te(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${xt(Math.pow(10,n.magnitude))} (log10 ${xt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let a=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[a]},${Bn[a+1]},${Bn[a+2]})`,l.fillRect(i,0,1,10)}let s=(i,a)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),a);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${xt(this.lo,2)}`}),n,h("span",{text:`10^${xt(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Jc=["nan","inf","max_abs","std","mean","scale_spread"];async function fr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Gt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Jc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:An(m.values)});let a=h("tbody"),f=h("div",{class:"nw-grid-multi"});for(let m of l){let d=v=>i.get(`${m.name}\0${v}`)||{steps:[],values:[]},g=d("nan"),p=d("inf"),x=d("max_abs"),M=d("std"),k=d("mean"),N=d("scale_spread"),C=0,R=0,_=null,D=!1;g.values.forEach((v,K)=>{(v>0||Number.isNaN(v))&&(v>0?C+=v:D=!0,(_===null||g.steps[K]<_)&&(_=g.steps[K]))}),p.values.forEach((v,K)=>{v>0&&(R+=v,(_===null||p.steps[K]<_)&&(_=p.steps[K]))});let T=null,q=null,y=null;x.values.forEach((v,K)=>{Number.isFinite(v)&&(T===null||v>T)&&(T=v);let B=M.values[K],J=k.values[K];if(Number.isFinite(v)&&Number.isFinite(B)&&B>0){let U=(v-Math.abs(Number.isFinite(J)?J:0))/B;(q===null||U>q)&&(q=U,y=x.steps[K])}});let A=null;for(let v of N.values)Number.isFinite(v)&&(A===null||v>A)&&(A=v);let P=C+R>0||D,j=v=>D?`${v?`${xt(v)} + `:""}?`:xt(v);a.appendChild(h("tr",{class:P?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:C||D?"nw-nan-text":"",text:j(C),title:D?"some counts unknown":null}),h("td",{class:R||D?"nw-inf-text":"",text:j(R),title:D?"some counts unknown":null}),h("td",{text:_===null?"–":String(_)}),h("td",{text:xt(T)}),h("td",{class:q!==null&&q>10?"nw-warn-text":"",text:q===null?"–":`${xt(q,3)} σ @ ${y}`}),h("td",{class:A!==null&&A>100?"nw-warn-text":"",text:xt(A)})));let z=h("div",{class:"nw-mini"});f.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),z)),e.defer(()=>e.charts.push(new Je(z,{series:[{label:"max |x|",steps:x.steps,values:x.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,K)=>e.zoom(v,K),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),a)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),f)}function Zc(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var dr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Rl=class{constructor(t,n){if(this.ctx=t,this.groups=Zc(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),a=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);a.addEventListener("click",f=>{f.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:i,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let a=this.cards.get(i.target.dataset.layer);if(a){a.visible=i.isIntersecting;for(let f of a.charts)f.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(p=>this.cards.get(p).group),s=l.filter(p=>p.act).map(p=>p.act.name),i=l.flatMap(p=>[...p.grads,...p.weights].map(x=>x.name)),a=l.flatMap(p=>p.weights.map(x=>x.name)),f={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Gt("series",{...f,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Gt("series",{...f,tensor:i,stat:["trace"]},n.signal)),a.length&&m.push(Gt("series",{...f,tensor:a,stat:["update_ratio"]},n.signal));let d;try{d=await Promise.all(m)}catch(p){if(n.signal.aborted)return;for(let x of t){let{body:M}=this.cards.get(x);M.textContent=`Could not load: ${p.message}`}return}if(n.signal.aborted)return;let g=new Map;for(let p of d)for(let x of p.series||[])g.set(`${x.tensor}\0${x.stat}`,{steps:x.steps,values:An(x.values)});for(let p of t){if(n.signal.aborted)return;let x=this.cards.get(p);this._draw(x,g);for(let M of x.charts)M.setSynced(x.visible);await new Promise(M=>requestAnimationFrame(()=>M()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let a=(d,g)=>n.get(`${d}\0${g}`),f=[];if(s.act){let d=a(s.act.name,"min"),g=a(s.act.name,"max"),p=a(s.act.name,"mean");d&&g&&f.push(["activation range",[{label:"max",steps:g.steps,values:g.values,band:"hi"},{label:"min",steps:d.steps,values:d.values,band:"lo"},...p?[{label:"mean",steps:p.steps,values:p.values,dash:[3,3]}]:[]],!1])}let m=d=>d.map(g=>({label:dr(g.name,s.layer),...a(g.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&f.push(["gradient norm",m(s.grads),!0]),s.weights.length&&f.push(["weight norm",m(s.weights),!0]),s.weights.length&&f.push(["update ratio",s.weights.map(d=>({label:dr(d.name,s.layer),...a(d.name,"update_ratio")||{steps:[],values:[]}})),!0]),!f.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[d,g,p]of f){let x=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:d}),x)),g.every(k=>!k.steps.length)){x.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let M=new Je(x,{series:g,log:p,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:k=>i.jump({step:k,layer:s.layer}),onRange:(k,N)=>i.zoom(k,N),onReset:()=>i.zoom(null,null)});i.charts.push(M),t.charts.push(M)}}};var Ks=8,te=e=>e==null?"":String(e),$l=e=>Array.isArray(e)?e:[],Ze=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ol=e=>{let t=rn(e);return t===null?"–":xt(t)},pr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):te(e);function Qc(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function Xc(e){let t=[te(e.name)||te(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function tu(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${pr(s)}`),n=e.learning_rate!=null?[`learning_rate=${pr(e.learning_rate)}`]:[];return`${te(e.class)||"?"}(${[...n,...t].join(", ")})`}function eu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${te(e.epochs??"?")} epochs × ${te(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function nu(e){let t=Object.entries(e);return t.slice(0,Ks).map(([l,s])=>{let i=rn(s);return i===null?l:`${l} (${xt(100*i,3)}%)`}).join(", ")+(t.length>Ks?`, … ${t.length-Ks} more`:"")}function lu(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,a)=>{let f=te(i.name),m=t.has(f),d=l.has(f)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${f}`,text:f,onclick:()=>n.jump({layer:f}),onkeydown:g=>(g.key==="Enter"||g.key===" ")&&(g.preventDefault(),n.jump({layer:f}))}):h("span",{class:"nw-model-layer-name",text:f});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:f}},h("td",{class:"nw-num nw-muted",text:String(a+1)}),h("td",{class:"nw-mono"},d,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:te(i.class)||"–"}),h("td",{class:"nw-model-act",text:te(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?te(i.units):"–"}),h("td",{class:"nw-mono",text:Qc(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?te(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function su(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=Ze(l)||{},i=Ze(s.values),a=rn(s.nonfinite),f=s.min==null&&s.max==null?"–":`[${Ol(s.min)}, ${Ol(s.max)}]`,m=[te(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:f}),h("td",{text:s.mean==null?"–":`${Ol(s.mean)} ± ${Ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?nu(i):s.integer?"whole numbers":"–"}),h("td",{class:a?"nw-nan-text":"",text:a===null?"–":xt(a)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function hr(e,t){let n=Ze(e);if(!n)return null;let l=$l(n.layers).filter(N=>Ze(N)),s=new Set($l(n.outputs).map(te)),i=$l(n.losses).filter(N=>Ze(N)),a=Ze(n.optimizer),f=Ze(n.fit)||{},m=Ze(n.data)||{},d=$l(n.lines).map(te),g=[],p=(N,...C)=>g.push(h("dt",{text:N}),h("dd",{class:`nw-fact-${N.toLowerCase().replace(/[^a-z]+/g,"-")}`},...C));s.size&&p("Output",[...s].map((N,C)=>[C?", ":"",h("code",{class:"nw-model-output",text:N})])),i.length&&p("Loss",i.map((N,C)=>[C?"; ":"",h("code",{class:"nw-model-loss",text:Xc(N)})])),a&&p("Optimizer",h("code",{class:"nw-model-optimizer",text:tu(a)}));let x=eu(f);x&&p("Fit",x),n.dtype_policy!=null&&p("dtype policy",h("code",{text:te(n.dtype_policy)}));let M=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),k=Object.keys(m).length>0;return!l.length&&!g.length&&!k?(d.length?M.appendChild(h("ul",{class:"nw-model-lines"},d.map(N=>h("li",{class:"nw-mono",text:N})))):M.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),M):(M.append(h("div",{class:"nw-model-grid"},l.length?lu(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),g.length?h("dl",{class:"nw-facts"},g):null)),k&&M.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),su(m)),d.length&&M.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:d.join(`
`)})))),M)}var mr=20,ou=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],ol=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){El(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),a=Gt("diagnosis",{run:s},t),f=await Gt("tensors",{run:s},t),m=(f.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let d=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),g=Gt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(d),kind:this.hmKind||null},t).catch(I=>I),p=await a,x=f.rows||[],M=Number(p.steps)||0,k=p.onset&&p.onset.step!=null?Number(p.onset.step):null,N=[0,Math.max(1,M-1)],C=[l.start??N[0],l.end??N[1]];C[1]>C[0]||(C=N);let R=this,_=[],D={run:s,rows:x,range:C,full:N,onset:k,windowStart:k==null?null:k-mr,charts:this.charts,signal:t,defer:I=>_.push(I),selStep:()=>n.state.step??null,jump:I=>R.jump(I),zoom:(I,Nt)=>R.zoom(I,Nt)};this.ctx=D;let T=h("select",{class:"nw-select",title:"Run"});for(let I of n.runs||[{run:s}]){let Nt=h("option",{value:I.run,text:I.run});I.run===s&&(Nt.selected=!0),T.appendChild(Nt)}[...T.options].some(I=>I.value===s)||T.appendChild(h("option",{value:s,text:s,selected:!0})),T.addEventListener("change",()=>n.setState({run:T.value,layer:null,step:null,start:null,end:null}));let q=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:I=>{I.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),y=p.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(p.onset.step)}),p.onset.phase?` in the ${p.onset.phase} phase`:"",p.onset.tensor?h("span",null,", tensor ",h("code",{text:String(p.onset.tensor)})):"",p.onset.layer?h("span",null," (layer ",h("code",{text:String(p.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),A=k!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let I=Math.max(25,Math.round(M*.03));this.zoom(Math.max(N[0],k-I),Math.min(N[1],k+Math.max(10,Math.round(I/3))))}}):null,P=C[0]!==N[0]||C[1]!==N[1],j=h("button",{class:"nw-btn",text:"Full range",disabled:P?null:!0,onclick:()=>this.zoom(null,null)}),z=h("div",{class:"nw-head"},q,T,Bs(p.status),y,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${C[0]}–${C[1]} of ${M}`}),A,j),v=iu(p),K=Array.isArray(p.rule_errors)?p.rule_errors.filter(I=>I&&typeof I=="object"):[],B=new Set(K.map(I=>`rule ${I.id} failed: ${I.error}`)),J=(Array.isArray(p.notes)?p.notes:[]).map(String).filter(I=>!B.has(I)),U=p.status==="stalled",G=v&&v.loss>0&&x.some(I=>I.name==="loss"),W=U?au(J,v,G):null,ft=h("div",{class:"nw-notices"});p.sampled&&ft.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));for(let I of[...p.problems||[],...U?[]:J].map(String).filter((Nt,X,$)=>$.indexOf(Nt)===X))ft.appendChild(h("div",{class:"nw-notice",text:String(I)}));let nt=p.origin,et=p.onset||{};nt&&nt.how&&(nt.tensor!==et.tensor||nt.step!==et.step)&&ft.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${p.origin.tensor??p.origin.layer??"?"} at step ${p.origin.step??"?"} (${p.origin.how})`}));let it=ur(p,x,I=>this.jump(I),K),Q=hr(p.model,D),V=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),ht=h("div",{class:"nw-timeline",dataset:{onsetStep:k==null?"":String(k)}});V.append(ht,h("div",{class:"nw-muted nw-small"},"Log scale.",k!=null?` Red line: onset; shaded: the ${mr} steps before it; triangles: NaN/Inf values.`:"",G?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let Pt=h("section",{class:"nw-card nw-heatmap-card"}),pt=h("select",{class:"nw-select nw-hm-kind"});for(let[I,Nt]of ou){if(I&&!x.some($=>$.kind===I))continue;let X=h("option",{value:I,text:Nt});I===this.hmKind&&(X.selected=!0),pt.appendChild(X)}let ot=h("div",{class:"nw-heatmap"});pt.addEventListener("change",()=>{this.hmKind=pt.value,this._loadHeatmap(ot,t)}),Pt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),pt),ot,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let Kt=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),Ht=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Te(this.root);let bt=h("div",{class:"nw-top"},it,V),ue=U?[z,W,ft,bt,Q,Pt,Kt,Ht]:[z,ft,bt,Pt,Q,Kt,Ht];this.root.append(...ue.filter(Boolean));let xe=Math.max(300,ht.clientWidth||800),qt=["loss","global_grad_norm"].filter(I=>x.some(Nt=>Nt.name===I)),Le=qt.length?Gt("series",{run:s,tensor:qt,stat:"trace",start:C[0],end:C[1],points:Math.min(4e3,2*xe)},t):Promise.resolve({series:[]}),Ve=this._loadHeatmap(ot,t,g),We=fr(D,Kt,t).catch(I=>{t.aborted||Kt.appendChild(h("div",{class:"nw-error",text:String(I.message||I)}))}),He=await Le;if(t.aborted)return;let hn={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},be=(He.series||[]).map(I=>({label:I.tensor==="global_grad_norm"?"global grad norm":I.tensor,steps:I.steps,values:An(I.values),scale:I.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(I.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||hn[I.tensor],width:1.5})),jt=be.some(I=>I.scale==="loss");be.length?(this.timeline=new Je(ht,{series:be,hlines:v&&jt?[{value:v.loss,scale:"loss",label:"constant predictor",text:ru(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:C,onset:k,windowStart:D.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:I=>this.jump({step:I}),onRange:(I,Nt)=>this.zoom(I,Nt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):ht.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let Ne=(He.series||[]).find(I=>I.returned<I.logged);if(Ne&&V.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${Ne.returned} of ${Ne.logged} steps (each bucket's min and max, every step near the onset).`})),await Ve,!t.aborted){this.grid=new Rl(D,Ht),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await We;for(let I of _)I();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Gt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Dl(t,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:f=>this.jump({layer:f.layer,step:f.step,tensor:f.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(Te(t),t.appendChild(h("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((a,f)=>a.classList.toggle("nw-sel",n.layer!=null&&i[f]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function iu(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=rn(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function ru(e){return`constant predictor: ${xt(e.loss)}${e.what?` (${e.what})`:""}`}function au(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:xt(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}var Il=["run","layer","step","start","end"],cu=new Set(["step","start","end"]);function Fl(e){let t={};for(let n of Il){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(cu.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function Ys(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Il)e.has(n)&&(t[n]=e.get(n));return Fl(t)}function qs(e){let t=new URLSearchParams;for(let s of Il){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}function wr(e,t){return Il.every(n=>(e[n]??null)===(t[n]??null))}var Js=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Al}async start(){let t=Ys();if(!Object.keys(t).length){let n=js();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Fl(n))}this.state=t,qs(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ys();this._apply(n)}),this._followParentUrl(),nr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let l=js();if(l===null)return;let s=Fl(l);wr(s,this.state)||this._apply(s,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t,n=!1){let l=this.state;this.state=t,qs(t),n||or(t,l.run!==t.run),l.run!==t.run||l.start!==t.start||l.end!==t.end||!this.view?this.rerender():this.view instanceof ol&&(l.layer!==t.layer||l.step!==t.step)&&this.view.applySelection(!0)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Gt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),El(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Gt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Te(this.root).appendChild(n),await ar(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new ol(this,n);this.view=s,Te(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Te(this.root).appendChild(n),Te(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Vl=null;function mf(){if(Vl)return Vl;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=Lo+`
`+No,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new Js(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=lr,Vl=l.start(),Vl}export{mf as render};
