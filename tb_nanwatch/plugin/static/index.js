var Po='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var zo=`:root {
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
`;var ia=new URL("./",import.meta.url),ml=class extends Error{constructor(t,n){super(n),this.status=t}};function ra(e,t){let n=new URL(e,ia);if(t){for(let[s,l]of Object.entries(t))if(l!=null)if(Array.isArray(l))for(let i of l)n.searchParams.append(s,String(i));else n.searchParams.set(s,String(l))}return n.toString()}async function Gt(e,t,n){let s=await fetch(ra(e,t),{signal:n,credentials:"same-origin"});if(!s.ok){let l=s.statusText;try{let i=await s.text();i&&(l=i.slice(0,300))}catch{}throw new ml(s.status,`${e}: ${s.status} ${l}`)}return s.json()}function ve(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Xe(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let s=e[n];t[n]=typeof s=="number"?s:ve(s)}return t}var aa="uplot",ca="u-hz",ua="u-vt",fa="u-title",pa="u-wrap",da="u-under",ha="u-over",ma="u-axis",mn="u-off",wa="u-select",ga="u-cursor-x",ba="u-cursor-y",xa="u-cursor-pt",ya="u-legend",va="u-live",ka="u-inline",Sa="u-series",_a="u-marker",Ro="u-label",Ma="u-value",es="width",ns="height";var Do="bottom",zn="left",wl="right",Pl="#000",Oo=Pl+"0",gl="mousemove",Io="mousedown",bl="mouseup",Fo="mouseenter",jo="mouseleave",Wo="dblclick",Na="resize",Ta="scroll",Vo="change",vs="dppxchange",zl="--",Wn=typeof window<"u",Sl=Wn?document:null,Dn=Wn?window:null,Ca=Wn?navigator:null,pt,gs;function _l(){let e=devicePixelRatio;pt!=e&&(pt=e,gs&&Nl(Vo,gs,_l),gs=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),wn(Vo,gs,_l),Dn.dispatchEvent(new CustomEvent(vs)))}function fe(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Ml(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Mt(e,t,n){e.style[t]=n+"px"}function $e(e,t,n,s){let l=Sl.createElement(e);return t!=null&&fe(l,t),n?.insertBefore(l,s),l}function ke(e,t){return $e("div",e,t)}var Ho=new WeakMap;function Ie(e,t,n,s,l){let i="translate("+t+"px,"+n+"px)",r=Ho.get(e);i!=r&&(e.style.transform=i,Ho.set(e,i),t<0||n<0||t>s||n>l?fe(e,mn):Ml(e,mn))}var Bo=new WeakMap;function Uo(e,t,n){let s=t+n,l=Bo.get(e);s!=l&&(Bo.set(e,s),e.style.background=t,e.style.borderColor=n)}var Go=new WeakMap;function Ko(e,t,n,s){let l=t+""+n,i=Go.get(e);l!=i&&(Go.set(e,l),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-n/2+"px":0)}var Rl={passive:!0},La={...Rl,capture:!0};function wn(e,t,n,s){t.addEventListener(e,n,s?La:Rl)}function Nl(e,t,n,s){t.removeEventListener(e,n,Rl)}Wn&&_l();function Ae(e,t,n,s){let l;n=n||0,s=s||t.length-1;let i=s<=2147483647;for(;s-n>1;)l=i?n+s>>1:pe((n+s)/2),t[l]<e?n=l:s=l;return e-t[n]<=t[s]-e?n:s}function vi(e){return(n,s,l)=>{let i=-1,r=-1;for(let d=s;d<=l;d++)if(e(n[d])){i=d;break}for(let d=l;d>=s;d--)if(e(n[d])){r=d;break}return[i,r]}}var ki=e=>e!=null,Si=e=>e!=null&&e>0,_s=vi(ki),$a=vi(Si);function Aa(e,t,n,s=0,l=!1){let i=l?$a:_s,r=l?Si:ki;[t,n]=i(e,t,n);let d=e[t],f=e[t];if(t>-1)if(s==1)d=e[t],f=e[n];else if(s==-1)d=e[n],f=e[t];else for(let u=t;u<=n;u++){let b=e[u];r(b)&&(b<d?d=b:b>f&&(f=b))}return[d??xt,f??-xt]}function Ms(e,t,n,s){let l=Jo(e),i=Jo(t);e==t&&(l==-1?(e*=n,t/=n):(e/=n,t*=n));let r=n==10?He:_i,d=l==1?pe:Se,f=i==1?Se:pe,u=d(r(Rt(e))),b=f(r(Rt(t))),c=On(n,u),w=On(n,b);return n==10&&(u<0&&(c=yt(c,-u)),b<0&&(w=yt(w,-b))),s||n==2?(e=c*l,t=w*i):(e=Ci(e,c),t=Ns(t,w)),[e,t]}function Dl(e,t,n,s){let l=Ms(e,t,n,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Ol=.1,Yo={mode:3,pad:Ol},ls={pad:0,soft:null,mode:0},Ea={min:ls,max:ls};function ks(e,t,n,s){return Ts(n)?qo(e,t,n):(ls.pad=n,ls.soft=s?0:null,ls.mode=s?3:0,qo(e,t,Ea))}function ut(e,t){return e??t}function Pa(e,t,n){for(t=ut(t,0),n=ut(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function qo(e,t,n){let s=n.min,l=n.max,i=ut(s.pad,0),r=ut(l.pad,0),d=ut(s.hard,-xt),f=ut(l.hard,xt),u=ut(s.soft,xt),b=ut(l.soft,-xt),c=ut(s.mode,0),w=ut(l.mode,0),_=t-e,x=He(_),M=te(Rt(e),Rt(t)),k=He(M),$=Rt(k-x);(_<1e-24||$>10)&&(_=0,(e==0||t==0)&&(_=1e-24,c==2&&u!=xt&&(i=0),w==2&&b!=-xt&&(r=0)));let S=_||M||1e3,E=He(S),C=On(10,pe(E)),F=S*(_==0?e==0?.1:1:i),z=yt(Ci(e-F,C/10),24),K=e>=u&&(c==1||c==3&&z<=u||c==2&&z>=u)?u:xt,q=te(d,z<K&&e>=K?K:Ee(K,z)),N=S*(_==0?t==0?.1:1:r),A=yt(Ns(t+N,C/10),24),v=t<=b&&(w==1||w==3&&A>=b||w==2&&A<=b)?b:-xt,D=Ee(f,A>v&&t<=v?v:te(v,A));return q==D&&q==0&&(D=100),[q,D]}var za=new Intl.NumberFormat(Wn?Ca.language:"en-US"),Il=e=>za.format(e),de=Math,ys=de.PI,Rt=de.abs,pe=de.floor,zt=de.round,Se=de.ceil,Ee=de.min,te=de.max,On=de.pow,Jo=de.sign,He=de.log10,_i=de.log2,Ra=(e,t=1)=>de.sinh(e)*t,xl=(e,t=1)=>de.asinh(e/t),xt=1/0;function Zo(e){return(He((e^e>>31)-(e>>31))|0)+1}function Tl(e,t,n){return Ee(te(e,t),n)}function Mi(e){return typeof e=="function"}function ot(e){return Mi(e)?e:()=>e}var Da=()=>{},Ni=e=>e,Ti=(e,t)=>t,Oa=e=>null,Qo=e=>!0,Xo=(e,t)=>e==t,Ia=/\.\d*?(?=9{6,}|0{6,})/gm,gn=e=>{if($i(e)||en.has(e))return e;let t=`${e}`,n=t.match(Ia);if(n==null)return e;let s=n[0].length-1;if(t.indexOf("e-")!=-1){let[l,i]=t.split("e");return+`${gn(l)}e${i}`}return yt(e,s)};function dn(e,t){return gn(yt(gn(e/t))*t)}function Ns(e,t){return gn(Se(gn(e/t))*t)}function Ci(e,t){return gn(pe(gn(e/t))*t)}function yt(e,t=0){if($i(e))return e;let n=10**t,s=e*n*(1+Number.EPSILON);return zt(s)/n}var en=new Map;function Li(e){return((""+e).split(".")[1]||"").length}function is(e,t,n,s){let l=[],i=s.map(Li);for(let r=t;r<n;r++){let d=Rt(r),f=yt(On(e,r),d);for(let u=0;u<s.length;u++){let b=e==10?+`${s[u]}e${r}`:s[u]*f,c=(r>=0?0:d)+(r>=i[u]?0:i[u]),w=e==10?b:yt(b,c);l.push(w),en.set(w,c)}}return l}var os={},Fl=[],In=[null,null],tn=Array.isArray,$i=Number.isInteger,Fa=e=>e===void 0;function ti(e){return typeof e=="string"}function Ts(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function ja(e){return e!=null&&typeof e=="object"}var Wa=Object.getPrototypeOf(Uint8Array),Ai="__proto__";function Fn(e,t=Ts){let n;if(tn(e)){let s=e.find(l=>l!=null);if(tn(s)||t(s)){n=Array(e.length);for(let l=0;l<e.length;l++)n[l]=Fn(e[l],t)}else n=e.slice()}else if(e instanceof Wa)n=e.slice();else if(t(e)){n={};for(let s in e)s!=Ai&&(n[s]=Fn(e[s],t))}else n=e;return n}function Pt(e){let t=arguments;for(let n=1;n<t.length;n++){let s=t[n];for(let l in s)l!=Ai&&(Ts(e[l])?Pt(e[l],Fn(s[l])):e[l]=Fn(s[l]))}return e}var Va=0,Ha=1,Ba=2;function Ua(e,t,n){for(let s=0,l,i=-1;s<t.length;s++){let r=t[s];if(r>i){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<n&&e[l]==null;)e[i=l++]=null}}}function Ga(e,t){if(qa(e)){let r=e[0].slice();for(let d=1;d<e.length;d++)r.push(...e[d].slice(1));return Ja(r[0])||(r=Ya(r)),r}let n=new Set;for(let r=0;r<e.length;r++){let f=e[r][0],u=f.length;for(let b=0;b<u;b++)n.add(f[b])}let s=[Array.from(n).sort((r,d)=>r-d)],l=s[0].length,i=new Map;for(let r=0;r<l;r++)i.set(s[0][r],r);for(let r=0;r<e.length;r++){let d=e[r],f=d[0];for(let u=1;u<d.length;u++){let b=d[u],c=Array(l).fill(void 0),w=t?t[r][u]:Ha,_=[];for(let x=0;x<b.length;x++){let M=b[x],k=i.get(f[x]);M===null?w!=Va&&(c[k]=M,w==Ba&&_.push(k)):c[k]=M}Ua(c,_,l),s.push(c)}}return s}var Ka=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ya(e){let t=e[0],n=t.length,s=Array(n);for(let i=0;i<s.length;i++)s[i]=i;s.sort((i,r)=>t[i]-t[r]);let l=[];for(let i=0;i<e.length;i++){let r=e[i],d=Array(n);for(let f=0;f<n;f++)d[f]=r[s[f]];l.push(d)}return l}function qa(e){let t=e[0][0],n=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=n)return!1;if(l!=t){for(let i=0;i<n;i++)if(l[i]!=t[i])return!1}}return!0}function Ja(e,t=100){let n=e.length;if(n<=1)return!0;let s=0,l=n-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;let i=te(1,pe((l-s+1)/t));for(let r=e[s],d=s+i;d<=l;d+=i){let f=e[d];if(f!=null){if(f<=r)return!1;r=f}}return!0}var Ei=["January","February","March","April","May","June","July","August","September","October","November","December"],Pi=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function zi(e){return e.slice(0,3)}var Za=Pi.map(zi),Qa=Ei.map(zi),Xa={MMMM:Ei,MMM:Qa,WWWW:Pi,WWW:Za};function ts(e){return(e<10?"0":"")+e}function tc(e){return(e<10?"00":e<100?"0":"")+e}var ec={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ts(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ts(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ts(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ts(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ts(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>tc(e.getMilliseconds())};function jl(e,t){t=t||Xa;let n=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)n.push(l[0][0]=="{"?ec[l[1]]:l[0]);return i=>{let r="";for(let d=0;d<n.length;d++)r+=typeof n[d]=="string"?n[d]:n[d](i,t);return r}}var nc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function sc(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==nc?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ri=e=>e%1==0,Ss=[1,2,2.5,5],lc=is(10,-32,0,Ss),Di=is(10,0,32,Ss),oc=Di.filter(Ri),hn=lc.concat(Di),Wl=`
`,Oi="{YYYY}",ei=Wl+Oi,Ii="{M}/{D}",ss=Wl+Ii,bs=ss+"/{YY}",Fi="{aa}",ic="{h}:{mm}",Rn=ic+Fi,ni=Wl+Rn,si=":{ss}",dt=null;function ji(e){let t=e*1e3,n=t*60,s=n*60,l=s*24,i=l*30,r=l*365,f=(e==1?is(10,0,3,Ss).filter(Ri):is(10,-3,0,Ss)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),u=[[r,Oi,dt,dt,dt,dt,dt,dt,1],[l*28,"{MMM}",ei,dt,dt,dt,dt,dt,1],[l,Ii,ei,dt,dt,dt,dt,dt,1],[s,"{h}"+Fi,bs,dt,ss,dt,dt,dt,1],[n,Rn,bs,dt,ss,dt,dt,dt,1],[t,si,bs+" "+Rn,dt,ss+" "+Rn,dt,ni,dt,1],[e,si+".{fff}",bs+" "+Rn,dt,ss+" "+Rn,dt,ni,dt,1]];function b(c){return(w,_,x,M,k,$)=>{let S=[],E=k>=r,C=k>=i&&k<r,F=c(x),z=yt(F*e,3),K=yl(F.getFullYear(),E?0:F.getMonth(),C||E?1:F.getDate()),q=yt(K*e,3);if(C||E){let N=C?k/i:0,A=E?k/r:0,v=z==q?z:yt(yl(K.getFullYear()+A,K.getMonth()+N,1)*e,3),D=new Date(zt(v/e)),P=D.getFullYear(),j=D.getMonth();for(let G=0;v<=M;G++){let et=yl(P+A*G,j+N*G,1),O=et-c(yt(et*e,3));v=yt((+et+O)*e,3),v<=M&&S.push(v)}}else{let N=k>=l?l:k,A=pe(x)-pe(z),v=q+A+Ns(z-q,N);S.push(v);let D=c(v),P=D.getHours()+D.getMinutes()/n+D.getSeconds()/s,j=k/s,G=w.axes[_]._space,et=$/G;for(;v=yt(v+k,e==1?0:3),!(v>M);)if(j>1){let O=pe(yt(P+j,6))%24,Q=c(v).getHours()-O;Q>1&&(Q=-1),v-=Q*s,P=(P+j)%24;let nt=S[S.length-1];yt((v-nt)/k,3)*et>=.7&&S.push(v)}else S.push(v)}return S}}return[f,u,b]}var[rc,ac,cc]=ji(1),[uc,fc,pc]=ji(.001);is(2,-53,53,[1]);function li(e,t){return e.map(n=>n.map((s,l)=>l==0||l==8||s==null?s:t(l==1||n[8]==0?s:n[1]+s)))}function oi(e,t){return(n,s,l,i,r)=>{let d=t.find(x=>r>=x[0])||t[t.length-1],f,u,b,c,w,_;return s.map(x=>{let M=e(x),k=M.getFullYear(),$=M.getMonth(),S=M.getDate(),E=M.getHours(),C=M.getMinutes(),F=M.getSeconds(),z=k!=f&&d[2]||$!=u&&d[3]||S!=b&&d[4]||E!=c&&d[5]||C!=w&&d[6]||F!=_&&d[7]||d[1];return f=k,u=$,b=S,c=E,w=C,_=F,z(M)})}}function dc(e,t){let n=jl(t);return(s,l,i,r,d)=>l.map(f=>n(e(f)))}function yl(e,t,n){return new Date(e,t,n)}function ii(e,t){return t(e)}var hc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ri(e,t){return(n,s,l,i)=>i==null?zl:t(e(s))}function mc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function wc(e,t){return e.series[t].fill(e,t)}var gc={show:!0,live:!0,isolate:!1,mount:Da,markers:{show:!0,width:2,stroke:mc,fill:wc,dash:"solid"},idx:null,idxs:null,values:[]};function bc(e,t){let n=e.cursor.points,s=ke(),l=n.size(e,t);Mt(s,es,l),Mt(s,ns,l);let i=l/-2;Mt(s,"marginLeft",i),Mt(s,"marginTop",i);let r=n.width(e,t,l);return r&&Mt(s,"borderWidth",r),s}function xc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function yc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function vc(e,t){return e.series[t].points.size}var vl=[0,0];function kc(e,t,n){return vl[0]=t,vl[1]=n,vl}function xs(e,t,n,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&n(l)}}function kl(e,t,n,s=!0){return l=>{(!s||l.target==t)&&n(l)}}var Sc={show:!0,x:!0,y:!0,lock:!1,move:kc,points:{one:!1,show:bc,size:vc,width:0,stroke:yc,fill:xc},bind:{mousedown:xs,mouseup:xs,click:xs,dblclick:xs,mousemove:kl,mouseleave:kl,mouseenter:kl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Wi={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Vl=Pt({},Wi,{filter:Ti}),Vi=Pt({},Vl,{size:10}),Hi=Pt({},Wi,{show:!1}),Hl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Bi="bold "+Hl,Ui=1.5,ai={show:!0,scale:"x",stroke:Pl,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Bi,side:2,grid:Vl,ticks:Vi,border:Hi,font:Hl,lineGap:Ui,rotate:0},_c="Value",Mc="Time",ci={show:!0,scale:"x",auto:!1,sorted:1,min:xt,max:-xt,idxs:[]};function Nc(e,t,n,s,l){return t.map(i=>i==null?"":Il(i))}function Tc(e,t,n,s,l,i,r){let d=[],f=en.get(l)||0;n=r?n:yt(Ns(n,l),f);for(let u=n;u<=s;u=yt(u+l,f))d.push(Object.is(u,-0)?0:u);return d}function Cl(e,t,n,s,l,i,r){let d=[],f=e.scales[e.axes[t].scale].log,u=f==10?He:_i,b=pe(u(n));l=On(f,b),f==10&&(l=hn[Ae(l,hn)]);let c=n,w=l*f;f==10&&(w=hn[Ae(w,hn)]);do d.push(c),c=c+l,f==10&&!en.has(c)&&(c=yt(c,en.get(l))),c>=w&&(l=c,w=l*f,f==10&&(w=hn[Ae(w,hn)]));while(c<=s);return d}function Cc(e,t,n,s,l,i,r){let f=e.scales[e.axes[t].scale].asinh,u=s>f?Cl(e,t,te(f,n),s,l):[f],b=s>=0&&n<=0?[0]:[];return(n<-f?Cl(e,t,te(f,-s),-n,l):[f]).reverse().map(w=>-w).concat(b,u)}var Gi=/./,Lc=/[12357]/,$c=/[125]/,ui=/1/,Ll=(e,t,n,s)=>e.map((l,i)=>t==4&&l==0||i%s==0&&n.test(l.toExponential()[l<0?1:0])?l:null);function Ac(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=e.scales[r],f=e.valToPos,u=i._space,b=f(10,r),c=f(9,r)-b>=u?Gi:f(7,r)-b>=u?Lc:f(5,r)-b>=u?$c:ui;if(c==ui){let w=Rt(f(1,r)-b);if(w<u)return Ll(t.slice().reverse(),d.distr,c,Se(u/w)).reverse()}return Ll(t,d.distr,c,1)}function Ec(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=i._space,f=e.valToPos,u=Rt(f(1,r)-f(2,r));return u<d?Ll(t.slice().reverse(),3,Gi,Se(d/u)).reverse():t}function Pc(e,t,n,s){return s==null?zl:t==null?"":Il(t)}var fi={show:!0,scale:"y",stroke:Pl,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Bi,side:3,grid:Vl,ticks:Vi,border:Hi,font:Hl,lineGap:Ui,rotate:0};function zc(e,t){let n=3+(e||1)*2;return yt(n*t,3)}function Rc(e,t){let{scale:n,idxs:s}=e.series[0],l=e._data[0],i=e.valToPos(l[s[0]],n,!0),r=e.valToPos(l[s[1]],n,!0),d=Rt(r-i),f=e.series[t],u=d/(f.points.space*pt);return s[1]-s[0]<=u}var pi={scale:null,auto:!0,sorted:0,min:xt,max:-xt},Ki=(e,t,n,s,l)=>l,di={show:!0,auto:!0,sorted:0,gaps:Ki,alpha:1,facets:[Pt({},pi,{scale:"x"}),Pt({},pi,{scale:"y"})]},hi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ki,alpha:1,points:{show:Rc,filter:null},values:null,min:xt,max:-xt,idxs:[],path:null,clip:null};function Dc(e,t,n,s,l){return n/10}var Yi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Oc=Pt({},Yi,{time:!1,ori:1}),mi={};function qi(e,t){let n=mi[e];return n||(n={key:e,plots:[],sub(s){n.plots.push(s)},unsub(s){n.plots=n.plots.filter(l=>l!=s)},pub(s,l,i,r,d,f,u){for(let b=0;b<n.plots.length;b++)n.plots[b]!=l&&n.plots[b].pub(s,l,i,r,d,f,u)}},e!=null&&(mi[e]=n)),n}var jn=1,$l=2;function bn(e,t,n){let s=e.mode,l=e.series[t],i=s==2?e._data[t]:e._data,r=e.scales,d=e.bbox,f=i[0],u=s==2?i[1]:i[t],b=s==2?r[l.facets[0].scale]:r[e.series[0].scale],c=s==2?r[l.facets[1].scale]:r[l.scale],w=d.left,_=d.top,x=d.width,M=d.height,k=e.valToPosH,$=e.valToPosV;return b.ori==0?n(l,f,u,b,c,k,$,w,_,x,M,Ls,Vn,As,Zi,Xi):n(l,f,u,b,c,$,k,_,w,M,x,$s,Hn,Gl,Qi,tr)}function Bl(e,t){let n=0,s=0,l=ut(e.bands,Fl);for(let i=0;i<l.length;i++){let r=l[i];r.series[0]==t?n=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[n,s==1?-1:s==2?1:s==3?2:0]}function Ic(e,t,n,s,l){let i=e.mode,r=e.series[t],d=i==2?r.facets[1].scale:r.scale,f=e.scales[d];return l==-1?f.min:l==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Be(e,t,n,s,l,i){return bn(e,t,(r,d,f,u,b,c,w,_,x,M,k)=>{let $=r.pxRound,S=u.dir*(u.ori==0?1:-1),E=u.ori==0?Vn:Hn,C,F;S==1?(C=n,F=s):(C=s,F=n);let z=$(c(d[C],u,M,_)),K=$(w(f[C],b,k,x)),q=$(c(d[F],u,M,_)),N=$(w(i==1?b.max:b.min,b,k,x)),A=new Path2D(l);return E(A,q,N),E(A,z,N),E(A,z,K),A})}function Cs(e,t,n,s,l,i){let r=null;if(e.length>0){r=new Path2D;let d=t==0?As:Gl,f=n;for(let c=0;c<e.length;c++){let w=e[c];if(w[1]>w[0]){let _=w[0]-f;_>0&&d(r,f,s,_,s+i),f=w[1]}}let u=n+l-f,b=10;u>0&&d(r,f,s-b/2,u,s+i+b)}return r}function Fc(e,t,n){let s=e[e.length-1];s&&s[0]==t?s[1]=n:e.push([t,n])}function Ul(e,t,n,s,l,i,r){let d=[],f=e.length;for(let u=l==1?n:s;u>=n&&u<=s;u+=l)if(t[u]===null){let c=u,w=u;if(l==1)for(;++u<=s&&t[u]===null;)w=u;else for(;--u>=n&&t[u]===null;)w=u;let _=i(e[c]),x=w==c?_:i(e[w]),M=c-l;_=r<=0&&M>=0&&M<f?i(e[M]):_;let $=w+l;x=r>=0&&$>=0&&$<f?i(e[$]):x,x>=_&&d.push([_,x])}return d}function wi(e){return e==0?Ni:e==1?zt:t=>dn(t,e)}function Ji(e){let t=e==0?Ls:$s,n=e==0?(l,i,r,d,f,u)=>{l.arcTo(i,r,d,f,u)}:(l,i,r,d,f,u)=>{l.arcTo(r,i,f,d,u)},s=e==0?(l,i,r,d,f)=>{l.rect(i,r,d,f)}:(l,i,r,d,f)=>{l.rect(r,i,f,d)};return(l,i,r,d,f,u=0,b=0)=>{u==0&&b==0?s(l,i,r,d,f):(u=Ee(u,d/2,f/2),b=Ee(b,d/2,f/2),t(l,i+u,r),n(l,i+d,r,i+d,r+f,u),n(l,i+d,r+f,i,r+f,b),n(l,i,r+f,i,r,b),n(l,i,r,i+d,r,u),l.closePath())}}var Ls=(e,t,n)=>{e.moveTo(t,n)},$s=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Hn=(e,t,n)=>{e.lineTo(n,t)},As=Ji(0),Gl=Ji(1),Zi=(e,t,n,s,l,i)=>{e.arc(t,n,s,l,i)},Qi=(e,t,n,s,l,i)=>{e.arc(n,t,s,l,i)},Xi=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(t,n,s,l,i,r)},tr=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(n,t,l,s,r,i)};function er(e){return(t,n,s,l,i)=>bn(t,n,(r,d,f,u,b,c,w,_,x,M,k)=>{let{pxRound:$,points:S}=r,E,C;u.ori==0?(E=Ls,C=Zi):(E=$s,C=Qi);let F=yt(S.width*pt,3),z=(S.size-S.width)/2*pt,K=yt(z*2,3),q=new Path2D,N=new Path2D,{left:A,top:v,width:D,height:P}=t.bbox;As(N,A-K,v-K,D+K*2,P+K*2);let j=G=>{if(f[G]!=null){let et=$(c(d[G],u,M,_)),O=$(w(f[G],b,k,x));E(q,et+z,O),C(q,et,O,z,0,ys*2)}};if(i)i.forEach(j);else for(let G=s;G<=l;G++)j(G);return{stroke:F>0?q:null,fill:q,clip:N,flags:jn|$l}})}function nr(e){return(t,n,s,l,i,r)=>{s!=l&&(i!=s&&r!=s&&e(t,n,s),i!=l&&r!=l&&e(t,n,l),e(t,n,r))}}var jc=nr(Vn),Wc=nr(Hn);function sr(e){let t=ut(e?.alignGaps,0);return(n,s,l,i)=>bn(n,s,(r,d,f,u,b,c,w,_,x,M,k)=>{[l,i]=_s(f,l,i);let $=r.pxRound,S=P=>$(c(P,u,M,_)),E=P=>$(w(P,b,k,x)),C,F;u.ori==0?(C=Vn,F=jc):(C=Hn,F=Wc);let z=u.dir*(u.ori==0?1:-1),K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},q=K.stroke,N=!1;if(i-l>=M*4){let P=B=>n.posToVal(B,u.key,!0),j=null,G=null,et,O,at,st=S(d[z==1?l:i]),Q=S(d[l]),nt=S(d[i]),J=P(z==1?Q+1:nt-1);for(let B=z==1?l:i;B>=l&&B<=i;B+=z){let gt=d[B],ht=(z==1?gt<J:gt>J)?st:S(gt),it=f[B];ht==st?it!=null?(O=it,j==null?(C(q,ht,E(O)),et=j=G=O):O<j?j=O:O>G&&(G=O)):it===null&&(N=!0):(j!=null&&F(q,st,E(j),E(G),E(et),E(O)),it!=null?(O=it,C(q,ht,E(O)),j=G=et=O):(j=G=null,it===null&&(N=!0)),st=ht,J=P(st+z))}j!=null&&j!=G&&at!=st&&F(q,st,E(j),E(G),E(et),E(O))}else for(let P=z==1?l:i;P>=l&&P<=i;P+=z){let j=f[P];j===null?N=!0:j!=null&&C(q,S(d[P]),E(j))}let[v,D]=Bl(n,s);if(r.fill!=null||v!=0){let P=K.fill=new Path2D(q),j=r.fillTo(n,s,r.min,r.max,v),G=E(j),et=S(d[l]),O=S(d[i]);z==-1&&([O,et]=[et,O]),C(P,O,G),C(P,et,G)}if(!r.spanGaps){let P=[];N&&P.push(...Ul(d,f,l,i,z,S,t)),K.gaps=P=r.gaps(n,s,l,i,P),K.clip=Cs(P,u.ori,_,x,M,k)}return D!=0&&(K.band=D==2?[Be(n,s,l,i,q,-1),Be(n,s,l,i,q,1)]:Be(n,s,l,i,q,D)),K})}function Vc(e){let t=ut(e.align,1),n=ut(e.ascDesc,!1),s=ut(e.alignGaps,0),l=ut(e.extend,!1);return(i,r,d,f)=>bn(i,r,(u,b,c,w,_,x,M,k,$,S,E)=>{[d,f]=_s(c,d,f);let C=u.pxRound,{left:F,width:z}=i.bbox,K=Q=>C(x(Q,w,S,k)),q=Q=>C(M(Q,_,E,$)),N=w.ori==0?Vn:Hn,A={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},v=A.stroke,D=w.dir*(w.ori==0?1:-1),P=q(c[D==1?d:f]),j=K(b[D==1?d:f]),G=j,et=j;l&&t==-1&&(et=F,N(v,et,P)),N(v,j,P);for(let Q=D==1?d:f;Q>=d&&Q<=f;Q+=D){let nt=c[Q];if(nt==null)continue;let J=K(b[Q]),B=q(nt);t==1?N(v,J,P):N(v,G,B),N(v,J,B),P=B,G=J}let O=G;l&&t==1&&(O=F+z,N(v,O,P));let[at,st]=Bl(i,r);if(u.fill!=null||at!=0){let Q=A.fill=new Path2D(v),nt=u.fillTo(i,r,u.min,u.max,at),J=q(nt);N(Q,O,J),N(Q,et,J)}if(!u.spanGaps){let Q=[];Q.push(...Ul(b,c,d,f,D,K,s));let nt=u.width*pt/2,J=n||t==1?nt:-nt,B=n||t==-1?-nt:nt;Q.forEach(gt=>{gt[0]+=J,gt[1]+=B}),A.gaps=Q=u.gaps(i,r,d,f,Q),A.clip=Cs(Q,w.ori,k,$,S,E)}return st!=0&&(A.band=st==2?[Be(i,r,d,f,v,-1),Be(i,r,d,f,v,1)]:Be(i,r,d,f,v,st)),A})}function gi(e,t,n,s,l,i,r=xt){if(e.length>1){let d=null;for(let f=0,u=1/0;f<e.length;f++)if(t[f]!==void 0){if(d!=null){let b=Rt(e[f]-e[d]);b<u&&(u=b,r=Rt(n(e[f],s,l,i)-n(e[d],s,l,i)))}d=f}}return r}function Hc(e){e=e||os;let t=ut(e.size,[.6,xt,1]),n=e.align||0,s=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let i=ot(l),r=1-t[0],d=ut(t[1],xt),f=ut(t[2],1),u=ut(e.disp,os),b=ut(e.each,_=>{}),{fill:c,stroke:w}=u;return(_,x,M,k)=>bn(_,x,($,S,E,C,F,z,K,q,N,A,v)=>{let D=$.pxRound,P=n,j=s*pt,G=d*pt,et=f*pt,O,at;C.ori==0?[O,at]=i(_,x):[at,O]=i(_,x);let st=C.dir*(C.ori==0?1:-1),Q=C.ori==0?As:Gl,nt=C.ori==0?b:(W,mt,Tt,I,vt,Jt,Me)=>{b(W,mt,Tt,vt,I,Me,Jt)},J=ut(_.bands,Fl).find(W=>W.series[0]==x),B=J!=null?J.dir:0,gt=$.fillTo(_,x,$.min,$.max,B),Ct=D(K(gt,F,v,N)),ht,it,ne,Yt=A,bt=D($.width*pt),qt=!1,oe=null,Vt=null,me=null,Fe=null;c!=null&&(bt==0||w!=null)&&(qt=!0,oe=c.values(_,x,M,k),Vt=new Map,new Set(oe).forEach(W=>{W!=null&&Vt.set(W,new Path2D)}),bt>0&&(me=w.values(_,x,M,k),Fe=new Map,new Set(me).forEach(W=>{W!=null&&Fe.set(W,new Path2D)})));let{x0:Ge,size:ln}=u;if(Ge!=null&&ln!=null){P=1,S=Ge.values(_,x,M,k),Ge.unit==2&&(S=S.map(Tt=>_.posToVal(q+Tt*A,C.key,!0)));let W=ln.values(_,x,M,k);ln.unit==2?it=W[0]*A:it=z(W[0],C,A,q)-z(0,C,A,q),Yt=gi(S,E,z,C,A,q,Yt),ne=Yt-it+j}else Yt=gi(S,E,z,C,A,q,Yt),ne=Yt*r+j,it=Yt-ne;ne<1&&(ne=0),bt>=it/2&&(bt=0),ne<5&&(D=Ni);let on=ne>0,je=Yt-ne-(on?bt:0);it=D(Tl(je,et,G)),ht=(P==0?it/2:P==st?0:it)-P*st*((P==0?j/2:0)+(on?bt/2:0));let Ht={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ke=qt?null:new Path2D,ie=null;if(J!=null)ie=_.data[J.series[1]];else{let{y0:W,y1:mt}=u;W!=null&&mt!=null&&(E=mt.values(_,x,M,k),ie=W.values(_,x,M,k))}let We=O*it,X=at*it;for(let W=st==1?M:k;W>=M&&W<=k;W+=st){let mt=E[W];if(mt==null)continue;if(ie!=null){let se=ie[W]??0;if(mt-se==0)continue;Ct=K(se,F,v,N)}let Tt=C.distr!=2||u!=null?S[W]:W,I=z(Tt,C,A,q),vt=K(ut(mt,gt),F,v,N),Jt=D(I-ht),Me=D(te(vt,Ct)),re=D(Ee(vt,Ct)),we=Me-re;if(mt!=null){let se=mt<0?X:We,Ne=mt<0?We:X;qt?(bt>0&&me[W]!=null&&Q(Fe.get(me[W]),Jt,re+pe(bt/2),it,te(0,we-bt),se,Ne),oe[W]!=null&&Q(Vt.get(oe[W]),Jt,re+pe(bt/2),it,te(0,we-bt),se,Ne)):Q(Ke,Jt,re+pe(bt/2),it,te(0,we-bt),se,Ne),nt(_,x,W,Jt-bt/2,re,it+bt,we)}}return bt>0?Ht.stroke=qt?Fe:Ke:qt||(Ht._fill=$.width==0?$._fill:$._stroke??$._fill,Ht.width=0),Ht.fill=qt?Vt:Ke,Ht})}function Bc(e,t){let n=ut(t?.alignGaps,0);return(s,l,i,r)=>bn(s,l,(d,f,u,b,c,w,_,x,M,k,$)=>{[i,r]=_s(u,i,r);let S=d.pxRound,E=O=>S(w(O,b,k,x)),C=O=>S(_(O,c,$,M)),F,z,K;b.ori==0?(F=Ls,K=Vn,z=Xi):(F=$s,K=Hn,z=tr);let q=b.dir*(b.ori==0?1:-1),N=E(f[q==1?i:r]),A=N,v=[],D=[];for(let O=q==1?i:r;O>=i&&O<=r;O+=q)if(u[O]!=null){let st=f[O],Q=E(st);v.push(A=Q),D.push(C(u[O]))}let P={stroke:e(v,D,F,K,z,S),fill:null,clip:null,band:null,gaps:null,flags:jn},j=P.stroke,[G,et]=Bl(s,l);if(d.fill!=null||G!=0){let O=P.fill=new Path2D(j),at=d.fillTo(s,l,d.min,d.max,G),st=C(at);K(O,A,st),K(O,N,st)}if(!d.spanGaps){let O=[];O.push(...Ul(f,u,i,r,q,E,n)),P.gaps=O=d.gaps(s,l,i,r,O),P.clip=Cs(O,b.ori,x,M,k,$)}return et!=0&&(P.band=et==2?[Be(s,l,i,r,j,-1),Be(s,l,i,r,j,1)]:Be(s,l,i,r,j,et)),P})}function Uc(e){return Bc(Gc,e)}function Gc(e,t,n,s,l,i){let r=e.length;if(r<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),r==2)s(d,e[1],t[1]);else{let f=Array(r),u=Array(r-1),b=Array(r-1),c=Array(r-1);for(let w=0;w<r-1;w++)b[w]=t[w+1]-t[w],c[w]=e[w+1]-e[w],u[w]=b[w]/c[w];f[0]=u[0];for(let w=1;w<r-1;w++)u[w]===0||u[w-1]===0||u[w-1]>0!=u[w]>0?f[w]=0:(f[w]=3*(c[w-1]+c[w])/((2*c[w]+c[w-1])/u[w-1]+(c[w]+2*c[w-1])/u[w]),isFinite(f[w])||(f[w]=0));f[r-1]=u[r-2];for(let w=0;w<r-1;w++)l(d,e[w]+c[w]/3,t[w]+f[w]*c[w]/3,e[w+1]-c[w]/3,t[w+1]-f[w+1]*c[w]/3,e[w+1],t[w+1])}return d}var Al=new Set;function bi(){for(let e of Al)e.syncRect(!0)}Wn&&(wn(Na,Dn,bi),wn(Ta,Dn,bi,!0),wn(vs,Dn,()=>{At.pxRatio=pt}));var Kc=sr(),Yc=er();function xi(e,t,n,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>El(i,r,t,n))}function qc(e,t){return e.map((n,s)=>s==0?{}:Pt({},t,n))}function El(e,t,n,s){return Pt({},t==0?n:s,e)}function lr(e,t,n){return t==null?In:[t,n]}var Jc=lr;function Zc(e,t,n){return t==null?In:ks(t,n,Ol,!0)}function or(e,t,n,s){return t==null?In:Ms(t,n,e.scales[s].log,!1)}var Qc=or;function ir(e,t,n,s){return t==null?In:Dl(t,n,e.scales[s].log,!1)}var Xc=ir;function tu(e,t,n,s,l){let i=te(Zo(e),Zo(t)),r=t-e,d=Ae(l/s*r,n);do{let f=n[d],u=s*f/r;if(u>=l&&i+(f<5?en.get(f):0)<=17)return[f,u]}while(++d<n.length);return[0,0]}function yi(e){let t,n;return e=e.replace(/(\d+)px/,(s,l)=>(t=zt((n=+l)*pt))+"px"),[e,t,n]}function eu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=yt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function At(e,t,n){let s={mode:ut(e.mode,1)},l=s.mode;function i(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?1-g:g)}function r(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?g:1-g)}function d(o,a,p,m){return a.ori==0?i(o,a,p,m):r(o,a,p,m)}s.valToPosH=i,s.valToPosV=r;let f=!1;s.status=0;let u=s.root=ke(aa);if(e.id!=null&&(u.id=e.id),fe(u,e.class),e.title){let o=ke(fa,u);o.textContent=e.title}let b=$e("canvas"),c=s.ctx=b.getContext("2d"),w=ke(pa,u);wn("click",w,o=>{o.target===x&&(kt!=Ln||Nt!=$n)&&Ut.click(s,o)},!0);let _=s.under=ke(da,w);w.appendChild(b);let x=s.over=ke(ha,w);e=Fn(e);let M=+ut(e.pxAlign,1),k=wi(M);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(s,e)||e)});let $=e.ms||.001,S=s.series=l==1?xi(e.series||[],ci,hi,!1):qc(e.series||[null],di),E=s.axes=xi(e.axes||[],ai,fi,!0),C=s.scales={},F=s.bands=e.bands||[];F.forEach(o=>{o.fill=ot(o.fill||null),o.dir=ut(o.dir,-1)});let z=l==2?S[1].facets[0].scale:S[0].scale,K={axes:Hr,series:Ir},q=(e.drawOrder||["axes","series"]).map(o=>K[o]);function N(o){let a=o.distr==3?p=>He(p>0?p:o.clamp(s,p,o.min,o.max,o.key)):o.distr==4?p=>xl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let m=a(p),{_min:g,_max:y}=o,T=y-g;return(m-g)/T}}function A(o){let a=C[o];if(a==null){let p=(e.scales||os)[o]||os;if(p.from!=null){A(p.from);let m=Pt({},C[p.from],p,{key:o});m.valToPct=N(m),C[o]=m}else{a=C[o]=Pt({},o==z?Yi:Oc,p),a.key=o;let m=a.time,g=a.range,y=tn(g);if((o!=z||l==2&&!m)&&(y&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?Yo:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?Yo:{mode:1,hard:g[1],soft:g[1]}},y=!1),!y&&Ts(g))){let T=g;g=(L,R,V)=>R==null?In:ks(R,V,T)}a.range=ot(g||(m?Jc:o==z?a.distr==3?Qc:a.distr==4?Xc:lr:a.distr==3?or:a.distr==4?ir:Zc)),a.auto=ot(y?!1:a.auto),a.clamp=ot(a.clamp||Dc),a._min=a._max=null,a.valToPct=N(a)}}}A("x"),A("y"),l==1&&S.forEach(o=>{A(o.scale)}),E.forEach(o=>{A(o.scale)});for(let o in e.scales)A(o);let v=C[z],D=v.distr,P,j;v.ori==0?(fe(u,ca),P=i,j=r):(fe(u,ua),P=r,j=i);let G={};for(let o in C){let a=C[o];(a.min!=null||a.max!=null)&&(G[o]={min:a.min,max:a.max},a.min=a.max=null)}let et=e.tzDate||(o=>new Date(zt(o/$))),O=e.fmtDate||jl,at=$==1?cc(et):pc(et),st=oi(et,li($==1?ac:fc,O)),Q=ri(et,ii(hc,O)),nt=[],J=s.legend=Pt({},gc,e.legend),B=s.cursor=Pt({},Sc,{drag:{y:l==2}},e.cursor),gt=J.show,Ct=B.show,ht=J.markers;J.idxs=nt,ht.width=ot(ht.width),ht.dash=ot(ht.dash),ht.stroke=ot(ht.stroke),ht.fill=ot(ht.fill);let it,ne,Yt,bt=[],qt=[],oe,Vt=!1,me={};if(J.live){let o=S[1]?S[1].values:null;Vt=o!=null,oe=Vt?o(s,1,0):{_:0};for(let a in oe)me[a]=zl}if(gt)if(it=$e("table",ya,u),Yt=$e("tbody",null,it),J.mount(s,it),Vt){ne=$e("thead",null,it,Yt);let o=$e("tr",null,ne);$e("th",null,o);for(var Fe in oe)$e("th",Ro,o).textContent=Fe}else fe(it,ka),J.live&&fe(it,va);let Ge={show:!0},ln={show:!1};function on(o,a){if(a==0&&(Vt||!J.live||l==2))return In;let p=[],m=$e("tr",Sa,Yt,Yt.childNodes[a]);fe(m,o.class),o.show||fe(m,mn);let g=$e("th",null,m);if(ht.show){let L=ke(_a,g);if(a>0){let R=ht.width(s,a);R&&(L.style.border=R+"px "+ht.dash(s,a)+" "+ht.stroke(s,a)),L.style.background=ht.fill(s,a)}}let y=ke(Ro,g);o.label instanceof HTMLElement?y.appendChild(o.label):y.textContent=o.label,a>0&&(ht.show||(y.style.color=o.width>0?ht.stroke(s,a):ht.fill(s,a)),Ht("click",g,L=>{if(B._lock)return;an(L);let R=S.indexOf(o);if((L.ctrlKey||L.metaKey)!=J.isolate){let V=S.some((H,U)=>U>0&&U!=R&&H.show);S.forEach((H,U)=>{U>0&&ze(U,V?U==R?Ge:ln:Ge,!0,Et.setSeries)})}else ze(R,{show:!o.show},!0,Et.setSeries)},!1),yn&&Ht(Fo,g,L=>{B._lock||(an(L),ze(S.indexOf(o),En,!0,Et.setSeries))},!1));for(var T in oe){let L=$e("td",Ma,m);L.textContent="--",p.push(L)}return[m,p]}let je=new Map;function Ht(o,a,p,m=!0){let g=je.get(a)||{},y=B.bind[o](s,a,p,m);y&&(wn(o,a,g[o]=y),je.set(a,g))}function Ke(o,a,p){let m=je.get(a)||{};for(let g in m)(o==null||g==o)&&(Nl(g,a,m[g]),delete m[g]);o==null&&je.delete(a)}let ie=0,We=0,X=0,W=0,mt=0,Tt=0,I=mt,vt=Tt,Jt=X,Me=W,re=0,we=0,se=0,Ne=0;s.bbox={};let Gs=!1,as=!1,xn=!1,rn=!1,cs=!1,ge=!1;function Ks(o,a,p){(p||o!=s.width||a!=s.height)&&no(o,a),Mn(!1),xn=!0,as=!0,Nn()}function no(o,a){s.width=ie=X=o,s.height=We=W=a,mt=Tt=0,Ar(),Er();let p=s.bbox;re=p.left=dn(mt*pt,.5),we=p.top=dn(Tt*pt,.5),se=p.width=dn(X*pt,.5),Ne=p.height=dn(W*pt,.5)}let Cr=3;function Lr(){let o=!1,a=0;for(;!o;){a++;let p=Wr(a),m=Vr(a);o=a==Cr||p&&m,o||(no(s.width,s.height),as=!0)}}function $r({width:o,height:a}){Ks(o,a)}s.setSize=$r;function Ar(){let o=!1,a=!1,p=!1,m=!1;E.forEach((g,y)=>{if(g.show&&g._show){let{side:T,_size:L}=g,R=T%2,V=g.label!=null?g.labelSize:0,H=L+V;H>0&&(R?(X-=H,T==3?(mt+=H,m=!0):p=!0):(W-=H,T==0?(Tt+=H,o=!0):a=!0))}}),cn[0]=o,cn[1]=p,cn[2]=a,cn[3]=m,X-=Ye[1]+Ye[3],mt+=Ye[3],W-=Ye[2]+Ye[0],Tt+=Ye[0]}function Er(){let o=mt+X,a=Tt+W,p=mt,m=Tt;function g(y,T){switch(y){case 1:return o+=T,o-T;case 2:return a+=T,a-T;case 3:return p-=T,p+T;case 0:return m-=T,m+T}}E.forEach((y,T)=>{if(y.show&&y._show){let L=y.side;y._pos=g(L,y._size),y.label!=null&&(y._lpos=g(L,y.labelSize))}})}if(B.dataIdx==null){let o=B.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let p=o.prox=ot(o.prox),m=o.bias??(o.bias=0);B.dataIdx=(g,y,T,L)=>{if(y==0)return T;let R=T,V=p(g,y,T,L)??xt,H=V>=0&&V<xt,U=v.ori==0?X:W,tt=B.left,ft=t[0],ct=t[y];if(a.has(ct[T])){R=null;let lt=null,Z=null,Y;if(m==0||m==-1)for(Y=T;lt==null&&Y-- >0;)a.has(ct[Y])||(lt=Y);if(m==0||m==1)for(Y=T;Z==null&&Y++<ct.length;)a.has(ct[Y])||(Z=Y);if(lt!=null||Z!=null)if(H){let _t=lt==null?-1/0:P(ft[lt],v,U,0),Lt=Z==null?1/0:P(ft[Z],v,U,0),Wt=tt-_t,wt=Lt-tt;Wt<=wt?Wt<=V&&(R=lt):wt<=V&&(R=Z)}else R=Z==null?lt:lt==null?Z:T-lt<=Z-T?lt:Z}else H&&Rt(tt-P(ft[T],v,U,0))>V&&(R=null);return R}}let an=o=>{B.event=o};B.idxs=nt,B._lock=!1;let Kt=B.points;Kt.show=ot(Kt.show),Kt.size=ot(Kt.size),Kt.stroke=ot(Kt.stroke),Kt.width=ot(Kt.width),Kt.fill=ot(Kt.fill);let Pe=s.focus=Pt({},e.focus||{alpha:.3},B.focus),yn=Pe.prox>=0,vn=yn&&Kt.one,be=[],kn=[],Sn=[];function so(o,a){let p=Kt.show(s,a);if(p instanceof HTMLElement)return fe(p,xa),fe(p,o.class),Ie(p,-10,-10,X,W),x.insertBefore(p,be[a]),p}function lo(o,a){if(l==1||a>0){let p=l==1&&C[o.scale].time,m=o.value;o.value=p?ti(m)?ri(et,ii(m,O)):m||Q:m||Pc,o.label=o.label||(p?Mc:_c)}if(vn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Kc||Oa,o.fillTo=ot(o.fillTo||Ic),o.pxAlign=+ut(o.pxAlign,M),o.pxRound=wi(o.pxAlign),o.stroke=ot(o.stroke||null),o.fill=ot(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=zc(te(1,o.width),1),m=o.points=Pt({},{size:p,width:te(1,p*.2),stroke:o.stroke,space:p*2,paths:Yc,_stroke:null,_fill:null},o.points);m.show=ot(m.show),m.filter=ot(m.filter),m.fill=ot(m.fill),m.stroke=ot(m.stroke),m.paths=ot(m.paths),m.pxAlign=o.pxAlign}if(gt){let p=on(o,a);bt.splice(a,0,p[0]),qt.splice(a,0,p[1]),J.values.push(null)}if(Ct){nt.splice(a,0,null);let p=null;vn?a==0&&(p=so(o,a)):a>0&&(p=so(o,a)),be.splice(a,0,p),kn.splice(a,0,0),Sn.splice(a,0,0)}jt("addSeries",a)}function Pr(o,a){a=a??S.length,o=l==1?El(o,a,ci,hi):El(o,a,{},di),S.splice(a,0,o),lo(S[a],a)}s.addSeries=Pr;function zr(o){if(S.splice(o,1),gt){J.values.splice(o,1),qt.splice(o,1);let a=bt.splice(o,1)[0];Ke(null,a.firstChild),a.remove()}Ct&&(nt.splice(o,1),be.splice(o,1)[0].remove(),kn.splice(o,1),Sn.splice(o,1)),jt("delSeries",o)}s.delSeries=zr;let cn=[!1,!1,!1,!1];function Rr(o,a){if(o._show=o.show,o.show){let p=o.side%2,m=C[o.scale];m==null&&(o.scale=p?S[1].scale:z,m=C[o.scale]);let g=m.time;o.size=ot(o.size),o.space=ot(o.space),o.rotate=ot(o.rotate),tn(o.incrs)&&o.incrs.forEach(T=>{!en.has(T)&&en.set(T,Li(T))}),o.incrs=ot(o.incrs||(m.distr==2?oc:g?$==1?rc:uc:hn)),o.splits=ot(o.splits||(g&&m.distr==1?at:m.distr==3?Cl:m.distr==4?Cc:Tc)),o.stroke=ot(o.stroke),o.grid.stroke=ot(o.grid.stroke),o.ticks.stroke=ot(o.ticks.stroke),o.border.stroke=ot(o.border.stroke);let y=o.values;o.values=tn(y)&&!tn(y[0])?ot(y):g?tn(y)?oi(et,li(y,O)):ti(y)?dc(et,y):y||st:y||Nc,o.filter=ot(o.filter||(m.distr>=3&&m.log==10?Ac:m.distr==3&&m.log==2?Ec:Ti)),o.font=yi(o.font),o.labelFont=yi(o.labelFont),o._size=o.size(s,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(cn[a]=!0,o._el=ke(ma,w))}}function Kn(o,a,p,m){let[g,y,T,L]=p,R=a%2,V=0;return R==0&&(L||y)&&(V=a==0&&!g||a==2&&!T?zt(ai.size/3):0),R==1&&(g||T)&&(V=a==1&&!y||a==3&&!L?zt(fi.size/2):0),V}let oo=s.padding=(e.padding||[Kn,Kn,Kn,Kn]).map(o=>ot(ut(o,Kn))),Ye=s._padding=oo.map((o,a)=>o(s,a,cn,0)),Bt,Dt=null,Ot=null,us=l==1?S[0].idxs:null,Te=null,Yn=!1;function io(o,a){if(t=o??[],s.data=s._data=t,l==2){Bt=0;for(let p=1;p<S.length;p++)Bt+=t[p][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Te=t[0],Bt=Te.length;let p=t;if(D==2){p=t.slice();let m=p[0]=Array(Bt);for(let g=0;g<Bt;g++)m[g]=g}s._data=t=p}if(Mn(!0),jt("setData"),D==2&&(xn=!0),a!==!1){let p=v;p.auto(s,Yn)?Ys():Je(z,p.min,p.max),rn=rn||B.left>=0,ge=!0,Nn()}}s.setData=io;function Ys(){Yn=!0;let o,a;l==1&&(Bt>0?(Dt=us[0]=0,Ot=us[1]=Bt-1,o=t[0][Dt],a=t[0][Ot],D==2?(o=Dt,a=Ot):o==a&&(D==3?[o,a]=Ms(o,o,v.log,!1):D==4?[o,a]=Dl(o,o,v.log,!1):v.time?a=o+zt(86400/$):[o,a]=ks(o,a,Ol,!0))):(Dt=us[0]=o=null,Ot=us[1]=a=null)),Je(z,o,a)}let fs,_n,qs,Js,Zs,Qs,Xs,tl,el,le;function ro(o,a,p,m,g,y){o??(o=Oo),p??(p=Fl),m??(m="butt"),g??(g=Oo),y??(y="round"),o!=fs&&(c.strokeStyle=fs=o),g!=_n&&(c.fillStyle=_n=g),a!=qs&&(c.lineWidth=qs=a),y!=Zs&&(c.lineJoin=Zs=y),m!=Qs&&(c.lineCap=Qs=m),p!=Js&&c.setLineDash(Js=p)}function ao(o,a,p,m){a!=_n&&(c.fillStyle=_n=a),o!=Xs&&(c.font=Xs=o),p!=tl&&(c.textAlign=tl=p),m!=el&&(c.textBaseline=el=m)}function nl(o,a,p,m,g=0){if(m.length>0&&o.auto(s,Yn)&&(a==null||a.min==null)){let y=ut(Dt,0),T=ut(Ot,m.length-1),L=p.min==null?Aa(m,y,T,g,o.distr==3):[p.min,p.max];o.min=Ee(o.min,p.min=L[0]),o.max=te(o.max,p.max=L[1])}}let co={min:null,max:null};function Dr(){for(let m in C){let g=C[m];G[m]==null&&(g.min==null||G[z]!=null&&g.auto(s,Yn))&&(G[m]=co)}for(let m in C){let g=C[m];G[m]==null&&g.from!=null&&G[g.from]!=null&&(G[m]=co)}G[z]!=null&&Mn(!0);let o={};for(let m in G){let g=G[m];if(g!=null){let y=o[m]=Fn(C[m],ja);if(g.min!=null)Pt(y,g);else if(m!=z||l==2)if(Bt==0&&y.from==null){let T=y.range(s,null,null,m);y.min=T[0],y.max=T[1]}else y.min=xt,y.max=-xt}}if(Bt>0){S.forEach((m,g)=>{if(l==1){let y=m.scale,T=G[y];if(T==null)return;let L=o[y];if(g==0){let R=L.range(s,L.min,L.max,y);L.min=R[0],L.max=R[1],Dt=Ae(L.min,t[0]),Ot=Ae(L.max,t[0]),Ot-Dt>1&&(t[0][Dt]<L.min&&Dt++,t[0][Ot]>L.max&&Ot--),m.min=Te[Dt],m.max=Te[Ot]}else m.show&&m.auto&&nl(L,T,m,t[g],m.sorted);m.idxs[0]=Dt,m.idxs[1]=Ot}else if(g>0&&m.show&&m.auto){let[y,T]=m.facets,L=y.scale,R=T.scale,[V,H]=t[g],U=o[L],tt=o[R];U!=null&&nl(U,G[L],y,V,y.sorted),tt!=null&&nl(tt,G[R],T,H,T.sorted),m.min=T.min,m.max=T.max}});for(let m in o){let g=o[m],y=G[m];if(g.from==null&&(y==null||y.min==null)){let T=g.range(s,g.min==xt?null:g.min,g.max==-xt?null:g.max,m);g.min=T[0],g.max=T[1]}}}for(let m in o){let g=o[m];if(g.from!=null){let y=o[g.from];if(y.min==null)g.min=g.max=null;else{let T=g.range(s,y.min,y.max,m);g.min=T[0],g.max=T[1]}}}let a={},p=!1;for(let m in o){let g=o[m],y=C[m];if(y.min!=g.min||y.max!=g.max){y.min=g.min,y.max=g.max;let T=y.distr;y._min=T==3?He(y.min):T==4?xl(y.min,y.asinh):T==100?y.fwd(y.min):y.min,y._max=T==3?He(y.max):T==4?xl(y.max,y.asinh):T==100?y.fwd(y.max):y.max,a[m]=p=!0}}if(p){S.forEach((m,g)=>{l==2?g>0&&a.y&&(m._paths=null):a[m.scale]&&(m._paths=null)});for(let m in a)xn=!0,jt("setScale",m);Ct&&B.left>=0&&(rn=ge=!0)}for(let m in G)G[m]=null}function Or(o){let a=Tl(Dt-1,0,Bt-1),p=Tl(Ot+1,0,Bt-1);for(;o[a]==null&&a>0;)a--;for(;o[p]==null&&p<Bt-1;)p++;return[a,p]}function Ir(){if(Bt>0){let o=S.some(a=>a._focus)&&le!=Pe.alpha;o&&(c.globalAlpha=le=Pe.alpha),S.forEach((a,p)=>{if(p>0&&a.show&&(uo(p,!1),uo(p,!0),a._paths==null)){let m=le;le!=a.alpha&&(c.globalAlpha=le=a.alpha);let g=l==2?[0,t[p][0].length-1]:Or(t[p]);a._paths=a.paths(s,p,g[0],g[1]),le!=m&&(c.globalAlpha=le=m)}}),S.forEach((a,p)=>{if(p>0&&a.show){let m=le;le!=a.alpha&&(c.globalAlpha=le=a.alpha),a._paths!=null&&fo(p,!1);{let g=a._paths!=null?a._paths.gaps:null,y=a.points.show(s,p,Dt,Ot,g),T=a.points.filter(s,p,y,g);(y||T)&&(a.points._paths=a.points.paths(s,p,Dt,Ot,T),fo(p,!0))}le!=m&&(c.globalAlpha=le=m),jt("drawSeries",p)}}),o&&(c.globalAlpha=le=1)}}function uo(o,a){let p=a?S[o].points:S[o];p._stroke=p.stroke(s,o),p._fill=p.fill(s,o)}function fo(o,a){let p=a?S[o].points:S[o],{stroke:m,fill:g,clip:y,flags:T,_stroke:L=p._stroke,_fill:R=p._fill,_width:V=p.width}=p._paths;V=yt(V*pt,3);let H=null,U=V%2/2;a&&R==null&&(R=V>0?"#fff":L);let tt=p.pxAlign==1&&U>0;if(tt&&c.translate(U,U),!a){let ft=re-V/2,ct=we-V/2,lt=se+V,Z=Ne+V;H=new Path2D,H.rect(ft,ct,lt,Z)}a?sl(L,V,p.dash,p.cap,R,m,g,T,y):Fr(o,L,V,p.dash,p.cap,R,m,g,T,H,y),tt&&c.translate(-U,-U)}function Fr(o,a,p,m,g,y,T,L,R,V,H){let U=!1;R!=0&&F.forEach((tt,ft)=>{if(tt.series[0]==o){let ct=S[tt.series[1]],lt=t[tt.series[1]],Z=(ct._paths||os).band;tn(Z)&&(Z=tt.dir==1?Z[0]:Z[1]);let Y,_t=null;ct.show&&Z&&Pa(lt,Dt,Ot)?(_t=tt.fill(s,ft)||y,Y=ct._paths.clip):Z=null,sl(a,p,m,g,_t,T,L,R,V,H,Y,Z),U=!0}}),U||sl(a,p,m,g,y,T,L,R,V,H)}let po=jn|$l;function sl(o,a,p,m,g,y,T,L,R,V,H,U){ro(o,a,p,m,g),(R||V||U)&&(c.save(),R&&c.clip(R),V&&c.clip(V)),U?(L&po)==po?(c.clip(U),H&&c.clip(H),ds(g,T),ps(o,y,a)):L&$l?(ds(g,T),c.clip(U),ps(o,y,a)):L&jn&&(c.save(),c.clip(U),H&&c.clip(H),ds(g,T),c.restore(),ps(o,y,a)):(ds(g,T),ps(o,y,a)),(R||V||U)&&c.restore()}function ps(o,a,p){p>0&&(a instanceof Map?a.forEach((m,g)=>{c.strokeStyle=fs=g,c.stroke(m)}):a!=null&&o&&c.stroke(a))}function ds(o,a){a instanceof Map?a.forEach((p,m)=>{c.fillStyle=_n=m,c.fill(p)}):a!=null&&o&&c.fill(a)}function jr(o,a,p,m){let g=E[o],y;if(m<=0)y=[0,0];else{let T=g._space=g.space(s,o,a,p,m),L=g._incrs=g.incrs(s,o,a,p,m,T);y=tu(a,p,L,m,T)}return g._found=y}function ll(o,a,p,m,g,y,T,L,R,V){let H=T%2/2;M==1&&c.translate(H,H),ro(L,T,R,V,L),c.beginPath();let U,tt,ft,ct,lt=g+(m==0||m==3?-y:y);p==0?(tt=g,ct=lt):(U=g,ft=lt);for(let Z=0;Z<o.length;Z++)a[Z]!=null&&(p==0?U=ft=o[Z]:tt=ct=o[Z],c.moveTo(U,tt),c.lineTo(ft,ct));c.stroke(),M==1&&c.translate(-H,-H)}function Wr(o){let a=!0;return E.forEach((p,m)=>{if(!p.show)return;let g=C[p.scale];if(g.min==null){p._show&&(a=!1,p._show=!1,Mn(!1));return}else p._show||(a=!1,p._show=!0,Mn(!1));let y=p.side,T=y%2,{min:L,max:R}=g,[V,H]=jr(m,L,R,T==0?X:W);if(H==0)return;let U=g.distr==2,tt=p._splits=p.splits(s,m,L,R,V,H,U),ft=g.distr==2?tt.map(Y=>Te[Y]):tt,ct=g.distr==2?Te[tt[1]]-Te[tt[0]]:V,lt=p._values=p.values(s,p.filter(s,ft,m,H,ct),m,H,ct);p._rotate=y==2?p.rotate(s,lt,m,H):0;let Z=p._size;p._size=Se(p.size(s,lt,m,o)),Z!=null&&p._size!=Z&&(a=!1)}),a}function Vr(o){let a=!0;return oo.forEach((p,m)=>{let g=p(s,m,cn,o);g!=Ye[m]&&(a=!1),Ye[m]=g}),a}function Hr(){for(let o=0;o<E.length;o++){let a=E[o];if(!a.show||!a._show)continue;let p=a.side,m=p%2,g,y,T=a.stroke(s,o),L=p==0||p==3?-1:1,[R,V]=a._found;if(a.label!=null){let Qt=a.labelGap*L,ue=zt((a._lpos+Qt)*pt);ao(a.labelFont[0],T,"center",p==2?"top":Do),c.save(),m==1?(g=y=0,c.translate(ue,zt(we+Ne/2)),c.rotate((p==3?-ys:ys)/2)):(g=zt(re+se/2),y=ue);let pn=Mi(a.label)?a.label(s,o,R,V):a.label;c.fillText(pn,g,y),c.restore()}if(V==0)continue;let H=C[a.scale],U=m==0?se:Ne,tt=m==0?re:we,ft=a._splits,ct=H.distr==2?ft.map(Qt=>Te[Qt]):ft,lt=H.distr==2?Te[ft[1]]-Te[ft[0]]:R,Z=a.ticks,Y=a.border,_t=Z.show?Z.size:0,Lt=zt(_t*pt),Wt=zt((a.alignTo==2?a._size-_t-a.gap:a.gap)*pt),wt=a._rotate*-ys/180,$t=k(a._pos*pt),ae=(Lt+Wt)*L,Zt=$t+ae;y=m==0?Zt:0,g=m==1?Zt:0;let xe=a.font[0],Ce=a.align==1?zn:a.align==2?wl:wt>0?zn:wt<0?wl:m==0?"center":p==3?wl:zn,De=wt||m==1?"middle":p==2?"top":Do;ao(xe,T,Ce,De);let ce=a.font[1]*a.lineGap,ye=ft.map(Qt=>k(d(Qt,H,U,tt))),Le=a._values;for(let Qt=0;Qt<Le.length;Qt++){let ue=Le[Qt];if(ue!=null){m==0?g=ye[Qt]:y=ye[Qt],ue=""+ue;let pn=ue.indexOf(`
`)==-1?[ue]:ue.split(/\n/gm);for(let Xt=0;Xt<pn.length;Xt++){let Eo=pn[Xt];wt?(c.save(),c.translate(g,y+Xt*ce),c.rotate(wt),c.fillText(Eo,0,0),c.restore()):c.fillText(Eo,g,y+Xt*ce)}}}Z.show&&ll(ye,Z.filter(s,ct,o,V,lt),m,p,$t,Lt,yt(Z.width*pt,3),Z.stroke(s,o),Z.dash,Z.cap);let Oe=a.grid;Oe.show&&ll(ye,Oe.filter(s,ct,o,V,lt),m,m==0?2:1,m==0?we:re,m==0?Ne:se,yt(Oe.width*pt,3),Oe.stroke(s,o),Oe.dash,Oe.cap),Y.show&&ll([$t],[1],m==0?1:0,m==0?1:2,m==1?we:re,m==1?Ne:se,yt(Y.width*pt,3),Y.stroke(s,o),Y.dash,Y.cap)}jt("drawAxes")}function Mn(o){S.forEach((a,p)=>{p>0&&(a._paths=null,o&&(l==1?(a.min=null,a.max=null):a.facets.forEach(m=>{m.min=null,m.max=null})))})}let hs=!1,ol=!1,qn=[];function Br(){ol=!1;for(let o=0;o<qn.length;o++)jt(...qn[o]);qn.length=0}function Nn(){hs||(Ka(ho),hs=!0)}function Ur(o,a=!1){hs=!0,ol=a,o(s),ho(),a&&qn.length>0&&queueMicrotask(Br)}s.batch=Ur;function ho(){if(Gs&&(Dr(),Gs=!1),xn&&(Lr(),xn=!1),as){if(Mt(_,zn,mt),Mt(_,"top",Tt),Mt(_,es,X),Mt(_,ns,W),Mt(x,zn,mt),Mt(x,"top",Tt),Mt(x,es,X),Mt(x,ns,W),Mt(w,es,ie),Mt(w,ns,We),b.width=zt(ie*pt),b.height=zt(We*pt),E.forEach(({_el:o,_show:a,_size:p,_pos:m,side:g})=>{if(o!=null)if(a){let y=g===3||g===0?p:0,T=g%2==1;Mt(o,T?"left":"top",m-y),Mt(o,T?"width":"height",p),Mt(o,T?"top":"left",T?Tt:mt),Mt(o,T?"height":"width",T?W:X),Ml(o,mn)}else fe(o,mn)}),fs=_n=qs=Zs=Qs=Xs=tl=el=Js=null,le=1,Qn(!0),mt!=I||Tt!=vt||X!=Jt||W!=Me){Mn(!1);let o=X/Jt,a=W/Me;if(Ct&&!rn&&B.left>=0){B.left*=o,B.top*=a,Tn&&Ie(Tn,zt(B.left),0,X,W),Cn&&Ie(Cn,0,zt(B.top),X,W);for(let p=0;p<be.length;p++){let m=be[p];m!=null&&(kn[p]*=o,Sn[p]*=a,Ie(m,Se(kn[p]),Se(Sn[p]),X,W))}}if(St.show&&!cs&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=a,St.height*=a;for(let p in fl)Mt(An,p,St[p])}I=mt,vt=Tt,Jt=X,Me=W}jt("setSize"),as=!1}ie>0&&We>0&&(c.clearRect(0,0,b.width,b.height),jt("drawClear"),q.forEach(o=>o()),jt("draw")),St.show&&cs&&(ms(St),cs=!1),Ct&&rn&&(fn(null,!0,!1),rn=!1),J.show&&J.live&&ge&&(cl(),ge=!1),f||(f=!0,s.status=1,jt("ready")),Yn=!1,hs=!1}s.redraw=(o,a)=>{xn=a||!1,o!==!1?Je(z,v.min,v.max):Nn()};function il(o,a){let p=C[o];if(p.from==null){if(Bt==0){let m=p.range(s,a.min,a.max,o);a.min=m[0],a.max=m[1]}if(a.min>a.max){let m=a.min;a.min=a.max,a.max=m}if(Bt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==z&&p.distr==2&&Bt>0&&(a.min=Ae(a.min,t[0]),a.max=Ae(a.max,t[0]),a.min==a.max&&a.max++),G[o]=a,Gs=!0,Nn()}}s.setScale=il;let rl,al,Tn,Cn,mo,wo,Ln,$n,go,bo,kt,Nt,qe=!1,Ut=B.drag,It=Ut.x,Ft=Ut.y;Ct&&(B.x&&(rl=ke(ga,x)),B.y&&(al=ke(ba,x)),v.ori==0?(Tn=rl,Cn=al):(Tn=al,Cn=rl),kt=B.left,Nt=B.top);let St=s.select=Pt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),An=St.show?ke(wa,St.over?x:_):null;function ms(o,a){if(St.show){for(let p in o)St[p]=o[p],p in fl&&Mt(An,p,o[p]);a!==!1&&jt("setSelect")}}s.setSelect=ms;function Gr(o){if(S[o].show)gt&&Ml(bt[o],mn);else if(gt&&fe(bt[o],mn),Ct){let p=vn?be[0]:be[o];p!=null&&Ie(p,-10,-10,X,W)}}function Je(o,a,p){il(o,{min:a,max:p})}function ze(o,a,p,m){a.focus!=null&&Zr(o),a.show!=null&&S.forEach((g,y)=>{y>0&&(o==y||o==null)&&(g.show=a.show,Gr(y),l==2?(Je(g.facets[0].scale,null,null),Je(g.facets[1].scale,null,null)):Je(g.scale,null,null),Nn())}),p!==!1&&jt("setSeries",o,a),m&&Xn("setSeries",s,o,a)}s.setSeries=ze;function Kr(o,a){Pt(F[o],a)}function Yr(o,a){o.fill=ot(o.fill||null),o.dir=ut(o.dir,-1),a=a??F.length,F.splice(a,0,o)}function qr(o){o==null?F.length=0:F.splice(o,1)}s.addBand=Yr,s.setBand=Kr,s.delBand=qr;function Jr(o,a){S[o].alpha=a,Ct&&be[o]!=null&&(be[o].style.opacity=a),gt&&bt[o]&&(bt[o].style.opacity=a)}let Ve,Ze,un,En={focus:!0};function Zr(o){if(o!=un){let a=o==null,p=Pe.alpha!=1;S.forEach((m,g)=>{if(l==1||g>0){let y=a||g==0||g==o;m._focus=a?null:y,p&&Jr(g,y?1:Pe.alpha)}}),un=o,p&&Nn()}}gt&&yn&&Ht(jo,it,o=>{B._lock||(an(o),un!=null&&ze(null,En,!0,Et.setSeries))});function Re(o,a,p){let m=C[a];p&&(o=o/pt-(m.ori==1?Tt:mt));let g=X;m.ori==1&&(g=W,o=g-o),m.dir==-1&&(o=g-o);let y=m._min,T=m._max,L=o/g,R=y+(T-y)*L,V=m.distr;return V==3?On(10,R):V==4?Ra(R,m.asinh):V==100?m.bwd(R):R}function Qr(o,a){let p=Re(o,z,a);return Ae(p,t[0],Dt,Ot)}s.valToIdx=o=>Ae(o,t[0]),s.posToIdx=Qr,s.posToVal=Re,s.valToPos=(o,a,p)=>C[a].ori==0?i(o,C[a],p?se:X,p?re:0):r(o,C[a],p?Ne:W,p?we:0),s.setCursor=(o,a,p)=>{kt=o.left,Nt=o.top,fn(null,a,p)};function xo(o,a){Mt(An,zn,St.left=o),Mt(An,es,St.width=a)}function yo(o,a){Mt(An,"top",St.top=o),Mt(An,ns,St.height=a)}let Jn=v.ori==0?xo:yo,Zn=v.ori==1?xo:yo;function Xr(){if(gt&&J.live)for(let o=l==2?1:0;o<S.length;o++){if(o==0&&Vt)continue;let a=J.values[o],p=0;for(let m in a)qt[o][p++].firstChild.nodeValue=a[m]}}function cl(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((p,m)=>{nt[m]=p}):Fa(o.idx)||nt.fill(o.idx),J.idx=nt[0]),gt&&J.live){for(let p=0;p<S.length;p++)(p>0||l==1&&!Vt)&&ta(p,nt[p]);Xr()}ge=!1,a!==!1&&jt("setLegend")}s.setLegend=cl;function ta(o,a){let p=S[o],m=o==0&&D==2?Te:t[o],g;Vt?g=p.values(s,o,a)??me:(g=p.value(s,a==null?null:m[a],o,a),g=g==null?me:{_:g}),J.values[o]=g}function fn(o,a,p){go=kt,bo=Nt,[kt,Nt]=B.move(s,kt,Nt),B.left=kt,B.top=Nt,Ct&&(Tn&&Ie(Tn,zt(kt),0,X,W),Cn&&Ie(Cn,0,zt(Nt),X,W));let m,g=Dt>Ot;Ve=xt,Ze=null;let y=v.ori==0?X:W,T=v.ori==1?X:W;if(kt<0||Bt==0||g){m=B.idx=null;for(let L=0;L<S.length;L++){let R=be[L];R!=null&&Ie(R,-10,-10,X,W)}yn&&ze(null,En,!0,o==null&&Et.setSeries),J.live&&(nt.fill(m),ge=!0)}else{let L,R,V;l==1&&(L=v.ori==0?kt:Nt,R=Re(L,z),m=B.idx=Ae(R,t[0],Dt,Ot),V=P(t[0][m],v,y,0));let H=-10,U=-10,tt=0,ft=0,ct=!0,lt="",Z="";for(let Y=l==2?1:0;Y<S.length;Y++){let _t=S[Y],Lt=nt[Y],Wt=Lt==null?null:l==1?t[Y][Lt]:t[Y][1][Lt],wt=B.dataIdx(s,Y,m,R),$t=wt==null?null:l==1?t[Y][wt]:t[Y][1][wt];if(ge=ge||$t!=Wt||wt!=Lt,nt[Y]=wt,Y>0&&_t.show){let ae=wt==null?-10:wt==m?V:P(l==1?t[0][wt]:t[Y][0][wt],v,y,0),Zt=$t==null?-10:j($t,l==1?C[_t.scale]:C[_t.facets[1].scale],T,0);if(yn&&$t!=null){let xe=v.ori==1?kt:Nt,Ce=Rt(Pe.dist(s,Y,wt,Zt,xe));if(Ce<Ve){let De=Pe.bias;if(De!=0){let ce=Re(xe,_t.scale),ye=$t>=0?1:-1,Le=ce>=0?1:-1;Le==ye&&(Le==1?De==1?$t>=ce:$t<=ce:De==1?$t<=ce:$t>=ce)&&(Ve=Ce,Ze=Y)}else Ve=Ce,Ze=Y}}if(ge||vn){let xe,Ce;v.ori==0?(xe=ae,Ce=Zt):(xe=Zt,Ce=ae);let De,ce,ye,Le,Oe,Qt,ue=!0,pn=Kt.bbox;if(pn!=null){ue=!1;let Xt=pn(s,Y);ye=Xt.left,Le=Xt.top,De=Xt.width,ce=Xt.height}else ye=xe,Le=Ce,De=ce=Kt.size(s,Y);if(Qt=Kt.fill(s,Y),Oe=Kt.stroke(s,Y),vn)Y==Ze&&Ve<=Pe.prox&&(H=ye,U=Le,tt=De,ft=ce,ct=ue,lt=Qt,Z=Oe);else{let Xt=be[Y];Xt!=null&&(kn[Y]=ye,Sn[Y]=Le,Ko(Xt,De,ce,ue),Uo(Xt,Qt,Oe),Ie(Xt,Se(ye),Se(Le),X,W))}}}}if(vn){let Y=Pe.prox,_t=un==null?Ve<=Y:Ve>Y||Ze!=un;if(ge||_t){let Lt=be[0];Lt!=null&&(kn[0]=H,Sn[0]=U,Ko(Lt,tt,ft,ct),Uo(Lt,lt,Z),Ie(Lt,Se(H),Se(U),X,W))}}}if(St.show&&qe)if(o!=null){let[L,R]=Et.scales,[V,H]=Et.match,[U,tt]=o.cursor.sync.scales,ft=o.cursor.drag;if(It=ft._x,Ft=ft._y,It||Ft){let{left:ct,top:lt,width:Z,height:Y}=o.select,_t=o.scales[U].ori,Lt=o.posToVal,Wt,wt,$t,ae,Zt,xe=L!=null&&V(L,U),Ce=R!=null&&H(R,tt);xe&&It?(_t==0?(Wt=ct,wt=Z):(Wt=lt,wt=Y),$t=C[L],ae=P(Lt(Wt,U),$t,y,0),Zt=P(Lt(Wt+wt,U),$t,y,0),Jn(Ee(ae,Zt),Rt(Zt-ae))):Jn(0,y),Ce&&Ft?(_t==1?(Wt=ct,wt=Z):(Wt=lt,wt=Y),$t=C[R],ae=j(Lt(Wt,tt),$t,T,0),Zt=j(Lt(Wt+wt,tt),$t,T,0),Zn(Ee(ae,Zt),Rt(Zt-ae))):Zn(0,T)}else pl()}else{let L=Rt(go-mo),R=Rt(bo-wo);if(v.ori==1){let tt=L;L=R,R=tt}It=Ut.x&&L>=Ut.dist,Ft=Ut.y&&R>=Ut.dist;let V=Ut.uni;V!=null?It&&Ft&&(It=L>=V,Ft=R>=V,!It&&!Ft&&(R>L?Ft=!0:It=!0)):Ut.x&&Ut.y&&(It||Ft)&&(It=Ft=!0);let H,U;It&&(v.ori==0?(H=Ln,U=kt):(H=$n,U=Nt),Jn(Ee(H,U),Rt(U-H)),Ft||Zn(0,T)),Ft&&(v.ori==1?(H=Ln,U=kt):(H=$n,U=Nt),Zn(Ee(H,U),Rt(U-H)),It||Jn(0,y)),!It&&!Ft&&(Jn(0,0),Zn(0,0))}if(Ut._x=It,Ut._y=Ft,o==null){if(p){if(Ao!=null){let[L,R]=Et.scales;Et.values[0]=L!=null?Re(v.ori==0?kt:Nt,L):null,Et.values[1]=R!=null?Re(v.ori==1?kt:Nt,R):null}Xn(gl,s,kt,Nt,X,W,m)}if(yn){let L=p&&Et.setSeries,R=Pe.prox;un==null?Ve<=R&&ze(Ze,En,!0,L):Ve>R?ze(null,En,!0,L):Ze!=un&&ze(Ze,En,!0,L)}}ge&&(J.idx=m,cl()),a!==!1&&jt("setCursor")}let Qe=null;Object.defineProperty(s,"rect",{get(){return Qe==null&&Qn(!1),Qe}});function Qn(o=!1){o?Qe=null:(Qe=x.getBoundingClientRect(),jt("syncRect",Qe))}function vo(o,a,p,m,g,y,T){B._lock||qe&&o!=null&&o.movementX==0&&o.movementY==0||(ul(o,a,p,m,g,y,T,!1,o!=null),o!=null?fn(null,!0,!0):fn(a,!0,!1))}function ul(o,a,p,m,g,y,T,L,R){if(Qe==null&&Qn(!1),an(o),o!=null)p=o.clientX-Qe.left,m=o.clientY-Qe.top;else{if(p<0||m<0){kt=-10,Nt=-10;return}let[V,H]=Et.scales,U=a.cursor.sync,[tt,ft]=U.values,[ct,lt]=U.scales,[Z,Y]=Et.match,_t=a.axes[0].side%2==1,Lt=v.ori==0?X:W,Wt=v.ori==1?X:W,wt=_t?y:g,$t=_t?g:y,ae=_t?m:p,Zt=_t?p:m;if(ct!=null?p=Z(V,ct)?d(tt,C[V],Lt,0):-10:p=Lt*(ae/wt),lt!=null?m=Y(H,lt)?d(ft,C[H],Wt,0):-10:m=Wt*(Zt/$t),v.ori==1){let xe=p;p=m,m=xe}}R&&(a==null||a.cursor.event.type==gl)&&((p<=1||p>=X-1)&&(p=dn(p,X)),(m<=1||m>=W-1)&&(m=dn(m,W))),L?(mo=p,wo=m,[Ln,$n]=B.move(s,p,m)):(kt=p,Nt=m)}let fl={width:0,height:0,left:0,top:0};function pl(){ms(fl,!1)}let ko,So,_o,Mo;function No(o,a,p,m,g,y,T){qe=!0,It=Ft=Ut._x=Ut._y=!1,ul(o,a,p,m,g,y,T,!0,!1),o!=null&&(Ht(bl,Sl,To,!1),Xn(Io,s,Ln,$n,X,W,null));let{left:L,top:R,width:V,height:H}=St;ko=L,So=R,_o=V,Mo=H}function To(o,a,p,m,g,y,T){qe=Ut._x=Ut._y=!1,ul(o,a,p,m,g,y,T,!1,!0);let{left:L,top:R,width:V,height:H}=St,U=V>0||H>0,tt=ko!=L||So!=R||_o!=V||Mo!=H;if(U&&tt&&ms(St),Ut.setScale&&U&&tt){let ft=L,ct=V,lt=R,Z=H;if(v.ori==1&&(ft=R,ct=H,lt=L,Z=V),It&&Je(z,Re(ft,z),Re(ft+ct,z)),Ft)for(let Y in C){let _t=C[Y];Y!=z&&_t.from==null&&_t.min!=xt&&Je(Y,Re(lt+Z,Y),Re(lt,Y))}pl()}else B.lock&&(B._lock=!B._lock,fn(a,!0,o!=null));o!=null&&(Ke(bl,Sl),Xn(bl,s,kt,Nt,X,W,null))}function ea(o,a,p,m,g,y,T){if(B._lock)return;an(o);let L=qe;if(qe){let R=!0,V=!0,H=10,U,tt;v.ori==0?(U=It,tt=Ft):(U=Ft,tt=It),U&&tt&&(R=kt<=H||kt>=X-H,V=Nt<=H||Nt>=W-H),U&&R&&(kt=kt<Ln?0:X),tt&&V&&(Nt=Nt<$n?0:W),fn(null,!0,!0),qe=!1}kt=-10,Nt=-10,nt.fill(null),fn(null,!0,!0),L&&(qe=L)}function Co(o,a,p,m,g,y,T){B._lock||(an(o),Ys(),pl(),o!=null&&Xn(Wo,s,kt,Nt,X,W,null))}function Lo(){E.forEach(eu),Ks(s.width,s.height,!0)}wn(vs,Dn,Lo);let Pn={};Pn.mousedown=No,Pn.mousemove=vo,Pn.mouseup=To,Pn.dblclick=Co,Pn.setSeries=(o,a,p,m)=>{let g=Et.match[2];p=g(s,a,p),p!=-1&&ze(p,m,!0,!1)},Ct&&(Ht(Io,x,No),Ht(gl,x,vo),Ht(Fo,x,o=>{an(o),Qn(!1)}),Ht(jo,x,ea),Ht(Wo,x,Co),Al.add(s),s.syncRect=Qn);let ws=s.hooks=e.hooks||{};function jt(o,a,p){ol?qn.push([o,a,p]):o in ws&&ws[o].forEach(m=>{m.call(null,s,a,p)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)ws[a]=(ws[a]||[]).concat(o.hooks[a])});let $o=(o,a,p)=>p,Et=Pt({key:null,setSeries:!1,filters:{pub:Qo,sub:Qo},scales:[z,S[1]?S[1].scale:null],match:[Xo,Xo,$o],values:[null,null]},B.sync);Et.match.length==2&&Et.match.push($o),B.sync=Et;let Ao=Et.key,dl=qi(Ao);function Xn(o,a,p,m,g,y,T){Et.filters.pub(o,a,p,m,g,y,T)&&dl.pub(o,a,p,m,g,y,T)}dl.sub(s);function na(o,a,p,m,g,y,T){Et.filters.sub(o,a,p,m,g,y,T)&&Pn[o](null,a,p,m,g,y,T)}s.pub=na;function sa(){dl.unsub(s),Al.delete(s),je.clear(),Nl(vs,Dn,Lo),u.remove(),it?.remove(),jt("destroy")}s.destroy=sa;function hl(){jt("init",e,t),io(t||e.data,!1),G[z]?il(z,G[z]):Ys(),cs=St.show&&(St.width>0||St.height>0),rn=ge=!0,Ks(e.width,e.height)}return S.forEach(lo),E.forEach(Rr),n?n instanceof HTMLElement?(n.appendChild(u),hl()):n(s,hl):hl(),s}At.assign=Pt;At.fmtNum=Il;At.rangeNum=ks;At.rangeLog=Ms;At.rangeAsinh=Dl;At.orient=bn;At.pxRatio=pt;At.join=Ga;At.fmtDate=jl,At.tzDate=sc;At.sync=qi;{At.addGap=Fc,At.clipGaps=Cs;let e=At.paths={points:er};e.linear=sr,e.stepped=Vc,e.bars=Hc,e.spline=Uc}function Kl(e,t=4){let[n,s]=e.toExponential(Math.max(0,t-1)).split("e");return`${n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}e${Number(s)}`}function rt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?Kl(e,t):String(Number(e.toPrecision(t)))}function Ue(e,t,n){return`${e} ${e===1?t:n||t+"s"}`}function rr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,s=null;try{window.parent&&window.parent!==window&&(s=window.parent.document.body)}catch{s=null}let l=null,i=()=>{let r;s?r=s.classList.contains("dark-mode"):r=!!(n&&n.matches),r!==l&&(l=r,t.classList.toggle("nw-dark",r),e&&e(r))};return i(),s&&new MutationObserver(i).observe(s,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>l}function Bn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback"),stop:t("--nw-stop")}}var Yl=new Set;function Es(e){for(let t of[...Yl])(!e||e.contains(t.el))&&t.destroy()}function ar(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var he=(e,t=1)=>+`${t}e${e}`,cr=[];for(let e=0;e<=12;e++)for(let t of[1,2,2.5,5])Number.isInteger(he(e,t))&&cr.push(he(e,t));function nu(e,t,n,s=24,l=null){if(!(e>0)||!(t>0)||!(t>=e))return[];let i=Math.max(2,Math.floor(n/s)+1),r=Math.log10(e),d=Math.log10(t),f=Math.ceil(r-1e-9),u=Math.floor(d+1e-9),b=[];if(u-f+1>=2){let c=1;for(let w of[1,2,3,4,5,10,20,25,50,100])if(c=w,Math.floor(u/w)-Math.ceil(f/w)+1<=i)break;for(let w=Math.ceil(f/c)*c;w<=u;w+=c)b.push(he(w));if(c===1)for(let w of[[2,5],[2,3,5]]){let _=[];for(let x=f-1;x<=u;x++)for(let M of w)he(x,M)>=e*(1-1e-9)&&he(x,M)<=t*(1+1e-9)&&_.push(he(x,M));if(b.length+_.length<=Math.floor(i*.75))b=b.concat(_);else break}}else for(let c of[[1,2,5],[1,2,3,4,5,6,7,8,9]]){let w=[];for(let _=Math.floor(r)-1;_<=Math.ceil(d);_++)for(let x of c)he(_,x)>=e*(1-1e-9)&&he(_,x)<=t*(1+1e-9)&&w.push(he(_,x));if(b=w,w.length>=2)break}return l!=null&&(b=b.filter(c=>c>l*1.0001).concat([l])),[...new Set(b)].sort((c,w)=>c-w)}function su(e,t){let n=Math.round(e);if(t!=null&&n===t&&Math.abs(e-n)<1e-6)return"0";let s=Math.abs(e-n)<1e-6?he(n):Number(Math.pow(10,e).toPrecision(3));return s>=1e4?Kl(s,2):rt(s,2)}function lu(e,t){let n=0;for(let s of e){let l=null;for(let i of s){if(i===null){l=null;continue}if(l===null)i[0]>=t.l&&i[0]<=t.r&&i[1]>=t.t&&i[1]<=t.b&&n++;else{let[r,d]=l[0]<=i[0]?l:i,[f,u]=l[0]<=i[0]?i:l;if(f>=t.l&&r<=t.r){let b=_=>f===r?d:d+(u-d)*(_-r)/(f-r),c=b(Math.max(t.l,r)),w=b(Math.min(t.r,f));Math.max(c,w)>=t.t&&Math.min(c,w)<=t.b&&n++}}l=i}}return n}var ou=(e,t)=>e.l<t.r&&t.l<e.r&&e.t<t.b&&t.t<e.b,nn=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Yl.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Yl.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Bn(),s=t.series.map(N=>[N.steps,N.values]),l;s.length===1?l=[s[0][0],s[0][1]]:s.every(N=>N[0]===s[0][0])?l=[s[0][0],...s.map(N=>N[1])]:l=At.join(s);let i=Array.from(l[0]),r=l.slice(1).map(N=>Array.from(N));this.raw=r,this.xs=i;let d=[...new Set(t.series.map(N=>N.scale||"y"))],f={};for(let N of d)f[N]=!!t.log&&t.series.some((A,v)=>(A.scale||"y")===N&&r[v].some(ar));let u={};for(let N of d){if(!f[N])continue;let A=1/0,v=!1;t.series.forEach((D,P)=>{if((D.scale||"y")===N)for(let j of r[P])j===0?v=!0:ar(j)&&j<A&&(A=j)}),v&&A<1/0&&(u[N]=Math.floor(Math.log10(A)+1e-9)-1)}this.floor=u,this.logOk=f;let b=(N,A)=>f[A]?N>0?Math.log10(N):N===0&&u[A]!=null?u[A]:null:N,c=r.map((N,A)=>{let v=t.series[A].scale||"y",D=new Array(N.length);for(let P=0;P<N.length;P++){let j=N[P];j===void 0?D[P]=void 0:j===null||!Number.isFinite(j)?D[P]=null:D[P]=b(j,v)}return D}),w=[];for(let N=0;N<i.length;N++){let A=null;for(let v of r){let D=v[N];if(typeof D=="number"&&!Number.isFinite(D)&&(A=Number.isNaN(D)?"nan":"inf",A==="nan"))break}A&&w.push([i[N],A])}this.bad=w;let _=[];for(let N of t.hlines||[]){let A=N.scale||"y",v=Number(N.value);!d.includes(A)||!Number.isFinite(v)||f[A]&&v<=0||!i.length||(_.push({...N,value:v,pos:b(v,A),scale:A}),r.push(i.map(()=>v)),c.push(i.map(()=>b(v,A))))}this.hlines=_;let x={x:{time:!1,range:(N,A,v)=>this._xRange(A,v)}};for(let N of d)x[N]=f[N]?{range:(A,v,D)=>{if(v==null)return[-3,0];let P=u[N]!=null?u[N]:Math.floor(v+1e-9),j=Math.max(P+1,Math.ceil(D-1e-9));return[P,j]}}:{range:(A,v,D)=>{if(v==null)return[0,1];if(D-v<=1e-6*Math.max(Math.abs(v),Math.abs(D))){let P=(v+D)/2;return[P-Math.abs(P||1)*.5,P+Math.abs(P||1)*.5]}return At.rangeNum(v,D,.1,!0)}};let M="11px system-ui, sans-serif",k=()=>this.u&&this.u.bbox.height?this.u.bbox.height/(devicePixelRatio||1):(t.height||200)-60,$=(N,A)=>({scale:N,side:A,stroke:n.muted,font:M,size:(v,D)=>{let P=0;for(let j of D||[])P=Math.max(P,String(j).length);return Math.max(t.compact?30:40,Math.ceil(P*6.6)+14)},gap:3,space:t.compact?18:24,grid:{stroke:n.grid,width:1,show:A!==1},ticks:{stroke:n.grid,width:1,size:4},...f[N]?{splits:(v,D,P,j)=>nu(he(Math.round(P)),he(Math.round(j)),k(),t.compact?18:24,u[N]!=null?he(u[N]):null).map(G=>Math.log10(G))}:{},values:(v,D)=>D.map(P=>P==null?"":f[N]?su(P,u[N]):rt(P,2))}),S=[{stroke:n.muted,font:M,size:t.compact?22:30,space:50,incrs:cr,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(N,A)=>A.map(v=>v==null?"":String(Math.round(v)))}];d.forEach((N,A)=>S.push($(N,A===0?3:1)));let E=[{label:"step",value:(N,A)=>A==null?"–":String(Math.round(A))},...t.series.map((N,A)=>({label:N.label,scale:N.scale||"y",stroke:N.color||n.series[A%n.series.length],width:N.width||1.5,dash:N.dash,spanGaps:!1,points:{show:(v,D,P,j)=>j-P<40,size:4},value:(v,D,P,j)=>j==null?"–":rt(this.raw[P-1][j])})),..._.map(N=>({label:N.label,scale:N.scale,stroke:N.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>rt(N.value)}))],C=[],F=t.series.findIndex(N=>N.band==="hi"),z=t.series.findIndex(N=>N.band==="lo");F>=0&&z>=0&&C.push({series:[F+1,z+1],fill:n.band});let K=this,q={width:this._width(),height:t.height||200,class:"nw-uplot",scales:x,axes:S,series:E,bands:C,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[N=>K._drawOverlay(N)],setSelect:[N=>{let A=N.select;if(A.width>4&&t.onRange){let v=Math.round(N.posToVal(A.left,"x")),D=Math.round(N.posToVal(A.left+A.width,"x"));N.setSelect({left:0,top:0,width:0,height:0},!1),K._dragged=!0,t.onRange(v,D)}}],ready:[N=>K._ready(N)]}};this.u=new At(q,[i,...c],this.el),this._synced=!!t.syncKey}_xRange(t,n){let s=this.opts.range,l;return s&&s[0]!=null&&s[1]!=null&&s[1]>s[0]?l=[s[0],s[1]]:t==null?l=[0,1]:t===n?l=[t-1,n+1]:l=[t,n],l[1]-l[0]<=20&&(l=[l[0]-.5,l[1]+.5]),l}_ready(t){let n=this.opts,s=t.over,l=(f,u,b)=>{let c=document.createElement("div");return c.className=`nw-chart-label ${f}`,c.textContent=u,b&&(c.title=b),s.appendChild(c),c};n.onset!=null&&(this.onsetLabel=l("nw-onset-label",`${n.onsetText||"onset"} ${n.onset}`),this.onsetLabel.dataset.step=String(n.onset));let i={rollback:"rollback",spike:"spike",stop:"stopped"};this.markLabels=(n.marks||[]).filter(f=>i[f.kind]).map(f=>{let u=l(`nw-mark nw-mark-${f.kind}`,i[f.kind],f.title||"");return u.dataset.kind=f.kind,u.dataset.step=String(f.step),[u,f]}),this.hlineLabels=this.hlines.map(f=>{let u=l("nw-hline-label",f.text||f.label,f.text||f.label);return u.dataset.value=String(f.value),u});let r=Object.keys(this.floor);this.zeroLabel=r.length?l("nw-zero-label","0 is drawn at the foot (log scale)","a value of exactly 0 cannot sit on a log scale: it is drawn at the lowest tick, labelled 0"):null,this._placeLabel();let d=null;s.addEventListener("mousedown",f=>{d=[f.clientX,f.clientY],this._dragged=!1}),s.addEventListener("click",f=>{if(!n.onStep||this._dragged||d&&Math.abs(f.clientX-d[0])>3)return;let u=t.cursor.left;if(u==null||u<0)return;let b=Math.round(t.posToVal(u,"x"));n.onStep(this._nearestStep(b))}),s.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i]<t?s=i+1:l=i}return s>0&&Math.abs(n[s-1]-t)<Math.abs(n[s]-t)&&s--,n[s]}_placeLabel(){if(!this.u)return;let t=this.u,n=t.over.clientWidth||t.bbox.width/devicePixelRatio,s=t.over.clientHeight||t.bbox.height/devicePixelRatio;if(!(n>0&&s>0))return;let l=[],i=x=>{if(!x._w){x.style.display="",x.style.maxWidth="none";let M=x.getBoundingClientRect();M.width>0&&(x._w=Math.ceil(M.width),x._h=Math.ceil(M.height))}return[Math.min(x._w||60,Math.max(20,n-8)),x._h||14]},r=(x,M)=>{x.style.display="",x.style.left=`${M.l}px`,x.style.top=`${M.t}px`,x.style.maxWidth=`${M.r-M.l}px`,l.push(M)},d=x=>{x.style.display="none"},f=x=>x.l>=0&&x.r<=n+.5&&!l.some(M=>ou(M,x)),u=[];this.onsetLabel&&u.push([this.onsetLabel,this.opts.onset]);for(let[x,M]of[...this.markLabels||[]].sort((k,$)=>k[1].step-$[1].step))u.push([x,M.step]);let b=3;for(let[x,M]of u){let k=t.valToPos(M,"x");if(x.dataset.x=String(k),!(k>=-.5&&k<=n+.5)){d(x);continue}let[$,S]=i(x),E=!1;for(let C=0;C<b&&!E;C++){let F=8+C*(S+1);for(let z of[k+3,k-3-$]){let K={l:z,r:z+$,t:F,b:F+S};if(f(K)){r(x,K),x.classList.toggle("nw-left",z<k),E=!0;break}}}E||d(x)}let c=null,w=()=>{if(c)return c;c=[];let x=this.opts.series.length;for(let k=0;k<x;k++){let $=this.opts.series[k].scale||"y",S=t.data[k+1],E=[];for(let C=0;C<S.length;C++){let F=S[C];F!==void 0&&E.push(F===null?null:[t.valToPos(t.data[0][C],"x"),t.valToPos(F,$)])}c.push(E)}let M=[];this.opts.onset!=null&&M.push(this.opts.onset);for(let k of this.opts.marks||[])k.kind!=="skip"&&M.push(k.step);for(let k of M){let $=t.valToPos(k,"x");$>=0&&$<=n&&c.push([[$,0],[$,s]])}return c},_=(x,M)=>{let k=null;for(let $ of M){if(!f($))continue;let S=lu(w(),{l:$.l-1,r:$.r+1,t:$.t-1,b:$.b+1});if((!k||S<k.hits)&&(k={box:$,hits:S}),S===0)break}if(!k)return d(x);r(x,k.box),x.dataset.overData=String(k.hits)};if((this.hlineLabels||[]).forEach((x,M)=>{let k=this.hlines[M],$=t.valToPos(k.pos,k.scale);if(x.dataset.y=String($),!($>=-.5&&$<=s+.5))return d(x);let[S,E]=i(x),C=[],F=[n-4-S,4];for(let z=1;z<8;z++)F.push(4+(n-8-S)*z/8);for(let z of F)for(let K of[$-2-E,$+2])K>=0&&K+E<=s&&C.push({l:z,r:z+S,t:K,b:K+E});_(x,C)}),this.zeroLabel){let[x,M]=i(this.zeroLabel),k=s-M-2,$=[];for(let S=0;S<=8;S++)$.push({l:4+(n-8-x)*S/8,r:4+(n-8-x)*S/8+x,t:k,b:k+M});_(this.zeroLabel,$)}}_drawOverlay(t){let n=this.opts,s=Bn(),l=t.ctx,{left:i,top:r,width:d,height:f}=t.bbox,u=devicePixelRatio||1,b=c=>t.valToPos(c,"x",!0);if(l.save(),l.setLineDash([]),l.beginPath(),l.rect(i,r,d,f),l.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let c=Math.max(i,b(n.windowStart)),w=Math.min(i+d,b(n.onset));w>c&&(l.fillStyle=s.window,l.fillRect(c,r,w-c,f))}for(let c of n.marks||[]){let w=Math.round(b(c.step))+.5;if(l.strokeStyle=l.fillStyle=s[c.kind]||s.muted,c.kind==="skip"){l.beginPath(),l.moveTo(w,r+f),l.lineTo(w-4*u,r+f-7*u),l.lineTo(w+4*u,r+f-7*u),l.closePath(),l.fill();continue}if(c.kind==="rollback"&&c.from!=null&&c.from<c.step){let _=Math.max(i,b(c.from));l.globalAlpha=.15,l.fillRect(_,r,Math.max(0,w-_),f),l.globalAlpha=1}l.lineWidth=1.5*u,l.setLineDash(c.kind==="spike"?[3*u,3*u]:[]),l.beginPath(),l.moveTo(w,r),l.lineTo(w,r+f),l.stroke(),l.setLineDash([])}for(let[c,w]of this.bad){let _=b(c);l.fillStyle=w==="nan"?s.nan:s.inf,l.beginPath(),l.moveTo(_-3.5*u,r),l.lineTo(_+3.5*u,r),l.lineTo(_,r+6*u),l.closePath(),l.fill()}if(n.onset!=null){let c=Math.round(b(n.onset))+.5;l.strokeStyle=s.onset,l.lineWidth=2*u,l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+f),l.stroke()}if(n.selStep!=null){let c=Math.round(b(n.selStep))+.5;l.strokeStyle=s.select,l.lineWidth=1*u,l.setLineDash([4*u,3*u]),l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+f),l.stroke()}l.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=At.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function ur(e="nw"){return At.sync(e).plots.length}function h(e,t,...n){let s=document.createElement(e);if(t)for(let[l,i]of Object.entries(t))i==null||i===!1||(l==="class"?s.className=i:l==="text"?s.textContent=String(i):l==="style"&&typeof i=="object"?Object.assign(s.style,i):l.startsWith("on")&&typeof i=="function"?s.addEventListener(l.slice(2),i):l==="dataset"?Object.assign(s.dataset,i):s.setAttribute(l,i===!0?"":String(i)));return fr(s,n),s}function fr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?fr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function _e(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Un="tb_nanwatch",Ps=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let r=this.waits.get(n.id);if(!r)return;this.waits.delete(n.id),n.error?r.reject(new Error(String(n.error))):r.resolve(n.payload);return}let s=null,l=null,i=this.listeners.get(n.type);if(i)try{s=await i(n.payload)??null}catch(r){l=String(r)}this._post({type:n.type,id:n.id,payload:s,error:l,isReply:!0})}request(t,n,s=1500){if(!this.port)return Promise.resolve(null);let l=this.nextId++;return new Promise(i=>{let r=setTimeout(()=>{this.waits.delete(l),i(null)},s);this.waits.set(l,{resolve:d=>{clearTimeout(r),i(d)},reject:()=>{clearTimeout(r),i(null)}}),this._post({type:t,id:l,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Un})}};function ql(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Un}.`;for(let s of e.split("&")){let l=s.indexOf("=");if(l<0)continue;let i=decodeURIComponent(s.slice(0,l));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(s.slice(l+1)))}return t}catch{return null}}function pr(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let s=n.location,l=s.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(f=>!f.startsWith(`p.${Un}.`)&&!f.startsWith(encodeURIComponent(`p.${Un}.`)));(!r.length||r[0].includes("="))&&r.unshift(Un);for(let[f,u]of Object.entries(e))u==null||u===""||r.push(`${encodeURIComponent(`p.${Un}.${f}`)}=${encodeURIComponent(String(u))}`);let d=new URL(s.href);if(d.hash=r.join("&"),d.href===s.href)return;t?n.history.pushState(n.history.state,"",d.href):n.history.replaceState(n.history.state,"",d.href)}catch{}}var zs=/[A-Za-z0-9_]/;function dr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let s=n>0?e[n-1]:"",l=e[n+t.length]||"";if(!(zs.test(t[0])&&zs.test(s))&&!(zs.test(t[t.length-1])&&zs.test(l)))return!0}return!1}function iu(e,t){let n={step:null,layer:null,tensor:null},s=/\bsteps? (\d+)/.exec(e);s&&(n.step=Number(s[1]));let l=null;for(let i of t)i.name&&dr(e,i.name)&&(!l||i.name.length>l.name.length)&&(l=i);if(l)n.tensor=l.name,n.layer=l.layer??null;else{let i=null;for(let r of t)r.layer&&dr(e,r.layer)&&(!i||r.layer.length>i.length)&&(i=r.layer);n.layer=i}return n}function ru(e){let t=String(e).split("`");return t.length%2===0&&t.splice(t.length-2,2,t[t.length-2]+"`"+t[t.length-1]),t.map((n,s)=>s%2?h("code",{class:"nw-inline-code",text:n}):n).filter(n=>n!=="")}function au(e){if(typeof e.code!="string")return null;let t=e.code.replace(/^\s*\n/,"").replace(/\s+$/,"");return t.trim()?t:null}async function cu(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let s=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});s.value=e,document.body.appendChild(s),s.select();try{n=document.execCommand("copy")}catch{n=!1}s.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}var Rs="score: how strongly the evidence points to this cause, from 0 to 1";function hr(e,t,n,s=[]){let l=e.causes||[],i=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));l.length||i.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let r=h("ol",{class:"nw-cause-list"});l.forEach((u,b)=>{let c=Number(u.score),w=h("ul",{class:"nw-evidence"});for(let k of u.evidence||[]){let $=typeof k=="string"?k:String(k&&k.text!=null?k.text:JSON.stringify(k)),S=iu($,t);k&&typeof k=="object"&&(S={step:k.step??S.step,layer:k.layer??S.layer,tensor:k.tensor??S.tensor});let E=S.step!=null||S.layer!=null,C=h("li",{class:E?"nw-ev nw-jump":"nw-ev"});if(E){let F=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[S.layer&&`layer ${S.layer}`,S.step!=null&&`step ${S.step}`].filter(Boolean).join(", "),text:$,onclick:()=>n(S),onkeydown:z=>(z.key==="Enter"||z.key===" ")&&(z.preventDefault(),n(S))});C.appendChild(F)}else C.appendChild(h("span",{text:$}));w.appendChild(C)}let _=null,x=au(u),M=u.fix!=null&&String(u.fix).trim()?String(u.fix):null;if(M||x){let k=x?h("button",{class:"nw-btn nw-copy",text:"Copy",title:"Copy the code"}):null;k&&k.addEventListener("click",()=>cu(x,k)),_=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),k),M?h("p",{class:"nw-fix-text"},ru(M)):null,x?h("pre",{class:"nw-fix-code"},h("code",{text:x})):null)}r.appendChild(h("li",{class:"nw-cause",dataset:{id:String(u.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${b+1}`}),h("span",{class:"nw-cause-summary",text:u.summary||u.id}),h("span",{class:"nw-scorebar",title:Rs},h("span",{style:{width:`${Math.max(0,Math.min(1,c))*100}%`}})),h("span",{class:"nw-score",title:Rs,text:`score ${rt(c,2)}`})),h("div",{class:"nw-muted nw-small",text:String(u.id)}),w,_))}),i.appendChild(r);let d=e.ruled_out||[];d.length&&i.appendChild(h("details",{class:"nw-ruled",open:l.length<=2?!0:null},h("summary",{text:`Ruled out (${d.length})`}),h("ul",null,d.map(u=>h("li",{class:"nw-ruled-item",text:typeof u=="string"?u:u.summary||u.id||JSON.stringify(u)}))))),s.length&&i.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${s.length}): `}),s.map((u,b)=>h("span",{class:"nw-rule-error",title:u.error!=null?String(u.error):null},b?", ":"",h("code",{text:String(u.id)}),u.error!=null?` (${u.error})`:""))));let f=e.skipped||[];return f.length&&i.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${f.join(", ")}`})),i}var mr={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},uu=1e3,wr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Jl(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(wr,t)?wr[t]:null})}function fu(e){let t=[];return String(e).split(/(?<=\/)/).forEach((s,l)=>{l&&t.push(h("wbr")),(s.length>28?s.split(/(?<=_)/):[s]).forEach((r,d)=>{d&&t.push(h("wbr")),t.push(r)})}),t}var gr={stop:'on_nonfinite="stop" ended the training at the first NaN/Inf',raise:'on_nonfinite="raise" raised an error at the first NaN/Inf',max_skips:"too many updates in a row had to be skipped (max_skips)",max_rollbacks:"too many rollbacks (max_rollbacks)"};function Ds(e){let t=Object.prototype.hasOwnProperty.call(gr,e.reason)?gr[e.reason]:e.reason!=null?`reason: ${String(e.reason)}`:"",n=e.applied===!1?" The update of that step was not applied.":e.applied===!0?" The update of that step was applied.":"";return`Stopped after step ${Number(e.step)}${t?`: ${t}`:""}.${n}`}function pu(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function br(e,t,n){let s=performance.now(),l=await Gt("runs",null,n);e.runsKey=JSON.stringify(l.runs||[]);let i=(l.runs||[]).map((c,w)=>({...c,_i:w}));i.sort((c,w)=>(mr[c.status]??4.5)-(mr[w.status]??4.5)||c._i-w._i),e.runs=i;let r=i.filter(c=>c.status!=="healthy"&&c.status!=="loading").length,d=i.filter(c=>c.loading).length,f=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${r} failing`}),d?h("span",{class:"nw-sub nw-loading-count",text:`${d} still loading…`}):null);if(d&&e.pollRuns(uu),!i.length){t.append(f,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let u=h("tbody");for(let c of i){let w=c.onset,_=c.origin&&(c.origin.layer||c.origin.tensor)?c.origin:w,x=c.top_cause,M=[];c.loading&&c.status!=="loading"&&M.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let k=c.events&&typeof c.events=="object"?c.events:{},$=Number(k.stop)||0,S=c.stopped&&typeof c.stopped=="object"&&Number.isFinite(Number(c.stopped.step))?c.stopped:null;($>0||S)&&M.push(h("span",{class:"nw-chip nw-event nw-event-stop",dataset:{kind:"stop",count:String(Math.max(1,$))},title:S?Ds(S):'the watch ended the training (on_nonfinite="stop" or "raise", or too many skips or rollbacks)',text:S?`stopped at step ${Number(S.step)}`:"stopped"}));for(let[F,z,K,q]of[["spike","loss spike","loss spikes","a finite loss 10 times its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let N=Number(k[F])||0;N>0&&M.push(h("span",{class:`nw-chip nw-event nw-event-${F}`,dataset:{kind:F,count:String(N)},title:q,text:Ue(N,z,K)}))}c.summarised&&M.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),c.sampled&&M.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let F of c.problems||[])M.push(h("span",{class:"nw-chip nw-warn",title:String(F),text:String(F)}));let E=F=>{F.preventDefault(),e.setState({run:c.run,layer:null,step:null,start:null,end:null})},C=h("tr",{class:"nw-run-row",dataset:{run:c.run,status:String(c.status),loading:c.loading?"1":"0"},tabindex:"0",onclick:E,onkeydown:F=>F.key==="Enter"&&E(F)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:c.run}),title:c.run,onclick:E},fu(c.run))),h("td",{class:"nw-status-cell"},Jl(c.status),c.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(c.status_note)}):null),h("td",{class:"nw-onset-step",text:w&&w.step!=null?String(w.step):"–"}),h("td",{class:"nw-origin"},_?h("span",{text:pu(_)}):"–",_&&_.layer&&_.tensor?h("div",{class:"nw-muted nw-small",text:_.tensor}):null,_&&_!==w&&_.step!=null&&w&&_.step!==w.step?h("div",{class:"nw-muted nw-small",text:`from step ${_.step}`}):null),h("td",{class:"nw-top-cause"},x?h("span",{text:x.summary||x.id}):h("span",{class:"nw-muted",text:c.status==="healthy"?"no cause found":"–"}),x&&x.score!=null?h("span",{class:"nw-score",title:Rs,text:`score ${rt(Number(x.score),2)}`}):null),h("td",{class:"nw-num",text:c.steps!=null?String(c.steps):"–"}),h("td",{class:"nw-notes"},M));u.appendChild(C)}let b=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps","Notes"].map(c=>h("th",{text:c})))),u);t.append(f,h("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-s)}var Os=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function du(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Os.length-1),s=Math.min(Os.length-2,Math.floor(n)),l=n-s;for(let i=0;i<3;i++)e[t*3+i]=Os[s][i]*(1-l)+Os[s+1][i]*l}return e}var Gn=du();function Zl(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let s=parseInt(t[1],16);return[s>>16&255,s>>8&255,s&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(s=>Number(s.trim())):[128,128,128]}function xr(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}function hu(e,t,n,s){let l=[];for(let f=0;f<n;f++)l.push(Array.from({length:s},(u,b)=>xr(e[f][b])));let i=new Array(n).fill(0);if(!Array.isArray(t)||!t.includes("max_abs")||!t.includes("l2"))return[l,i];let r=new Array(s).fill(-1),d=new Array(s).fill(-1);for(let f=0,u=-1;f<s;f++)t[f]==="max_abs"&&(u=f),r[f]=u;for(let f=s-1,u=-1;f>=0;f--)t[f]==="max_abs"&&(u=f),d[f]=u;for(let f=0;f<n;f++){let u=l[f],b=[];for(let w=0;w<s;w++)if(!(t[w]!=="l2"||!Number.isFinite(u[w])))for(let _ of[r[w],d[w]])_>=0&&Number.isFinite(u[_])&&b.push(u[w]-u[_]);if(b.length<3)continue;b.sort((w,_)=>w-_);let c=b[Math.floor(b.length/2)];if(c>0){i[f]=c;for(let w=0;w<s;w++)t[w]==="l2"&&Number.isFinite(u[w])&&(u[w]-=c)}}return[l,i]}var Is=class{constructor(t,n,s){this.el=t,this.data=n,this.opts=s,this.render()}render(){let{el:t,data:n,opts:s}=this;_e(t);let l=n.rows||[],i=n.buckets||[],r=l.length,d=i.length;if(!r||!d){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let f=Bn(),u=Math.max(3,Math.min(16,Math.floor(640/r)));this.rh=u;let b=1/0,c=-1/0,[w,_]=hu(n.magnitude,n.bucket_source,r,d);this.mag=w,this.gaps=_;let x=n.nonfinite;for(let O=0;O<r;O++){let at=w[O];for(let st=0;st<d;st++){let Q=at[st];Q!==null&&Number.isFinite(Q)&&(Q<b&&(b=Q),Q>c&&(c=Q))}}c>=b||(b=0,c=1),c-b<1e-9&&(c=b+1),this.lo=b,this.hi=c;let M=h("div",{class:"nw-hm"}),k=h("div",{class:"nw-hm-labels",style:{height:`${r*u}px`}}),$=n.layers||[],S=u>=9?1:Math.ceil(12/u);for(let O=0;O<r;O++){let at=O%S===0,st=h("div",{class:"nw-hm-label"+(s.selLayer!=null&&$[O]===s.selLayer?" nw-sel":"")+(S>1?" nw-thin":""),style:{height:`${u}px`,lineHeight:S>1?"12px":`${u}px`},title:l[O],text:at?l[O]:""});st.addEventListener("click",()=>s.onCell&&s.onCell({row:O,name:l[O],layer:$[O]??null,step:null})),k.appendChild(st)}let E=h("div",{class:"nw-hm-plot"}),C=h("canvas",{class:"nw-hm-canvas"}),F=h("div",{class:"nw-tip",style:{display:"none"}});E.append(C,F);let z=h("div",{class:"nw-hm-axis"});M.append(k,E);let K=this._legend(f);t.append(M,z,K),this.canvas=C,this.plot=E,this.tip=F;let q=document.createElement("canvas");q.width=d,q.height=r;let N=q.getContext("2d"),A=N.createImageData(d,r),v=A.data,D=Zl(f.nan),P=Zl(f.inf),j=Zl(f.grid),G=c-b,et=0;for(let O=0;O<r;O++){let at=w[O],st=x?x[O]:null;for(let Q=0;Q<d;Q++){let nt=(O*d+Q)*4,J=st?st[Q]:0,B;if(J===1)B=D,et++;else if(J===2)B=P,et++;else{let gt=at[Q];if(gt===null||Number.isNaN(gt)||gt===1/0)B=j;else{let Ct=gt===-1/0?0:Math.max(0,Math.min(255,Math.round((gt-b)/G*255)))*3;v[nt]=Gn[Ct],v[nt+1]=Gn[Ct+1],v[nt+2]=Gn[Ct+2],v[nt+3]=255;continue}}v[nt]=B[0],v[nt+1]=B[1],v[nt+2]=B[2],v[nt+3]=255}}if(N.putImageData(A,0,0),this.img=q,t.dataset.nonfiniteCells=String(et),this.R=r,this.B=d,this._draw(),this._axis(z),window.ResizeObserver){this.ro&&this.ro.disconnect();let O=E.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(E.clientWidth-O)>2&&(O=E.clientWidth,this._draw())}),this.ro.observe(E)}C.addEventListener("mousemove",O=>this._hover(O)),C.addEventListener("mouseleave",()=>F.style.display="none"),C.addEventListener("click",O=>{let at=this._cellAt(O);at&&s.onCell&&s.onCell(at)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},s=t.layers||[];return(t.nonfinite||[]).forEach((l,i)=>{let r=s[i];if(r==null)return;let d=l.findIndex(u=>u===1||u===2);if(d<0)return;let f=t.buckets[d][0];(!(r in n)||f<n[r][0])&&(n[r]=[f,l[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:s,B:l,rh:i}=this,r=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),f=s*i;this.w=d,this.hgt=f,t.style.width=`${d}px`,t.style.height=`${f}px`,t.width=Math.round(d*r),t.height=Math.round(f*r);let u=t.getContext("2d");u.imageSmoothingEnabled=!1,u.drawImage(this.img,0,0,l,s,0,0,t.width,t.height);let b=Bn(),{onset:c,selStep:w,selLayer:_}=this.opts,x=this.data.layers||[];if(_!=null){u.strokeStyle=b.select,u.lineWidth=1.5*r;for(let k=0;k<s;k++)x[k]===_&&u.strokeRect(.75*r,k*i*r+.75*r,t.width-1.5*r,i*r-1.5*r)}let M=k=>{let $=this._bucketOf(k);return $==null?null:($+.5)/l*t.width};if(c!=null){let k=M(c);k!=null&&(u.strokeStyle=b.onset,u.lineWidth=2*r,u.setLineDash([5*r,3*r]),u.beginPath(),u.moveTo(k,0),u.lineTo(k,t.height),u.stroke(),u.setLineDash([]))}if(w!=null){let k=M(w);k!=null&&(u.strokeStyle=b.select,u.lineWidth=1*r,u.beginPath(),u.moveTo(k,0),u.lineTo(k,t.height),u.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i][1]<t?s=i+1:l=i}return s}_cellAt(t){let n=this.canvas.getBoundingClientRect(),s=t.clientX-n.left,l=t.clientY-n.top,i=Math.floor(s/n.width*this.B),r=Math.floor(l/this.rh);if(i<0||i>=this.B||r<0||r>=this.R)return null;let d=this.data,[f,u]=d.buckets[i],b=d.nonfinite?d.nonfinite[r][i]:0;return{row:r,bucket:i,name:d.rows[r],layer:(d.layers||[])[r]??null,step:f,first:f,last:u,magnitude:xr(d.magnitude[r][i]),gap:this.gaps?this.gaps[r]:0,nonfinite:b===1?"NaN":b===2?"Inf":null,source:d.bucket_source?d.bucket_source[i]:null,x:s,y:l}}_hover(t){let n=this._cellAt(t),s=this.tip;if(!n){s.style.display="none";return}_e(s),s.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${rt(Math.pow(10,n.magnitude))} (log10 ${rt(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:n.gap>0?`from the trace L2 norm (no statistics step here), coloured as about ${rt(Math.pow(10,n.magnitude-n.gap))}: the row's usual L2 to max |x| ratio`:"from the trace L2 norm (no statistics step here)"}):null),s.style.display="block";let l=this.plot.clientWidth;s.style.left=`${Math.min(n.x+12,l-230)}px`,s.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,s=n[0][0],l=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${s}`}),h("span",{text:String(i)}),h("span",{text:String(l)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),s=n.getContext("2d");for(let i=0;i<120;i++){let r=Math.round(i/119*255)*3;s.fillStyle=`rgb(${Gn[r]},${Gn[r+1]},${Gn[r+2]})`,s.fillRect(i,0,1,10)}let l=(i,r)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),r);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${rt(this.lo,2)}`}),n,h("span",{text:`10^${rt(this.hi,2)}`}),l("nw-sw-nan","NaN"),l("nw-sw-inf","Inf"),l("nw-sw-empty","not logged"))}};var mu=["nan","inf","max_abs","std","mean","scale_spread"];async function yr(e,t,n){let s=e.rows.filter(f=>f.kind==="input"||f.kind==="target");if(!s.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let l=await Gt("series",{run:e.run,tensor:s.map(f=>f.name),stat:mu,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let f of l.series||[])i.set(`${f.tensor}\0${f.stat}`,{steps:f.steps,values:Xe(f.values)});let r=h("tbody"),d=h("div",{class:"nw-grid-multi"});for(let f of s){let u=v=>i.get(`${f.name}\0${v}`)||{steps:[],values:[]},b=u("nan"),c=u("inf"),w=u("max_abs"),_=u("std"),x=u("mean"),M=u("scale_spread"),k=0,$=0,S=null,E=!1;b.values.forEach((v,D)=>{(v>0||Number.isNaN(v))&&(v>0?k+=v:E=!0,(S===null||b.steps[D]<S)&&(S=b.steps[D]))}),c.values.forEach((v,D)=>{v>0&&($+=v,(S===null||c.steps[D]<S)&&(S=c.steps[D]))});let C=null,F=null,z=null;w.values.forEach((v,D)=>{Number.isFinite(v)&&(C===null||v>C)&&(C=v);let P=_.values[D],j=x.values[D];if(Number.isFinite(v)&&Number.isFinite(P)&&P>0){let G=(v-Math.abs(Number.isFinite(j)?j:0))/P;(F===null||G>F)&&(F=G,z=w.steps[D])}});let K=null;for(let v of M.values)Number.isFinite(v)&&(K===null||v>K)&&(K=v);let q=k+$>0||E,N=v=>E?`${v?`${rt(v)} + `:""}?`:rt(v);r.appendChild(h("tr",{class:q?"nw-bad-row":""},h("td",{class:"nw-mono",text:f.name}),h("td",{class:k||E?"nw-nan-text":"",text:N(k),title:E?"some counts unknown":null}),h("td",{class:$||E?"nw-inf-text":"",text:N($),title:E?"some counts unknown":null}),h("td",{text:S===null?"–":String(S)}),h("td",{text:rt(C)}),h("td",{class:F!==null&&F>10?"nw-warn-text":"",text:F===null?"–":`${rt(F,3)} σ @ ${z}`}),h("td",{class:K!==null&&K>100?"nw-warn-text":"",text:rt(K)})));let A=h("div",{class:"nw-mini"});d.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${f.name}: max |x|`}),A)),e.defer(()=>e.charts.push(new nn(A,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,onsetText:e.onsetText,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:v=>e.jump({step:v}),onRange:(v,D)=>e.zoom(v,D),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(f=>h("th",{text:f})))),r)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function wu(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let s=t.get(n.layer);n.kind==="activation"||n.kind==="output"?s.act=s.act||n:n.kind==="preactivation"?s.pre=n:n.kind==="gradient"?s.grads.push(n):n.kind==="weight"&&s.weights.push(n)}return[...t.values()]}var vr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Fs=class{constructor(t,n){if(this.ctx=t,this.groups=wu(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let s=h("div",{class:"nw-layers"});for(let l of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),r=h("div",{class:"nw-layer",dataset:{layer:l.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:l.layer}),l.act&&l.act.activation?h("span",{class:"nw-chip",text:String(l.act.activation)}):null),i);r.addEventListener("click",d=>{d.target.closest(".u-over")||t.jump({layer:l.layer})}),this.cards.set(l.layer,{card:r,body:i,group:l,charts:[],visible:!1}),s.appendChild(r)}if(n.appendChild(s),window.IntersectionObserver){this.io=new IntersectionObserver(l=>{for(let i of l)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(l=>{for(let i of l){let r=this.cards.get(i.target.dataset.layer);if(r){r.visible=i.isIntersecting;for(let d of r.charts)d.setSynced(i.isIntersecting)}}});for(let{card:l}of this.cards.values())this.io.observe(l),this.vis.observe(l)}else for(let l of this.groups)this._want(l.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:s}]of this.cards){let l=s.querySelector(".nw-layer-bad");l&&l.remove();let i=t[n];s.classList.toggle("nw-layer-hasbad",!!i),i&&s.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[l,{card:i}]of this.cards)i.classList.toggle("nw-sel",l===t);let s=this.cards.get(t);s&&n&&(s.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,s=t.map(c=>this.cards.get(c).group),l=s.filter(c=>c.act).map(c=>c.act.name),i=s.flatMap(c=>[...c.grads,...c.weights].map(w=>w.name)),r=s.flatMap(c=>c.weights.map(w=>w.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},f=[];l.length&&f.push(Gt("series",{...d,tensor:l,stat:["min","max","mean"]},n.signal)),i.length&&f.push(Gt("series",{...d,tensor:i,stat:["trace"]},n.signal)),r.length&&f.push(Gt("series",{...d,tensor:r,stat:["update_ratio"]},n.signal));let u;try{u=await Promise.all(f)}catch(c){if(n.signal.aborted)return;for(let w of t){let{body:_}=this.cards.get(w);_.textContent=`Could not load: ${c.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let c of u)for(let w of c.series||[])b.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:Xe(w.values)});for(let c of t){if(n.signal.aborted)return;let w=this.cards.get(c);this._draw(w,b);for(let _ of w.charts)_.setSynced(w.visible);await new Promise(_=>requestAnimationFrame(()=>_()))}}_draw(t,n){let{body:s,group:l}=t,i=this.ctx;s.textContent="";let r=(u,b)=>n.get(`${u}\0${b}`),d=[];if(l.act){let u=r(l.act.name,"min"),b=r(l.act.name,"max"),c=r(l.act.name,"mean");u&&b&&d.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:u.steps,values:u.values,band:"lo"},...c?[{label:"mean",steps:c.steps,values:c.values,dash:[3,3]}]:[]],!1])}let f=u=>u.map(b=>({label:vr(b.name,l.layer),...r(b.name,"trace")||{steps:[],values:[]}}));if(l.grads.length&&d.push(["gradient norm",f(l.grads),!0]),l.weights.length&&d.push(["weight norm",f(l.weights),!0]),l.weights.length&&d.push(["update ratio",l.weights.map(u=>({label:vr(u.name,l.layer),...r(u.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){s.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[u,b,c]of d){let w=h("div",{class:"nw-mini",dataset:{panel:u}});if(s.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:u}),w)),b.every(x=>!x.steps.length)){w.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let _=new nn(w,{series:b,log:c,compact:!0,height:110,range:i.range,onset:i.onset,onsetText:i.onsetText,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:x=>i.jump({step:x,layer:l.layer}),onRange:(x,M)=>i.zoom(x,M),onReset:()=>i.zoom(null,null)});i.charts.push(_),t.charts.push(_)}}};var Ql=8,ee=e=>e==null?"":String(e),js=e=>Array.isArray(e)?e:[],sn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ws=e=>{let t=ve(e);return t===null?"–":rt(t)},kr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):ee(e);function gu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function bu(e){let t=[ee(e.name)||ee(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function xu(e){let t=Object.entries(e).filter(([s])=>s!=="class"&&s!=="learning_rate").map(([s,l])=>`${s}=${kr(l)}`),n=e.learning_rate!=null?[`learning_rate=${kr(e.learning_rate)}`]:[];return`${ee(e.class)||"?"}(${[...n,...t].join(", ")})`}function yu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${ee(e.epochs??"?")} epochs × ${ee(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function Sr(e){let t=e.trim()===""?NaN:Number(e);return!Number.isFinite(t)||Number.isInteger(t)&&e.length<=12?e:rt(t)}function vu(e){let t=Object.entries(e);return t.length>0&&t.every(([l])=>l.trim()!==""&&Number.isFinite(Number(l)))&&t.some(([l])=>!Number.isInteger(Number(l)))?`continuous: ${Ue(t.length,"distinct value")} in the sampled rows`:t.slice(0,Ql).map(([l,i])=>{let r=ve(i);return r===null?Sr(l):`${Sr(l)} (${rt(100*r,3)}%)`}).join(", ")+(t.length>Ql?`, … ${t.length-Ql} more`:"")}function ku(e,t,n){let s=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),l=h("tbody");return e.forEach((i,r)=>{let d=ee(i.name),f=t.has(d),u=s.has(d)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${d}`,text:d,onclick:()=>n.jump({layer:d}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:d}))}):h("span",{class:"nw-model-layer-name",text:d});l.appendChild(h("tr",{class:f?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:d}},h("td",{class:"nw-num nw-muted",text:String(r+1)}),h("td",{class:"nw-mono"},u,f?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:ee(i.class)||"–"}),h("td",{class:"nw-model-act",text:ee(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?ee(i.units):"–"}),h("td",{class:"nw-mono",text:gu(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?ee(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),l))}function Su(e){let t=h("tbody");for(let[n,s]of Object.entries(e)){let l=sn(s)||{},i=sn(l.values),r=ve(l.nonfinite),d=l.min==null&&l.max==null?"–":`[${Ws(l.min)}, ${Ws(l.max)}]`,f=[ee(l.dtype)||"float",l.features!=null?` × ${l.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:f}),h("td",{class:"nw-model-range",text:d}),h("td",{text:l.mean==null?"–":`${Ws(l.mean)} ± ${Ws(l.std)}`}),h("td",{class:"nw-model-values",text:i?vu(i):l.integer?"whole numbers":"–"}),h("td",{class:r?"nw-nan-text":"",text:r===null?"–":rt(r)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values seen (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function _r(e,t){let n=sn(e);if(!n)return null;let s=js(n.layers).filter(M=>sn(M)),l=new Set(js(n.outputs).map(ee)),i=js(n.losses).filter(M=>sn(M)),r=sn(n.optimizer),d=sn(n.fit)||{},f=sn(n.data)||{},u=js(n.lines).map(ee),b=[],c=(M,...k)=>b.push(h("dt",{text:M}),h("dd",{class:`nw-fact-${M.toLowerCase().replace(/[^a-z]+/g,"-")}`},...k));l.size&&c("Output",[...l].map((M,k)=>[k?", ":"",h("code",{class:"nw-model-output",text:M})])),i.length&&c("Loss",i.map((M,k)=>[k?"; ":"",h("code",{class:"nw-model-loss",text:bu(M)})])),r&&c("Optimizer",h("code",{class:"nw-model-optimizer",text:xu(r)}));let w=yu(d);w&&c("Fit",w),n.dtype_policy!=null&&c("dtype policy",h("code",{text:ee(n.dtype_policy)}));let _=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),x=Object.keys(f).length>0;return!s.length&&!b.length&&!x?(u.length?_.appendChild(h("ul",{class:"nw-model-lines"},u.map(M=>h("li",{class:"nw-mono",text:M})))):_.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),_):(_.append(h("div",{class:"nw-model-grid"},s.length?ku(s,l,t):h("p",{class:"nw-muted",text:"No layers were logged."}),b.length?h("dl",{class:"nw-facts"},b):null)),x&&_.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),Su(f)),u.length&&_.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:u.join(`
`)})))),_)}var Mr=20,_u=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],rs=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Es(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,s=n.state,l=s.run,i=performance.now(),r=Gt("diagnosis",{run:l},t);r.catch(()=>null);let d=await Gt("tensors",{run:l},t),f=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=f>150?"activation":"");let u=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),b=Gt("heatmap",{run:l,start:s.start??null,end:s.end??null,buckets:Math.floor(u),kind:this.hmKind||null},t).catch(I=>I),c=await r,w=d.rows||[],_=Number(c.steps)||0,x=c.onset&&c.onset.step!=null?Number(c.onset.step):null,M=[0,Math.max(1,_-1)],k=[s.start??M[0],s.end??M[1]];k[1]>k[0]||(k=M);let $=this,S=[],E={run:l,rows:w,range:k,full:M,onset:x,onsetText:c.status==="diverging"?"diverging":"onset",windowStart:x==null?null:x-Mr,charts:this.charts,signal:t,defer:I=>S.push(I),selStep:()=>n.state.step??null,jump:I=>$.jump(I),zoom:(I,vt)=>$.zoom(I,vt)};this.ctx=E;let C=h("select",{class:"nw-select",title:"Run"});for(let I of n.runs||[{run:l}]){let vt=h("option",{value:I.run,text:I.run});I.run===l&&(vt.selected=!0),C.appendChild(vt)}[...C.options].some(I=>I.value===l)||C.appendChild(h("option",{value:l,text:l,selected:!0})),C.addEventListener("change",()=>n.setState({run:C.value,layer:null,step:null,start:null,end:null}));let F=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:I=>{I.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),z=c.onset?h("span",{class:"nw-onset-summary"},c.status==="diverging"?"diverging from step ":c.status==="nonfinite"?"non-finite from step ":"onset at step ",h("b",{class:"nw-onset-step",text:String(c.onset.step)}),c.onset.phase?` in the ${c.onset.phase} phase`:"",c.onset.tensor?h("span",null,", tensor ",h("code",{text:String(c.onset.tensor)})):"",c.onset.layer?h("span",null," (layer ",h("code",{text:String(c.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:c.status==="nonfinite"?"":"no NaN/Inf logged"}),K=x!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let I=Math.max(25,Math.round(_*.03));this.zoom(Math.max(M[0],x-I),Math.min(M[1],x+Math.max(10,Math.round(I/3))))}}):null,q=k[0]!==M[0]||k[1]!==M[1],N=h("button",{class:"nw-btn",text:"Full range",disabled:q?null:!0,onclick:()=>this.zoom(null,null)}),A=h("div",{class:"nw-head"},F,C,Jl(c.status),z,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${k[0]}–${k[1]} of ${_}`}),K,N),v=Mu(c),D=Array.isArray(c.rule_errors)?c.rule_errors.filter(I=>I&&typeof I=="object"):[],P=new Set(D.map(I=>`rule ${I.id} failed: ${I.error}`)),j=(Array.isArray(c.notes)?c.notes:[]).map(String).filter(I=>!P.has(I)),G=c.status==="stalled",et=v&&v.loss>0&&w.some(I=>I.name==="loss"),O=G?Tu(j,v,et):null,at=h("div",{class:"nw-notices"});c.sampled&&at.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let st=Cu(c);for(let I of $u(st))at.appendChild(I);let Q=Pu(c);Q&&at.appendChild(Q);let nt=zu(c.summarised);nt.length&&at.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${nt.map(([I,vt])=>`steps ${I}–${vt}`).join(", ")} ${nt.length===1?"is":"are"} kept as one summary per ${nt[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let I of[...c.problems||[],...G?[]:j].map(String).filter((vt,Jt,Me)=>Me.indexOf(vt)===Jt))at.appendChild(h("div",{class:"nw-notice",text:String(I)}));let J=c.origin,B=c.onset||{};J&&J.how&&(J.tensor!==B.tensor||J.step!==B.step)&&at.appendChild(h("div",{class:"nw-notice nw-info nw-origin-note",text:`Origin: ${[J.tensor??J.layer,J.step!=null?`at step ${J.step}`:null].filter(I=>I!=null).join(" ")||"unknown"} (${J.how})`}));let gt=hr(c,w,I=>this.jump(I),D),Ct=_r(c.model,E),ht=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),it=h("div",{class:"nw-timeline",dataset:{onsetStep:x==null?"":String(x)}}),ne=h("span",{class:"nw-nan-note"}),Yt=h("div",{class:"nw-muted nw-small nw-tl-caption"},"Log scale.",x!=null?` Red line: ${c.status==="diverging"?"where the run-away began":"the first NaN/Inf"}; shaded: the ${Mr} steps before it.`:"",Au(st),et?" Grey dashed line: the loss a constant predictor reaches on this run's targets.":"",ne," Drag to zoom, double-click to reset, click to select a step.");ht.append(it,Yt);let bt=h("section",{class:"nw-card nw-heatmap-card"}),qt=h("select",{class:"nw-select nw-hm-kind"});for(let[I,vt]of _u){if(I&&!w.some(Me=>Me.kind===I))continue;let Jt=h("option",{value:I,text:vt});I===this.hmKind&&(Jt.selected=!0),qt.appendChild(Jt)}let oe=h("div",{class:"nw-heatmap"});qt.addEventListener("change",()=>{this.hmKind=qt.value,this._loadHeatmap(oe,t)}),bt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),qt),oe,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket (between statistics steps: the trace L2 norm, scaled by the row's usual L2 to max |x| ratio). Click a cell to jump to that layer and step."}));let Vt=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),me=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));_e(this.root);let Fe=h("div",{class:"nw-top"},gt,ht),Ge=G?[A,O,at,Fe,Ct,bt,Vt,me]:[A,at,Fe,bt,Ct,Vt,me];this.root.append(...Ge.filter(Boolean));let ln=Math.max(300,it.clientWidth||800),on=["loss","global_grad_norm"].filter(I=>w.some(vt=>vt.name===I)),je=on.length?Gt("series",{run:l,tensor:on,stat:"trace",start:k[0],end:k[1],points:Math.min(4e3,2*ln)},t):Promise.resolve({series:[]}),Ht=this._loadHeatmap(oe,t,b),Ke=yr(E,Vt,t).catch(I=>{t.aborted||Vt.appendChild(h("div",{class:"nw-error",text:String(I.message||I)}))}),ie=await je;if(t.aborted)return;let We={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},X=(ie.series||[]).map(I=>({label:I.tensor==="global_grad_norm"?"global grad norm":I.tensor,steps:I.steps,values:Xe(I.values),scale:I.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(I.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||We[I.tensor],width:1.5})),W=(ie.series||[]).find(I=>I.tensor==="loss"&&Array.isArray(I.hi)&&I.hi.some(vt=>vt!=null));if(W){let I=X.find(vt=>vt.scale==="loss").color;X.push({label:"loss, block max",steps:W.steps,values:Xe(W.hi),scale:"loss",color:I,width:.5,band:"hi"},{label:"loss, block min",steps:W.steps,values:Xe(W.lo),scale:"loss",color:I,width:.5,band:"lo"})}let mt=X.some(I=>I.scale==="loss");X.length?(this.timeline=new nn(it,{series:X,hlines:v&&mt?[{value:v.loss,scale:"loss",label:"constant predictor",text:Nu(v),color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:k,onset:x,onsetText:E.onsetText,marks:Eu(st),windowStart:E.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:I=>this.jump({step:I}),onRange:(I,vt)=>this.zoom(I,vt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline),this.timeline.bad.length&&(ne.textContent=" Triangles at the top: NaN/Inf values.")):it.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let Tt=(ie.series||[]).find(I=>I.returned<I.logged);if(Tt&&ht.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${Tt.returned} of ${Tt.logged} steps (each bucket's min and max, every step near the onset).`})),await Ht,!t.aborted){this.grid=new Fs(E,me),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await Ke;for(let I of S)I();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,s){let l=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let r=s?await s:null;if(r instanceof Error)throw r;if(r||(r=await Gt("heatmap",{run:l.run,start:l.range[0],end:l.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Is(t,r,{onset:l.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(r){n.aborted||(_e(t),t.appendChild(h("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,s={};t.layer!==void 0&&t.layer!==null&&(s.layer=t.layer),t.step!==void 0&&t.step!==null&&(s.step=Math.round(t.step));let l=this.ctx?this.ctx.range:null;if(s.step!=null&&l&&(s.step<l[0]||s.step>l[1])){let i=Math.max(25,Math.round((l[1]-l[0])/4));s.start=Math.max(this.ctx.full[0],s.step-i),s.end=Math.min(this.ctx.full[1],s.step+i)}n.setState(s)}applySelection(t=!0){let n=this.app.state;for(let l of this.charts)l.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let l=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];l.forEach((r,d)=>r.classList.toggle("nw-sel",n.layer!=null&&i[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let s=this.root.querySelector(".nw-selection");if(s&&s.remove(),n.layer!=null||n.step!=null){let l=this.root.querySelector(".nw-head");l&&l.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function Mu(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=ve(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function Nu(e){return`constant predictor: ${rt(e.loss)}${e.what?` (${e.what})`:""}`}function Tu(e,t,n){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),"the model learns little or nothing useful.",e.length?" The evidence:":""),e.length?h("ul",{class:"nw-status-notes"},e.map(s=>h("li",{class:"nw-status-note",text:s}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:rt(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function Cu(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function Lu(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?` and ${e.length-10} more`:"")}function Nr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}var Vs=5;function $u(e){let t=[];for(let r of e.filter(d=>d.kind==="stop"))t.push(h("div",{class:"nw-notice nw-info nw-stop",dataset:{reason:String(r.reason??"")},text:Ds(r)}));let n=e.filter(r=>r.kind==="skip");if(n.length){let r=n.reduce((d,f)=>d+(Number(f.steps)||1),0);t.push(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${Ue(r,"update")} with non-finite gradients or loss ${r===1?"was":"were"} not applied, at step${n.length===1?"":"s"} ${Lu(n)}.`}))}let s=e.filter(r=>r.kind==="spike"),l=e.filter(r=>r.kind==="rollback");for(let r of s.slice(0,Vs))t.push(h("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(r.step)}: ${rt(ve(r.loss))}, ${rt(ve(r.factor),3)} times its median ${rt(ve(r.median))} over the steps before.${Nr(r)}`}));for(let r of l.slice(0,Vs)){let d=Number(r.lr_steps)||0,f=r.lr!=null?` The learning rate was set to ${rt(ve(r.lr))} for ${Ue(d,"step")}.`:"",u=Number(r.skipped_batches),b=Number.isFinite(u)?`${Ue(u,"batch","batches")} ${u===1?"was":"were"} dropped`:"the batches since were dropped",c=r.at!=null?` at step ${Number(r.at)}`:"",w=r.restored!=null?`the snapshot of step ${Number(r.restored)}`:"the last snapshot";t.push(h("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(r.step)}: ${r.cause==="spike"?"a loss spike":"non-finite gradients or loss"}${c}; the weights and optimizer state went back to ${w} and ${b}.${f}${Nr(r)}`}))}let i=Math.max(0,s.length-Vs)+Math.max(0,l.length-Vs);return i>0&&t.push(h("div",{class:"nw-notice nw-muted",text:`…and ${i} more spikes or rollbacks (the CLI report lists them).`})),t}function Au(e){let t=new Set(e.map(s=>s.kind)),n=[];return t.has("spike")&&n.push("orange dashed line: a loss spike"),t.has("rollback")&&n.push("purple line: a rollback (shaded: the batches it dropped)"),t.has("skip")&&n.push("grey ticks at the foot: skipped updates"),t.has("stop")&&n.push("dark line: where the watch stopped the training"),n.length?` ${n.join("; ").replace(/^./,s=>s.toUpperCase())}.`:""}function Eu(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback"||t.kind==="stop").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${rt(ve(t.factor),3)} times its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:t.kind==="stop"?Ds(t):`update skipped at step ${Number(t.step)}`}))}function Pu(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,s=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!s)return null;let l=h("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?l.appendChild(h("div",{class:"nw-op",dataset:{type:String(n.type)}},h("b",{text:"Op: "}),String(e.op))):n&&n.why&&l.appendChild(h("div",{class:"nw-op"},h("b",{text:"Op: "}),`not named: ${String(n.why)}`)),s&&s.file){let i=s.arrays&&typeof s.arrays=="object"?s.arrays:{},r=Object.entries(i).filter(([,d])=>d&&Number(d.nonfinite_row_count)>0).map(([d,f])=>{let u=(Array.isArray(f.nonfinite_rows)?f.nonfinite_rows:[]).map(Number),b=Number(f.nonfinite_row_count),c=b>u.length?`, … (${b} in all)`:"";return[`${b===1?"row":"rows"} ${u.join(", ")}${c} of `,h("code",{text:d})]});l.appendChild(h("div",{class:"nw-batch"},h("b",{text:"Batch: "}),`the batch of ${s.step!=null?`step ${s.step}`:"the onset"} is saved next to the run's event file: `,h("code",{class:"nw-batch-load",text:`numpy.load("${String(s.file)}")`}),Object.keys(i).length?[` (${Object.keys(i).length===1?"array":"arrays"} `,Object.keys(i).map((d,f)=>[f?", ":"",h("code",{text:d})]),"). "]:". ",r.length?["Holding NaN/Inf: ",r.map((d,f)=>[f?"; ":"",d]),"."]:"None of its rows holds a NaN/Inf.",s.rows!=null?` ${Ue(Number(s.rows),"row")}${s.batch_rows!=null?` of its ${Number(s.batch_rows)}`:""} ${Number(s.rows)===1?"was":"were"} saved (size cap); their indices are in "_rows".`:""))}return l}function zu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Hs=["run","layer","step","start","end"],Ru=new Set(["step","start","end"]);function Bs(e){let t={};for(let n of Hs){let s=e?e[n]:void 0;if(!(s==null||s==="")){if(Ru.has(n)){if(s=Number(s),!Number.isFinite(s))continue;s=Math.round(s)}else s=String(s);t[n]=s}}return t}function Xl(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Hs)e.has(n)&&(t[n]=e.get(n));return Bs(t)}function to(e){let t=new URLSearchParams;for(let l of Hs){let i=e[l];i==null||i===""||t.set(l,String(i))}let n=t.toString(),s=new URL(window.location.href);s.hash=n,s.href!==window.location.href&&window.history.replaceState(null,"",s.href)}function Tr(e,t){return Hs.every(n=>(e[n]??null)===(t[n]??null))}var eo=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Ps}async start(){let t=Xl();if(!Object.keys(t).length){let n=ql();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Bs(n))}this.state=t,to(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Xl();this._apply(n)}),this._followParentUrl(),rr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let s=ql();if(s===null)return;let l=Bs(s);Tr(l,this.state)||this._apply(l,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[l,i]of Object.entries(t))i!=null&&i!==""&&n.set(l,String(i));let s=new URL(window.location.href);return s.hash=n.toString(),s.href}setState(t){let n={...this.state,...t};for(let s of Object.keys(n))(n[s]===null||n[s]===void 0||n[s]==="")&&delete n[s];this._apply(n)}_apply(t,n=!1){let s=this.state;this.state=t,to(t),n||pr(t,s.run!==t.run),s.run!==t.run||s.start!==t.start||s.end!==t.end||!this.view?this.rerender():this.view instanceof rs&&(s.layer!==t.layer||s.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let s=(await Gt("runs")).runs||[],l=JSON.stringify(s);if(l===this.runsKey)return;this.runs=s,this.runsKey=l}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Es(this.root);let n=h("div",{class:"nw-page"}),s=performance.now();document.body.dataset.nwBusy="1";try{let l=()=>(this.runs||[]).some(i=>i.run===this.state.run);if((this.runs===null||!this.state.run||!l())&&(this.state.run?(this.runs=(await Gt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},_e(this.root).appendChild(n),await br(this,n,t.signal))),this.state.run&&!t.signal.aborted&&!l())this.view={kind:"missing"},_e(this.root).appendChild(n),Du(this,n);else if(this.state.run&&!t.signal.aborted){let i=new rs(this,n);this.view=i,_e(this.root).appendChild(n),await i.render(t.signal)}}catch(l){if(t.signal.aborted||l&&l.name==="AbortError")return;_e(this.root).appendChild(n),_e(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${l&&l.message?l.message:l}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",l)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-s),document.body.dataset.nwView=this.view&&this.view.kind==="missing"?"missing":this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}};function Du(e,t){let n=e.runs||[];t.append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-missing"},h("p",null,"There is no run named ",h("code",{class:"nw-missing-run",text:e.state.run})," in this logdir",n.length?".":" (it holds no tb_nanwatch run yet)."),h("p",{class:"nw-muted",text:"The link may name a run that was renamed or deleted, or whose logs TensorBoard has not read yet (it appears after the next reload)."}),h("button",{class:"nw-btn",text:"← All runs",onclick:()=>e.setState({run:null,layer:null,step:null,start:null,end:null})})))}var Us=null;function Hf(){if(Us)return Us;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=Po+`
`+zo,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let s=new eo(n);return window.__nanwatch.app=s,window.__nanwatch.syncedCount=ur,Us=s.start(),Us}export{Hf as render};
