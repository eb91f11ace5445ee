var To='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Lo=`:root {
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
`;var Kr=new URL("./",import.meta.url),as=class extends Error{constructor(t,n){super(n),this.status=t}};function Yr(e,t){let n=new URL(e,Kr);if(t){for(let[l,s]of Object.entries(t))if(s!=null)if(Array.isArray(s))for(let i of s)n.searchParams.append(l,String(i));else n.searchParams.set(l,String(s))}return n.toString()}async function Bt(e,t,n){let l=await fetch(Yr(e,t),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let i=await l.text();i&&(s=i.slice(0,300))}catch{}throw new as(l.status,`${e}: ${l.status} ${s}`)}return l.json()}function rn(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function An(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let l=e[n];t[n]=typeof l=="number"?l:rn(l)}return t}var qr="uplot",Jr="u-hz",Zr="u-vt",Qr="u-title",Xr="u-wrap",ta="u-under",ea="u-over",na="u-axis",un="u-off",la="u-select",sa="u-cursor-x",oa="u-cursor-y",ia="u-cursor-pt",ra="u-legend",aa="u-live",ca="u-inline",ua="u-series",fa="u-marker",No="u-label",da="u-value",Xn="width",tl="height";var Eo="bottom",Pn="left",cs="right",Cs="#000",Ao=Cs+"0",us="mousemove",Po="mousedown",fs="mouseup",zo="mouseenter",Do="mouseleave",Ro="dblclick",pa="resize",ha="scroll",$o="change",yl="dppxchange",Ts="--",Fn=typeof window<"u",ws=Fn?document:null,Dn=Fn?window:null,ma=Fn?navigator:null,ut,wl;function gs(){let e=devicePixelRatio;ut!=e&&(ut=e,wl&&bs($o,wl,gs),wl=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),fn($o,wl,gs),Dn.dispatchEvent(new CustomEvent(yl)))}function ae(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function xs(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function _t(e,t,n){e.style[t]=n+"px"}function Me(e,t,n,l){let s=ws.createElement(e);return t!=null&&ae(s,t),n?.insertBefore(s,l),s}function we(e,t){return Me("div",e,t)}var Oo=new WeakMap;function $e(e,t,n,l,s){let i="translate("+t+"px,"+n+"px)",a=Oo.get(e);i!=a&&(e.style.transform=i,Oo.set(e,i),t<0||n<0||t>l||n>s?ae(e,un):xs(e,un))}var Io=new WeakMap;function Fo(e,t,n){let l=t+n,s=Io.get(e);l!=s&&(Io.set(e,l),e.style.background=t,e.style.borderColor=n)}var Vo=new WeakMap;function Wo(e,t,n,l){let s=t+""+n,i=Vo.get(e);s!=i&&(Vo.set(e,s),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-n/2+"px":0)}var Ls={passive:!0},wa={...Ls,capture:!0};function fn(e,t,n,l){t.addEventListener(e,n,l?wa:Ls)}function bs(e,t,n,l){t.removeEventListener(e,n,Ls)}Fn&&gs();function Ce(e,t,n,l){let s;n=n||0,l=l||t.length-1;let i=l<=2147483647;for(;l-n>1;)s=i?n+l>>1:ce((n+l)/2),t[s]<e?n=s:l=s;return e-t[n]<=t[l]-e?n:l}function mi(e){return(n,l,s)=>{let i=-1,a=-1;for(let f=l;f<=s;f++)if(e(n[f])){i=f;break}for(let f=s;f>=l;f--)if(e(n[f])){a=f;break}return[i,a]}}var wi=e=>e!=null,gi=e=>e!=null&&e>0,kl=mi(wi),ga=mi(gi);function xa(e,t,n,l=0,s=!1){let i=s?ga:kl,a=s?gi:wi;[t,n]=i(e,t,n);let f=e[t],m=e[t];if(t>-1)if(l==1)f=e[t],m=e[n];else if(l==-1)f=e[n],m=e[t];else for(let d=t;d<=n;d++){let g=e[d];a(g)&&(g<f?f=g:g>m&&(m=g))}return[f??gt,m??-gt]}function _l(e,t,n,l){let s=Bo(e),i=Bo(t);e==t&&(s==-1?(e*=n,t/=n):(e/=n,t*=n));let a=n==10?Ve:xi,f=s==1?ce:ge,m=i==1?ge:ce,d=f(a(Rt(e))),g=m(a(Rt(t))),p=Rn(n,d),x=Rn(n,g);return n==10&&(d<0&&(p=xt(p,-d)),g<0&&(x=xt(x,-g))),l||n==2?(e=p*s,t=x*i):(e=Si(e,p),t=Ml(t,x)),[e,t]}function Ns(e,t,n,l){let s=_l(e,t,n,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Es=.1,Ho={mode:3,pad:Es},nl={pad:0,soft:null,mode:0},ba={min:nl,max:nl};function vl(e,t,n,l){return Cl(n)?jo(e,t,n):(nl.pad=n,nl.soft=l?0:null,nl.mode=l?3:0,jo(e,t,ba))}function at(e,t){return e??t}function ya(e,t,n){for(t=at(t,0),n=at(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function jo(e,t,n){let l=n.min,s=n.max,i=at(l.pad,0),a=at(s.pad,0),f=at(l.hard,-gt),m=at(s.hard,gt),d=at(l.soft,gt),g=at(s.soft,-gt),p=at(l.mode,0),x=at(s.mode,0),M=t-e,_=Ve(M),N=Zt(Rt(e),Rt(t)),C=Ve(N),D=Rt(C-_);(M<1e-24||D>10)&&(M=0,(e==0||t==0)&&(M=1e-24,p==2&&d!=gt&&(i=0),x==2&&g!=-gt&&(a=0)));let k=M||N||1e3,z=Ve(k),T=Rn(10,ce(z)),q=k*(M==0?e==0?.1:1:i),y=xt(Si(e-q,T/10),24),A=e>=d&&(p==1||p==3&&y<=d||p==2&&y>=d)?d:gt,P=Zt(f,y<A&&e>=A?A:Te(A,y)),j=k*(M==0?t==0?.1:1:a),$=xt(Ml(t+j,T/10),24),v=t<=g&&(x==1||x==3&&$>=g||x==2&&$<=g)?g:-gt,K=Te(m,$>v&&t<=v?v:Zt(v,$));return P==K&&P==0&&(K=100),[P,K]}var va=new Intl.NumberFormat(Fn?ma.language:"en-US"),As=e=>va.format(e),ue=Math,bl=ue.PI,Rt=ue.abs,ce=ue.floor,Dt=ue.round,ge=ue.ceil,Te=ue.min,Zt=ue.max,Rn=ue.pow,Bo=ue.sign,Ve=ue.log10,xi=ue.log2,Sa=(e,t=1)=>ue.sinh(e)*t,ds=(e,t=1)=>ue.asinh(e/t),gt=1/0;function Uo(e){return(Ve((e^e>>31)-(e>>31))|0)+1}function ys(e,t,n){return Te(Zt(e,t),n)}function bi(e){return typeof e=="function"}function st(e){return bi(e)?e:()=>e}var ka=()=>{},yi=e=>e,vi=(e,t)=>t,_a=e=>null,Go=e=>!0,Ko=(e,t)=>e==t,Ma=/\.\d*?(?=9{6,}|0{6,})/gm,dn=e=>{if(_i(e)||qe.has(e))return e;let t=`${e}`,n=t.match(Ma);if(n==null)return e;let l=n[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${dn(s)}e${i}`}return xt(e,l)};function an(e,t){return dn(xt(dn(e/t))*t)}function Ml(e,t){return dn(ge(dn(e/t))*t)}function Si(e,t){return dn(ce(dn(e/t))*t)}function xt(e,t=0){if(_i(e))return e;let n=10**t,l=e*n*(1+Number.EPSILON);return Dt(l)/n}var qe=new Map;function ki(e){return((""+e).split(".")[1]||"").length}function sl(e,t,n,l){let s=[],i=l.map(ki);for(let a=t;a<n;a++){let f=Rt(a),m=xt(Rn(e,a),f);for(let d=0;d<l.length;d++){let g=e==10?+`${l[d]}e${a}`:l[d]*m,p=(a>=0?0:f)+(a>=i[d]?0:i[d]),x=e==10?g:xt(g,p);s.push(x),qe.set(x,p)}}return s}var ll={},Ps=[],$n=[null,null],Ye=Array.isArray,_i=Number.isInteger,Ca=e=>e===void 0;function Yo(e){return typeof e=="string"}function Cl(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Ta(e){return e!=null&&typeof e=="object"}var La=Object.getPrototypeOf(Uint8Array),Mi="__proto__";function On(e,t=Cl){let n;if(Ye(e)){let l=e.find(s=>s!=null);if(Ye(l)||t(l)){n=Array(e.length);for(let s=0;s<e.length;s++)n[s]=On(e[s],t)}else n=e.slice()}else if(e instanceof La)n=e.slice();else if(t(e)){n={};for(let l in e)l!=Mi&&(n[l]=On(e[l],t))}else n=e;return n}function At(e){let t=arguments;for(let n=1;n<t.length;n++){let l=t[n];for(let s in l)s!=Mi&&(Cl(e[s])?At(e[s],On(l[s])):e[s]=On(l[s]))}return e}var Na=0,Ea=1,Aa=2;function Pa(e,t,n){for(let l=0,s,i=-1;l<t.length;l++){let a=t[l];if(a>i){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<n&&e[s]==null;)e[i=s++]=null}}}function za(e,t){if($a(e)){let a=e[0].slice();for(let f=1;f<e.length;f++)a.push(...e[f].slice(1));return Oa(a[0])||(a=Ra(a)),a}let n=new Set;for(let a=0;a<e.length;a++){let m=e[a][0],d=m.length;for(let g=0;g<d;g++)n.add(m[g])}let l=[Array.from(n).sort((a,f)=>a-f)],s=l[0].length,i=new Map;for(let a=0;a<s;a++)i.set(l[0][a],a);for(let a=0;a<e.length;a++){let f=e[a],m=f[0];for(let d=1;d<f.length;d++){let g=f[d],p=Array(s).fill(void 0),x=t?t[a][d]:Ea,M=[];for(let _=0;_<g.length;_++){let N=g[_],C=i.get(m[_]);N===null?x!=Na&&(p[C]=N,x==Aa&&M.push(C)):p[C]=N}Pa(p,M,s),l.push(p)}}return l}var Da=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ra(e){let t=e[0],n=t.length,l=Array(n);for(let i=0;i<l.length;i++)l[i]=i;l.sort((i,a)=>t[i]-t[a]);let s=[];for(let i=0;i<e.length;i++){let a=e[i],f=Array(n);for(let m=0;m<n;m++)f[m]=a[l[m]];s.push(f)}return s}function $a(e){let t=e[0][0],n=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=n)return!1;if(s!=t){for(let i=0;i<n;i++)if(s[i]!=t[i])return!1}}return!0}function Oa(e,t=100){let n=e.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;let i=Zt(1,ce((s-l+1)/t));for(let a=e[l],f=l+i;f<=s;f+=i){let m=e[f];if(m!=null){if(m<=a)return!1;a=m}}return!0}var Ci=["January","February","March","April","May","June","July","August","September","October","November","December"],Ti=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Li(e){return e.slice(0,3)}var Ia=Ti.map(Li),Fa=Ci.map(Li),Va={MMMM:Ci,MMM:Fa,WWWW:Ti,WWW:Ia};function Qn(e){return(e<10?"0":"")+e}function Wa(e){return(e<10?"00":e<100?"0":"")+e}var Ha={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Qn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Qn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Qn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Qn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Qn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Wa(e.getMilliseconds())};function zs(e,t){t=t||Va;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)n.push(s[0][0]=="{"?Ha[s[1]]:s[0]);return i=>{let a="";for(let f=0;f<n.length;f++)a+=typeof n[f]=="string"?n[f]:n[f](i,t);return a}}var ja=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ba(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==ja?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ni=e=>e%1==0,Sl=[1,2,2.5,5],Ua=sl(10,-32,0,Sl),Ei=sl(10,0,32,Sl),Ga=Ei.filter(Ni),cn=Ua.concat(Ei),Ds=`
`,Ai="{YYYY}",qo=Ds+Ai,Pi="{M}/{D}",el=Ds+Pi,gl=el+"/{YY}",zi="{aa}",Ka="{h}:{mm}",zn=Ka+zi,Jo=Ds+zn,Zo=":{ss}",ft=null;function Di(e){let t=e*1e3,n=t*60,l=n*60,s=l*24,i=s*30,a=s*365,m=(e==1?sl(10,0,3,Sl).filter(Ni):sl(10,-3,0,Sl)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),d=[[a,Ai,ft,ft,ft,ft,ft,ft,1],[s*28,"{MMM}",qo,ft,ft,ft,ft,ft,1],[s,Pi,qo,ft,ft,ft,ft,ft,1],[l,"{h}"+zi,gl,ft,el,ft,ft,ft,1],[n,zn,gl,ft,el,ft,ft,ft,1],[t,Zo,gl+" "+zn,ft,el+" "+zn,ft,Jo,ft,1],[e,Zo+".{fff}",gl+" "+zn,ft,el+" "+zn,ft,Jo,ft,1]];function g(p){return(x,M,_,N,C,D)=>{let k=[],z=C>=a,T=C>=i&&C<a,q=p(_),y=xt(q*e,3),A=ps(q.getFullYear(),z?0:q.getMonth(),T||z?1:q.getDate()),P=xt(A*e,3);if(T||z){let j=T?C/i:0,$=z?C/a:0,v=y==P?y:xt(ps(A.getFullYear()+$,A.getMonth()+j,1)*e,3),K=new Date(Dt(v/e)),B=K.getFullYear(),J=K.getMonth();for(let U=0;v<=N;U++){let G=ps(B+$*U,J+j*U,1),I=G-p(xt(G*e,3));v=xt((+G+I)*e,3),v<=N&&k.push(v)}}else{let j=C>=s?s:C,$=ce(_)-ce(y),v=P+$+Ml(y-P,j);k.push(v);let K=p(v),B=K.getHours()+K.getMinutes()/n+K.getSeconds()/l,J=C/l,U=x.axes[M]._space,G=D/U;for(;v=xt(v+C,e==1?0:3),!(v>N);)if(J>1){let I=ce(xt(B+J,6))%24,tt=p(v).getHours()-I;tt>1&&(tt=-1),v-=tt*l,B=(B+J)%24;let it=k[k.length-1];xt((v-it)/C,3)*G>=.7&&k.push(v)}else k.push(v)}return k}}return[m,d,g]}var[Ya,qa,Ja]=Di(1),[Za,Qa,Xa]=Di(.001);sl(2,-53,53,[1]);function Qo(e,t){return e.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:t(s==1||n[8]==0?l:n[1]+l)))}function Xo(e,t){return(n,l,s,i,a)=>{let f=t.find(_=>a>=_[0])||t[t.length-1],m,d,g,p,x,M;return l.map(_=>{let N=e(_),C=N.getFullYear(),D=N.getMonth(),k=N.getDate(),z=N.getHours(),T=N.getMinutes(),q=N.getSeconds(),y=C!=m&&f[2]||D!=d&&f[3]||k!=g&&f[4]||z!=p&&f[5]||T!=x&&f[6]||q!=M&&f[7]||f[1];return m=C,d=D,g=k,p=z,x=T,M=q,y(N)})}}function tc(e,t){let n=zs(t);return(l,s,i,a,f)=>s.map(m=>n(e(m)))}function ps(e,t,n){return new Date(e,t,n)}function ti(e,t){return t(e)}var ec="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ei(e,t){return(n,l,s,i)=>i==null?Ts:t(e(l))}function nc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function lc(e,t){return e.series[t].fill(e,t)}var sc={show:!0,live:!0,isolate:!1,mount:ka,markers:{show:!0,width:2,stroke:nc,fill:lc,dash:"solid"},idx:null,idxs:null,values:[]};function oc(e,t){let n=e.cursor.points,l=we(),s=n.size(e,t);_t(l,Xn,s),_t(l,tl,s);let i=s/-2;_t(l,"marginLeft",i),_t(l,"marginTop",i);let a=n.width(e,t,s);return a&&_t(l,"borderWidth",a),l}function ic(e,t){let n=e.series[t].points;return n._fill||n._stroke}function rc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function ac(e,t){return e.series[t].points.size}var hs=[0,0];function cc(e,t,n){return hs[0]=t,hs[1]=n,hs}function xl(e,t,n,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&n(s)}}function ms(e,t,n,l=!0){return s=>{(!l||s.target==t)&&n(s)}}var uc={show:!0,x:!0,y:!0,lock:!1,move:cc,points:{one:!1,show:oc,size:ac,width:0,stroke:rc,fill:ic},bind:{mousedown:xl,mouseup:xl,click:xl,dblclick:xl,mousemove:ms,mouseleave:ms,mouseenter:ms},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ri={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Rs=At({},Ri,{filter:vi}),$i=At({},Rs,{size:10}),Oi=At({},Ri,{show:!1}),$s='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ii="bold "+$s,Fi=1.5,ni={show:!0,scale:"x",stroke:Cs,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ii,side:2,grid:Rs,ticks:$i,border:Oi,font:$s,lineGap:Fi,rotate:0},fc="Value",dc="Time",li={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function pc(e,t,n,l,s){return t.map(i=>i==null?"":As(i))}function hc(e,t,n,l,s,i,a){let f=[],m=qe.get(s)||0;n=a?n:xt(Ml(n,s),m);for(let d=n;d<=l;d=xt(d+s,m))f.push(Object.is(d,-0)?0:d);return f}function vs(e,t,n,l,s,i,a){let f=[],m=e.scales[e.axes[t].scale].log,d=m==10?Ve:xi,g=ce(d(n));s=Rn(m,g),m==10&&(s=cn[Ce(s,cn)]);let p=n,x=s*m;m==10&&(x=cn[Ce(x,cn)]);do f.push(p),p=p+s,m==10&&!qe.has(p)&&(p=xt(p,qe.get(s))),p>=x&&(s=p,x=s*m,m==10&&(x=cn[Ce(x,cn)]));while(p<=l);return f}function mc(e,t,n,l,s,i,a){let m=e.scales[e.axes[t].scale].asinh,d=l>m?vs(e,t,Zt(m,n),l,s):[m],g=l>=0&&n<=0?[0]:[];return(n<-m?vs(e,t,Zt(m,-l),-n,s):[m]).reverse().map(x=>-x).concat(g,d)}var Vi=/./,wc=/[12357]/,gc=/[125]/,si=/1/,Ss=(e,t,n,l)=>e.map((s,i)=>t==4&&s==0||i%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function xc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=e.scales[a],m=e.valToPos,d=i._space,g=m(10,a),p=m(9,a)-g>=d?Vi:m(7,a)-g>=d?wc:m(5,a)-g>=d?gc:si;if(p==si){let x=Rt(m(1,a)-g);if(x<d)return Ss(t.slice().reverse(),f.distr,p,ge(d/x)).reverse()}return Ss(t,f.distr,p,1)}function bc(e,t,n,l,s){let i=e.axes[n],a=i.scale,f=i._space,m=e.valToPos,d=Rt(m(1,a)-m(2,a));return d<f?Ss(t.slice().reverse(),3,Vi,ge(f/d)).reverse():t}function yc(e,t,n,l){return l==null?Ts:t==null?"":As(t)}var oi={show:!0,scale:"y",stroke:Cs,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ii,side:3,grid:Rs,ticks:$i,border:Oi,font:$s,lineGap:Fi,rotate:0};function vc(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function Sc(e,t){let{scale:n,idxs:l}=e.series[0],s=e._data[0],i=e.valToPos(s[l[0]],n,!0),a=e.valToPos(s[l[1]],n,!0),f=Rt(a-i),m=e.series[t],d=f/(m.points.space*ut);return l[1]-l[0]<=d}var ii={scale:null,auto:!0,sorted:0,min:gt,max:-gt},Wi=(e,t,n,l,s)=>s,ri={show:!0,auto:!0,sorted:0,gaps:Wi,alpha:1,facets:[At({},ii,{scale:"x"}),At({},ii,{scale:"y"})]},ai={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Wi,alpha:1,points:{show:Sc,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function kc(e,t,n,l,s){return n/10}var Hi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},_c=At({},Hi,{time:!1,ori:1}),ci={};function ji(e,t){let n=ci[e];return n||(n={key:e,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,i,a,f,m,d){for(let g=0;g<n.plots.length;g++)n.plots[g]!=s&&n.plots[g].pub(l,s,i,a,f,m,d)}},e!=null&&(ci[e]=n)),n}var In=1,ks=2;function pn(e,t,n){let l=e.mode,s=e.series[t],i=l==2?e._data[t]:e._data,a=e.scales,f=e.bbox,m=i[0],d=l==2?i[1]:i[t],g=l==2?a[s.facets[0].scale]:a[e.series[0].scale],p=l==2?a[s.facets[1].scale]:a[s.scale],x=f.left,M=f.top,_=f.width,N=f.height,C=e.valToPosH,D=e.valToPosV;return g.ori==0?n(s,m,d,g,p,C,D,x,M,_,N,Ll,Vn,El,Ui,Ki):n(s,m,d,g,p,D,C,M,x,N,_,Nl,Wn,Fs,Gi,Yi)}function Os(e,t){let n=0,l=0,s=at(e.bands,Ps);for(let i=0;i<s.length;i++){let a=s[i];a.series[0]==t?n=a.dir:a.series[1]==t&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function Mc(e,t,n,l,s){let i=e.mode,a=e.series[t],f=i==2?a.facets[1].scale:a.scale,m=e.scales[f];return s==-1?m.min:s==1?m.max:m.distr==3?m.dir==1?m.min:m.max:0}function We(e,t,n,l,s,i){return pn(e,t,(a,f,m,d,g,p,x,M,_,N,C)=>{let D=a.pxRound,k=d.dir*(d.ori==0?1:-1),z=d.ori==0?Vn:Wn,T,q;k==1?(T=n,q=l):(T=l,q=n);let y=D(p(f[T],d,N,M)),A=D(x(m[T],g,C,_)),P=D(p(f[q],d,N,M)),j=D(x(i==1?g.max:g.min,g,C,_)),$=new Path2D(s);return z($,P,j),z($,y,j),z($,y,A),$})}function Tl(e,t,n,l,s,i){let a=null;if(e.length>0){a=new Path2D;let f=t==0?El:Fs,m=n;for(let p=0;p<e.length;p++){let x=e[p];if(x[1]>x[0]){let M=x[0]-m;M>0&&f(a,m,l,M,l+i),m=x[1]}}let d=n+s-m,g=10;d>0&&f(a,m,l-g/2,d,l+i+g)}return a}function Cc(e,t,n){let l=e[e.length-1];l&&l[0]==t?l[1]=n:e.push([t,n])}function Is(e,t,n,l,s,i,a){let f=[],m=e.length;for(let d=s==1?n:l;d>=n&&d<=l;d+=s)if(t[d]===null){let p=d,x=d;if(s==1)for(;++d<=l&&t[d]===null;)x=d;else for(;--d>=n&&t[d]===null;)x=d;let M=i(e[p]),_=x==p?M:i(e[x]),N=p-s;M=a<=0&&N>=0&&N<m?i(e[N]):M;let D=x+s;_=a>=0&&D>=0&&D<m?i(e[D]):_,_>=M&&f.push([M,_])}return f}function ui(e){return e==0?yi:e==1?Dt:t=>an(t,e)}function Bi(e){let t=e==0?Ll:Nl,n=e==0?(s,i,a,f,m,d)=>{s.arcTo(i,a,f,m,d)}:(s,i,a,f,m,d)=>{s.arcTo(a,i,m,f,d)},l=e==0?(s,i,a,f,m)=>{s.rect(i,a,f,m)}:(s,i,a,f,m)=>{s.rect(a,i,m,f)};return(s,i,a,f,m,d=0,g=0)=>{d==0&&g==0?l(s,i,a,f,m):(d=Te(d,f/2,m/2),g=Te(g,f/2,m/2),t(s,i+d,a),n(s,i+f,a,i+f,a+m,d),n(s,i+f,a+m,i,a+m,g),n(s,i,a+m,i,a,g),n(s,i,a,i+f,a,d),s.closePath())}}var Ll=(e,t,n)=>{e.moveTo(t,n)},Nl=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Wn=(e,t,n)=>{e.lineTo(n,t)},El=Bi(0),Fs=Bi(1),Ui=(e,t,n,l,s,i)=>{e.arc(t,n,l,s,i)},Gi=(e,t,n,l,s,i)=>{e.arc(n,t,l,s,i)},Ki=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(t,n,l,s,i,a)},Yi=(e,t,n,l,s,i,a)=>{e.bezierCurveTo(n,t,s,l,a,i)};function qi(e){return(t,n,l,s,i)=>pn(t,n,(a,f,m,d,g,p,x,M,_,N,C)=>{let{pxRound:D,points:k}=a,z,T;d.ori==0?(z=Ll,T=Ui):(z=Nl,T=Gi);let q=xt(k.width*ut,3),y=(k.size-k.width)/2*ut,A=xt(y*2,3),P=new Path2D,j=new Path2D,{left:$,top:v,width:K,height:B}=t.bbox;El(j,$-A,v-A,K+A*2,B+A*2);let J=U=>{if(m[U]!=null){let G=D(p(f[U],d,N,M)),I=D(x(m[U],g,C,_));z(P,G+y,I),T(P,G,I,y,0,bl*2)}};if(i)i.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:q>0?P:null,fill:P,clip:j,flags:In|ks}})}function Ji(e){return(t,n,l,s,i,a)=>{l!=s&&(i!=l&&a!=l&&e(t,n,l),i!=s&&a!=s&&e(t,n,s),e(t,n,a))}}var Tc=Ji(Vn),Lc=Ji(Wn);function Zi(e){let t=at(e?.alignGaps,0);return(n,l,s,i)=>pn(n,l,(a,f,m,d,g,p,x,M,_,N,C)=>{[s,i]=kl(m,s,i);let D=a.pxRound,k=B=>D(p(B,d,N,M)),z=B=>D(x(B,g,C,_)),T,q;d.ori==0?(T=Vn,q=Tc):(T=Wn,q=Lc);let y=d.dir*(d.ori==0?1:-1),A={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},P=A.stroke,j=!1;if(i-s>=N*4){let B=V=>n.posToVal(V,d.key,!0),J=null,U=null,G,I,dt,nt=k(f[y==1?s:i]),tt=k(f[s]),it=k(f[i]),Z=B(y==1?tt+1:it-1);for(let V=y==1?s:i;V>=s&&V<=i;V+=y){let wt=f[V],pt=(y==1?wt<Z:wt>Z)?nt:k(wt),ot=m[V];pt==nt?ot!=null?(I=ot,J==null?(T(P,pt,z(I)),G=J=U=I):I<J?J=I:I>U&&(U=I)):ot===null&&(j=!0):(J!=null&&q(P,nt,z(J),z(U),z(G),z(I)),ot!=null?(I=ot,T(P,pt,z(I)),J=U=G=I):(J=U=null,ot===null&&(j=!0)),nt=pt,Z=B(nt+y))}J!=null&&J!=U&&dt!=nt&&q(P,nt,z(J),z(U),z(G),z(I))}else for(let B=y==1?s:i;B>=s&&B<=i;B+=y){let J=m[B];J===null?j=!0:J!=null&&T(P,k(f[B]),z(J))}let[v,K]=Os(n,l);if(a.fill!=null||v!=0){let B=A.fill=new Path2D(P),J=a.fillTo(n,l,a.min,a.max,v),U=z(J),G=k(f[s]),I=k(f[i]);y==-1&&([I,G]=[G,I]),T(B,I,U),T(B,G,U)}if(!a.spanGaps){let B=[];j&&B.push(...Is(f,m,s,i,y,k,t)),A.gaps=B=a.gaps(n,l,s,i,B),A.clip=Tl(B,d.ori,M,_,N,C)}return K!=0&&(A.band=K==2?[We(n,l,s,i,P,-1),We(n,l,s,i,P,1)]:We(n,l,s,i,P,K)),A})}function Nc(e){let t=at(e.align,1),n=at(e.ascDesc,!1),l=at(e.alignGaps,0),s=at(e.extend,!1);return(i,a,f,m)=>pn(i,a,(d,g,p,x,M,_,N,C,D,k,z)=>{[f,m]=kl(p,f,m);let T=d.pxRound,{left:q,width:y}=i.bbox,A=tt=>T(_(tt,x,k,C)),P=tt=>T(N(tt,M,z,D)),j=x.ori==0?Vn:Wn,$={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:In},v=$.stroke,K=x.dir*(x.ori==0?1:-1),B=P(p[K==1?f:m]),J=A(g[K==1?f:m]),U=J,G=J;s&&t==-1&&(G=q,j(v,G,B)),j(v,J,B);for(let tt=K==1?f:m;tt>=f&&tt<=m;tt+=K){let it=p[tt];if(it==null)continue;let Z=A(g[tt]),V=P(it);t==1?j(v,Z,B):j(v,U,V),j(v,Z,V),B=V,U=Z}let I=U;s&&t==1&&(I=q+y,j(v,I,B));let[dt,nt]=Os(i,a);if(d.fill!=null||dt!=0){let tt=$.fill=new Path2D(v),it=d.fillTo(i,a,d.min,d.max,dt),Z=P(it);j(tt,I,Z),j(tt,G,Z)}if(!d.spanGaps){let tt=[];tt.push(...Is(g,p,f,m,K,A,l));let it=d.width*ut/2,Z=n||t==1?it:-it,V=n||t==-1?-it:it;tt.forEach(wt=>{wt[0]+=Z,wt[1]+=V}),$.gaps=tt=d.gaps(i,a,f,m,tt),$.clip=Tl(tt,x.ori,C,D,k,z)}return nt!=0&&($.band=nt==2?[We(i,a,f,m,v,-1),We(i,a,f,m,v,1)]:We(i,a,f,m,v,nt)),$})}function fi(e,t,n,l,s,i,a=gt){if(e.length>1){let f=null;for(let m=0,d=1/0;m<e.length;m++)if(t[m]!==void 0){if(f!=null){let g=Rt(e[m]-e[f]);g<d&&(d=g,a=Rt(n(e[m],l,s,i)-n(e[f],l,s,i)))}f=m}}return a}function Ec(e){e=e||ll;let t=at(e.size,[.6,gt,1]),n=e.align||0,l=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=st(s),a=1-t[0],f=at(t[1],gt),m=at(t[2],1),d=at(e.disp,ll),g=at(e.each,M=>{}),{fill:p,stroke:x}=d;return(M,_,N,C)=>pn(M,_,(D,k,z,T,q,y,A,P,j,$,v)=>{let K=D.pxRound,B=n,J=l*ut,U=f*ut,G=m*ut,I,dt;T.ori==0?[I,dt]=i(M,_):[dt,I]=i(M,_);let nt=T.dir*(T.ori==0?1:-1),tt=T.ori==0?El:Fs,it=T.ori==0?g:(W,bt,zt,mn,Qe,Ee,Xe)=>{g(W,bt,zt,Qe,mn,Xe,Ee)},Z=at(M.bands,Ps).find(W=>W.series[0]==_),V=Z!=null?Z.dir:0,wt=D.fillTo(M,_,D.min,D.max,V),Nt=K(A(wt,q,v,j)),pt,ot,Kt,Ut=$,yt=K(D.width*ut),le=!1,xe=null,Xt=null,Ne=null,Oe=null;p!=null&&(yt==0||x!=null)&&(le=!0,xe=p.values(M,_,N,C),Xt=new Map,new Set(xe).forEach(W=>{W!=null&&Xt.set(W,new Path2D)}),yt>0&&(Ne=x.values(M,_,N,C),Oe=new Map,new Set(Ne).forEach(W=>{W!=null&&Oe.set(W,new Path2D)})));let{x0:He,size:Ie}=d;if(He!=null&&Ie!=null){B=1,k=He.values(M,_,N,C),He.unit==2&&(k=k.map(zt=>M.posToVal(P+zt*$,T.key,!0)));let W=Ie.values(M,_,N,C);Ie.unit==2?ot=W[0]*$:ot=y(W[0],T,$,P)-y(0,T,$,P),Ut=fi(k,z,y,T,$,P,Ut),Kt=Ut-ot+J}else Ut=fi(k,z,y,T,$,P,Ut),Kt=Ut*a+J,ot=Ut-Kt;Kt<1&&(Kt=0),yt>=ot/2&&(yt=0),Kt<5&&(K=yi);let hn=Kt>0,be=Ut-Kt-(hn?yt:0);ot=K(ys(be,G,U)),pt=(B==0?ot/2:B==nt?0:ot)-B*nt*((B==0?J/2:0)+(hn?yt/2:0));let R={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pt=le?null:new Path2D,te=null;if(Z!=null)te=M.data[Z.series[1]];else{let{y0:W,y1:bt}=d;W!=null&&bt!=null&&(z=bt.values(M,_,N,C),te=W.values(M,_,N,C))}let ye=I*ot,et=dt*ot;for(let W=nt==1?N:C;W>=N&&W<=C;W+=nt){let bt=z[W];if(bt==null)continue;if(te!=null){let ee=te[W]??0;if(bt-ee==0)continue;Nt=A(ee,q,v,j)}let zt=T.distr!=2||d!=null?k[W]:W,mn=y(zt,T,$,P),Qe=A(at(bt,wt),q,v,j),Ee=K(mn-pt),Xe=K(Zt(Qe,Nt)),se=K(Te(Qe,Nt)),fe=Xe-se;if(bt!=null){let ee=bt<0?et:ye,ve=bt<0?ye:et;le?(yt>0&&Ne[W]!=null&&tt(Oe.get(Ne[W]),Ee,se+ce(yt/2),ot,Zt(0,fe-yt),ee,ve),xe[W]!=null&&tt(Xt.get(xe[W]),Ee,se+ce(yt/2),ot,Zt(0,fe-yt),ee,ve)):tt(Pt,Ee,se+ce(yt/2),ot,Zt(0,fe-yt),ee,ve),it(M,_,W,Ee-yt/2,se,ot+yt,fe)}}return yt>0?R.stroke=le?Oe:Pt:le||(R._fill=D.width==0?D._fill:D._stroke??D._fill,R.width=0),R.fill=le?Xt:Pt,R})}function Ac(e,t){let n=at(t?.alignGaps,0);return(l,s,i,a)=>pn(l,s,(f,m,d,g,p,x,M,_,N,C,D)=>{[i,a]=kl(d,i,a);let k=f.pxRound,z=I=>k(x(I,g,C,_)),T=I=>k(M(I,p,D,N)),q,y,A;g.ori==0?(q=Ll,A=Vn,y=Ki):(q=Nl,A=Wn,y=Yi);let P=g.dir*(g.ori==0?1:-1),j=z(m[P==1?i:a]),$=j,v=[],K=[];for(let I=P==1?i:a;I>=i&&I<=a;I+=P)if(d[I]!=null){let nt=m[I],tt=z(nt);v.push($=tt),K.push(T(d[I]))}let B={stroke:e(v,K,q,A,y,k),fill:null,clip:null,band:null,gaps:null,flags:In},J=B.stroke,[U,G]=Os(l,s);if(f.fill!=null||U!=0){let I=B.fill=new Path2D(J),dt=f.fillTo(l,s,f.min,f.max,U),nt=T(dt);A(I,$,nt),A(I,j,nt)}if(!f.spanGaps){let I=[];I.push(...Is(m,d,i,a,P,z,n)),B.gaps=I=f.gaps(l,s,i,a,I),B.clip=Tl(I,g.ori,_,N,C,D)}return G!=0&&(B.band=G==2?[We(l,s,i,a,J,-1),We(l,s,i,a,J,1)]:We(l,s,i,a,J,G)),B})}function Pc(e){return Ac(zc,e)}function zc(e,t,n,l,s,i){let a=e.length;if(a<2)return null;let f=new Path2D;if(n(f,e[0],t[0]),a==2)l(f,e[1],t[1]);else{let m=Array(a),d=Array(a-1),g=Array(a-1),p=Array(a-1);for(let x=0;x<a-1;x++)g[x]=t[x+1]-t[x],p[x]=e[x+1]-e[x],d[x]=g[x]/p[x];m[0]=d[0];for(let x=1;x<a-1;x++)d[x]===0||d[x-1]===0||d[x-1]>0!=d[x]>0?m[x]=0:(m[x]=3*(p[x-1]+p[x])/((2*p[x]+p[x-1])/d[x-1]+(p[x]+2*p[x-1])/d[x]),isFinite(m[x])||(m[x]=0));m[a-1]=d[a-2];for(let x=0;x<a-1;x++)s(f,e[x]+p[x]/3,t[x]+m[x]*p[x]/3,e[x+1]-p[x]/3,t[x+1]-m[x+1]*p[x]/3,e[x+1],t[x+1])}return f}var _s=new Set;function di(){for(let e of _s)e.syncRect(!0)}Fn&&(fn(pa,Dn,di),fn(ha,Dn,di,!0),fn(yl,Dn,()=>{Lt.pxRatio=ut}));var Dc=Zi(),Rc=qi();function pi(e,t,n,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,a)=>Ms(i,a,t,n))}function $c(e,t){return e.map((n,l)=>l==0?{}:At({},t,n))}function Ms(e,t,n,l){return At({},t==0?n:l,e)}function Qi(e,t,n){return t==null?$n:[t,n]}var Oc=Qi;function Ic(e,t,n){return t==null?$n:vl(t,n,Es,!0)}function Xi(e,t,n,l){return t==null?$n:_l(t,n,e.scales[l].log,!1)}var Fc=Xi;function tr(e,t,n,l){return t==null?$n:Ns(t,n,e.scales[l].log,!1)}var Vc=tr;function Wc(e,t,n,l,s){let i=Zt(Uo(e),Uo(t)),a=t-e,f=Ce(s/l*a,n);do{let m=n[f],d=l*m/a;if(d>=s&&i+(m<5?qe.get(m):0)<=17)return[m,d]}while(++f<n.length);return[0,0]}function hi(e){let t,n;return e=e.replace(/(\d+)px/,(l,s)=>(t=Dt((n=+s)*ut))+"px"),[e,t,n]}function Hc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Lt(e,t,n){let l={mode:at(e.mode,1)},s=l.mode;function i(o,r,c,u){let w=r.valToPct(o);return u+c*(r.dir==-1?1-w:w)}function a(o,r,c,u){let w=r.valToPct(o);return u+c*(r.dir==-1?w:1-w)}function f(o,r,c,u){return r.ori==0?i(o,r,c,u):a(o,r,c,u)}l.valToPosH=i,l.valToPosV=a;let m=!1;l.status=0;let d=l.root=we(qr);if(e.id!=null&&(d.id=e.id),ae(d,e.class),e.title){let o=we(Qr,d);o.textContent=e.title}let g=Me("canvas"),p=l.ctx=g.getContext("2d"),x=we(Xr,d);fn("click",x,o=>{o.target===_&&(vt!=Cn||Mt!=Tn)&&jt.click(l,o)},!0);let M=l.under=we(ta,x);x.appendChild(g);let _=l.over=we(ea,x);e=On(e);let N=+at(e.pxAlign,1),C=ui(N);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(l,e)||e)});let D=e.ms||.001,k=l.series=s==1?pi(e.series||[],li,ai,!1):$c(e.series||[null],ri),z=l.axes=pi(e.axes||[],ni,oi,!0),T=l.scales={},q=l.bands=e.bands||[];q.forEach(o=>{o.fill=st(o.fill||null),o.dir=at(o.dir,-1)});let y=s==2?k[1].facets[0].scale:k[0].scale,A={axes:Er,series:Mr},P=(e.drawOrder||["axes","series"]).map(o=>A[o]);function j(o){let r=o.distr==3?c=>Ve(c>0?c:o.clamp(l,c,o.min,o.max,o.key)):o.distr==4?c=>ds(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let u=r(c),{_min:w,_max:b}=o,S=b-w;return(u-w)/S}}function $(o){let r=T[o];if(r==null){let c=(e.scales||ll)[o]||ll;if(c.from!=null){$(c.from);let u=At({},T[c.from],c,{key:o});u.valToPct=j(u),T[o]=u}else{r=T[o]=At({},o==y?Hi:_c,c),r.key=o;let u=r.time,w=r.range,b=Ye(w);if((o!=y||s==2&&!u)&&(b&&(w[0]==null||w[1]==null)&&(w={min:w[0]==null?Ho:{mode:1,hard:w[0],soft:w[0]},max:w[1]==null?Ho:{mode:1,hard:w[1],soft:w[1]}},b=!1),!b&&Cl(w))){let S=w;w=(L,E,O)=>E==null?$n:vl(E,O,S)}r.range=st(w||(u?Oc:o==y?r.distr==3?Fc:r.distr==4?Vc:Qi:r.distr==3?Xi:r.distr==4?tr:Ic)),r.auto=st(b?!1:r.auto),r.clamp=st(r.clamp||kc),r._min=r._max=null,r.valToPct=j(r)}}}$("x"),$("y"),s==1&&k.forEach(o=>{$(o.scale)}),z.forEach(o=>{$(o.scale)});for(let o in e.scales)$(o);let v=T[y],K=v.distr,B,J;v.ori==0?(ae(d,Jr),B=i,J=a):(ae(d,Zr),B=a,J=i);let U={};for(let o in T){let r=T[o];(r.min!=null||r.max!=null)&&(U[o]={min:r.min,max:r.max},r.min=r.max=null)}let G=e.tzDate||(o=>new Date(Dt(o/D))),I=e.fmtDate||zs,dt=D==1?Ja(G):Xa(G),nt=Xo(G,Qo(D==1?qa:Qa,I)),tt=ei(G,ti(ec,I)),it=[],Z=l.legend=At({},sc,e.legend),V=l.cursor=At({},uc,{drag:{y:s==2}},e.cursor),wt=Z.show,Nt=V.show,pt=Z.markers;Z.idxs=it,pt.width=st(pt.width),pt.dash=st(pt.dash),pt.stroke=st(pt.stroke),pt.fill=st(pt.fill);let ot,Kt,Ut,yt=[],le=[],xe,Xt=!1,Ne={};if(Z.live){let o=k[1]?k[1].values:null;Xt=o!=null,xe=Xt?o(l,1,0):{_:0};for(let r in xe)Ne[r]=Ts}if(wt)if(ot=Me("table",ra,d),Ut=Me("tbody",null,ot),Z.mount(l,ot),Xt){Kt=Me("thead",null,ot,Ut);let o=Me("tr",null,Kt);Me("th",null,o);for(var Oe in xe)Me("th",No,o).textContent=Oe}else ae(ot,ca),Z.live&&ae(ot,aa);let He={show:!0},Ie={show:!1};function hn(o,r){if(r==0&&(Xt||!Z.live||s==2))return $n;let c=[],u=Me("tr",ua,Ut,Ut.childNodes[r]);ae(u,o.class),o.show||ae(u,un);let w=Me("th",null,u);if(pt.show){let L=we(fa,w);if(r>0){let E=pt.width(l,r);E&&(L.style.border=E+"px "+pt.dash(l,r)+" "+pt.stroke(l,r)),L.style.background=pt.fill(l,r)}}let b=we(No,w);o.label instanceof HTMLElement?b.appendChild(o.label):b.textContent=o.label,r>0&&(pt.show||(b.style.color=o.width>0?pt.stroke(l,r):pt.fill(l,r)),R("click",w,L=>{if(V._lock)return;en(L);let E=k.indexOf(o);if((L.ctrlKey||L.metaKey)!=Z.isolate){let O=k.some((F,H)=>H>0&&H!=E&&F.show);k.forEach((F,H)=>{H>0&&Pe(H,O?H==E?He:Ie:He,!0,Et.setSeries)})}else Pe(E,{show:!o.show},!0,Et.setSeries)},!1),gn&&R(zo,w,L=>{V._lock||(en(L),Pe(k.indexOf(o),Nn,!0,Et.setSeries))},!1));for(var S in xe){let L=Me("td",da,u);L.textContent="--",c.push(L)}return[u,c]}let be=new Map;function R(o,r,c,u=!0){let w=be.get(r)||{},b=V.bind[o](l,r,c,u);b&&(fn(o,r,w[o]=b),be.set(r,w))}function Pt(o,r,c){let u=be.get(r)||{};for(let w in u)(o==null||w==o)&&(bs(w,r,u[w]),delete u[w]);o==null&&be.delete(r)}let te=0,ye=0,et=0,W=0,bt=0,zt=0,mn=bt,Qe=zt,Ee=et,Xe=W,se=0,fe=0,ee=0,ve=0;l.bbox={};let Fl=!1,rl=!1,wn=!1,tn=!1,al=!1,de=!1;function Vl(o,r,c){(c||o!=l.width||r!=l.height)&&Js(o,r),Sn(!1),wn=!0,rl=!0,kn()}function Js(o,r){l.width=te=et=o,l.height=ye=W=r,bt=zt=0,xr(),br();let c=l.bbox;se=c.left=an(bt*ut,.5),fe=c.top=an(zt*ut,.5),ee=c.width=an(et*ut,.5),ve=c.height=an(W*ut,.5)}let mr=3;function wr(){let o=!1,r=0;for(;!o;){r++;let c=Lr(r),u=Nr(r);o=r==mr||c&&u,o||(Js(l.width,l.height),rl=!0)}}function gr({width:o,height:r}){Vl(o,r)}l.setSize=gr;function xr(){let o=!1,r=!1,c=!1,u=!1;z.forEach((w,b)=>{if(w.show&&w._show){let{side:S,_size:L}=w,E=S%2,O=w.label!=null?w.labelSize:0,F=L+O;F>0&&(E?(et-=F,S==3?(bt+=F,u=!0):c=!0):(W-=F,S==0?(zt+=F,o=!0):r=!0))}}),nn[0]=o,nn[1]=c,nn[2]=r,nn[3]=u,et-=je[1]+je[3],bt+=je[3],W-=je[2]+je[0],zt+=je[0]}function br(){let o=bt+et,r=zt+W,c=bt,u=zt;function w(b,S){switch(b){case 1:return o+=S,o-S;case 2:return r+=S,r-S;case 3:return c-=S,c+S;case 0:return u-=S,u+S}}z.forEach((b,S)=>{if(b.show&&b._show){let L=b.side;b._pos=w(L,b._size),b.label!=null&&(b._lpos=w(L,b.labelSize))}})}if(V.dataIdx==null){let o=V.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let c=o.prox=st(o.prox),u=o.bias??(o.bias=0);V.dataIdx=(w,b,S,L)=>{if(b==0)return S;let E=S,O=c(w,b,S,L)??gt,F=O>=0&&O<gt,H=v.ori==0?et:W,X=V.left,ct=t[0],rt=t[b];if(r.has(rt[S])){E=null;let lt=null,Q=null,Y;if(u==0||u==-1)for(Y=S;lt==null&&Y-- >0;)r.has(rt[Y])||(lt=Y);if(u==0||u==1)for(Y=S;Q==null&&Y++<rt.length;)r.has(rt[Y])||(Q=Y);if(lt!=null||Q!=null)if(F){let kt=lt==null?-1/0:B(ct[lt],v,H,0),Ct=Q==null?1/0:B(ct[Q],v,H,0),Wt=X-kt,ht=Ct-X;Wt<=ht?Wt<=O&&(E=lt):ht<=O&&(E=Q)}else E=Q==null?lt:lt==null?Q:S-lt<=Q-S?lt:Q}else F&&Rt(X-B(ct[S],v,H,0))>O&&(E=null);return E}}let en=o=>{V.event=o};V.idxs=it,V._lock=!1;let Gt=V.points;Gt.show=st(Gt.show),Gt.size=st(Gt.size),Gt.stroke=st(Gt.stroke),Gt.width=st(Gt.width),Gt.fill=st(Gt.fill);let Ae=l.focus=At({},e.focus||{alpha:.3},V.focus),gn=Ae.prox>=0,xn=gn&&Gt.one,pe=[],bn=[],yn=[];function Zs(o,r){let c=Gt.show(l,r);if(c instanceof HTMLElement)return ae(c,ia),ae(c,o.class),$e(c,-10,-10,et,W),_.insertBefore(c,pe[r]),c}function Qs(o,r){if(s==1||r>0){let c=s==1&&T[o.scale].time,u=o.value;o.value=c?Yo(u)?ei(G,ti(u,I)):u||tt:u||yc,o.label=o.label||(c?dc:fc)}if(xn||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Dc||_a,o.fillTo=st(o.fillTo||Mc),o.pxAlign=+at(o.pxAlign,N),o.pxRound=ui(o.pxAlign),o.stroke=st(o.stroke||null),o.fill=st(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=vc(Zt(1,o.width),1),u=o.points=At({},{size:c,width:Zt(1,c*.2),stroke:o.stroke,space:c*2,paths:Rc,_stroke:null,_fill:null},o.points);u.show=st(u.show),u.filter=st(u.filter),u.fill=st(u.fill),u.stroke=st(u.stroke),u.paths=st(u.paths),u.pxAlign=o.pxAlign}if(wt){let c=hn(o,r);yt.splice(r,0,c[0]),le.splice(r,0,c[1]),Z.values.push(null)}if(Nt){it.splice(r,0,null);let c=null;xn?r==0&&(c=Zs(o,r)):r>0&&(c=Zs(o,r)),pe.splice(r,0,c),bn.splice(r,0,0),yn.splice(r,0,0)}Vt("addSeries",r)}function yr(o,r){r=r??k.length,o=s==1?Ms(o,r,li,ai):Ms(o,r,{},ri),k.splice(r,0,o),Qs(k[r],r)}l.addSeries=yr;function vr(o){if(k.splice(o,1),wt){Z.values.splice(o,1),le.splice(o,1);let r=yt.splice(o,1)[0];Pt(null,r.firstChild),r.remove()}Nt&&(it.splice(o,1),pe.splice(o,1)[0].remove(),bn.splice(o,1),yn.splice(o,1)),Vt("delSeries",o)}l.delSeries=vr;let nn=[!1,!1,!1,!1];function Sr(o,r){if(o._show=o.show,o.show){let c=o.side%2,u=T[o.scale];u==null&&(o.scale=c?k[1].scale:y,u=T[o.scale]);let w=u.time;o.size=st(o.size),o.space=st(o.space),o.rotate=st(o.rotate),Ye(o.incrs)&&o.incrs.forEach(S=>{!qe.has(S)&&qe.set(S,ki(S))}),o.incrs=st(o.incrs||(u.distr==2?Ga:w?D==1?Ya:Za:cn)),o.splits=st(o.splits||(w&&u.distr==1?dt:u.distr==3?vs:u.distr==4?mc:hc)),o.stroke=st(o.stroke),o.grid.stroke=st(o.grid.stroke),o.ticks.stroke=st(o.ticks.stroke),o.border.stroke=st(o.border.stroke);let b=o.values;o.values=Ye(b)&&!Ye(b[0])?st(b):w?Ye(b)?Xo(G,Qo(b,I)):Yo(b)?tc(G,b):b||nt:b||pc,o.filter=st(o.filter||(u.distr>=3&&u.log==10?xc:u.distr==3&&u.log==2?bc:vi)),o.font=hi(o.font),o.labelFont=hi(o.labelFont),o._size=o.size(l,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(nn[r]=!0,o._el=we(na,x))}}function Un(o,r,c,u){let[w,b,S,L]=c,E=r%2,O=0;return E==0&&(L||b)&&(O=r==0&&!w||r==2&&!S?Dt(ni.size/3):0),E==1&&(w||S)&&(O=r==1&&!b||r==3&&!L?Dt(oi.size/2):0),O}let Xs=l.padding=(e.padding||[Un,Un,Un,Un]).map(o=>st(at(o,Un))),je=l._padding=Xs.map((o,r)=>o(l,r,nn,0)),Ht,$t=null,Ot=null,cl=s==1?k[0].idxs:null,Se=null,Gn=!1;function to(o,r){if(t=o??[],l.data=l._data=t,s==2){Ht=0;for(let c=1;c<k.length;c++)Ht+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Se=t[0],Ht=Se.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Ht);for(let w=0;w<Ht;w++)u[w]=w}l._data=t=c}if(Sn(!0),Vt("setData"),K==2&&(wn=!0),r!==!1){let c=v;c.auto(l,Gn)?Wl():Ue(y,c.min,c.max),tn=tn||V.left>=0,de=!0,kn()}}l.setData=to;function Wl(){Gn=!0;let o,r;s==1&&(Ht>0?($t=cl[0]=0,Ot=cl[1]=Ht-1,o=t[0][$t],r=t[0][Ot],K==2?(o=$t,r=Ot):o==r&&(K==3?[o,r]=_l(o,o,v.log,!1):K==4?[o,r]=Ns(o,o,v.log,!1):v.time?r=o+Dt(86400/D):[o,r]=vl(o,r,Es,!0))):($t=cl[0]=o=null,Ot=cl[1]=r=null)),Ue(y,o,r)}let ul,vn,Hl,jl,Bl,Ul,Gl,Kl,Yl,ne;function eo(o,r,c,u,w,b){o??(o=Ao),c??(c=Ps),u??(u="butt"),w??(w=Ao),b??(b="round"),o!=ul&&(p.strokeStyle=ul=o),w!=vn&&(p.fillStyle=vn=w),r!=Hl&&(p.lineWidth=Hl=r),b!=Bl&&(p.lineJoin=Bl=b),u!=Ul&&(p.lineCap=Ul=u),c!=jl&&p.setLineDash(jl=c)}function no(o,r,c,u){r!=vn&&(p.fillStyle=vn=r),o!=Gl&&(p.font=Gl=o),c!=Kl&&(p.textAlign=Kl=c),u!=Yl&&(p.textBaseline=Yl=u)}function ql(o,r,c,u,w=0){if(u.length>0&&o.auto(l,Gn)&&(r==null||r.min==null)){let b=at($t,0),S=at(Ot,u.length-1),L=c.min==null?xa(u,b,S,w,o.distr==3):[c.min,c.max];o.min=Te(o.min,c.min=L[0]),o.max=Zt(o.max,c.max=L[1])}}let lo={min:null,max:null};function kr(){for(let u in T){let w=T[u];U[u]==null&&(w.min==null||U[y]!=null&&w.auto(l,Gn))&&(U[u]=lo)}for(let u in T){let w=T[u];U[u]==null&&w.from!=null&&U[w.from]!=null&&(U[u]=lo)}U[y]!=null&&Sn(!0);let o={};for(let u in U){let w=U[u];if(w!=null){let b=o[u]=On(T[u],Ta);if(w.min!=null)At(b,w);else if(u!=y||s==2)if(Ht==0&&b.from==null){let S=b.range(l,null,null,u);b.min=S[0],b.max=S[1]}else b.min=gt,b.max=-gt}}if(Ht>0){k.forEach((u,w)=>{if(s==1){let b=u.scale,S=U[b];if(S==null)return;let L=o[b];if(w==0){let E=L.range(l,L.min,L.max,b);L.min=E[0],L.max=E[1],$t=Ce(L.min,t[0]),Ot=Ce(L.max,t[0]),Ot-$t>1&&(t[0][$t]<L.min&&$t++,t[0][Ot]>L.max&&Ot--),u.min=Se[$t],u.max=Se[Ot]}else u.show&&u.auto&&ql(L,S,u,t[w],u.sorted);u.idxs[0]=$t,u.idxs[1]=Ot}else if(w>0&&u.show&&u.auto){let[b,S]=u.facets,L=b.scale,E=S.scale,[O,F]=t[w],H=o[L],X=o[E];H!=null&&ql(H,U[L],b,O,b.sorted),X!=null&&ql(X,U[E],S,F,S.sorted),u.min=S.min,u.max=S.max}});for(let u in o){let w=o[u],b=U[u];if(w.from==null&&(b==null||b.min==null)){let S=w.range(l,w.min==gt?null:w.min,w.max==-gt?null:w.max,u);w.min=S[0],w.max=S[1]}}}for(let u in o){let w=o[u];if(w.from!=null){let b=o[w.from];if(b.min==null)w.min=w.max=null;else{let S=w.range(l,b.min,b.max,u);w.min=S[0],w.max=S[1]}}}let r={},c=!1;for(let u in o){let w=o[u],b=T[u];if(b.min!=w.min||b.max!=w.max){b.min=w.min,b.max=w.max;let S=b.distr;b._min=S==3?Ve(b.min):S==4?ds(b.min,b.asinh):S==100?b.fwd(b.min):b.min,b._max=S==3?Ve(b.max):S==4?ds(b.max,b.asinh):S==100?b.fwd(b.max):b.max,r[u]=c=!0}}if(c){k.forEach((u,w)=>{s==2?w>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)wn=!0,Vt("setScale",u);Nt&&V.left>=0&&(tn=de=!0)}for(let u in U)U[u]=null}function _r(o){let r=ys($t-1,0,Ht-1),c=ys(Ot+1,0,Ht-1);for(;o[r]==null&&r>0;)r--;for(;o[c]==null&&c<Ht-1;)c++;return[r,c]}function Mr(){if(Ht>0){let o=k.some(r=>r._focus)&&ne!=Ae.alpha;o&&(p.globalAlpha=ne=Ae.alpha),k.forEach((r,c)=>{if(c>0&&r.show&&(so(c,!1),so(c,!0),r._paths==null)){let u=ne;ne!=r.alpha&&(p.globalAlpha=ne=r.alpha);let w=s==2?[0,t[c][0].length-1]:_r(t[c]);r._paths=r.paths(l,c,w[0],w[1]),ne!=u&&(p.globalAlpha=ne=u)}}),k.forEach((r,c)=>{if(c>0&&r.show){let u=ne;ne!=r.alpha&&(p.globalAlpha=ne=r.alpha),r._paths!=null&&oo(c,!1);{let w=r._paths!=null?r._paths.gaps:null,b=r.points.show(l,c,$t,Ot,w),S=r.points.filter(l,c,b,w);(b||S)&&(r.points._paths=r.points.paths(l,c,$t,Ot,S),oo(c,!0))}ne!=u&&(p.globalAlpha=ne=u),Vt("drawSeries",c)}}),o&&(p.globalAlpha=ne=1)}}function so(o,r){let c=r?k[o].points:k[o];c._stroke=c.stroke(l,o),c._fill=c.fill(l,o)}function oo(o,r){let c=r?k[o].points:k[o],{stroke:u,fill:w,clip:b,flags:S,_stroke:L=c._stroke,_fill:E=c._fill,_width:O=c.width}=c._paths;O=xt(O*ut,3);let F=null,H=O%2/2;r&&E==null&&(E=O>0?"#fff":L);let X=c.pxAlign==1&&H>0;if(X&&p.translate(H,H),!r){let ct=se-O/2,rt=fe-O/2,lt=ee+O,Q=ve+O;F=new Path2D,F.rect(ct,rt,lt,Q)}r?Jl(L,O,c.dash,c.cap,E,u,w,S,b):Cr(o,L,O,c.dash,c.cap,E,u,w,S,F,b),X&&p.translate(-H,-H)}function Cr(o,r,c,u,w,b,S,L,E,O,F){let H=!1;E!=0&&q.forEach((X,ct)=>{if(X.series[0]==o){let rt=k[X.series[1]],lt=t[X.series[1]],Q=(rt._paths||ll).band;Ye(Q)&&(Q=X.dir==1?Q[0]:Q[1]);let Y,kt=null;rt.show&&Q&&ya(lt,$t,Ot)?(kt=X.fill(l,ct)||b,Y=rt._paths.clip):Q=null,Jl(r,c,u,w,kt,S,L,E,O,F,Y,Q),H=!0}}),H||Jl(r,c,u,w,b,S,L,E,O,F)}let io=In|ks;function Jl(o,r,c,u,w,b,S,L,E,O,F,H){eo(o,r,c,u,w),(E||O||H)&&(p.save(),E&&p.clip(E),O&&p.clip(O)),H?(L&io)==io?(p.clip(H),F&&p.clip(F),dl(w,S),fl(o,b,r)):L&ks?(dl(w,S),p.clip(H),fl(o,b,r)):L&In&&(p.save(),p.clip(H),F&&p.clip(F),dl(w,S),p.restore(),fl(o,b,r)):(dl(w,S),fl(o,b,r)),(E||O||H)&&p.restore()}function fl(o,r,c){c>0&&(r instanceof Map?r.forEach((u,w)=>{p.strokeStyle=ul=w,p.stroke(u)}):r!=null&&o&&p.stroke(r))}function dl(o,r){r instanceof Map?r.forEach((c,u)=>{p.fillStyle=vn=u,p.fill(c)}):r!=null&&o&&p.fill(r)}function Tr(o,r,c,u){let w=z[o],b;if(u<=0)b=[0,0];else{let S=w._space=w.space(l,o,r,c,u),L=w._incrs=w.incrs(l,o,r,c,u,S);b=Wc(r,c,L,u,S)}return w._found=b}function Zl(o,r,c,u,w,b,S,L,E,O){let F=S%2/2;N==1&&p.translate(F,F),eo(L,S,E,O,L),p.beginPath();let H,X,ct,rt,lt=w+(u==0||u==3?-b:b);c==0?(X=w,rt=lt):(H=w,ct=lt);for(let Q=0;Q<o.length;Q++)r[Q]!=null&&(c==0?H=ct=o[Q]:X=rt=o[Q],p.moveTo(H,X),p.lineTo(ct,rt));p.stroke(),N==1&&p.translate(-F,-F)}function Lr(o){let r=!0;return z.forEach((c,u)=>{if(!c.show)return;let w=T[c.scale];if(w.min==null){c._show&&(r=!1,c._show=!1,Sn(!1));return}else c._show||(r=!1,c._show=!0,Sn(!1));let b=c.side,S=b%2,{min:L,max:E}=w,[O,F]=Tr(u,L,E,S==0?et:W);if(F==0)return;let H=w.distr==2,X=c._splits=c.splits(l,u,L,E,O,F,H),ct=w.distr==2?X.map(Y=>Se[Y]):X,rt=w.distr==2?Se[X[1]]-Se[X[0]]:O,lt=c._values=c.values(l,c.filter(l,ct,u,F,rt),u,F,rt);c._rotate=b==2?c.rotate(l,lt,u,F):0;let Q=c._size;c._size=ge(c.size(l,lt,u,o)),Q!=null&&c._size!=Q&&(r=!1)}),r}function Nr(o){let r=!0;return Xs.forEach((c,u)=>{let w=c(l,u,nn,o);w!=je[u]&&(r=!1),je[u]=w}),r}function Er(){for(let o=0;o<z.length;o++){let r=z[o];if(!r.show||!r._show)continue;let c=r.side,u=c%2,w,b,S=r.stroke(l,o),L=c==0||c==3?-1:1,[E,O]=r._found;if(r.label!=null){let qt=r.labelGap*L,re=Dt((r._lpos+qt)*ut);no(r.labelFont[0],S,"center",c==2?"top":Eo),p.save(),u==1?(w=b=0,p.translate(re,Dt(fe+ve/2)),p.rotate((c==3?-bl:bl)/2)):(w=Dt(se+ee/2),b=re);let on=bi(r.label)?r.label(l,o,E,O):r.label;p.fillText(on,w,b),p.restore()}if(O==0)continue;let F=T[r.scale],H=u==0?ee:ve,X=u==0?se:fe,ct=r._splits,rt=F.distr==2?ct.map(qt=>Se[qt]):ct,lt=F.distr==2?Se[ct[1]]-Se[ct[0]]:E,Q=r.ticks,Y=r.border,kt=Q.show?Q.size:0,Ct=Dt(kt*ut),Wt=Dt((r.alignTo==2?r._size-kt-r.gap:r.gap)*ut),ht=r._rotate*-bl/180,Tt=C(r._pos*ut),oe=(Ct+Wt)*L,Yt=Tt+oe;b=u==0?Yt:0,w=u==1?Yt:0;let he=r.font[0],ke=r.align==1?Pn:r.align==2?cs:ht>0?Pn:ht<0?cs:u==0?"center":c==3?cs:Pn,De=ht||u==1?"middle":c==2?"top":Eo;no(he,S,ke,De);let ie=r.font[1]*r.lineGap,me=ct.map(qt=>C(f(qt,F,H,X))),_e=r._values;for(let qt=0;qt<_e.length;qt++){let re=_e[qt];if(re!=null){u==0?w=me[qt]:b=me[qt],re=""+re;let on=re.indexOf(`
`)==-1?[re]:re.split(/\n/gm);for(let Jt=0;Jt<on.length;Jt++){let Co=on[Jt];ht?(p.save(),p.translate(w,b+Jt*ie),p.rotate(ht),p.fillText(Co,0,0),p.restore()):p.fillText(Co,w,b+Jt*ie)}}}Q.show&&Zl(me,Q.filter(l,rt,o,O,lt),u,c,Tt,Ct,xt(Q.width*ut,3),Q.stroke(l,o),Q.dash,Q.cap);let Re=r.grid;Re.show&&Zl(me,Re.filter(l,rt,o,O,lt),u,u==0?2:1,u==0?fe:se,u==0?ve:ee,xt(Re.width*ut,3),Re.stroke(l,o),Re.dash,Re.cap),Y.show&&Zl([Tt],[1],u==0?1:0,u==0?1:2,u==1?fe:se,u==1?ve:ee,xt(Y.width*ut,3),Y.stroke(l,o),Y.dash,Y.cap)}Vt("drawAxes")}function Sn(o){k.forEach((r,c)=>{c>0&&(r._paths=null,o&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let pl=!1,Ql=!1,Kn=[];function Ar(){Ql=!1;for(let o=0;o<Kn.length;o++)Vt(...Kn[o]);Kn.length=0}function kn(){pl||(Da(ro),pl=!0)}function Pr(o,r=!1){pl=!0,Ql=r,o(l),ro(),r&&Kn.length>0&&queueMicrotask(Ar)}l.batch=Pr;function ro(){if(Fl&&(kr(),Fl=!1),wn&&(wr(),wn=!1),rl){if(_t(M,Pn,bt),_t(M,"top",zt),_t(M,Xn,et),_t(M,tl,W),_t(_,Pn,bt),_t(_,"top",zt),_t(_,Xn,et),_t(_,tl,W),_t(x,Xn,te),_t(x,tl,ye),g.width=Dt(te*ut),g.height=Dt(ye*ut),z.forEach(({_el:o,_show:r,_size:c,_pos:u,side:w})=>{if(o!=null)if(r){let b=w===3||w===0?c:0,S=w%2==1;_t(o,S?"left":"top",u-b),_t(o,S?"width":"height",c),_t(o,S?"top":"left",S?zt:bt),_t(o,S?"height":"width",S?W:et),xs(o,un)}else ae(o,un)}),ul=vn=Hl=Bl=Ul=Gl=Kl=Yl=jl=null,ne=1,Jn(!0),bt!=mn||zt!=Qe||et!=Ee||W!=Xe){Sn(!1);let o=et/Ee,r=W/Xe;if(Nt&&!tn&&V.left>=0){V.left*=o,V.top*=r,_n&&$e(_n,Dt(V.left),0,et,W),Mn&&$e(Mn,0,Dt(V.top),et,W);for(let c=0;c<pe.length;c++){let u=pe[c];u!=null&&(bn[c]*=o,yn[c]*=r,$e(u,ge(bn[c]),ge(yn[c]),et,W))}}if(St.show&&!al&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=r,St.height*=r;for(let c in ss)_t(Ln,c,St[c])}mn=bt,Qe=zt,Ee=et,Xe=W}Vt("setSize"),rl=!1}te>0&&ye>0&&(p.clearRect(0,0,g.width,g.height),Vt("drawClear"),P.forEach(o=>o()),Vt("draw")),St.show&&al&&(hl(St),al=!1),Nt&&tn&&(sn(null,!0,!1),tn=!1),Z.show&&Z.live&&de&&(ns(),de=!1),m||(m=!0,l.status=1,Vt("ready")),Gn=!1,pl=!1}l.redraw=(o,r)=>{wn=r||!1,o!==!1?Ue(y,v.min,v.max):kn()};function Xl(o,r){let c=T[o];if(c.from==null){if(Ht==0){let u=c.range(l,r.min,r.max,o);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Ht>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==y&&c.distr==2&&Ht>0&&(r.min=Ce(r.min,t[0]),r.max=Ce(r.max,t[0]),r.min==r.max&&r.max++),U[o]=r,Fl=!0,kn()}}l.setScale=Xl;let ts,es,_n,Mn,ao,co,Cn,Tn,uo,fo,vt,Mt,Be=!1,jt=V.drag,It=jt.x,Ft=jt.y;Nt&&(V.x&&(ts=we(sa,_)),V.y&&(es=we(oa,_)),v.ori==0?(_n=ts,Mn=es):(_n=es,Mn=ts),vt=V.left,Mt=V.top);let St=l.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=St.show?we(la,St.over?_:M):null;function hl(o,r){if(St.show){for(let c in o)St[c]=o[c],c in ss&&_t(Ln,c,o[c]);r!==!1&&Vt("setSelect")}}l.setSelect=hl;function zr(o){if(k[o].show)wt&&xs(yt[o],un);else if(wt&&ae(yt[o],un),Nt){let c=xn?pe[0]:pe[o];c!=null&&$e(c,-10,-10,et,W)}}function Ue(o,r,c){Xl(o,{min:r,max:c})}function Pe(o,r,c,u){r.focus!=null&&Ir(o),r.show!=null&&k.forEach((w,b)=>{b>0&&(o==b||o==null)&&(w.show=r.show,zr(b),s==2?(Ue(w.facets[0].scale,null,null),Ue(w.facets[1].scale,null,null)):Ue(w.scale,null,null),kn())}),c!==!1&&Vt("setSeries",o,r),u&&Zn("setSeries",l,o,r)}l.setSeries=Pe;function Dr(o,r){At(q[o],r)}function Rr(o,r){o.fill=st(o.fill||null),o.dir=at(o.dir,-1),r=r??q.length,q.splice(r,0,o)}function $r(o){o==null?q.length=0:q.splice(o,1)}l.addBand=Rr,l.setBand=Dr,l.delBand=$r;function Or(o,r){k[o].alpha=r,Nt&&pe[o]!=null&&(pe[o].style.opacity=r),wt&&yt[o]&&(yt[o].style.opacity=r)}let Fe,Ge,ln,Nn={focus:!0};function Ir(o){if(o!=ln){let r=o==null,c=Ae.alpha!=1;k.forEach((u,w)=>{if(s==1||w>0){let b=r||w==0||w==o;u._focus=r?null:b,c&&Or(w,b?1:Ae.alpha)}}),ln=o,c&&kn()}}wt&&gn&&R(Do,ot,o=>{V._lock||(en(o),ln!=null&&Pe(null,Nn,!0,Et.setSeries))});function ze(o,r,c){let u=T[r];c&&(o=o/ut-(u.ori==1?zt:bt));let w=et;u.ori==1&&(w=W,o=w-o),u.dir==-1&&(o=w-o);let b=u._min,S=u._max,L=o/w,E=b+(S-b)*L,O=u.distr;return O==3?Rn(10,E):O==4?Sa(E,u.asinh):O==100?u.bwd(E):E}function Fr(o,r){let c=ze(o,y,r);return Ce(c,t[0],$t,Ot)}l.valToIdx=o=>Ce(o,t[0]),l.posToIdx=Fr,l.posToVal=ze,l.valToPos=(o,r,c)=>T[r].ori==0?i(o,T[r],c?ee:et,c?se:0):a(o,T[r],c?ve:W,c?fe:0),l.setCursor=(o,r,c)=>{vt=o.left,Mt=o.top,sn(null,r,c)};function po(o,r){_t(Ln,Pn,St.left=o),_t(Ln,Xn,St.width=r)}function ho(o,r){_t(Ln,"top",St.top=o),_t(Ln,tl,St.height=r)}let Yn=v.ori==0?po:ho,qn=v.ori==1?po:ho;function Vr(){if(wt&&Z.live)for(let o=s==2?1:0;o<k.length;o++){if(o==0&&Xt)continue;let r=Z.values[o],c=0;for(let u in r)le[o][c++].firstChild.nodeValue=r[u]}}function ns(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((c,u)=>{it[u]=c}):Ca(o.idx)||it.fill(o.idx),Z.idx=it[0]),wt&&Z.live){for(let c=0;c<k.length;c++)(c>0||s==1&&!Xt)&&Wr(c,it[c]);Vr()}de=!1,r!==!1&&Vt("setLegend")}l.setLegend=ns;function Wr(o,r){let c=k[o],u=o==0&&K==2?Se:t[o],w;Xt?w=c.values(l,o,r)??Ne:(w=c.value(l,r==null?null:u[r],o,r),w=w==null?Ne:{_:w}),Z.values[o]=w}function sn(o,r,c){uo=vt,fo=Mt,[vt,Mt]=V.move(l,vt,Mt),V.left=vt,V.top=Mt,Nt&&(_n&&$e(_n,Dt(vt),0,et,W),Mn&&$e(Mn,0,Dt(Mt),et,W));let u,w=$t>Ot;Fe=gt,Ge=null;let b=v.ori==0?et:W,S=v.ori==1?et:W;if(vt<0||Ht==0||w){u=V.idx=null;for(let L=0;L<k.length;L++){let E=pe[L];E!=null&&$e(E,-10,-10,et,W)}gn&&Pe(null,Nn,!0,o==null&&Et.setSeries),Z.live&&(it.fill(u),de=!0)}else{let L,E,O;s==1&&(L=v.ori==0?vt:Mt,E=ze(L,y),u=V.idx=Ce(E,t[0],$t,Ot),O=B(t[0][u],v,b,0));let F=-10,H=-10,X=0,ct=0,rt=!0,lt="",Q="";for(let Y=s==2?1:0;Y<k.length;Y++){let kt=k[Y],Ct=it[Y],Wt=Ct==null?null:s==1?t[Y][Ct]:t[Y][1][Ct],ht=V.dataIdx(l,Y,u,E),Tt=ht==null?null:s==1?t[Y][ht]:t[Y][1][ht];if(de=de||Tt!=Wt||ht!=Ct,it[Y]=ht,Y>0&&kt.show){let oe=ht==null?-10:ht==u?O:B(s==1?t[0][ht]:t[Y][0][ht],v,b,0),Yt=Tt==null?-10:J(Tt,s==1?T[kt.scale]:T[kt.facets[1].scale],S,0);if(gn&&Tt!=null){let he=v.ori==1?vt:Mt,ke=Rt(Ae.dist(l,Y,ht,Yt,he));if(ke<Fe){let De=Ae.bias;if(De!=0){let ie=ze(he,kt.scale),me=Tt>=0?1:-1,_e=ie>=0?1:-1;_e==me&&(_e==1?De==1?Tt>=ie:Tt<=ie:De==1?Tt<=ie:Tt>=ie)&&(Fe=ke,Ge=Y)}else Fe=ke,Ge=Y}}if(de||xn){let he,ke;v.ori==0?(he=oe,ke=Yt):(he=Yt,ke=oe);let De,ie,me,_e,Re,qt,re=!0,on=Gt.bbox;if(on!=null){re=!1;let Jt=on(l,Y);me=Jt.left,_e=Jt.top,De=Jt.width,ie=Jt.height}else me=he,_e=ke,De=ie=Gt.size(l,Y);if(qt=Gt.fill(l,Y),Re=Gt.stroke(l,Y),xn)Y==Ge&&Fe<=Ae.prox&&(F=me,H=_e,X=De,ct=ie,rt=re,lt=qt,Q=Re);else{let Jt=pe[Y];Jt!=null&&(bn[Y]=me,yn[Y]=_e,Wo(Jt,De,ie,re),Fo(Jt,qt,Re),$e(Jt,ge(me),ge(_e),et,W))}}}}if(xn){let Y=Ae.prox,kt=ln==null?Fe<=Y:Fe>Y||Ge!=ln;if(de||kt){let Ct=pe[0];Ct!=null&&(bn[0]=F,yn[0]=H,Wo(Ct,X,ct,rt),Fo(Ct,lt,Q),$e(Ct,ge(F),ge(H),et,W))}}}if(St.show&&Be)if(o!=null){let[L,E]=Et.scales,[O,F]=Et.match,[H,X]=o.cursor.sync.scales,ct=o.cursor.drag;if(It=ct._x,Ft=ct._y,It||Ft){let{left:rt,top:lt,width:Q,height:Y}=o.select,kt=o.scales[H].ori,Ct=o.posToVal,Wt,ht,Tt,oe,Yt,he=L!=null&&O(L,H),ke=E!=null&&F(E,X);he&&It?(kt==0?(Wt=rt,ht=Q):(Wt=lt,ht=Y),Tt=T[L],oe=B(Ct(Wt,H),Tt,b,0),Yt=B(Ct(Wt+ht,H),Tt,b,0),Yn(Te(oe,Yt),Rt(Yt-oe))):Yn(0,b),ke&&Ft?(kt==1?(Wt=rt,ht=Q):(Wt=lt,ht=Y),Tt=T[E],oe=J(Ct(Wt,X),Tt,S,0),Yt=J(Ct(Wt+ht,X),Tt,S,0),qn(Te(oe,Yt),Rt(Yt-oe))):qn(0,S)}else os()}else{let L=Rt(uo-ao),E=Rt(fo-co);if(v.ori==1){let X=L;L=E,E=X}It=jt.x&&L>=jt.dist,Ft=jt.y&&E>=jt.dist;let O=jt.uni;O!=null?It&&Ft&&(It=L>=O,Ft=E>=O,!It&&!Ft&&(E>L?Ft=!0:It=!0)):jt.x&&jt.y&&(It||Ft)&&(It=Ft=!0);let F,H;It&&(v.ori==0?(F=Cn,H=vt):(F=Tn,H=Mt),Yn(Te(F,H),Rt(H-F)),Ft||qn(0,S)),Ft&&(v.ori==1?(F=Cn,H=vt):(F=Tn,H=Mt),qn(Te(F,H),Rt(H-F)),It||Yn(0,b)),!It&&!Ft&&(Yn(0,0),qn(0,0))}if(jt._x=It,jt._y=Ft,o==null){if(c){if(Mo!=null){let[L,E]=Et.scales;Et.values[0]=L!=null?ze(v.ori==0?vt:Mt,L):null,Et.values[1]=E!=null?ze(v.ori==1?vt:Mt,E):null}Zn(us,l,vt,Mt,et,W,u)}if(gn){let L=c&&Et.setSeries,E=Ae.prox;ln==null?Fe<=E&&Pe(Ge,Nn,!0,L):Fe>E?Pe(null,Nn,!0,L):Ge!=ln&&Pe(Ge,Nn,!0,L)}}de&&(Z.idx=u,ns()),r!==!1&&Vt("setCursor")}let Ke=null;Object.defineProperty(l,"rect",{get(){return Ke==null&&Jn(!1),Ke}});function Jn(o=!1){o?Ke=null:(Ke=_.getBoundingClientRect(),Vt("syncRect",Ke))}function mo(o,r,c,u,w,b,S){V._lock||Be&&o!=null&&o.movementX==0&&o.movementY==0||(ls(o,r,c,u,w,b,S,!1,o!=null),o!=null?sn(null,!0,!0):sn(r,!0,!1))}function ls(o,r,c,u,w,b,S,L,E){if(Ke==null&&Jn(!1),en(o),o!=null)c=o.clientX-Ke.left,u=o.clientY-Ke.top;else{if(c<0||u<0){vt=-10,Mt=-10;return}let[O,F]=Et.scales,H=r.cursor.sync,[X,ct]=H.values,[rt,lt]=H.scales,[Q,Y]=Et.match,kt=r.axes[0].side%2==1,Ct=v.ori==0?et:W,Wt=v.ori==1?et:W,ht=kt?b:w,Tt=kt?w:b,oe=kt?u:c,Yt=kt?c:u;if(rt!=null?c=Q(O,rt)?f(X,T[O],Ct,0):-10:c=Ct*(oe/ht),lt!=null?u=Y(F,lt)?f(ct,T[F],Wt,0):-10:u=Wt*(Yt/Tt),v.ori==1){let he=c;c=u,u=he}}E&&(r==null||r.cursor.event.type==us)&&((c<=1||c>=et-1)&&(c=an(c,et)),(u<=1||u>=W-1)&&(u=an(u,W))),L?(ao=c,co=u,[Cn,Tn]=V.move(l,c,u)):(vt=c,Mt=u)}let ss={width:0,height:0,left:0,top:0};function os(){hl(ss,!1)}let wo,go,xo,bo;function yo(o,r,c,u,w,b,S){Be=!0,It=Ft=jt._x=jt._y=!1,ls(o,r,c,u,w,b,S,!0,!1),o!=null&&(R(fs,ws,vo,!1),Zn(Po,l,Cn,Tn,et,W,null));let{left:L,top:E,width:O,height:F}=St;wo=L,go=E,xo=O,bo=F}function vo(o,r,c,u,w,b,S){Be=jt._x=jt._y=!1,ls(o,r,c,u,w,b,S,!1,!0);let{left:L,top:E,width:O,height:F}=St,H=O>0||F>0,X=wo!=L||go!=E||xo!=O||bo!=F;if(H&&X&&hl(St),jt.setScale&&H&&X){let ct=L,rt=O,lt=E,Q=F;if(v.ori==1&&(ct=E,rt=F,lt=L,Q=O),It&&Ue(y,ze(ct,y),ze(ct+rt,y)),Ft)for(let Y in T){let kt=T[Y];Y!=y&&kt.from==null&&kt.min!=gt&&Ue(Y,ze(lt+Q,Y),ze(lt,Y))}os()}else V.lock&&(V._lock=!V._lock,sn(r,!0,o!=null));o!=null&&(Pt(fs,ws),Zn(fs,l,vt,Mt,et,W,null))}function Hr(o,r,c,u,w,b,S){if(V._lock)return;en(o);let L=Be;if(Be){let E=!0,O=!0,F=10,H,X;v.ori==0?(H=It,X=Ft):(H=Ft,X=It),H&&X&&(E=vt<=F||vt>=et-F,O=Mt<=F||Mt>=W-F),H&&E&&(vt=vt<Cn?0:et),X&&O&&(Mt=Mt<Tn?0:W),sn(null,!0,!0),Be=!1}vt=-10,Mt=-10,it.fill(null),sn(null,!0,!0),L&&(Be=L)}function So(o,r,c,u,w,b,S){V._lock||(en(o),Wl(),os(),o!=null&&Zn(Ro,l,vt,Mt,et,W,null))}function ko(){z.forEach(Hc),Vl(l.width,l.height,!0)}fn(yl,Dn,ko);let En={};En.mousedown=yo,En.mousemove=mo,En.mouseup=vo,En.dblclick=So,En.setSeries=(o,r,c,u)=>{let w=Et.match[2];c=w(l,r,c),c!=-1&&Pe(c,u,!0,!1)},Nt&&(R(Po,_,yo),R(us,_,mo),R(zo,_,o=>{en(o),Jn(!1)}),R(Do,_,Hr),R(Ro,_,So),_s.add(l),l.syncRect=Jn);let ml=l.hooks=e.hooks||{};function Vt(o,r,c){Ql?Kn.push([o,r,c]):o in ml&&ml[o].forEach(u=>{u.call(null,l,r,c)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)ml[r]=(ml[r]||[]).concat(o.hooks[r])});let _o=(o,r,c)=>c,Et=At({key:null,setSeries:!1,filters:{pub:Go,sub:Go},scales:[y,k[1]?k[1].scale:null],match:[Ko,Ko,_o],values:[null,null]},V.sync);Et.match.length==2&&Et.match.push(_o),V.sync=Et;let Mo=Et.key,is=ji(Mo);function Zn(o,r,c,u,w,b,S){Et.filters.pub(o,r,c,u,w,b,S)&&is.pub(o,r,c,u,w,b,S)}is.sub(l);function jr(o,r,c,u,w,b,S){Et.filters.sub(o,r,c,u,w,b,S)&&En[o](null,r,c,u,w,b,S)}l.pub=jr;function Br(){is.unsub(l),_s.delete(l),be.clear(),bs(yl,Dn,ko),d.remove(),ot?.remove(),Vt("destroy")}l.destroy=Br;function rs(){Vt("init",e,t),to(t||e.data,!1),U[y]?Xl(y,U[y]):Wl(),al=St.show&&(St.width>0||St.height>0),tn=de=!0,Vl(e.width,e.height)}return k.forEach(Qs),z.forEach(Sr),n?n instanceof HTMLElement?(n.appendChild(d),rs()):n(l,rs):rs(),l}Lt.assign=At;Lt.fmtNum=As;Lt.rangeNum=vl;Lt.rangeLog=_l;Lt.rangeAsinh=Ns;Lt.orient=pn;Lt.pxRatio=ut;Lt.join=za;Lt.fmtDate=zs,Lt.tzDate=Ba;Lt.sync=ji;{Lt.addGap=Cc,Lt.clipGaps=Tl;let e=Lt.paths={points:qi};e.linear=Zi,e.stepped=Nc,e.bars=Ec,e.spline=Pc}function mt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?e.toExponential(Math.max(0,t-1)):String(Number(e.toPrecision(t)))}function er(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,i=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,t.classList.toggle("nw-dark",a),e&&e(a))};return i(),l&&new MutationObserver(i).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>s}function Hn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band")}}var Vs=new Set;function Al(e){for(let t of[...Vs])(!e||e.contains(t.el))&&t.destroy()}function jc(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var Je=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Vs.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Vs.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Hn(),l=t.series.map(y=>[y.steps,y.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(y=>y[0]===l[0][0])?s=[l[0][0],...l.map(y=>y[1])]:s=Lt.join(l);let i=Array.from(s[0]),a=s.slice(1).map(y=>Array.from(y));this.raw=a,this.xs=i;let f=[...new Set(t.series.map(y=>y.scale||"y"))],m={};for(let y of f)m[y]=!!t.log&&t.series.some((A,P)=>(A.scale||"y")===y&&a[P].some(jc));let d=a.map((y,A)=>{let P=t.series[A].scale||"y",j=m[P],$=new Array(y.length);for(let v=0;v<y.length;v++){let K=y[v];K===void 0?$[v]=void 0:K===null||!Number.isFinite(K)||j&&K<=0?$[v]=null:$[v]=K}return $}),g=[];for(let y=0;y<i.length;y++){let A=null;for(let P of a){let j=P[y];if(typeof j=="number"&&!Number.isFinite(j)&&(A=Number.isNaN(j)?"nan":"inf",A==="nan"))break}A&&g.push([i[y],A])}this.bad=g;let p=[];for(let y of t.hlines||[]){let A=y.scale||"y",P=Number(y.value);!f.includes(A)||!Number.isFinite(P)||m[A]&&P<=0||!i.length||(p.push({...y,value:P,scale:A}),a.push(i.map(()=>P)),d.push(i.map(()=>P)))}this.hlines=p;let x={x:{time:!1,range:(y,A,P)=>this._xRange(A,P)}};for(let y of f)x[y]=m[y]?{distr:3,log:10,range:(A,P,j)=>P==null?[.001,1]:Lt.rangeLog(P,j,10,!0)}:{range:(A,P,j)=>P==null?[0,1]:P===j?[P-Math.abs(P||1)*.5,j+Math.abs(j||1)*.5]:Lt.rangeNum(P,j,.1,!0)};let M="11px system-ui, sans-serif",_=(y,A)=>({scale:y,side:A,stroke:n.muted,font:M,size:(P,j)=>{let $=0;for(let v of j||[])$=Math.max($,String(v).length);return Math.max(t.compact?30:40,Math.ceil($*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:A!==1},ticks:{stroke:n.grid,width:1,size:4},values:(P,j)=>j.map($=>$==null?"":mt($,2))}),N=[{stroke:n.muted,font:M,size:t.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(y,A)=>A.map(P=>P==null?"":String(Math.round(P)))}];f.forEach((y,A)=>N.push(_(y,A===0?3:1)));let C=[{label:"step",value:(y,A)=>A==null?"–":String(Math.round(A))},...t.series.map((y,A)=>({label:y.label,scale:y.scale||"y",stroke:y.color||n.series[A%n.series.length],width:y.width||1.5,dash:y.dash,spanGaps:!1,points:{show:(P,j,$,v)=>v-$<40,size:4},value:(P,j,$,v)=>v==null?"–":mt(this.raw[$-1][v])})),...p.map(y=>({label:y.label,scale:y.scale,stroke:y.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>mt(y.value)}))],D=[],k=t.series.findIndex(y=>y.band==="hi"),z=t.series.findIndex(y=>y.band==="lo");k>=0&&z>=0&&D.push({series:[k+1,z+1],fill:n.band});let T=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:x,axes:N,series:C,bands:D,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[y=>T._drawOverlay(y)],setSelect:[y=>{let A=y.select;if(A.width>4&&t.onRange){let P=Math.round(y.posToVal(A.left,"x")),j=Math.round(y.posToVal(A.left+A.width,"x"));y.setSelect({left:0,top:0,width:0,height:0},!1),T._dragged=!0,t.onRange(P,j)}}],ready:[y=>T._ready(y)]}};this.u=new Lt(q,[i,...d],this.el),this._synced=!!t.syncKey}_xRange(t,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:t==null?[0,1]:t===n?[t-1,n+1]:[t,n]}_ready(t){let n=this.opts,l=t.over;if(n.onset!=null){let i=document.createElement("div");i.className="nw-onset-label",i.dataset.step=String(n.onset),i.textContent=`onset ${n.onset}`,l.appendChild(i),this.onsetLabel=i,this._placeLabel()}this.hlineLabels=this.hlines.map(i=>{let a=document.createElement("div");return a.className="nw-hline-label",a.dataset.value=String(i.value),a.textContent=i.text||i.label,a.title=i.text||i.label,l.appendChild(a),a}),this._placeLabel();let s=null;l.addEventListener("mousedown",i=>{s=[i.clientX,i.clientY],this._dragged=!1}),l.addEventListener("click",i=>{if(!n.onStep||this._dragged||s&&Math.abs(i.clientX-s[0])>3)return;let a=t.cursor.left;if(a==null||a<0)return;let f=Math.round(t.posToVal(a,"x"));n.onStep(this._nearestStep(f))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i]<t?l=i+1:s=i}return l>0&&Math.abs(n[l-1]-t)<Math.abs(n[l]-t)&&l--,n[l]}_placeLabel(){if(!this.u||((this.hlineLabels||[]).forEach((s,i)=>{let a=this.hlines[i],f=this.u.valToPos(a.value,a.scale),m=this.u.over.clientHeight||this.u.bbox.height/devicePixelRatio;s.style.display=f>=0&&f<=m+.5?"":"none",s.style.top=`${f}px`,s.classList.toggle("nw-below",f<16),s.dataset.y=String(f)}),!this.onsetLabel))return;let t=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=t>=0&&t<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${t}px`,this.onsetLabel.classList.toggle("nw-left",t>n-70),this.onsetLabel.dataset.x=String(t)}_drawOverlay(t){let n=this.opts,l=Hn(),s=t.ctx,{left:i,top:a,width:f,height:m}=t.bbox,d=devicePixelRatio||1,g=p=>t.valToPos(p,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(i,a,f,m),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let p=Math.max(i,g(n.windowStart)),x=Math.min(i+f,g(n.onset));x>p&&(s.fillStyle=l.window,s.fillRect(p,a,x-p,m))}for(let[p,x]of this.bad){let M=g(p);s.fillStyle=x==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(M-3.5*d,a),s.lineTo(M+3.5*d,a),s.lineTo(M,a+6*d),s.closePath(),s.fill()}if(n.onset!=null){let p=Math.round(g(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*d,s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+m),s.stroke()}if(n.selStep!=null){let p=Math.round(g(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*d,s.setLineDash([4*d,3*d]),s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+m),s.stroke()}s.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Lt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function nr(e="nw"){return Lt.sync(e).plots.length}function h(e,t,...n){let l=document.createElement(e);if(t)for(let[s,i]of Object.entries(t))i==null||i===!1||(s==="class"?l.className=i:s==="text"?l.textContent=String(i):s==="style"&&typeof i=="object"?Object.assign(l.style,i):s.startsWith("on")&&typeof i=="function"?l.addEventListener(s.slice(2),i):s==="dataset"?Object.assign(l.dataset,i):l.setAttribute(s,i===!0?"":String(i)));return lr(l,n),l}function lr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?lr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Le(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var jn="tb_nanwatch",Pl=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,i=this.listeners.get(n.type);if(i)try{l=await i(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(t,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(i=>{let a=setTimeout(()=>{this.waits.delete(s),i(null)},l);this.waits.set(s,{resolve:f=>{clearTimeout(a),i(f)},reject:()=>{clearTimeout(a),i(null)}}),this._post({type:t,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:jn})}};function sr(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${jn}.`;for(let l of e.split("&")){let s=l.indexOf("=");if(s<0)continue;let i=decodeURIComponent(l.slice(0,s));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return t}catch{return null}}function or(e){let t;try{if(t=window.parent,!t||t===window)return;let n=t.location,l=n.hash.replace(/^#/,""),i=(l?l.split("&"):[]).filter(f=>!f.startsWith(`p.${jn}.`)&&!f.startsWith(encodeURIComponent(`p.${jn}.`)));(!i.length||i[0].includes("="))&&i.unshift(jn);for(let[f,m]of Object.entries(e))m==null||m===""||i.push(`${encodeURIComponent(`p.${jn}.${f}`)}=${encodeURIComponent(String(m))}`);let a=new URL(n.href);a.hash=i.join("&"),a.href!==n.href&&t.history.replaceState(t.history.state,"",a.href)}catch{}}var ir={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5},rr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet"};function Ws(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(rr,t)?rr[t]:null})}function Bc(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function ar(e,t,n){let l=performance.now(),s=await Bt("runs",null,n);e.runsKey=JSON.stringify(s.runs||[]);let i=(s.runs||[]).map((g,p)=>({...g,_i:p}));i.sort((g,p)=>(ir[g.status]??4.5)-(ir[p.status]??4.5)||g._i-p._i),e.runs=i;let a=i.filter(g=>g.status!=="healthy").length,f=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${a} failing`}));if(!i.length){t.append(f,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let m=h("tbody");for(let g of i){let p=g.onset,x=g.origin&&(g.origin.layer||g.origin.tensor)?g.origin:p,M=g.top_cause,_=[];g.sampled&&_.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let D of g.problems||[])_.push(h("span",{class:"nw-chip nw-warn",title:String(D),text:String(D)}));let N=D=>{D.preventDefault(),e.setState({run:g.run,layer:null,step:null,start:null,end:null})},C=h("tr",{class:"nw-run-row",dataset:{run:g.run,status:String(g.status)},tabindex:"0",onclick:N,onkeydown:D=>D.key==="Enter"&&N(D)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:g.run}),text:g.run,onclick:N})),h("td",null,Ws(g.status)),h("td",{class:"nw-onset-step",text:p&&p.step!=null?String(p.step):"–"}),h("td",{class:"nw-origin"},x?h("span",{text:Bc(x)}):"–",x&&x.layer&&x.tensor?h("div",{class:"nw-muted nw-small",text:x.tensor}):null,x&&x!==p&&x.step!=null&&p&&x.step!==p.step?h("div",{class:"nw-muted nw-small",text:`from step ${x.step}`}):null),h("td",{class:"nw-top-cause"},M?h("span",{text:M.summary||M.id}):h("span",{class:"nw-muted",text:g.status==="healthy"?"no cause found":"–"}),M&&M.score!=null?h("span",{class:"nw-score",text:mt(Number(M.score),2)}):null),h("td",{class:"nw-num",text:g.steps!=null?String(g.steps):"–"}),h("td",{class:"nw-notes"},_));m.appendChild(C)}let d=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(g=>h("th",{text:g})))),m);t.append(f,h("div",{class:"nw-card nw-scroll-x"},d)),e.timing("overview",performance.now()-l)}var zl=/[A-Za-z0-9_]/;function cr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let l=n>0?e[n-1]:"",s=e[n+t.length]||"";if(!(zl.test(t[0])&&zl.test(l))&&!(zl.test(t[t.length-1])&&zl.test(s)))return!0}return!1}function Uc(e,t){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(e);l&&(n.step=Number(l[1]));let s=null;for(let i of t)i.name&&cr(e,i.name)&&(!s||i.name.length>s.name.length)&&(s=i);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let i=null;for(let a of t)a.layer&&cr(e,a.layer)&&(!i||a.layer.length>i.length)&&(i=a.layer);n.layer=i}return n}async function Gc(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let l=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=e,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}function ur(e,t,n,l=[]){let s=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));s.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let a=h("ol",{class:"nw-cause-list"});s.forEach((d,g)=>{let p=Number(d.score),x=h("ul",{class:"nw-evidence"});for(let _ of d.evidence||[]){let N=typeof _=="string"?_:String(_&&_.text!=null?_.text:JSON.stringify(_)),C=Uc(N,t);_&&typeof _=="object"&&(C={step:_.step??C.step,layer:_.layer??C.layer,tensor:_.tensor??C.tensor});let D=C.step!=null||C.layer!=null,k=h("li",{class:D?"nw-ev nw-jump":"nw-ev"});if(D){let z=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[C.layer&&`layer ${C.layer}`,C.step!=null&&`step ${C.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(C),onkeydown:T=>(T.key==="Enter"||T.key===" ")&&(T.preventDefault(),n(C))});k.appendChild(z)}else k.appendChild(h("span",{text:N}));x.appendChild(k)}let M=null;if(d.fix){let _=h("button",{class:"nw-btn nw-copy",text:"Copy"});_.addEventListener("click",()=>Gc(String(d.fix),_)),M=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),_),h("pre",null,h("code",{text:String(d.fix)})))}a.appendChild(h("li",{class:"nw-cause",dataset:{id:String(d.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${g+1}`}),h("span",{class:"nw-cause-summary",text:d.summary||d.id}),h("span",{class:"nw-scorebar",title:`score ${mt(p,3)}`},h("span",{style:{width:`${Math.max(0,Math.min(1,p))*100}%`}})),h("span",{class:"nw-score",text:mt(p,2)})),h("div",{class:"nw-muted nw-small",text:String(d.id)}),x,M))}),i.appendChild(a);let f=e.ruled_out||[];f.length&&i.appendChild(h("details",{class:"nw-ruled",open:s.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(d=>h("li",{class:"nw-ruled-item",text:typeof d=="string"?d:d.summary||d.id||JSON.stringify(d)}))))),l.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${l.length}): `}),l.map((d,g)=>h("span",{class:"nw-rule-error",title:d.error!=null?String(d.error):null},g?", ":"",h("code",{text:String(d.id)}),d.error!=null?` (${d.error})`:""))));let m=e.skipped||[];return m.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (series not logged): ${m.join(", ")}`})),i}var Dl=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Kc(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Dl.length-1),l=Math.min(Dl.length-2,Math.floor(n)),s=n-l;for(let i=0;i<3;i++)e[t*3+i]=Dl[l][i]*(1-s)+Dl[l+1][i]*s}return e}var Bn=Kc();function Hs(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let l=parseInt(t[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function js(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}var Rl=class{constructor(t,n,l){this.el=t,this.data=n,this.opts=l,this.render()}render(){let{el:t,data:n,opts:l}=this;Le(t);let s=n.rows||[],i=n.buckets||[],a=s.length,f=i.length;if(!a||!f){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let m=Hn(),d=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=d;let g=1/0,p=-1/0,x=n.magnitude,M=n.nonfinite;for(let G=0;G<a;G++){let I=x[G];for(let dt=0;dt<f;dt++){let nt=js(I[dt]);nt!==null&&Number.isFinite(nt)&&(nt<g&&(g=nt),nt>p&&(p=nt))}}p>=g||(g=0,p=1),p-g<1e-9&&(p=g+1),this.lo=g,this.hi=p;let _=h("div",{class:"nw-hm"}),N=h("div",{class:"nw-hm-labels",style:{height:`${a*d}px`}}),C=n.layers||[],D=d>=9?1:Math.ceil(12/d);for(let G=0;G<a;G++){let I=G%D===0,dt=h("div",{class:"nw-hm-label"+(l.selLayer!=null&&C[G]===l.selLayer?" nw-sel":"")+(D>1?" nw-thin":""),style:{height:`${d}px`,lineHeight:D>1?"12px":`${d}px`},title:s[G],text:I?s[G]:""});dt.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:C[G]??null,step:null})),N.appendChild(dt)}let k=h("div",{class:"nw-hm-plot"}),z=h("canvas",{class:"nw-hm-canvas"}),T=h("div",{class:"nw-tip",style:{display:"none"}});k.append(z,T);let q=h("div",{class:"nw-hm-axis"});_.append(N,k);let y=this._legend(m);t.append(_,q,y),this.canvas=z,this.plot=k,this.tip=T;let A=document.createElement("canvas");A.width=f,A.height=a;let P=A.getContext("2d"),j=P.createImageData(f,a),$=j.data,v=Hs(m.nan),K=Hs(m.inf),B=Hs(m.grid),J=p-g,U=0;for(let G=0;G<a;G++){let I=x[G],dt=M?M[G]:null;for(let nt=0;nt<f;nt++){let tt=(G*f+nt)*4,it=dt?dt[nt]:0,Z;if(it===1)Z=v,U++;else if(it===2)Z=K,U++;else{let V=js(I[nt]);if(V===null||Number.isNaN(V)||V===1/0)Z=B;else{let wt=V===-1/0?0:Math.max(0,Math.min(255,Math.round((V-g)/J*255)))*3;$[tt]=Bn[wt],$[tt+1]=Bn[wt+1],$[tt+2]=Bn[wt+2],$[tt+3]=255;continue}}$[tt]=Z[0],$[tt+1]=Z[1],$[tt+2]=Z[2],$[tt+3]=255}}if(P.putImageData(j,0,0),this.img=A,t.dataset.nonfiniteCells=String(U),this.R=a,this.B=f,this._draw(),this._axis(q),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=k.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(k.clientWidth-G)>2&&(G=k.clientWidth,this._draw())}),this.ro.observe(k)}z.addEventListener("mousemove",G=>this._hover(G)),z.addEventListener("mouseleave",()=>T.style.display="none"),z.addEventListener("click",G=>{let I=this._cellAt(G);I&&l.onCell&&l.onCell(I)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},l=t.layers||[];return(t.nonfinite||[]).forEach((s,i)=>{let a=l[i];if(a==null)return;let f=s.findIndex(d=>d===1||d===2);if(f<0)return;let m=t.buckets[f][0];(!(a in n)||m<n[a][0])&&(n[a]=[m,s[f]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:l,B:s,rh:i}=this,a=window.devicePixelRatio||1,f=Math.max(100,n.clientWidth||600),m=l*i;this.w=f,this.hgt=m,t.style.width=`${f}px`,t.style.height=`${m}px`,t.width=Math.round(f*a),t.height=Math.round(m*a);let d=t.getContext("2d");d.imageSmoothingEnabled=!1,d.drawImage(this.img,0,0,s,l,0,0,t.width,t.height);let g=Hn(),{onset:p,selStep:x,selLayer:M}=this.opts,_=this.data.layers||[];if(M!=null){d.strokeStyle=g.select,d.lineWidth=1.5*a;for(let C=0;C<l;C++)_[C]===M&&d.strokeRect(.75*a,C*i*a+.75*a,t.width-1.5*a,i*a-1.5*a)}let N=C=>{let D=this._bucketOf(C);return D==null?null:(D+.5)/s*t.width};if(p!=null){let C=N(p);C!=null&&(d.strokeStyle=g.onset,d.lineWidth=2*a,d.setLineDash([5*a,3*a]),d.beginPath(),d.moveTo(C,0),d.lineTo(C,t.height),d.stroke(),d.setLineDash([]))}if(x!=null){let C=N(x);C!=null&&(d.strokeStyle=g.select,d.lineWidth=1*a,d.beginPath(),d.moveTo(C,0),d.lineTo(C,t.height),d.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let i=l+s>>1;n[i][1]<t?l=i+1:s=i}return l}_cellAt(t){let n=this.canvas.getBoundingClientRect(),l=t.clientX-n.left,s=t.clientY-n.top,i=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(i<0||i>=this.B||a<0||a>=this.R)return null;let f=this.data,[m,d]=f.buckets[i],g=f.nonfinite?f.nonfinite[a][i]:0;return{row:a,bucket:i,name:f.rows[a],layer:(f.layers||[])[a]??null,step:m,first:m,last:d,magnitude:js(f.magnitude[a][i]),nonfinite:g===1?"NaN":g===2?"Inf":null,source:f.bucket_source?f.bucket_source[i]:null,x:l,y:s}}_hover(t){let n=this._cellAt(t),l=this.tip;if(!n){l.style.display="none";return}Le(l),l.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${mt(Math.pow(10,n.magnitude))} (log10 ${mt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${l}`}),h("span",{text:String(i)}),h("span",{text:String(s)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let i=0;i<120;i++){let a=Math.round(i/119*255)*3;l.fillStyle=`rgb(${Bn[a]},${Bn[a+1]},${Bn[a+2]})`,l.fillRect(i,0,1,10)}let s=(i,a)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),a);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${mt(this.lo,2)}`}),n,h("span",{text:`10^${mt(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Yc=["nan","inf","max_abs","std","mean","scale_spread"];async function fr(e,t,n){let l=e.rows.filter(m=>m.kind==="input"||m.kind==="target");if(!l.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Bt("series",{run:e.run,tensor:l.map(m=>m.name),stat:Yc,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let m of s.series||[])i.set(`${m.tensor}\0${m.stat}`,{steps:m.steps,values:An(m.values)});let a=h("tbody"),f=h("div",{class:"nw-grid-multi"});for(let m of l){let d=v=>i.get(`${m.name}\0${v}`)||{steps:[],values:[]},g=d("nan"),p=d("inf"),x=d("max_abs"),M=d("std"),_=d("mean"),N=d("scale_spread"),C=0,D=0,k=null,z=!1;g.values.forEach((v,K)=>{(v>0||Number.isNaN(v))&&(v>0?C+=v:z=!0,(k===null||g.steps[K]<k)&&(k=g.steps[K]))}),p.values.forEach((v,K)=>{v>0&&(D+=v,(k===null||p.steps[K]<k)&&(k=p.steps[K]))});let T=null,q=null,y=null;x.values.forEach((v,K)=>{Number.isFinite(v)&&(T===null||v>T)&&(T=v);let B=M.values[K],J=_.values[K];if(Number.isFinite(v)&&Number.isFinite(B)&&B>0){let U=(v-Math.abs(Number.isFinite(J)?J:0))/B;(q===null||U>q)&&(q=U,y=x.steps[K])}});let A=null;for(let v of N.values)Number.isFinite(v)&&(A===null||v>A)&&(A=v);let P=C+D>0||z,j=v=>z?`${v?`${mt(v)} + `:""}?`:mt(v);a.appendChild(h("tr",{class:P?"nw-bad-row":""},h("td",{class:"nw-mono",text:m.name}),h("td",{class:C||z?"nw-nan-text":"",text:j(C),title:z?"some counts unknown":null}),h("td",{class:D||z?"nw-inf-text":"",text:j(D),title:z?"some counts unknown":null}),h("td",{text:k===null?"–":String(k)}),h("td",{text:mt(T)}),h("td",{class:q!==null&&q>10?"nw-warn-text":"",text:q===null?"–":`${mt(q,3)} σ @ ${y}`}),h("td",{class:A!==null&&A>100?"nw-warn-text":"",text:mt(A)})));let $=h("div",{class:"nw-mini"});f.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${m.name}: max |x|`}),$)),e.defer(()=>e.charts.push(new Je($,{series:[{label:"max |x|",steps:x.steps,values:x.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,K)=>e.zoom(v,K),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(m=>h("th",{text:m})))),a)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),f)}function qc(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=t.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...t.values()]}var dr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,$l=class{constructor(t,n){if(this.ctx=t,this.groups=qc(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=h("div",{class:"nw-layers"});for(let s of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),a=h("div",{class:"nw-layer",dataset:{layer:s.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?h("span",{class:"nw-chip",text:String(s.act.activation)}):null),i);a.addEventListener("click",f=>{f.target.closest(".u-over")||t.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:i,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let i of s)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let i of s){let a=this.cards.get(i.target.dataset.layer);if(a){a.visible=i.isIntersecting;for(let f of a.charts)f.setSynced(i.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let i=t[n];l.classList.toggle("nw-layer-hasbad",!!i),i&&l.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[s,{card:i}]of this.cards)i.classList.toggle("nw-sel",s===t);let l=this.cards.get(t);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,l=t.map(p=>this.cards.get(p).group),s=l.filter(p=>p.act).map(p=>p.act.name),i=l.flatMap(p=>[...p.grads,...p.weights].map(x=>x.name)),a=l.flatMap(p=>p.weights.map(x=>x.name)),f={run:n.run,start:n.range[0],end:n.range[1],points:300},m=[];s.length&&m.push(Bt("series",{...f,tensor:s,stat:["min","max","mean"]},n.signal)),i.length&&m.push(Bt("series",{...f,tensor:i,stat:["trace"]},n.signal)),a.length&&m.push(Bt("series",{...f,tensor:a,stat:["update_ratio"]},n.signal));let d;try{d=await Promise.all(m)}catch(p){if(n.signal.aborted)return;for(let x of t){let{body:M}=this.cards.get(x);M.textContent=`Could not load: ${p.message}`}return}if(n.signal.aborted)return;let g=new Map;for(let p of d)for(let x of p.series||[])g.set(`${x.tensor}\0${x.stat}`,{steps:x.steps,values:An(x.values)});for(let p of t){if(n.signal.aborted)return;let x=this.cards.get(p);this._draw(x,g);for(let M of x.charts)M.setSynced(x.visible);await new Promise(M=>requestAnimationFrame(()=>M()))}}_draw(t,n){let{body:l,group:s}=t,i=this.ctx;l.textContent="";let a=(d,g)=>n.get(`${d}\0${g}`),f=[];if(s.act){let d=a(s.act.name,"min"),g=a(s.act.name,"max"),p=a(s.act.name,"mean");d&&g&&f.push(["activation range",[{label:"max",steps:g.steps,values:g.values,band:"hi"},{label:"min",steps:d.steps,values:d.values,band:"lo"},...p?[{label:"mean",steps:p.steps,values:p.values,dash:[3,3]}]:[]],!1])}let m=d=>d.map(g=>({label:dr(g.name,s.layer),...a(g.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&f.push(["gradient norm",m(s.grads),!0]),s.weights.length&&f.push(["weight norm",m(s.weights),!0]),s.weights.length&&f.push(["update ratio",s.weights.map(d=>({label:dr(d.name,s.layer),...a(d.name,"update_ratio")||{steps:[],values:[]}})),!0]),!f.length){l.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[d,g,p]of f){let x=h("div",{class:"nw-mini"});if(l.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:d}),x)),g.every(_=>!_.steps.length)){x.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let M=new Je(x,{series:g,log:p,compact:!0,height:110,range:i.range,onset:i.onset,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:_=>i.jump({step:_,layer:s.layer}),onRange:(_,N)=>i.zoom(_,N),onReset:()=>i.zoom(null,null)});i.charts.push(M),t.charts.push(M)}}};var Bs=8,Qt=e=>e==null?"":String(e),Ol=e=>Array.isArray(e)?e:[],Ze=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,ol=e=>{let t=rn(e);return t===null?"–":mt(t)};function Jc(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function Zc(e){let t=[Qt(e.name)||Qt(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function Qc(e){let t=Object.entries(e).filter(([l])=>l!=="class"&&l!=="learning_rate").map(([l,s])=>`${l}=${typeof s=="number"?mt(s):Qt(s)}`),n=e.learning_rate!=null?[`learning_rate=${ol(e.learning_rate)}`]:[];return`${Qt(e.class)||"?"}(${[...n,...t].join(", ")})`}function Xc(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${Qt(e.epochs??"?")} epochs × ${Qt(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function tu(e){let t=Object.entries(e);return t.slice(0,Bs).map(([l,s])=>{let i=rn(s);return i===null?l:`${l} (${mt(100*i,3)}%)`}).join(", ")+(t.length>Bs?`, … ${t.length-Bs} more`:"")}function eu(e,t,n){let l=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),s=h("tbody");return e.forEach((i,a)=>{let f=Qt(i.name),m=t.has(f),d=l.has(f)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${f}`,text:f,onclick:()=>n.jump({layer:f}),onkeydown:g=>(g.key==="Enter"||g.key===" ")&&(g.preventDefault(),n.jump({layer:f}))}):h("span",{class:"nw-model-layer-name",text:f});s.appendChild(h("tr",{class:m?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:f}},h("td",{class:"nw-num nw-muted",text:String(a+1)}),h("td",{class:"nw-mono"},d,m?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:Qt(i.class)||"–"}),h("td",{class:"nw-model-act",text:Qt(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?Qt(i.units):"–"}),h("td",{class:"nw-mono",text:Jc(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?Qt(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),s))}function nu(e){let t=h("tbody");for(let[n,l]of Object.entries(e)){let s=Ze(l)||{},i=Ze(s.values),a=rn(s.nonfinite),f=s.min==null&&s.max==null?"–":`[${ol(s.min)}, ${ol(s.max)}]`,m=[Qt(s.dtype)||"float",s.features!=null?` × ${s.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:m}),h("td",{class:"nw-model-range",text:f}),h("td",{text:s.mean==null?"–":`${ol(s.mean)} ± ${ol(s.std)}`}),h("td",{class:"nw-model-values",text:i?tu(i):s.integer?"whole numbers":"–"}),h("td",{class:a?"nw-nan-text":"",text:a===null?"–":mt(a)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function pr(e,t){let n=Ze(e);if(!n)return null;let l=Ol(n.layers).filter(N=>Ze(N)),s=new Set(Ol(n.outputs).map(Qt)),i=Ol(n.losses).filter(N=>Ze(N)),a=Ze(n.optimizer),f=Ze(n.fit)||{},m=Ze(n.data)||{},d=Ol(n.lines).map(Qt),g=[],p=(N,...C)=>g.push(h("dt",{text:N}),h("dd",{class:`nw-fact-${N.toLowerCase().replace(/[^a-z]+/g,"-")}`},...C));s.size&&p("Output",[...s].map((N,C)=>[C?", ":"",h("code",{class:"nw-model-output",text:N})])),i.length&&p("Loss",i.map((N,C)=>[C?"; ":"",h("code",{class:"nw-model-loss",text:Zc(N)})])),a&&p("Optimizer",h("code",{class:"nw-model-optimizer",text:Qc(a)}));let x=Xc(f);x&&p("Fit",x),n.dtype_policy!=null&&p("dtype policy",h("code",{text:Qt(n.dtype_policy)}));let M=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),_=Object.keys(m).length>0;return!l.length&&!g.length&&!_?(d.length?M.appendChild(h("ul",{class:"nw-model-lines"},d.map(N=>h("li",{class:"nw-mono",text:N})))):M.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),M):(M.append(h("div",{class:"nw-model-grid"},l.length?eu(l,s,t):h("p",{class:"nw-muted",text:"No layers were logged."}),g.length?h("dl",{class:"nw-facts"},g):null)),_&&M.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),nu(m)),d.length&&M.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:d.join(`
`)})))),M)}var hr=20,lu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],il=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Al(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,l=n.state,s=l.run,i=performance.now(),a=Bt("diagnosis",{run:s},t),f=await Bt("tensors",{run:s},t),m=(f.rows||[]).length;this.hmKind===null&&(this.hmKind=m>150?"activation":"");let d=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),g=Bt("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(d),kind:this.hmKind||null},t).catch(R=>R),p=await a,x=f.rows||[],M=Number(p.steps)||0,_=p.onset&&p.onset.step!=null?Number(p.onset.step):null,N=[0,Math.max(1,M-1)],C=[l.start??N[0],l.end??N[1]];C[1]>C[0]||(C=N);let D=this,k=[],z={run:s,rows:x,range:C,full:N,onset:_,windowStart:_==null?null:_-hr,charts:this.charts,signal:t,defer:R=>k.push(R),selStep:()=>n.state.step??null,jump:R=>D.jump(R),zoom:(R,Pt)=>D.zoom(R,Pt)};this.ctx=z;let T=h("select",{class:"nw-select",title:"Run"});for(let R of n.runs||[{run:s}]){let Pt=h("option",{value:R.run,text:R.run});R.run===s&&(Pt.selected=!0),T.appendChild(Pt)}[...T.options].some(R=>R.value===s)||T.appendChild(h("option",{value:s,text:s,selected:!0})),T.addEventListener("change",()=>n.setState({run:T.value,layer:null,step:null,start:null,end:null}));let q=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:R=>{R.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),y=p.onset?h("span",{class:"nw-onset-summary"},"first non-finite at step ",h("b",{class:"nw-onset-step",text:String(p.onset.step)}),p.onset.phase?` in the ${p.onset.phase} phase`:"",p.onset.tensor?h("span",null,", tensor ",h("code",{text:String(p.onset.tensor)})):"",p.onset.layer?h("span",null," (layer ",h("code",{text:String(p.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:"no non-finite value"}),A=_!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let R=Math.max(25,Math.round(M*.03));this.zoom(Math.max(N[0],_-R),Math.min(N[1],_+Math.max(10,Math.round(R/3))))}}):null,P=C[0]!==N[0]||C[1]!==N[1],j=h("button",{class:"nw-btn",text:"Full range",disabled:P?null:!0,onclick:()=>this.zoom(null,null)}),$=h("div",{class:"nw-head"},q,T,Ws(p.status),y,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${C[0]}–${C[1]} of ${M}`}),A,j),v=su(p),K=Array.isArray(p.rule_errors)?p.rule_errors.filter(R=>R&&typeof R=="object"):[],B=new Set(K.map(R=>`rule ${R.id} failed: ${R.error}`)),J=(Array.isArray(p.notes)?p.notes:[]).map(String).filter(R=>!B.has(R)),U=p.status==="stalled",G=U?iu(J,v):null,I=h("div",{class:"nw-notices"});p.sampled&&I.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));for(let R of[...p.problems||[],...U?[]:J].map(String).filter((Pt,te,ye)=>ye.indexOf(Pt)===te))I.appendChild(h("div",{class:"nw-notice",text:String(R)}));let dt=p.origin,nt=p.onset||{};dt&&dt.how&&(dt.tensor!==nt.tensor||dt.step!==nt.step)&&I.appendChild(h("div",{class:"nw-notice nw-info",text:`Origin: ${p.origin.tensor??p.origin.layer??"?"} at step ${p.origin.step??"?"} (${p.origin.how})`}));let tt=ur(p,x,R=>this.jump(R),K),it=pr(p.model,z),Z=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),V=h("div",{class:"nw-timeline",dataset:{onsetStep:_==null?"":String(_)}});Z.append(V,h("div",{class:"nw-muted nw-small"},"Log scale. Red line: onset; shaded: the ",String(hr)," steps before it; triangles: NaN/Inf values.",v?" Dashed line: the loss a constant predictor reaches on this run's targets.":""," Drag to zoom, double-click to reset, click to select a step."));let wt=h("section",{class:"nw-card nw-heatmap-card"}),Nt=h("select",{class:"nw-select nw-hm-kind"});for(let[R,Pt]of lu){if(R&&!x.some(ye=>ye.kind===R))continue;let te=h("option",{value:R,text:Pt});R===this.hmKind&&(te.selected=!0),Nt.appendChild(te)}let pt=h("div",{class:"nw-heatmap"});Nt.addEventListener("change",()=>{this.hmKind=Nt.value,this._loadHeatmap(pt,t)}),wt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),Nt),pt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let ot=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),Kt=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Le(this.root);let Ut=h("div",{class:"nw-top"},tt,Z);U?this.root.append($,G,I,Ut,it,wt,ot,Kt):this.root.append($,I,Ut,wt,it,ot,Kt);let yt=Math.max(300,V.clientWidth||800),le=["loss","global_grad_norm"].filter(R=>x.some(Pt=>Pt.name===R)),xe=le.length?Bt("series",{run:s,tensor:le,stat:"trace",start:C[0],end:C[1],points:Math.min(4e3,2*yt)},t):Promise.resolve({series:[]}),Xt=this._loadHeatmap(pt,t,g),Ne=fr(z,ot,t).catch(R=>{t.aborted||ot.appendChild(h("div",{class:"nw-error",text:String(R.message||R)}))}),Oe=await xe;if(t.aborted)return;let He={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},Ie=(Oe.series||[]).map(R=>({label:R.tensor==="global_grad_norm"?"global grad norm":R.tensor,steps:R.steps,values:An(R.values),scale:R.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(R.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||He[R.tensor],width:1.5})),hn=Ie.some(R=>R.scale==="loss");Ie.length?(this.timeline=new Je(V,{series:Ie,hlines:v&&hn?[{value:v.loss,scale:"loss",label:"constant predictor",text:ou(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:C,onset:_,windowStart:z.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:R=>this.jump({step:R}),onRange:(R,Pt)=>this.zoom(R,Pt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):V.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let be=(Oe.series||[]).find(R=>R.returned<R.logged);if(be&&Z.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${be.returned} of ${be.logged} steps (each bucket's min and max, every step near the onset).`})),await Xt,!t.aborted){this.grid=new $l(z,Kt),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await Ne;for(let R of k)R();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,l){let s=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Bt("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Rl(t,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:f=>this.jump({layer:f.layer,step:f.step,tensor:f.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(Le(t),t.appendChild(h("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,l={};t.layer!==void 0&&t.layer!==null&&(l.layer=t.layer),t.step!==void 0&&t.step!==null&&(l.step=Math.round(t.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let i=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-i),l.end=Math.min(this.ctx.full[1],l.step+i)}n.setState(l)}applySelection(t=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];s.forEach((a,f)=>a.classList.toggle("nw-sel",n.layer!=null&&i[f]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function su(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=rn(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function ou(e){return`constant predictor: ${mt(e.loss)}${e.what?` (${e.what})`:""}`}function iu(e,t){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the loss is not making real progress, so the model is learning little or nothing."),e.length?h("ul",{class:"nw-status-notes"},e.map(n=>h("li",{class:"nw-status-note",text:n}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:mt(t.loss)}),", the dashed line on the loss chart."):null)}var Us=["run","layer","step","start","end"],ru=new Set(["step","start","end"]);function Gs(e){let t={};for(let n of Us){let l=e?e[n]:void 0;if(!(l==null||l==="")){if(ru.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);t[n]=l}}return t}function Ks(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Us)e.has(n)&&(t[n]=e.get(n));return Gs(t)}function Ys(e){let t=new URLSearchParams;for(let s of Us){let i=e[s];i==null||i===""||t.set(s,String(i))}let n=t.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}var qs=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Pl}async start(){let t=Ks();if(!Object.keys(t).length){let n=sr();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Gs(n))}this.state=t,Ys(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ks();this._apply(n)}),er(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}hrefFor(t){let n=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&n.set(s,String(i));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(t){let n={...this.state,...t};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(t){let n=this.state;this.state=t,Ys(t),or(t),n.run!==t.run||n.start!==t.start||n.end!==t.end||!this.view?this.rerender():this.view instanceof il&&(n.layer!==t.layer||n.step!==t.step)&&this.view.applySelection(!0)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let l=(await Bt("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Al(this.root);let n=h("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Bt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Le(this.root).appendChild(n),await ar(this,n,t.signal))),this.state.run&&!t.signal.aborted){let s=new il(this,n);this.view=s,Le(this.root).appendChild(n),await s.render(t.signal)}}catch(s){if(t.signal.aborted||s&&s.name==="AbortError")return;Le(this.root).appendChild(n),Le(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Il=null;function pf(){if(Il)return Il;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=To+`
`+Lo,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let l=new qs(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=nr,Il=l.start(),Il}export{pf as render};
