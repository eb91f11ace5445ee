var zo='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Ro=`:root {
  --nw-bg: #ffffff;
  --nw-panel: #ffffff;
  --nw-panel2: #f5f6f8;
  --nw-border: #dfe1e5;
  --nw-fg: #202124;
  --nw-muted: #5f6368;
  --nw-grid: #e8eaed;
  --nw-accent: #f57c00;
  --nw-link: #1a73e8;
  /* loss and gradient norm: Okabe-Ito blue and bluish green (distinct under colour blindness, and
     from the rollback purple, the spike orange, the onset red and the NaN magenta) */
  --nw-loss: #0072b2;
  --nw-gnorm: #009e73;
  --nw-lr: #2ca02c;
  --nw-onset: #d50000;
  --nw-window: rgba(213, 0, 0, 0.1);
  --nw-select: #1a73e8;
  --nw-nan: #ff00c8;
  --nw-inf: #ff6a00;
  --nw-band: rgba(0, 114, 178, 0.18);
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
  --nw-stop: #3c4043;
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
  /* sky blue and yellow: far apart in hue and lightness on the dark background */
  --nw-loss: #56b4e9;
  --nw-gnorm: #f0e442;
  --nw-onset: #ff5252;
  --nw-window: rgba(255, 82, 82, 0.16);
  --nw-select: #8ab4f8;
  --nw-band: rgba(86, 180, 233, 0.25);
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
  --nw-stop: #e8eaed;
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
  /* breaks only at the <wbr> after a "/" (overview.js), never inside a word */
  overflow-wrap: normal;
  word-break: normal;
}
/* the status column is as narrow as its badge; a stalled run's note wraps in a readable measure */
.nw-status-cell {
  width: 1%;
}
.nw-status-note {
  min-width: 15em;
  max-width: 24em;
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
  /* a long name may wrap, only where it cannot fit on a line of its own */
  overflow-wrap: anywhere;
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
.nw-fix-text {
  margin: 0;
  padding: 6px 10px;
  overflow-x: auto;
}
/* inline code wraps only at its spaces, never inside a name */
.nw-inline-code {
  overflow-wrap: normal;
  word-break: normal;
  padding: 0 3px;
  border-radius: 3px;
  background: var(--nw-panel);
  border: 1px solid var(--nw-border);
}
/* runnable code: as written, a long line scrolls */
.nw-fix-code {
  margin: 0;
  padding: 6px 10px 8px;
  white-space: pre;
  overflow-x: auto;
}
.nw-fix-code code {
  overflow-wrap: normal;
  word-break: normal;
}
.nw-fix-text + .nw-fix-code {
  border-top: 1px dashed var(--nw-border);
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
/* labels on a chart: absolutely placed by charts.js so that none overlaps another */
.nw-chart-label {
  position: absolute;
  font-size: 11px;
  line-height: 13px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  pointer-events: none;
  background: var(--nw-panel);
  padding: 0 2px;
  border-radius: 2px;
}
.nw-onset-label {
  font-weight: 600;
  color: var(--nw-onset);
}
.nw-mark {
  font-size: 10.5px;
  font-weight: 600;
  cursor: default;
  pointer-events: auto;
}
.nw-mark-stop {
  color: var(--nw-stop);
}
.nw-zero-label {
  color: var(--nw-muted);
  font-size: 10.5px;
  opacity: 0.9;
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
  color: var(--nw-fg);
  opacity: 0.9;
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
.nw-risks-head {
  font-size: 12.5px;
  font-weight: 500;
  margin: 10px 0 4px;
  color: var(--nw-muted);
}
`;var ra=new URL("./",import.meta.url),ml=class extends Error{constructor(t,n){super(n),this.status=t}};function aa(e,t){let n=new URL(e,ra);if(t){for(let[s,l]of Object.entries(t))if(l!=null)if(Array.isArray(l))for(let i of l)n.searchParams.append(s,String(i));else n.searchParams.set(s,String(l))}return n.toString()}async function Gt(e,t,n){let s=await fetch(aa(e,t),{signal:n,credentials:"same-origin"});if(!s.ok){let l=s.statusText;try{let i=await s.text();i&&(l=i.slice(0,300))}catch{}throw new ml(s.status,`${e}: ${s.status} ${l}`)}return s.json()}function ye(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Xe(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let s=e[n];t[n]=typeof s=="number"?s:ye(s)}return t}var ca="uplot",ua="u-hz",fa="u-vt",pa="u-title",da="u-wrap",ha="u-under",ma="u-over",wa="u-axis",hn="u-off",ga="u-select",ba="u-cursor-x",xa="u-cursor-y",ya="u-cursor-pt",va="u-legend",ka="u-live",Sa="u-inline",_a="u-series",Ma="u-marker",Do="u-label",Na="u-value",es="width",ns="height";var Oo="bottom",zn="left",wl="right",Pl="#000",Io=Pl+"0",gl="mousemove",Fo="mousedown",bl="mouseup",jo="mouseenter",Wo="mouseleave",Vo="dblclick",Ta="resize",Ca="scroll",Ho="change",vs="dppxchange",zl="--",Wn=typeof window<"u",Sl=Wn?document:null,Dn=Wn?window:null,La=Wn?navigator:null,dt,gs;function _l(){let e=devicePixelRatio;dt!=e&&(dt=e,gs&&Nl(Ho,gs,_l),gs=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),mn(Ho,gs,_l),Dn.dispatchEvent(new CustomEvent(vs)))}function ue(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Ml(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Mt(e,t,n){e.style[t]=n+"px"}function $e(e,t,n,s){let l=Sl.createElement(e);return t!=null&&ue(l,t),n?.insertBefore(l,s),l}function ve(e,t){return $e("div",e,t)}var Bo=new WeakMap;function We(e,t,n,s,l){let i="translate("+t+"px,"+n+"px)",r=Bo.get(e);i!=r&&(e.style.transform=i,Bo.set(e,i),t<0||n<0||t>s||n>l?ue(e,hn):Ml(e,hn))}var Uo=new WeakMap;function Go(e,t,n){let s=t+n,l=Uo.get(e);s!=l&&(Uo.set(e,s),e.style.background=t,e.style.borderColor=n)}var Ko=new WeakMap;function Yo(e,t,n,s){let l=t+""+n,i=Ko.get(e);l!=i&&(Ko.set(e,l),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-n/2+"px":0)}var Rl={passive:!0},$a={...Rl,capture:!0};function mn(e,t,n,s){t.addEventListener(e,n,s?$a:Rl)}function Nl(e,t,n,s){t.removeEventListener(e,n,Rl)}Wn&&_l();function Ae(e,t,n,s){let l;n=n||0,s=s||t.length-1;let i=s<=2147483647;for(;s-n>1;)l=i?n+s>>1:fe((n+s)/2),t[l]<e?n=l:s=l;return e-t[n]<=t[s]-e?n:s}function ki(e){return(n,s,l)=>{let i=-1,r=-1;for(let d=s;d<=l;d++)if(e(n[d])){i=d;break}for(let d=l;d>=s;d--)if(e(n[d])){r=d;break}return[i,r]}}var Si=e=>e!=null,_i=e=>e!=null&&e>0,_s=ki(Si),Aa=ki(_i);function Ea(e,t,n,s=0,l=!1){let i=l?Aa:_s,r=l?_i:Si;[t,n]=i(e,t,n);let d=e[t],u=e[t];if(t>-1)if(s==1)d=e[t],u=e[n];else if(s==-1)d=e[n],u=e[t];else for(let f=t;f<=n;f++){let b=e[f];r(b)&&(b<d?d=b:b>u&&(u=b))}return[d??xt,u??-xt]}function Ms(e,t,n,s){let l=Zo(e),i=Zo(t);e==t&&(l==-1?(e*=n,t/=n):(e/=n,t*=n));let r=n==10?Be:Mi,d=l==1?fe:ke,u=i==1?ke:fe,f=d(r(Rt(e))),b=u(r(Rt(t))),c=On(n,f),w=On(n,b);return n==10&&(f<0&&(c=yt(c,-f)),b<0&&(w=yt(w,-b))),s||n==2?(e=c*l,t=w*i):(e=Li(e,c),t=Ns(t,w)),[e,t]}function Dl(e,t,n,s){let l=Ms(e,t,n,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Ol=.1,qo={mode:3,pad:Ol},ls={pad:0,soft:null,mode:0},Pa={min:ls,max:ls};function ks(e,t,n,s){return Ts(n)?Jo(e,t,n):(ls.pad=n,ls.soft=s?0:null,ls.mode=s?3:0,Jo(e,t,Pa))}function ft(e,t){return e??t}function za(e,t,n){for(t=ft(t,0),n=ft(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Jo(e,t,n){let s=n.min,l=n.max,i=ft(s.pad,0),r=ft(l.pad,0),d=ft(s.hard,-xt),u=ft(l.hard,xt),f=ft(s.soft,xt),b=ft(l.soft,-xt),c=ft(s.mode,0),w=ft(l.mode,0),k=t-e,x=Be(k),M=te(Rt(e),Rt(t)),_=Be(M),E=Rt(_-x);(k<1e-24||E>10)&&(k=0,(e==0||t==0)&&(k=1e-24,c==2&&f!=xt&&(i=0),w==2&&b!=-xt&&(r=0)));let S=k||M||1e3,L=Be(S),C=On(10,fe(L)),z=S*(k==0?e==0?.1:1:i),R=yt(Li(e-z,C/10),24),j=e>=f&&(c==1||c==3&&R<=f||c==2&&R>=f)?f:xt,Y=te(d,R<j&&e>=j?j:Ee(j,R)),N=S*(k==0?t==0?.1:1:r),$=yt(Ns(t+N,C/10),24),y=t<=b&&(w==1||w==3&&$>=b||w==2&&$<=b)?b:-xt,O=Ee(u,$>y&&t<=y?y:te(y,$));return Y==O&&Y==0&&(O=100),[Y,O]}var Ra=new Intl.NumberFormat(Wn?La.language:"en-US"),Il=e=>Ra.format(e),pe=Math,ys=pe.PI,Rt=pe.abs,fe=pe.floor,zt=pe.round,ke=pe.ceil,Ee=pe.min,te=pe.max,On=pe.pow,Zo=pe.sign,Be=pe.log10,Mi=pe.log2,Da=(e,t=1)=>pe.sinh(e)*t,xl=(e,t=1)=>pe.asinh(e/t),xt=1/0;function Qo(e){return(Be((e^e>>31)-(e>>31))|0)+1}function Tl(e,t,n){return Ee(te(e,t),n)}function Ni(e){return typeof e=="function"}function ot(e){return Ni(e)?e:()=>e}var Oa=()=>{},Ti=e=>e,Ci=(e,t)=>t,Ia=e=>null,Xo=e=>!0,ti=(e,t)=>e==t,Fa=/\.\d*?(?=9{6,}|0{6,})/gm,wn=e=>{if(Ai(e)||en.has(e))return e;let t=`${e}`,n=t.match(Fa);if(n==null)return e;let s=n[0].length-1;if(t.indexOf("e-")!=-1){let[l,i]=t.split("e");return+`${wn(l)}e${i}`}return yt(e,s)};function pn(e,t){return wn(yt(wn(e/t))*t)}function Ns(e,t){return wn(ke(wn(e/t))*t)}function Li(e,t){return wn(fe(wn(e/t))*t)}function yt(e,t=0){if(Ai(e))return e;let n=10**t,s=e*n*(1+Number.EPSILON);return zt(s)/n}var en=new Map;function $i(e){return((""+e).split(".")[1]||"").length}function is(e,t,n,s){let l=[],i=s.map($i);for(let r=t;r<n;r++){let d=Rt(r),u=yt(On(e,r),d);for(let f=0;f<s.length;f++){let b=e==10?+`${s[f]}e${r}`:s[f]*u,c=(r>=0?0:d)+(r>=i[f]?0:i[f]),w=e==10?b:yt(b,c);l.push(w),en.set(w,c)}}return l}var os={},Fl=[],In=[null,null],tn=Array.isArray,Ai=Number.isInteger,ja=e=>e===void 0;function ei(e){return typeof e=="string"}function Ts(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Wa(e){return e!=null&&typeof e=="object"}var Va=Object.getPrototypeOf(Uint8Array),Ei="__proto__";function Fn(e,t=Ts){let n;if(tn(e)){let s=e.find(l=>l!=null);if(tn(s)||t(s)){n=Array(e.length);for(let l=0;l<e.length;l++)n[l]=Fn(e[l],t)}else n=e.slice()}else if(e instanceof Va)n=e.slice();else if(t(e)){n={};for(let s in e)s!=Ei&&(n[s]=Fn(e[s],t))}else n=e;return n}function Pt(e){let t=arguments;for(let n=1;n<t.length;n++){let s=t[n];for(let l in s)l!=Ei&&(Ts(e[l])?Pt(e[l],Fn(s[l])):e[l]=Fn(s[l]))}return e}var Ha=0,Ba=1,Ua=2;function Ga(e,t,n){for(let s=0,l,i=-1;s<t.length;s++){let r=t[s];if(r>i){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<n&&e[l]==null;)e[i=l++]=null}}}function Ka(e,t){if(Ja(e)){let r=e[0].slice();for(let d=1;d<e.length;d++)r.push(...e[d].slice(1));return Za(r[0])||(r=qa(r)),r}let n=new Set;for(let r=0;r<e.length;r++){let u=e[r][0],f=u.length;for(let b=0;b<f;b++)n.add(u[b])}let s=[Array.from(n).sort((r,d)=>r-d)],l=s[0].length,i=new Map;for(let r=0;r<l;r++)i.set(s[0][r],r);for(let r=0;r<e.length;r++){let d=e[r],u=d[0];for(let f=1;f<d.length;f++){let b=d[f],c=Array(l).fill(void 0),w=t?t[r][f]:Ba,k=[];for(let x=0;x<b.length;x++){let M=b[x],_=i.get(u[x]);M===null?w!=Ha&&(c[_]=M,w==Ua&&k.push(_)):c[_]=M}Ga(c,k,l),s.push(c)}}return s}var Ya=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function qa(e){let t=e[0],n=t.length,s=Array(n);for(let i=0;i<s.length;i++)s[i]=i;s.sort((i,r)=>t[i]-t[r]);let l=[];for(let i=0;i<e.length;i++){let r=e[i],d=Array(n);for(let u=0;u<n;u++)d[u]=r[s[u]];l.push(d)}return l}function Ja(e){let t=e[0][0],n=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=n)return!1;if(l!=t){for(let i=0;i<n;i++)if(l[i]!=t[i])return!1}}return!0}function Za(e,t=100){let n=e.length;if(n<=1)return!0;let s=0,l=n-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;let i=te(1,fe((l-s+1)/t));for(let r=e[s],d=s+i;d<=l;d+=i){let u=e[d];if(u!=null){if(u<=r)return!1;r=u}}return!0}var Pi=["January","February","March","April","May","June","July","August","September","October","November","December"],zi=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ri(e){return e.slice(0,3)}var Qa=zi.map(Ri),Xa=Pi.map(Ri),tc={MMMM:Pi,MMM:Xa,WWWW:zi,WWW:Qa};function ts(e){return(e<10?"0":"")+e}function ec(e){return(e<10?"00":e<100?"0":"")+e}var nc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ts(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ts(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ts(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ts(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ts(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ec(e.getMilliseconds())};function jl(e,t){t=t||tc;let n=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)n.push(l[0][0]=="{"?nc[l[1]]:l[0]);return i=>{let r="";for(let d=0;d<n.length;d++)r+=typeof n[d]=="string"?n[d]:n[d](i,t);return r}}var sc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function lc(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==sc?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Di=e=>e%1==0,Ss=[1,2,2.5,5],oc=is(10,-32,0,Ss),Oi=is(10,0,32,Ss),ic=Oi.filter(Di),dn=oc.concat(Oi),Wl=`
`,Ii="{YYYY}",ni=Wl+Ii,Fi="{M}/{D}",ss=Wl+Fi,bs=ss+"/{YY}",ji="{aa}",rc="{h}:{mm}",Rn=rc+ji,si=Wl+Rn,li=":{ss}",ht=null;function Wi(e){let t=e*1e3,n=t*60,s=n*60,l=s*24,i=l*30,r=l*365,u=(e==1?is(10,0,3,Ss).filter(Di):is(10,-3,0,Ss)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),f=[[r,Ii,ht,ht,ht,ht,ht,ht,1],[l*28,"{MMM}",ni,ht,ht,ht,ht,ht,1],[l,Fi,ni,ht,ht,ht,ht,ht,1],[s,"{h}"+ji,bs,ht,ss,ht,ht,ht,1],[n,Rn,bs,ht,ss,ht,ht,ht,1],[t,li,bs+" "+Rn,ht,ss+" "+Rn,ht,si,ht,1],[e,li+".{fff}",bs+" "+Rn,ht,ss+" "+Rn,ht,si,ht,1]];function b(c){return(w,k,x,M,_,E)=>{let S=[],L=_>=r,C=_>=i&&_<r,z=c(x),R=yt(z*e,3),j=yl(z.getFullYear(),L?0:z.getMonth(),C||L?1:z.getDate()),Y=yt(j*e,3);if(C||L){let N=C?_/i:0,$=L?_/r:0,y=R==Y?R:yt(yl(j.getFullYear()+$,j.getMonth()+N,1)*e,3),O=new Date(zt(y/e)),P=O.getFullYear(),W=O.getMonth();for(let K=0;y<=M;K++){let et=yl(P+$*K,W+N*K,1),I=et-c(yt(et*e,3));y=yt((+et+I)*e,3),y<=M&&S.push(y)}}else{let N=_>=l?l:_,$=fe(x)-fe(R),y=Y+$+Ns(R-Y,N);S.push(y);let O=c(y),P=O.getHours()+O.getMinutes()/n+O.getSeconds()/s,W=_/s,K=w.axes[k]._space,et=E/K;for(;y=yt(y+_,e==1?0:3),!(y>M);)if(W>1){let I=fe(yt(P+W,6))%24,Z=c(y).getHours()-I;Z>1&&(Z=-1),y-=Z*s,P=(P+W)%24;let st=S[S.length-1];yt((y-st)/_,3)*et>=.7&&S.push(y)}else S.push(y)}return S}}return[u,f,b]}var[ac,cc,uc]=Wi(1),[fc,pc,dc]=Wi(.001);is(2,-53,53,[1]);function oi(e,t){return e.map(n=>n.map((s,l)=>l==0||l==8||s==null?s:t(l==1||n[8]==0?s:n[1]+s)))}function ii(e,t){return(n,s,l,i,r)=>{let d=t.find(x=>r>=x[0])||t[t.length-1],u,f,b,c,w,k;return s.map(x=>{let M=e(x),_=M.getFullYear(),E=M.getMonth(),S=M.getDate(),L=M.getHours(),C=M.getMinutes(),z=M.getSeconds(),R=_!=u&&d[2]||E!=f&&d[3]||S!=b&&d[4]||L!=c&&d[5]||C!=w&&d[6]||z!=k&&d[7]||d[1];return u=_,f=E,b=S,c=L,w=C,k=z,R(M)})}}function hc(e,t){let n=jl(t);return(s,l,i,r,d)=>l.map(u=>n(e(u)))}function yl(e,t,n){return new Date(e,t,n)}function ri(e,t){return t(e)}var mc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ai(e,t){return(n,s,l,i)=>i==null?zl:t(e(s))}function wc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function gc(e,t){return e.series[t].fill(e,t)}var bc={show:!0,live:!0,isolate:!1,mount:Oa,markers:{show:!0,width:2,stroke:wc,fill:gc,dash:"solid"},idx:null,idxs:null,values:[]};function xc(e,t){let n=e.cursor.points,s=ve(),l=n.size(e,t);Mt(s,es,l),Mt(s,ns,l);let i=l/-2;Mt(s,"marginLeft",i),Mt(s,"marginTop",i);let r=n.width(e,t,l);return r&&Mt(s,"borderWidth",r),s}function yc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function vc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function kc(e,t){return e.series[t].points.size}var vl=[0,0];function Sc(e,t,n){return vl[0]=t,vl[1]=n,vl}function xs(e,t,n,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&n(l)}}function kl(e,t,n,s=!0){return l=>{(!s||l.target==t)&&n(l)}}var _c={show:!0,x:!0,y:!0,lock:!1,move:Sc,points:{one:!1,show:xc,size:kc,width:0,stroke:vc,fill:yc},bind:{mousedown:xs,mouseup:xs,click:xs,dblclick:xs,mousemove:kl,mouseleave:kl,mouseenter:kl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Vi={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Vl=Pt({},Vi,{filter:Ci}),Hi=Pt({},Vl,{size:10}),Bi=Pt({},Vi,{show:!1}),Hl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ui="bold "+Hl,Gi=1.5,ci={show:!0,scale:"x",stroke:Pl,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ui,side:2,grid:Vl,ticks:Hi,border:Bi,font:Hl,lineGap:Gi,rotate:0},Mc="Value",Nc="Time",ui={show:!0,scale:"x",auto:!1,sorted:1,min:xt,max:-xt,idxs:[]};function Tc(e,t,n,s,l){return t.map(i=>i==null?"":Il(i))}function Cc(e,t,n,s,l,i,r){let d=[],u=en.get(l)||0;n=r?n:yt(Ns(n,l),u);for(let f=n;f<=s;f=yt(f+l,u))d.push(Object.is(f,-0)?0:f);return d}function Cl(e,t,n,s,l,i,r){let d=[],u=e.scales[e.axes[t].scale].log,f=u==10?Be:Mi,b=fe(f(n));l=On(u,b),u==10&&(l=dn[Ae(l,dn)]);let c=n,w=l*u;u==10&&(w=dn[Ae(w,dn)]);do d.push(c),c=c+l,u==10&&!en.has(c)&&(c=yt(c,en.get(l))),c>=w&&(l=c,w=l*u,u==10&&(w=dn[Ae(w,dn)]));while(c<=s);return d}function Lc(e,t,n,s,l,i,r){let u=e.scales[e.axes[t].scale].asinh,f=s>u?Cl(e,t,te(u,n),s,l):[u],b=s>=0&&n<=0?[0]:[];return(n<-u?Cl(e,t,te(u,-s),-n,l):[u]).reverse().map(w=>-w).concat(b,f)}var Ki=/./,$c=/[12357]/,Ac=/[125]/,fi=/1/,Ll=(e,t,n,s)=>e.map((l,i)=>t==4&&l==0||i%s==0&&n.test(l.toExponential()[l<0?1:0])?l:null);function Ec(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=e.scales[r],u=e.valToPos,f=i._space,b=u(10,r),c=u(9,r)-b>=f?Ki:u(7,r)-b>=f?$c:u(5,r)-b>=f?Ac:fi;if(c==fi){let w=Rt(u(1,r)-b);if(w<f)return Ll(t.slice().reverse(),d.distr,c,ke(f/w)).reverse()}return Ll(t,d.distr,c,1)}function Pc(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=i._space,u=e.valToPos,f=Rt(u(1,r)-u(2,r));return f<d?Ll(t.slice().reverse(),3,Ki,ke(d/f)).reverse():t}function zc(e,t,n,s){return s==null?zl:t==null?"":Il(t)}var pi={show:!0,scale:"y",stroke:Pl,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ui,side:3,grid:Vl,ticks:Hi,border:Bi,font:Hl,lineGap:Gi,rotate:0};function Rc(e,t){let n=3+(e||1)*2;return yt(n*t,3)}function Dc(e,t){let{scale:n,idxs:s}=e.series[0],l=e._data[0],i=e.valToPos(l[s[0]],n,!0),r=e.valToPos(l[s[1]],n,!0),d=Rt(r-i),u=e.series[t],f=d/(u.points.space*dt);return s[1]-s[0]<=f}var di={scale:null,auto:!0,sorted:0,min:xt,max:-xt},Yi=(e,t,n,s,l)=>l,hi={show:!0,auto:!0,sorted:0,gaps:Yi,alpha:1,facets:[Pt({},di,{scale:"x"}),Pt({},di,{scale:"y"})]},mi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Yi,alpha:1,points:{show:Dc,filter:null},values:null,min:xt,max:-xt,idxs:[],path:null,clip:null};function Oc(e,t,n,s,l){return n/10}var qi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Ic=Pt({},qi,{time:!1,ori:1}),wi={};function Ji(e,t){let n=wi[e];return n||(n={key:e,plots:[],sub(s){n.plots.push(s)},unsub(s){n.plots=n.plots.filter(l=>l!=s)},pub(s,l,i,r,d,u,f){for(let b=0;b<n.plots.length;b++)n.plots[b]!=l&&n.plots[b].pub(s,l,i,r,d,u,f)}},e!=null&&(wi[e]=n)),n}var jn=1,$l=2;function gn(e,t,n){let s=e.mode,l=e.series[t],i=s==2?e._data[t]:e._data,r=e.scales,d=e.bbox,u=i[0],f=s==2?i[1]:i[t],b=s==2?r[l.facets[0].scale]:r[e.series[0].scale],c=s==2?r[l.facets[1].scale]:r[l.scale],w=d.left,k=d.top,x=d.width,M=d.height,_=e.valToPosH,E=e.valToPosV;return b.ori==0?n(l,u,f,b,c,_,E,w,k,x,M,Ls,Vn,As,Qi,tr):n(l,u,f,b,c,E,_,k,w,M,x,$s,Hn,Gl,Xi,er)}function Bl(e,t){let n=0,s=0,l=ft(e.bands,Fl);for(let i=0;i<l.length;i++){let r=l[i];r.series[0]==t?n=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[n,s==1?-1:s==2?1:s==3?2:0]}function Fc(e,t,n,s,l){let i=e.mode,r=e.series[t],d=i==2?r.facets[1].scale:r.scale,u=e.scales[d];return l==-1?u.min:l==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Ue(e,t,n,s,l,i){return gn(e,t,(r,d,u,f,b,c,w,k,x,M,_)=>{let E=r.pxRound,S=f.dir*(f.ori==0?1:-1),L=f.ori==0?Vn:Hn,C,z;S==1?(C=n,z=s):(C=s,z=n);let R=E(c(d[C],f,M,k)),j=E(w(u[C],b,_,x)),Y=E(c(d[z],f,M,k)),N=E(w(i==1?b.max:b.min,b,_,x)),$=new Path2D(l);return L($,Y,N),L($,R,N),L($,R,j),$})}function Cs(e,t,n,s,l,i){let r=null;if(e.length>0){r=new Path2D;let d=t==0?As:Gl,u=n;for(let c=0;c<e.length;c++){let w=e[c];if(w[1]>w[0]){let k=w[0]-u;k>0&&d(r,u,s,k,s+i),u=w[1]}}let f=n+l-u,b=10;f>0&&d(r,u,s-b/2,f,s+i+b)}return r}function jc(e,t,n){let s=e[e.length-1];s&&s[0]==t?s[1]=n:e.push([t,n])}function Ul(e,t,n,s,l,i,r){let d=[],u=e.length;for(let f=l==1?n:s;f>=n&&f<=s;f+=l)if(t[f]===null){let c=f,w=f;if(l==1)for(;++f<=s&&t[f]===null;)w=f;else for(;--f>=n&&t[f]===null;)w=f;let k=i(e[c]),x=w==c?k:i(e[w]),M=c-l;k=r<=0&&M>=0&&M<u?i(e[M]):k;let E=w+l;x=r>=0&&E>=0&&E<u?i(e[E]):x,x>=k&&d.push([k,x])}return d}function gi(e){return e==0?Ti:e==1?zt:t=>pn(t,e)}function Zi(e){let t=e==0?Ls:$s,n=e==0?(l,i,r,d,u,f)=>{l.arcTo(i,r,d,u,f)}:(l,i,r,d,u,f)=>{l.arcTo(r,i,u,d,f)},s=e==0?(l,i,r,d,u)=>{l.rect(i,r,d,u)}:(l,i,r,d,u)=>{l.rect(r,i,u,d)};return(l,i,r,d,u,f=0,b=0)=>{f==0&&b==0?s(l,i,r,d,u):(f=Ee(f,d/2,u/2),b=Ee(b,d/2,u/2),t(l,i+f,r),n(l,i+d,r,i+d,r+u,f),n(l,i+d,r+u,i,r+u,b),n(l,i,r+u,i,r,b),n(l,i,r,i+d,r,f),l.closePath())}}var Ls=(e,t,n)=>{e.moveTo(t,n)},$s=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Hn=(e,t,n)=>{e.lineTo(n,t)},As=Zi(0),Gl=Zi(1),Qi=(e,t,n,s,l,i)=>{e.arc(t,n,s,l,i)},Xi=(e,t,n,s,l,i)=>{e.arc(n,t,s,l,i)},tr=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(t,n,s,l,i,r)},er=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(n,t,l,s,r,i)};function nr(e){return(t,n,s,l,i)=>gn(t,n,(r,d,u,f,b,c,w,k,x,M,_)=>{let{pxRound:E,points:S}=r,L,C;f.ori==0?(L=Ls,C=Qi):(L=$s,C=Xi);let z=yt(S.width*dt,3),R=(S.size-S.width)/2*dt,j=yt(R*2,3),Y=new Path2D,N=new Path2D,{left:$,top:y,width:O,height:P}=t.bbox;As(N,$-j,y-j,O+j*2,P+j*2);let W=K=>{if(u[K]!=null){let et=E(c(d[K],f,M,k)),I=E(w(u[K],b,_,x));L(Y,et+R,I),C(Y,et,I,R,0,ys*2)}};if(i)i.forEach(W);else for(let K=s;K<=l;K++)W(K);return{stroke:z>0?Y:null,fill:Y,clip:N,flags:jn|$l}})}function sr(e){return(t,n,s,l,i,r)=>{s!=l&&(i!=s&&r!=s&&e(t,n,s),i!=l&&r!=l&&e(t,n,l),e(t,n,r))}}var Wc=sr(Vn),Vc=sr(Hn);function lr(e){let t=ft(e?.alignGaps,0);return(n,s,l,i)=>gn(n,s,(r,d,u,f,b,c,w,k,x,M,_)=>{[l,i]=_s(u,l,i);let E=r.pxRound,S=P=>E(c(P,f,M,k)),L=P=>E(w(P,b,_,x)),C,z;f.ori==0?(C=Vn,z=Wc):(C=Hn,z=Vc);let R=f.dir*(f.ori==0?1:-1),j={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},Y=j.stroke,N=!1;if(i-l>=M*4){let P=V=>n.posToVal(V,f.key,!0),W=null,K=null,et,I,at,nt=S(d[R==1?l:i]),Z=S(d[l]),st=S(d[i]),Q=P(R==1?Z+1:st-1);for(let V=R==1?l:i;V>=l&&V<=i;V+=R){let wt=d[V],bt=(R==1?wt<Q:wt>Q)?nt:S(wt),it=u[V];bt==nt?it!=null?(I=it,W==null?(C(Y,bt,L(I)),et=W=K=I):I<W?W=I:I>K&&(K=I)):it===null&&(N=!0):(W!=null&&z(Y,nt,L(W),L(K),L(et),L(I)),it!=null?(I=it,C(Y,bt,L(I)),W=K=et=I):(W=K=null,it===null&&(N=!0)),nt=bt,Q=P(nt+R))}W!=null&&W!=K&&at!=nt&&z(Y,nt,L(W),L(K),L(et),L(I))}else for(let P=R==1?l:i;P>=l&&P<=i;P+=R){let W=u[P];W===null?N=!0:W!=null&&C(Y,S(d[P]),L(W))}let[y,O]=Bl(n,s);if(r.fill!=null||y!=0){let P=j.fill=new Path2D(Y),W=r.fillTo(n,s,r.min,r.max,y),K=L(W),et=S(d[l]),I=S(d[i]);R==-1&&([I,et]=[et,I]),C(P,I,K),C(P,et,K)}if(!r.spanGaps){let P=[];N&&P.push(...Ul(d,u,l,i,R,S,t)),j.gaps=P=r.gaps(n,s,l,i,P),j.clip=Cs(P,f.ori,k,x,M,_)}return O!=0&&(j.band=O==2?[Ue(n,s,l,i,Y,-1),Ue(n,s,l,i,Y,1)]:Ue(n,s,l,i,Y,O)),j})}function Hc(e){let t=ft(e.align,1),n=ft(e.ascDesc,!1),s=ft(e.alignGaps,0),l=ft(e.extend,!1);return(i,r,d,u)=>gn(i,r,(f,b,c,w,k,x,M,_,E,S,L)=>{[d,u]=_s(c,d,u);let C=f.pxRound,{left:z,width:R}=i.bbox,j=Z=>C(x(Z,w,S,_)),Y=Z=>C(M(Z,k,L,E)),N=w.ori==0?Vn:Hn,$={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},y=$.stroke,O=w.dir*(w.ori==0?1:-1),P=Y(c[O==1?d:u]),W=j(b[O==1?d:u]),K=W,et=W;l&&t==-1&&(et=z,N(y,et,P)),N(y,W,P);for(let Z=O==1?d:u;Z>=d&&Z<=u;Z+=O){let st=c[Z];if(st==null)continue;let Q=j(b[Z]),V=Y(st);t==1?N(y,Q,P):N(y,K,V),N(y,Q,V),P=V,K=Q}let I=K;l&&t==1&&(I=z+R,N(y,I,P));let[at,nt]=Bl(i,r);if(f.fill!=null||at!=0){let Z=$.fill=new Path2D(y),st=f.fillTo(i,r,f.min,f.max,at),Q=Y(st);N(Z,I,Q),N(Z,et,Q)}if(!f.spanGaps){let Z=[];Z.push(...Ul(b,c,d,u,O,j,s));let st=f.width*dt/2,Q=n||t==1?st:-st,V=n||t==-1?-st:st;Z.forEach(wt=>{wt[0]+=Q,wt[1]+=V}),$.gaps=Z=f.gaps(i,r,d,u,Z),$.clip=Cs(Z,w.ori,_,E,S,L)}return nt!=0&&($.band=nt==2?[Ue(i,r,d,u,y,-1),Ue(i,r,d,u,y,1)]:Ue(i,r,d,u,y,nt)),$})}function bi(e,t,n,s,l,i,r=xt){if(e.length>1){let d=null;for(let u=0,f=1/0;u<e.length;u++)if(t[u]!==void 0){if(d!=null){let b=Rt(e[u]-e[d]);b<f&&(f=b,r=Rt(n(e[u],s,l,i)-n(e[d],s,l,i)))}d=u}}return r}function Bc(e){e=e||os;let t=ft(e.size,[.6,xt,1]),n=e.align||0,s=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let i=ot(l),r=1-t[0],d=ft(t[1],xt),u=ft(t[2],1),f=ft(e.disp,os),b=ft(e.each,k=>{}),{fill:c,stroke:w}=f;return(k,x,M,_)=>gn(k,x,(E,S,L,C,z,R,j,Y,N,$,y)=>{let O=E.pxRound,P=n,W=s*dt,K=d*dt,et=u*dt,I,at;C.ori==0?[I,at]=i(k,x):[at,I]=i(k,x);let nt=C.dir*(C.ori==0?1:-1),Z=C.ori==0?As:Gl,st=C.ori==0?b:(H,ct,$t,Re,F,mt,he)=>{b(H,ct,$t,F,Re,he,mt)},Q=ft(k.bands,Fl).find(H=>H.series[0]==x),V=Q!=null?Q.dir:0,wt=E.fillTo(k,x,E.min,E.max,V),Lt=O(j(wt,z,y,N)),bt,it,Kt,Yt=$,vt=O(E.width*dt),ne=!1,se=null,qt=null,ie=null,Pe=null;c!=null&&(vt==0||w!=null)&&(ne=!0,se=c.values(k,x,M,_),qt=new Map,new Set(se).forEach(H=>{H!=null&&qt.set(H,new Path2D)}),vt>0&&(ie=w.values(k,x,M,_),Pe=new Map,new Set(ie).forEach(H=>{H!=null&&Pe.set(H,new Path2D)})));let{x0:Ve,size:ln}=f;if(Ve!=null&&ln!=null){P=1,S=Ve.values(k,x,M,_),Ve.unit==2&&(S=S.map($t=>k.posToVal(Y+$t*$,C.key,!0)));let H=ln.values(k,x,M,_);ln.unit==2?it=H[0]*$:it=R(H[0],C,$,Y)-R(0,C,$,Y),Yt=bi(S,L,R,C,$,Y,Yt),Kt=Yt-it+W}else Yt=bi(S,L,R,C,$,Y,Yt),Kt=Yt*r+W,it=Yt-Kt;Kt<1&&(Kt=0),vt>=it/2&&(vt=0),Kt<5&&(O=Ti);let bn=Kt>0,ze=Yt-Kt-(bn?vt:0);it=O(Tl(ze,et,K)),bt=(P==0?it/2:P==nt?0:it)-P*nt*((P==0?W/2:0)+(bn?vt/2:0));let Vt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ke=ne?null:new Path2D,_e=null;if(Q!=null)_e=k.data[Q.series[1]];else{let{y0:H,y1:ct}=f;H!=null&&ct!=null&&(L=ct.values(k,x,M,_),_e=H.values(k,x,M,_))}let Me=I*it,tt=at*it;for(let H=nt==1?M:_;H>=M&&H<=_;H+=nt){let ct=L[H];if(ct==null)continue;if(_e!=null){let le=_e[H]??0;if(ct-le==0)continue;Lt=j(le,z,y,N)}let $t=C.distr!=2||f!=null?S[H]:H,Re=R($t,C,$,Y),F=j(ft(ct,wt),z,y,N),mt=O(Re-bt),he=O(te(F,Lt)),Ht=O(Ee(F,Lt)),me=he-Ht;if(ct!=null){let le=ct<0?tt:Me,Ne=ct<0?Me:tt;ne?(vt>0&&ie[H]!=null&&Z(Pe.get(ie[H]),mt,Ht+fe(vt/2),it,te(0,me-vt),le,Ne),se[H]!=null&&Z(qt.get(se[H]),mt,Ht+fe(vt/2),it,te(0,me-vt),le,Ne)):Z(Ke,mt,Ht+fe(vt/2),it,te(0,me-vt),le,Ne),st(k,x,H,mt-vt/2,Ht,it+vt,me)}}return vt>0?Vt.stroke=ne?Pe:Ke:ne||(Vt._fill=E.width==0?E._fill:E._stroke??E._fill,Vt.width=0),Vt.fill=ne?qt:Ke,Vt})}function Uc(e,t){let n=ft(t?.alignGaps,0);return(s,l,i,r)=>gn(s,l,(d,u,f,b,c,w,k,x,M,_,E)=>{[i,r]=_s(f,i,r);let S=d.pxRound,L=I=>S(w(I,b,_,x)),C=I=>S(k(I,c,E,M)),z,R,j;b.ori==0?(z=Ls,j=Vn,R=tr):(z=$s,j=Hn,R=er);let Y=b.dir*(b.ori==0?1:-1),N=L(u[Y==1?i:r]),$=N,y=[],O=[];for(let I=Y==1?i:r;I>=i&&I<=r;I+=Y)if(f[I]!=null){let nt=u[I],Z=L(nt);y.push($=Z),O.push(C(f[I]))}let P={stroke:e(y,O,z,j,R,S),fill:null,clip:null,band:null,gaps:null,flags:jn},W=P.stroke,[K,et]=Bl(s,l);if(d.fill!=null||K!=0){let I=P.fill=new Path2D(W),at=d.fillTo(s,l,d.min,d.max,K),nt=C(at);j(I,$,nt),j(I,N,nt)}if(!d.spanGaps){let I=[];I.push(...Ul(u,f,i,r,Y,L,n)),P.gaps=I=d.gaps(s,l,i,r,I),P.clip=Cs(I,b.ori,x,M,_,E)}return et!=0&&(P.band=et==2?[Ue(s,l,i,r,W,-1),Ue(s,l,i,r,W,1)]:Ue(s,l,i,r,W,et)),P})}function Gc(e){return Uc(Kc,e)}function Kc(e,t,n,s,l,i){let r=e.length;if(r<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),r==2)s(d,e[1],t[1]);else{let u=Array(r),f=Array(r-1),b=Array(r-1),c=Array(r-1);for(let w=0;w<r-1;w++)b[w]=t[w+1]-t[w],c[w]=e[w+1]-e[w],f[w]=b[w]/c[w];u[0]=f[0];for(let w=1;w<r-1;w++)f[w]===0||f[w-1]===0||f[w-1]>0!=f[w]>0?u[w]=0:(u[w]=3*(c[w-1]+c[w])/((2*c[w]+c[w-1])/f[w-1]+(c[w]+2*c[w-1])/f[w]),isFinite(u[w])||(u[w]=0));u[r-1]=f[r-2];for(let w=0;w<r-1;w++)l(d,e[w]+c[w]/3,t[w]+u[w]*c[w]/3,e[w+1]-c[w]/3,t[w+1]-u[w+1]*c[w]/3,e[w+1],t[w+1])}return d}var Al=new Set;function xi(){for(let e of Al)e.syncRect(!0)}Wn&&(mn(Ta,Dn,xi),mn(Ca,Dn,xi,!0),mn(vs,Dn,()=>{At.pxRatio=dt}));var Yc=lr(),qc=nr();function yi(e,t,n,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>El(i,r,t,n))}function Jc(e,t){return e.map((n,s)=>s==0?{}:Pt({},t,n))}function El(e,t,n,s){return Pt({},t==0?n:s,e)}function or(e,t,n){return t==null?In:[t,n]}var Zc=or;function Qc(e,t,n){return t==null?In:ks(t,n,Ol,!0)}function ir(e,t,n,s){return t==null?In:Ms(t,n,e.scales[s].log,!1)}var Xc=ir;function rr(e,t,n,s){return t==null?In:Dl(t,n,e.scales[s].log,!1)}var tu=rr;function eu(e,t,n,s,l){let i=te(Qo(e),Qo(t)),r=t-e,d=Ae(l/s*r,n);do{let u=n[d],f=s*u/r;if(f>=l&&i+(u<5?en.get(u):0)<=17)return[u,f]}while(++d<n.length);return[0,0]}function vi(e){let t,n;return e=e.replace(/(\d+)px/,(s,l)=>(t=zt((n=+l)*dt))+"px"),[e,t,n]}function nu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=yt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function At(e,t,n){let s={mode:ft(e.mode,1)},l=s.mode;function i(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?1-g:g)}function r(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?g:1-g)}function d(o,a,p,m){return a.ori==0?i(o,a,p,m):r(o,a,p,m)}s.valToPosH=i,s.valToPosV=r;let u=!1;s.status=0;let f=s.root=ve(ca);if(e.id!=null&&(f.id=e.id),ue(f,e.class),e.title){let o=ve(pa,f);o.textContent=e.title}let b=$e("canvas"),c=s.ctx=b.getContext("2d"),w=ve(da,f);mn("click",w,o=>{o.target===x&&(kt!=Ln||Nt!=$n)&&Ut.click(s,o)},!0);let k=s.under=ve(ha,w);w.appendChild(b);let x=s.over=ve(ma,w);e=Fn(e);let M=+ft(e.pxAlign,1),_=gi(M);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(s,e)||e)});let E=e.ms||.001,S=s.series=l==1?yi(e.series||[],ui,mi,!1):Jc(e.series||[null],hi),L=s.axes=yi(e.axes||[],ci,pi,!0),C=s.scales={},z=s.bands=e.bands||[];z.forEach(o=>{o.fill=ot(o.fill||null),o.dir=ft(o.dir,-1)});let R=l==2?S[1].facets[0].scale:S[0].scale,j={axes:Br,series:Fr},Y=(e.drawOrder||["axes","series"]).map(o=>j[o]);function N(o){let a=o.distr==3?p=>Be(p>0?p:o.clamp(s,p,o.min,o.max,o.key)):o.distr==4?p=>xl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let m=a(p),{_min:g,_max:v}=o,T=v-g;return(m-g)/T}}function $(o){let a=C[o];if(a==null){let p=(e.scales||os)[o]||os;if(p.from!=null){$(p.from);let m=Pt({},C[p.from],p,{key:o});m.valToPct=N(m),C[o]=m}else{a=C[o]=Pt({},o==R?qi:Ic,p),a.key=o;let m=a.time,g=a.range,v=tn(g);if((o!=R||l==2&&!m)&&(v&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?qo:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?qo:{mode:1,hard:g[1],soft:g[1]}},v=!1),!v&&Ts(g))){let T=g;g=(A,D,B)=>D==null?In:ks(D,B,T)}a.range=ot(g||(m?Zc:o==R?a.distr==3?Xc:a.distr==4?tu:or:a.distr==3?ir:a.distr==4?rr:Qc)),a.auto=ot(v?!1:a.auto),a.clamp=ot(a.clamp||Oc),a._min=a._max=null,a.valToPct=N(a)}}}$("x"),$("y"),l==1&&S.forEach(o=>{$(o.scale)}),L.forEach(o=>{$(o.scale)});for(let o in e.scales)$(o);let y=C[R],O=y.distr,P,W;y.ori==0?(ue(f,ua),P=i,W=r):(ue(f,fa),P=r,W=i);let K={};for(let o in C){let a=C[o];(a.min!=null||a.max!=null)&&(K[o]={min:a.min,max:a.max},a.min=a.max=null)}let et=e.tzDate||(o=>new Date(zt(o/E))),I=e.fmtDate||jl,at=E==1?uc(et):dc(et),nt=ii(et,oi(E==1?cc:pc,I)),Z=ai(et,ri(mc,I)),st=[],Q=s.legend=Pt({},bc,e.legend),V=s.cursor=Pt({},_c,{drag:{y:l==2}},e.cursor),wt=Q.show,Lt=V.show,bt=Q.markers;Q.idxs=st,bt.width=ot(bt.width),bt.dash=ot(bt.dash),bt.stroke=ot(bt.stroke),bt.fill=ot(bt.fill);let it,Kt,Yt,vt=[],ne=[],se,qt=!1,ie={};if(Q.live){let o=S[1]?S[1].values:null;qt=o!=null,se=qt?o(s,1,0):{_:0};for(let a in se)ie[a]=zl}if(wt)if(it=$e("table",va,f),Yt=$e("tbody",null,it),Q.mount(s,it),qt){Kt=$e("thead",null,it,Yt);let o=$e("tr",null,Kt);$e("th",null,o);for(var Pe in se)$e("th",Do,o).textContent=Pe}else ue(it,Sa),Q.live&&ue(it,ka);let Ve={show:!0},ln={show:!1};function bn(o,a){if(a==0&&(qt||!Q.live||l==2))return In;let p=[],m=$e("tr",_a,Yt,Yt.childNodes[a]);ue(m,o.class),o.show||ue(m,hn);let g=$e("th",null,m);if(bt.show){let A=ve(Ma,g);if(a>0){let D=bt.width(s,a);D&&(A.style.border=D+"px "+bt.dash(s,a)+" "+bt.stroke(s,a)),A.style.background=bt.fill(s,a)}}let v=ve(Do,g);o.label instanceof HTMLElement?v.appendChild(o.label):v.textContent=o.label,a>0&&(bt.show||(v.style.color=o.width>0?bt.stroke(s,a):bt.fill(s,a)),Vt("click",g,A=>{if(V._lock)return;rn(A);let D=S.indexOf(o);if((A.ctrlKey||A.metaKey)!=Q.isolate){let B=S.some((U,G)=>G>0&&G!=D&&U.show);S.forEach((U,G)=>{G>0&&Oe(G,B?G==D?Ve:ln:Ve,!0,Et.setSeries)})}else Oe(D,{show:!o.show},!0,Et.setSeries)},!1),yn&&Vt(jo,g,A=>{V._lock||(rn(A),Oe(S.indexOf(o),En,!0,Et.setSeries))},!1));for(var T in se){let A=$e("td",Na,m);A.textContent="--",p.push(A)}return[m,p]}let ze=new Map;function Vt(o,a,p,m=!0){let g=ze.get(a)||{},v=V.bind[o](s,a,p,m);v&&(mn(o,a,g[o]=v),ze.set(a,g))}function Ke(o,a,p){let m=ze.get(a)||{};for(let g in m)(o==null||g==o)&&(Nl(g,a,m[g]),delete m[g]);o==null&&ze.delete(a)}let _e=0,Me=0,tt=0,H=0,ct=0,$t=0,Re=ct,F=$t,mt=tt,he=H,Ht=0,me=0,le=0,Ne=0;s.bbox={};let Gs=!1,as=!1,xn=!1,on=!1,cs=!1,we=!1;function Ks(o,a,p){(p||o!=s.width||a!=s.height)&&so(o,a),Mn(!1),xn=!0,as=!0,Nn()}function so(o,a){s.width=_e=tt=o,s.height=Me=H=a,ct=$t=0,Er(),Pr();let p=s.bbox;Ht=p.left=pn(ct*dt,.5),me=p.top=pn($t*dt,.5),le=p.width=pn(tt*dt,.5),Ne=p.height=pn(H*dt,.5)}let Lr=3;function $r(){let o=!1,a=0;for(;!o;){a++;let p=Vr(a),m=Hr(a);o=a==Lr||p&&m,o||(so(s.width,s.height),as=!0)}}function Ar({width:o,height:a}){Ks(o,a)}s.setSize=Ar;function Er(){let o=!1,a=!1,p=!1,m=!1;L.forEach((g,v)=>{if(g.show&&g._show){let{side:T,_size:A}=g,D=T%2,B=g.label!=null?g.labelSize:0,U=A+B;U>0&&(D?(tt-=U,T==3?(ct+=U,m=!0):p=!0):(H-=U,T==0?($t+=U,o=!0):a=!0))}}),an[0]=o,an[1]=p,an[2]=a,an[3]=m,tt-=Ye[1]+Ye[3],ct+=Ye[3],H-=Ye[2]+Ye[0],$t+=Ye[0]}function Pr(){let o=ct+tt,a=$t+H,p=ct,m=$t;function g(v,T){switch(v){case 1:return o+=T,o-T;case 2:return a+=T,a-T;case 3:return p-=T,p+T;case 0:return m-=T,m+T}}L.forEach((v,T)=>{if(v.show&&v._show){let A=v.side;v._pos=g(A,v._size),v.label!=null&&(v._lpos=g(A,v.labelSize))}})}if(V.dataIdx==null){let o=V.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let p=o.prox=ot(o.prox),m=o.bias??(o.bias=0);V.dataIdx=(g,v,T,A)=>{if(v==0)return T;let D=T,B=p(g,v,T,A)??xt,U=B>=0&&B<xt,G=y.ori==0?tt:H,X=V.left,pt=t[0],ut=t[v];if(a.has(ut[T])){D=null;let lt=null,J=null,q;if(m==0||m==-1)for(q=T;lt==null&&q-- >0;)a.has(ut[q])||(lt=q);if(m==0||m==1)for(q=T;J==null&&q++<ut.length;)a.has(ut[q])||(J=q);if(lt!=null||J!=null)if(U){let _t=lt==null?-1/0:P(pt[lt],y,G,0),Tt=J==null?1/0:P(pt[J],y,G,0),Wt=X-_t,gt=Tt-X;Wt<=gt?Wt<=B&&(D=lt):gt<=B&&(D=J)}else D=J==null?lt:lt==null?J:T-lt<=J-T?lt:J}else U&&Rt(X-P(pt[T],y,G,0))>B&&(D=null);return D}}let rn=o=>{V.event=o};V.idxs=st,V._lock=!1;let Jt=V.points;Jt.show=ot(Jt.show),Jt.size=ot(Jt.size),Jt.stroke=ot(Jt.stroke),Jt.width=ot(Jt.width),Jt.fill=ot(Jt.fill);let De=s.focus=Pt({},e.focus||{alpha:.3},V.focus),yn=De.prox>=0,vn=yn&&Jt.one,ge=[],kn=[],Sn=[];function lo(o,a){let p=Jt.show(s,a);if(p instanceof HTMLElement)return ue(p,ya),ue(p,o.class),We(p,-10,-10,tt,H),x.insertBefore(p,ge[a]),p}function oo(o,a){if(l==1||a>0){let p=l==1&&C[o.scale].time,m=o.value;o.value=p?ei(m)?ai(et,ri(m,I)):m||Z:m||zc,o.label=o.label||(p?Nc:Mc)}if(vn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Yc||Ia,o.fillTo=ot(o.fillTo||Fc),o.pxAlign=+ft(o.pxAlign,M),o.pxRound=gi(o.pxAlign),o.stroke=ot(o.stroke||null),o.fill=ot(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=Rc(te(1,o.width),1),m=o.points=Pt({},{size:p,width:te(1,p*.2),stroke:o.stroke,space:p*2,paths:qc,_stroke:null,_fill:null},o.points);m.show=ot(m.show),m.filter=ot(m.filter),m.fill=ot(m.fill),m.stroke=ot(m.stroke),m.paths=ot(m.paths),m.pxAlign=o.pxAlign}if(wt){let p=bn(o,a);vt.splice(a,0,p[0]),ne.splice(a,0,p[1]),Q.values.push(null)}if(Lt){st.splice(a,0,null);let p=null;vn?a==0&&(p=lo(o,a)):a>0&&(p=lo(o,a)),ge.splice(a,0,p),kn.splice(a,0,0),Sn.splice(a,0,0)}jt("addSeries",a)}function zr(o,a){a=a??S.length,o=l==1?El(o,a,ui,mi):El(o,a,{},hi),S.splice(a,0,o),oo(S[a],a)}s.addSeries=zr;function Rr(o){if(S.splice(o,1),wt){Q.values.splice(o,1),ne.splice(o,1);let a=vt.splice(o,1)[0];Ke(null,a.firstChild),a.remove()}Lt&&(st.splice(o,1),ge.splice(o,1)[0].remove(),kn.splice(o,1),Sn.splice(o,1)),jt("delSeries",o)}s.delSeries=Rr;let an=[!1,!1,!1,!1];function Dr(o,a){if(o._show=o.show,o.show){let p=o.side%2,m=C[o.scale];m==null&&(o.scale=p?S[1].scale:R,m=C[o.scale]);let g=m.time;o.size=ot(o.size),o.space=ot(o.space),o.rotate=ot(o.rotate),tn(o.incrs)&&o.incrs.forEach(T=>{!en.has(T)&&en.set(T,$i(T))}),o.incrs=ot(o.incrs||(m.distr==2?ic:g?E==1?ac:fc:dn)),o.splits=ot(o.splits||(g&&m.distr==1?at:m.distr==3?Cl:m.distr==4?Lc:Cc)),o.stroke=ot(o.stroke),o.grid.stroke=ot(o.grid.stroke),o.ticks.stroke=ot(o.ticks.stroke),o.border.stroke=ot(o.border.stroke);let v=o.values;o.values=tn(v)&&!tn(v[0])?ot(v):g?tn(v)?ii(et,oi(v,I)):ei(v)?hc(et,v):v||nt:v||Tc,o.filter=ot(o.filter||(m.distr>=3&&m.log==10?Ec:m.distr==3&&m.log==2?Pc:Ci)),o.font=vi(o.font),o.labelFont=vi(o.labelFont),o._size=o.size(s,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(an[a]=!0,o._el=ve(wa,w))}}function Kn(o,a,p,m){let[g,v,T,A]=p,D=a%2,B=0;return D==0&&(A||v)&&(B=a==0&&!g||a==2&&!T?zt(ci.size/3):0),D==1&&(g||T)&&(B=a==1&&!v||a==3&&!A?zt(pi.size/2):0),B}let io=s.padding=(e.padding||[Kn,Kn,Kn,Kn]).map(o=>ot(ft(o,Kn))),Ye=s._padding=io.map((o,a)=>o(s,a,an,0)),Bt,Dt=null,Ot=null,us=l==1?S[0].idxs:null,Te=null,Yn=!1;function ro(o,a){if(t=o??[],s.data=s._data=t,l==2){Bt=0;for(let p=1;p<S.length;p++)Bt+=t[p][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Te=t[0],Bt=Te.length;let p=t;if(O==2){p=t.slice();let m=p[0]=Array(Bt);for(let g=0;g<Bt;g++)m[g]=g}s._data=t=p}if(Mn(!0),jt("setData"),O==2&&(xn=!0),a!==!1){let p=y;p.auto(s,Yn)?Ys():Je(R,p.min,p.max),on=on||V.left>=0,we=!0,Nn()}}s.setData=ro;function Ys(){Yn=!0;let o,a;l==1&&(Bt>0?(Dt=us[0]=0,Ot=us[1]=Bt-1,o=t[0][Dt],a=t[0][Ot],O==2?(o=Dt,a=Ot):o==a&&(O==3?[o,a]=Ms(o,o,y.log,!1):O==4?[o,a]=Dl(o,o,y.log,!1):y.time?a=o+zt(86400/E):[o,a]=ks(o,a,Ol,!0))):(Dt=us[0]=o=null,Ot=us[1]=a=null)),Je(R,o,a)}let fs,_n,qs,Js,Zs,Qs,Xs,tl,el,oe;function ao(o,a,p,m,g,v){o??(o=Io),p??(p=Fl),m??(m="butt"),g??(g=Io),v??(v="round"),o!=fs&&(c.strokeStyle=fs=o),g!=_n&&(c.fillStyle=_n=g),a!=qs&&(c.lineWidth=qs=a),v!=Zs&&(c.lineJoin=Zs=v),m!=Qs&&(c.lineCap=Qs=m),p!=Js&&c.setLineDash(Js=p)}function co(o,a,p,m){a!=_n&&(c.fillStyle=_n=a),o!=Xs&&(c.font=Xs=o),p!=tl&&(c.textAlign=tl=p),m!=el&&(c.textBaseline=el=m)}function nl(o,a,p,m,g=0){if(m.length>0&&o.auto(s,Yn)&&(a==null||a.min==null)){let v=ft(Dt,0),T=ft(Ot,m.length-1),A=p.min==null?Ea(m,v,T,g,o.distr==3):[p.min,p.max];o.min=Ee(o.min,p.min=A[0]),o.max=te(o.max,p.max=A[1])}}let uo={min:null,max:null};function Or(){for(let m in C){let g=C[m];K[m]==null&&(g.min==null||K[R]!=null&&g.auto(s,Yn))&&(K[m]=uo)}for(let m in C){let g=C[m];K[m]==null&&g.from!=null&&K[g.from]!=null&&(K[m]=uo)}K[R]!=null&&Mn(!0);let o={};for(let m in K){let g=K[m];if(g!=null){let v=o[m]=Fn(C[m],Wa);if(g.min!=null)Pt(v,g);else if(m!=R||l==2)if(Bt==0&&v.from==null){let T=v.range(s,null,null,m);v.min=T[0],v.max=T[1]}else v.min=xt,v.max=-xt}}if(Bt>0){S.forEach((m,g)=>{if(l==1){let v=m.scale,T=K[v];if(T==null)return;let A=o[v];if(g==0){let D=A.range(s,A.min,A.max,v);A.min=D[0],A.max=D[1],Dt=Ae(A.min,t[0]),Ot=Ae(A.max,t[0]),Ot-Dt>1&&(t[0][Dt]<A.min&&Dt++,t[0][Ot]>A.max&&Ot--),m.min=Te[Dt],m.max=Te[Ot]}else m.show&&m.auto&&nl(A,T,m,t[g],m.sorted);m.idxs[0]=Dt,m.idxs[1]=Ot}else if(g>0&&m.show&&m.auto){let[v,T]=m.facets,A=v.scale,D=T.scale,[B,U]=t[g],G=o[A],X=o[D];G!=null&&nl(G,K[A],v,B,v.sorted),X!=null&&nl(X,K[D],T,U,T.sorted),m.min=T.min,m.max=T.max}});for(let m in o){let g=o[m],v=K[m];if(g.from==null&&(v==null||v.min==null)){let T=g.range(s,g.min==xt?null:g.min,g.max==-xt?null:g.max,m);g.min=T[0],g.max=T[1]}}}for(let m in o){let g=o[m];if(g.from!=null){let v=o[g.from];if(v.min==null)g.min=g.max=null;else{let T=g.range(s,v.min,v.max,m);g.min=T[0],g.max=T[1]}}}let a={},p=!1;for(let m in o){let g=o[m],v=C[m];if(v.min!=g.min||v.max!=g.max){v.min=g.min,v.max=g.max;let T=v.distr;v._min=T==3?Be(v.min):T==4?xl(v.min,v.asinh):T==100?v.fwd(v.min):v.min,v._max=T==3?Be(v.max):T==4?xl(v.max,v.asinh):T==100?v.fwd(v.max):v.max,a[m]=p=!0}}if(p){S.forEach((m,g)=>{l==2?g>0&&a.y&&(m._paths=null):a[m.scale]&&(m._paths=null)});for(let m in a)xn=!0,jt("setScale",m);Lt&&V.left>=0&&(on=we=!0)}for(let m in K)K[m]=null}function Ir(o){let a=Tl(Dt-1,0,Bt-1),p=Tl(Ot+1,0,Bt-1);for(;o[a]==null&&a>0;)a--;for(;o[p]==null&&p<Bt-1;)p++;return[a,p]}function Fr(){if(Bt>0){let o=S.some(a=>a._focus)&&oe!=De.alpha;o&&(c.globalAlpha=oe=De.alpha),S.forEach((a,p)=>{if(p>0&&a.show&&(fo(p,!1),fo(p,!0),a._paths==null)){let m=oe;oe!=a.alpha&&(c.globalAlpha=oe=a.alpha);let g=l==2?[0,t[p][0].length-1]:Ir(t[p]);a._paths=a.paths(s,p,g[0],g[1]),oe!=m&&(c.globalAlpha=oe=m)}}),S.forEach((a,p)=>{if(p>0&&a.show){let m=oe;oe!=a.alpha&&(c.globalAlpha=oe=a.alpha),a._paths!=null&&po(p,!1);{let g=a._paths!=null?a._paths.gaps:null,v=a.points.show(s,p,Dt,Ot,g),T=a.points.filter(s,p,v,g);(v||T)&&(a.points._paths=a.points.paths(s,p,Dt,Ot,T),po(p,!0))}oe!=m&&(c.globalAlpha=oe=m),jt("drawSeries",p)}}),o&&(c.globalAlpha=oe=1)}}function fo(o,a){let p=a?S[o].points:S[o];p._stroke=p.stroke(s,o),p._fill=p.fill(s,o)}function po(o,a){let p=a?S[o].points:S[o],{stroke:m,fill:g,clip:v,flags:T,_stroke:A=p._stroke,_fill:D=p._fill,_width:B=p.width}=p._paths;B=yt(B*dt,3);let U=null,G=B%2/2;a&&D==null&&(D=B>0?"#fff":A);let X=p.pxAlign==1&&G>0;if(X&&c.translate(G,G),!a){let pt=Ht-B/2,ut=me-B/2,lt=le+B,J=Ne+B;U=new Path2D,U.rect(pt,ut,lt,J)}a?sl(A,B,p.dash,p.cap,D,m,g,T,v):jr(o,A,B,p.dash,p.cap,D,m,g,T,U,v),X&&c.translate(-G,-G)}function jr(o,a,p,m,g,v,T,A,D,B,U){let G=!1;D!=0&&z.forEach((X,pt)=>{if(X.series[0]==o){let ut=S[X.series[1]],lt=t[X.series[1]],J=(ut._paths||os).band;tn(J)&&(J=X.dir==1?J[0]:J[1]);let q,_t=null;ut.show&&J&&za(lt,Dt,Ot)?(_t=X.fill(s,pt)||v,q=ut._paths.clip):J=null,sl(a,p,m,g,_t,T,A,D,B,U,q,J),G=!0}}),G||sl(a,p,m,g,v,T,A,D,B,U)}let ho=jn|$l;function sl(o,a,p,m,g,v,T,A,D,B,U,G){ao(o,a,p,m,g),(D||B||G)&&(c.save(),D&&c.clip(D),B&&c.clip(B)),G?(A&ho)==ho?(c.clip(G),U&&c.clip(U),ds(g,T),ps(o,v,a)):A&$l?(ds(g,T),c.clip(G),ps(o,v,a)):A&jn&&(c.save(),c.clip(G),U&&c.clip(U),ds(g,T),c.restore(),ps(o,v,a)):(ds(g,T),ps(o,v,a)),(D||B||G)&&c.restore()}function ps(o,a,p){p>0&&(a instanceof Map?a.forEach((m,g)=>{c.strokeStyle=fs=g,c.stroke(m)}):a!=null&&o&&c.stroke(a))}function ds(o,a){a instanceof Map?a.forEach((p,m)=>{c.fillStyle=_n=m,c.fill(p)}):a!=null&&o&&c.fill(a)}function Wr(o,a,p,m){let g=L[o],v;if(m<=0)v=[0,0];else{let T=g._space=g.space(s,o,a,p,m),A=g._incrs=g.incrs(s,o,a,p,m,T);v=eu(a,p,A,m,T)}return g._found=v}function ll(o,a,p,m,g,v,T,A,D,B){let U=T%2/2;M==1&&c.translate(U,U),ao(A,T,D,B,A),c.beginPath();let G,X,pt,ut,lt=g+(m==0||m==3?-v:v);p==0?(X=g,ut=lt):(G=g,pt=lt);for(let J=0;J<o.length;J++)a[J]!=null&&(p==0?G=pt=o[J]:X=ut=o[J],c.moveTo(G,X),c.lineTo(pt,ut));c.stroke(),M==1&&c.translate(-U,-U)}function Vr(o){let a=!0;return L.forEach((p,m)=>{if(!p.show)return;let g=C[p.scale];if(g.min==null){p._show&&(a=!1,p._show=!1,Mn(!1));return}else p._show||(a=!1,p._show=!0,Mn(!1));let v=p.side,T=v%2,{min:A,max:D}=g,[B,U]=Wr(m,A,D,T==0?tt:H);if(U==0)return;let G=g.distr==2,X=p._splits=p.splits(s,m,A,D,B,U,G),pt=g.distr==2?X.map(q=>Te[q]):X,ut=g.distr==2?Te[X[1]]-Te[X[0]]:B,lt=p._values=p.values(s,p.filter(s,pt,m,U,ut),m,U,ut);p._rotate=v==2?p.rotate(s,lt,m,U):0;let J=p._size;p._size=ke(p.size(s,lt,m,o)),J!=null&&p._size!=J&&(a=!1)}),a}function Hr(o){let a=!0;return io.forEach((p,m)=>{let g=p(s,m,an,o);g!=Ye[m]&&(a=!1),Ye[m]=g}),a}function Br(){for(let o=0;o<L.length;o++){let a=L[o];if(!a.show||!a._show)continue;let p=a.side,m=p%2,g,v,T=a.stroke(s,o),A=p==0||p==3?-1:1,[D,B]=a._found;if(a.label!=null){let Qt=a.labelGap*A,ce=zt((a._lpos+Qt)*dt);co(a.labelFont[0],T,"center",p==2?"top":Oo),c.save(),m==1?(g=v=0,c.translate(ce,zt(me+Ne/2)),c.rotate((p==3?-ys:ys)/2)):(g=zt(Ht+le/2),v=ce);let fn=Ni(a.label)?a.label(s,o,D,B):a.label;c.fillText(fn,g,v),c.restore()}if(B==0)continue;let U=C[a.scale],G=m==0?le:Ne,X=m==0?Ht:me,pt=a._splits,ut=U.distr==2?pt.map(Qt=>Te[Qt]):pt,lt=U.distr==2?Te[pt[1]]-Te[pt[0]]:D,J=a.ticks,q=a.border,_t=J.show?J.size:0,Tt=zt(_t*dt),Wt=zt((a.alignTo==2?a._size-_t-a.gap:a.gap)*dt),gt=a._rotate*-ys/180,Ct=_(a._pos*dt),re=(Tt+Wt)*A,Zt=Ct+re;v=m==0?Zt:0,g=m==1?Zt:0;let be=a.font[0],Ce=a.align==1?zn:a.align==2?wl:gt>0?zn:gt<0?wl:m==0?"center":p==3?wl:zn,Fe=gt||m==1?"middle":p==2?"top":Oo;co(be,T,Ce,Fe);let ae=a.font[1]*a.lineGap,xe=pt.map(Qt=>_(d(Qt,U,G,X))),Le=a._values;for(let Qt=0;Qt<Le.length;Qt++){let ce=Le[Qt];if(ce!=null){m==0?g=xe[Qt]:v=xe[Qt],ce=""+ce;let fn=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Xt=0;Xt<fn.length;Xt++){let Po=fn[Xt];gt?(c.save(),c.translate(g,v+Xt*ae),c.rotate(gt),c.fillText(Po,0,0),c.restore()):c.fillText(Po,g,v+Xt*ae)}}}J.show&&ll(xe,J.filter(s,ut,o,B,lt),m,p,Ct,Tt,yt(J.width*dt,3),J.stroke(s,o),J.dash,J.cap);let je=a.grid;je.show&&ll(xe,je.filter(s,ut,o,B,lt),m,m==0?2:1,m==0?me:Ht,m==0?Ne:le,yt(je.width*dt,3),je.stroke(s,o),je.dash,je.cap),q.show&&ll([Ct],[1],m==0?1:0,m==0?1:2,m==1?me:Ht,m==1?Ne:le,yt(q.width*dt,3),q.stroke(s,o),q.dash,q.cap)}jt("drawAxes")}function Mn(o){S.forEach((a,p)=>{p>0&&(a._paths=null,o&&(l==1?(a.min=null,a.max=null):a.facets.forEach(m=>{m.min=null,m.max=null})))})}let hs=!1,ol=!1,qn=[];function Ur(){ol=!1;for(let o=0;o<qn.length;o++)jt(...qn[o]);qn.length=0}function Nn(){hs||(Ya(mo),hs=!0)}function Gr(o,a=!1){hs=!0,ol=a,o(s),mo(),a&&qn.length>0&&queueMicrotask(Ur)}s.batch=Gr;function mo(){if(Gs&&(Or(),Gs=!1),xn&&($r(),xn=!1),as){if(Mt(k,zn,ct),Mt(k,"top",$t),Mt(k,es,tt),Mt(k,ns,H),Mt(x,zn,ct),Mt(x,"top",$t),Mt(x,es,tt),Mt(x,ns,H),Mt(w,es,_e),Mt(w,ns,Me),b.width=zt(_e*dt),b.height=zt(Me*dt),L.forEach(({_el:o,_show:a,_size:p,_pos:m,side:g})=>{if(o!=null)if(a){let v=g===3||g===0?p:0,T=g%2==1;Mt(o,T?"left":"top",m-v),Mt(o,T?"width":"height",p),Mt(o,T?"top":"left",T?$t:ct),Mt(o,T?"height":"width",T?H:tt),Ml(o,hn)}else ue(o,hn)}),fs=_n=qs=Zs=Qs=Xs=tl=el=Js=null,oe=1,Qn(!0),ct!=Re||$t!=F||tt!=mt||H!=he){Mn(!1);let o=tt/mt,a=H/he;if(Lt&&!on&&V.left>=0){V.left*=o,V.top*=a,Tn&&We(Tn,zt(V.left),0,tt,H),Cn&&We(Cn,0,zt(V.top),tt,H);for(let p=0;p<ge.length;p++){let m=ge[p];m!=null&&(kn[p]*=o,Sn[p]*=a,We(m,ke(kn[p]),ke(Sn[p]),tt,H))}}if(St.show&&!cs&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=a,St.height*=a;for(let p in fl)Mt(An,p,St[p])}Re=ct,F=$t,mt=tt,he=H}jt("setSize"),as=!1}_e>0&&Me>0&&(c.clearRect(0,0,b.width,b.height),jt("drawClear"),Y.forEach(o=>o()),jt("draw")),St.show&&cs&&(ms(St),cs=!1),Lt&&on&&(un(null,!0,!1),on=!1),Q.show&&Q.live&&we&&(cl(),we=!1),u||(u=!0,s.status=1,jt("ready")),Yn=!1,hs=!1}s.redraw=(o,a)=>{xn=a||!1,o!==!1?Je(R,y.min,y.max):Nn()};function il(o,a){let p=C[o];if(p.from==null){if(Bt==0){let m=p.range(s,a.min,a.max,o);a.min=m[0],a.max=m[1]}if(a.min>a.max){let m=a.min;a.min=a.max,a.max=m}if(Bt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==R&&p.distr==2&&Bt>0&&(a.min=Ae(a.min,t[0]),a.max=Ae(a.max,t[0]),a.min==a.max&&a.max++),K[o]=a,Gs=!0,Nn()}}s.setScale=il;let rl,al,Tn,Cn,wo,go,Ln,$n,bo,xo,kt,Nt,qe=!1,Ut=V.drag,It=Ut.x,Ft=Ut.y;Lt&&(V.x&&(rl=ve(ba,x)),V.y&&(al=ve(xa,x)),y.ori==0?(Tn=rl,Cn=al):(Tn=al,Cn=rl),kt=V.left,Nt=V.top);let St=s.select=Pt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),An=St.show?ve(ga,St.over?x:k):null;function ms(o,a){if(St.show){for(let p in o)St[p]=o[p],p in fl&&Mt(An,p,o[p]);a!==!1&&jt("setSelect")}}s.setSelect=ms;function Kr(o){if(S[o].show)wt&&Ml(vt[o],hn);else if(wt&&ue(vt[o],hn),Lt){let p=vn?ge[0]:ge[o];p!=null&&We(p,-10,-10,tt,H)}}function Je(o,a,p){il(o,{min:a,max:p})}function Oe(o,a,p,m){a.focus!=null&&Qr(o),a.show!=null&&S.forEach((g,v)=>{v>0&&(o==v||o==null)&&(g.show=a.show,Kr(v),l==2?(Je(g.facets[0].scale,null,null),Je(g.facets[1].scale,null,null)):Je(g.scale,null,null),Nn())}),p!==!1&&jt("setSeries",o,a),m&&Xn("setSeries",s,o,a)}s.setSeries=Oe;function Yr(o,a){Pt(z[o],a)}function qr(o,a){o.fill=ot(o.fill||null),o.dir=ft(o.dir,-1),a=a??z.length,z.splice(a,0,o)}function Jr(o){o==null?z.length=0:z.splice(o,1)}s.addBand=qr,s.setBand=Yr,s.delBand=Jr;function Zr(o,a){S[o].alpha=a,Lt&&ge[o]!=null&&(ge[o].style.opacity=a),wt&&vt[o]&&(vt[o].style.opacity=a)}let He,Ze,cn,En={focus:!0};function Qr(o){if(o!=cn){let a=o==null,p=De.alpha!=1;S.forEach((m,g)=>{if(l==1||g>0){let v=a||g==0||g==o;m._focus=a?null:v,p&&Zr(g,v?1:De.alpha)}}),cn=o,p&&Nn()}}wt&&yn&&Vt(Wo,it,o=>{V._lock||(rn(o),cn!=null&&Oe(null,En,!0,Et.setSeries))});function Ie(o,a,p){let m=C[a];p&&(o=o/dt-(m.ori==1?$t:ct));let g=tt;m.ori==1&&(g=H,o=g-o),m.dir==-1&&(o=g-o);let v=m._min,T=m._max,A=o/g,D=v+(T-v)*A,B=m.distr;return B==3?On(10,D):B==4?Da(D,m.asinh):B==100?m.bwd(D):D}function Xr(o,a){let p=Ie(o,R,a);return Ae(p,t[0],Dt,Ot)}s.valToIdx=o=>Ae(o,t[0]),s.posToIdx=Xr,s.posToVal=Ie,s.valToPos=(o,a,p)=>C[a].ori==0?i(o,C[a],p?le:tt,p?Ht:0):r(o,C[a],p?Ne:H,p?me:0),s.setCursor=(o,a,p)=>{kt=o.left,Nt=o.top,un(null,a,p)};function yo(o,a){Mt(An,zn,St.left=o),Mt(An,es,St.width=a)}function vo(o,a){Mt(An,"top",St.top=o),Mt(An,ns,St.height=a)}let Jn=y.ori==0?yo:vo,Zn=y.ori==1?yo:vo;function ta(){if(wt&&Q.live)for(let o=l==2?1:0;o<S.length;o++){if(o==0&&qt)continue;let a=Q.values[o],p=0;for(let m in a)ne[o][p++].firstChild.nodeValue=a[m]}}function cl(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((p,m)=>{st[m]=p}):ja(o.idx)||st.fill(o.idx),Q.idx=st[0]),wt&&Q.live){for(let p=0;p<S.length;p++)(p>0||l==1&&!qt)&&ea(p,st[p]);ta()}we=!1,a!==!1&&jt("setLegend")}s.setLegend=cl;function ea(o,a){let p=S[o],m=o==0&&O==2?Te:t[o],g;qt?g=p.values(s,o,a)??ie:(g=p.value(s,a==null?null:m[a],o,a),g=g==null?ie:{_:g}),Q.values[o]=g}function un(o,a,p){bo=kt,xo=Nt,[kt,Nt]=V.move(s,kt,Nt),V.left=kt,V.top=Nt,Lt&&(Tn&&We(Tn,zt(kt),0,tt,H),Cn&&We(Cn,0,zt(Nt),tt,H));let m,g=Dt>Ot;He=xt,Ze=null;let v=y.ori==0?tt:H,T=y.ori==1?tt:H;if(kt<0||Bt==0||g){m=V.idx=null;for(let A=0;A<S.length;A++){let D=ge[A];D!=null&&We(D,-10,-10,tt,H)}yn&&Oe(null,En,!0,o==null&&Et.setSeries),Q.live&&(st.fill(m),we=!0)}else{let A,D,B;l==1&&(A=y.ori==0?kt:Nt,D=Ie(A,R),m=V.idx=Ae(D,t[0],Dt,Ot),B=P(t[0][m],y,v,0));let U=-10,G=-10,X=0,pt=0,ut=!0,lt="",J="";for(let q=l==2?1:0;q<S.length;q++){let _t=S[q],Tt=st[q],Wt=Tt==null?null:l==1?t[q][Tt]:t[q][1][Tt],gt=V.dataIdx(s,q,m,D),Ct=gt==null?null:l==1?t[q][gt]:t[q][1][gt];if(we=we||Ct!=Wt||gt!=Tt,st[q]=gt,q>0&&_t.show){let re=gt==null?-10:gt==m?B:P(l==1?t[0][gt]:t[q][0][gt],y,v,0),Zt=Ct==null?-10:W(Ct,l==1?C[_t.scale]:C[_t.facets[1].scale],T,0);if(yn&&Ct!=null){let be=y.ori==1?kt:Nt,Ce=Rt(De.dist(s,q,gt,Zt,be));if(Ce<He){let Fe=De.bias;if(Fe!=0){let ae=Ie(be,_t.scale),xe=Ct>=0?1:-1,Le=ae>=0?1:-1;Le==xe&&(Le==1?Fe==1?Ct>=ae:Ct<=ae:Fe==1?Ct<=ae:Ct>=ae)&&(He=Ce,Ze=q)}else He=Ce,Ze=q}}if(we||vn){let be,Ce;y.ori==0?(be=re,Ce=Zt):(be=Zt,Ce=re);let Fe,ae,xe,Le,je,Qt,ce=!0,fn=Jt.bbox;if(fn!=null){ce=!1;let Xt=fn(s,q);xe=Xt.left,Le=Xt.top,Fe=Xt.width,ae=Xt.height}else xe=be,Le=Ce,Fe=ae=Jt.size(s,q);if(Qt=Jt.fill(s,q),je=Jt.stroke(s,q),vn)q==Ze&&He<=De.prox&&(U=xe,G=Le,X=Fe,pt=ae,ut=ce,lt=Qt,J=je);else{let Xt=ge[q];Xt!=null&&(kn[q]=xe,Sn[q]=Le,Yo(Xt,Fe,ae,ce),Go(Xt,Qt,je),We(Xt,ke(xe),ke(Le),tt,H))}}}}if(vn){let q=De.prox,_t=cn==null?He<=q:He>q||Ze!=cn;if(we||_t){let Tt=ge[0];Tt!=null&&(kn[0]=U,Sn[0]=G,Yo(Tt,X,pt,ut),Go(Tt,lt,J),We(Tt,ke(U),ke(G),tt,H))}}}if(St.show&&qe)if(o!=null){let[A,D]=Et.scales,[B,U]=Et.match,[G,X]=o.cursor.sync.scales,pt=o.cursor.drag;if(It=pt._x,Ft=pt._y,It||Ft){let{left:ut,top:lt,width:J,height:q}=o.select,_t=o.scales[G].ori,Tt=o.posToVal,Wt,gt,Ct,re,Zt,be=A!=null&&B(A,G),Ce=D!=null&&U(D,X);be&&It?(_t==0?(Wt=ut,gt=J):(Wt=lt,gt=q),Ct=C[A],re=P(Tt(Wt,G),Ct,v,0),Zt=P(Tt(Wt+gt,G),Ct,v,0),Jn(Ee(re,Zt),Rt(Zt-re))):Jn(0,v),Ce&&Ft?(_t==1?(Wt=ut,gt=J):(Wt=lt,gt=q),Ct=C[D],re=W(Tt(Wt,X),Ct,T,0),Zt=W(Tt(Wt+gt,X),Ct,T,0),Zn(Ee(re,Zt),Rt(Zt-re))):Zn(0,T)}else pl()}else{let A=Rt(bo-wo),D=Rt(xo-go);if(y.ori==1){let X=A;A=D,D=X}It=Ut.x&&A>=Ut.dist,Ft=Ut.y&&D>=Ut.dist;let B=Ut.uni;B!=null?It&&Ft&&(It=A>=B,Ft=D>=B,!It&&!Ft&&(D>A?Ft=!0:It=!0)):Ut.x&&Ut.y&&(It||Ft)&&(It=Ft=!0);let U,G;It&&(y.ori==0?(U=Ln,G=kt):(U=$n,G=Nt),Jn(Ee(U,G),Rt(G-U)),Ft||Zn(0,T)),Ft&&(y.ori==1?(U=Ln,G=kt):(U=$n,G=Nt),Zn(Ee(U,G),Rt(G-U)),It||Jn(0,v)),!It&&!Ft&&(Jn(0,0),Zn(0,0))}if(Ut._x=It,Ut._y=Ft,o==null){if(p){if(Eo!=null){let[A,D]=Et.scales;Et.values[0]=A!=null?Ie(y.ori==0?kt:Nt,A):null,Et.values[1]=D!=null?Ie(y.ori==1?kt:Nt,D):null}Xn(gl,s,kt,Nt,tt,H,m)}if(yn){let A=p&&Et.setSeries,D=De.prox;cn==null?He<=D&&Oe(Ze,En,!0,A):He>D?Oe(null,En,!0,A):Ze!=cn&&Oe(Ze,En,!0,A)}}we&&(Q.idx=m,cl()),a!==!1&&jt("setCursor")}let Qe=null;Object.defineProperty(s,"rect",{get(){return Qe==null&&Qn(!1),Qe}});function Qn(o=!1){o?Qe=null:(Qe=x.getBoundingClientRect(),jt("syncRect",Qe))}function ko(o,a,p,m,g,v,T){V._lock||qe&&o!=null&&o.movementX==0&&o.movementY==0||(ul(o,a,p,m,g,v,T,!1,o!=null),o!=null?un(null,!0,!0):un(a,!0,!1))}function ul(o,a,p,m,g,v,T,A,D){if(Qe==null&&Qn(!1),rn(o),o!=null)p=o.clientX-Qe.left,m=o.clientY-Qe.top;else{if(p<0||m<0){kt=-10,Nt=-10;return}let[B,U]=Et.scales,G=a.cursor.sync,[X,pt]=G.values,[ut,lt]=G.scales,[J,q]=Et.match,_t=a.axes[0].side%2==1,Tt=y.ori==0?tt:H,Wt=y.ori==1?tt:H,gt=_t?v:g,Ct=_t?g:v,re=_t?m:p,Zt=_t?p:m;if(ut!=null?p=J(B,ut)?d(X,C[B],Tt,0):-10:p=Tt*(re/gt),lt!=null?m=q(U,lt)?d(pt,C[U],Wt,0):-10:m=Wt*(Zt/Ct),y.ori==1){let be=p;p=m,m=be}}D&&(a==null||a.cursor.event.type==gl)&&((p<=1||p>=tt-1)&&(p=pn(p,tt)),(m<=1||m>=H-1)&&(m=pn(m,H))),A?(wo=p,go=m,[Ln,$n]=V.move(s,p,m)):(kt=p,Nt=m)}let fl={width:0,height:0,left:0,top:0};function pl(){ms(fl,!1)}let So,_o,Mo,No;function To(o,a,p,m,g,v,T){qe=!0,It=Ft=Ut._x=Ut._y=!1,ul(o,a,p,m,g,v,T,!0,!1),o!=null&&(Vt(bl,Sl,Co,!1),Xn(Fo,s,Ln,$n,tt,H,null));let{left:A,top:D,width:B,height:U}=St;So=A,_o=D,Mo=B,No=U}function Co(o,a,p,m,g,v,T){qe=Ut._x=Ut._y=!1,ul(o,a,p,m,g,v,T,!1,!0);let{left:A,top:D,width:B,height:U}=St,G=B>0||U>0,X=So!=A||_o!=D||Mo!=B||No!=U;if(G&&X&&ms(St),Ut.setScale&&G&&X){let pt=A,ut=B,lt=D,J=U;if(y.ori==1&&(pt=D,ut=U,lt=A,J=B),It&&Je(R,Ie(pt,R),Ie(pt+ut,R)),Ft)for(let q in C){let _t=C[q];q!=R&&_t.from==null&&_t.min!=xt&&Je(q,Ie(lt+J,q),Ie(lt,q))}pl()}else V.lock&&(V._lock=!V._lock,un(a,!0,o!=null));o!=null&&(Ke(bl,Sl),Xn(bl,s,kt,Nt,tt,H,null))}function na(o,a,p,m,g,v,T){if(V._lock)return;rn(o);let A=qe;if(qe){let D=!0,B=!0,U=10,G,X;y.ori==0?(G=It,X=Ft):(G=Ft,X=It),G&&X&&(D=kt<=U||kt>=tt-U,B=Nt<=U||Nt>=H-U),G&&D&&(kt=kt<Ln?0:tt),X&&B&&(Nt=Nt<$n?0:H),un(null,!0,!0),qe=!1}kt=-10,Nt=-10,st.fill(null),un(null,!0,!0),A&&(qe=A)}function Lo(o,a,p,m,g,v,T){V._lock||(rn(o),Ys(),pl(),o!=null&&Xn(Vo,s,kt,Nt,tt,H,null))}function $o(){L.forEach(nu),Ks(s.width,s.height,!0)}mn(vs,Dn,$o);let Pn={};Pn.mousedown=To,Pn.mousemove=ko,Pn.mouseup=Co,Pn.dblclick=Lo,Pn.setSeries=(o,a,p,m)=>{let g=Et.match[2];p=g(s,a,p),p!=-1&&Oe(p,m,!0,!1)},Lt&&(Vt(Fo,x,To),Vt(gl,x,ko),Vt(jo,x,o=>{rn(o),Qn(!1)}),Vt(Wo,x,na),Vt(Vo,x,Lo),Al.add(s),s.syncRect=Qn);let ws=s.hooks=e.hooks||{};function jt(o,a,p){ol?qn.push([o,a,p]):o in ws&&ws[o].forEach(m=>{m.call(null,s,a,p)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)ws[a]=(ws[a]||[]).concat(o.hooks[a])});let Ao=(o,a,p)=>p,Et=Pt({key:null,setSeries:!1,filters:{pub:Xo,sub:Xo},scales:[R,S[1]?S[1].scale:null],match:[ti,ti,Ao],values:[null,null]},V.sync);Et.match.length==2&&Et.match.push(Ao),V.sync=Et;let Eo=Et.key,dl=Ji(Eo);function Xn(o,a,p,m,g,v,T){Et.filters.pub(o,a,p,m,g,v,T)&&dl.pub(o,a,p,m,g,v,T)}dl.sub(s);function sa(o,a,p,m,g,v,T){Et.filters.sub(o,a,p,m,g,v,T)&&Pn[o](null,a,p,m,g,v,T)}s.pub=sa;function la(){dl.unsub(s),Al.delete(s),ze.clear(),Nl(vs,Dn,$o),f.remove(),it?.remove(),jt("destroy")}s.destroy=la;function hl(){jt("init",e,t),ro(t||e.data,!1),K[R]?il(R,K[R]):Ys(),cs=St.show&&(St.width>0||St.height>0),on=we=!0,Ks(e.width,e.height)}return S.forEach(oo),L.forEach(Dr),n?n instanceof HTMLElement?(n.appendChild(f),hl()):n(s,hl):hl(),s}At.assign=Pt;At.fmtNum=Il;At.rangeNum=ks;At.rangeLog=Ms;At.rangeAsinh=Dl;At.orient=gn;At.pxRatio=dt;At.join=Ka;At.fmtDate=jl,At.tzDate=lc;At.sync=Ji;{At.addGap=jc,At.clipGaps=Cs;let e=At.paths={points:nr};e.linear=lr,e.stepped=Hc,e.bars=Bc,e.spline=Gc}function Kl(e,t=4){let[n,s]=e.toExponential(Math.max(0,t-1)).split("e");return`${n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}e${Number(s)}`}function rt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?Kl(e,t):String(Number(e.toPrecision(t)))}function Ge(e,t,n){return`${e} ${e===1?t:n||t+"s"}`}function ar(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,s=null;try{window.parent&&window.parent!==window&&(s=window.parent.document.body)}catch{s=null}let l=null,i=()=>{let r;s?r=s.classList.contains("dark-mode"):r=!!(n&&n.matches),r!==l&&(l=r,t.classList.toggle("nw-dark",r),e&&e(r))};return i(),s&&new MutationObserver(i).observe(s,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>l}function Bn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback"),stop:t("--nw-stop")}}var Yl=new Set;function Es(e){for(let t of[...Yl])(!e||e.contains(t.el))&&t.destroy()}function cr(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var de=(e,t=1)=>+`${t}e${e}`,ur=[];for(let e=0;e<=12;e++)for(let t of[1,2,2.5,5])Number.isInteger(de(e,t))&&ur.push(de(e,t));function su(e,t,n,s=24,l=null){if(!(e>0)||!(t>0)||!(t>=e))return[];let i=Math.max(2,Math.floor(n/s)+1),r=Math.log10(e),d=Math.log10(t),u=Math.ceil(r-1e-9),f=Math.floor(d+1e-9),b=[];if(f-u+1>=2){let c=1;for(let w of[1,2,3,4,5,10,20,25,50,100])if(c=w,Math.floor(f/w)-Math.ceil(u/w)+1<=i)break;for(let w=Math.ceil(u/c)*c;w<=f;w+=c)b.push(de(w));if(c===1)for(let w of[[2,5],[2,3,5]]){let k=[];for(let x=u-1;x<=f;x++)for(let M of w)de(x,M)>=e*(1-1e-9)&&de(x,M)<=t*(1+1e-9)&&k.push(de(x,M));if(b.length+k.length<=Math.floor(i*.75))b=b.concat(k);else break}}else for(let c of[[1,2,5],[1,2,3,4,5,6,7,8,9]]){let w=[];for(let k=Math.floor(r)-1;k<=Math.ceil(d);k++)for(let x of c)de(k,x)>=e*(1-1e-9)&&de(k,x)<=t*(1+1e-9)&&w.push(de(k,x));if(b=w,w.length>=2)break}return l!=null&&(b=b.filter(c=>c>l*1.0001).concat([l])),[...new Set(b)].sort((c,w)=>c-w)}function lu(e,t){let n=Math.round(e);if(t!=null&&n===t&&Math.abs(e-n)<1e-6)return"0";let s=Math.abs(e-n)<1e-6?de(n):Number(Math.pow(10,e).toPrecision(3));return s>=1e4?Kl(s,2):rt(s,2)}function ou(e,t){let n=0;for(let s of e){let l=null;for(let i of s){if(i===null){l=null;continue}if(l===null)i[0]>=t.l&&i[0]<=t.r&&i[1]>=t.t&&i[1]<=t.b&&n++;else{let[r,d]=l[0]<=i[0]?l:i,[u,f]=l[0]<=i[0]?i:l;if(u>=t.l&&r<=t.r){let b=k=>u===r?d:d+(f-d)*(k-r)/(u-r),c=b(Math.max(t.l,r)),w=b(Math.min(t.r,u));Math.max(c,w)>=t.t&&Math.min(c,w)<=t.b&&n++}}l=i}}return n}var iu=(e,t)=>e.l<t.r&&t.l<e.r&&e.t<t.b&&t.t<e.b,nn=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Yl.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Yl.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Bn(),s=t.series.map(N=>[N.steps,N.values]),l;s.length===1?l=[s[0][0],s[0][1]]:s.every(N=>N[0]===s[0][0])?l=[s[0][0],...s.map(N=>N[1])]:l=At.join(s);let i=Array.from(l[0]),r=l.slice(1).map(N=>Array.from(N));this.raw=r,this.xs=i;let d=[...new Set(t.series.map(N=>N.scale||"y"))],u={};for(let N of d)u[N]=!!t.log&&t.series.some(($,y)=>($.scale||"y")===N&&r[y].some(cr));let f={};for(let N of d){if(!u[N])continue;let $=1/0,y=!1;t.series.forEach((O,P)=>{if((O.scale||"y")===N)for(let W of r[P])W===0?y=!0:cr(W)&&W<$&&($=W)}),y&&$<1/0&&(f[N]=Math.floor(Math.log10($)+1e-9)-1)}this.floor=f,this.logOk=u;let b=(N,$)=>u[$]?N>0?Math.log10(N):N===0&&f[$]!=null?f[$]:null:N,c=r.map((N,$)=>{let y=t.series[$].scale||"y",O=new Array(N.length);for(let P=0;P<N.length;P++){let W=N[P];W===void 0?O[P]=void 0:W===null||!Number.isFinite(W)?O[P]=null:O[P]=b(W,y)}return O}),w=[];for(let N=0;N<i.length;N++){let $=null;for(let y of r){let O=y[N];if(typeof O=="number"&&!Number.isFinite(O)&&($=Number.isNaN(O)?"nan":"inf",$==="nan"))break}$&&w.push([i[N],$])}this.bad=w;let k=[];for(let N of t.hlines||[]){let $=N.scale||"y",y=Number(N.value);!d.includes($)||!Number.isFinite(y)||u[$]&&y<=0||!i.length||(k.push({...N,value:y,pos:b(y,$),scale:$}),r.push(i.map(()=>y)),c.push(i.map(()=>b(y,$))))}this.hlines=k;let x={x:{time:!1,range:(N,$,y)=>this._xRange($,y)}};for(let N of d)x[N]=u[N]?{range:($,y,O)=>{if(y==null)return[-3,0];let P=f[N]!=null?f[N]:Math.floor(y+1e-9),W=Math.max(P+1,Math.ceil(O-1e-9));return[P,W]}}:{range:($,y,O)=>{if(y==null)return[0,1];if(O-y<=1e-6*Math.max(Math.abs(y),Math.abs(O))){let P=(y+O)/2;return[P-Math.abs(P||1)*.5,P+Math.abs(P||1)*.5]}return At.rangeNum(y,O,.1,!0)}};let M="11px system-ui, sans-serif",_=()=>this.u&&this.u.bbox.height?this.u.bbox.height/(devicePixelRatio||1):(t.height||200)-60,E=(N,$)=>({scale:N,side:$,stroke:n.muted,font:M,size:(y,O)=>{let P=0;for(let W of O||[])P=Math.max(P,String(W).length);return Math.max(t.compact?30:40,Math.ceil(P*6.6)+14)},gap:3,space:t.compact?18:24,grid:{stroke:n.grid,width:1,show:$!==1},ticks:{stroke:n.grid,width:1,size:4},...u[N]?{splits:(y,O,P,W)=>su(de(Math.round(P)),de(Math.round(W)),_(),t.compact?18:24,f[N]!=null?de(f[N]):null).map(K=>Math.log10(K))}:{},values:(y,O)=>O.map(P=>P==null?"":u[N]?lu(P,f[N]):rt(P,2))}),S=[{stroke:n.muted,font:M,size:t.compact?22:30,space:50,incrs:ur,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(N,$)=>$.map(y=>y==null?"":String(Math.round(y)))}];d.forEach((N,$)=>S.push(E(N,$===0?3:1)));let L=[{label:"step",value:(N,$)=>$==null?"–":String(Math.round($))},...t.series.map((N,$)=>({label:N.label,scale:N.scale||"y",stroke:N.color||n.series[$%n.series.length],width:N.width||1.5,dash:N.dash,spanGaps:!1,points:{show:(y,O,P,W)=>W-P<40,size:4},value:(y,O,P,W)=>W==null?"–":rt(this.raw[P-1][W])})),...k.map(N=>({label:N.label,scale:N.scale,stroke:N.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>rt(N.value)}))],C=[],z=t.series.findIndex(N=>N.band==="hi"),R=t.series.findIndex(N=>N.band==="lo");z>=0&&R>=0&&C.push({series:[z+1,R+1],fill:n.band});let j=this,Y={width:this._width(),height:t.height||200,class:"nw-uplot",scales:x,axes:S,series:L,bands:C,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[N=>j._drawOverlay(N)],setSelect:[N=>{let $=N.select;if($.width>4&&t.onRange){let y=Math.round(N.posToVal($.left,"x")),O=Math.round(N.posToVal($.left+$.width,"x"));N.setSelect({left:0,top:0,width:0,height:0},!1),j._dragged=!0,t.onRange(y,O)}}],ready:[N=>j._ready(N)]}};this.u=new At(Y,[i,...c],this.el),this._synced=!!t.syncKey}_xRange(t,n){let s=this.opts.range,l;return s&&s[0]!=null&&s[1]!=null&&s[1]>s[0]?l=[s[0],s[1]]:t==null?l=[0,1]:t===n?l=[t-1,n+1]:l=[t,n],l[1]-l[0]<=20&&(l=[l[0]-.5,l[1]+.5]),l}_ready(t){let n=this.opts,s=t.over,l=(u,f,b)=>{let c=document.createElement("div");return c.className=`nw-chart-label ${u}`,c.textContent=f,b&&(c.title=b),s.appendChild(c),c};n.onset!=null&&(this.onsetLabel=l("nw-onset-label",`${n.onsetText||"onset"} ${n.onset}`),this.onsetLabel.dataset.step=String(n.onset));let i={rollback:"rollback",spike:"spike",stop:"stopped"};this.markLabels=(n.marks||[]).filter(u=>i[u.kind]).map(u=>{let f=l(`nw-mark nw-mark-${u.kind}`,i[u.kind],u.title||"");return f.dataset.kind=u.kind,f.dataset.step=String(u.step),[f,u]}),this.hlineLabels=this.hlines.map(u=>{let f=l("nw-hline-label",u.text||u.label,u.text||u.label);return f.dataset.value=String(u.value),f});let r=Object.keys(this.floor);this.zeroLabel=r.length?l("nw-zero-label","0 is drawn at the foot (log scale)","a value of exactly 0 cannot sit on a log scale: it is drawn at the lowest tick, labelled 0"):null,this._placeLabel();let d=null;s.addEventListener("mousedown",u=>{d=[u.clientX,u.clientY],this._dragged=!1}),s.addEventListener("click",u=>{if(!n.onStep||this._dragged||d&&Math.abs(u.clientX-d[0])>3)return;let f=t.cursor.left;if(f==null||f<0)return;let b=Math.round(t.posToVal(f,"x"));n.onStep(this._nearestStep(b))}),s.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i]<t?s=i+1:l=i}return s>0&&Math.abs(n[s-1]-t)<Math.abs(n[s]-t)&&s--,n[s]}_placeLabel(){if(!this.u)return;let t=this.u,n=t.over.clientWidth||t.bbox.width/devicePixelRatio,s=t.over.clientHeight||t.bbox.height/devicePixelRatio;if(!(n>0&&s>0))return;let l=[],i=x=>{if(!x._w){x.style.display="",x.style.maxWidth="none";let M=x.getBoundingClientRect();M.width>0&&(x._w=Math.ceil(M.width),x._h=Math.ceil(M.height))}return[Math.min(x._w||60,Math.max(20,n-8)),x._h||14]},r=(x,M)=>{x.style.display="",x.style.left=`${M.l}px`,x.style.top=`${M.t}px`,x.style.maxWidth=`${M.r-M.l}px`,l.push(M)},d=x=>{x.style.display="none"},u=x=>x.l>=0&&x.r<=n+.5&&!l.some(M=>iu(M,x)),f=[];this.onsetLabel&&f.push([this.onsetLabel,this.opts.onset]);for(let[x,M]of[...this.markLabels||[]].sort((_,E)=>_[1].step-E[1].step))f.push([x,M.step]);let b=3;for(let[x,M]of f){let _=t.valToPos(M,"x");if(x.dataset.x=String(_),!(_>=-.5&&_<=n+.5)){d(x);continue}let[E,S]=i(x),L=!1;for(let C=0;C<b&&!L;C++){let z=8+C*(S+1);for(let R of[_+3,_-3-E]){let j={l:R,r:R+E,t:z,b:z+S};if(u(j)){r(x,j),x.classList.toggle("nw-left",R<_),L=!0;break}}}L||d(x)}let c=null,w=()=>{if(c)return c;c=[];let x=this.opts.series.length;for(let _=0;_<x;_++){let E=this.opts.series[_].scale||"y",S=t.data[_+1],L=[];for(let C=0;C<S.length;C++){let z=S[C];z!==void 0&&L.push(z===null?null:[t.valToPos(t.data[0][C],"x"),t.valToPos(z,E)])}c.push(L)}let M=[];this.opts.onset!=null&&M.push(this.opts.onset);for(let _ of this.opts.marks||[])_.kind!=="skip"&&M.push(_.step);for(let _ of M){let E=t.valToPos(_,"x");E>=0&&E<=n&&c.push([[E,0],[E,s]])}return c},k=(x,M)=>{let _=null;for(let E of M){if(!u(E))continue;let S=ou(w(),{l:E.l-1,r:E.r+1,t:E.t-1,b:E.b+1});if((!_||S<_.hits)&&(_={box:E,hits:S}),S===0)break}if(!_)return d(x);r(x,_.box),x.dataset.overData=String(_.hits)};if((this.hlineLabels||[]).forEach((x,M)=>{let _=this.hlines[M],E=t.valToPos(_.pos,_.scale);if(x.dataset.y=String(E),!(E>=-.5&&E<=s+.5))return d(x);let[S,L]=i(x),C=[],z=[n-4-S,4];for(let R=1;R<8;R++)z.push(4+(n-8-S)*R/8);for(let R of z)for(let j of[E-2-L,E+2])j>=0&&j+L<=s&&C.push({l:R,r:R+S,t:j,b:j+L});k(x,C)}),this.zeroLabel){let[x,M]=i(this.zeroLabel),_=s-M-2,E=[];for(let S=0;S<=8;S++)E.push({l:4+(n-8-x)*S/8,r:4+(n-8-x)*S/8+x,t:_,b:_+M});k(this.zeroLabel,E)}}_drawOverlay(t){let n=this.opts,s=Bn(),l=t.ctx,{left:i,top:r,width:d,height:u}=t.bbox,f=devicePixelRatio||1,b=c=>t.valToPos(c,"x",!0);if(l.save(),l.setLineDash([]),l.beginPath(),l.rect(i,r,d,u),l.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let c=Math.max(i,b(n.windowStart)),w=Math.min(i+d,b(n.onset));w>c&&(l.fillStyle=s.window,l.fillRect(c,r,w-c,u))}for(let c of n.marks||[]){let w=Math.round(b(c.step))+.5;if(l.strokeStyle=l.fillStyle=s[c.kind]||s.muted,c.kind==="skip"){l.beginPath(),l.moveTo(w,r+u),l.lineTo(w-4*f,r+u-7*f),l.lineTo(w+4*f,r+u-7*f),l.closePath(),l.fill();continue}if(c.kind==="rollback"&&c.from!=null&&c.from<c.step){let k=Math.max(i,b(c.from));l.globalAlpha=.15,l.fillRect(k,r,Math.max(0,w-k),u),l.globalAlpha=1}l.lineWidth=1.5*f,l.setLineDash(c.kind==="spike"?[3*f,3*f]:[]),l.beginPath(),l.moveTo(w,r),l.lineTo(w,r+u),l.stroke(),l.setLineDash([])}for(let[c,w]of this.bad){let k=b(c);l.fillStyle=w==="nan"?s.nan:s.inf,l.beginPath(),l.moveTo(k-3.5*f,r),l.lineTo(k+3.5*f,r),l.lineTo(k,r+6*f),l.closePath(),l.fill()}if(n.onset!=null){let c=Math.round(b(n.onset))+.5;l.strokeStyle=s.onset,l.lineWidth=2*f,l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+u),l.stroke()}if(n.selStep!=null){let c=Math.round(b(n.selStep))+.5;l.strokeStyle=s.select,l.lineWidth=1*f,l.setLineDash([4*f,3*f]),l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+u),l.stroke()}l.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=At.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function fr(e="nw"){return At.sync(e).plots.length}function h(e,t,...n){let s=document.createElement(e);if(t)for(let[l,i]of Object.entries(t))i==null||i===!1||(l==="class"?s.className=i:l==="text"?s.textContent=String(i):l==="style"&&typeof i=="object"?Object.assign(s.style,i):l.startsWith("on")&&typeof i=="function"?s.addEventListener(l.slice(2),i):l==="dataset"?Object.assign(s.dataset,i):s.setAttribute(l,i===!0?"":String(i)));return pr(s,n),s}function pr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?pr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Se(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Un="tb_nanwatch",Ps=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let r=this.waits.get(n.id);if(!r)return;this.waits.delete(n.id),n.error?r.reject(new Error(String(n.error))):r.resolve(n.payload);return}let s=null,l=null,i=this.listeners.get(n.type);if(i)try{s=await i(n.payload)??null}catch(r){l=String(r)}this._post({type:n.type,id:n.id,payload:s,error:l,isReply:!0})}request(t,n,s=1500){if(!this.port)return Promise.resolve(null);let l=this.nextId++;return new Promise(i=>{let r=setTimeout(()=>{this.waits.delete(l),i(null)},s);this.waits.set(l,{resolve:d=>{clearTimeout(r),i(d)},reject:()=>{clearTimeout(r),i(null)}}),this._post({type:t,id:l,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Un})}};function ql(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Un}.`;for(let s of e.split("&")){let l=s.indexOf("=");if(l<0)continue;let i=decodeURIComponent(s.slice(0,l));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(s.slice(l+1)))}return t}catch{return null}}function dr(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let s=n.location,l=s.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(u=>!u.startsWith(`p.${Un}.`)&&!u.startsWith(encodeURIComponent(`p.${Un}.`)));(!r.length||r[0].includes("="))&&r.unshift(Un);for(let[u,f]of Object.entries(e))f==null||f===""||r.push(`${encodeURIComponent(`p.${Un}.${u}`)}=${encodeURIComponent(String(f))}`);let d=new URL(s.href);if(d.hash=r.join("&"),d.href===s.href)return;t?n.history.pushState(n.history.state,"",d.href):n.history.replaceState(n.history.state,"",d.href)}catch{}}var zs=/[A-Za-z0-9_]/;function hr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let s=n>0?e[n-1]:"",l=e[n+t.length]||"";if(!(zs.test(t[0])&&zs.test(s))&&!(zs.test(t[t.length-1])&&zs.test(l)))return!0}return!1}function ru(e,t){let n={step:null,layer:null,tensor:null},s=/\bsteps? (\d+)/.exec(e);s&&(n.step=Number(s[1]));let l=null;for(let i of t)i.name&&hr(e,i.name)&&(!l||i.name.length>l.name.length)&&(l=i);if(l)n.tensor=l.name,n.layer=l.layer??null;else{let i=null;for(let r of t)r.layer&&hr(e,r.layer)&&(!i||r.layer.length>i.length)&&(i=r.layer);n.layer=i}return n}function au(e){let t=String(e).split("`");return t.length%2===0&&t.splice(t.length-2,2,t[t.length-2]+"`"+t[t.length-1]),t.map((n,s)=>s%2?h("code",{class:"nw-inline-code",text:n}):n).filter(n=>n!=="")}function cu(e){if(typeof e.code!="string")return null;let t=e.code.replace(/^\s*\n/,"").replace(/\s+$/,"");return t.trim()?t:null}async function uu(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let s=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});s.value=e,document.body.appendChild(s),s.select();try{n=document.execCommand("copy")}catch{n=!1}s.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}var Rs="score: how strongly the evidence points to this cause, from 0 to 1";function mr(e,t,n,s=[]){let l=e.causes||[],i=Array.isArray(e.risks)?e.risks.filter(w=>w&&typeof w=="object"):[],r=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));l.length||r.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let d=h("ol",{class:"nw-cause-list"}),u=(w,k)=>w.forEach((x,M)=>{let _=Number(x.score),E=h("ul",{class:"nw-evidence"});for(let z of x.evidence||[]){let R=typeof z=="string"?z:String(z&&z.text!=null?z.text:JSON.stringify(z)),j=ru(R,t);z&&typeof z=="object"&&(j={step:z.step??j.step,layer:z.layer??j.layer,tensor:z.tensor??j.tensor});let Y=j.step!=null||j.layer!=null,N=h("li",{class:Y?"nw-ev nw-jump":"nw-ev"});if(Y){let $=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[j.layer&&`layer ${j.layer}`,j.step!=null&&`step ${j.step}`].filter(Boolean).join(", "),text:R,onclick:()=>n(j),onkeydown:y=>(y.key==="Enter"||y.key===" ")&&(y.preventDefault(),n(j))});N.appendChild($)}else N.appendChild(h("span",{text:R}));E.appendChild(N)}let S=null,L=cu(x),C=x.fix!=null&&String(x.fix).trim()?String(x.fix):null;if(C||L){let z=L?h("button",{class:"nw-btn nw-copy",text:"Copy",title:"Copy the code"}):null;z&&z.addEventListener("click",()=>uu(L,z)),S=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),z),C?h("p",{class:"nw-fix-text"},au(C)):null,L?h("pre",{class:"nw-fix-code"},h("code",{text:L})):null)}k.appendChild(h("li",{class:"nw-cause",dataset:{id:String(x.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${M+1}`}),h("span",{class:"nw-cause-summary",text:x.summary||x.id}),h("span",{class:"nw-scorebar",title:Rs},h("span",{style:{width:`${Math.max(0,Math.min(1,_))*100}%`}})),h("span",{class:"nw-score",title:Rs,text:`score ${rt(_,2)}`})),h("div",{class:"nw-muted nw-small",text:String(x.id)}),E,S))});if(u(l,d),r.appendChild(d),i.length){let w=h("ol",{class:"nw-cause-list nw-risk-list"});u(i,w),r.append(h("h3",{class:"nw-risks-head",text:`Risks (${i.length}): not causes of a failure, worth a look`}),w)}let f=e.ruled_out||[];f.length&&r.appendChild(h("details",{class:"nw-ruled",open:l.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(w=>h("li",{class:"nw-ruled-item",text:typeof w=="string"?w:w.summary||w.id||JSON.stringify(w)}))))),s.length&&r.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${s.length}): `}),s.map((w,k)=>h("span",{class:"nw-rule-error",title:w.error!=null?String(w.error):null},k?", ":"",h("code",{text:String(w.id)}),w.error!=null?` (${w.error})`:""))));let b=Array.isArray(e.not_applicable)?e.not_applicable.map(String):[];b.length&&r.appendChild(h("div",{class:"nw-muted nw-small nw-not-applicable",text:`Does not apply to this model: ${b.join(", ")}`}));let c=e.skipped||[];return c.length&&r.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${c.join(", ")}`})),r}var wr={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},fu=1e3,gr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Jl(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(gr,t)?gr[t]:null})}function pu(e){let t=[];return String(e).split(/(?<=\/)/).forEach((s,l)=>{l&&t.push(h("wbr")),(s.length>28?s.split(/(?<=_)/):[s]).forEach((r,d)=>{d&&t.push(h("wbr")),t.push(r)})}),t}var br={stop:'on_nonfinite="stop" ended the training at the first NaN/Inf',raise:'on_nonfinite="raise" raised an error at the first NaN/Inf',max_skips:"too many updates in a row had to be skipped (max_skips)",max_rollbacks:"too many rollbacks (max_rollbacks)"};function Ds(e){let t=Object.prototype.hasOwnProperty.call(br,e.reason)?br[e.reason]:e.reason!=null?`reason: ${String(e.reason)}`:"",n=e.applied===!1?" The update of that step was not applied.":e.applied===!0?" The update of that step was applied.":"";return`Stopped after step ${Number(e.step)}${t?`: ${t}`:""}.${n}`}function du(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function xr(e,t,n){let s=performance.now(),l=await Gt("runs",null,n);e.runsKey=JSON.stringify(l.runs||[]);let i=(l.runs||[]).map((c,w)=>({...c,_i:w}));i.sort((c,w)=>(wr[c.status]??4.5)-(wr[w.status]??4.5)||c._i-w._i),e.runs=i;let r=i.filter(c=>c.status!=="healthy"&&c.status!=="loading").length,d=i.filter(c=>c.loading).length,u=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${r} failing`}),d?h("span",{class:"nw-sub nw-loading-count",text:`${d} still loading…`}):null);if(d&&e.pollRuns(fu),!i.length){t.append(u,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let f=h("tbody");for(let c of i){let w=c.onset,k=c.origin&&(c.origin.layer||c.origin.tensor)?c.origin:w,x=c.top_cause,M=[];c.loading&&c.status!=="loading"&&M.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let _=c.events&&typeof c.events=="object"?c.events:{},E=Number(_.stop)||0,S=c.stopped&&typeof c.stopped=="object"&&Number.isFinite(Number(c.stopped.step))?c.stopped:null;(E>0||S)&&M.push(h("span",{class:"nw-chip nw-event nw-event-stop",dataset:{kind:"stop",count:String(Math.max(1,E))},title:S?Ds(S):'the watch ended the training (on_nonfinite="stop" or "raise", or too many skips or rollbacks)',text:S?`stopped at step ${Number(S.step)}`:"stopped"}));for(let[z,R,j,Y]of[["spike","loss spike","loss spikes","a finite loss 10 times its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let N=Number(_[z])||0;N>0&&M.push(h("span",{class:`nw-chip nw-event nw-event-${z}`,dataset:{kind:z,count:String(N)},title:Y,text:Ge(N,R,j)}))}c.summarised&&M.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),c.sampled&&M.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let z of c.problems||[])M.push(h("span",{class:"nw-chip nw-warn",title:String(z),text:String(z)}));let L=z=>{z.preventDefault(),e.setState({run:c.run,layer:null,step:null,start:null,end:null})},C=h("tr",{class:"nw-run-row",dataset:{run:c.run,status:String(c.status),loading:c.loading?"1":"0"},tabindex:"0",onclick:L,onkeydown:z=>z.key==="Enter"&&L(z)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:c.run}),title:c.run,onclick:L},pu(c.run))),h("td",{class:"nw-status-cell"},Jl(c.status),c.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(c.status_note)}):null),h("td",{class:"nw-onset-step",text:w&&w.step!=null?String(w.step):"–"}),h("td",{class:"nw-origin"},k?h("span",{text:du(k)}):"–",k&&k.layer&&k.tensor?h("div",{class:"nw-muted nw-small",text:k.tensor}):null,k&&k!==w&&k.step!=null&&w&&k.step!==w.step?h("div",{class:"nw-muted nw-small",text:`from step ${k.step}`}):null),h("td",{class:"nw-top-cause"},x?h("span",{text:x.summary||x.id}):h("span",{class:"nw-muted",text:c.status==="healthy"?"no cause found":"–"}),x&&x.score!=null?h("span",{class:"nw-score",title:Rs,text:`score ${rt(Number(x.score),2)}`}):null),h("td",{class:"nw-num",text:c.steps!=null?String(c.steps):"–"}),h("td",{class:"nw-notes"},M));f.appendChild(C)}let b=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps","Notes"].map(c=>h("th",{text:c})))),f);t.append(u,h("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-s)}var Os=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function hu(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Os.length-1),s=Math.min(Os.length-2,Math.floor(n)),l=n-s;for(let i=0;i<3;i++)e[t*3+i]=Os[s][i]*(1-l)+Os[s+1][i]*l}return e}var Gn=hu();function Zl(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let s=parseInt(t[1],16);return[s>>16&255,s>>8&255,s&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(s=>Number(s.trim())):[128,128,128]}function yr(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}function mu(e,t,n,s){let l=[];for(let u=0;u<n;u++)l.push(Array.from({length:s},(f,b)=>yr(e[u][b])));let i=new Array(n).fill(0);if(!Array.isArray(t)||!t.includes("max_abs")||!t.includes("l2"))return[l,i];let r=new Array(s).fill(-1),d=new Array(s).fill(-1);for(let u=0,f=-1;u<s;u++)t[u]==="max_abs"&&(f=u),r[u]=f;for(let u=s-1,f=-1;u>=0;u--)t[u]==="max_abs"&&(f=u),d[u]=f;for(let u=0;u<n;u++){let f=l[u],b=[];for(let w=0;w<s;w++)if(!(t[w]!=="l2"||!Number.isFinite(f[w])))for(let k of[r[w],d[w]])k>=0&&Number.isFinite(f[k])&&b.push(f[w]-f[k]);if(b.length<3)continue;b.sort((w,k)=>w-k);let c=b[Math.floor(b.length/2)];if(c>0){i[u]=c;for(let w=0;w<s;w++)t[w]==="l2"&&Number.isFinite(f[w])&&(f[w]-=c)}}return[l,i]}var Is=class{constructor(t,n,s){this.el=t,this.data=n,this.opts=s,this.render()}render(){let{el:t,data:n,opts:s}=this;Se(t);let l=n.rows||[],i=n.buckets||[],r=l.length,d=i.length;if(!r||!d){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let u=Bn(),f=Math.max(3,Math.min(16,Math.floor(640/r)));this.rh=f;let b=1/0,c=-1/0,[w,k]=mu(n.magnitude,n.bucket_source,r,d);this.mag=w,this.gaps=k;let x=n.nonfinite;for(let I=0;I<r;I++){let at=w[I];for(let nt=0;nt<d;nt++){let Z=at[nt];Z!==null&&Number.isFinite(Z)&&(Z<b&&(b=Z),Z>c&&(c=Z))}}c>=b||(b=0,c=1),c-b<1e-9&&(c=b+1),this.lo=b,this.hi=c;let M=h("div",{class:"nw-hm"}),_=h("div",{class:"nw-hm-labels",style:{height:`${r*f}px`}}),E=n.layers||[],S=f>=9?1:Math.ceil(12/f);for(let I=0;I<r;I++){let at=I%S===0,nt=h("div",{class:"nw-hm-label"+(s.selLayer!=null&&E[I]===s.selLayer?" nw-sel":"")+(S>1?" nw-thin":""),style:{height:`${f}px`,lineHeight:S>1?"12px":`${f}px`},title:l[I],text:at?l[I]:""});nt.addEventListener("click",()=>s.onCell&&s.onCell({row:I,name:l[I],layer:E[I]??null,step:null})),_.appendChild(nt)}let L=h("div",{class:"nw-hm-plot"}),C=h("canvas",{class:"nw-hm-canvas"}),z=h("div",{class:"nw-tip",style:{display:"none"}});L.append(C,z);let R=h("div",{class:"nw-hm-axis"});M.append(_,L);let j=this._legend(u);t.append(M,R,j),this.canvas=C,this.plot=L,this.tip=z;let Y=document.createElement("canvas");Y.width=d,Y.height=r;let N=Y.getContext("2d"),$=N.createImageData(d,r),y=$.data,O=Zl(u.nan),P=Zl(u.inf),W=Zl(u.grid),K=c-b,et=0;for(let I=0;I<r;I++){let at=w[I],nt=x?x[I]:null;for(let Z=0;Z<d;Z++){let st=(I*d+Z)*4,Q=nt?nt[Z]:0,V;if(Q===1)V=O,et++;else if(Q===2)V=P,et++;else{let wt=at[Z];if(wt===null||Number.isNaN(wt)||wt===1/0)V=W;else{let Lt=wt===-1/0?0:Math.max(0,Math.min(255,Math.round((wt-b)/K*255)))*3;y[st]=Gn[Lt],y[st+1]=Gn[Lt+1],y[st+2]=Gn[Lt+2],y[st+3]=255;continue}}y[st]=V[0],y[st+1]=V[1],y[st+2]=V[2],y[st+3]=255}}if(N.putImageData($,0,0),this.img=Y,t.dataset.nonfiniteCells=String(et),this.R=r,this.B=d,this._draw(),this._axis(R),window.ResizeObserver){this.ro&&this.ro.disconnect();let I=L.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(L.clientWidth-I)>2&&(I=L.clientWidth,this._draw())}),this.ro.observe(L)}C.addEventListener("mousemove",I=>this._hover(I)),C.addEventListener("mouseleave",()=>z.style.display="none"),C.addEventListener("click",I=>{let at=this._cellAt(I);at&&s.onCell&&s.onCell(at)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},s=t.layers||[];return(t.nonfinite||[]).forEach((l,i)=>{let r=s[i];if(r==null)return;let d=l.findIndex(f=>f===1||f===2);if(d<0)return;let u=t.buckets[d][0];(!(r in n)||u<n[r][0])&&(n[r]=[u,l[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:s,B:l,rh:i}=this,r=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),u=s*i;this.w=d,this.hgt=u,t.style.width=`${d}px`,t.style.height=`${u}px`,t.width=Math.round(d*r),t.height=Math.round(u*r);let f=t.getContext("2d");f.imageSmoothingEnabled=!1,f.drawImage(this.img,0,0,l,s,0,0,t.width,t.height);let b=Bn(),{onset:c,selStep:w,selLayer:k}=this.opts,x=this.data.layers||[];if(k!=null){f.strokeStyle=b.select,f.lineWidth=1.5*r;for(let _=0;_<s;_++)x[_]===k&&f.strokeRect(.75*r,_*i*r+.75*r,t.width-1.5*r,i*r-1.5*r)}let M=_=>{let E=this._bucketOf(_);return E==null?null:(E+.5)/l*t.width};if(c!=null){let _=M(c);_!=null&&(f.strokeStyle=b.onset,f.lineWidth=2*r,f.setLineDash([5*r,3*r]),f.beginPath(),f.moveTo(_,0),f.lineTo(_,t.height),f.stroke(),f.setLineDash([]))}if(w!=null){let _=M(w);_!=null&&(f.strokeStyle=b.select,f.lineWidth=1*r,f.beginPath(),f.moveTo(_,0),f.lineTo(_,t.height),f.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i][1]<t?s=i+1:l=i}return s}_cellAt(t){let n=this.canvas.getBoundingClientRect(),s=t.clientX-n.left,l=t.clientY-n.top,i=Math.floor(s/n.width*this.B),r=Math.floor(l/this.rh);if(i<0||i>=this.B||r<0||r>=this.R)return null;let d=this.data,[u,f]=d.buckets[i],b=d.nonfinite?d.nonfinite[r][i]:0;return{row:r,bucket:i,name:d.rows[r],layer:(d.layers||[])[r]??null,step:u,first:u,last:f,magnitude:yr(d.magnitude[r][i]),gap:this.gaps?this.gaps[r]:0,nonfinite:b===1?"NaN":b===2?"Inf":null,source:d.bucket_source?d.bucket_source[i]:null,x:s,y:l}}_hover(t){let n=this._cellAt(t),s=this.tip;if(!n){s.style.display="none";return}Se(s),s.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${rt(Math.pow(10,n.magnitude))} (log10 ${rt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:n.gap>0?`from the trace L2 norm (no statistics step here), coloured as about ${rt(Math.pow(10,n.magnitude-n.gap))}: the row's usual L2 to max |x| ratio`:"from the trace L2 norm (no statistics step here)"}):null),s.style.display="block";let l=this.plot.clientWidth;s.style.left=`${Math.min(n.x+12,l-230)}px`,s.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,s=n[0][0],l=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${s}`}),h("span",{text:String(i)}),h("span",{text:String(l)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),s=n.getContext("2d");for(let i=0;i<120;i++){let r=Math.round(i/119*255)*3;s.fillStyle=`rgb(${Gn[r]},${Gn[r+1]},${Gn[r+2]})`,s.fillRect(i,0,1,10)}let l=(i,r)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),r);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${rt(this.lo,2)}`}),n,h("span",{text:`10^${rt(this.hi,2)}`}),l("nw-sw-nan","NaN"),l("nw-sw-inf","Inf"),l("nw-sw-empty","not logged"))}};var wu=["nan","inf","max_abs","std","mean","scale_spread"];async function vr(e,t,n){let s=e.rows.filter(u=>u.kind==="input"||u.kind==="target");if(!s.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let l=await Gt("series",{run:e.run,tensor:s.map(u=>u.name),stat:wu,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let u of l.series||[])i.set(`${u.tensor}\0${u.stat}`,{steps:u.steps,values:Xe(u.values)});let r=h("tbody"),d=h("div",{class:"nw-grid-multi"});for(let u of s){let f=y=>i.get(`${u.name}\0${y}`)||{steps:[],values:[]},b=f("nan"),c=f("inf"),w=f("max_abs"),k=f("std"),x=f("mean"),M=f("scale_spread"),_=0,E=0,S=null,L=!1;b.values.forEach((y,O)=>{(y>0||Number.isNaN(y))&&(y>0?_+=y:L=!0,(S===null||b.steps[O]<S)&&(S=b.steps[O]))}),c.values.forEach((y,O)=>{y>0&&(E+=y,(S===null||c.steps[O]<S)&&(S=c.steps[O]))});let C=null,z=null,R=null;w.values.forEach((y,O)=>{Number.isFinite(y)&&(C===null||y>C)&&(C=y);let P=k.values[O],W=x.values[O];if(Number.isFinite(y)&&Number.isFinite(P)&&P>0){let K=(y-Math.abs(Number.isFinite(W)?W:0))/P;(z===null||K>z)&&(z=K,R=w.steps[O])}});let j=null;for(let y of M.values)Number.isFinite(y)&&(j===null||y>j)&&(j=y);let Y=_+E>0||L,N=y=>L?`${y?`${rt(y)} + `:""}?`:rt(y);r.appendChild(h("tr",{class:Y?"nw-bad-row":""},h("td",{class:"nw-mono",text:u.name}),h("td",{class:_||L?"nw-nan-text":"",text:N(_),title:L?"some counts unknown":null}),h("td",{class:E||L?"nw-inf-text":"",text:N(E),title:L?"some counts unknown":null}),h("td",{text:S===null?"–":String(S)}),h("td",{text:rt(C)}),h("td",{class:z!==null&&z>10?"nw-warn-text":"",text:z===null?"–":`${rt(z,3)} σ @ ${R}`}),h("td",{class:j!==null&&j>100?"nw-warn-text":"",text:rt(j)})));let $=h("div",{class:"nw-mini"});d.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${u.name}: max |x|`}),$)),e.defer(()=>e.charts.push(new nn($,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,onsetText:e.onsetText,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:y=>e.jump({step:y}),onRange:(y,O)=>e.zoom(y,O),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(u=>h("th",{text:u})))),r)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function gu(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let s=t.get(n.layer);n.kind==="activation"||n.kind==="output"?s.act=s.act||n:n.kind==="preactivation"?s.pre=n:n.kind==="gradient"?s.grads.push(n):n.kind==="weight"&&s.weights.push(n)}return[...t.values()]}var kr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Fs=class{constructor(t,n){if(this.ctx=t,this.groups=gu(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let s=h("div",{class:"nw-layers"});for(let l of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),r=h("div",{class:"nw-layer",dataset:{layer:l.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:l.layer}),l.act&&l.act.activation?h("span",{class:"nw-chip",text:String(l.act.activation)}):null),i);r.addEventListener("click",d=>{d.target.closest(".u-over")||t.jump({layer:l.layer})}),this.cards.set(l.layer,{card:r,body:i,group:l,charts:[],visible:!1}),s.appendChild(r)}if(n.appendChild(s),window.IntersectionObserver){this.io=new IntersectionObserver(l=>{for(let i of l)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(l=>{for(let i of l){let r=this.cards.get(i.target.dataset.layer);if(r){r.visible=i.isIntersecting;for(let d of r.charts)d.setSynced(i.isIntersecting)}}});for(let{card:l}of this.cards.values())this.io.observe(l),this.vis.observe(l)}else for(let l of this.groups)this._want(l.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:s}]of this.cards){let l=s.querySelector(".nw-layer-bad");l&&l.remove();let i=t[n];s.classList.toggle("nw-layer-hasbad",!!i),i&&s.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[l,{card:i}]of this.cards)i.classList.toggle("nw-sel",l===t);let s=this.cards.get(t);s&&n&&(s.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,s=t.map(c=>this.cards.get(c).group),l=s.filter(c=>c.act).map(c=>c.act.name),i=s.flatMap(c=>[...c.grads,...c.weights].map(w=>w.name)),r=s.flatMap(c=>c.weights.map(w=>w.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},u=[];l.length&&u.push(Gt("series",{...d,tensor:l,stat:["min","max","mean"]},n.signal)),i.length&&u.push(Gt("series",{...d,tensor:i,stat:["trace"]},n.signal)),r.length&&u.push(Gt("series",{...d,tensor:r,stat:["update_ratio"]},n.signal));let f;try{f=await Promise.all(u)}catch(c){if(n.signal.aborted)return;for(let w of t){let{body:k}=this.cards.get(w);k.textContent=`Could not load: ${c.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let c of f)for(let w of c.series||[])b.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:Xe(w.values)});for(let c of t){if(n.signal.aborted)return;let w=this.cards.get(c);this._draw(w,b);for(let k of w.charts)k.setSynced(w.visible);await new Promise(k=>requestAnimationFrame(()=>k()))}}_draw(t,n){let{body:s,group:l}=t,i=this.ctx;s.textContent="";let r=(f,b)=>n.get(`${f}\0${b}`),d=[];if(l.act){let f=r(l.act.name,"min"),b=r(l.act.name,"max"),c=r(l.act.name,"mean");f&&b&&d.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:f.steps,values:f.values,band:"lo"},...c?[{label:"mean",steps:c.steps,values:c.values,dash:[3,3]}]:[]],!1])}let u=f=>f.map(b=>({label:kr(b.name,l.layer),...r(b.name,"trace")||{steps:[],values:[]}}));if(l.grads.length&&d.push(["gradient norm",u(l.grads),!0]),l.weights.length&&d.push(["weight norm",u(l.weights),!0]),l.weights.length&&d.push(["update ratio",l.weights.map(f=>({label:kr(f.name,l.layer),...r(f.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){s.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[f,b,c]of d){let w=h("div",{class:"nw-mini",dataset:{panel:f}});if(s.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:f}),w)),b.every(x=>!x.steps.length)){w.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let k=new nn(w,{series:b,log:c,compact:!0,height:110,range:i.range,onset:i.onset,onsetText:i.onsetText,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:x=>i.jump({step:x,layer:l.layer}),onRange:(x,M)=>i.zoom(x,M),onReset:()=>i.zoom(null,null)});i.charts.push(k),t.charts.push(k)}}};var Ql=8,ee=e=>e==null?"":String(e),js=e=>Array.isArray(e)?e:[],sn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ws=e=>{let t=ye(e);return t===null?"–":rt(t)},Sr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):ee(e);function bu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function xu(e){let t=[ee(e.name)||ee(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function yu(e){let t=Object.entries(e).filter(([s])=>s!=="class"&&s!=="learning_rate").map(([s,l])=>`${s}=${Sr(l)}`),n=e.learning_rate!=null?[`learning_rate=${Sr(e.learning_rate)}`]:[];return`${ee(e.class)||"?"}(${[...n,...t].join(", ")})`}function vu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${ee(e.epochs??"?")} epochs × ${ee(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function _r(e){let t=e.trim()===""?NaN:Number(e);return!Number.isFinite(t)||Number.isInteger(t)&&e.length<=12?e:rt(t)}function ku(e){let t=Object.entries(e);return t.length>0&&t.every(([l])=>l.trim()!==""&&Number.isFinite(Number(l)))&&t.some(([l])=>!Number.isInteger(Number(l)))?`continuous: ${Ge(t.length,"distinct value")} in the sampled rows`:t.slice(0,Ql).map(([l,i])=>{let r=ye(i);return r===null?_r(l):`${_r(l)} (${rt(100*r,3)}%)`}).join(", ")+(t.length>Ql?`, … ${t.length-Ql} more`:"")}function Su(e,t,n){let s=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),l=h("tbody");return e.forEach((i,r)=>{let d=ee(i.name),u=t.has(d),f=s.has(d)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${d}`,text:d,onclick:()=>n.jump({layer:d}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:d}))}):h("span",{class:"nw-model-layer-name",text:d});l.appendChild(h("tr",{class:u?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:d}},h("td",{class:"nw-num nw-muted",text:String(r+1)}),h("td",{class:"nw-mono"},f,u?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:ee(i.class)||"–"}),h("td",{class:"nw-model-act",text:ee(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?ee(i.units):"–"}),h("td",{class:"nw-mono",text:bu(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?ee(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),l))}function _u(e){let t=h("tbody");for(let[n,s]of Object.entries(e)){let l=sn(s)||{},i=sn(l.values),r=ye(l.nonfinite),d=l.min==null&&l.max==null?"–":`[${Ws(l.min)}, ${Ws(l.max)}]`,u=[ee(l.dtype)||"float",l.features!=null?` × ${l.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:u}),h("td",{class:"nw-model-range",text:d}),h("td",{text:l.mean==null?"–":`${Ws(l.mean)} ± ${Ws(l.std)}`}),h("td",{class:"nw-model-values",text:i?ku(i):l.integer?"whole numbers":"–"}),h("td",{class:r?"nw-nan-text":"",text:r===null?"–":rt(r)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values seen (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function Mr(e,t){let n=sn(e);if(!n)return null;let s=js(n.layers).filter(M=>sn(M)),l=new Set(js(n.outputs).map(ee)),i=js(n.losses).filter(M=>sn(M)),r=sn(n.optimizer),d=sn(n.fit)||{},u=sn(n.data)||{},f=js(n.lines).map(ee),b=[],c=(M,..._)=>b.push(h("dt",{text:M}),h("dd",{class:`nw-fact-${M.toLowerCase().replace(/[^a-z]+/g,"-")}`},..._));l.size&&c("Output",[...l].map((M,_)=>[_?", ":"",h("code",{class:"nw-model-output",text:M})])),i.length&&c("Loss",i.map((M,_)=>[_?"; ":"",h("code",{class:"nw-model-loss",text:xu(M)})])),r&&c("Optimizer",h("code",{class:"nw-model-optimizer",text:yu(r)}));let w=vu(d);w&&c("Fit",w),n.dtype_policy!=null&&c("dtype policy",h("code",{text:ee(n.dtype_policy)}));let k=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),x=Object.keys(u).length>0;return!s.length&&!b.length&&!x?(f.length?k.appendChild(h("ul",{class:"nw-model-lines"},f.map(M=>h("li",{class:"nw-mono",text:M})))):k.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),k):(k.append(h("div",{class:"nw-model-grid"},s.length?Su(s,l,t):h("p",{class:"nw-muted",text:"No layers were logged."}),b.length?h("dl",{class:"nw-facts"},b):null)),x&&k.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),_u(u)),f.length&&k.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:f.join(`
`)})))),k)}var Nr=20,Mu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],rs=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Es(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,s=n.state,l=s.run,i=performance.now(),r=Gt("diagnosis",{run:l},t);r.catch(()=>null);let d=await Gt("tensors",{run:l},t),u=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=u>150?"activation":"");let f=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),b=Gt("heatmap",{run:l,start:s.start??null,end:s.end??null,buckets:Math.floor(f),kind:this.hmKind||null},t).catch(F=>F),c=await r,w=d.rows||[],k=Number(c.steps)||0,x=c.onset&&c.onset.step!=null?Number(c.onset.step):null,M=[0,Math.max(1,k-1)],_=[s.start??M[0],s.end??M[1]];_[1]>_[0]||(_=M);let E=this,S=[],L={run:l,rows:w,range:_,full:M,onset:x,onsetText:Xl(c)?"diverging":"onset",windowStart:x==null?null:x-Nr,charts:this.charts,signal:t,defer:F=>S.push(F),selStep:()=>n.state.step??null,jump:F=>E.jump(F),zoom:(F,mt)=>E.zoom(F,mt)};this.ctx=L;let C=h("select",{class:"nw-select",title:"Run"});for(let F of n.runs||[{run:l}]){let mt=h("option",{value:F.run,text:F.run});F.run===l&&(mt.selected=!0),C.appendChild(mt)}[...C.options].some(F=>F.value===l)||C.appendChild(h("option",{value:l,text:l,selected:!0})),C.addEventListener("change",()=>n.setState({run:C.value,layer:null,step:null,start:null,end:null}));let z=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:F=>{F.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),R=c.onset?h("span",{class:"nw-onset-summary"},Xl(c)?"diverging from step ":c.status==="nonfinite"||c.onset.kind==="nonfinite"?"non-finite from step ":"onset at step ",h("b",{class:"nw-onset-step",text:String(c.onset.step)}),c.onset.phase?` in the ${c.onset.phase} phase`:"",c.onset.tensor?h("span",null,", tensor ",h("code",{text:String(c.onset.tensor)})):"",c.onset.layer?h("span",null," (layer ",h("code",{text:String(c.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:c.status==="nonfinite"?"":"no NaN/Inf logged"}),j=x!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let F=Math.max(25,Math.round(k*.03));this.zoom(Math.max(M[0],x-F),Math.min(M[1],x+Math.max(10,Math.round(F/3))))}}):null,Y=_[0]!==M[0]||_[1]!==M[1],N=h("button",{class:"nw-btn",text:"Full range",disabled:Y?null:!0,onclick:()=>this.zoom(null,null)}),$=h("div",{class:"nw-head"},z,C,Jl(c.status),R,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${_[0]}–${_[1]} of ${k}`}),j,N),y=Nu(c),O=Array.isArray(c.rule_errors)?c.rule_errors.filter(F=>F&&typeof F=="object"):[],P=new Set(O.map(F=>`rule ${F.id} failed: ${F.error}`)),W=(Array.isArray(c.notes)?c.notes:[]).map(String).filter(F=>!P.has(F)),K=c.status==="stalled",et=y&&y.loss>0&&w.some(F=>F.name==="loss"),I=K?Cu(W,y,et,c.status_reason):null,at=h("div",{class:"nw-notices"});c.sampled&&at.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let nt=Lu(c),Z=c.stopped&&typeof c.stopped=="object"&&Number.isFinite(Number(c.stopped.step))?c.stopped:null;Z&&!nt.some(F=>F.kind==="stop")&&nt.push({kind:"stop",...Z});for(let F of Au(nt))at.appendChild(F);let st=zu(c);st&&at.appendChild(st);let Q=Ru(c.summarised);Q.length&&at.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${Q.map(([F,mt])=>`steps ${F}–${mt}`).join(", ")} ${Q.length===1?"is":"are"} kept as one summary per ${Q[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let F of[...c.problems||[],...K?[]:W].map(String).filter((mt,he,Ht)=>Ht.indexOf(mt)===he))at.appendChild(h("div",{class:"nw-notice",text:String(F)}));let V=c.origin,wt=c.onset||{};V&&V.how&&(V.tensor!==wt.tensor||V.step!==wt.step)&&at.appendChild(h("div",{class:"nw-notice nw-info nw-origin-note",text:`Origin: ${[V.tensor??V.layer,V.step!=null?`at step ${V.step}`:null].filter(F=>F!=null).join(" ")||"unknown"} (${V.how})`}));let Lt=mr(c,w,F=>this.jump(F),O),bt=Mr(c.model,L),it=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),Kt=h("div",{class:"nw-timeline",dataset:{onsetStep:x==null?"":String(x)}}),Yt=h("span",{class:"nw-nan-note"}),vt=h("div",{class:"nw-muted nw-small nw-tl-caption"},"Log scale.",x!=null?` Red line: ${Xl(c)?"where the run-away began":"the first NaN/Inf"}; shaded: the ${Nr} steps before it.`:"",Eu(nt),et?" Grey dashed line: the loss a constant predictor reaches on this run's targets.":"",Yt," Drag to zoom, double-click to reset, click to select a step.");it.append(Kt,vt);let ne=h("section",{class:"nw-card nw-heatmap-card"}),se=h("select",{class:"nw-select nw-hm-kind"});for(let[F,mt]of Mu){if(F&&!w.some(Ht=>Ht.kind===F))continue;let he=h("option",{value:F,text:mt});F===this.hmKind&&(he.selected=!0),se.appendChild(he)}let qt=h("div",{class:"nw-heatmap"});se.addEventListener("change",()=>{this.hmKind=se.value,this._loadHeatmap(qt,t)}),ne.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),se),qt,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket (between statistics steps: the trace L2 norm, scaled by the row's usual L2 to max |x| ratio). Click a cell to jump to that layer and step."}));let ie=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),Pe=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));Se(this.root);let Ve=h("div",{class:"nw-top"},Lt,it),ln=K?[$,I,at,Ve,bt,ne,ie,Pe]:[$,at,Ve,ne,bt,ie,Pe];this.root.append(...ln.filter(Boolean));let bn=Math.max(300,Kt.clientWidth||800),ze=["loss","global_grad_norm"].filter(F=>w.some(mt=>mt.name===F)),Vt=ze.length?Gt("series",{run:l,tensor:ze,stat:"trace",start:_[0],end:_[1],points:Math.min(4e3,2*bn)},t):Promise.resolve({series:[]}),Ke=this._loadHeatmap(qt,t,b),_e=vr(L,ie,t).catch(F=>{t.aborted||ie.appendChild(h("div",{class:"nw-error",text:String(F.message||F)}))}),Me=await Vt;if(t.aborted)return;let tt={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},H=(Me.series||[]).map(F=>({label:F.tensor==="global_grad_norm"?"global grad norm":F.tensor,steps:F.steps,values:Xe(F.values),scale:F.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(F.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||tt[F.tensor],width:1.5})),ct=(Me.series||[]).find(F=>F.tensor==="loss"&&Array.isArray(F.hi)&&F.hi.some(mt=>mt!=null));if(ct){let F=H.find(mt=>mt.scale==="loss").color;H.push({label:"loss, block max",steps:ct.steps,values:Xe(ct.hi),scale:"loss",color:F,width:.5,band:"hi"},{label:"loss, block min",steps:ct.steps,values:Xe(ct.lo),scale:"loss",color:F,width:.5,band:"lo"})}let $t=H.some(F=>F.scale==="loss");H.length?(this.timeline=new nn(Kt,{series:H,hlines:y&&$t?[{value:y.loss,scale:"loss",label:"constant predictor",text:Tu(y),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:_,onset:x,onsetText:L.onsetText,marks:Pu(nt),windowStart:L.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:F=>this.jump({step:F}),onRange:(F,mt)=>this.zoom(F,mt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline),this.timeline.bad.length&&(Yt.textContent=" Triangles at the top: NaN/Inf values.")):Kt.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let Re=(Me.series||[]).find(F=>F.returned<F.logged);if(Re&&it.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${Re.returned} of ${Re.logged} steps (each bucket's min and max, every step near the onset).`})),await Ke,!t.aborted){this.grid=new Fs(L,Pe),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await _e;for(let F of S)F();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,s){let l=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let r=s?await s:null;if(r instanceof Error)throw r;if(r||(r=await Gt("heatmap",{run:l.run,start:l.range[0],end:l.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Is(t,r,{onset:l.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(r){n.aborted||(Se(t),t.appendChild(h("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,s={};t.layer!==void 0&&t.layer!==null&&(s.layer=t.layer),t.step!==void 0&&t.step!==null&&(s.step=Math.round(t.step));let l=this.ctx?this.ctx.range:null;if(s.step!=null&&l&&(s.step<l[0]||s.step>l[1])){let i=Math.max(25,Math.round((l[1]-l[0])/4));s.start=Math.max(this.ctx.full[0],s.step-i),s.end=Math.min(this.ctx.full[1],s.step+i)}n.setState(s)}applySelection(t=!0){let n=this.app.state;for(let l of this.charts)l.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let l=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];l.forEach((r,d)=>r.classList.toggle("nw-sel",n.layer!=null&&i[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let s=this.root.querySelector(".nw-selection");if(s&&s.remove(),n.layer!=null||n.step!=null){let l=this.root.querySelector(".nw-head");l&&l.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function Xl(e){let t=e.onset&&e.onset.kind;return t?t==="runaway":e.status==="diverging"}function Nu(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=ye(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function Tu(e){return`constant predictor: ${rt(e.loss)}${e.what?` (${e.what})`:""}`}function Cu(e,t,n,s){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),s==="cannot_fit"?"the model as set up cannot fit the task, whatever its loss does.":s==="no_progress"?"the loss is not making real progress.":"the model learns little or nothing useful.",e.length?" The evidence:":""),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:rt(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function Lu(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function $u(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?` and ${e.length-10} more`:"")}function Tr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}var Vs=5;function Au(e){let t=[];for(let r of e.filter(d=>d.kind==="stop"))t.push(h("div",{class:"nw-notice nw-info nw-stop",dataset:{reason:String(r.reason??"")},text:Ds(r)}));let n=e.filter(r=>r.kind==="skip");if(n.length){let r=n.reduce((d,u)=>d+(Number(u.steps)||1),0);t.push(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${Ge(r,"update")} with non-finite gradients or loss ${r===1?"was":"were"} not applied, at step${n.length===1?"":"s"} ${$u(n)}.`}))}let s=e.filter(r=>r.kind==="spike"),l=e.filter(r=>r.kind==="rollback");for(let r of s.slice(0,Vs))t.push(h("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(r.step)}: ${rt(ye(r.loss))}, ${rt(ye(r.factor),3)} times its median ${rt(ye(r.median))} over the steps before.${Tr(r)}`}));for(let r of l.slice(0,Vs)){let d=Number(r.lr_steps)||0,u=r.lr!=null?` The learning rate was set to ${rt(ye(r.lr))} for ${Ge(d,"step")}.`:"",f=Number(r.skipped_batches),b=Number.isFinite(f)?`${Ge(f,"batch","batches")} ${f===1?"was":"were"} dropped`:"the batches since were dropped",c=r.at!=null?` at step ${Number(r.at)}`:"",w=r.restored!=null?`the snapshot of step ${Number(r.restored)}`:"the last snapshot";t.push(h("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(r.step)}: ${r.cause==="spike"?"a loss spike":"non-finite gradients or loss"}${c}; the weights and optimizer state went back to ${w} and ${b}.${u}${Tr(r)}`}))}let i=Math.max(0,s.length-Vs)+Math.max(0,l.length-Vs);return i>0&&t.push(h("div",{class:"nw-notice nw-muted",text:`…and ${i} more spikes or rollbacks (the CLI report lists them).`})),t}function Eu(e){let t=new Set(e.map(s=>s.kind)),n=[];return t.has("spike")&&n.push("orange dashed line: a loss spike"),t.has("rollback")&&n.push("purple line: a rollback (shaded: the batches it dropped)"),t.has("skip")&&n.push("grey ticks at the foot: skipped updates"),t.has("stop")&&n.push("dark line: where the watch stopped the training"),n.length?` ${n.join("; ").replace(/^./,s=>s.toUpperCase())}.`:""}function Pu(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback"||t.kind==="stop").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${rt(ye(t.factor),3)} times its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:t.kind==="stop"?Ds(t):`update skipped at step ${Number(t.step)}`}))}function zu(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,s=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!s)return null;let l=h("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?l.appendChild(h("div",{class:"nw-op",dataset:{type:String(n.type)}},h("b",{text:"Op: "}),String(e.op))):n&&n.why&&l.appendChild(h("div",{class:"nw-op"},h("b",{text:"Op: "}),`not named: ${String(n.why)}`)),s&&s.file){let i=s.arrays&&typeof s.arrays=="object"?s.arrays:{},r=Object.entries(i).filter(([,d])=>d&&Number(d.nonfinite_row_count)>0).map(([d,u])=>{let f=(Array.isArray(u.nonfinite_rows)?u.nonfinite_rows:[]).map(Number),b=Number(u.nonfinite_row_count),c=b>f.length?`, … (${b} in all)`:"";return[`${b===1?"row":"rows"} ${f.join(", ")}${c} of `,h("code",{text:d})]});l.appendChild(h("div",{class:"nw-batch"},h("b",{text:"Batch: "}),`the batch of ${s.step!=null?`step ${s.step}`:"the onset"} is saved next to the run's event file: `,h("code",{class:"nw-batch-load",text:`numpy.load("${String(s.file)}")`}),Object.keys(i).length?[` (${Object.keys(i).length===1?"array":"arrays"} `,Object.keys(i).map((d,u)=>[u?", ":"",h("code",{text:d})]),"). "]:". ",r.length?["Holding NaN/Inf: ",r.map((d,u)=>[u?"; ":"",d]),"."]:"None of its rows holds a NaN/Inf.",s.rows!=null?` ${Ge(Number(s.rows),"row")}${s.batch_rows!=null?` of its ${Number(s.batch_rows)}`:""} ${Number(s.rows)===1?"was":"were"} saved (size cap); their indices are in "_rows".`:""))}return l}function Ru(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Hs=["run","layer","step","start","end"],Du=new Set(["step","start","end"]);function Bs(e){let t={};for(let n of Hs){let s=e?e[n]:void 0;if(!(s==null||s==="")){if(Du.has(n)){if(s=Number(s),!Number.isFinite(s))continue;s=Math.round(s)}else s=String(s);t[n]=s}}return t}function to(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Hs)e.has(n)&&(t[n]=e.get(n));return Bs(t)}function eo(e){let t=new URLSearchParams;for(let l of Hs){let i=e[l];i==null||i===""||t.set(l,String(i))}let n=t.toString(),s=new URL(window.location.href);s.hash=n,s.href!==window.location.href&&window.history.replaceState(null,"",s.href)}function Cr(e,t){return Hs.every(n=>(e[n]??null)===(t[n]??null))}var no=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Ps}async start(){let t=to();if(!Object.keys(t).length){let n=ql();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Bs(n))}this.state=t,eo(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=to();this._apply(n)}),this._followParentUrl(),ar(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let s=ql();if(s===null)return;let l=Bs(s);Cr(l,this.state)||this._apply(l,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[l,i]of Object.entries(t))i!=null&&i!==""&&n.set(l,String(i));let s=new URL(window.location.href);return s.hash=n.toString(),s.href}setState(t){let n={...this.state,...t};for(let s of Object.keys(n))(n[s]===null||n[s]===void 0||n[s]==="")&&delete n[s];this._apply(n)}_apply(t,n=!1){let s=this.state;this.state=t,eo(t),n||dr(t,s.run!==t.run),s.run!==t.run||s.start!==t.start||s.end!==t.end||!this.view?this.rerender():this.view instanceof rs&&(s.layer!==t.layer||s.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let s=(await Gt("runs")).runs||[],l=JSON.stringify(s);if(l===this.runsKey)return;this.runs=s,this.runsKey=l}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Es(this.root);let n=h("div",{class:"nw-page"}),s=performance.now();document.body.dataset.nwBusy="1";try{let l=()=>(this.runs||[]).some(i=>i.run===this.state.run);if((this.runs===null||!this.state.run||!l())&&(this.state.run?(this.runs=(await Gt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Se(this.root).appendChild(n),await xr(this,n,t.signal))),this.state.run&&!t.signal.aborted&&!l())this.view={kind:"missing"},Se(this.root).appendChild(n),Ou(this,n);else if(this.state.run&&!t.signal.aborted){let i=new rs(this,n);this.view=i,Se(this.root).appendChild(n),await i.render(t.signal)}}catch(l){if(t.signal.aborted||l&&l.name==="AbortError")return;Se(this.root).appendChild(n),Se(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${l&&l.message?l.message:l}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",l)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-s),document.body.dataset.nwView=this.view&&this.view.kind==="missing"?"missing":this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}};function Ou(e,t){let n=e.runs||[];t.append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-missing"},h("p",null,"There is no run named ",h("code",{class:"nw-missing-run",text:e.state.run})," in this logdir",n.length?".":" (it holds no tb_nanwatch run yet)."),h("p",{class:"nw-muted",text:"The link may name a run that was renamed or deleted, or whose logs TensorBoard has not read yet (it appears after the next reload)."}),h("button",{class:"nw-btn",text:"← All runs",onclick:()=>e.setState({run:null,layer:null,step:null,start:null,end:null})})))}var Us=null;function Bf(){if(Us)return Us;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=zo+`
`+Ro,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let s=new no(n);return window.__nanwatch.app=s,window.__nanwatch.syncedCount=fr,Us=s.start(),Us}export{Bf as render};
