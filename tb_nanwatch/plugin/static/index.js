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
/* runnable code: a long line wraps at its spaces (Copy copies it as written), a longer token scrolls */
.nw-fix-code {
  margin: 0;
  padding: 6px 10px 8px;
  white-space: pre-wrap;
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
`;var ra=new URL("./",import.meta.url),ml=class extends Error{constructor(t,n){super(n),this.status=t}};function aa(e,t){let n=new URL(e,ra);if(t){for(let[s,l]of Object.entries(t))if(l!=null)if(Array.isArray(l))for(let i of l)n.searchParams.append(s,String(i));else n.searchParams.set(s,String(l))}return n.toString()}async function Yt(e,t,n){let s=await fetch(aa(e,t),{signal:n,credentials:"same-origin"});if(!s.ok){let l=s.statusText;try{let i=await s.text();i&&(l=i.slice(0,300))}catch{}throw new ml(s.status,`${e}: ${s.status} ${l}`)}return s.json()}function xe(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function tn(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let s=e[n];t[n]=typeof s=="number"?s:xe(s)}return t}var ca="uplot",ua="u-hz",fa="u-vt",pa="u-title",da="u-wrap",ha="u-under",ma="u-over",wa="u-axis",mn="u-off",ga="u-select",ba="u-cursor-x",xa="u-cursor-y",ya="u-cursor-pt",va="u-legend",ka="u-live",Sa="u-inline",_a="u-series",Ma="u-marker",Do="u-label",Na="u-value",es="width",ns="height";var Oo="bottom",zn="left",wl="right",Pl="#000",Io=Pl+"0",gl="mousemove",Fo="mousedown",bl="mouseup",jo="mouseenter",Wo="mouseleave",Vo="dblclick",Ta="resize",Ca="scroll",Ho="change",vs="dppxchange",zl="--",Wn=typeof window<"u",Sl=Wn?document:null,Dn=Wn?window:null,$a=Wn?navigator:null,pt,gs;function _l(){let e=devicePixelRatio;pt!=e&&(pt=e,gs&&Nl(Ho,gs,_l),gs=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),wn(Ho,gs,_l),Dn.dispatchEvent(new CustomEvent(vs)))}function ue(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Ml(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Tt(e,t,n){e.style[t]=n+"px"}function Le(e,t,n,s){let l=Sl.createElement(e);return t!=null&&ue(l,t),n?.insertBefore(l,s),l}function ye(e,t){return Le("div",e,t)}var Bo=new WeakMap;function Fe(e,t,n,s,l){let i="translate("+t+"px,"+n+"px)",r=Bo.get(e);i!=r&&(e.style.transform=i,Bo.set(e,i),t<0||n<0||t>s||n>l?ue(e,mn):Ml(e,mn))}var Uo=new WeakMap;function Go(e,t,n){let s=t+n,l=Uo.get(e);s!=l&&(Uo.set(e,s),e.style.background=t,e.style.borderColor=n)}var Ko=new WeakMap;function Yo(e,t,n,s){let l=t+""+n,i=Ko.get(e);l!=i&&(Ko.set(e,l),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-n/2+"px":0)}var Rl={passive:!0},La={...Rl,capture:!0};function wn(e,t,n,s){t.addEventListener(e,n,s?La:Rl)}function Nl(e,t,n,s){t.removeEventListener(e,n,Rl)}Wn&&_l();function Ae(e,t,n,s){let l;n=n||0,s=s||t.length-1;let i=s<=2147483647;for(;s-n>1;)l=i?n+s>>1:fe((n+s)/2),t[l]<e?n=l:s=l;return e-t[n]<=t[s]-e?n:s}function ki(e){return(n,s,l)=>{let i=-1,r=-1;for(let d=s;d<=l;d++)if(e(n[d])){i=d;break}for(let d=l;d>=s;d--)if(e(n[d])){r=d;break}return[i,r]}}var Si=e=>e!=null,_i=e=>e!=null&&e>0,_s=ki(Si),Aa=ki(_i);function Ea(e,t,n,s=0,l=!1){let i=l?Aa:_s,r=l?_i:Si;[t,n]=i(e,t,n);let d=e[t],u=e[t];if(t>-1)if(s==1)d=e[t],u=e[n];else if(s==-1)d=e[n],u=e[t];else for(let f=t;f<=n;f++){let b=e[f];r(b)&&(b<d?d=b:b>u&&(u=b))}return[d??yt,u??-yt]}function Ms(e,t,n,s){let l=Zo(e),i=Zo(t);e==t&&(l==-1?(e*=n,t/=n):(e/=n,t*=n));let r=n==10?Ge:Mi,d=l==1?fe:ve,u=i==1?ve:fe,f=d(r(Rt(e))),b=u(r(Rt(t))),c=On(n,f),w=On(n,b);return n==10&&(f<0&&(c=vt(c,-f)),b<0&&(w=vt(w,-b))),s||n==2?(e=c*l,t=w*i):(e=$i(e,c),t=Ns(t,w)),[e,t]}function Dl(e,t,n,s){let l=Ms(e,t,n,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Ol=.1,qo={mode:3,pad:Ol},ls={pad:0,soft:null,mode:0},Pa={min:ls,max:ls};function ks(e,t,n,s){return Ts(n)?Jo(e,t,n):(ls.pad=n,ls.soft=s?0:null,ls.mode=s?3:0,Jo(e,t,Pa))}function ut(e,t){return e??t}function za(e,t,n){for(t=ut(t,0),n=ut(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Jo(e,t,n){let s=n.min,l=n.max,i=ut(s.pad,0),r=ut(l.pad,0),d=ut(s.hard,-yt),u=ut(l.hard,yt),f=ut(s.soft,yt),b=ut(l.soft,-yt),c=ut(s.mode,0),w=ut(l.mode,0),S=t-e,N=Ge(S),v=te(Rt(e),Rt(t)),M=Ge(v),$=Rt(M-N);(S<1e-24||$>10)&&(S=0,(e==0||t==0)&&(S=1e-24,c==2&&f!=yt&&(i=0),w==2&&b!=-yt&&(r=0)));let k=S||v||1e3,E=Ge(k),C=On(10,fe(E)),A=k*(S==0?e==0?.1:1:i),z=vt($i(e-A,C/10),24),j=e>=f&&(c==1||c==3&&z<=f||c==2&&z>=f)?f:yt,K=te(d,z<j&&e>=j?j:Ee(j,z)),_=k*(S==0?t==0?.1:1:r),L=vt(Ns(t+_,C/10),24),x=t<=b&&(w==1||w==3&&L>=b||w==2&&L<=b)?b:-yt,F=Ee(u,L>x&&t<=x?x:te(x,L));return K==F&&K==0&&(F=100),[K,F]}var Ra=new Intl.NumberFormat(Wn?$a.language:"en-US"),Il=e=>Ra.format(e),pe=Math,ys=pe.PI,Rt=pe.abs,fe=pe.floor,zt=pe.round,ve=pe.ceil,Ee=pe.min,te=pe.max,On=pe.pow,Zo=pe.sign,Ge=pe.log10,Mi=pe.log2,Da=(e,t=1)=>pe.sinh(e)*t,xl=(e,t=1)=>pe.asinh(e/t),yt=1/0;function Qo(e){return(Ge((e^e>>31)-(e>>31))|0)+1}function Tl(e,t,n){return Ee(te(e,t),n)}function Ni(e){return typeof e=="function"}function ot(e){return Ni(e)?e:()=>e}var Oa=()=>{},Ti=e=>e,Ci=(e,t)=>t,Ia=e=>null,Xo=e=>!0,ti=(e,t)=>e==t,Fa=/\.\d*?(?=9{6,}|0{6,})/gm,gn=e=>{if(Ai(e)||nn.has(e))return e;let t=`${e}`,n=t.match(Fa);if(n==null)return e;let s=n[0].length-1;if(t.indexOf("e-")!=-1){let[l,i]=t.split("e");return+`${gn(l)}e${i}`}return vt(e,s)};function dn(e,t){return gn(vt(gn(e/t))*t)}function Ns(e,t){return gn(ve(gn(e/t))*t)}function $i(e,t){return gn(fe(gn(e/t))*t)}function vt(e,t=0){if(Ai(e))return e;let n=10**t,s=e*n*(1+Number.EPSILON);return zt(s)/n}var nn=new Map;function Li(e){return((""+e).split(".")[1]||"").length}function is(e,t,n,s){let l=[],i=s.map(Li);for(let r=t;r<n;r++){let d=Rt(r),u=vt(On(e,r),d);for(let f=0;f<s.length;f++){let b=e==10?+`${s[f]}e${r}`:s[f]*u,c=(r>=0?0:d)+(r>=i[f]?0:i[f]),w=e==10?b:vt(b,c);l.push(w),nn.set(w,c)}}return l}var os={},Fl=[],In=[null,null],en=Array.isArray,Ai=Number.isInteger,ja=e=>e===void 0;function ei(e){return typeof e=="string"}function Ts(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Wa(e){return e!=null&&typeof e=="object"}var Va=Object.getPrototypeOf(Uint8Array),Ei="__proto__";function Fn(e,t=Ts){let n;if(en(e)){let s=e.find(l=>l!=null);if(en(s)||t(s)){n=Array(e.length);for(let l=0;l<e.length;l++)n[l]=Fn(e[l],t)}else n=e.slice()}else if(e instanceof Va)n=e.slice();else if(t(e)){n={};for(let s in e)s!=Ei&&(n[s]=Fn(e[s],t))}else n=e;return n}function Pt(e){let t=arguments;for(let n=1;n<t.length;n++){let s=t[n];for(let l in s)l!=Ei&&(Ts(e[l])?Pt(e[l],Fn(s[l])):e[l]=Fn(s[l]))}return e}var Ha=0,Ba=1,Ua=2;function Ga(e,t,n){for(let s=0,l,i=-1;s<t.length;s++){let r=t[s];if(r>i){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<n&&e[l]==null;)e[i=l++]=null}}}function Ka(e,t){if(Ja(e)){let r=e[0].slice();for(let d=1;d<e.length;d++)r.push(...e[d].slice(1));return Za(r[0])||(r=qa(r)),r}let n=new Set;for(let r=0;r<e.length;r++){let u=e[r][0],f=u.length;for(let b=0;b<f;b++)n.add(u[b])}let s=[Array.from(n).sort((r,d)=>r-d)],l=s[0].length,i=new Map;for(let r=0;r<l;r++)i.set(s[0][r],r);for(let r=0;r<e.length;r++){let d=e[r],u=d[0];for(let f=1;f<d.length;f++){let b=d[f],c=Array(l).fill(void 0),w=t?t[r][f]:Ba,S=[];for(let N=0;N<b.length;N++){let v=b[N],M=i.get(u[N]);v===null?w!=Ha&&(c[M]=v,w==Ua&&S.push(M)):c[M]=v}Ga(c,S,l),s.push(c)}}return s}var Ya=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function qa(e){let t=e[0],n=t.length,s=Array(n);for(let i=0;i<s.length;i++)s[i]=i;s.sort((i,r)=>t[i]-t[r]);let l=[];for(let i=0;i<e.length;i++){let r=e[i],d=Array(n);for(let u=0;u<n;u++)d[u]=r[s[u]];l.push(d)}return l}function Ja(e){let t=e[0][0],n=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=n)return!1;if(l!=t){for(let i=0;i<n;i++)if(l[i]!=t[i])return!1}}return!0}function Za(e,t=100){let n=e.length;if(n<=1)return!0;let s=0,l=n-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;let i=te(1,fe((l-s+1)/t));for(let r=e[s],d=s+i;d<=l;d+=i){let u=e[d];if(u!=null){if(u<=r)return!1;r=u}}return!0}var Pi=["January","February","March","April","May","June","July","August","September","October","November","December"],zi=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ri(e){return e.slice(0,3)}var Qa=zi.map(Ri),Xa=Pi.map(Ri),tc={MMMM:Pi,MMM:Xa,WWWW:zi,WWW:Qa};function ts(e){return(e<10?"0":"")+e}function ec(e){return(e<10?"00":e<100?"0":"")+e}var nc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ts(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ts(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ts(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ts(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ts(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ec(e.getMilliseconds())};function jl(e,t){t=t||tc;let n=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)n.push(l[0][0]=="{"?nc[l[1]]:l[0]);return i=>{let r="";for(let d=0;d<n.length;d++)r+=typeof n[d]=="string"?n[d]:n[d](i,t);return r}}var sc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function lc(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==sc?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Di=e=>e%1==0,Ss=[1,2,2.5,5],oc=is(10,-32,0,Ss),Oi=is(10,0,32,Ss),ic=Oi.filter(Di),hn=oc.concat(Oi),Wl=`
`,Ii="{YYYY}",ni=Wl+Ii,Fi="{M}/{D}",ss=Wl+Fi,bs=ss+"/{YY}",ji="{aa}",rc="{h}:{mm}",Rn=rc+ji,si=Wl+Rn,li=":{ss}",ht=null;function Wi(e){let t=e*1e3,n=t*60,s=n*60,l=s*24,i=l*30,r=l*365,u=(e==1?is(10,0,3,Ss).filter(Di):is(10,-3,0,Ss)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),f=[[r,Ii,ht,ht,ht,ht,ht,ht,1],[l*28,"{MMM}",ni,ht,ht,ht,ht,ht,1],[l,Fi,ni,ht,ht,ht,ht,ht,1],[s,"{h}"+ji,bs,ht,ss,ht,ht,ht,1],[n,Rn,bs,ht,ss,ht,ht,ht,1],[t,li,bs+" "+Rn,ht,ss+" "+Rn,ht,si,ht,1],[e,li+".{fff}",bs+" "+Rn,ht,ss+" "+Rn,ht,si,ht,1]];function b(c){return(w,S,N,v,M,$)=>{let k=[],E=M>=r,C=M>=i&&M<r,A=c(N),z=vt(A*e,3),j=yl(A.getFullYear(),E?0:A.getMonth(),C||E?1:A.getDate()),K=vt(j*e,3);if(C||E){let _=C?M/i:0,L=E?M/r:0,x=z==K?z:vt(yl(j.getFullYear()+L,j.getMonth()+_,1)*e,3),F=new Date(zt(x/e)),R=F.getFullYear(),W=F.getMonth();for(let Y=0;x<=v;Y++){let nt=yl(R+L*Y,W+_*Y,1),I=nt-c(vt(nt*e,3));x=vt((+nt+I)*e,3),x<=v&&k.push(x)}}else{let _=M>=l?l:M,L=fe(N)-fe(z),x=K+L+Ns(z-K,_);k.push(x);let F=c(x),R=F.getHours()+F.getMinutes()/n+F.getSeconds()/s,W=M/s,Y=w.axes[S]._space,nt=$/Y;for(;x=vt(x+M,e==1?0:3),!(x>v);)if(W>1){let I=fe(vt(R+W,6))%24,J=c(x).getHours()-I;J>1&&(J=-1),x-=J*s,R=(R+W)%24;let tt=k[k.length-1];vt((x-tt)/M,3)*nt>=.7&&k.push(x)}else k.push(x)}return k}}return[u,f,b]}var[ac,cc,uc]=Wi(1),[fc,pc,dc]=Wi(.001);is(2,-53,53,[1]);function oi(e,t){return e.map(n=>n.map((s,l)=>l==0||l==8||s==null?s:t(l==1||n[8]==0?s:n[1]+s)))}function ii(e,t){return(n,s,l,i,r)=>{let d=t.find(N=>r>=N[0])||t[t.length-1],u,f,b,c,w,S;return s.map(N=>{let v=e(N),M=v.getFullYear(),$=v.getMonth(),k=v.getDate(),E=v.getHours(),C=v.getMinutes(),A=v.getSeconds(),z=M!=u&&d[2]||$!=f&&d[3]||k!=b&&d[4]||E!=c&&d[5]||C!=w&&d[6]||A!=S&&d[7]||d[1];return u=M,f=$,b=k,c=E,w=C,S=A,z(v)})}}function hc(e,t){let n=jl(t);return(s,l,i,r,d)=>l.map(u=>n(e(u)))}function yl(e,t,n){return new Date(e,t,n)}function ri(e,t){return t(e)}var mc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ai(e,t){return(n,s,l,i)=>i==null?zl:t(e(s))}function wc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function gc(e,t){return e.series[t].fill(e,t)}var bc={show:!0,live:!0,isolate:!1,mount:Oa,markers:{show:!0,width:2,stroke:wc,fill:gc,dash:"solid"},idx:null,idxs:null,values:[]};function xc(e,t){let n=e.cursor.points,s=ye(),l=n.size(e,t);Tt(s,es,l),Tt(s,ns,l);let i=l/-2;Tt(s,"marginLeft",i),Tt(s,"marginTop",i);let r=n.width(e,t,l);return r&&Tt(s,"borderWidth",r),s}function yc(e,t){let n=e.series[t].points;return n._fill||n._stroke}function vc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function kc(e,t){return e.series[t].points.size}var vl=[0,0];function Sc(e,t,n){return vl[0]=t,vl[1]=n,vl}function xs(e,t,n,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&n(l)}}function kl(e,t,n,s=!0){return l=>{(!s||l.target==t)&&n(l)}}var _c={show:!0,x:!0,y:!0,lock:!1,move:Sc,points:{one:!1,show:xc,size:kc,width:0,stroke:vc,fill:yc},bind:{mousedown:xs,mouseup:xs,click:xs,dblclick:xs,mousemove:kl,mouseleave:kl,mouseenter:kl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Vi={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Vl=Pt({},Vi,{filter:Ci}),Hi=Pt({},Vl,{size:10}),Bi=Pt({},Vi,{show:!1}),Hl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ui="bold "+Hl,Gi=1.5,ci={show:!0,scale:"x",stroke:Pl,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ui,side:2,grid:Vl,ticks:Hi,border:Bi,font:Hl,lineGap:Gi,rotate:0},Mc="Value",Nc="Time",ui={show:!0,scale:"x",auto:!1,sorted:1,min:yt,max:-yt,idxs:[]};function Tc(e,t,n,s,l){return t.map(i=>i==null?"":Il(i))}function Cc(e,t,n,s,l,i,r){let d=[],u=nn.get(l)||0;n=r?n:vt(Ns(n,l),u);for(let f=n;f<=s;f=vt(f+l,u))d.push(Object.is(f,-0)?0:f);return d}function Cl(e,t,n,s,l,i,r){let d=[],u=e.scales[e.axes[t].scale].log,f=u==10?Ge:Mi,b=fe(f(n));l=On(u,b),u==10&&(l=hn[Ae(l,hn)]);let c=n,w=l*u;u==10&&(w=hn[Ae(w,hn)]);do d.push(c),c=c+l,u==10&&!nn.has(c)&&(c=vt(c,nn.get(l))),c>=w&&(l=c,w=l*u,u==10&&(w=hn[Ae(w,hn)]));while(c<=s);return d}function $c(e,t,n,s,l,i,r){let u=e.scales[e.axes[t].scale].asinh,f=s>u?Cl(e,t,te(u,n),s,l):[u],b=s>=0&&n<=0?[0]:[];return(n<-u?Cl(e,t,te(u,-s),-n,l):[u]).reverse().map(w=>-w).concat(b,f)}var Ki=/./,Lc=/[12357]/,Ac=/[125]/,fi=/1/,$l=(e,t,n,s)=>e.map((l,i)=>t==4&&l==0||i%s==0&&n.test(l.toExponential()[l<0?1:0])?l:null);function Ec(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=e.scales[r],u=e.valToPos,f=i._space,b=u(10,r),c=u(9,r)-b>=f?Ki:u(7,r)-b>=f?Lc:u(5,r)-b>=f?Ac:fi;if(c==fi){let w=Rt(u(1,r)-b);if(w<f)return $l(t.slice().reverse(),d.distr,c,ve(f/w)).reverse()}return $l(t,d.distr,c,1)}function Pc(e,t,n,s,l){let i=e.axes[n],r=i.scale,d=i._space,u=e.valToPos,f=Rt(u(1,r)-u(2,r));return f<d?$l(t.slice().reverse(),3,Ki,ve(d/f)).reverse():t}function zc(e,t,n,s){return s==null?zl:t==null?"":Il(t)}var pi={show:!0,scale:"y",stroke:Pl,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ui,side:3,grid:Vl,ticks:Hi,border:Bi,font:Hl,lineGap:Gi,rotate:0};function Rc(e,t){let n=3+(e||1)*2;return vt(n*t,3)}function Dc(e,t){let{scale:n,idxs:s}=e.series[0],l=e._data[0],i=e.valToPos(l[s[0]],n,!0),r=e.valToPos(l[s[1]],n,!0),d=Rt(r-i),u=e.series[t],f=d/(u.points.space*pt);return s[1]-s[0]<=f}var di={scale:null,auto:!0,sorted:0,min:yt,max:-yt},Yi=(e,t,n,s,l)=>l,hi={show:!0,auto:!0,sorted:0,gaps:Yi,alpha:1,facets:[Pt({},di,{scale:"x"}),Pt({},di,{scale:"y"})]},mi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Yi,alpha:1,points:{show:Dc,filter:null},values:null,min:yt,max:-yt,idxs:[],path:null,clip:null};function Oc(e,t,n,s,l){return n/10}var qi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Ic=Pt({},qi,{time:!1,ori:1}),wi={};function Ji(e,t){let n=wi[e];return n||(n={key:e,plots:[],sub(s){n.plots.push(s)},unsub(s){n.plots=n.plots.filter(l=>l!=s)},pub(s,l,i,r,d,u,f){for(let b=0;b<n.plots.length;b++)n.plots[b]!=l&&n.plots[b].pub(s,l,i,r,d,u,f)}},e!=null&&(wi[e]=n)),n}var jn=1,Ll=2;function bn(e,t,n){let s=e.mode,l=e.series[t],i=s==2?e._data[t]:e._data,r=e.scales,d=e.bbox,u=i[0],f=s==2?i[1]:i[t],b=s==2?r[l.facets[0].scale]:r[e.series[0].scale],c=s==2?r[l.facets[1].scale]:r[l.scale],w=d.left,S=d.top,N=d.width,v=d.height,M=e.valToPosH,$=e.valToPosV;return b.ori==0?n(l,u,f,b,c,M,$,w,S,N,v,$s,Vn,As,Qi,tr):n(l,u,f,b,c,$,M,S,w,v,N,Ls,Hn,Gl,Xi,er)}function Bl(e,t){let n=0,s=0,l=ut(e.bands,Fl);for(let i=0;i<l.length;i++){let r=l[i];r.series[0]==t?n=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[n,s==1?-1:s==2?1:s==3?2:0]}function Fc(e,t,n,s,l){let i=e.mode,r=e.series[t],d=i==2?r.facets[1].scale:r.scale,u=e.scales[d];return l==-1?u.min:l==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Ke(e,t,n,s,l,i){return bn(e,t,(r,d,u,f,b,c,w,S,N,v,M)=>{let $=r.pxRound,k=f.dir*(f.ori==0?1:-1),E=f.ori==0?Vn:Hn,C,A;k==1?(C=n,A=s):(C=s,A=n);let z=$(c(d[C],f,v,S)),j=$(w(u[C],b,M,N)),K=$(c(d[A],f,v,S)),_=$(w(i==1?b.max:b.min,b,M,N)),L=new Path2D(l);return E(L,K,_),E(L,z,_),E(L,z,j),L})}function Cs(e,t,n,s,l,i){let r=null;if(e.length>0){r=new Path2D;let d=t==0?As:Gl,u=n;for(let c=0;c<e.length;c++){let w=e[c];if(w[1]>w[0]){let S=w[0]-u;S>0&&d(r,u,s,S,s+i),u=w[1]}}let f=n+l-u,b=10;f>0&&d(r,u,s-b/2,f,s+i+b)}return r}function jc(e,t,n){let s=e[e.length-1];s&&s[0]==t?s[1]=n:e.push([t,n])}function Ul(e,t,n,s,l,i,r){let d=[],u=e.length;for(let f=l==1?n:s;f>=n&&f<=s;f+=l)if(t[f]===null){let c=f,w=f;if(l==1)for(;++f<=s&&t[f]===null;)w=f;else for(;--f>=n&&t[f]===null;)w=f;let S=i(e[c]),N=w==c?S:i(e[w]),v=c-l;S=r<=0&&v>=0&&v<u?i(e[v]):S;let $=w+l;N=r>=0&&$>=0&&$<u?i(e[$]):N,N>=S&&d.push([S,N])}return d}function gi(e){return e==0?Ti:e==1?zt:t=>dn(t,e)}function Zi(e){let t=e==0?$s:Ls,n=e==0?(l,i,r,d,u,f)=>{l.arcTo(i,r,d,u,f)}:(l,i,r,d,u,f)=>{l.arcTo(r,i,u,d,f)},s=e==0?(l,i,r,d,u)=>{l.rect(i,r,d,u)}:(l,i,r,d,u)=>{l.rect(r,i,u,d)};return(l,i,r,d,u,f=0,b=0)=>{f==0&&b==0?s(l,i,r,d,u):(f=Ee(f,d/2,u/2),b=Ee(b,d/2,u/2),t(l,i+f,r),n(l,i+d,r,i+d,r+u,f),n(l,i+d,r+u,i,r+u,b),n(l,i,r+u,i,r,b),n(l,i,r,i+d,r,f),l.closePath())}}var $s=(e,t,n)=>{e.moveTo(t,n)},Ls=(e,t,n)=>{e.moveTo(n,t)},Vn=(e,t,n)=>{e.lineTo(t,n)},Hn=(e,t,n)=>{e.lineTo(n,t)},As=Zi(0),Gl=Zi(1),Qi=(e,t,n,s,l,i)=>{e.arc(t,n,s,l,i)},Xi=(e,t,n,s,l,i)=>{e.arc(n,t,s,l,i)},tr=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(t,n,s,l,i,r)},er=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(n,t,l,s,r,i)};function nr(e){return(t,n,s,l,i)=>bn(t,n,(r,d,u,f,b,c,w,S,N,v,M)=>{let{pxRound:$,points:k}=r,E,C;f.ori==0?(E=$s,C=Qi):(E=Ls,C=Xi);let A=vt(k.width*pt,3),z=(k.size-k.width)/2*pt,j=vt(z*2,3),K=new Path2D,_=new Path2D,{left:L,top:x,width:F,height:R}=t.bbox;As(_,L-j,x-j,F+j*2,R+j*2);let W=Y=>{if(u[Y]!=null){let nt=$(c(d[Y],f,v,S)),I=$(w(u[Y],b,M,N));E(K,nt+z,I),C(K,nt,I,z,0,ys*2)}};if(i)i.forEach(W);else for(let Y=s;Y<=l;Y++)W(Y);return{stroke:A>0?K:null,fill:K,clip:_,flags:jn|Ll}})}function sr(e){return(t,n,s,l,i,r)=>{s!=l&&(i!=s&&r!=s&&e(t,n,s),i!=l&&r!=l&&e(t,n,l),e(t,n,r))}}var Wc=sr(Vn),Vc=sr(Hn);function lr(e){let t=ut(e?.alignGaps,0);return(n,s,l,i)=>bn(n,s,(r,d,u,f,b,c,w,S,N,v,M)=>{[l,i]=_s(u,l,i);let $=r.pxRound,k=R=>$(c(R,f,v,S)),E=R=>$(w(R,b,M,N)),C,A;f.ori==0?(C=Vn,A=Wc):(C=Hn,A=Vc);let z=f.dir*(f.ori==0?1:-1),j={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},K=j.stroke,_=!1;if(i-l>=v*4){let R=U=>n.posToVal(U,f.key,!0),W=null,Y=null,nt,I,kt,lt=k(d[z==1?l:i]),J=k(d[l]),tt=k(d[i]),X=R(z==1?J+1:tt-1);for(let U=z==1?l:i;U>=l&&U<=i;U+=z){let dt=d[U],xt=(z==1?dt<X:dt>X)?lt:k(dt),rt=u[U];xt==lt?rt!=null?(I=rt,W==null?(C(K,xt,E(I)),nt=W=Y=I):I<W?W=I:I>Y&&(Y=I)):rt===null&&(_=!0):(W!=null&&A(K,lt,E(W),E(Y),E(nt),E(I)),rt!=null?(I=rt,C(K,xt,E(I)),W=Y=nt=I):(W=Y=null,rt===null&&(_=!0)),lt=xt,X=R(lt+z))}W!=null&&W!=Y&&kt!=lt&&A(K,lt,E(W),E(Y),E(nt),E(I))}else for(let R=z==1?l:i;R>=l&&R<=i;R+=z){let W=u[R];W===null?_=!0:W!=null&&C(K,k(d[R]),E(W))}let[x,F]=Bl(n,s);if(r.fill!=null||x!=0){let R=j.fill=new Path2D(K),W=r.fillTo(n,s,r.min,r.max,x),Y=E(W),nt=k(d[l]),I=k(d[i]);z==-1&&([I,nt]=[nt,I]),C(R,I,Y),C(R,nt,Y)}if(!r.spanGaps){let R=[];_&&R.push(...Ul(d,u,l,i,z,k,t)),j.gaps=R=r.gaps(n,s,l,i,R),j.clip=Cs(R,f.ori,S,N,v,M)}return F!=0&&(j.band=F==2?[Ke(n,s,l,i,K,-1),Ke(n,s,l,i,K,1)]:Ke(n,s,l,i,K,F)),j})}function Hc(e){let t=ut(e.align,1),n=ut(e.ascDesc,!1),s=ut(e.alignGaps,0),l=ut(e.extend,!1);return(i,r,d,u)=>bn(i,r,(f,b,c,w,S,N,v,M,$,k,E)=>{[d,u]=_s(c,d,u);let C=f.pxRound,{left:A,width:z}=i.bbox,j=J=>C(N(J,w,k,M)),K=J=>C(v(J,S,E,$)),_=w.ori==0?Vn:Hn,L={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:jn},x=L.stroke,F=w.dir*(w.ori==0?1:-1),R=K(c[F==1?d:u]),W=j(b[F==1?d:u]),Y=W,nt=W;l&&t==-1&&(nt=A,_(x,nt,R)),_(x,W,R);for(let J=F==1?d:u;J>=d&&J<=u;J+=F){let tt=c[J];if(tt==null)continue;let X=j(b[J]),U=K(tt);t==1?_(x,X,R):_(x,Y,U),_(x,X,U),R=U,Y=X}let I=Y;l&&t==1&&(I=A+z,_(x,I,R));let[kt,lt]=Bl(i,r);if(f.fill!=null||kt!=0){let J=L.fill=new Path2D(x),tt=f.fillTo(i,r,f.min,f.max,kt),X=K(tt);_(J,I,X),_(J,nt,X)}if(!f.spanGaps){let J=[];J.push(...Ul(b,c,d,u,F,j,s));let tt=f.width*pt/2,X=n||t==1?tt:-tt,U=n||t==-1?-tt:tt;J.forEach(dt=>{dt[0]+=X,dt[1]+=U}),L.gaps=J=f.gaps(i,r,d,u,J),L.clip=Cs(J,w.ori,M,$,k,E)}return lt!=0&&(L.band=lt==2?[Ke(i,r,d,u,x,-1),Ke(i,r,d,u,x,1)]:Ke(i,r,d,u,x,lt)),L})}function bi(e,t,n,s,l,i,r=yt){if(e.length>1){let d=null;for(let u=0,f=1/0;u<e.length;u++)if(t[u]!==void 0){if(d!=null){let b=Rt(e[u]-e[d]);b<f&&(f=b,r=Rt(n(e[u],s,l,i)-n(e[d],s,l,i)))}d=u}}return r}function Bc(e){e=e||os;let t=ut(e.size,[.6,yt,1]),n=e.align||0,s=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let i=ot(l),r=1-t[0],d=ut(t[1],yt),u=ut(t[2],1),f=ut(e.disp,os),b=ut(e.each,S=>{}),{fill:c,stroke:w}=f;return(S,N,v,M)=>bn(S,N,($,k,E,C,A,z,j,K,_,L,x)=>{let F=$.pxRound,R=n,W=s*pt,Y=d*pt,nt=u*pt,I,kt;C.ori==0?[I,kt]=i(S,N):[kt,I]=i(S,N);let lt=C.dir*(C.ori==0?1:-1),J=C.ori==0?As:Gl,tt=C.ori==0?b:(V,gt,St,he,Be,se,D)=>{b(V,gt,St,Be,he,D,se)},X=ut(S.bands,Fl).find(V=>V.series[0]==N),U=X!=null?X.dir:0,dt=$.fillTo(S,N,$.min,$.max,U),mt=F(j(dt,A,x,_)),xt,rt,ne,Ht=L,wt=F($.width*pt),oe=!1,Se=null,qt=null,ie=null,Pe=null;c!=null&&(wt==0||w!=null)&&(oe=!0,Se=c.values(S,N,v,M),qt=new Map,new Set(Se).forEach(V=>{V!=null&&qt.set(V,new Path2D)}),wt>0&&(ie=w.values(S,N,v,M),Pe=new Map,new Set(ie).forEach(V=>{V!=null&&Pe.set(V,new Path2D)})));let{x0:_e,size:je}=f;if(_e!=null&&je!=null){R=1,k=_e.values(S,N,v,M),_e.unit==2&&(k=k.map(St=>S.posToVal(K+St*L,C.key,!0)));let V=je.values(S,N,v,M);je.unit==2?rt=V[0]*L:rt=z(V[0],C,L,K)-z(0,C,L,K),Ht=bi(k,E,z,C,L,K,Ht),ne=Ht-rt+W}else Ht=bi(k,E,z,C,L,K,Ht),ne=Ht*r+W,rt=Ht-ne;ne<1&&(ne=0),wt>=rt/2&&(wt=0),ne<5&&(F=Ti);let on=ne>0,We=Ht-ne-(on?wt:0);rt=F(Tl(We,nt,Y)),xt=(R==0?rt/2:R==lt?0:rt)-R*lt*((R==0?W/2:0)+(on?wt/2:0));let Bt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ve=oe?null:new Path2D,Me=null;if(X!=null)Me=S.data[X.series[1]];else{let{y0:V,y1:gt}=f;V!=null&&gt!=null&&(E=gt.values(S,N,v,M),Me=V.values(S,N,v,M))}let He=I*rt,et=kt*rt;for(let V=lt==1?v:M;V>=v&&V<=M;V+=lt){let gt=E[V];if(gt==null)continue;if(Me!=null){let Dt=Me[V]??0;if(gt-Dt==0)continue;mt=j(Dt,A,x,_)}let St=C.distr!=2||f!=null?k[V]:V,he=z(St,C,L,K),Be=j(ut(gt,dt),A,x,_),se=F(he-xt),D=F(te(Be,mt)),at=F(Ee(Be,mt)),Ut=D-at;if(gt!=null){let Dt=gt<0?et:He,Ne=gt<0?He:et;oe?(wt>0&&ie[V]!=null&&J(Pe.get(ie[V]),se,at+fe(wt/2),rt,te(0,Ut-wt),Dt,Ne),Se[V]!=null&&J(qt.get(Se[V]),se,at+fe(wt/2),rt,te(0,Ut-wt),Dt,Ne)):J(Ve,se,at+fe(wt/2),rt,te(0,Ut-wt),Dt,Ne),tt(S,N,V,se-wt/2,at,rt+wt,Ut)}}return wt>0?Bt.stroke=oe?Pe:Ve:oe||(Bt._fill=$.width==0?$._fill:$._stroke??$._fill,Bt.width=0),Bt.fill=oe?qt:Ve,Bt})}function Uc(e,t){let n=ut(t?.alignGaps,0);return(s,l,i,r)=>bn(s,l,(d,u,f,b,c,w,S,N,v,M,$)=>{[i,r]=_s(f,i,r);let k=d.pxRound,E=I=>k(w(I,b,M,N)),C=I=>k(S(I,c,$,v)),A,z,j;b.ori==0?(A=$s,j=Vn,z=tr):(A=Ls,j=Hn,z=er);let K=b.dir*(b.ori==0?1:-1),_=E(u[K==1?i:r]),L=_,x=[],F=[];for(let I=K==1?i:r;I>=i&&I<=r;I+=K)if(f[I]!=null){let lt=u[I],J=E(lt);x.push(L=J),F.push(C(f[I]))}let R={stroke:e(x,F,A,j,z,k),fill:null,clip:null,band:null,gaps:null,flags:jn},W=R.stroke,[Y,nt]=Bl(s,l);if(d.fill!=null||Y!=0){let I=R.fill=new Path2D(W),kt=d.fillTo(s,l,d.min,d.max,Y),lt=C(kt);j(I,L,lt),j(I,_,lt)}if(!d.spanGaps){let I=[];I.push(...Ul(u,f,i,r,K,E,n)),R.gaps=I=d.gaps(s,l,i,r,I),R.clip=Cs(I,b.ori,N,v,M,$)}return nt!=0&&(R.band=nt==2?[Ke(s,l,i,r,W,-1),Ke(s,l,i,r,W,1)]:Ke(s,l,i,r,W,nt)),R})}function Gc(e){return Uc(Kc,e)}function Kc(e,t,n,s,l,i){let r=e.length;if(r<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),r==2)s(d,e[1],t[1]);else{let u=Array(r),f=Array(r-1),b=Array(r-1),c=Array(r-1);for(let w=0;w<r-1;w++)b[w]=t[w+1]-t[w],c[w]=e[w+1]-e[w],f[w]=b[w]/c[w];u[0]=f[0];for(let w=1;w<r-1;w++)f[w]===0||f[w-1]===0||f[w-1]>0!=f[w]>0?u[w]=0:(u[w]=3*(c[w-1]+c[w])/((2*c[w]+c[w-1])/f[w-1]+(c[w]+2*c[w-1])/f[w]),isFinite(u[w])||(u[w]=0));u[r-1]=f[r-2];for(let w=0;w<r-1;w++)l(d,e[w]+c[w]/3,t[w]+u[w]*c[w]/3,e[w+1]-c[w]/3,t[w+1]-u[w+1]*c[w]/3,e[w+1],t[w+1])}return d}var Al=new Set;function xi(){for(let e of Al)e.syncRect(!0)}Wn&&(wn(Ta,Dn,xi),wn(Ca,Dn,xi,!0),wn(vs,Dn,()=>{At.pxRatio=pt}));var Yc=lr(),qc=nr();function yi(e,t,n,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>El(i,r,t,n))}function Jc(e,t){return e.map((n,s)=>s==0?{}:Pt({},t,n))}function El(e,t,n,s){return Pt({},t==0?n:s,e)}function or(e,t,n){return t==null?In:[t,n]}var Zc=or;function Qc(e,t,n){return t==null?In:ks(t,n,Ol,!0)}function ir(e,t,n,s){return t==null?In:Ms(t,n,e.scales[s].log,!1)}var Xc=ir;function rr(e,t,n,s){return t==null?In:Dl(t,n,e.scales[s].log,!1)}var tu=rr;function eu(e,t,n,s,l){let i=te(Qo(e),Qo(t)),r=t-e,d=Ae(l/s*r,n);do{let u=n[d],f=s*u/r;if(f>=l&&i+(u<5?nn.get(u):0)<=17)return[u,f]}while(++d<n.length);return[0,0]}function vi(e){let t,n;return e=e.replace(/(\d+)px/,(s,l)=>(t=zt((n=+l)*pt))+"px"),[e,t,n]}function nu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=vt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function At(e,t,n){let s={mode:ut(e.mode,1)},l=s.mode;function i(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?1-g:g)}function r(o,a,p,m){let g=a.valToPct(o);return m+p*(a.dir==-1?g:1-g)}function d(o,a,p,m){return a.ori==0?i(o,a,p,m):r(o,a,p,m)}s.valToPosH=i,s.valToPosV=r;let u=!1;s.status=0;let f=s.root=ye(ca);if(e.id!=null&&(f.id=e.id),ue(f,e.class),e.title){let o=ye(pa,f);o.textContent=e.title}let b=Le("canvas"),c=s.ctx=b.getContext("2d"),w=ye(da,f);wn("click",w,o=>{o.target===N&&(_t!=$n||Ct!=Ln)&&Kt.click(s,o)},!0);let S=s.under=ye(ha,w);w.appendChild(b);let N=s.over=ye(ma,w);e=Fn(e);let v=+ut(e.pxAlign,1),M=gi(v);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(s,e)||e)});let $=e.ms||.001,k=s.series=l==1?yi(e.series||[],ui,mi,!1):Jc(e.series||[null],hi),E=s.axes=yi(e.axes||[],ci,pi,!0),C=s.scales={},A=s.bands=e.bands||[];A.forEach(o=>{o.fill=ot(o.fill||null),o.dir=ut(o.dir,-1)});let z=l==2?k[1].facets[0].scale:k[0].scale,j={axes:Br,series:Fr},K=(e.drawOrder||["axes","series"]).map(o=>j[o]);function _(o){let a=o.distr==3?p=>Ge(p>0?p:o.clamp(s,p,o.min,o.max,o.key)):o.distr==4?p=>xl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let m=a(p),{_min:g,_max:y}=o,T=y-g;return(m-g)/T}}function L(o){let a=C[o];if(a==null){let p=(e.scales||os)[o]||os;if(p.from!=null){L(p.from);let m=Pt({},C[p.from],p,{key:o});m.valToPct=_(m),C[o]=m}else{a=C[o]=Pt({},o==z?qi:Ic,p),a.key=o;let m=a.time,g=a.range,y=en(g);if((o!=z||l==2&&!m)&&(y&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?qo:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?qo:{mode:1,hard:g[1],soft:g[1]}},y=!1),!y&&Ts(g))){let T=g;g=(P,O,H)=>O==null?In:ks(O,H,T)}a.range=ot(g||(m?Zc:o==z?a.distr==3?Xc:a.distr==4?tu:or:a.distr==3?ir:a.distr==4?rr:Qc)),a.auto=ot(y?!1:a.auto),a.clamp=ot(a.clamp||Oc),a._min=a._max=null,a.valToPct=_(a)}}}L("x"),L("y"),l==1&&k.forEach(o=>{L(o.scale)}),E.forEach(o=>{L(o.scale)});for(let o in e.scales)L(o);let x=C[z],F=x.distr,R,W;x.ori==0?(ue(f,ua),R=i,W=r):(ue(f,fa),R=r,W=i);let Y={};for(let o in C){let a=C[o];(a.min!=null||a.max!=null)&&(Y[o]={min:a.min,max:a.max},a.min=a.max=null)}let nt=e.tzDate||(o=>new Date(zt(o/$))),I=e.fmtDate||jl,kt=$==1?uc(nt):dc(nt),lt=ii(nt,oi($==1?cc:pc,I)),J=ai(nt,ri(mc,I)),tt=[],X=s.legend=Pt({},bc,e.legend),U=s.cursor=Pt({},_c,{drag:{y:l==2}},e.cursor),dt=X.show,mt=U.show,xt=X.markers;X.idxs=tt,xt.width=ot(xt.width),xt.dash=ot(xt.dash),xt.stroke=ot(xt.stroke),xt.fill=ot(xt.fill);let rt,ne,Ht,wt=[],oe=[],Se,qt=!1,ie={};if(X.live){let o=k[1]?k[1].values:null;qt=o!=null,Se=qt?o(s,1,0):{_:0};for(let a in Se)ie[a]=zl}if(dt)if(rt=Le("table",va,f),Ht=Le("tbody",null,rt),X.mount(s,rt),qt){ne=Le("thead",null,rt,Ht);let o=Le("tr",null,ne);Le("th",null,o);for(var Pe in Se)Le("th",Do,o).textContent=Pe}else ue(rt,Sa),X.live&&ue(rt,ka);let _e={show:!0},je={show:!1};function on(o,a){if(a==0&&(qt||!X.live||l==2))return In;let p=[],m=Le("tr",_a,Ht,Ht.childNodes[a]);ue(m,o.class),o.show||ue(m,mn);let g=Le("th",null,m);if(xt.show){let P=ye(Ma,g);if(a>0){let O=xt.width(s,a);O&&(P.style.border=O+"px "+xt.dash(s,a)+" "+xt.stroke(s,a)),P.style.background=xt.fill(s,a)}}let y=ye(Do,g);o.label instanceof HTMLElement?y.appendChild(o.label):y.textContent=o.label,a>0&&(xt.show||(y.style.color=o.width>0?xt.stroke(s,a):xt.fill(s,a)),Bt("click",g,P=>{if(U._lock)return;an(P);let O=k.indexOf(o);if((P.ctrlKey||P.metaKey)!=X.isolate){let H=k.some((B,G)=>G>0&&G!=O&&B.show);k.forEach((B,G)=>{G>0&&Re(G,H?G==O?_e:je:_e,!0,Et.setSeries)})}else Re(O,{show:!o.show},!0,Et.setSeries)},!1),yn&&Bt(jo,g,P=>{U._lock||(an(P),Re(k.indexOf(o),En,!0,Et.setSeries))},!1));for(var T in Se){let P=Le("td",Na,m);P.textContent="--",p.push(P)}return[m,p]}let We=new Map;function Bt(o,a,p,m=!0){let g=We.get(a)||{},y=U.bind[o](s,a,p,m);y&&(wn(o,a,g[o]=y),We.set(a,g))}function Ve(o,a,p){let m=We.get(a)||{};for(let g in m)(o==null||g==o)&&(Nl(g,a,m[g]),delete m[g]);o==null&&We.delete(a)}let Me=0,He=0,et=0,V=0,gt=0,St=0,he=gt,Be=St,se=et,D=V,at=0,Ut=0,Dt=0,Ne=0;s.bbox={};let Gs=!1,as=!1,xn=!1,rn=!1,cs=!1,me=!1;function Ks(o,a,p){(p||o!=s.width||a!=s.height)&&so(o,a),Mn(!1),xn=!0,as=!0,Nn()}function so(o,a){s.width=Me=et=o,s.height=He=V=a,gt=St=0,Er(),Pr();let p=s.bbox;at=p.left=dn(gt*pt,.5),Ut=p.top=dn(St*pt,.5),Dt=p.width=dn(et*pt,.5),Ne=p.height=dn(V*pt,.5)}let $r=3;function Lr(){let o=!1,a=0;for(;!o;){a++;let p=Vr(a),m=Hr(a);o=a==$r||p&&m,o||(so(s.width,s.height),as=!0)}}function Ar({width:o,height:a}){Ks(o,a)}s.setSize=Ar;function Er(){let o=!1,a=!1,p=!1,m=!1;E.forEach((g,y)=>{if(g.show&&g._show){let{side:T,_size:P}=g,O=T%2,H=g.label!=null?g.labelSize:0,B=P+H;B>0&&(O?(et-=B,T==3?(gt+=B,m=!0):p=!0):(V-=B,T==0?(St+=B,o=!0):a=!0))}}),cn[0]=o,cn[1]=p,cn[2]=a,cn[3]=m,et-=qe[1]+qe[3],gt+=qe[3],V-=qe[2]+qe[0],St+=qe[0]}function Pr(){let o=gt+et,a=St+V,p=gt,m=St;function g(y,T){switch(y){case 1:return o+=T,o-T;case 2:return a+=T,a-T;case 3:return p-=T,p+T;case 0:return m-=T,m+T}}E.forEach((y,T)=>{if(y.show&&y._show){let P=y.side;y._pos=g(P,y._size),y.label!=null&&(y._lpos=g(P,y.labelSize))}})}if(U.dataIdx==null){let o=U.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let p=o.prox=ot(o.prox),m=o.bias??(o.bias=0);U.dataIdx=(g,y,T,P)=>{if(y==0)return T;let O=T,H=p(g,y,T,P)??yt,B=H>=0&&H<yt,G=x.ori==0?et:V,Q=U.left,ft=t[0],ct=t[y];if(a.has(ct[T])){O=null;let st=null,Z=null,q;if(m==0||m==-1)for(q=T;st==null&&q-- >0;)a.has(ct[q])||(st=q);if(m==0||m==1)for(q=T;Z==null&&q++<ct.length;)a.has(ct[q])||(Z=q);if(st!=null||Z!=null)if(B){let Nt=st==null?-1/0:R(ft[st],x,G,0),$t=Z==null?1/0:R(ft[Z],x,G,0),Vt=Q-Nt,bt=$t-Q;Vt<=bt?Vt<=H&&(O=st):bt<=H&&(O=Z)}else O=Z==null?st:st==null?Z:T-st<=Z-T?st:Z}else B&&Rt(Q-R(ft[T],x,G,0))>H&&(O=null);return O}}let an=o=>{U.event=o};U.idxs=tt,U._lock=!1;let Jt=U.points;Jt.show=ot(Jt.show),Jt.size=ot(Jt.size),Jt.stroke=ot(Jt.stroke),Jt.width=ot(Jt.width),Jt.fill=ot(Jt.fill);let ze=s.focus=Pt({},e.focus||{alpha:.3},U.focus),yn=ze.prox>=0,vn=yn&&Jt.one,we=[],kn=[],Sn=[];function lo(o,a){let p=Jt.show(s,a);if(p instanceof HTMLElement)return ue(p,ya),ue(p,o.class),Fe(p,-10,-10,et,V),N.insertBefore(p,we[a]),p}function oo(o,a){if(l==1||a>0){let p=l==1&&C[o.scale].time,m=o.value;o.value=p?ei(m)?ai(nt,ri(m,I)):m||J:m||zc,o.label=o.label||(p?Nc:Mc)}if(vn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Yc||Ia,o.fillTo=ot(o.fillTo||Fc),o.pxAlign=+ut(o.pxAlign,v),o.pxRound=gi(o.pxAlign),o.stroke=ot(o.stroke||null),o.fill=ot(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=Rc(te(1,o.width),1),m=o.points=Pt({},{size:p,width:te(1,p*.2),stroke:o.stroke,space:p*2,paths:qc,_stroke:null,_fill:null},o.points);m.show=ot(m.show),m.filter=ot(m.filter),m.fill=ot(m.fill),m.stroke=ot(m.stroke),m.paths=ot(m.paths),m.pxAlign=o.pxAlign}if(dt){let p=on(o,a);wt.splice(a,0,p[0]),oe.splice(a,0,p[1]),X.values.push(null)}if(mt){tt.splice(a,0,null);let p=null;vn?a==0&&(p=lo(o,a)):a>0&&(p=lo(o,a)),we.splice(a,0,p),kn.splice(a,0,0),Sn.splice(a,0,0)}Wt("addSeries",a)}function zr(o,a){a=a??k.length,o=l==1?El(o,a,ui,mi):El(o,a,{},hi),k.splice(a,0,o),oo(k[a],a)}s.addSeries=zr;function Rr(o){if(k.splice(o,1),dt){X.values.splice(o,1),oe.splice(o,1);let a=wt.splice(o,1)[0];Ve(null,a.firstChild),a.remove()}mt&&(tt.splice(o,1),we.splice(o,1)[0].remove(),kn.splice(o,1),Sn.splice(o,1)),Wt("delSeries",o)}s.delSeries=Rr;let cn=[!1,!1,!1,!1];function Dr(o,a){if(o._show=o.show,o.show){let p=o.side%2,m=C[o.scale];m==null&&(o.scale=p?k[1].scale:z,m=C[o.scale]);let g=m.time;o.size=ot(o.size),o.space=ot(o.space),o.rotate=ot(o.rotate),en(o.incrs)&&o.incrs.forEach(T=>{!nn.has(T)&&nn.set(T,Li(T))}),o.incrs=ot(o.incrs||(m.distr==2?ic:g?$==1?ac:fc:hn)),o.splits=ot(o.splits||(g&&m.distr==1?kt:m.distr==3?Cl:m.distr==4?$c:Cc)),o.stroke=ot(o.stroke),o.grid.stroke=ot(o.grid.stroke),o.ticks.stroke=ot(o.ticks.stroke),o.border.stroke=ot(o.border.stroke);let y=o.values;o.values=en(y)&&!en(y[0])?ot(y):g?en(y)?ii(nt,oi(y,I)):ei(y)?hc(nt,y):y||lt:y||Tc,o.filter=ot(o.filter||(m.distr>=3&&m.log==10?Ec:m.distr==3&&m.log==2?Pc:Ci)),o.font=vi(o.font),o.labelFont=vi(o.labelFont),o._size=o.size(s,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(cn[a]=!0,o._el=ye(wa,w))}}function Kn(o,a,p,m){let[g,y,T,P]=p,O=a%2,H=0;return O==0&&(P||y)&&(H=a==0&&!g||a==2&&!T?zt(ci.size/3):0),O==1&&(g||T)&&(H=a==1&&!y||a==3&&!P?zt(pi.size/2):0),H}let io=s.padding=(e.padding||[Kn,Kn,Kn,Kn]).map(o=>ot(ut(o,Kn))),qe=s._padding=io.map((o,a)=>o(s,a,cn,0)),Gt,Ot=null,It=null,us=l==1?k[0].idxs:null,Te=null,Yn=!1;function ro(o,a){if(t=o??[],s.data=s._data=t,l==2){Gt=0;for(let p=1;p<k.length;p++)Gt+=t[p][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Te=t[0],Gt=Te.length;let p=t;if(F==2){p=t.slice();let m=p[0]=Array(Gt);for(let g=0;g<Gt;g++)m[g]=g}s._data=t=p}if(Mn(!0),Wt("setData"),F==2&&(xn=!0),a!==!1){let p=x;p.auto(s,Yn)?Ys():Ze(z,p.min,p.max),rn=rn||U.left>=0,me=!0,Nn()}}s.setData=ro;function Ys(){Yn=!0;let o,a;l==1&&(Gt>0?(Ot=us[0]=0,It=us[1]=Gt-1,o=t[0][Ot],a=t[0][It],F==2?(o=Ot,a=It):o==a&&(F==3?[o,a]=Ms(o,o,x.log,!1):F==4?[o,a]=Dl(o,o,x.log,!1):x.time?a=o+zt(86400/$):[o,a]=ks(o,a,Ol,!0))):(Ot=us[0]=o=null,It=us[1]=a=null)),Ze(z,o,a)}let fs,_n,qs,Js,Zs,Qs,Xs,tl,el,le;function ao(o,a,p,m,g,y){o??(o=Io),p??(p=Fl),m??(m="butt"),g??(g=Io),y??(y="round"),o!=fs&&(c.strokeStyle=fs=o),g!=_n&&(c.fillStyle=_n=g),a!=qs&&(c.lineWidth=qs=a),y!=Zs&&(c.lineJoin=Zs=y),m!=Qs&&(c.lineCap=Qs=m),p!=Js&&c.setLineDash(Js=p)}function co(o,a,p,m){a!=_n&&(c.fillStyle=_n=a),o!=Xs&&(c.font=Xs=o),p!=tl&&(c.textAlign=tl=p),m!=el&&(c.textBaseline=el=m)}function nl(o,a,p,m,g=0){if(m.length>0&&o.auto(s,Yn)&&(a==null||a.min==null)){let y=ut(Ot,0),T=ut(It,m.length-1),P=p.min==null?Ea(m,y,T,g,o.distr==3):[p.min,p.max];o.min=Ee(o.min,p.min=P[0]),o.max=te(o.max,p.max=P[1])}}let uo={min:null,max:null};function Or(){for(let m in C){let g=C[m];Y[m]==null&&(g.min==null||Y[z]!=null&&g.auto(s,Yn))&&(Y[m]=uo)}for(let m in C){let g=C[m];Y[m]==null&&g.from!=null&&Y[g.from]!=null&&(Y[m]=uo)}Y[z]!=null&&Mn(!0);let o={};for(let m in Y){let g=Y[m];if(g!=null){let y=o[m]=Fn(C[m],Wa);if(g.min!=null)Pt(y,g);else if(m!=z||l==2)if(Gt==0&&y.from==null){let T=y.range(s,null,null,m);y.min=T[0],y.max=T[1]}else y.min=yt,y.max=-yt}}if(Gt>0){k.forEach((m,g)=>{if(l==1){let y=m.scale,T=Y[y];if(T==null)return;let P=o[y];if(g==0){let O=P.range(s,P.min,P.max,y);P.min=O[0],P.max=O[1],Ot=Ae(P.min,t[0]),It=Ae(P.max,t[0]),It-Ot>1&&(t[0][Ot]<P.min&&Ot++,t[0][It]>P.max&&It--),m.min=Te[Ot],m.max=Te[It]}else m.show&&m.auto&&nl(P,T,m,t[g],m.sorted);m.idxs[0]=Ot,m.idxs[1]=It}else if(g>0&&m.show&&m.auto){let[y,T]=m.facets,P=y.scale,O=T.scale,[H,B]=t[g],G=o[P],Q=o[O];G!=null&&nl(G,Y[P],y,H,y.sorted),Q!=null&&nl(Q,Y[O],T,B,T.sorted),m.min=T.min,m.max=T.max}});for(let m in o){let g=o[m],y=Y[m];if(g.from==null&&(y==null||y.min==null)){let T=g.range(s,g.min==yt?null:g.min,g.max==-yt?null:g.max,m);g.min=T[0],g.max=T[1]}}}for(let m in o){let g=o[m];if(g.from!=null){let y=o[g.from];if(y.min==null)g.min=g.max=null;else{let T=g.range(s,y.min,y.max,m);g.min=T[0],g.max=T[1]}}}let a={},p=!1;for(let m in o){let g=o[m],y=C[m];if(y.min!=g.min||y.max!=g.max){y.min=g.min,y.max=g.max;let T=y.distr;y._min=T==3?Ge(y.min):T==4?xl(y.min,y.asinh):T==100?y.fwd(y.min):y.min,y._max=T==3?Ge(y.max):T==4?xl(y.max,y.asinh):T==100?y.fwd(y.max):y.max,a[m]=p=!0}}if(p){k.forEach((m,g)=>{l==2?g>0&&a.y&&(m._paths=null):a[m.scale]&&(m._paths=null)});for(let m in a)xn=!0,Wt("setScale",m);mt&&U.left>=0&&(rn=me=!0)}for(let m in Y)Y[m]=null}function Ir(o){let a=Tl(Ot-1,0,Gt-1),p=Tl(It+1,0,Gt-1);for(;o[a]==null&&a>0;)a--;for(;o[p]==null&&p<Gt-1;)p++;return[a,p]}function Fr(){if(Gt>0){let o=k.some(a=>a._focus)&&le!=ze.alpha;o&&(c.globalAlpha=le=ze.alpha),k.forEach((a,p)=>{if(p>0&&a.show&&(fo(p,!1),fo(p,!0),a._paths==null)){let m=le;le!=a.alpha&&(c.globalAlpha=le=a.alpha);let g=l==2?[0,t[p][0].length-1]:Ir(t[p]);a._paths=a.paths(s,p,g[0],g[1]),le!=m&&(c.globalAlpha=le=m)}}),k.forEach((a,p)=>{if(p>0&&a.show){let m=le;le!=a.alpha&&(c.globalAlpha=le=a.alpha),a._paths!=null&&po(p,!1);{let g=a._paths!=null?a._paths.gaps:null,y=a.points.show(s,p,Ot,It,g),T=a.points.filter(s,p,y,g);(y||T)&&(a.points._paths=a.points.paths(s,p,Ot,It,T),po(p,!0))}le!=m&&(c.globalAlpha=le=m),Wt("drawSeries",p)}}),o&&(c.globalAlpha=le=1)}}function fo(o,a){let p=a?k[o].points:k[o];p._stroke=p.stroke(s,o),p._fill=p.fill(s,o)}function po(o,a){let p=a?k[o].points:k[o],{stroke:m,fill:g,clip:y,flags:T,_stroke:P=p._stroke,_fill:O=p._fill,_width:H=p.width}=p._paths;H=vt(H*pt,3);let B=null,G=H%2/2;a&&O==null&&(O=H>0?"#fff":P);let Q=p.pxAlign==1&&G>0;if(Q&&c.translate(G,G),!a){let ft=at-H/2,ct=Ut-H/2,st=Dt+H,Z=Ne+H;B=new Path2D,B.rect(ft,ct,st,Z)}a?sl(P,H,p.dash,p.cap,O,m,g,T,y):jr(o,P,H,p.dash,p.cap,O,m,g,T,B,y),Q&&c.translate(-G,-G)}function jr(o,a,p,m,g,y,T,P,O,H,B){let G=!1;O!=0&&A.forEach((Q,ft)=>{if(Q.series[0]==o){let ct=k[Q.series[1]],st=t[Q.series[1]],Z=(ct._paths||os).band;en(Z)&&(Z=Q.dir==1?Z[0]:Z[1]);let q,Nt=null;ct.show&&Z&&za(st,Ot,It)?(Nt=Q.fill(s,ft)||y,q=ct._paths.clip):Z=null,sl(a,p,m,g,Nt,T,P,O,H,B,q,Z),G=!0}}),G||sl(a,p,m,g,y,T,P,O,H,B)}let ho=jn|Ll;function sl(o,a,p,m,g,y,T,P,O,H,B,G){ao(o,a,p,m,g),(O||H||G)&&(c.save(),O&&c.clip(O),H&&c.clip(H)),G?(P&ho)==ho?(c.clip(G),B&&c.clip(B),ds(g,T),ps(o,y,a)):P&Ll?(ds(g,T),c.clip(G),ps(o,y,a)):P&jn&&(c.save(),c.clip(G),B&&c.clip(B),ds(g,T),c.restore(),ps(o,y,a)):(ds(g,T),ps(o,y,a)),(O||H||G)&&c.restore()}function ps(o,a,p){p>0&&(a instanceof Map?a.forEach((m,g)=>{c.strokeStyle=fs=g,c.stroke(m)}):a!=null&&o&&c.stroke(a))}function ds(o,a){a instanceof Map?a.forEach((p,m)=>{c.fillStyle=_n=m,c.fill(p)}):a!=null&&o&&c.fill(a)}function Wr(o,a,p,m){let g=E[o],y;if(m<=0)y=[0,0];else{let T=g._space=g.space(s,o,a,p,m),P=g._incrs=g.incrs(s,o,a,p,m,T);y=eu(a,p,P,m,T)}return g._found=y}function ll(o,a,p,m,g,y,T,P,O,H){let B=T%2/2;v==1&&c.translate(B,B),ao(P,T,O,H,P),c.beginPath();let G,Q,ft,ct,st=g+(m==0||m==3?-y:y);p==0?(Q=g,ct=st):(G=g,ft=st);for(let Z=0;Z<o.length;Z++)a[Z]!=null&&(p==0?G=ft=o[Z]:Q=ct=o[Z],c.moveTo(G,Q),c.lineTo(ft,ct));c.stroke(),v==1&&c.translate(-B,-B)}function Vr(o){let a=!0;return E.forEach((p,m)=>{if(!p.show)return;let g=C[p.scale];if(g.min==null){p._show&&(a=!1,p._show=!1,Mn(!1));return}else p._show||(a=!1,p._show=!0,Mn(!1));let y=p.side,T=y%2,{min:P,max:O}=g,[H,B]=Wr(m,P,O,T==0?et:V);if(B==0)return;let G=g.distr==2,Q=p._splits=p.splits(s,m,P,O,H,B,G),ft=g.distr==2?Q.map(q=>Te[q]):Q,ct=g.distr==2?Te[Q[1]]-Te[Q[0]]:H,st=p._values=p.values(s,p.filter(s,ft,m,B,ct),m,B,ct);p._rotate=y==2?p.rotate(s,st,m,B):0;let Z=p._size;p._size=ve(p.size(s,st,m,o)),Z!=null&&p._size!=Z&&(a=!1)}),a}function Hr(o){let a=!0;return io.forEach((p,m)=>{let g=p(s,m,cn,o);g!=qe[m]&&(a=!1),qe[m]=g}),a}function Br(){for(let o=0;o<E.length;o++){let a=E[o];if(!a.show||!a._show)continue;let p=a.side,m=p%2,g,y,T=a.stroke(s,o),P=p==0||p==3?-1:1,[O,H]=a._found;if(a.label!=null){let Qt=a.labelGap*P,ce=zt((a._lpos+Qt)*pt);co(a.labelFont[0],T,"center",p==2?"top":Oo),c.save(),m==1?(g=y=0,c.translate(ce,zt(Ut+Ne/2)),c.rotate((p==3?-ys:ys)/2)):(g=zt(at+Dt/2),y=ce);let pn=Ni(a.label)?a.label(s,o,O,H):a.label;c.fillText(pn,g,y),c.restore()}if(H==0)continue;let B=C[a.scale],G=m==0?Dt:Ne,Q=m==0?at:Ut,ft=a._splits,ct=B.distr==2?ft.map(Qt=>Te[Qt]):ft,st=B.distr==2?Te[ft[1]]-Te[ft[0]]:O,Z=a.ticks,q=a.border,Nt=Z.show?Z.size:0,$t=zt(Nt*pt),Vt=zt((a.alignTo==2?a._size-Nt-a.gap:a.gap)*pt),bt=a._rotate*-ys/180,Lt=M(a._pos*pt),re=($t+Vt)*P,Zt=Lt+re;y=m==0?Zt:0,g=m==1?Zt:0;let ge=a.font[0],Ce=a.align==1?zn:a.align==2?wl:bt>0?zn:bt<0?wl:m==0?"center":p==3?wl:zn,Oe=bt||m==1?"middle":p==2?"top":Oo;co(ge,T,Ce,Oe);let ae=a.font[1]*a.lineGap,be=ft.map(Qt=>M(d(Qt,B,G,Q))),$e=a._values;for(let Qt=0;Qt<$e.length;Qt++){let ce=$e[Qt];if(ce!=null){m==0?g=be[Qt]:y=be[Qt],ce=""+ce;let pn=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Xt=0;Xt<pn.length;Xt++){let Po=pn[Xt];bt?(c.save(),c.translate(g,y+Xt*ae),c.rotate(bt),c.fillText(Po,0,0),c.restore()):c.fillText(Po,g,y+Xt*ae)}}}Z.show&&ll(be,Z.filter(s,ct,o,H,st),m,p,Lt,$t,vt(Z.width*pt,3),Z.stroke(s,o),Z.dash,Z.cap);let Ie=a.grid;Ie.show&&ll(be,Ie.filter(s,ct,o,H,st),m,m==0?2:1,m==0?Ut:at,m==0?Ne:Dt,vt(Ie.width*pt,3),Ie.stroke(s,o),Ie.dash,Ie.cap),q.show&&ll([Lt],[1],m==0?1:0,m==0?1:2,m==1?Ut:at,m==1?Ne:Dt,vt(q.width*pt,3),q.stroke(s,o),q.dash,q.cap)}Wt("drawAxes")}function Mn(o){k.forEach((a,p)=>{p>0&&(a._paths=null,o&&(l==1?(a.min=null,a.max=null):a.facets.forEach(m=>{m.min=null,m.max=null})))})}let hs=!1,ol=!1,qn=[];function Ur(){ol=!1;for(let o=0;o<qn.length;o++)Wt(...qn[o]);qn.length=0}function Nn(){hs||(Ya(mo),hs=!0)}function Gr(o,a=!1){hs=!0,ol=a,o(s),mo(),a&&qn.length>0&&queueMicrotask(Ur)}s.batch=Gr;function mo(){if(Gs&&(Or(),Gs=!1),xn&&(Lr(),xn=!1),as){if(Tt(S,zn,gt),Tt(S,"top",St),Tt(S,es,et),Tt(S,ns,V),Tt(N,zn,gt),Tt(N,"top",St),Tt(N,es,et),Tt(N,ns,V),Tt(w,es,Me),Tt(w,ns,He),b.width=zt(Me*pt),b.height=zt(He*pt),E.forEach(({_el:o,_show:a,_size:p,_pos:m,side:g})=>{if(o!=null)if(a){let y=g===3||g===0?p:0,T=g%2==1;Tt(o,T?"left":"top",m-y),Tt(o,T?"width":"height",p),Tt(o,T?"top":"left",T?St:gt),Tt(o,T?"height":"width",T?V:et),Ml(o,mn)}else ue(o,mn)}),fs=_n=qs=Zs=Qs=Xs=tl=el=Js=null,le=1,Qn(!0),gt!=he||St!=Be||et!=se||V!=D){Mn(!1);let o=et/se,a=V/D;if(mt&&!rn&&U.left>=0){U.left*=o,U.top*=a,Tn&&Fe(Tn,zt(U.left),0,et,V),Cn&&Fe(Cn,0,zt(U.top),et,V);for(let p=0;p<we.length;p++){let m=we[p];m!=null&&(kn[p]*=o,Sn[p]*=a,Fe(m,ve(kn[p]),ve(Sn[p]),et,V))}}if(Mt.show&&!cs&&Mt.left>=0&&Mt.width>0){Mt.left*=o,Mt.width*=o,Mt.top*=a,Mt.height*=a;for(let p in fl)Tt(An,p,Mt[p])}he=gt,Be=St,se=et,D=V}Wt("setSize"),as=!1}Me>0&&He>0&&(c.clearRect(0,0,b.width,b.height),Wt("drawClear"),K.forEach(o=>o()),Wt("draw")),Mt.show&&cs&&(ms(Mt),cs=!1),mt&&rn&&(fn(null,!0,!1),rn=!1),X.show&&X.live&&me&&(cl(),me=!1),u||(u=!0,s.status=1,Wt("ready")),Yn=!1,hs=!1}s.redraw=(o,a)=>{xn=a||!1,o!==!1?Ze(z,x.min,x.max):Nn()};function il(o,a){let p=C[o];if(p.from==null){if(Gt==0){let m=p.range(s,a.min,a.max,o);a.min=m[0],a.max=m[1]}if(a.min>a.max){let m=a.min;a.min=a.max,a.max=m}if(Gt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==z&&p.distr==2&&Gt>0&&(a.min=Ae(a.min,t[0]),a.max=Ae(a.max,t[0]),a.min==a.max&&a.max++),Y[o]=a,Gs=!0,Nn()}}s.setScale=il;let rl,al,Tn,Cn,wo,go,$n,Ln,bo,xo,_t,Ct,Je=!1,Kt=U.drag,Ft=Kt.x,jt=Kt.y;mt&&(U.x&&(rl=ye(ba,N)),U.y&&(al=ye(xa,N)),x.ori==0?(Tn=rl,Cn=al):(Tn=al,Cn=rl),_t=U.left,Ct=U.top);let Mt=s.select=Pt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),An=Mt.show?ye(ga,Mt.over?N:S):null;function ms(o,a){if(Mt.show){for(let p in o)Mt[p]=o[p],p in fl&&Tt(An,p,o[p]);a!==!1&&Wt("setSelect")}}s.setSelect=ms;function Kr(o){if(k[o].show)dt&&Ml(wt[o],mn);else if(dt&&ue(wt[o],mn),mt){let p=vn?we[0]:we[o];p!=null&&Fe(p,-10,-10,et,V)}}function Ze(o,a,p){il(o,{min:a,max:p})}function Re(o,a,p,m){a.focus!=null&&Qr(o),a.show!=null&&k.forEach((g,y)=>{y>0&&(o==y||o==null)&&(g.show=a.show,Kr(y),l==2?(Ze(g.facets[0].scale,null,null),Ze(g.facets[1].scale,null,null)):Ze(g.scale,null,null),Nn())}),p!==!1&&Wt("setSeries",o,a),m&&Xn("setSeries",s,o,a)}s.setSeries=Re;function Yr(o,a){Pt(A[o],a)}function qr(o,a){o.fill=ot(o.fill||null),o.dir=ut(o.dir,-1),a=a??A.length,A.splice(a,0,o)}function Jr(o){o==null?A.length=0:A.splice(o,1)}s.addBand=qr,s.setBand=Yr,s.delBand=Jr;function Zr(o,a){k[o].alpha=a,mt&&we[o]!=null&&(we[o].style.opacity=a),dt&&wt[o]&&(wt[o].style.opacity=a)}let Ue,Qe,un,En={focus:!0};function Qr(o){if(o!=un){let a=o==null,p=ze.alpha!=1;k.forEach((m,g)=>{if(l==1||g>0){let y=a||g==0||g==o;m._focus=a?null:y,p&&Zr(g,y?1:ze.alpha)}}),un=o,p&&Nn()}}dt&&yn&&Bt(Wo,rt,o=>{U._lock||(an(o),un!=null&&Re(null,En,!0,Et.setSeries))});function De(o,a,p){let m=C[a];p&&(o=o/pt-(m.ori==1?St:gt));let g=et;m.ori==1&&(g=V,o=g-o),m.dir==-1&&(o=g-o);let y=m._min,T=m._max,P=o/g,O=y+(T-y)*P,H=m.distr;return H==3?On(10,O):H==4?Da(O,m.asinh):H==100?m.bwd(O):O}function Xr(o,a){let p=De(o,z,a);return Ae(p,t[0],Ot,It)}s.valToIdx=o=>Ae(o,t[0]),s.posToIdx=Xr,s.posToVal=De,s.valToPos=(o,a,p)=>C[a].ori==0?i(o,C[a],p?Dt:et,p?at:0):r(o,C[a],p?Ne:V,p?Ut:0),s.setCursor=(o,a,p)=>{_t=o.left,Ct=o.top,fn(null,a,p)};function yo(o,a){Tt(An,zn,Mt.left=o),Tt(An,es,Mt.width=a)}function vo(o,a){Tt(An,"top",Mt.top=o),Tt(An,ns,Mt.height=a)}let Jn=x.ori==0?yo:vo,Zn=x.ori==1?yo:vo;function ta(){if(dt&&X.live)for(let o=l==2?1:0;o<k.length;o++){if(o==0&&qt)continue;let a=X.values[o],p=0;for(let m in a)oe[o][p++].firstChild.nodeValue=a[m]}}function cl(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((p,m)=>{tt[m]=p}):ja(o.idx)||tt.fill(o.idx),X.idx=tt[0]),dt&&X.live){for(let p=0;p<k.length;p++)(p>0||l==1&&!qt)&&ea(p,tt[p]);ta()}me=!1,a!==!1&&Wt("setLegend")}s.setLegend=cl;function ea(o,a){let p=k[o],m=o==0&&F==2?Te:t[o],g;qt?g=p.values(s,o,a)??ie:(g=p.value(s,a==null?null:m[a],o,a),g=g==null?ie:{_:g}),X.values[o]=g}function fn(o,a,p){bo=_t,xo=Ct,[_t,Ct]=U.move(s,_t,Ct),U.left=_t,U.top=Ct,mt&&(Tn&&Fe(Tn,zt(_t),0,et,V),Cn&&Fe(Cn,0,zt(Ct),et,V));let m,g=Ot>It;Ue=yt,Qe=null;let y=x.ori==0?et:V,T=x.ori==1?et:V;if(_t<0||Gt==0||g){m=U.idx=null;for(let P=0;P<k.length;P++){let O=we[P];O!=null&&Fe(O,-10,-10,et,V)}yn&&Re(null,En,!0,o==null&&Et.setSeries),X.live&&(tt.fill(m),me=!0)}else{let P,O,H;l==1&&(P=x.ori==0?_t:Ct,O=De(P,z),m=U.idx=Ae(O,t[0],Ot,It),H=R(t[0][m],x,y,0));let B=-10,G=-10,Q=0,ft=0,ct=!0,st="",Z="";for(let q=l==2?1:0;q<k.length;q++){let Nt=k[q],$t=tt[q],Vt=$t==null?null:l==1?t[q][$t]:t[q][1][$t],bt=U.dataIdx(s,q,m,O),Lt=bt==null?null:l==1?t[q][bt]:t[q][1][bt];if(me=me||Lt!=Vt||bt!=$t,tt[q]=bt,q>0&&Nt.show){let re=bt==null?-10:bt==m?H:R(l==1?t[0][bt]:t[q][0][bt],x,y,0),Zt=Lt==null?-10:W(Lt,l==1?C[Nt.scale]:C[Nt.facets[1].scale],T,0);if(yn&&Lt!=null){let ge=x.ori==1?_t:Ct,Ce=Rt(ze.dist(s,q,bt,Zt,ge));if(Ce<Ue){let Oe=ze.bias;if(Oe!=0){let ae=De(ge,Nt.scale),be=Lt>=0?1:-1,$e=ae>=0?1:-1;$e==be&&($e==1?Oe==1?Lt>=ae:Lt<=ae:Oe==1?Lt<=ae:Lt>=ae)&&(Ue=Ce,Qe=q)}else Ue=Ce,Qe=q}}if(me||vn){let ge,Ce;x.ori==0?(ge=re,Ce=Zt):(ge=Zt,Ce=re);let Oe,ae,be,$e,Ie,Qt,ce=!0,pn=Jt.bbox;if(pn!=null){ce=!1;let Xt=pn(s,q);be=Xt.left,$e=Xt.top,Oe=Xt.width,ae=Xt.height}else be=ge,$e=Ce,Oe=ae=Jt.size(s,q);if(Qt=Jt.fill(s,q),Ie=Jt.stroke(s,q),vn)q==Qe&&Ue<=ze.prox&&(B=be,G=$e,Q=Oe,ft=ae,ct=ce,st=Qt,Z=Ie);else{let Xt=we[q];Xt!=null&&(kn[q]=be,Sn[q]=$e,Yo(Xt,Oe,ae,ce),Go(Xt,Qt,Ie),Fe(Xt,ve(be),ve($e),et,V))}}}}if(vn){let q=ze.prox,Nt=un==null?Ue<=q:Ue>q||Qe!=un;if(me||Nt){let $t=we[0];$t!=null&&(kn[0]=B,Sn[0]=G,Yo($t,Q,ft,ct),Go($t,st,Z),Fe($t,ve(B),ve(G),et,V))}}}if(Mt.show&&Je)if(o!=null){let[P,O]=Et.scales,[H,B]=Et.match,[G,Q]=o.cursor.sync.scales,ft=o.cursor.drag;if(Ft=ft._x,jt=ft._y,Ft||jt){let{left:ct,top:st,width:Z,height:q}=o.select,Nt=o.scales[G].ori,$t=o.posToVal,Vt,bt,Lt,re,Zt,ge=P!=null&&H(P,G),Ce=O!=null&&B(O,Q);ge&&Ft?(Nt==0?(Vt=ct,bt=Z):(Vt=st,bt=q),Lt=C[P],re=R($t(Vt,G),Lt,y,0),Zt=R($t(Vt+bt,G),Lt,y,0),Jn(Ee(re,Zt),Rt(Zt-re))):Jn(0,y),Ce&&jt?(Nt==1?(Vt=ct,bt=Z):(Vt=st,bt=q),Lt=C[O],re=W($t(Vt,Q),Lt,T,0),Zt=W($t(Vt+bt,Q),Lt,T,0),Zn(Ee(re,Zt),Rt(Zt-re))):Zn(0,T)}else pl()}else{let P=Rt(bo-wo),O=Rt(xo-go);if(x.ori==1){let Q=P;P=O,O=Q}Ft=Kt.x&&P>=Kt.dist,jt=Kt.y&&O>=Kt.dist;let H=Kt.uni;H!=null?Ft&&jt&&(Ft=P>=H,jt=O>=H,!Ft&&!jt&&(O>P?jt=!0:Ft=!0)):Kt.x&&Kt.y&&(Ft||jt)&&(Ft=jt=!0);let B,G;Ft&&(x.ori==0?(B=$n,G=_t):(B=Ln,G=Ct),Jn(Ee(B,G),Rt(G-B)),jt||Zn(0,T)),jt&&(x.ori==1?(B=$n,G=_t):(B=Ln,G=Ct),Zn(Ee(B,G),Rt(G-B)),Ft||Jn(0,y)),!Ft&&!jt&&(Jn(0,0),Zn(0,0))}if(Kt._x=Ft,Kt._y=jt,o==null){if(p){if(Eo!=null){let[P,O]=Et.scales;Et.values[0]=P!=null?De(x.ori==0?_t:Ct,P):null,Et.values[1]=O!=null?De(x.ori==1?_t:Ct,O):null}Xn(gl,s,_t,Ct,et,V,m)}if(yn){let P=p&&Et.setSeries,O=ze.prox;un==null?Ue<=O&&Re(Qe,En,!0,P):Ue>O?Re(null,En,!0,P):Qe!=un&&Re(Qe,En,!0,P)}}me&&(X.idx=m,cl()),a!==!1&&Wt("setCursor")}let Xe=null;Object.defineProperty(s,"rect",{get(){return Xe==null&&Qn(!1),Xe}});function Qn(o=!1){o?Xe=null:(Xe=N.getBoundingClientRect(),Wt("syncRect",Xe))}function ko(o,a,p,m,g,y,T){U._lock||Je&&o!=null&&o.movementX==0&&o.movementY==0||(ul(o,a,p,m,g,y,T,!1,o!=null),o!=null?fn(null,!0,!0):fn(a,!0,!1))}function ul(o,a,p,m,g,y,T,P,O){if(Xe==null&&Qn(!1),an(o),o!=null)p=o.clientX-Xe.left,m=o.clientY-Xe.top;else{if(p<0||m<0){_t=-10,Ct=-10;return}let[H,B]=Et.scales,G=a.cursor.sync,[Q,ft]=G.values,[ct,st]=G.scales,[Z,q]=Et.match,Nt=a.axes[0].side%2==1,$t=x.ori==0?et:V,Vt=x.ori==1?et:V,bt=Nt?y:g,Lt=Nt?g:y,re=Nt?m:p,Zt=Nt?p:m;if(ct!=null?p=Z(H,ct)?d(Q,C[H],$t,0):-10:p=$t*(re/bt),st!=null?m=q(B,st)?d(ft,C[B],Vt,0):-10:m=Vt*(Zt/Lt),x.ori==1){let ge=p;p=m,m=ge}}O&&(a==null||a.cursor.event.type==gl)&&((p<=1||p>=et-1)&&(p=dn(p,et)),(m<=1||m>=V-1)&&(m=dn(m,V))),P?(wo=p,go=m,[$n,Ln]=U.move(s,p,m)):(_t=p,Ct=m)}let fl={width:0,height:0,left:0,top:0};function pl(){ms(fl,!1)}let So,_o,Mo,No;function To(o,a,p,m,g,y,T){Je=!0,Ft=jt=Kt._x=Kt._y=!1,ul(o,a,p,m,g,y,T,!0,!1),o!=null&&(Bt(bl,Sl,Co,!1),Xn(Fo,s,$n,Ln,et,V,null));let{left:P,top:O,width:H,height:B}=Mt;So=P,_o=O,Mo=H,No=B}function Co(o,a,p,m,g,y,T){Je=Kt._x=Kt._y=!1,ul(o,a,p,m,g,y,T,!1,!0);let{left:P,top:O,width:H,height:B}=Mt,G=H>0||B>0,Q=So!=P||_o!=O||Mo!=H||No!=B;if(G&&Q&&ms(Mt),Kt.setScale&&G&&Q){let ft=P,ct=H,st=O,Z=B;if(x.ori==1&&(ft=O,ct=B,st=P,Z=H),Ft&&Ze(z,De(ft,z),De(ft+ct,z)),jt)for(let q in C){let Nt=C[q];q!=z&&Nt.from==null&&Nt.min!=yt&&Ze(q,De(st+Z,q),De(st,q))}pl()}else U.lock&&(U._lock=!U._lock,fn(a,!0,o!=null));o!=null&&(Ve(bl,Sl),Xn(bl,s,_t,Ct,et,V,null))}function na(o,a,p,m,g,y,T){if(U._lock)return;an(o);let P=Je;if(Je){let O=!0,H=!0,B=10,G,Q;x.ori==0?(G=Ft,Q=jt):(G=jt,Q=Ft),G&&Q&&(O=_t<=B||_t>=et-B,H=Ct<=B||Ct>=V-B),G&&O&&(_t=_t<$n?0:et),Q&&H&&(Ct=Ct<Ln?0:V),fn(null,!0,!0),Je=!1}_t=-10,Ct=-10,tt.fill(null),fn(null,!0,!0),P&&(Je=P)}function $o(o,a,p,m,g,y,T){U._lock||(an(o),Ys(),pl(),o!=null&&Xn(Vo,s,_t,Ct,et,V,null))}function Lo(){E.forEach(nu),Ks(s.width,s.height,!0)}wn(vs,Dn,Lo);let Pn={};Pn.mousedown=To,Pn.mousemove=ko,Pn.mouseup=Co,Pn.dblclick=$o,Pn.setSeries=(o,a,p,m)=>{let g=Et.match[2];p=g(s,a,p),p!=-1&&Re(p,m,!0,!1)},mt&&(Bt(Fo,N,To),Bt(gl,N,ko),Bt(jo,N,o=>{an(o),Qn(!1)}),Bt(Wo,N,na),Bt(Vo,N,$o),Al.add(s),s.syncRect=Qn);let ws=s.hooks=e.hooks||{};function Wt(o,a,p){ol?qn.push([o,a,p]):o in ws&&ws[o].forEach(m=>{m.call(null,s,a,p)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)ws[a]=(ws[a]||[]).concat(o.hooks[a])});let Ao=(o,a,p)=>p,Et=Pt({key:null,setSeries:!1,filters:{pub:Xo,sub:Xo},scales:[z,k[1]?k[1].scale:null],match:[ti,ti,Ao],values:[null,null]},U.sync);Et.match.length==2&&Et.match.push(Ao),U.sync=Et;let Eo=Et.key,dl=Ji(Eo);function Xn(o,a,p,m,g,y,T){Et.filters.pub(o,a,p,m,g,y,T)&&dl.pub(o,a,p,m,g,y,T)}dl.sub(s);function sa(o,a,p,m,g,y,T){Et.filters.sub(o,a,p,m,g,y,T)&&Pn[o](null,a,p,m,g,y,T)}s.pub=sa;function la(){dl.unsub(s),Al.delete(s),We.clear(),Nl(vs,Dn,Lo),f.remove(),rt?.remove(),Wt("destroy")}s.destroy=la;function hl(){Wt("init",e,t),ro(t||e.data,!1),Y[z]?il(z,Y[z]):Ys(),cs=Mt.show&&(Mt.width>0||Mt.height>0),rn=me=!0,Ks(e.width,e.height)}return k.forEach(oo),E.forEach(Dr),n?n instanceof HTMLElement?(n.appendChild(f),hl()):n(s,hl):hl(),s}At.assign=Pt;At.fmtNum=Il;At.rangeNum=ks;At.rangeLog=Ms;At.rangeAsinh=Dl;At.orient=bn;At.pxRatio=pt;At.join=Ka;At.fmtDate=jl,At.tzDate=lc;At.sync=Ji;{At.addGap=jc,At.clipGaps=Cs;let e=At.paths={points:nr};e.linear=lr,e.stepped=Hc,e.bars=Bc,e.spline=Gc}function Kl(e,t=4){let[n,s]=e.toExponential(Math.max(0,t-1)).split("e");return`${n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}e${Number(s)}`}function it(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?Kl(e,t):String(Number(e.toPrecision(t)))}function Ye(e,t,n){return`${e} ${e===1?t:n||t+"s"}`}function ar(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,s=null;try{window.parent&&window.parent!==window&&(s=window.parent.document.body)}catch{s=null}let l=null,i=()=>{let r;s?r=s.classList.contains("dark-mode"):r=!!(n&&n.matches),r!==l&&(l=r,t.classList.toggle("nw-dark",r),e&&e(r))};return i(),s&&new MutationObserver(i).observe(s,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>l}function Bn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback"),stop:t("--nw-stop")}}var Yl=new Set;function Es(e){for(let t of[...Yl])(!e||e.contains(t.el))&&t.destroy()}function cr(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var de=(e,t=1)=>+`${t}e${e}`,ur=[];for(let e=0;e<=12;e++)for(let t of[1,2,2.5,5])Number.isInteger(de(e,t))&&ur.push(de(e,t));function su(e,t,n,s=24,l=null){if(!(e>0)||!(t>0)||!(t>=e))return[];let i=Math.max(2,Math.floor(n/s)+1),r=Math.log10(e),d=Math.log10(t),u=Math.ceil(r-1e-9),f=Math.floor(d+1e-9),b=[];if(f-u+1>=2){let c=1;for(let w of[1,2,3,4,5,10,20,25,50,100])if(c=w,Math.floor(f/w)-Math.ceil(u/w)+1<=i)break;for(let w=Math.ceil(u/c)*c;w<=f;w+=c)b.push(de(w));if(c===1)for(let w of[[2,5],[2,3,5]]){let S=[];for(let N=u-1;N<=f;N++)for(let v of w)de(N,v)>=e*(1-1e-9)&&de(N,v)<=t*(1+1e-9)&&S.push(de(N,v));if(b.length+S.length<=Math.floor(i*.75))b=b.concat(S);else break}}else for(let c of[[1,2,5],[1,2,3,4,5,6,7,8,9]]){let w=[];for(let S=Math.floor(r)-1;S<=Math.ceil(d);S++)for(let N of c)de(S,N)>=e*(1-1e-9)&&de(S,N)<=t*(1+1e-9)&&w.push(de(S,N));if(b=w,w.length>=2)break}return l!=null&&(b=b.filter(c=>c>l*1.0001).concat([l])),[...new Set(b)].sort((c,w)=>c-w)}function lu(e,t){let n=Math.round(e);if(t!=null&&n===t&&Math.abs(e-n)<1e-6)return"0";let s=Math.abs(e-n)<1e-6?de(n):Number(Math.pow(10,e).toPrecision(3));return s>=1e4?Kl(s,2):it(s,2)}function ou(e,t){let n=0;for(let s of e){let l=null;for(let i of s){if(i===null){l=null;continue}if(l===null)i[0]>=t.l&&i[0]<=t.r&&i[1]>=t.t&&i[1]<=t.b&&n++;else{let[r,d]=l[0]<=i[0]?l:i,[u,f]=l[0]<=i[0]?i:l;if(u>=t.l&&r<=t.r){let b=S=>d+(f-d)*(S-r)/(u-r),c=u===r?d:b(Math.max(t.l,r)),w=u===r?f:b(Math.min(t.r,u));Math.max(c,w)>=t.t&&Math.min(c,w)<=t.b&&n++}}l=i}}return n}var iu=(e,t)=>e.l<t.r&&t.l<e.r&&e.t<t.b&&t.t<e.b,sn=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,Yl.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){Yl.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Bn(),s=t.series.map(_=>[_.steps,_.values]),l;s.length===1?l=[s[0][0],s[0][1]]:s.every(_=>_[0]===s[0][0])?l=[s[0][0],...s.map(_=>_[1])]:l=At.join(s);let i=Array.from(l[0]),r=l.slice(1).map(_=>Array.from(_));this.raw=r,this.xs=i;let d=[...new Set(t.series.map(_=>_.scale||"y"))],u={};for(let _ of d)u[_]=!!t.log&&t.series.some((L,x)=>(L.scale||"y")===_&&r[x].some(cr));let f={};for(let _ of d){if(!u[_])continue;let L=1/0,x=!1;t.series.forEach((F,R)=>{if((F.scale||"y")===_)for(let W of r[R])W===0?x=!0:cr(W)&&W<L&&(L=W)}),x&&L<1/0&&(f[_]=Math.floor(Math.log10(L)+1e-9)-1)}this.floor=f,this.logOk=u;let b=(_,L)=>u[L]?_>0?Math.log10(_):_===0&&f[L]!=null?f[L]:null:_,c=r.map((_,L)=>{let x=t.series[L].scale||"y",F=new Array(_.length);for(let R=0;R<_.length;R++){let W=_[R];W===void 0?F[R]=void 0:W===null||!Number.isFinite(W)?F[R]=null:F[R]=b(W,x)}return F}),w=[];for(let _=0;_<i.length;_++){let L=null;for(let x of r){let F=x[_];if(typeof F=="number"&&!Number.isFinite(F)&&(L=Number.isNaN(F)?"nan":"inf",L==="nan"))break}L&&w.push([i[_],L])}this.bad=w;let S=[];for(let _ of t.hlines||[]){let L=_.scale||"y",x=Number(_.value);!d.includes(L)||!Number.isFinite(x)||u[L]&&x<=0||!i.length||(S.push({..._,value:x,pos:b(x,L),scale:L}),r.push(i.map(()=>x)),c.push(i.map(()=>b(x,L))))}this.hlines=S;let N={x:{time:!1,range:(_,L,x)=>this._xRange(L,x)}};for(let _ of d)N[_]=u[_]?{range:(L,x,F)=>{if(x==null)return[-3,0];let R=f[_]!=null?f[_]:Math.floor(x+1e-9),W=Math.max(R+1,Math.ceil(F-1e-9));return[R,W]}}:{range:(L,x,F)=>{if(x==null)return[0,1];if(F-x<=1e-6*Math.max(Math.abs(x),Math.abs(F))){let R=(x+F)/2;return[R-Math.abs(R||1)*.5,R+Math.abs(R||1)*.5]}return At.rangeNum(x,F,.1,!0)}};let v="11px system-ui, sans-serif",M=()=>this.u&&this.u.bbox.height?this.u.bbox.height/(devicePixelRatio||1):(t.height||200)-60,$=(_,L)=>({scale:_,side:L,stroke:n.muted,font:v,size:(x,F)=>{let R=0;for(let W of F||[])R=Math.max(R,String(W).length);return Math.max(t.compact?30:40,Math.ceil(R*6.6)+14)},gap:3,space:t.compact?18:24,grid:{stroke:n.grid,width:1,show:L!==1},ticks:{stroke:n.grid,width:1,size:4},...u[_]?{splits:(x,F,R,W)=>su(de(Math.round(R)),de(Math.round(W)),M(),t.compact?18:24,f[_]!=null?de(f[_]):null).map(Y=>Math.log10(Y))}:{},values:(x,F)=>F.map(R=>R==null?"":u[_]?lu(R,f[_]):it(R,2))}),k=[{stroke:n.muted,font:v,size:t.compact?22:30,space:50,incrs:ur,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(_,L)=>L.map(x=>x==null?"":String(Math.round(x)))}];d.forEach((_,L)=>k.push($(_,L===0?3:1)));let E=[{label:"step",value:(_,L)=>L==null?"–":String(Math.round(L))},...t.series.map((_,L)=>({label:_.label,scale:_.scale||"y",stroke:_.color||n.series[L%n.series.length],width:_.width||1.5,dash:_.dash,spanGaps:!1,points:{show:(x,F,R,W)=>W-R<40,size:4},value:(x,F,R,W)=>W==null?"–":it(this.raw[R-1][W])})),...S.map(_=>({label:_.label,scale:_.scale,stroke:_.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>it(_.value)}))],C=[],A=t.series.findIndex(_=>_.band==="hi"),z=t.series.findIndex(_=>_.band==="lo");A>=0&&z>=0&&C.push({series:[A+1,z+1],fill:n.band});let j=this,K={width:this._width(),height:t.height||200,class:"nw-uplot",scales:N,axes:k,series:E,bands:C,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[_=>j._drawOverlay(_)],setSelect:[_=>{let L=_.select;if(L.width>4&&t.onRange){let x=Math.round(_.posToVal(L.left,"x")),F=Math.round(_.posToVal(L.left+L.width,"x"));_.setSelect({left:0,top:0,width:0,height:0},!1),j._dragged=!0,t.onRange(x,F)}}],ready:[_=>j._ready(_)]}};this.u=new At(K,[i,...c],this.el),this._synced=!!t.syncKey}_xRange(t,n){let s=this.opts.range,l;return s&&s[0]!=null&&s[1]!=null&&s[1]>s[0]?l=[s[0],s[1]]:t==null?l=[0,1]:t===n?l=[t-1,n+1]:l=[t,n],l[1]-l[0]<=20&&(l=[l[0]-.5,l[1]+.5]),l}_ready(t){let n=this.opts,s=t.over,l=(u,f,b)=>{let c=document.createElement("div");return c.className=`nw-chart-label ${u}`,c.textContent=f,b&&(c.title=b),s.appendChild(c),c};n.onset!=null&&(this.onsetLabel=l("nw-onset-label",`${n.onsetText||"onset"} ${n.onset}`),this.onsetLabel.dataset.step=String(n.onset));let i={rollback:"rollback",spike:"spike",stop:"stopped"};this.markLabels=(n.marks||[]).filter(u=>i[u.kind]).map(u=>{let f=l(`nw-mark nw-mark-${u.kind}`,i[u.kind],u.title||"");return f.dataset.kind=u.kind,f.dataset.step=String(u.step),[f,u]}),this.hlineLabels=this.hlines.map(u=>{let f=l("nw-hline-label",u.text||u.label,u.text||u.label);return f.dataset.value=String(u.value),f});let r=Object.keys(this.floor);this.zeroLabel=r.length?l("nw-zero-label","0 is drawn at the foot (log scale)","a value of exactly 0 cannot sit on a log scale: it is drawn at the lowest tick, labelled 0"):null,this._placeLabel();let d=null;s.addEventListener("mousedown",u=>{d=[u.clientX,u.clientY],this._dragged=!1}),s.addEventListener("click",u=>{if(!n.onStep||this._dragged||d&&Math.abs(u.clientX-d[0])>3)return;let f=t.cursor.left;if(f==null||f<0)return;let b=Math.round(t.posToVal(f,"x"));n.onStep(this._nearestStep(b))}),s.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i]<t?s=i+1:l=i}return s>0&&Math.abs(n[s-1]-t)<Math.abs(n[s]-t)&&s--,n[s]}_placeLabel(){if(!this.u)return;let t=this.u,n=t.over.clientWidth||t.bbox.width/devicePixelRatio,s=t.over.clientHeight||t.bbox.height/devicePixelRatio;if(!(n>0&&s>0))return;let l=[],i=v=>{if(!v._w){v.style.display="",v.style.maxWidth="none";let M=v.getBoundingClientRect();M.width>0&&(v._w=Math.ceil(M.width),v._h=Math.ceil(M.height))}return[Math.min(v._w||60,Math.max(20,n-8)),v._h||14]},r=(v,M)=>{v.style.display="",v.style.left=`${M.l}px`,v.style.top=`${M.t}px`,v.style.maxWidth=`${M.r-M.l}px`,l.push(M)},d=v=>{v.style.display="none"},u=v=>v.l>=0&&v.r<=n+.5&&!l.some(M=>iu(M,v)),f=[];this.onsetLabel&&f.push([this.onsetLabel,this.opts.onset]);for(let[v,M]of[...this.markLabels||[]].sort(($,k)=>$[1].step-k[1].step))f.push([v,M.step]);let b=3;for(let[v,M]of f){let $=t.valToPos(M,"x");if(v.dataset.x=String($),!($>=-.5&&$<=n+.5)){d(v);continue}let[k,E]=i(v),C=!1;for(let A=0;A<b&&!C;A++){let z=8+A*(E+1);for(let j of[$+3,$-3-k]){let K={l:j,r:j+k,t:z,b:z+E};if(u(K)){r(v,K),v.classList.toggle("nw-left",j<$),C=!0;break}}}C||d(v)}let c=null,w=()=>{if(c)return c;c=[];let v=this.opts.series.length;for(let $=0;$<v;$++){let k=this.opts.series[$].scale||"y",E=t.data[$+1],C=[];for(let A=0;A<E.length;A++){let z=E[A];z!==void 0&&C.push(z===null?null:[t.valToPos(t.data[0][A],"x"),t.valToPos(z,k)])}c.push(C)}let M=[];this.opts.onset!=null&&M.push(this.opts.onset);for(let $ of this.opts.marks||[])$.kind!=="skip"&&M.push($.step);for(let $ of M){let k=t.valToPos($,"x");k>=0&&k<=n&&c.push([[k,0],[k,s]],[[k,0],[k,s]])}return c},S=v=>{let M=null;for(let $ of v){if(!u($))continue;let k=ou(w(),{l:$.l-1,r:$.r+1,t:$.t-1,b:$.b+1});if((!M||k<M.hits)&&(M={box:$,hits:k}),k===0)break}return M},N=(v,M)=>{let $=S(M);if(!$)return d(v);r(v,$.box),v.dataset.overData=String($.hits)};if(this.zeroLabel){let[v,M]=i(this.zeroLabel),$=[];for(let k of[s-M-2,s-2*M-4])for(let E=0;E<=8;E++)$.push({l:4+(n-8-v)*E/8,r:4+(n-8-v)*E/8+v,t:k,b:k+M});N(this.zeroLabel,$)}(this.hlineLabels||[]).forEach((v,M)=>{let $=this.hlines[M],k=t.valToPos($.pos,$.scale);if(v.dataset.y=String(k),!(k>=-.5&&k<=s+.5))return d(v);let E=()=>{let[z,j]=i(v),K=[],_=[n-4-z,4];for(let L=1;L<8;L++)_.push(4+(n-8-z)*L/8);for(let L of _)for(let x of[k-2-j,k+2])x>=0&&x+j<=s&&K.push({l:L,r:L+z,t:x,b:x+j});return K},C=[$.text||$.label,$.short].filter(Boolean),A=null;for(let z of C){v.textContent!==z&&(v.textContent=z,v._w=0);let j=S(E());if(j&&(!A||j.hits<A.hits)&&(A={...j,text:z}),j&&j.hits===0)break}if(!A)return d(v);v.textContent!==A.text&&(v.textContent=A.text,v._w=0),r(v,A.box),v.dataset.overData=String(A.hits)})}_drawOverlay(t){let n=this.opts,s=Bn(),l=t.ctx,{left:i,top:r,width:d,height:u}=t.bbox,f=devicePixelRatio||1,b=c=>t.valToPos(c,"x",!0);if(l.save(),l.setLineDash([]),l.beginPath(),l.rect(i,r,d,u),l.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let c=Math.max(i,b(n.windowStart)),w=Math.min(i+d,b(n.onset));w>c&&(l.fillStyle=s.window,l.fillRect(c,r,w-c,u))}for(let c of n.marks||[]){let w=Math.round(b(c.step))+.5;if(l.strokeStyle=l.fillStyle=s[c.kind]||s.muted,c.kind==="skip"){l.beginPath(),l.moveTo(w,r+u),l.lineTo(w-4*f,r+u-7*f),l.lineTo(w+4*f,r+u-7*f),l.closePath(),l.fill();continue}if(c.kind==="rollback"&&c.from!=null&&c.from<c.step){let S=Math.max(i,b(c.from));l.globalAlpha=.15,l.fillRect(S,r,Math.max(0,w-S),u),l.globalAlpha=1}l.lineWidth=1.5*f,l.setLineDash(c.kind==="spike"?[3*f,3*f]:[]),l.beginPath(),l.moveTo(w,r),l.lineTo(w,r+u),l.stroke(),l.setLineDash([])}for(let[c,w]of this.bad){let S=b(c);l.fillStyle=w==="nan"?s.nan:s.inf,l.beginPath(),l.moveTo(S-3.5*f,r),l.lineTo(S+3.5*f,r),l.lineTo(S,r+6*f),l.closePath(),l.fill()}if(n.onset!=null){let c=Math.round(b(n.onset))+.5;l.strokeStyle=s.onset,l.lineWidth=2*f,l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+u),l.stroke()}if(n.selStep!=null){let c=Math.round(b(n.selStep))+.5;l.strokeStyle=s.select,l.lineWidth=1*f,l.setLineDash([4*f,3*f]),l.beginPath(),l.moveTo(c,r),l.lineTo(c,r+u),l.stroke()}l.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=At.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function fr(e="nw"){return At.sync(e).plots.length}function h(e,t,...n){let s=document.createElement(e);if(t)for(let[l,i]of Object.entries(t))i==null||i===!1||(l==="class"?s.className=i:l==="text"?s.textContent=String(i):l==="style"&&typeof i=="object"?Object.assign(s.style,i):l.startsWith("on")&&typeof i=="function"?s.addEventListener(l.slice(2),i):l==="dataset"?Object.assign(s.dataset,i):s.setAttribute(l,i===!0?"":String(i)));return pr(s,n),s}function pr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?pr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function ke(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var Un="tb_nanwatch",Ps=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let r=this.waits.get(n.id);if(!r)return;this.waits.delete(n.id),n.error?r.reject(new Error(String(n.error))):r.resolve(n.payload);return}let s=null,l=null,i=this.listeners.get(n.type);if(i)try{s=await i(n.payload)??null}catch(r){l=String(r)}this._post({type:n.type,id:n.id,payload:s,error:l,isReply:!0})}request(t,n,s=1500){if(!this.port)return Promise.resolve(null);let l=this.nextId++;return new Promise(i=>{let r=setTimeout(()=>{this.waits.delete(l),i(null)},s);this.waits.set(l,{resolve:d=>{clearTimeout(r),i(d)},reject:()=>{clearTimeout(r),i(null)}}),this._post({type:t,id:l,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Un})}};function ql(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${Un}.`;for(let s of e.split("&")){let l=s.indexOf("=");if(l<0)continue;let i=decodeURIComponent(s.slice(0,l));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(s.slice(l+1)))}return t}catch{return null}}function dr(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let s=n.location,l=s.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(u=>!u.startsWith(`p.${Un}.`)&&!u.startsWith(encodeURIComponent(`p.${Un}.`)));(!r.length||r[0].includes("="))&&r.unshift(Un);for(let[u,f]of Object.entries(e))f==null||f===""||r.push(`${encodeURIComponent(`p.${Un}.${u}`)}=${encodeURIComponent(String(f))}`);let d=new URL(s.href);if(d.hash=r.join("&"),d.href===s.href)return;t?n.history.pushState(n.history.state,"",d.href):n.history.replaceState(n.history.state,"",d.href)}catch{}}var zs=/[A-Za-z0-9_]/;function hr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let s=n>0?e[n-1]:"",l=e[n+t.length]||"";if(!(zs.test(t[0])&&zs.test(s))&&!(zs.test(t[t.length-1])&&zs.test(l)))return!0}return!1}function ru(e,t){let n={step:null,layer:null,tensor:null},s=/\bsteps? (\d+)/.exec(e);s&&(n.step=Number(s[1]));let l=null;for(let i of t)i.name&&hr(e,i.name)&&(!l||i.name.length>l.name.length)&&(l=i);if(l)n.tensor=l.name,n.layer=l.layer??null;else{let i=null;for(let r of t)r.layer&&hr(e,r.layer)&&(!i||r.layer.length>i.length)&&(i=r.layer);n.layer=i}return n}function au(e){let t=String(e).split("`");return t.length%2===0&&t.splice(t.length-2,2,t[t.length-2]+"`"+t[t.length-1]),t.map((n,s)=>s%2?h("code",{class:"nw-inline-code",text:n}):n).filter(n=>n!=="")}function cu(e){if(typeof e.code!="string")return null;let t=e.code.replace(/^\s*\n/,"").replace(/\s+$/,"");return t.trim()?t:null}async function uu(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let s=h("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});s.value=e,document.body.appendChild(s),s.select();try{n=document.execCommand("copy")}catch{n=!1}s.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}var Rs="score: how strongly the evidence points to this cause, from 0 to 1";function mr(e,t,n,s=[]){let l=e.causes||[],i=Array.isArray(e.risks)?e.risks.filter(w=>w&&typeof w=="object"):[],r=h("section",{class:"nw-card nw-causes"},h("h2",{text:"Likely causes"}));l.length||r.appendChild(h("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let d=h("ol",{class:"nw-cause-list"}),u=(w,S)=>w.forEach((N,v)=>{let M=Number(N.score),$=h("ul",{class:"nw-evidence"});for(let A of N.evidence||[]){let z=typeof A=="string"?A:String(A&&A.text!=null?A.text:JSON.stringify(A)),j=ru(z,t);A&&typeof A=="object"&&(j={step:A.step??j.step,layer:A.layer??j.layer,tensor:A.tensor??j.tensor});let K=j.step!=null||j.layer!=null,_=h("li",{class:K?"nw-ev nw-jump":"nw-ev"});if(K){let L=h("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[j.layer&&`layer ${j.layer}`,j.step!=null&&`step ${j.step}`].filter(Boolean).join(", "),text:z,onclick:()=>n(j),onkeydown:x=>(x.key==="Enter"||x.key===" ")&&(x.preventDefault(),n(j))});_.appendChild(L)}else _.appendChild(h("span",{text:z}));$.appendChild(_)}let k=null,E=cu(N),C=N.fix!=null&&String(N.fix).trim()?String(N.fix):null;if(C||E){let A=E?h("button",{class:"nw-btn nw-copy",text:"Copy",title:"Copy the code"}):null;A&&A.addEventListener("click",()=>uu(E,A)),k=h("div",{class:"nw-fix"},h("div",{class:"nw-fix-head"},h("span",{text:"Fix"}),A),C?h("p",{class:"nw-fix-text"},au(C)):null,E?h("pre",{class:"nw-fix-code"},h("code",{text:E})):null)}S.appendChild(h("li",{class:"nw-cause",dataset:{id:String(N.id)}},h("div",{class:"nw-cause-head"},h("span",{class:"nw-rank",text:`${v+1}`}),h("span",{class:"nw-cause-summary",text:N.summary||N.id}),h("span",{class:"nw-scorebar",title:Rs},h("span",{style:{width:`${Math.max(0,Math.min(1,M))*100}%`}})),h("span",{class:"nw-score",title:Rs,text:`score ${it(M,2)}`})),h("div",{class:"nw-muted nw-small",text:String(N.id)}),$,k))});if(u(l,d),r.appendChild(d),i.length){let w=h("ol",{class:"nw-cause-list nw-risk-list"});u(i,w),r.append(h("h3",{class:"nw-risks-head",text:`Risks (${i.length}): not causes of a failure, worth a look`}),w)}let f=e.ruled_out||[];f.length&&r.appendChild(h("details",{class:"nw-ruled",open:l.length<=2?!0:null},h("summary",{text:`Ruled out (${f.length})`}),h("ul",null,f.map(w=>h("li",{class:"nw-ruled-item",text:typeof w=="string"?w:w.summary||w.id||JSON.stringify(w)}))))),s.length&&r.appendChild(h("div",{class:"nw-rule-errors nw-small"},h("span",{class:"nw-warn-text",text:`Could not check (${s.length}): `}),s.map((w,S)=>h("span",{class:"nw-rule-error",title:w.error!=null?String(w.error):null},S?", ":"",h("code",{text:String(w.id)}),w.error!=null?` (${w.error})`:""))));let b=Array.isArray(e.not_applicable)?e.not_applicable.map(String):[];b.length&&r.appendChild(h("div",{class:"nw-muted nw-small nw-not-applicable",text:`Does not apply to this model: ${b.join(", ")}`}));let c=e.skipped||[];return c.length&&r.appendChild(h("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${c.join(", ")}`})),r}var wr={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5,loading:6},fu=1e3,gr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Jl(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return h("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(gr,t)?gr[t]:null})}function pu(e){let t=[];return String(e).split(/(?<=\/)/).forEach((s,l)=>{l&&t.push(h("wbr")),(s.length>28?s.split(/(?<=_)/):[s]).forEach((r,d)=>{d&&t.push(h("wbr")),t.push(r)})}),t}var br={stop:'on_nonfinite="stop" ended the training at the first NaN/Inf',raise:'on_nonfinite="raise" raised an error at the first NaN/Inf',max_skips:"too many updates in a row had to be skipped (max_skips)",max_rollbacks:"too many rollbacks (max_rollbacks)"};function Ds(e){let t=Object.prototype.hasOwnProperty.call(br,e.reason)?br[e.reason]:e.reason!=null?`reason: ${String(e.reason)}`:"",n=e.applied===!1?" The update of that step was not applied.":e.applied===!0?" The update of that step was applied.":"";return`Stopped after step ${Number(e.step)}${t?`: ${t}`:""}.${n}`}function du(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}async function xr(e,t,n){let s=performance.now(),l=await Yt("runs",null,n);e.runsKey=JSON.stringify(l.runs||[]);let i=(l.runs||[]).map((c,w)=>({...c,_i:w}));i.sort((c,w)=>(wr[c.status]??4.5)-(wr[w.status]??4.5)||c._i-w._i),e.runs=i;let r=i.filter(c=>c.status!=="healthy"&&c.status!=="loading").length,d=i.filter(c=>c.loading).length,u=h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"}),h("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${r} failing`}),d?h("span",{class:"nw-sub nw-loading-count",text:`${d} still loading…`}):null);if(d&&e.pollRuns(fu),!i.length){t.append(u,h("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",h("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let f=h("tbody");for(let c of i){let w=c.onset,S=c.origin&&(c.origin.layer||c.origin.tensor)?c.origin:w,N=c.top_cause,v=[];c.loading&&c.status!=="loading"&&v.push(h("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let M=c.events&&typeof c.events=="object"?c.events:{},$=Number(M.stop)||0,k=c.stopped&&typeof c.stopped=="object"&&Number.isFinite(Number(c.stopped.step))?c.stopped:null;($>0||k)&&v.push(h("span",{class:"nw-chip nw-event nw-event-stop",dataset:{kind:"stop",count:String(Math.max(1,$))},title:k?Ds(k):'the watch ended the training (on_nonfinite="stop" or "raise", or too many skips or rollbacks)',text:k?`stopped at step ${Number(k.step)}`:"stopped"}));for(let[A,z,j,K]of[["spike","loss spike","loss spikes","a finite loss 10 times its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let _=Number(M[A])||0;_>0&&v.push(h("span",{class:`nw-chip nw-event nw-event-${A}`,dataset:{kind:A,count:String(_)},title:K,text:Ye(_,z,j)}))}c.summarised&&v.push(h("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),c.sampled&&v.push(h("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let A of c.problems||[])v.push(h("span",{class:"nw-chip nw-warn",title:String(A),text:String(A)}));let E=A=>{A.preventDefault(),e.setState({run:c.run,layer:null,step:null,start:null,end:null})},C=h("tr",{class:"nw-run-row",dataset:{run:c.run,status:String(c.status),loading:c.loading?"1":"0"},tabindex:"0",onclick:E,onkeydown:A=>A.key==="Enter"&&E(A)},h("td",{class:"nw-run-name"},h("a",{href:e.hrefFor({run:c.run}),title:c.run,onclick:E},pu(c.run))),h("td",{class:"nw-status-cell"},Jl(c.status),c.status_note?h("div",{class:"nw-muted nw-small nw-status-note",text:String(c.status_note)}):null),h("td",{class:"nw-onset-step",text:w&&w.step!=null?String(w.step):"–"}),h("td",{class:"nw-origin"},S?h("span",{text:du(S)}):"–",S&&S.layer&&S.tensor?h("div",{class:"nw-muted nw-small",text:S.tensor}):null,S&&S!==w&&S.step!=null&&w&&S.step!==w.step?h("div",{class:"nw-muted nw-small",text:`from step ${S.step}`}):null),h("td",{class:"nw-top-cause"},N?h("span",{text:N.summary||N.id}):h("span",{class:"nw-muted",text:c.status==="healthy"?"no cause found":"–"}),N&&N.score!=null?h("span",{class:"nw-score",title:Rs,text:`score ${it(Number(N.score),2)}`}):null),h("td",{class:"nw-num",text:c.steps!=null?String(c.steps):"–"}),h("td",{class:"nw-notes"},v));f.appendChild(C)}let b=h("table",{class:"nw-table nw-runs"},h("thead",null,h("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps","Notes"].map(c=>h("th",{text:c})))),f);t.append(u,h("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-s)}var Os=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function hu(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(Os.length-1),s=Math.min(Os.length-2,Math.floor(n)),l=n-s;for(let i=0;i<3;i++)e[t*3+i]=Os[s][i]*(1-l)+Os[s+1][i]*l}return e}var Gn=hu();function Zl(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let s=parseInt(t[1],16);return[s>>16&255,s>>8&255,s&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(s=>Number(s.trim())):[128,128,128]}function yr(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}function mu(e,t,n,s){let l=[];for(let u=0;u<n;u++)l.push(Array.from({length:s},(f,b)=>yr(e[u][b])));let i=new Array(n).fill(0);if(!Array.isArray(t)||!t.includes("max_abs")||!t.includes("l2"))return[l,i];let r=new Array(s).fill(-1),d=new Array(s).fill(-1);for(let u=0,f=-1;u<s;u++)t[u]==="max_abs"&&(f=u),r[u]=f;for(let u=s-1,f=-1;u>=0;u--)t[u]==="max_abs"&&(f=u),d[u]=f;for(let u=0;u<n;u++){let f=l[u],b=[];for(let w=0;w<s;w++)if(!(t[w]!=="l2"||!Number.isFinite(f[w])))for(let S of[r[w],d[w]])S>=0&&Number.isFinite(f[S])&&b.push(f[w]-f[S]);if(b.length<3)continue;b.sort((w,S)=>w-S);let c=b[Math.floor(b.length/2)];if(c>0){i[u]=c;for(let w=0;w<s;w++)t[w]==="l2"&&Number.isFinite(f[w])&&(f[w]-=c)}}return[l,i]}var Is=class{constructor(t,n,s){this.el=t,this.data=n,this.opts=s,this.render()}render(){let{el:t,data:n,opts:s}=this;ke(t);let l=n.rows||[],i=n.buckets||[],r=l.length,d=i.length;if(!r||!d){t.appendChild(h("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let u=Bn(),f=Math.max(3,Math.min(16,Math.floor(640/r)));this.rh=f;let b=1/0,c=-1/0,[w,S]=mu(n.magnitude,n.bucket_source,r,d);this.mag=w,this.gaps=S;let N=n.nonfinite;for(let I=0;I<r;I++){let kt=w[I];for(let lt=0;lt<d;lt++){let J=kt[lt];J!==null&&Number.isFinite(J)&&(J<b&&(b=J),J>c&&(c=J))}}c>=b||(b=0,c=1),c-b<1e-9&&(c=b+1),this.lo=b,this.hi=c;let v=h("div",{class:"nw-hm"}),M=h("div",{class:"nw-hm-labels",style:{height:`${r*f}px`}}),$=n.layers||[],k=f>=9?1:Math.ceil(12/f);for(let I=0;I<r;I++){let kt=I%k===0,lt=h("div",{class:"nw-hm-label"+(s.selLayer!=null&&$[I]===s.selLayer?" nw-sel":"")+(k>1?" nw-thin":""),style:{height:`${f}px`,lineHeight:k>1?"12px":`${f}px`},title:l[I],text:kt?l[I]:""});lt.addEventListener("click",()=>s.onCell&&s.onCell({row:I,name:l[I],layer:$[I]??null,step:null})),M.appendChild(lt)}let E=h("div",{class:"nw-hm-plot"}),C=h("canvas",{class:"nw-hm-canvas"}),A=h("div",{class:"nw-tip",style:{display:"none"}});E.append(C,A);let z=h("div",{class:"nw-hm-axis"});v.append(M,E);let j=this._legend(u);t.append(v,z,j),this.canvas=C,this.plot=E,this.tip=A;let K=document.createElement("canvas");K.width=d,K.height=r;let _=K.getContext("2d"),L=_.createImageData(d,r),x=L.data,F=Zl(u.nan),R=Zl(u.inf),W=Zl(u.grid),Y=c-b,nt=0;for(let I=0;I<r;I++){let kt=w[I],lt=N?N[I]:null;for(let J=0;J<d;J++){let tt=(I*d+J)*4,X=lt?lt[J]:0,U;if(X===1)U=F,nt++;else if(X===2)U=R,nt++;else{let dt=kt[J];if(dt===null||Number.isNaN(dt)||dt===1/0)U=W;else{let mt=dt===-1/0?0:Math.max(0,Math.min(255,Math.round((dt-b)/Y*255)))*3;x[tt]=Gn[mt],x[tt+1]=Gn[mt+1],x[tt+2]=Gn[mt+2],x[tt+3]=255;continue}}x[tt]=U[0],x[tt+1]=U[1],x[tt+2]=U[2],x[tt+3]=255}}if(_.putImageData(L,0,0),this.img=K,t.dataset.nonfiniteCells=String(nt),this.R=r,this.B=d,this._draw(),this._axis(z),window.ResizeObserver){this.ro&&this.ro.disconnect();let I=E.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(E.clientWidth-I)>2&&(I=E.clientWidth,this._draw())}),this.ro.observe(E)}C.addEventListener("mousemove",I=>this._hover(I)),C.addEventListener("mouseleave",()=>A.style.display="none"),C.addEventListener("click",I=>{let kt=this._cellAt(I);kt&&s.onCell&&s.onCell(kt)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},s=t.layers||[];return(t.nonfinite||[]).forEach((l,i)=>{let r=s[i];if(r==null)return;let d=l.findIndex(f=>f===1||f===2);if(d<0)return;let u=t.buckets[d][0];(!(r in n)||u<n[r][0])&&(n[r]=[u,l[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:s,B:l,rh:i}=this,r=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),u=s*i;this.w=d,this.hgt=u,t.style.width=`${d}px`,t.style.height=`${u}px`,t.width=Math.round(d*r),t.height=Math.round(u*r);let f=t.getContext("2d");f.imageSmoothingEnabled=!1,f.drawImage(this.img,0,0,l,s,0,0,t.width,t.height);let b=Bn(),{onset:c,selStep:w,selLayer:S}=this.opts,N=this.data.layers||[];if(S!=null){f.strokeStyle=b.select,f.lineWidth=1.5*r;for(let M=0;M<s;M++)N[M]===S&&f.strokeRect(.75*r,M*i*r+.75*r,t.width-1.5*r,i*r-1.5*r)}let v=M=>{let $=this._bucketOf(M);return $==null?null:($+.5)/l*t.width};if(c!=null){let M=v(c);M!=null&&(f.strokeStyle=b.onset,f.lineWidth=2*r,f.setLineDash([5*r,3*r]),f.beginPath(),f.moveTo(M,0),f.lineTo(M,t.height),f.stroke(),f.setLineDash([]))}if(w!=null){let M=v(w);M!=null&&(f.strokeStyle=b.select,f.lineWidth=1*r,f.beginPath(),f.moveTo(M,0),f.lineTo(M,t.height),f.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i][1]<t?s=i+1:l=i}return s}_cellAt(t){let n=this.canvas.getBoundingClientRect(),s=t.clientX-n.left,l=t.clientY-n.top,i=Math.floor(s/n.width*this.B),r=Math.floor(l/this.rh);if(i<0||i>=this.B||r<0||r>=this.R)return null;let d=this.data,[u,f]=d.buckets[i],b=d.nonfinite?d.nonfinite[r][i]:0;return{row:r,bucket:i,name:d.rows[r],layer:(d.layers||[])[r]??null,step:u,first:u,last:f,magnitude:yr(d.magnitude[r][i]),gap:this.gaps?this.gaps[r]:0,nonfinite:b===1?"NaN":b===2?"Inf":null,source:d.bucket_source?d.bucket_source[i]:null,x:s,y:l}}_hover(t){let n=this._cellAt(t),s=this.tip;if(!n){s.style.display="none";return}ke(s),s.append(h("div",{class:"nw-tip-name",text:n.name}),h("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?h("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,h("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${it(Math.pow(10,n.magnitude))} (log10 ${it(n.magnitude,3)})`}),n.source==="l2"?h("div",{class:"nw-muted",text:n.gap>0?`from the trace L2 norm (no statistics step here), coloured as about ${it(Math.pow(10,n.magnitude-n.gap))}: the row's usual L2 to max |x| ratio`:"from the trace L2 norm (no statistics step here)"}):null),s.style.display="block";let l=this.plot.clientWidth;s.style.left=`${Math.min(n.x+12,l-230)}px`,s.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,s=n[0][0],l=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(h("span",{text:`step ${s}`}),h("span",{text:String(i)}),h("span",{text:String(l)}))}_legend(t){let n=h("canvas",{class:"nw-hm-grad",width:120,height:10}),s=n.getContext("2d");for(let i=0;i<120;i++){let r=Math.round(i/119*255)*3;s.fillStyle=`rgb(${Gn[r]},${Gn[r+1]},${Gn[r+2]})`,s.fillRect(i,0,1,10)}let l=(i,r)=>h("span",{class:"nw-sw-wrap"},h("span",{class:`nw-sw ${i}`}),r);return h("div",{class:"nw-hm-legend"},h("span",{text:`max |x| 10^${it(this.lo,2)}`}),n,h("span",{text:`10^${it(this.hi,2)}`}),l("nw-sw-nan","NaN"),l("nw-sw-inf","Inf"),l("nw-sw-empty","not logged"))}};var wu=["nan","inf","max_abs","std","mean","scale_spread"];async function vr(e,t,n){let s=e.rows.filter(u=>u.kind==="input"||u.kind==="target");if(!s.length){t.appendChild(h("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let l=await Yt("series",{run:e.run,tensor:s.map(u=>u.name),stat:wu,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let u of l.series||[])i.set(`${u.tensor}\0${u.stat}`,{steps:u.steps,values:tn(u.values)});let r=h("tbody"),d=h("div",{class:"nw-grid-multi"});for(let u of s){let f=x=>i.get(`${u.name}\0${x}`)||{steps:[],values:[]},b=f("nan"),c=f("inf"),w=f("max_abs"),S=f("std"),N=f("mean"),v=f("scale_spread"),M=0,$=0,k=null,E=!1;b.values.forEach((x,F)=>{(x>0||Number.isNaN(x))&&(x>0?M+=x:E=!0,(k===null||b.steps[F]<k)&&(k=b.steps[F]))}),c.values.forEach((x,F)=>{x>0&&($+=x,(k===null||c.steps[F]<k)&&(k=c.steps[F]))});let C=null,A=null,z=null;w.values.forEach((x,F)=>{Number.isFinite(x)&&(C===null||x>C)&&(C=x);let R=S.values[F],W=N.values[F];if(Number.isFinite(x)&&Number.isFinite(R)&&R>0){let Y=(x-Math.abs(Number.isFinite(W)?W:0))/R;(A===null||Y>A)&&(A=Y,z=w.steps[F])}});let j=null;for(let x of v.values)Number.isFinite(x)&&(j===null||x>j)&&(j=x);let K=M+$>0||E,_=x=>E?`${x?`${it(x)} + `:""}?`:it(x);r.appendChild(h("tr",{class:K?"nw-bad-row":""},h("td",{class:"nw-mono",text:u.name}),h("td",{class:M||E?"nw-nan-text":"",text:_(M),title:E?"some counts unknown":null}),h("td",{class:$||E?"nw-inf-text":"",text:_($),title:E?"some counts unknown":null}),h("td",{text:k===null?"–":String(k)}),h("td",{text:it(C)}),h("td",{class:A!==null&&A>10?"nw-warn-text":"",text:A===null?"–":`${it(A,3)} σ @ ${z}`}),h("td",{class:j!==null&&j>100?"nw-warn-text":"",text:it(j)})));let L=h("div",{class:"nw-mini"});d.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:`${u.name}: max |x|`}),L)),e.defer(()=>e.charts.push(new sn(L,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,onsetText:e.onsetText,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:x=>e.jump({step:x}),onRange:(x,F)=>e.zoom(x,F),onReset:()=>e.zoom(null,null)})))}t.append(h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-inputs"},h("thead",null,h("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(u=>h("th",{text:u})))),r)),h("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function gu(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let s=t.get(n.layer);n.kind==="activation"||n.kind==="output"?s.act=s.act||n:n.kind==="preactivation"?s.pre=n:n.kind==="gradient"?s.grads.push(n):n.kind==="weight"&&s.weights.push(n)}return[...t.values()]}var kr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Fs=class{constructor(t,n){if(this.ctx=t,this.groups=gu(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(h("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let s=h("div",{class:"nw-layers"});for(let l of this.groups){let i=h("div",{class:"nw-layer-body"},h("div",{class:"nw-muted nw-small",text:"…"})),r=h("div",{class:"nw-layer",dataset:{layer:l.layer}},h("div",{class:"nw-layer-head"},h("span",{class:"nw-layer-name",text:l.layer}),l.act&&l.act.activation?h("span",{class:"nw-chip",text:String(l.act.activation)}):null),i);r.addEventListener("click",d=>{d.target.closest(".u-over")||t.jump({layer:l.layer})}),this.cards.set(l.layer,{card:r,body:i,group:l,charts:[],visible:!1}),s.appendChild(r)}if(n.appendChild(s),window.IntersectionObserver){this.io=new IntersectionObserver(l=>{for(let i of l)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(l=>{for(let i of l){let r=this.cards.get(i.target.dataset.layer);if(r){r.visible=i.isIntersecting;for(let d of r.charts)d.setSynced(i.isIntersecting)}}});for(let{card:l}of this.cards.values())this.io.observe(l),this.vis.observe(l)}else for(let l of this.groups)this._want(l.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:s}]of this.cards){let l=s.querySelector(".nw-layer-bad");l&&l.remove();let i=t[n];s.classList.toggle("nw-layer-hasbad",!!i),i&&s.querySelector(".nw-layer-head").appendChild(h("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[l,{card:i}]of this.cards)i.classList.toggle("nw-sel",l===t);let s=this.cards.get(t);s&&n&&(s.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,s=t.map(c=>this.cards.get(c).group),l=s.filter(c=>c.act).map(c=>c.act.name),i=s.flatMap(c=>[...c.grads,...c.weights].map(w=>w.name)),r=s.flatMap(c=>c.weights.map(w=>w.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},u=[];l.length&&u.push(Yt("series",{...d,tensor:l,stat:["min","max","mean"]},n.signal)),i.length&&u.push(Yt("series",{...d,tensor:i,stat:["trace"]},n.signal)),r.length&&u.push(Yt("series",{...d,tensor:r,stat:["update_ratio"]},n.signal));let f;try{f=await Promise.all(u)}catch(c){if(n.signal.aborted)return;for(let w of t){let{body:S}=this.cards.get(w);S.textContent=`Could not load: ${c.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let c of f)for(let w of c.series||[])b.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:tn(w.values)});for(let c of t){if(n.signal.aborted)return;let w=this.cards.get(c);this._draw(w,b);for(let S of w.charts)S.setSynced(w.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(t,n){let{body:s,group:l}=t,i=this.ctx;s.textContent="";let r=(f,b)=>n.get(`${f}\0${b}`),d=[];if(l.act){let f=r(l.act.name,"min"),b=r(l.act.name,"max"),c=r(l.act.name,"mean");f&&b&&d.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:f.steps,values:f.values,band:"lo"},...c?[{label:"mean",steps:c.steps,values:c.values,dash:[3,3]}]:[]],!1])}let u=f=>f.map(b=>({label:kr(b.name,l.layer),...r(b.name,"trace")||{steps:[],values:[]}}));if(l.grads.length&&d.push(["gradient norm",u(l.grads),!0]),l.weights.length&&d.push(["weight norm",u(l.weights),!0]),l.weights.length&&d.push(["update ratio",l.weights.map(f=>({label:kr(f.name,l.layer),...r(f.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){s.appendChild(h("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[f,b,c]of d){for(let N of b)N.steps.length&&N.values.every(v=>v===null)&&(N.label=`${N.label} (not measured)`);let w=h("div",{class:"nw-mini",dataset:{panel:f}});if(s.appendChild(h("div",{class:"nw-mini-wrap"},h("div",{class:"nw-mini-title",text:f}),w)),b.every(N=>!N.steps.length)){w.appendChild(h("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new sn(w,{series:b,log:c,compact:!0,height:110,range:i.range,onset:i.onset,onsetText:i.onsetText,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:N=>i.jump({step:N,layer:l.layer}),onRange:(N,v)=>i.zoom(N,v),onReset:()=>i.zoom(null,null)});i.charts.push(S),t.charts.push(S)}}};var Ql=8,ee=e=>e==null?"":String(e),js=e=>Array.isArray(e)?e:[],ln=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Ws=e=>{let t=xe(e);return t===null?"–":it(t)},Sr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):ee(e);function bu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function xu(e){let t=[ee(e.name)||ee(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function yu(e){let t=Object.entries(e).filter(([s])=>s!=="class"&&s!=="learning_rate").map(([s,l])=>`${s}=${Sr(l)}`),n=e.learning_rate!=null?[`learning_rate=${Sr(e.learning_rate)}`]:[];return`${ee(e.class)||"?"}(${[...n,...t].join(", ")})`}function vu(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${ee(e.epochs??"?")} epochs × ${ee(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function _r(e){let t=e.trim()===""?NaN:Number(e);return!Number.isFinite(t)||Number.isInteger(t)&&e.length<=12?e:it(t)}function ku(e){let t=Object.entries(e);return t.length>0&&t.every(([l])=>l.trim()!==""&&Number.isFinite(Number(l)))&&t.some(([l])=>!Number.isInteger(Number(l)))?`continuous: ${Ye(t.length,"distinct value")} in the sampled rows`:t.slice(0,Ql).map(([l,i])=>{let r=xe(i);return r===null?_r(l):`${_r(l)} (${it(100*r,3)}%)`}).join(", ")+(t.length>Ql?`, … ${t.length-Ql} more`:"")}function Su(e,t,n){let s=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),l=h("tbody");return e.forEach((i,r)=>{let d=ee(i.name),u=t.has(d),f=s.has(d)?h("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${d}`,text:d,onclick:()=>n.jump({layer:d}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:d}))}):h("span",{class:"nw-model-layer-name",text:d});l.appendChild(h("tr",{class:u?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:d}},h("td",{class:"nw-num nw-muted",text:String(r+1)}),h("td",{class:"nw-mono"},f,u?h("span",{class:"nw-chip nw-out-chip",text:"output"}):null),h("td",{text:ee(i.class)||"–"}),h("td",{class:"nw-model-act",text:ee(i.activation)||"–"}),h("td",{class:"nw-num",text:i.units!=null?ee(i.units):"–"}),h("td",{class:"nw-mono",text:bu(i.output_shape)}),h("td",{class:"nw-num",text:i.params!=null?ee(i.params):"–"})))}),h("div",{class:"nw-model-layers nw-scroll-x"},h("table",{class:"nw-table nw-model-layer-table"},h("thead",null,h("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>h("th",{text:i})))),l))}function _u(e){let t=h("tbody");for(let[n,s]of Object.entries(e)){let l=ln(s)||{},i=ln(l.values),r=xe(l.nonfinite),d=l.min==null&&l.max==null?"–":`[${Ws(l.min)}, ${Ws(l.max)}]`,u=[ee(l.dtype)||"float",l.features!=null?` × ${l.features}`:""].join("");t.appendChild(h("tr",{class:"nw-model-data-row",dataset:{name:n}},h("td",{class:"nw-mono",text:n}),h("td",{class:"nw-mono",text:u}),h("td",{class:"nw-model-range",text:d}),h("td",{text:l.mean==null?"–":`${Ws(l.mean)} ± ${Ws(l.std)}`}),h("td",{class:"nw-model-values",text:i?ku(i):l.integer?"whole numbers":"–"}),h("td",{class:r?"nw-nan-text":"",text:r===null?"–":it(r)})))}return h("div",{class:"nw-scroll-x"},h("table",{class:"nw-table nw-model-data"},h("thead",null,h("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values seen (share)","NaN/Inf"].map(n=>h("th",{text:n})))),t))}function Mr(e,t){let n=ln(e);if(!n)return null;let s=js(n.layers).filter(v=>ln(v)),l=new Set(js(n.outputs).map(ee)),i=js(n.losses).filter(v=>ln(v)),r=ln(n.optimizer),d=ln(n.fit)||{},u=ln(n.data)||{},f=js(n.lines).map(ee),b=[],c=(v,...M)=>b.push(h("dt",{text:v}),h("dd",{class:`nw-fact-${v.toLowerCase().replace(/[^a-z]+/g,"-")}`},...M));l.size&&c("Output",[...l].map((v,M)=>[M?", ":"",h("code",{class:"nw-model-output",text:v})])),i.length&&c("Loss",i.map((v,M)=>[M?"; ":"",h("code",{class:"nw-model-loss",text:xu(v)})])),r&&c("Optimizer",h("code",{class:"nw-model-optimizer",text:yu(r)}));let w=vu(d);w&&c("Fit",w),n.dtype_policy!=null&&c("dtype policy",h("code",{text:ee(n.dtype_policy)}));let S=h("section",{class:"nw-card nw-model-card"},h("h2",{text:"Model"})),N=Object.keys(u).length>0;return!s.length&&!b.length&&!N?(f.length?S.appendChild(h("ul",{class:"nw-model-lines"},f.map(v=>h("li",{class:"nw-mono",text:v})))):S.appendChild(h("p",{class:"nw-muted",text:"No model facts were logged."})),S):(S.append(h("div",{class:"nw-model-grid"},s.length?Su(s,l,t):h("p",{class:"nw-muted",text:"No layers were logged."}),b.length?h("dl",{class:"nw-facts"},b):null)),N&&S.append(h("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),_u(u)),f.length&&S.append(h("details",{class:"nw-model-text"},h("summary",{text:"As text"}),h("pre",null,h("code",{text:f.join(`
`)})))),S)}var Nr=20,Mu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],rs=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Es(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,s=n.state,l=s.run,i=performance.now(),r=Yt("diagnosis",{run:l},t);r.catch(()=>null);let d=await Yt("tensors",{run:l},t),u=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=u>150?"activation":"");let f=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),b=Yt("heatmap",{run:l,start:s.start??null,end:s.end??null,buckets:Math.floor(f),kind:this.hmKind||null},t).catch(D=>D),c=await r,w=d.rows||[],S=Number(c.steps)||0,N=c.onset&&c.onset.step!=null?Number(c.onset.step):null,v=[0,Math.max(1,S-1)],M=[s.start??v[0],s.end??v[1]];M[1]>M[0]||(M=v);let $=this,k=[],E={run:l,rows:w,range:M,full:v,onset:N,onsetText:Xl(c)?"diverging":"onset",windowStart:N==null?null:N-Nr,charts:this.charts,signal:t,defer:D=>k.push(D),selStep:()=>n.state.step??null,jump:D=>$.jump(D),zoom:(D,at)=>$.zoom(D,at)};this.ctx=E;let C=h("select",{class:"nw-select",title:"Run"});for(let D of n.runs||[{run:l}]){let at=h("option",{value:D.run,text:D.run});D.run===l&&(at.selected=!0),C.appendChild(at)}[...C.options].some(D=>D.value===l)||C.appendChild(h("option",{value:l,text:l,selected:!0})),C.addEventListener("change",()=>n.setState({run:C.value,layer:null,step:null,start:null,end:null}));let A=h("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:D=>{D.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),z=c.onset?h("span",{class:"nw-onset-summary"},Xl(c)?"diverging from step ":c.status==="nonfinite"||c.onset.kind==="nonfinite"?"non-finite from step ":"onset at step ",h("b",{class:"nw-onset-step",text:String(c.onset.step)}),c.onset.phase?` in the ${c.onset.phase} phase`:"",c.onset.tensor?h("span",null,", tensor ",h("code",{text:String(c.onset.tensor)})):"",c.onset.layer?h("span",null," (layer ",h("code",{text:String(c.onset.layer)}),")"):""):h("span",{class:"nw-muted",text:c.status==="nonfinite"?"":"no NaN/Inf logged"}),j=N!=null?h("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let D=Math.max(25,Math.round(S*.03));this.zoom(Math.max(v[0],N-D),Math.min(v[1],N+Math.max(10,Math.round(D/3))))}}):null,K=M[0]!==v[0]||M[1]!==v[1],_=h("button",{class:"nw-btn",text:"Full range",disabled:K?null:!0,onclick:()=>this.zoom(null,null)}),L=h("div",{class:"nw-head"},A,C,Jl(c.status),z,h("span",{class:"nw-spacer"}),h("span",{class:"nw-muted nw-small nw-range",text:`steps ${M[0]}–${M[1]} of ${S}`}),j,_),x=Nu(c),F=Array.isArray(c.rule_errors)?c.rule_errors.filter(D=>D&&typeof D=="object"):[],R=new Set(F.map(D=>`rule ${D.id} failed: ${D.error}`)),W=/^the watch stopped at step \d+/,Y=Array.isArray(c.events)&&c.events.some(D=>D&&D.kind==="stop")||!!c.stopped,nt=(Array.isArray(c.notes)?c.notes:[]).map(String).filter(D=>!R.has(D)&&!(Y&&W.test(D))),I=c.status==="stalled",kt=x&&x.loss>0&&w.some(D=>D.name==="loss"),lt=I?Cu(nt,x,kt,c.status_reason):null,J=h("div",{class:"nw-notices"});c.sampled&&J.appendChild(h("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let tt=$u(c),X=c.stopped&&typeof c.stopped=="object"&&Number.isFinite(Number(c.stopped.step))?c.stopped:null;X&&!tt.some(D=>D.kind==="stop")&&tt.push({kind:"stop",...X});for(let D of Au(tt))J.appendChild(D);let U=zu(c);U&&J.appendChild(U);let dt=Ru(c.summarised);dt.length&&J.appendChild(h("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${dt.map(([D,at])=>`steps ${D}–${at}`).join(", ")} ${dt.length===1?"is":"are"} kept as one summary per ${dt[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let D of[...c.problems||[],...I?[]:nt].map(String).filter((at,Ut,Dt)=>Dt.indexOf(at)===Ut))J.appendChild(h("div",{class:"nw-notice",text:String(D)}));let mt=c.origin,xt=c.onset||{};mt&&mt.how&&(mt.tensor!==xt.tensor||mt.step!==xt.step)&&J.appendChild(h("div",{class:"nw-notice nw-info nw-origin-note",text:`Origin: ${[mt.tensor??mt.layer,mt.step!=null?`at step ${mt.step}`:null].filter(D=>D!=null).join(" ")||"unknown"} (${mt.how})`}));let rt=mr(c,w,D=>this.jump(D),F),ne=Mr(c.model,E),Ht=h("section",{class:"nw-card nw-timeline-card"},h("h2",{text:"Loss and global gradient norm"})),wt=h("div",{class:"nw-timeline",dataset:{onsetStep:N==null?"":String(N)}}),oe=h("span",{class:"nw-nan-note"}),Se=h("div",{class:"nw-muted nw-small nw-tl-caption"},"Log scale.",N!=null?` Red line: ${Xl(c)?"where the run-away began":"the first NaN/Inf"}; shaded: the ${Nr} steps before it.`:"",Eu(tt),kt?" Grey dashed line: the loss a constant predictor reaches on this run's targets.":"",oe," Drag to zoom, double-click to reset, click to select a step.");Ht.append(wt,Se);let qt=h("section",{class:"nw-card nw-heatmap-card"}),ie=h("select",{class:"nw-select nw-hm-kind"});for(let[D,at]of Mu){if(D&&!w.some(Dt=>Dt.kind===D))continue;let Ut=h("option",{value:D,text:at});D===this.hmKind&&(Ut.selected=!0),ie.appendChild(Ut)}let Pe=h("div",{class:"nw-heatmap"});ie.addEventListener("change",()=>{this.hmKind=ie.value,this._loadHeatmap(Pe,t)}),qt.append(h("div",{class:"nw-card-head"},h("h2",{text:"Magnitude by tensor and step"}),ie),Pe,h("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket (between statistics steps: the trace L2 norm, scaled by the row's usual L2 to max |x| ratio). Click a cell to jump to that layer and step."}));let _e=h("section",{class:"nw-card nw-inputs-card"},h("h2",{text:"Inputs and targets"})),je=h("section",{class:"nw-card nw-layers-card"},h("h2",{text:"Per layer"}));ke(this.root);let on=h("div",{class:"nw-top"},rt,Ht),We=I?[L,lt,J,on,ne,qt,_e,je]:[L,J,on,qt,ne,_e,je];this.root.append(...We.filter(Boolean));let Bt=Math.max(300,wt.clientWidth||800),Ve=["loss","global_grad_norm"].filter(D=>w.some(at=>at.name===D)),Me=Ve.length?Yt("series",{run:l,tensor:Ve,stat:"trace",start:M[0],end:M[1],points:Math.min(4e3,2*Bt)},t):Promise.resolve({series:[]}),He=this._loadHeatmap(Pe,t,b),et=vr(E,_e,t).catch(D=>{t.aborted||_e.appendChild(h("div",{class:"nw-error",text:String(D.message||D)}))}),V=await Me;if(t.aborted)return;let gt={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},St=(V.series||[]).map(D=>({label:D.tensor==="global_grad_norm"?"global grad norm":D.tensor,steps:D.steps,values:tn(D.values),scale:D.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(D.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||gt[D.tensor],width:1.5})),he=(V.series||[]).find(D=>D.tensor==="loss"&&Array.isArray(D.hi)&&D.hi.some(at=>at!=null));if(he){let D=St.find(at=>at.scale==="loss").color;St.push({label:"loss, block max",steps:he.steps,values:tn(he.hi),scale:"loss",color:D,width:.5,band:"hi"},{label:"loss, block min",steps:he.steps,values:tn(he.lo),scale:"loss",color:D,width:.5,band:"lo"})}let Be=St.some(D=>D.scale==="loss");St.length?(this.timeline=new sn(wt,{series:St,hlines:x&&Be?[{value:x.loss,scale:"loss",label:"constant predictor",text:Tu(x),short:`constant predictor: ${it(x.loss)}`,color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:M,onset:N,onsetText:E.onsetText,marks:Pu(tt),windowStart:E.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:D=>this.jump({step:D}),onRange:(D,at)=>this.zoom(D,at),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline),this.timeline.bad.length&&(oe.textContent=" Triangles at the top: NaN/Inf values.")):wt.appendChild(h("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let se=(V.series||[]).find(D=>D.returned<D.logged);if(se&&Ht.appendChild(h("div",{class:"nw-muted nw-small",text:`Showing ${se.returned} of ${se.logged} steps (each bucket's min and max, every step near the onset).`})),await He,!t.aborted){this.grid=new Fs(E,je),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await et;for(let D of k)D();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,s){let l=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let r=s?await s:null;if(r instanceof Error)throw r;if(r||(r=await Yt("heatmap",{run:l.run,start:l.range[0],end:l.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Is(t,r,{onset:l.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(r){n.aborted||(ke(t),t.appendChild(h("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,s={};t.layer!==void 0&&t.layer!==null&&(s.layer=t.layer),t.step!==void 0&&t.step!==null&&(s.step=Math.round(t.step));let l=this.ctx?this.ctx.range:null;if(s.step!=null&&l&&(s.step<l[0]||s.step>l[1])){let i=Math.max(25,Math.round((l[1]-l[0])/4));s.start=Math.max(this.ctx.full[0],s.step-i),s.end=Math.min(this.ctx.full[1],s.step+i)}n.setState(s)}applySelection(t=!0){let n=this.app.state;for(let l of this.charts)l.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let l=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];l.forEach((r,d)=>r.classList.toggle("nw-sel",n.layer!=null&&i[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let s=this.root.querySelector(".nw-selection");if(s&&s.remove(),n.layer!=null||n.step!=null){let l=this.root.querySelector(".nw-head");l&&l.after(h("div",{class:"nw-selection"},"Selected: ",n.layer!=null?h("span",null,"layer ",h("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?h("span",null,"step ",h("b",{class:"nw-sel-step",text:String(n.step)})):null,h("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function Xl(e){let t=e.onset&&e.onset.kind;return t?t==="runaway":e.status==="diverging"}function Nu(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=xe(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function Tu(e){return`constant predictor: ${it(e.loss)}${e.what?` (${e.what})`:""}`}function Cu(e,t,n,s){return h("div",{class:"nw-status-box nw-status-stalled"},h("div",{class:"nw-status-head"},h("b",{text:"Stalled: "}),s==="cannot_fit"?"the model as set up cannot fit the task, whatever its loss does.":s==="no_progress"?"the loss is not making real progress.":"the model learns little or nothing useful.",e.length?" The evidence:":""),e.length?h("ul",{class:"nw-status-notes"},e.map(l=>h("li",{class:"nw-status-note",text:l}))):null,t?h("div",{class:"nw-status-baseline"},"Constant predictor",t.what?` (${t.what})`:"",": ",t.lossName?h("code",{text:t.lossName}):"loss"," ",h("b",{class:"nw-baseline-value",text:it(t.loss)}),n?", the dashed line on the loss chart.":"."):null)}function $u(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function Lu(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?` and ${e.length-10} more`:"")}function Tr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}var Vs=5;function Au(e){let t=[];for(let r of e.filter(d=>d.kind==="stop"))t.push(h("div",{class:"nw-notice nw-info nw-stop",dataset:{reason:String(r.reason??"")},text:Ds(r)}));let n=e.filter(r=>r.kind==="skip");if(n.length){let r=n.reduce((d,u)=>d+(Number(u.steps)||1),0);t.push(h("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${Ye(r,"update")} with non-finite gradients or loss ${r===1?"was":"were"} not applied, at step${n.length===1?"":"s"} ${Lu(n)}.`}))}let s=e.filter(r=>r.kind==="spike"),l=e.filter(r=>r.kind==="rollback");for(let r of s.slice(0,Vs))t.push(h("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(r.step)}: ${it(xe(r.loss))}, ${it(xe(r.factor),3)} times its median ${it(xe(r.median))} over the steps before.${Tr(r)}`}));for(let r of l.slice(0,Vs)){let d=Number(r.lr_steps)||0,u=r.lr!=null?` The learning rate was set to ${it(xe(r.lr))} for ${Ye(d,"step")}.`:"",f=Number(r.skipped_batches),b=Number.isFinite(f)?`${Ye(f,"batch","batches")} ${f===1?"was":"were"} dropped`:"the batches since were dropped",c=r.at!=null?` at step ${Number(r.at)}`:"",w=r.restored!=null?`the snapshot of step ${Number(r.restored)}`:"the last snapshot";t.push(h("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(r.step)}: ${r.cause==="spike"?"a loss spike":"non-finite gradients or loss"}${c}; the weights and optimizer state went back to ${w} and ${b}.${u}${Tr(r)}`}))}let i=Math.max(0,s.length-Vs)+Math.max(0,l.length-Vs);return i>0&&t.push(h("div",{class:"nw-notice nw-muted",text:`…and ${i} more spikes or rollbacks (the CLI report lists them).`})),t}function Eu(e){let t=new Set(e.map(s=>s.kind)),n=[];return t.has("spike")&&n.push("orange dashed line: a loss spike"),t.has("rollback")&&n.push("purple line: a rollback (shaded: the batches it dropped)"),t.has("skip")&&n.push("grey ticks at the foot: skipped updates"),t.has("stop")&&n.push("dark line: where the watch stopped the training"),n.length?` ${n.join("; ").replace(/^./,s=>s.toUpperCase())}.`:""}function Pu(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback"||t.kind==="stop").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${it(xe(t.factor),3)} times its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:t.kind==="stop"?Ds(t):`update skipped at step ${Number(t.step)}`}))}function zu(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,s=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!s)return null;let l=h("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?l.appendChild(h("div",{class:"nw-op",dataset:{type:String(n.type)}},h("b",{text:"Op: "}),String(e.op))):n&&n.why&&l.appendChild(h("div",{class:"nw-op"},h("b",{text:"Op: "}),`not named: ${String(n.why)}`)),s&&s.file){let i=s.arrays&&typeof s.arrays=="object"?s.arrays:{},r=Object.entries(i).filter(([,d])=>d&&Number(d.nonfinite_row_count)>0).map(([d,u])=>{let f=(Array.isArray(u.nonfinite_rows)?u.nonfinite_rows:[]).map(Number),b=Number(u.nonfinite_row_count),c=b>f.length?`, … (${b} in all)`:"";return[`${b===1?"row":"rows"} ${f.join(", ")}${c} of `,h("code",{text:d})]});l.appendChild(h("div",{class:"nw-batch"},h("b",{text:"Batch: "}),`the batch of ${s.step!=null?`step ${s.step}`:"the onset"} is saved next to the run's event file: `,h("code",{class:"nw-batch-load",text:`numpy.load("${String(s.file)}")`}),Object.keys(i).length?[` (${Object.keys(i).length===1?"array":"arrays"} `,Object.keys(i).map((d,u)=>[u?", ":"",h("code",{text:d})]),"). "]:". ",r.length?["Holding NaN/Inf: ",r.map((d,u)=>[u?"; ":"",d]),"."]:"None of its rows holds a NaN/Inf.",s.rows!=null?` ${Ye(Number(s.rows),"row")}${s.batch_rows!=null?` of its ${Number(s.batch_rows)}`:""} ${Number(s.rows)===1?"was":"were"} saved (size cap); their indices are in "_rows".`:""))}return l}function Ru(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Hs=["run","layer","step","start","end"],Du=new Set(["step","start","end"]);function Bs(e){let t={};for(let n of Hs){let s=e?e[n]:void 0;if(!(s==null||s==="")){if(Du.has(n)){if(s=Number(s),!Number.isFinite(s))continue;s=Math.round(s)}else s=String(s);t[n]=s}}return t}function to(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Hs)e.has(n)&&(t[n]=e.get(n));return Bs(t)}function eo(e){let t=new URLSearchParams;for(let l of Hs){let i=e[l];i==null||i===""||t.set(l,String(i))}let n=t.toString(),s=new URL(window.location.href);s.hash=n,s.href!==window.location.href&&window.history.replaceState(null,"",s.href)}function Cr(e,t){return Hs.every(n=>(e[n]??null)===(t[n]??null))}var no=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Ps}async start(){let t=to();if(!Object.keys(t).length){let n=ql();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Bs(n))}this.state=t,eo(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=to();this._apply(n)}),this._followParentUrl(),ar(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let s=ql();if(s===null)return;let l=Bs(s);Cr(l,this.state)||this._apply(l,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[l,i]of Object.entries(t))i!=null&&i!==""&&n.set(l,String(i));let s=new URL(window.location.href);return s.hash=n.toString(),s.href}setState(t){let n={...this.state,...t};for(let s of Object.keys(n))(n[s]===null||n[s]===void 0||n[s]==="")&&delete n[s];this._apply(n)}_apply(t,n=!1){let s=this.state;this.state=t,eo(t),n||dr(t,s.run!==t.run),s.run!==t.run||s.start!==t.start||s.end!==t.end||!this.view?this.rerender():this.view instanceof rs&&(s.layer!==t.layer||s.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let s=(await Yt("runs")).runs||[],l=JSON.stringify(s);if(l===this.runsKey)return;this.runs=s,this.runsKey=l}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),Es(this.root);let n=h("div",{class:"nw-page"}),s=performance.now();document.body.dataset.nwBusy="1";try{let l=()=>(this.runs||[]).some(i=>i.run===this.state.run);if((this.runs===null||!this.state.run||!l())&&(this.state.run?(this.runs=(await Yt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},ke(this.root).appendChild(n),await xr(this,n,t.signal))),this.state.run&&!t.signal.aborted&&!l())this.view={kind:"missing"},ke(this.root).appendChild(n),Ou(this,n);else if(this.state.run&&!t.signal.aborted){let i=new rs(this,n);this.view=i,ke(this.root).appendChild(n),await i.render(t.signal)}}catch(l){if(t.signal.aborted||l&&l.name==="AbortError")return;ke(this.root).appendChild(n),ke(n).append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-error",text:`Could not load: ${l&&l.message?l.message:l}`}),this.state.run?h("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",l)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-s),document.body.dataset.nwView=this.view&&this.view.kind==="missing"?"missing":this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}};function Ou(e,t){let n=e.runs||[];t.append(h("div",{class:"nw-head"},h("h1",{class:"nw-title",text:"NaN Watch"})),h("div",{class:"nw-card nw-missing"},h("p",null,"There is no run named ",h("code",{class:"nw-missing-run",text:e.state.run})," in this logdir",n.length?".":" (it holds no tb_nanwatch run yet)."),h("p",{class:"nw-muted",text:"The link may name a run that was renamed or deleted, or whose logs TensorBoard has not read yet (it appears after the next reload)."}),h("button",{class:"nw-btn",text:"← All runs",onclick:()=>e.setState({run:null,layer:null,step:null,start:null,end:null})})))}var Us=null;function Bf(){if(Us)return Us;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=zo+`
`+Ro,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=h("div",{id:"nw-root"});document.body.appendChild(n);let s=new no(n);return window.__nanwatch.app=s,window.__nanwatch.syncedCount=fr,Us=s.start(),Us}export{Bf as render};
