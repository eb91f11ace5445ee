var Oo='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Io=`:root {
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
  --nw-impaired: #8a5a00;
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
  --nw-impaired: #e2b34c;
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
.nw-st-impaired {
  background: var(--nw-impaired);
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
/* status box (a stalled or impaired run's evidence, next to its badge) */
.nw-status-box {
  padding: 6px 10px;
  margin: -2px 0 10px;
  border-left: 3px solid var(--nw-stalled);
  background: var(--nw-panel2);
  border-radius: 3px;
}
.nw-status-impaired {
  border-left-color: var(--nw-impaired);
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

/* runs written without the watch (issue 23) */
.nw-chip.nw-source {
  color: var(--nw-text, inherit);
  border-style: dashed;
  margin-left: 4px;
}
.nw-foreign-card .nw-cannot {
  margin: 4px 0 8px 18px;
  padding: 0;
}
.nw-foreign-card .nw-foreign-head {
  font-weight: 600;
  margin-top: 6px;
}
`;var fa=new URL("./",import.meta.url),wl=class extends Error{constructor(t,n){super(n),this.status=t}};function pa(e,t){let n=new URL(e,fa);if(t){for(let[s,l]of Object.entries(t))if(l!=null)if(Array.isArray(l))for(let i of l)n.searchParams.append(s,String(i));else n.searchParams.set(s,String(l))}return n.toString()}async function Zt(e,t,n){let s=await fetch(pa(e,t),{signal:n,credentials:"same-origin"});if(!s.ok){let l=s.statusText;try{let i=await s.text();i&&(l=i.slice(0,300))}catch{}throw new wl(s.status,`${e}: ${s.status} ${l}`)}return s.json()}function Se(e){if(e==null)return null;if(typeof e=="number")return e;if(e==="NaN"||e==="nan")return NaN;if(e==="Inf"||e==="Infinity"||e==="inf"||e==="+Inf")return 1/0;if(e==="-Inf"||e==="-Infinity"||e==="-inf")return-1/0;let t=Number(e);return Number.isNaN(t)?null:t}function Be(e){let t=new Array(e?e.length:0);for(let n=0;n<t.length;n++){let s=e[n];t[n]=typeof s=="number"?s:Se(s)}return t}var da="uplot",ha="u-hz",ma="u-vt",wa="u-title",ga="u-wrap",ba="u-under",xa="u-over",ya="u-axis",xn="u-off",va="u-select",ka="u-cursor-x",Sa="u-cursor-y",_a="u-cursor-pt",Ma="u-legend",Na="u-live",Ta="u-inline",Ca="u-series",$a="u-marker",Fo="u-label",Aa="u-value",os="width",is="height";var jo="bottom",In="left",gl="right",zl="#000",Wo=zl+"0",bl="mousemove",Vo="mousedown",xl="mouseup",Ho="mouseenter",Bo="mouseleave",Uo="dblclick",La="resize",Ea="scroll",Go="change",Ss="dppxchange",Rl="--",Un=typeof window<"u",_l=Un?document:null,jn=Un?window:null,Pa=Un?navigator:null,pt,xs;function Ml(){let e=devicePixelRatio;pt!=e&&(pt=e,xs&&Tl(Go,xs,Ml),xs=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),yn(Go,xs,Ml),jn.dispatchEvent(new CustomEvent(Ss)))}function he(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Nl(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Mt(e,t,n){e.style[t]=n+"px"}function Ee(e,t,n,s){let l=_l.createElement(e);return t!=null&&he(l,t),n?.insertBefore(l,s),l}function _e(e,t){return Ee("div",e,t)}var Ko=new WeakMap;function Ue(e,t,n,s,l){let i="translate("+t+"px,"+n+"px)",r=Ko.get(e);i!=r&&(e.style.transform=i,Ko.set(e,i),t<0||n<0||t>s||n>l?he(e,xn):Nl(e,xn))}var Yo=new WeakMap;function qo(e,t,n){let s=t+n,l=Yo.get(e);s!=l&&(Yo.set(e,s),e.style.background=t,e.style.borderColor=n)}var Jo=new WeakMap;function Zo(e,t,n,s){let l=t+""+n,i=Jo.get(e);l!=i&&(Jo.set(e,l),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-n/2+"px":0)}var Dl={passive:!0},za={...Dl,capture:!0};function yn(e,t,n,s){t.addEventListener(e,n,s?za:Dl)}function Tl(e,t,n,s){t.removeEventListener(e,n,Dl)}Un&&Ml();function Pe(e,t,n,s){let l;n=n||0,s=s||t.length-1;let i=s<=2147483647;for(;s-n>1;)l=i?n+s>>1:me((n+s)/2),t[l]<e?n=l:s=l;return e-t[n]<=t[s]-e?n:s}function Mi(e){return(n,s,l)=>{let i=-1,r=-1;for(let m=s;m<=l;m++)if(e(n[m])){i=m;break}for(let m=l;m>=s;m--)if(e(n[m])){r=m;break}return[i,r]}}var Ni=e=>e!=null,Ti=e=>e!=null&&e>0,Ns=Mi(Ni),Ra=Mi(Ti);function Da(e,t,n,s=0,l=!1){let i=l?Ra:Ns,r=l?Ti:Ni;[t,n]=i(e,t,n);let m=e[t],c=e[t];if(t>-1)if(s==1)m=e[t],c=e[n];else if(s==-1)m=e[n],c=e[t];else for(let f=t;f<=n;f++){let b=e[f];r(b)&&(b<m?m=b:b>c&&(c=b))}return[m??bt,c??-bt]}function Ts(e,t,n,s){let l=ti(e),i=ti(t);e==t&&(l==-1?(e*=n,t/=n):(e/=n,t*=n));let r=n==10?Ze:Ci,m=l==1?me:Me,c=i==1?Me:me,f=m(r(It(e))),b=c(r(It(t))),u=Wn(n,f),d=Wn(n,b);return n==10&&(f<0&&(u=xt(u,-f)),b<0&&(d=xt(d,-b))),s||n==2?(e=u*l,t=d*i):(e=Ei(e,u),t=Cs(t,d)),[e,t]}function Ol(e,t,n,s){let l=Ts(e,t,n,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Il=.1,Qo={mode:3,pad:Il},as={pad:0,soft:null,mode:0},Oa={min:as,max:as};function _s(e,t,n,s){return $s(n)?Xo(e,t,n):(as.pad=n,as.soft=s?0:null,as.mode=s?3:0,Xo(e,t,Oa))}function ct(e,t){return e??t}function Ia(e,t,n){for(t=ct(t,0),n=ct(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Xo(e,t,n){let s=n.min,l=n.max,i=ct(s.pad,0),r=ct(l.pad,0),m=ct(s.hard,-bt),c=ct(l.hard,bt),f=ct(s.soft,bt),b=ct(l.soft,-bt),u=ct(s.mode,0),d=ct(l.mode,0),S=t-e,_=Ze(S),v=le(It(e),It(t)),N=Ze(v),C=It(N-_);(S<1e-24||C>10)&&(S=0,(e==0||t==0)&&(S=1e-24,u==2&&f!=bt&&(i=0),d==2&&b!=-bt&&(r=0)));let k=S||v||1e3,L=Ze(k),A=Wn(10,me(L)),R=k*(S==0?e==0?.1:1:i),$=xt(Ei(e-R,A/10),24),I=e>=f&&(u==1||u==3&&$<=f||u==2&&$>=f)?f:bt,K=le(m,$<I&&e>=I?I:ze(I,$)),M=k*(S==0?t==0?.1:1:r),E=xt(Cs(t+M,A/10),24),x=t<=b&&(d==1||d==3&&E>=b||d==2&&E<=b)?b:-bt,j=ze(c,E>x&&t<=x?x:le(x,E));return K==j&&K==0&&(j=100),[K,j]}var Fa=new Intl.NumberFormat(Un?Pa.language:"en-US"),Fl=e=>Fa.format(e),we=Math,ks=we.PI,It=we.abs,me=we.floor,Ot=we.round,Me=we.ceil,ze=we.min,le=we.max,Wn=we.pow,ti=we.sign,Ze=we.log10,Ci=we.log2,ja=(e,t=1)=>we.sinh(e)*t,yl=(e,t=1)=>we.asinh(e/t),bt=1/0;function ei(e){return(Ze((e^e>>31)-(e>>31))|0)+1}function Cl(e,t,n){return ze(le(e,t),n)}function $i(e){return typeof e=="function"}function ot(e){return $i(e)?e:()=>e}var Wa=()=>{},Ai=e=>e,Li=(e,t)=>t,Va=e=>null,ni=e=>!0,si=(e,t)=>e==t,Ha=/\.\d*?(?=9{6,}|0{6,})/gm,vn=e=>{if(zi(e)||cn.has(e))return e;let t=`${e}`,n=t.match(Ha);if(n==null)return e;let s=n[0].length-1;if(t.indexOf("e-")!=-1){let[l,i]=t.split("e");return+`${vn(l)}e${i}`}return xt(e,s)};function gn(e,t){return vn(xt(vn(e/t))*t)}function Cs(e,t){return vn(Me(vn(e/t))*t)}function Ei(e,t){return vn(me(vn(e/t))*t)}function xt(e,t=0){if(zi(e))return e;let n=10**t,s=e*n*(1+Number.EPSILON);return Ot(s)/n}var cn=new Map;function Pi(e){return((""+e).split(".")[1]||"").length}function us(e,t,n,s){let l=[],i=s.map(Pi);for(let r=t;r<n;r++){let m=It(r),c=xt(Wn(e,r),m);for(let f=0;f<s.length;f++){let b=e==10?+`${s[f]}e${r}`:s[f]*c,u=(r>=0?0:m)+(r>=i[f]?0:i[f]),d=e==10?b:xt(b,u);l.push(d),cn.set(d,u)}}return l}var cs={},jl=[],Vn=[null,null],an=Array.isArray,zi=Number.isInteger,Ba=e=>e===void 0;function li(e){return typeof e=="string"}function $s(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Ua(e){return e!=null&&typeof e=="object"}var Ga=Object.getPrototypeOf(Uint8Array),Ri="__proto__";function Hn(e,t=$s){let n;if(an(e)){let s=e.find(l=>l!=null);if(an(s)||t(s)){n=Array(e.length);for(let l=0;l<e.length;l++)n[l]=Hn(e[l],t)}else n=e.slice()}else if(e instanceof Ga)n=e.slice();else if(t(e)){n={};for(let s in e)s!=Ri&&(n[s]=Hn(e[s],t))}else n=e;return n}function Rt(e){let t=arguments;for(let n=1;n<t.length;n++){let s=t[n];for(let l in s)l!=Ri&&($s(e[l])?Rt(e[l],Hn(s[l])):e[l]=Hn(s[l]))}return e}var Ka=0,Ya=1,qa=2;function Ja(e,t,n){for(let s=0,l,i=-1;s<t.length;s++){let r=t[s];if(r>i){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<n&&e[l]==null;)e[i=l++]=null}}}function Za(e,t){if(tc(e)){let r=e[0].slice();for(let m=1;m<e.length;m++)r.push(...e[m].slice(1));return ec(r[0])||(r=Xa(r)),r}let n=new Set;for(let r=0;r<e.length;r++){let c=e[r][0],f=c.length;for(let b=0;b<f;b++)n.add(c[b])}let s=[Array.from(n).sort((r,m)=>r-m)],l=s[0].length,i=new Map;for(let r=0;r<l;r++)i.set(s[0][r],r);for(let r=0;r<e.length;r++){let m=e[r],c=m[0];for(let f=1;f<m.length;f++){let b=m[f],u=Array(l).fill(void 0),d=t?t[r][f]:Ya,S=[];for(let _=0;_<b.length;_++){let v=b[_],N=i.get(c[_]);v===null?d!=Ka&&(u[N]=v,d==qa&&S.push(N)):u[N]=v}Ja(u,S,l),s.push(u)}}return s}var Qa=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Xa(e){let t=e[0],n=t.length,s=Array(n);for(let i=0;i<s.length;i++)s[i]=i;s.sort((i,r)=>t[i]-t[r]);let l=[];for(let i=0;i<e.length;i++){let r=e[i],m=Array(n);for(let c=0;c<n;c++)m[c]=r[s[c]];l.push(m)}return l}function tc(e){let t=e[0][0],n=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=n)return!1;if(l!=t){for(let i=0;i<n;i++)if(l[i]!=t[i])return!1}}return!0}function ec(e,t=100){let n=e.length;if(n<=1)return!0;let s=0,l=n-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;let i=le(1,me((l-s+1)/t));for(let r=e[s],m=s+i;m<=l;m+=i){let c=e[m];if(c!=null){if(c<=r)return!1;r=c}}return!0}var Di=["January","February","March","April","May","June","July","August","September","October","November","December"],Oi=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ii(e){return e.slice(0,3)}var nc=Oi.map(Ii),sc=Di.map(Ii),lc={MMMM:Di,MMM:sc,WWWW:Oi,WWW:nc};function ls(e){return(e<10?"0":"")+e}function oc(e){return(e<10?"00":e<100?"0":"")+e}var ic={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ls(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ls(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ls(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ls(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ls(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>oc(e.getMilliseconds())};function Wl(e,t){t=t||lc;let n=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)n.push(l[0][0]=="{"?ic[l[1]]:l[0]);return i=>{let r="";for(let m=0;m<n.length;m++)r+=typeof n[m]=="string"?n[m]:n[m](i,t);return r}}var rc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ac(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==rc?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Fi=e=>e%1==0,Ms=[1,2,2.5,5],cc=us(10,-32,0,Ms),ji=us(10,0,32,Ms),uc=ji.filter(Fi),bn=cc.concat(ji),Vl=`
`,Wi="{YYYY}",oi=Vl+Wi,Vi="{M}/{D}",rs=Vl+Vi,ys=rs+"/{YY}",Hi="{aa}",fc="{h}:{mm}",Fn=fc+Hi,ii=Vl+Fn,ri=":{ss}",dt=null;function Bi(e){let t=e*1e3,n=t*60,s=n*60,l=s*24,i=l*30,r=l*365,c=(e==1?us(10,0,3,Ms).filter(Fi):us(10,-3,0,Ms)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),f=[[r,Wi,dt,dt,dt,dt,dt,dt,1],[l*28,"{MMM}",oi,dt,dt,dt,dt,dt,1],[l,Vi,oi,dt,dt,dt,dt,dt,1],[s,"{h}"+Hi,ys,dt,rs,dt,dt,dt,1],[n,Fn,ys,dt,rs,dt,dt,dt,1],[t,ri,ys+" "+Fn,dt,rs+" "+Fn,dt,ii,dt,1],[e,ri+".{fff}",ys+" "+Fn,dt,rs+" "+Fn,dt,ii,dt,1]];function b(u){return(d,S,_,v,N,C)=>{let k=[],L=N>=r,A=N>=i&&N<r,R=u(_),$=xt(R*e,3),I=vl(R.getFullYear(),L?0:R.getMonth(),A||L?1:R.getDate()),K=xt(I*e,3);if(A||L){let M=A?N/i:0,E=L?N/r:0,x=$==K?$:xt(vl(I.getFullYear()+E,I.getMonth()+M,1)*e,3),j=new Date(Ot(x/e)),z=j.getFullYear(),W=j.getMonth();for(let Y=0;x<=v;Y++){let et=vl(z+E*Y,W+M*Y,1),F=et-u(xt(et*e,3));x=xt((+et+F)*e,3),x<=v&&k.push(x)}}else{let M=N>=l?l:N,E=me(_)-me($),x=K+E+Cs($-K,M);k.push(x);let j=u(x),z=j.getHours()+j.getMinutes()/n+j.getSeconds()/s,W=N/s,Y=d.axes[S]._space,et=C/Y;for(;x=xt(x+N,e==1?0:3),!(x>v);)if(W>1){let F=me(xt(z+W,6))%24,J=u(x).getHours()-F;J>1&&(J=-1),x-=J*s,z=(z+W)%24;let nt=k[k.length-1];xt((x-nt)/N,3)*et>=.7&&k.push(x)}else k.push(x)}return k}}return[c,f,b]}var[pc,dc,hc]=Bi(1),[mc,wc,gc]=Bi(.001);us(2,-53,53,[1]);function ai(e,t){return e.map(n=>n.map((s,l)=>l==0||l==8||s==null?s:t(l==1||n[8]==0?s:n[1]+s)))}function ci(e,t){return(n,s,l,i,r)=>{let m=t.find(_=>r>=_[0])||t[t.length-1],c,f,b,u,d,S;return s.map(_=>{let v=e(_),N=v.getFullYear(),C=v.getMonth(),k=v.getDate(),L=v.getHours(),A=v.getMinutes(),R=v.getSeconds(),$=N!=c&&m[2]||C!=f&&m[3]||k!=b&&m[4]||L!=u&&m[5]||A!=d&&m[6]||R!=S&&m[7]||m[1];return c=N,f=C,b=k,u=L,d=A,S=R,$(v)})}}function bc(e,t){let n=Wl(t);return(s,l,i,r,m)=>l.map(c=>n(e(c)))}function vl(e,t,n){return new Date(e,t,n)}function ui(e,t){return t(e)}var xc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function fi(e,t){return(n,s,l,i)=>i==null?Rl:t(e(s))}function yc(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function vc(e,t){return e.series[t].fill(e,t)}var kc={show:!0,live:!0,isolate:!1,mount:Wa,markers:{show:!0,width:2,stroke:yc,fill:vc,dash:"solid"},idx:null,idxs:null,values:[]};function Sc(e,t){let n=e.cursor.points,s=_e(),l=n.size(e,t);Mt(s,os,l),Mt(s,is,l);let i=l/-2;Mt(s,"marginLeft",i),Mt(s,"marginTop",i);let r=n.width(e,t,l);return r&&Mt(s,"borderWidth",r),s}function _c(e,t){let n=e.series[t].points;return n._fill||n._stroke}function Mc(e,t){let n=e.series[t].points;return n._stroke||n._fill}function Nc(e,t){return e.series[t].points.size}var kl=[0,0];function Tc(e,t,n){return kl[0]=t,kl[1]=n,kl}function vs(e,t,n,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&n(l)}}function Sl(e,t,n,s=!0){return l=>{(!s||l.target==t)&&n(l)}}var Cc={show:!0,x:!0,y:!0,lock:!1,move:Tc,points:{one:!1,show:Sc,size:Nc,width:0,stroke:Mc,fill:_c},bind:{mousedown:vs,mouseup:vs,click:vs,dblclick:vs,mousemove:Sl,mouseleave:Sl,mouseenter:Sl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ui={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Hl=Rt({},Ui,{filter:Li}),Gi=Rt({},Hl,{size:10}),Ki=Rt({},Ui,{show:!1}),Bl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Yi="bold "+Bl,qi=1.5,pi={show:!0,scale:"x",stroke:zl,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yi,side:2,grid:Hl,ticks:Gi,border:Ki,font:Bl,lineGap:qi,rotate:0},$c="Value",Ac="Time",di={show:!0,scale:"x",auto:!1,sorted:1,min:bt,max:-bt,idxs:[]};function Lc(e,t,n,s,l){return t.map(i=>i==null?"":Fl(i))}function Ec(e,t,n,s,l,i,r){let m=[],c=cn.get(l)||0;n=r?n:xt(Cs(n,l),c);for(let f=n;f<=s;f=xt(f+l,c))m.push(Object.is(f,-0)?0:f);return m}function $l(e,t,n,s,l,i,r){let m=[],c=e.scales[e.axes[t].scale].log,f=c==10?Ze:Ci,b=me(f(n));l=Wn(c,b),c==10&&(l=bn[Pe(l,bn)]);let u=n,d=l*c;c==10&&(d=bn[Pe(d,bn)]);do m.push(u),u=u+l,c==10&&!cn.has(u)&&(u=xt(u,cn.get(l))),u>=d&&(l=u,d=l*c,c==10&&(d=bn[Pe(d,bn)]));while(u<=s);return m}function Pc(e,t,n,s,l,i,r){let c=e.scales[e.axes[t].scale].asinh,f=s>c?$l(e,t,le(c,n),s,l):[c],b=s>=0&&n<=0?[0]:[];return(n<-c?$l(e,t,le(c,-s),-n,l):[c]).reverse().map(d=>-d).concat(b,f)}var Ji=/./,zc=/[12357]/,Rc=/[125]/,hi=/1/,Al=(e,t,n,s)=>e.map((l,i)=>t==4&&l==0||i%s==0&&n.test(l.toExponential()[l<0?1:0])?l:null);function Dc(e,t,n,s,l){let i=e.axes[n],r=i.scale,m=e.scales[r],c=e.valToPos,f=i._space,b=c(10,r),u=c(9,r)-b>=f?Ji:c(7,r)-b>=f?zc:c(5,r)-b>=f?Rc:hi;if(u==hi){let d=It(c(1,r)-b);if(d<f)return Al(t.slice().reverse(),m.distr,u,Me(f/d)).reverse()}return Al(t,m.distr,u,1)}function Oc(e,t,n,s,l){let i=e.axes[n],r=i.scale,m=i._space,c=e.valToPos,f=It(c(1,r)-c(2,r));return f<m?Al(t.slice().reverse(),3,Ji,Me(m/f)).reverse():t}function Ic(e,t,n,s){return s==null?Rl:t==null?"":Fl(t)}var mi={show:!0,scale:"y",stroke:zl,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yi,side:3,grid:Hl,ticks:Gi,border:Ki,font:Bl,lineGap:qi,rotate:0};function Fc(e,t){let n=3+(e||1)*2;return xt(n*t,3)}function jc(e,t){let{scale:n,idxs:s}=e.series[0],l=e._data[0],i=e.valToPos(l[s[0]],n,!0),r=e.valToPos(l[s[1]],n,!0),m=It(r-i),c=e.series[t],f=m/(c.points.space*pt);return s[1]-s[0]<=f}var wi={scale:null,auto:!0,sorted:0,min:bt,max:-bt},Zi=(e,t,n,s,l)=>l,gi={show:!0,auto:!0,sorted:0,gaps:Zi,alpha:1,facets:[Rt({},wi,{scale:"x"}),Rt({},wi,{scale:"y"})]},bi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Zi,alpha:1,points:{show:jc,filter:null},values:null,min:bt,max:-bt,idxs:[],path:null,clip:null};function Wc(e,t,n,s,l){return n/10}var Qi={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Vc=Rt({},Qi,{time:!1,ori:1}),xi={};function Xi(e,t){let n=xi[e];return n||(n={key:e,plots:[],sub(s){n.plots.push(s)},unsub(s){n.plots=n.plots.filter(l=>l!=s)},pub(s,l,i,r,m,c,f){for(let b=0;b<n.plots.length;b++)n.plots[b]!=l&&n.plots[b].pub(s,l,i,r,m,c,f)}},e!=null&&(xi[e]=n)),n}var Bn=1,Ll=2;function kn(e,t,n){let s=e.mode,l=e.series[t],i=s==2?e._data[t]:e._data,r=e.scales,m=e.bbox,c=i[0],f=s==2?i[1]:i[t],b=s==2?r[l.facets[0].scale]:r[e.series[0].scale],u=s==2?r[l.facets[1].scale]:r[l.scale],d=m.left,S=m.top,_=m.width,v=m.height,N=e.valToPosH,C=e.valToPosV;return b.ori==0?n(l,c,f,b,u,N,C,d,S,_,v,Ls,Gn,Ps,er,sr):n(l,c,f,b,u,C,N,S,d,v,_,Es,Kn,Kl,nr,lr)}function Ul(e,t){let n=0,s=0,l=ct(e.bands,jl);for(let i=0;i<l.length;i++){let r=l[i];r.series[0]==t?n=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[n,s==1?-1:s==2?1:s==3?2:0]}function Hc(e,t,n,s,l){let i=e.mode,r=e.series[t],m=i==2?r.facets[1].scale:r.scale,c=e.scales[m];return l==-1?c.min:l==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function Qe(e,t,n,s,l,i){return kn(e,t,(r,m,c,f,b,u,d,S,_,v,N)=>{let C=r.pxRound,k=f.dir*(f.ori==0?1:-1),L=f.ori==0?Gn:Kn,A,R;k==1?(A=n,R=s):(A=s,R=n);let $=C(u(m[A],f,v,S)),I=C(d(c[A],b,N,_)),K=C(u(m[R],f,v,S)),M=C(d(i==1?b.max:b.min,b,N,_)),E=new Path2D(l);return L(E,K,M),L(E,$,M),L(E,$,I),E})}function As(e,t,n,s,l,i){let r=null;if(e.length>0){r=new Path2D;let m=t==0?Ps:Kl,c=n;for(let u=0;u<e.length;u++){let d=e[u];if(d[1]>d[0]){let S=d[0]-c;S>0&&m(r,c,s,S,s+i),c=d[1]}}let f=n+l-c,b=10;f>0&&m(r,c,s-b/2,f,s+i+b)}return r}function Bc(e,t,n){let s=e[e.length-1];s&&s[0]==t?s[1]=n:e.push([t,n])}function Gl(e,t,n,s,l,i,r){let m=[],c=e.length;for(let f=l==1?n:s;f>=n&&f<=s;f+=l)if(t[f]===null){let u=f,d=f;if(l==1)for(;++f<=s&&t[f]===null;)d=f;else for(;--f>=n&&t[f]===null;)d=f;let S=i(e[u]),_=d==u?S:i(e[d]),v=u-l;S=r<=0&&v>=0&&v<c?i(e[v]):S;let C=d+l;_=r>=0&&C>=0&&C<c?i(e[C]):_,_>=S&&m.push([S,_])}return m}function yi(e){return e==0?Ai:e==1?Ot:t=>gn(t,e)}function tr(e){let t=e==0?Ls:Es,n=e==0?(l,i,r,m,c,f)=>{l.arcTo(i,r,m,c,f)}:(l,i,r,m,c,f)=>{l.arcTo(r,i,c,m,f)},s=e==0?(l,i,r,m,c)=>{l.rect(i,r,m,c)}:(l,i,r,m,c)=>{l.rect(r,i,c,m)};return(l,i,r,m,c,f=0,b=0)=>{f==0&&b==0?s(l,i,r,m,c):(f=ze(f,m/2,c/2),b=ze(b,m/2,c/2),t(l,i+f,r),n(l,i+m,r,i+m,r+c,f),n(l,i+m,r+c,i,r+c,b),n(l,i,r+c,i,r,b),n(l,i,r,i+m,r,f),l.closePath())}}var Ls=(e,t,n)=>{e.moveTo(t,n)},Es=(e,t,n)=>{e.moveTo(n,t)},Gn=(e,t,n)=>{e.lineTo(t,n)},Kn=(e,t,n)=>{e.lineTo(n,t)},Ps=tr(0),Kl=tr(1),er=(e,t,n,s,l,i)=>{e.arc(t,n,s,l,i)},nr=(e,t,n,s,l,i)=>{e.arc(n,t,s,l,i)},sr=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(t,n,s,l,i,r)},lr=(e,t,n,s,l,i,r)=>{e.bezierCurveTo(n,t,l,s,r,i)};function or(e){return(t,n,s,l,i)=>kn(t,n,(r,m,c,f,b,u,d,S,_,v,N)=>{let{pxRound:C,points:k}=r,L,A;f.ori==0?(L=Ls,A=er):(L=Es,A=nr);let R=xt(k.width*pt,3),$=(k.size-k.width)/2*pt,I=xt($*2,3),K=new Path2D,M=new Path2D,{left:E,top:x,width:j,height:z}=t.bbox;Ps(M,E-I,x-I,j+I*2,z+I*2);let W=Y=>{if(c[Y]!=null){let et=C(u(m[Y],f,v,S)),F=C(d(c[Y],b,N,_));L(K,et+$,F),A(K,et,F,$,0,ks*2)}};if(i)i.forEach(W);else for(let Y=s;Y<=l;Y++)W(Y);return{stroke:R>0?K:null,fill:K,clip:M,flags:Bn|Ll}})}function ir(e){return(t,n,s,l,i,r)=>{s!=l&&(i!=s&&r!=s&&e(t,n,s),i!=l&&r!=l&&e(t,n,l),e(t,n,r))}}var Uc=ir(Gn),Gc=ir(Kn);function rr(e){let t=ct(e?.alignGaps,0);return(n,s,l,i)=>kn(n,s,(r,m,c,f,b,u,d,S,_,v,N)=>{[l,i]=Ns(c,l,i);let C=r.pxRound,k=z=>C(u(z,f,v,S)),L=z=>C(d(z,b,N,_)),A,R;f.ori==0?(A=Gn,R=Uc):(A=Kn,R=Gc);let $=f.dir*(f.ori==0?1:-1),I={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},K=I.stroke,M=!1;if(i-l>=v*4){let z=V=>n.posToVal(V,f.key,!0),W=null,Y=null,et,F,yt,st=k(m[$==1?l:i]),J=k(m[l]),nt=k(m[i]),tt=z($==1?J+1:nt-1);for(let V=$==1?l:i;V>=l&&V<=i;V+=$){let ut=m[V],wt=($==1?ut<tt:ut>tt)?st:k(ut),it=c[V];wt==st?it!=null?(F=it,W==null?(A(K,wt,L(F)),et=W=Y=F):F<W?W=F:F>Y&&(Y=F)):it===null&&(M=!0):(W!=null&&R(K,st,L(W),L(Y),L(et),L(F)),it!=null?(F=it,A(K,wt,L(F)),W=Y=et=F):(W=Y=null,it===null&&(M=!0)),st=wt,tt=z(st+$))}W!=null&&W!=Y&&yt!=st&&R(K,st,L(W),L(Y),L(et),L(F))}else for(let z=$==1?l:i;z>=l&&z<=i;z+=$){let W=c[z];W===null?M=!0:W!=null&&A(K,k(m[z]),L(W))}let[x,j]=Ul(n,s);if(r.fill!=null||x!=0){let z=I.fill=new Path2D(K),W=r.fillTo(n,s,r.min,r.max,x),Y=L(W),et=k(m[l]),F=k(m[i]);$==-1&&([F,et]=[et,F]),A(z,F,Y),A(z,et,Y)}if(!r.spanGaps){let z=[];M&&z.push(...Gl(m,c,l,i,$,k,t)),I.gaps=z=r.gaps(n,s,l,i,z),I.clip=As(z,f.ori,S,_,v,N)}return j!=0&&(I.band=j==2?[Qe(n,s,l,i,K,-1),Qe(n,s,l,i,K,1)]:Qe(n,s,l,i,K,j)),I})}function Kc(e){let t=ct(e.align,1),n=ct(e.ascDesc,!1),s=ct(e.alignGaps,0),l=ct(e.extend,!1);return(i,r,m,c)=>kn(i,r,(f,b,u,d,S,_,v,N,C,k,L)=>{[m,c]=Ns(u,m,c);let A=f.pxRound,{left:R,width:$}=i.bbox,I=J=>A(_(J,d,k,N)),K=J=>A(v(J,S,L,C)),M=d.ori==0?Gn:Kn,E={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},x=E.stroke,j=d.dir*(d.ori==0?1:-1),z=K(u[j==1?m:c]),W=I(b[j==1?m:c]),Y=W,et=W;l&&t==-1&&(et=R,M(x,et,z)),M(x,W,z);for(let J=j==1?m:c;J>=m&&J<=c;J+=j){let nt=u[J];if(nt==null)continue;let tt=I(b[J]),V=K(nt);t==1?M(x,tt,z):M(x,Y,V),M(x,tt,V),z=V,Y=tt}let F=Y;l&&t==1&&(F=R+$,M(x,F,z));let[yt,st]=Ul(i,r);if(f.fill!=null||yt!=0){let J=E.fill=new Path2D(x),nt=f.fillTo(i,r,f.min,f.max,yt),tt=K(nt);M(J,F,tt),M(J,et,tt)}if(!f.spanGaps){let J=[];J.push(...Gl(b,u,m,c,j,I,s));let nt=f.width*pt/2,tt=n||t==1?nt:-nt,V=n||t==-1?-nt:nt;J.forEach(ut=>{ut[0]+=tt,ut[1]+=V}),E.gaps=J=f.gaps(i,r,m,c,J),E.clip=As(J,d.ori,N,C,k,L)}return st!=0&&(E.band=st==2?[Qe(i,r,m,c,x,-1),Qe(i,r,m,c,x,1)]:Qe(i,r,m,c,x,st)),E})}function vi(e,t,n,s,l,i,r=bt){if(e.length>1){let m=null;for(let c=0,f=1/0;c<e.length;c++)if(t[c]!==void 0){if(m!=null){let b=It(e[c]-e[m]);b<f&&(f=b,r=It(n(e[c],s,l,i)-n(e[m],s,l,i)))}m=c}}return r}function Yc(e){e=e||cs;let t=ct(e.size,[.6,bt,1]),n=e.align||0,s=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let i=ot(l),r=1-t[0],m=ct(t[1],bt),c=ct(t[2],1),f=ct(e.disp,cs),b=ct(e.each,S=>{}),{fill:u,stroke:d}=f;return(S,_,v,N)=>kn(S,_,(C,k,L,A,R,$,I,K,M,E,x)=>{let j=C.pxRound,z=n,W=s*pt,Y=m*pt,et=c*pt,F,yt;A.ori==0?[F,yt]=i(S,_):[yt,F]=i(S,_);let st=A.dir*(A.ori==0?1:-1),J=A.ori==0?Ps:Kl,nt=A.ori==0?b:(B,ht,Lt,Ke,Ye,xe,qe)=>{b(B,ht,Lt,Ye,Ke,qe,xe)},tt=ct(S.bands,jl).find(B=>B.series[0]==_),V=tt!=null?tt.dir:0,ut=C.fillTo(S,_,C.min,C.max,V),Tt=j(I(ut,R,x,M)),wt,it,At,Qt=E,vt=j(C.width*pt),ae=!1,ce=null,Gt=null,Te=null,tn=null;u!=null&&(vt==0||d!=null)&&(ae=!0,ce=u.values(S,_,v,N),Gt=new Map,new Set(ce).forEach(B=>{B!=null&&Gt.set(B,new Path2D)}),vt>0&&(Te=d.values(S,_,v,N),tn=new Map,new Set(Te).forEach(B=>{B!=null&&tn.set(B,new Path2D)})));let{x0:Re,size:De}=f;if(Re!=null&&De!=null){z=1,k=Re.values(S,_,v,N),Re.unit==2&&(k=k.map(Lt=>S.posToVal(K+Lt*E,A.key,!0)));let B=De.values(S,_,v,N);De.unit==2?it=B[0]*E:it=$(B[0],A,E,K)-$(0,A,E,K),Qt=vi(k,L,$,A,E,K,Qt),At=Qt-it+W}else Qt=vi(k,L,$,A,E,K,Qt),At=Qt*r+W,it=Qt-At;At<1&&(At=0),vt>=it/2&&(vt=0),At<5&&(j=Ai);let en=At>0,ue=Qt-At-(en?vt:0);it=j(Cl(ue,et,Y)),wt=(z==0?it/2:z==st?0:it)-z*st*((z==0?W/2:0)+(en?vt/2:0));let Ft={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},be=ae?null:new Path2D,te=null;if(tt!=null)te=S.data[tt.series[1]];else{let{y0:B,y1:ht}=f;B!=null&&ht!=null&&(L=ht.values(S,_,v,N),te=B.values(S,_,v,N))}let Ce=F*it,Q=yt*it;for(let B=st==1?v:N;B>=v&&B<=N;B+=st){let ht=L[B];if(ht==null)continue;if(te!=null){let Et=te[B]??0;if(ht-Et==0)continue;Tt=I(Et,R,x,M)}let Lt=A.distr!=2||f!=null?k[B]:B,Ke=$(Lt,A,E,K),Ye=I(ct(ht,ut),R,x,M),xe=j(Ke-wt),qe=j(le(Ye,Tt)),Kt=j(ze(Ye,Tt)),ie=qe-Kt;if(ht!=null){let Et=ht<0?Q:Ce,Yt=ht<0?Ce:Q;ae?(vt>0&&Te[B]!=null&&J(tn.get(Te[B]),xe,Kt+me(vt/2),it,le(0,ie-vt),Et,Yt),ce[B]!=null&&J(Gt.get(ce[B]),xe,Kt+me(vt/2),it,le(0,ie-vt),Et,Yt)):J(be,xe,Kt+me(vt/2),it,le(0,ie-vt),Et,Yt),nt(S,_,B,xe-vt/2,Kt,it+vt,ie)}}return vt>0?Ft.stroke=ae?tn:be:ae||(Ft._fill=C.width==0?C._fill:C._stroke??C._fill,Ft.width=0),Ft.fill=ae?Gt:be,Ft})}function qc(e,t){let n=ct(t?.alignGaps,0);return(s,l,i,r)=>kn(s,l,(m,c,f,b,u,d,S,_,v,N,C)=>{[i,r]=Ns(f,i,r);let k=m.pxRound,L=F=>k(d(F,b,N,_)),A=F=>k(S(F,u,C,v)),R,$,I;b.ori==0?(R=Ls,I=Gn,$=sr):(R=Es,I=Kn,$=lr);let K=b.dir*(b.ori==0?1:-1),M=L(c[K==1?i:r]),E=M,x=[],j=[];for(let F=K==1?i:r;F>=i&&F<=r;F+=K)if(f[F]!=null){let st=c[F],J=L(st);x.push(E=J),j.push(A(f[F]))}let z={stroke:e(x,j,R,I,$,k),fill:null,clip:null,band:null,gaps:null,flags:Bn},W=z.stroke,[Y,et]=Ul(s,l);if(m.fill!=null||Y!=0){let F=z.fill=new Path2D(W),yt=m.fillTo(s,l,m.min,m.max,Y),st=A(yt);I(F,E,st),I(F,M,st)}if(!m.spanGaps){let F=[];F.push(...Gl(c,f,i,r,K,L,n)),z.gaps=F=m.gaps(s,l,i,r,F),z.clip=As(F,b.ori,_,v,N,C)}return et!=0&&(z.band=et==2?[Qe(s,l,i,r,W,-1),Qe(s,l,i,r,W,1)]:Qe(s,l,i,r,W,et)),z})}function Jc(e){return qc(Zc,e)}function Zc(e,t,n,s,l,i){let r=e.length;if(r<2)return null;let m=new Path2D;if(n(m,e[0],t[0]),r==2)s(m,e[1],t[1]);else{let c=Array(r),f=Array(r-1),b=Array(r-1),u=Array(r-1);for(let d=0;d<r-1;d++)b[d]=t[d+1]-t[d],u[d]=e[d+1]-e[d],f[d]=b[d]/u[d];c[0]=f[0];for(let d=1;d<r-1;d++)f[d]===0||f[d-1]===0||f[d-1]>0!=f[d]>0?c[d]=0:(c[d]=3*(u[d-1]+u[d])/((2*u[d]+u[d-1])/f[d-1]+(u[d]+2*u[d-1])/f[d]),isFinite(c[d])||(c[d]=0));c[r-1]=f[r-2];for(let d=0;d<r-1;d++)l(m,e[d]+u[d]/3,t[d]+c[d]*u[d]/3,e[d+1]-u[d]/3,t[d+1]-c[d+1]*u[d]/3,e[d+1],t[d+1])}return m}var El=new Set;function ki(){for(let e of El)e.syncRect(!0)}Un&&(yn(La,jn,ki),yn(Ea,jn,ki,!0),yn(Ss,jn,()=>{Pt.pxRatio=pt}));var Qc=rr(),Xc=or();function Si(e,t,n,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>Pl(i,r,t,n))}function tu(e,t){return e.map((n,s)=>s==0?{}:Rt({},t,n))}function Pl(e,t,n,s){return Rt({},t==0?n:s,e)}function ar(e,t,n){return t==null?Vn:[t,n]}var eu=ar;function nu(e,t,n){return t==null?Vn:_s(t,n,Il,!0)}function cr(e,t,n,s){return t==null?Vn:Ts(t,n,e.scales[s].log,!1)}var su=cr;function ur(e,t,n,s){return t==null?Vn:Ol(t,n,e.scales[s].log,!1)}var lu=ur;function ou(e,t,n,s,l){let i=le(ei(e),ei(t)),r=t-e,m=Pe(l/s*r,n);do{let c=n[m],f=s*c/r;if(f>=l&&i+(c<5?cn.get(c):0)<=17)return[c,f]}while(++m<n.length);return[0,0]}function _i(e){let t,n;return e=e.replace(/(\d+)px/,(s,l)=>(t=Ot((n=+l)*pt))+"px"),[e,t,n]}function iu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=xt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Pt(e,t,n){let s={mode:ct(e.mode,1)},l=s.mode;function i(o,a,h,w){let g=a.valToPct(o);return w+h*(a.dir==-1?1-g:g)}function r(o,a,h,w){let g=a.valToPct(o);return w+h*(a.dir==-1?g:1-g)}function m(o,a,h,w){return a.ori==0?i(o,a,h,w):r(o,a,h,w)}s.valToPosH=i,s.valToPosV=r;let c=!1;s.status=0;let f=s.root=_e(da);if(e.id!=null&&(f.id=e.id),he(f,e.class),e.title){let o=_e(wa,f);o.textContent=e.title}let b=Ee("canvas"),u=s.ctx=b.getContext("2d"),d=_e(ga,f);yn("click",d,o=>{o.target===_&&(kt!=Pn||Nt!=zn)&&Jt.click(s,o)},!0);let S=s.under=_e(ba,d);d.appendChild(b);let _=s.over=_e(xa,d);e=Hn(e);let v=+ct(e.pxAlign,1),N=yi(v);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(s,e)||e)});let C=e.ms||.001,k=s.series=l==1?Si(e.series||[],di,bi,!1):tu(e.series||[null],gi),L=s.axes=Si(e.axes||[],pi,mi,!0),A=s.scales={},R=s.bands=e.bands||[];R.forEach(o=>{o.fill=ot(o.fill||null),o.dir=ct(o.dir,-1)});let $=l==2?k[1].facets[0].scale:k[0].scale,I={axes:Yr,series:Hr},K=(e.drawOrder||["axes","series"]).map(o=>I[o]);function M(o){let a=o.distr==3?h=>Ze(h>0?h:o.clamp(s,h,o.min,o.max,o.key)):o.distr==4?h=>yl(h,o.asinh):o.distr==100?h=>o.fwd(h):h=>h;return h=>{let w=a(h),{_min:g,_max:y}=o,T=y-g;return(w-g)/T}}function E(o){let a=A[o];if(a==null){let h=(e.scales||cs)[o]||cs;if(h.from!=null){E(h.from);let w=Rt({},A[h.from],h,{key:o});w.valToPct=M(w),A[o]=w}else{a=A[o]=Rt({},o==$?Qi:Vc,h),a.key=o;let w=a.time,g=a.range,y=an(g);if((o!=$||l==2&&!w)&&(y&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?Qo:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?Qo:{mode:1,hard:g[1],soft:g[1]}},y=!1),!y&&$s(g))){let T=g;g=(P,O,H)=>O==null?Vn:_s(O,H,T)}a.range=ot(g||(w?eu:o==$?a.distr==3?su:a.distr==4?lu:ar:a.distr==3?cr:a.distr==4?ur:nu)),a.auto=ot(y?!1:a.auto),a.clamp=ot(a.clamp||Wc),a._min=a._max=null,a.valToPct=M(a)}}}E("x"),E("y"),l==1&&k.forEach(o=>{E(o.scale)}),L.forEach(o=>{E(o.scale)});for(let o in e.scales)E(o);let x=A[$],j=x.distr,z,W;x.ori==0?(he(f,ha),z=i,W=r):(he(f,ma),z=r,W=i);let Y={};for(let o in A){let a=A[o];(a.min!=null||a.max!=null)&&(Y[o]={min:a.min,max:a.max},a.min=a.max=null)}let et=e.tzDate||(o=>new Date(Ot(o/C))),F=e.fmtDate||Wl,yt=C==1?hc(et):gc(et),st=ci(et,ai(C==1?dc:wc,F)),J=fi(et,ui(xc,F)),nt=[],tt=s.legend=Rt({},kc,e.legend),V=s.cursor=Rt({},Cc,{drag:{y:l==2}},e.cursor),ut=tt.show,Tt=V.show,wt=tt.markers;tt.idxs=nt,wt.width=ot(wt.width),wt.dash=ot(wt.dash),wt.stroke=ot(wt.stroke),wt.fill=ot(wt.fill);let it,At,Qt,vt=[],ae=[],ce,Gt=!1,Te={};if(tt.live){let o=k[1]?k[1].values:null;Gt=o!=null,ce=Gt?o(s,1,0):{_:0};for(let a in ce)Te[a]=Rl}if(ut)if(it=Ee("table",Ma,f),Qt=Ee("tbody",null,it),tt.mount(s,it),Gt){At=Ee("thead",null,it,Qt);let o=Ee("tr",null,At);Ee("th",null,o);for(var tn in ce)Ee("th",Fo,o).textContent=tn}else he(it,Ta),tt.live&&he(it,Na);let Re={show:!0},De={show:!1};function en(o,a){if(a==0&&(Gt||!tt.live||l==2))return Vn;let h=[],w=Ee("tr",Ca,Qt,Qt.childNodes[a]);he(w,o.class),o.show||he(w,xn);let g=Ee("th",null,w);if(wt.show){let P=_e($a,g);if(a>0){let O=wt.width(s,a);O&&(P.style.border=O+"px "+wt.dash(s,a)+" "+wt.stroke(s,a)),P.style.background=wt.fill(s,a)}}let y=_e(Fo,g);o.label instanceof HTMLElement?y.appendChild(o.label):y.textContent=o.label,a>0&&(wt.show||(y.style.color=o.width>0?wt.stroke(s,a):wt.fill(s,a)),Ft("click",g,P=>{if(V._lock)return;pn(P);let O=k.indexOf(o);if((P.ctrlKey||P.metaKey)!=tt.isolate){let H=k.some((U,G)=>G>0&&G!=O&&U.show);k.forEach((U,G)=>{G>0&&je(G,H?G==O?Re:De:Re,!0,zt.setSeries)})}else je(O,{show:!o.show},!0,zt.setSeries)},!1),_n&&Ft(Ho,g,P=>{V._lock||(pn(P),je(k.indexOf(o),Dn,!0,zt.setSeries))},!1));for(var T in ce){let P=Ee("td",Aa,w);P.textContent="--",h.push(P)}return[w,h]}let ue=new Map;function Ft(o,a,h,w=!0){let g=ue.get(a)||{},y=V.bind[o](s,a,h,w);y&&(yn(o,a,g[o]=y),ue.set(a,g))}function be(o,a,h){let w=ue.get(a)||{};for(let g in w)(o==null||g==o)&&(Tl(g,a,w[g]),delete w[g]);o==null&&ue.delete(a)}let te=0,Ce=0,Q=0,B=0,ht=0,Lt=0,Ke=ht,Ye=Lt,xe=Q,qe=B,Kt=0,ie=0,Et=0,Yt=0;s.bbox={};let Oe=!1,Sn=!1,Ie=!1,D=!1,gt=!1,Dt=!1;function fn(o,a,h){(h||o!=s.width||a!=s.height)&&io(o,a),$n(!1),Ie=!0,Sn=!0,An()}function io(o,a){s.width=te=Q=o,s.height=Ce=B=a,ht=Lt=0,Dr(),Or();let h=s.bbox;Kt=h.left=gn(ht*pt,.5),ie=h.top=gn(Lt*pt,.5),Et=h.width=gn(Q*pt,.5),Yt=h.height=gn(B*pt,.5)}let Pr=3;function zr(){let o=!1,a=0;for(;!o;){a++;let h=Gr(a),w=Kr(a);o=a==Pr||h&&w,o||(io(s.width,s.height),Sn=!0)}}function Rr({width:o,height:a}){fn(o,a)}s.setSize=Rr;function Dr(){let o=!1,a=!1,h=!1,w=!1;L.forEach((g,y)=>{if(g.show&&g._show){let{side:T,_size:P}=g,O=T%2,H=g.label!=null?g.labelSize:0,U=P+H;U>0&&(O?(Q-=U,T==3?(ht+=U,w=!0):h=!0):(B-=U,T==0?(Lt+=U,o=!0):a=!0))}}),dn[0]=o,dn[1]=h,dn[2]=a,dn[3]=w,Q-=nn[1]+nn[3],ht+=nn[3],B-=nn[2]+nn[0],Lt+=nn[0]}function Or(){let o=ht+Q,a=Lt+B,h=ht,w=Lt;function g(y,T){switch(y){case 1:return o+=T,o-T;case 2:return a+=T,a-T;case 3:return h-=T,h+T;case 0:return w-=T,w+T}}L.forEach((y,T)=>{if(y.show&&y._show){let P=y.side;y._pos=g(P,y._size),y.label!=null&&(y._lpos=g(P,y.labelSize))}})}if(V.dataIdx==null){let o=V.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let h=o.prox=ot(o.prox),w=o.bias??(o.bias=0);V.dataIdx=(g,y,T,P)=>{if(y==0)return T;let O=T,H=h(g,y,T,P)??bt,U=H>=0&&H<bt,G=x.ori==0?Q:B,X=V.left,ft=t[0],at=t[y];if(a.has(at[T])){O=null;let lt=null,Z=null,q;if(w==0||w==-1)for(q=T;lt==null&&q-- >0;)a.has(at[q])||(lt=q);if(w==0||w==1)for(q=T;Z==null&&q++<at.length;)a.has(at[q])||(Z=q);if(lt!=null||Z!=null)if(U){let _t=lt==null?-1/0:z(ft[lt],x,G,0),Ct=Z==null?1/0:z(ft[Z],x,G,0),Ut=X-_t,mt=Ct-X;Ut<=mt?Ut<=H&&(O=lt):mt<=H&&(O=Z)}else O=Z==null?lt:lt==null?Z:T-lt<=Z-T?lt:Z}else U&&It(X-z(ft[T],x,G,0))>H&&(O=null);return O}}let pn=o=>{V.event=o};V.idxs=nt,V._lock=!1;let Xt=V.points;Xt.show=ot(Xt.show),Xt.size=ot(Xt.size),Xt.stroke=ot(Xt.stroke),Xt.width=ot(Xt.width),Xt.fill=ot(Xt.fill);let Fe=s.focus=Rt({},e.focus||{alpha:.3},V.focus),_n=Fe.prox>=0,Mn=_n&&Xt.one,ye=[],Nn=[],Tn=[];function ro(o,a){let h=Xt.show(s,a);if(h instanceof HTMLElement)return he(h,_a),he(h,o.class),Ue(h,-10,-10,Q,B),_.insertBefore(h,ye[a]),h}function ao(o,a){if(l==1||a>0){let h=l==1&&A[o.scale].time,w=o.value;o.value=h?li(w)?fi(et,ui(w,F)):w||J:w||Ic,o.label=o.label||(h?Ac:$c)}if(Mn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Qc||Va,o.fillTo=ot(o.fillTo||Hc),o.pxAlign=+ct(o.pxAlign,v),o.pxRound=yi(o.pxAlign),o.stroke=ot(o.stroke||null),o.fill=ot(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let h=Fc(le(1,o.width),1),w=o.points=Rt({},{size:h,width:le(1,h*.2),stroke:o.stroke,space:h*2,paths:Xc,_stroke:null,_fill:null},o.points);w.show=ot(w.show),w.filter=ot(w.filter),w.fill=ot(w.fill),w.stroke=ot(w.stroke),w.paths=ot(w.paths),w.pxAlign=o.pxAlign}if(ut){let h=en(o,a);vt.splice(a,0,h[0]),ae.splice(a,0,h[1]),tt.values.push(null)}if(Tt){nt.splice(a,0,null);let h=null;Mn?a==0&&(h=ro(o,a)):a>0&&(h=ro(o,a)),ye.splice(a,0,h),Nn.splice(a,0,0),Tn.splice(a,0,0)}Bt("addSeries",a)}function Ir(o,a){a=a??k.length,o=l==1?Pl(o,a,di,bi):Pl(o,a,{},gi),k.splice(a,0,o),ao(k[a],a)}s.addSeries=Ir;function Fr(o){if(k.splice(o,1),ut){tt.values.splice(o,1),ae.splice(o,1);let a=vt.splice(o,1)[0];be(null,a.firstChild),a.remove()}Tt&&(nt.splice(o,1),ye.splice(o,1)[0].remove(),Nn.splice(o,1),Tn.splice(o,1)),Bt("delSeries",o)}s.delSeries=Fr;let dn=[!1,!1,!1,!1];function jr(o,a){if(o._show=o.show,o.show){let h=o.side%2,w=A[o.scale];w==null&&(o.scale=h?k[1].scale:$,w=A[o.scale]);let g=w.time;o.size=ot(o.size),o.space=ot(o.space),o.rotate=ot(o.rotate),an(o.incrs)&&o.incrs.forEach(T=>{!cn.has(T)&&cn.set(T,Pi(T))}),o.incrs=ot(o.incrs||(w.distr==2?uc:g?C==1?pc:mc:bn)),o.splits=ot(o.splits||(g&&w.distr==1?yt:w.distr==3?$l:w.distr==4?Pc:Ec)),o.stroke=ot(o.stroke),o.grid.stroke=ot(o.grid.stroke),o.ticks.stroke=ot(o.ticks.stroke),o.border.stroke=ot(o.border.stroke);let y=o.values;o.values=an(y)&&!an(y[0])?ot(y):g?an(y)?ci(et,ai(y,F)):li(y)?bc(et,y):y||st:y||Lc,o.filter=ot(o.filter||(w.distr>=3&&w.log==10?Dc:w.distr==3&&w.log==2?Oc:Li)),o.font=_i(o.font),o.labelFont=_i(o.labelFont),o._size=o.size(s,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(dn[a]=!0,o._el=_e(ya,d))}}function Zn(o,a,h,w){let[g,y,T,P]=h,O=a%2,H=0;return O==0&&(P||y)&&(H=a==0&&!g||a==2&&!T?Ot(pi.size/3):0),O==1&&(g||T)&&(H=a==1&&!y||a==3&&!P?Ot(mi.size/2):0),H}let co=s.padding=(e.padding||[Zn,Zn,Zn,Zn]).map(o=>ot(ct(o,Zn))),nn=s._padding=co.map((o,a)=>o(s,a,dn,0)),qt,jt=null,Wt=null,ps=l==1?k[0].idxs:null,$e=null,Qn=!1;function uo(o,a){if(t=o??[],s.data=s._data=t,l==2){qt=0;for(let h=1;h<k.length;h++)qt+=t[h][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),$e=t[0],qt=$e.length;let h=t;if(j==2){h=t.slice();let w=h[0]=Array(qt);for(let g=0;g<qt;g++)w[g]=g}s._data=t=h}if($n(!0),Bt("setData"),j==2&&(Ie=!0),a!==!1){let h=x;h.auto(s,Qn)?qs():ln($,h.min,h.max),D=D||V.left>=0,Dt=!0,An()}}s.setData=uo;function qs(){Qn=!0;let o,a;l==1&&(qt>0?(jt=ps[0]=0,Wt=ps[1]=qt-1,o=t[0][jt],a=t[0][Wt],j==2?(o=jt,a=Wt):o==a&&(j==3?[o,a]=Ts(o,o,x.log,!1):j==4?[o,a]=Ol(o,o,x.log,!1):x.time?a=o+Ot(86400/C):[o,a]=_s(o,a,Il,!0))):(jt=ps[0]=o=null,Wt=ps[1]=a=null)),ln($,o,a)}let ds,Cn,Js,Zs,Qs,Xs,tl,el,nl,re;function fo(o,a,h,w,g,y){o??(o=Wo),h??(h=jl),w??(w="butt"),g??(g=Wo),y??(y="round"),o!=ds&&(u.strokeStyle=ds=o),g!=Cn&&(u.fillStyle=Cn=g),a!=Js&&(u.lineWidth=Js=a),y!=Qs&&(u.lineJoin=Qs=y),w!=Xs&&(u.lineCap=Xs=w),h!=Zs&&u.setLineDash(Zs=h)}function po(o,a,h,w){a!=Cn&&(u.fillStyle=Cn=a),o!=tl&&(u.font=tl=o),h!=el&&(u.textAlign=el=h),w!=nl&&(u.textBaseline=nl=w)}function sl(o,a,h,w,g=0){if(w.length>0&&o.auto(s,Qn)&&(a==null||a.min==null)){let y=ct(jt,0),T=ct(Wt,w.length-1),P=h.min==null?Da(w,y,T,g,o.distr==3):[h.min,h.max];o.min=ze(o.min,h.min=P[0]),o.max=le(o.max,h.max=P[1])}}let ho={min:null,max:null};function Wr(){for(let w in A){let g=A[w];Y[w]==null&&(g.min==null||Y[$]!=null&&g.auto(s,Qn))&&(Y[w]=ho)}for(let w in A){let g=A[w];Y[w]==null&&g.from!=null&&Y[g.from]!=null&&(Y[w]=ho)}Y[$]!=null&&$n(!0);let o={};for(let w in Y){let g=Y[w];if(g!=null){let y=o[w]=Hn(A[w],Ua);if(g.min!=null)Rt(y,g);else if(w!=$||l==2)if(qt==0&&y.from==null){let T=y.range(s,null,null,w);y.min=T[0],y.max=T[1]}else y.min=bt,y.max=-bt}}if(qt>0){k.forEach((w,g)=>{if(l==1){let y=w.scale,T=Y[y];if(T==null)return;let P=o[y];if(g==0){let O=P.range(s,P.min,P.max,y);P.min=O[0],P.max=O[1],jt=Pe(P.min,t[0]),Wt=Pe(P.max,t[0]),Wt-jt>1&&(t[0][jt]<P.min&&jt++,t[0][Wt]>P.max&&Wt--),w.min=$e[jt],w.max=$e[Wt]}else w.show&&w.auto&&sl(P,T,w,t[g],w.sorted);w.idxs[0]=jt,w.idxs[1]=Wt}else if(g>0&&w.show&&w.auto){let[y,T]=w.facets,P=y.scale,O=T.scale,[H,U]=t[g],G=o[P],X=o[O];G!=null&&sl(G,Y[P],y,H,y.sorted),X!=null&&sl(X,Y[O],T,U,T.sorted),w.min=T.min,w.max=T.max}});for(let w in o){let g=o[w],y=Y[w];if(g.from==null&&(y==null||y.min==null)){let T=g.range(s,g.min==bt?null:g.min,g.max==-bt?null:g.max,w);g.min=T[0],g.max=T[1]}}}for(let w in o){let g=o[w];if(g.from!=null){let y=o[g.from];if(y.min==null)g.min=g.max=null;else{let T=g.range(s,y.min,y.max,w);g.min=T[0],g.max=T[1]}}}let a={},h=!1;for(let w in o){let g=o[w],y=A[w];if(y.min!=g.min||y.max!=g.max){y.min=g.min,y.max=g.max;let T=y.distr;y._min=T==3?Ze(y.min):T==4?yl(y.min,y.asinh):T==100?y.fwd(y.min):y.min,y._max=T==3?Ze(y.max):T==4?yl(y.max,y.asinh):T==100?y.fwd(y.max):y.max,a[w]=h=!0}}if(h){k.forEach((w,g)=>{l==2?g>0&&a.y&&(w._paths=null):a[w.scale]&&(w._paths=null)});for(let w in a)Ie=!0,Bt("setScale",w);Tt&&V.left>=0&&(D=Dt=!0)}for(let w in Y)Y[w]=null}function Vr(o){let a=Cl(jt-1,0,qt-1),h=Cl(Wt+1,0,qt-1);for(;o[a]==null&&a>0;)a--;for(;o[h]==null&&h<qt-1;)h++;return[a,h]}function Hr(){if(qt>0){let o=k.some(a=>a._focus)&&re!=Fe.alpha;o&&(u.globalAlpha=re=Fe.alpha),k.forEach((a,h)=>{if(h>0&&a.show&&(mo(h,!1),mo(h,!0),a._paths==null)){let w=re;re!=a.alpha&&(u.globalAlpha=re=a.alpha);let g=l==2?[0,t[h][0].length-1]:Vr(t[h]);a._paths=a.paths(s,h,g[0],g[1]),re!=w&&(u.globalAlpha=re=w)}}),k.forEach((a,h)=>{if(h>0&&a.show){let w=re;re!=a.alpha&&(u.globalAlpha=re=a.alpha),a._paths!=null&&wo(h,!1);{let g=a._paths!=null?a._paths.gaps:null,y=a.points.show(s,h,jt,Wt,g),T=a.points.filter(s,h,y,g);(y||T)&&(a.points._paths=a.points.paths(s,h,jt,Wt,T),wo(h,!0))}re!=w&&(u.globalAlpha=re=w),Bt("drawSeries",h)}}),o&&(u.globalAlpha=re=1)}}function mo(o,a){let h=a?k[o].points:k[o];h._stroke=h.stroke(s,o),h._fill=h.fill(s,o)}function wo(o,a){let h=a?k[o].points:k[o],{stroke:w,fill:g,clip:y,flags:T,_stroke:P=h._stroke,_fill:O=h._fill,_width:H=h.width}=h._paths;H=xt(H*pt,3);let U=null,G=H%2/2;a&&O==null&&(O=H>0?"#fff":P);let X=h.pxAlign==1&&G>0;if(X&&u.translate(G,G),!a){let ft=Kt-H/2,at=ie-H/2,lt=Et+H,Z=Yt+H;U=new Path2D,U.rect(ft,at,lt,Z)}a?ll(P,H,h.dash,h.cap,O,w,g,T,y):Br(o,P,H,h.dash,h.cap,O,w,g,T,U,y),X&&u.translate(-G,-G)}function Br(o,a,h,w,g,y,T,P,O,H,U){let G=!1;O!=0&&R.forEach((X,ft)=>{if(X.series[0]==o){let at=k[X.series[1]],lt=t[X.series[1]],Z=(at._paths||cs).band;an(Z)&&(Z=X.dir==1?Z[0]:Z[1]);let q,_t=null;at.show&&Z&&Ia(lt,jt,Wt)?(_t=X.fill(s,ft)||y,q=at._paths.clip):Z=null,ll(a,h,w,g,_t,T,P,O,H,U,q,Z),G=!0}}),G||ll(a,h,w,g,y,T,P,O,H,U)}let go=Bn|Ll;function ll(o,a,h,w,g,y,T,P,O,H,U,G){fo(o,a,h,w,g),(O||H||G)&&(u.save(),O&&u.clip(O),H&&u.clip(H)),G?(P&go)==go?(u.clip(G),U&&u.clip(U),ms(g,T),hs(o,y,a)):P&Ll?(ms(g,T),u.clip(G),hs(o,y,a)):P&Bn&&(u.save(),u.clip(G),U&&u.clip(U),ms(g,T),u.restore(),hs(o,y,a)):(ms(g,T),hs(o,y,a)),(O||H||G)&&u.restore()}function hs(o,a,h){h>0&&(a instanceof Map?a.forEach((w,g)=>{u.strokeStyle=ds=g,u.stroke(w)}):a!=null&&o&&u.stroke(a))}function ms(o,a){a instanceof Map?a.forEach((h,w)=>{u.fillStyle=Cn=w,u.fill(h)}):a!=null&&o&&u.fill(a)}function Ur(o,a,h,w){let g=L[o],y;if(w<=0)y=[0,0];else{let T=g._space=g.space(s,o,a,h,w),P=g._incrs=g.incrs(s,o,a,h,w,T);y=ou(a,h,P,w,T)}return g._found=y}function ol(o,a,h,w,g,y,T,P,O,H){let U=T%2/2;v==1&&u.translate(U,U),fo(P,T,O,H,P),u.beginPath();let G,X,ft,at,lt=g+(w==0||w==3?-y:y);h==0?(X=g,at=lt):(G=g,ft=lt);for(let Z=0;Z<o.length;Z++)a[Z]!=null&&(h==0?G=ft=o[Z]:X=at=o[Z],u.moveTo(G,X),u.lineTo(ft,at));u.stroke(),v==1&&u.translate(-U,-U)}function Gr(o){let a=!0;return L.forEach((h,w)=>{if(!h.show)return;let g=A[h.scale];if(g.min==null){h._show&&(a=!1,h._show=!1,$n(!1));return}else h._show||(a=!1,h._show=!0,$n(!1));let y=h.side,T=y%2,{min:P,max:O}=g,[H,U]=Ur(w,P,O,T==0?Q:B);if(U==0)return;let G=g.distr==2,X=h._splits=h.splits(s,w,P,O,H,U,G),ft=g.distr==2?X.map(q=>$e[q]):X,at=g.distr==2?$e[X[1]]-$e[X[0]]:H,lt=h._values=h.values(s,h.filter(s,ft,w,U,at),w,U,at);h._rotate=y==2?h.rotate(s,lt,w,U):0;let Z=h._size;h._size=Me(h.size(s,lt,w,o)),Z!=null&&h._size!=Z&&(a=!1)}),a}function Kr(o){let a=!0;return co.forEach((h,w)=>{let g=h(s,w,dn,o);g!=nn[w]&&(a=!1),nn[w]=g}),a}function Yr(){for(let o=0;o<L.length;o++){let a=L[o];if(!a.show||!a._show)continue;let h=a.side,w=h%2,g,y,T=a.stroke(s,o),P=h==0||h==3?-1:1,[O,H]=a._found;if(a.label!=null){let ne=a.labelGap*P,de=Ot((a._lpos+ne)*pt);po(a.labelFont[0],T,"center",h==2?"top":jo),u.save(),w==1?(g=y=0,u.translate(de,Ot(ie+Yt/2)),u.rotate((h==3?-ks:ks)/2)):(g=Ot(Kt+Et/2),y=de);let wn=$i(a.label)?a.label(s,o,O,H):a.label;u.fillText(wn,g,y),u.restore()}if(H==0)continue;let U=A[a.scale],G=w==0?Et:Yt,X=w==0?Kt:ie,ft=a._splits,at=U.distr==2?ft.map(ne=>$e[ne]):ft,lt=U.distr==2?$e[ft[1]]-$e[ft[0]]:O,Z=a.ticks,q=a.border,_t=Z.show?Z.size:0,Ct=Ot(_t*pt),Ut=Ot((a.alignTo==2?a._size-_t-a.gap:a.gap)*pt),mt=a._rotate*-ks/180,$t=N(a._pos*pt),fe=(Ct+Ut)*P,ee=$t+fe;y=w==0?ee:0,g=w==1?ee:0;let ve=a.font[0],Ae=a.align==1?In:a.align==2?gl:mt>0?In:mt<0?gl:w==0?"center":h==3?gl:In,Ve=mt||w==1?"middle":h==2?"top":jo;po(ve,T,Ae,Ve);let pe=a.font[1]*a.lineGap,ke=ft.map(ne=>N(m(ne,U,G,X))),Le=a._values;for(let ne=0;ne<Le.length;ne++){let de=Le[ne];if(de!=null){w==0?g=ke[ne]:y=ke[ne],de=""+de;let wn=de.indexOf(`
`)==-1?[de]:de.split(/\n/gm);for(let se=0;se<wn.length;se++){let Do=wn[se];mt?(u.save(),u.translate(g,y+se*pe),u.rotate(mt),u.fillText(Do,0,0),u.restore()):u.fillText(Do,g,y+se*pe)}}}Z.show&&ol(ke,Z.filter(s,at,o,H,lt),w,h,$t,Ct,xt(Z.width*pt,3),Z.stroke(s,o),Z.dash,Z.cap);let He=a.grid;He.show&&ol(ke,He.filter(s,at,o,H,lt),w,w==0?2:1,w==0?ie:Kt,w==0?Yt:Et,xt(He.width*pt,3),He.stroke(s,o),He.dash,He.cap),q.show&&ol([$t],[1],w==0?1:0,w==0?1:2,w==1?ie:Kt,w==1?Yt:Et,xt(q.width*pt,3),q.stroke(s,o),q.dash,q.cap)}Bt("drawAxes")}function $n(o){k.forEach((a,h)=>{h>0&&(a._paths=null,o&&(l==1?(a.min=null,a.max=null):a.facets.forEach(w=>{w.min=null,w.max=null})))})}let ws=!1,il=!1,Xn=[];function qr(){il=!1;for(let o=0;o<Xn.length;o++)Bt(...Xn[o]);Xn.length=0}function An(){ws||(Qa(bo),ws=!0)}function Jr(o,a=!1){ws=!0,il=a,o(s),bo(),a&&Xn.length>0&&queueMicrotask(qr)}s.batch=Jr;function bo(){if(Oe&&(Wr(),Oe=!1),Ie&&(zr(),Ie=!1),Sn){if(Mt(S,In,ht),Mt(S,"top",Lt),Mt(S,os,Q),Mt(S,is,B),Mt(_,In,ht),Mt(_,"top",Lt),Mt(_,os,Q),Mt(_,is,B),Mt(d,os,te),Mt(d,is,Ce),b.width=Ot(te*pt),b.height=Ot(Ce*pt),L.forEach(({_el:o,_show:a,_size:h,_pos:w,side:g})=>{if(o!=null)if(a){let y=g===3||g===0?h:0,T=g%2==1;Mt(o,T?"left":"top",w-y),Mt(o,T?"width":"height",h),Mt(o,T?"top":"left",T?Lt:ht),Mt(o,T?"height":"width",T?B:Q),Nl(o,xn)}else he(o,xn)}),ds=Cn=Js=Qs=Xs=tl=el=nl=Zs=null,re=1,ns(!0),ht!=Ke||Lt!=Ye||Q!=xe||B!=qe){$n(!1);let o=Q/xe,a=B/qe;if(Tt&&!D&&V.left>=0){V.left*=o,V.top*=a,Ln&&Ue(Ln,Ot(V.left),0,Q,B),En&&Ue(En,0,Ot(V.top),Q,B);for(let h=0;h<ye.length;h++){let w=ye[h];w!=null&&(Nn[h]*=o,Tn[h]*=a,Ue(w,Me(Nn[h]),Me(Tn[h]),Q,B))}}if(St.show&&!gt&&St.left>=0&&St.width>0){St.left*=o,St.width*=o,St.top*=a,St.height*=a;for(let h in pl)Mt(Rn,h,St[h])}Ke=ht,Ye=Lt,xe=Q,qe=B}Bt("setSize"),Sn=!1}te>0&&Ce>0&&(u.clearRect(0,0,b.width,b.height),Bt("drawClear"),K.forEach(o=>o()),Bt("draw")),St.show&&gt&&(gs(St),gt=!1),Tt&&D&&(mn(null,!0,!1),D=!1),tt.show&&tt.live&&Dt&&(ul(),Dt=!1),c||(c=!0,s.status=1,Bt("ready")),Qn=!1,ws=!1}s.redraw=(o,a)=>{Ie=a||!1,o!==!1?ln($,x.min,x.max):An()};function rl(o,a){let h=A[o];if(h.from==null){if(qt==0){let w=h.range(s,a.min,a.max,o);a.min=w[0],a.max=w[1]}if(a.min>a.max){let w=a.min;a.min=a.max,a.max=w}if(qt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==$&&h.distr==2&&qt>0&&(a.min=Pe(a.min,t[0]),a.max=Pe(a.max,t[0]),a.min==a.max&&a.max++),Y[o]=a,Oe=!0,An()}}s.setScale=rl;let al,cl,Ln,En,xo,yo,Pn,zn,vo,ko,kt,Nt,sn=!1,Jt=V.drag,Vt=Jt.x,Ht=Jt.y;Tt&&(V.x&&(al=_e(ka,_)),V.y&&(cl=_e(Sa,_)),x.ori==0?(Ln=al,En=cl):(Ln=cl,En=al),kt=V.left,Nt=V.top);let St=s.select=Rt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Rn=St.show?_e(va,St.over?_:S):null;function gs(o,a){if(St.show){for(let h in o)St[h]=o[h],h in pl&&Mt(Rn,h,o[h]);a!==!1&&Bt("setSelect")}}s.setSelect=gs;function Zr(o){if(k[o].show)ut&&Nl(vt[o],xn);else if(ut&&he(vt[o],xn),Tt){let h=Mn?ye[0]:ye[o];h!=null&&Ue(h,-10,-10,Q,B)}}function ln(o,a,h){rl(o,{min:a,max:h})}function je(o,a,h,w){a.focus!=null&&na(o),a.show!=null&&k.forEach((g,y)=>{y>0&&(o==y||o==null)&&(g.show=a.show,Zr(y),l==2?(ln(g.facets[0].scale,null,null),ln(g.facets[1].scale,null,null)):ln(g.scale,null,null),An())}),h!==!1&&Bt("setSeries",o,a),w&&ss("setSeries",s,o,a)}s.setSeries=je;function Qr(o,a){Rt(R[o],a)}function Xr(o,a){o.fill=ot(o.fill||null),o.dir=ct(o.dir,-1),a=a??R.length,R.splice(a,0,o)}function ta(o){o==null?R.length=0:R.splice(o,1)}s.addBand=Xr,s.setBand=Qr,s.delBand=ta;function ea(o,a){k[o].alpha=a,Tt&&ye[o]!=null&&(ye[o].style.opacity=a),ut&&vt[o]&&(vt[o].style.opacity=a)}let Je,on,hn,Dn={focus:!0};function na(o){if(o!=hn){let a=o==null,h=Fe.alpha!=1;k.forEach((w,g)=>{if(l==1||g>0){let y=a||g==0||g==o;w._focus=a?null:y,h&&ea(g,y?1:Fe.alpha)}}),hn=o,h&&An()}}ut&&_n&&Ft(Bo,it,o=>{V._lock||(pn(o),hn!=null&&je(null,Dn,!0,zt.setSeries))});function We(o,a,h){let w=A[a];h&&(o=o/pt-(w.ori==1?Lt:ht));let g=Q;w.ori==1&&(g=B,o=g-o),w.dir==-1&&(o=g-o);let y=w._min,T=w._max,P=o/g,O=y+(T-y)*P,H=w.distr;return H==3?Wn(10,O):H==4?ja(O,w.asinh):H==100?w.bwd(O):O}function sa(o,a){let h=We(o,$,a);return Pe(h,t[0],jt,Wt)}s.valToIdx=o=>Pe(o,t[0]),s.posToIdx=sa,s.posToVal=We,s.valToPos=(o,a,h)=>A[a].ori==0?i(o,A[a],h?Et:Q,h?Kt:0):r(o,A[a],h?Yt:B,h?ie:0),s.setCursor=(o,a,h)=>{kt=o.left,Nt=o.top,mn(null,a,h)};function So(o,a){Mt(Rn,In,St.left=o),Mt(Rn,os,St.width=a)}function _o(o,a){Mt(Rn,"top",St.top=o),Mt(Rn,is,St.height=a)}let ts=x.ori==0?So:_o,es=x.ori==1?So:_o;function la(){if(ut&&tt.live)for(let o=l==2?1:0;o<k.length;o++){if(o==0&&Gt)continue;let a=tt.values[o],h=0;for(let w in a)ae[o][h++].firstChild.nodeValue=a[w]}}function ul(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((h,w)=>{nt[w]=h}):Ba(o.idx)||nt.fill(o.idx),tt.idx=nt[0]),ut&&tt.live){for(let h=0;h<k.length;h++)(h>0||l==1&&!Gt)&&oa(h,nt[h]);la()}Dt=!1,a!==!1&&Bt("setLegend")}s.setLegend=ul;function oa(o,a){let h=k[o],w=o==0&&j==2?$e:t[o],g;Gt?g=h.values(s,o,a)??Te:(g=h.value(s,a==null?null:w[a],o,a),g=g==null?Te:{_:g}),tt.values[o]=g}function mn(o,a,h){vo=kt,ko=Nt,[kt,Nt]=V.move(s,kt,Nt),V.left=kt,V.top=Nt,Tt&&(Ln&&Ue(Ln,Ot(kt),0,Q,B),En&&Ue(En,0,Ot(Nt),Q,B));let w,g=jt>Wt;Je=bt,on=null;let y=x.ori==0?Q:B,T=x.ori==1?Q:B;if(kt<0||qt==0||g){w=V.idx=null;for(let P=0;P<k.length;P++){let O=ye[P];O!=null&&Ue(O,-10,-10,Q,B)}_n&&je(null,Dn,!0,o==null&&zt.setSeries),tt.live&&(nt.fill(w),Dt=!0)}else{let P,O,H;l==1&&(P=x.ori==0?kt:Nt,O=We(P,$),w=V.idx=Pe(O,t[0],jt,Wt),H=z(t[0][w],x,y,0));let U=-10,G=-10,X=0,ft=0,at=!0,lt="",Z="";for(let q=l==2?1:0;q<k.length;q++){let _t=k[q],Ct=nt[q],Ut=Ct==null?null:l==1?t[q][Ct]:t[q][1][Ct],mt=V.dataIdx(s,q,w,O),$t=mt==null?null:l==1?t[q][mt]:t[q][1][mt];if(Dt=Dt||$t!=Ut||mt!=Ct,nt[q]=mt,q>0&&_t.show){let fe=mt==null?-10:mt==w?H:z(l==1?t[0][mt]:t[q][0][mt],x,y,0),ee=$t==null?-10:W($t,l==1?A[_t.scale]:A[_t.facets[1].scale],T,0);if(_n&&$t!=null){let ve=x.ori==1?kt:Nt,Ae=It(Fe.dist(s,q,mt,ee,ve));if(Ae<Je){let Ve=Fe.bias;if(Ve!=0){let pe=We(ve,_t.scale),ke=$t>=0?1:-1,Le=pe>=0?1:-1;Le==ke&&(Le==1?Ve==1?$t>=pe:$t<=pe:Ve==1?$t<=pe:$t>=pe)&&(Je=Ae,on=q)}else Je=Ae,on=q}}if(Dt||Mn){let ve,Ae;x.ori==0?(ve=fe,Ae=ee):(ve=ee,Ae=fe);let Ve,pe,ke,Le,He,ne,de=!0,wn=Xt.bbox;if(wn!=null){de=!1;let se=wn(s,q);ke=se.left,Le=se.top,Ve=se.width,pe=se.height}else ke=ve,Le=Ae,Ve=pe=Xt.size(s,q);if(ne=Xt.fill(s,q),He=Xt.stroke(s,q),Mn)q==on&&Je<=Fe.prox&&(U=ke,G=Le,X=Ve,ft=pe,at=de,lt=ne,Z=He);else{let se=ye[q];se!=null&&(Nn[q]=ke,Tn[q]=Le,Zo(se,Ve,pe,de),qo(se,ne,He),Ue(se,Me(ke),Me(Le),Q,B))}}}}if(Mn){let q=Fe.prox,_t=hn==null?Je<=q:Je>q||on!=hn;if(Dt||_t){let Ct=ye[0];Ct!=null&&(Nn[0]=U,Tn[0]=G,Zo(Ct,X,ft,at),qo(Ct,lt,Z),Ue(Ct,Me(U),Me(G),Q,B))}}}if(St.show&&sn)if(o!=null){let[P,O]=zt.scales,[H,U]=zt.match,[G,X]=o.cursor.sync.scales,ft=o.cursor.drag;if(Vt=ft._x,Ht=ft._y,Vt||Ht){let{left:at,top:lt,width:Z,height:q}=o.select,_t=o.scales[G].ori,Ct=o.posToVal,Ut,mt,$t,fe,ee,ve=P!=null&&H(P,G),Ae=O!=null&&U(O,X);ve&&Vt?(_t==0?(Ut=at,mt=Z):(Ut=lt,mt=q),$t=A[P],fe=z(Ct(Ut,G),$t,y,0),ee=z(Ct(Ut+mt,G),$t,y,0),ts(ze(fe,ee),It(ee-fe))):ts(0,y),Ae&&Ht?(_t==1?(Ut=at,mt=Z):(Ut=lt,mt=q),$t=A[O],fe=W(Ct(Ut,X),$t,T,0),ee=W(Ct(Ut+mt,X),$t,T,0),es(ze(fe,ee),It(ee-fe))):es(0,T)}else dl()}else{let P=It(vo-xo),O=It(ko-yo);if(x.ori==1){let X=P;P=O,O=X}Vt=Jt.x&&P>=Jt.dist,Ht=Jt.y&&O>=Jt.dist;let H=Jt.uni;H!=null?Vt&&Ht&&(Vt=P>=H,Ht=O>=H,!Vt&&!Ht&&(O>P?Ht=!0:Vt=!0)):Jt.x&&Jt.y&&(Vt||Ht)&&(Vt=Ht=!0);let U,G;Vt&&(x.ori==0?(U=Pn,G=kt):(U=zn,G=Nt),ts(ze(U,G),It(G-U)),Ht||es(0,T)),Ht&&(x.ori==1?(U=Pn,G=kt):(U=zn,G=Nt),es(ze(U,G),It(G-U)),Vt||ts(0,y)),!Vt&&!Ht&&(ts(0,0),es(0,0))}if(Jt._x=Vt,Jt._y=Ht,o==null){if(h){if(Ro!=null){let[P,O]=zt.scales;zt.values[0]=P!=null?We(x.ori==0?kt:Nt,P):null,zt.values[1]=O!=null?We(x.ori==1?kt:Nt,O):null}ss(bl,s,kt,Nt,Q,B,w)}if(_n){let P=h&&zt.setSeries,O=Fe.prox;hn==null?Je<=O&&je(on,Dn,!0,P):Je>O?je(null,Dn,!0,P):on!=hn&&je(on,Dn,!0,P)}}Dt&&(tt.idx=w,ul()),a!==!1&&Bt("setCursor")}let rn=null;Object.defineProperty(s,"rect",{get(){return rn==null&&ns(!1),rn}});function ns(o=!1){o?rn=null:(rn=_.getBoundingClientRect(),Bt("syncRect",rn))}function Mo(o,a,h,w,g,y,T){V._lock||sn&&o!=null&&o.movementX==0&&o.movementY==0||(fl(o,a,h,w,g,y,T,!1,o!=null),o!=null?mn(null,!0,!0):mn(a,!0,!1))}function fl(o,a,h,w,g,y,T,P,O){if(rn==null&&ns(!1),pn(o),o!=null)h=o.clientX-rn.left,w=o.clientY-rn.top;else{if(h<0||w<0){kt=-10,Nt=-10;return}let[H,U]=zt.scales,G=a.cursor.sync,[X,ft]=G.values,[at,lt]=G.scales,[Z,q]=zt.match,_t=a.axes[0].side%2==1,Ct=x.ori==0?Q:B,Ut=x.ori==1?Q:B,mt=_t?y:g,$t=_t?g:y,fe=_t?w:h,ee=_t?h:w;if(at!=null?h=Z(H,at)?m(X,A[H],Ct,0):-10:h=Ct*(fe/mt),lt!=null?w=q(U,lt)?m(ft,A[U],Ut,0):-10:w=Ut*(ee/$t),x.ori==1){let ve=h;h=w,w=ve}}O&&(a==null||a.cursor.event.type==bl)&&((h<=1||h>=Q-1)&&(h=gn(h,Q)),(w<=1||w>=B-1)&&(w=gn(w,B))),P?(xo=h,yo=w,[Pn,zn]=V.move(s,h,w)):(kt=h,Nt=w)}let pl={width:0,height:0,left:0,top:0};function dl(){gs(pl,!1)}let No,To,Co,$o;function Ao(o,a,h,w,g,y,T){sn=!0,Vt=Ht=Jt._x=Jt._y=!1,fl(o,a,h,w,g,y,T,!0,!1),o!=null&&(Ft(xl,_l,Lo,!1),ss(Vo,s,Pn,zn,Q,B,null));let{left:P,top:O,width:H,height:U}=St;No=P,To=O,Co=H,$o=U}function Lo(o,a,h,w,g,y,T){sn=Jt._x=Jt._y=!1,fl(o,a,h,w,g,y,T,!1,!0);let{left:P,top:O,width:H,height:U}=St,G=H>0||U>0,X=No!=P||To!=O||Co!=H||$o!=U;if(G&&X&&gs(St),Jt.setScale&&G&&X){let ft=P,at=H,lt=O,Z=U;if(x.ori==1&&(ft=O,at=U,lt=P,Z=H),Vt&&ln($,We(ft,$),We(ft+at,$)),Ht)for(let q in A){let _t=A[q];q!=$&&_t.from==null&&_t.min!=bt&&ln(q,We(lt+Z,q),We(lt,q))}dl()}else V.lock&&(V._lock=!V._lock,mn(a,!0,o!=null));o!=null&&(be(xl,_l),ss(xl,s,kt,Nt,Q,B,null))}function ia(o,a,h,w,g,y,T){if(V._lock)return;pn(o);let P=sn;if(sn){let O=!0,H=!0,U=10,G,X;x.ori==0?(G=Vt,X=Ht):(G=Ht,X=Vt),G&&X&&(O=kt<=U||kt>=Q-U,H=Nt<=U||Nt>=B-U),G&&O&&(kt=kt<Pn?0:Q),X&&H&&(Nt=Nt<zn?0:B),mn(null,!0,!0),sn=!1}kt=-10,Nt=-10,nt.fill(null),mn(null,!0,!0),P&&(sn=P)}function Eo(o,a,h,w,g,y,T){V._lock||(pn(o),qs(),dl(),o!=null&&ss(Uo,s,kt,Nt,Q,B,null))}function Po(){L.forEach(iu),fn(s.width,s.height,!0)}yn(Ss,jn,Po);let On={};On.mousedown=Ao,On.mousemove=Mo,On.mouseup=Lo,On.dblclick=Eo,On.setSeries=(o,a,h,w)=>{let g=zt.match[2];h=g(s,a,h),h!=-1&&je(h,w,!0,!1)},Tt&&(Ft(Vo,_,Ao),Ft(bl,_,Mo),Ft(Ho,_,o=>{pn(o),ns(!1)}),Ft(Bo,_,ia),Ft(Uo,_,Eo),El.add(s),s.syncRect=ns);let bs=s.hooks=e.hooks||{};function Bt(o,a,h){il?Xn.push([o,a,h]):o in bs&&bs[o].forEach(w=>{w.call(null,s,a,h)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)bs[a]=(bs[a]||[]).concat(o.hooks[a])});let zo=(o,a,h)=>h,zt=Rt({key:null,setSeries:!1,filters:{pub:ni,sub:ni},scales:[$,k[1]?k[1].scale:null],match:[si,si,zo],values:[null,null]},V.sync);zt.match.length==2&&zt.match.push(zo),V.sync=zt;let Ro=zt.key,hl=Xi(Ro);function ss(o,a,h,w,g,y,T){zt.filters.pub(o,a,h,w,g,y,T)&&hl.pub(o,a,h,w,g,y,T)}hl.sub(s);function ra(o,a,h,w,g,y,T){zt.filters.sub(o,a,h,w,g,y,T)&&On[o](null,a,h,w,g,y,T)}s.pub=ra;function aa(){hl.unsub(s),El.delete(s),ue.clear(),Tl(Ss,jn,Po),f.remove(),it?.remove(),Bt("destroy")}s.destroy=aa;function ml(){Bt("init",e,t),uo(t||e.data,!1),Y[$]?rl($,Y[$]):qs(),gt=St.show&&(St.width>0||St.height>0),D=Dt=!0,fn(e.width,e.height)}return k.forEach(ao),L.forEach(jr),n?n instanceof HTMLElement?(n.appendChild(f),ml()):n(s,ml):ml(),s}Pt.assign=Rt;Pt.fmtNum=Fl;Pt.rangeNum=_s;Pt.rangeLog=Ts;Pt.rangeAsinh=Ol;Pt.orient=kn;Pt.pxRatio=pt;Pt.join=Za;Pt.fmtDate=Wl,Pt.tzDate=ac;Pt.sync=Xi;{Pt.addGap=Bc,Pt.clipGaps=As;let e=Pt.paths={points:or};e.linear=rr,e.stepped=Kc,e.bars=Yc,e.spline=Jc}function Yl(e,t=4){let[n,s]=e.toExponential(Math.max(0,t-1)).split("e");return`${n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}e${Number(s)}`}function rt(e,t=4){if(e==null)return"–";if(typeof e!="number")return String(e);if(Number.isNaN(e))return"NaN";if(e===1/0)return"Inf";if(e===-1/0)return"-Inf";if(e===0)return"0";let n=Math.abs(e);return n>=1e5||n<.001?Yl(e,t):String(Number(e.toPrecision(t)))}function Ge(e,t,n){return`${e} ${e===1?t:n||t+"s"}`}function fr(e){let t=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,s=null;try{window.parent&&window.parent!==window&&(s=window.parent.document.body)}catch{s=null}let l=null,i=()=>{let r;s?r=s.classList.contains("dark-mode"):r=!!(n&&n.matches),r!==l&&(l=r,t.classList.toggle("nw-dark",r),e&&e(r))};return i(),s&&new MutationObserver(i).observe(s,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",i):n.addListener&&n.addListener(i)),()=>l}function Yn(){let e=getComputedStyle(document.documentElement),t=n=>e.getPropertyValue(n).trim();return{fg:t("--nw-fg"),muted:t("--nw-muted"),grid:t("--nw-grid"),bg:t("--nw-bg"),panel:t("--nw-panel"),loss:t("--nw-loss"),gnorm:t("--nw-gnorm"),lr:t("--nw-lr"),onset:t("--nw-onset"),window:t("--nw-window"),select:t("--nw-select"),nan:t("--nw-nan"),inf:t("--nw-inf"),series:[t("--nw-s1"),t("--nw-s2"),t("--nw-s3"),t("--nw-s4"),t("--nw-s5"),t("--nw-s6")],band:t("--nw-band"),skip:t("--nw-skip"),spike:t("--nw-spike"),rollback:t("--nw-rollback"),stop:t("--nw-stop")}}var ql=new Set;function zs(e){for(let t of[...ql])(!e||e.contains(t.el))&&t.destroy()}function pr(e){return typeof e=="number"&&Number.isFinite(e)&&e>0}var ge=(e,t=1)=>+`${t}e${e}`,dr=[];for(let e=0;e<=12;e++)for(let t of[1,2,2.5,5])Number.isInteger(ge(e,t))&&dr.push(ge(e,t));function ru(e,t,n,s=24,l=null){if(!(e>0)||!(t>0)||!(t>=e))return[];let i=Math.max(2,Math.floor(n/s)+1),r=Math.log10(e),m=Math.log10(t),c=Math.ceil(r-1e-9),f=Math.floor(m+1e-9),b=[];if(f-c+1>=2){let u=1;for(let d of[1,2,3,4,5,10,20,25,50,100])if(u=d,Math.floor(f/d)-Math.ceil(c/d)+1<=i)break;for(let d=Math.ceil(c/u)*u;d<=f;d+=u)b.push(ge(d));if(u===1)for(let d of[[2,5],[2,3,5]]){let S=[];for(let _=c-1;_<=f;_++)for(let v of d)ge(_,v)>=e*(1-1e-9)&&ge(_,v)<=t*(1+1e-9)&&S.push(ge(_,v));if(b.length+S.length<=Math.floor(i*.75))b=b.concat(S);else break}}else for(let u of[[1,2,5],[1,2,3,4,5,6,7,8,9]]){let d=[];for(let S=Math.floor(r)-1;S<=Math.ceil(m);S++)for(let _ of u)ge(S,_)>=e*(1-1e-9)&&ge(S,_)<=t*(1+1e-9)&&d.push(ge(S,_));if(b=d,d.length>=2)break}return l!=null&&(b=b.filter(u=>u>l*1.0001).concat([l])),[...new Set(b)].sort((u,d)=>u-d)}function au(e,t){let n=Math.round(e);if(t!=null&&n===t&&Math.abs(e-n)<1e-6)return"0";let s=Math.abs(e-n)<1e-6?ge(n):Number(Math.pow(10,e).toPrecision(3));return s>=1e4?Yl(s,2):rt(s,2)}function cu(e,t){let n=0;for(let s of e){let l=null;for(let i of s){if(i===null){l=null;continue}if(l===null)i[0]>=t.l&&i[0]<=t.r&&i[1]>=t.t&&i[1]<=t.b&&n++;else{let[r,m]=l[0]<=i[0]?l:i,[c,f]=l[0]<=i[0]?i:l;if(c>=t.l&&r<=t.r){let b=S=>m+(f-m)*(S-r)/(c-r),u=c===r?m:b(Math.max(t.l,r)),d=c===r?f:b(Math.min(t.r,c));Math.max(u,d)>=t.t&&Math.min(u,d)<=t.b&&n++}}l=i}}return n}var uu=(e,t)=>e.l<t.r&&t.l<e.r&&e.t<t.b&&t.t<e.b,Xe=class{constructor(t,n){this.el=t,this.opts=n,this.u=null,ql.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(t))}destroy(){ql.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let t=this._width();Math.abs(t-this.u.width)>2&&this.u.setSize({width:t,height:this.opts.height})}_build(){let t=this.opts,n=Yn(),s=t.series.map(M=>[M.steps,M.values]),l;s.length===1?l=[s[0][0],s[0][1]]:s.every(M=>M[0]===s[0][0])?l=[s[0][0],...s.map(M=>M[1])]:l=Pt.join(s);let i=Array.from(l[0]),r=l.slice(1).map(M=>Array.from(M));this.raw=r,this.xs=i;let m=[...new Set(t.series.map(M=>M.scale||"y"))],c={};for(let M of m)c[M]=!!t.log&&t.series.some((E,x)=>(E.scale||"y")===M&&r[x].some(pr));let f={};for(let M of m){if(!c[M])continue;let E=1/0,x=!1;t.series.forEach((j,z)=>{if((j.scale||"y")===M)for(let W of r[z])W===0?x=!0:pr(W)&&W<E&&(E=W)}),x&&E<1/0&&(f[M]=Math.floor(Math.log10(E)+1e-9)-1)}this.floor=f,this.logOk=c;let b=(M,E)=>c[E]?M>0?Math.log10(M):M===0&&f[E]!=null?f[E]:null:M,u=r.map((M,E)=>{let x=t.series[E].scale||"y",j=new Array(M.length);for(let z=0;z<M.length;z++){let W=M[z];W===void 0?j[z]=void 0:W===null||!Number.isFinite(W)?j[z]=null:j[z]=b(W,x)}return j}),d=[];for(let M=0;M<i.length;M++){let E=null;for(let x of r){let j=x[M];if(typeof j=="number"&&!Number.isFinite(j)&&(E=Number.isNaN(j)?"nan":"inf",E==="nan"))break}E&&d.push([i[M],E])}this.bad=d;let S=[];for(let M of t.hlines||[]){let E=M.scale||"y",x=Number(M.value);!m.includes(E)||!Number.isFinite(x)||c[E]&&x<=0||!i.length||(S.push({...M,value:x,pos:b(x,E),scale:E}),r.push(i.map(()=>x)),u.push(i.map(()=>b(x,E))))}this.hlines=S;let _={x:{time:!1,range:(M,E,x)=>this._xRange(E,x)}};for(let M of m)_[M]=c[M]?{range:(E,x,j)=>{if(x==null)return[-3,0];let z=f[M]!=null?f[M]:Math.floor(x+1e-9),W=Math.max(z+1,Math.ceil(j-1e-9));return[z,W]}}:{range:(E,x,j)=>{if(x==null)return[0,1];if(j-x<=1e-6*Math.max(Math.abs(x),Math.abs(j))){let z=(x+j)/2;return[z-Math.abs(z||1)*.5,z+Math.abs(z||1)*.5]}return Pt.rangeNum(x,j,.1,!0)}};let v="11px system-ui, sans-serif",N=()=>this.u&&this.u.bbox.height?this.u.bbox.height/(devicePixelRatio||1):(t.height||200)-60,C=(M,E)=>({scale:M,side:E,stroke:n.muted,font:v,size:(x,j)=>{let z=0;for(let W of j||[])z=Math.max(z,String(W).length);return Math.max(t.compact?30:40,Math.ceil(z*6.6)+14)},gap:3,space:t.compact?18:24,grid:{stroke:n.grid,width:1,show:E!==1},ticks:{stroke:n.grid,width:1,size:4},...c[M]?{splits:(x,j,z,W)=>ru(ge(Math.round(z)),ge(Math.round(W)),N(),t.compact?18:24,f[M]!=null?ge(f[M]):null).map(Y=>Math.log10(Y))}:{},values:(x,j)=>j.map(z=>z==null?"":c[M]?au(z,f[M]):rt(z,2))}),k=[{stroke:n.muted,font:v,size:t.compact?22:30,space:50,incrs:dr,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(M,E)=>E.map(x=>x==null?"":String(Math.round(x)))}];m.forEach((M,E)=>k.push(C(M,E===0?3:1)));let L=[{label:"step",value:(M,E)=>E==null?"–":String(Math.round(E))},...t.series.map((M,E)=>({label:M.label,scale:M.scale||"y",stroke:M.color||n.series[E%n.series.length],width:M.width||1.5,dash:M.dash,spanGaps:!1,points:{show:(x,j,z,W)=>W-z<40,size:4},value:(x,j,z,W)=>W==null?"–":rt(this.raw[z-1][W])})),...S.map(M=>({label:M.label,scale:M.scale,stroke:M.color||n.muted,width:1.5,dash:[6,4],spanGaps:!0,points:{show:!1},value:()=>rt(M.value)}))],A=[],R=t.series.findIndex(M=>M.band==="hi"),$=t.series.findIndex(M=>M.band==="lo");R>=0&&$>=0&&A.push({series:[R+1,$+1],fill:n.band});let I=this,K={width:this._width(),height:t.height||200,class:"nw-uplot",scales:_,axes:k,series:L,bands:A,legend:{show:t.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:t.syncKey?{key:t.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[M=>I._drawOverlay(M)],setSelect:[M=>{let E=M.select;if(E.width>4&&t.onRange){let x=Math.round(M.posToVal(E.left,"x")),j=Math.round(M.posToVal(E.left+E.width,"x"));M.setSelect({left:0,top:0,width:0,height:0},!1),I._dragged=!0,t.onRange(x,j)}}],ready:[M=>I._ready(M)]}};this.u=new Pt(K,[i,...u],this.el),this._synced=!!t.syncKey}_xRange(t,n){let s=this.opts.range,l;return s&&s[0]!=null&&s[1]!=null&&s[1]>s[0]?l=[s[0],s[1]]:t==null?l=[0,1]:t===n?l=[t-1,n+1]:l=[t,n],l[1]-l[0]<=20&&(l=[l[0]-.5,l[1]+.5]),l}_ready(t){let n=this.opts,s=t.over,l=(c,f,b)=>{let u=document.createElement("div");return u.className=`nw-chart-label ${c}`,u.textContent=f,b&&(u.title=b),s.appendChild(u),u};n.onset!=null&&(this.onsetLabel=l("nw-onset-label",`${n.onsetText||"onset"} ${n.onset}`),this.onsetLabel.dataset.step=String(n.onset));let i={rollback:"rollback",spike:"spike",stop:"stopped"};this.markLabels=(n.marks||[]).filter(c=>i[c.kind]).map(c=>{let f=l(`nw-mark nw-mark-${c.kind}`,i[c.kind],c.title||"");return f.dataset.kind=c.kind,f.dataset.step=String(c.step),[f,c]}),this.hlineLabels=this.hlines.map(c=>{let f=l("nw-hline-label",c.text||c.label,c.text||c.label);return f.dataset.value=String(c.value),f});let r=Object.keys(this.floor);this.zeroLabel=r.length?l("nw-zero-label","0 is drawn at the foot (log scale)","a value of exactly 0 cannot sit on a log scale: it is drawn at the lowest tick, labelled 0"):null,this._placeLabel();let m=null;s.addEventListener("mousedown",c=>{m=[c.clientX,c.clientY],this._dragged=!1}),s.addEventListener("click",c=>{if(!n.onStep||this._dragged||m&&Math.abs(c.clientX-m[0])>3)return;let f=t.cursor.left;if(f==null||f<0)return;let b=Math.round(t.posToVal(f,"x"));n.onStep(this._nearestStep(b))}),s.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(t){let n=this.xs;if(!n.length)return t;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i]<t?s=i+1:l=i}return s>0&&Math.abs(n[s-1]-t)<Math.abs(n[s]-t)&&s--,n[s]}_placeLabel(){if(!this.u)return;let t=this.u,n=t.over.clientWidth||t.bbox.width/devicePixelRatio,s=t.over.clientHeight||t.bbox.height/devicePixelRatio;if(!(n>0&&s>0))return;let l=[],i=v=>{if(!v._w){v.style.display="",v.style.maxWidth="none";let N=v.getBoundingClientRect();N.width>0&&(v._w=Math.ceil(N.width),v._h=Math.ceil(N.height))}return[Math.min(v._w||60,Math.max(20,n-8)),v._h||14]},r=(v,N)=>{v.style.display="",v.style.left=`${N.l}px`,v.style.top=`${N.t}px`,v.style.maxWidth=`${N.r-N.l}px`,l.push(N)},m=v=>{v.style.display="none"},c=v=>v.l>=0&&v.r<=n+.5&&!l.some(N=>uu(N,v)),f=[];this.onsetLabel&&f.push([this.onsetLabel,this.opts.onset]);for(let[v,N]of[...this.markLabels||[]].sort((C,k)=>C[1].step-k[1].step))f.push([v,N.step]);let b=3;for(let[v,N]of f){let C=t.valToPos(N,"x");if(v.dataset.x=String(C),!(C>=-.5&&C<=n+.5)){m(v);continue}let[k,L]=i(v),A=!1;for(let R=0;R<b&&!A;R++){let $=8+R*(L+1);for(let I of[C+3,C-3-k]){let K={l:I,r:I+k,t:$,b:$+L};if(c(K)){r(v,K),v.classList.toggle("nw-left",I<C),A=!0;break}}}A||m(v)}let u=null,d=()=>{if(u)return u;u=[];let v=this.opts.series.length;for(let C=0;C<v;C++){let k=this.opts.series[C].scale||"y",L=t.data[C+1],A=[];for(let R=0;R<L.length;R++){let $=L[R];$!==void 0&&A.push($===null?null:[t.valToPos(t.data[0][R],"x"),t.valToPos($,k)])}u.push(A)}let N=[];this.opts.onset!=null&&N.push(this.opts.onset);for(let C of this.opts.marks||[])C.kind!=="skip"&&N.push(C.step);for(let C of N){let k=t.valToPos(C,"x");k>=0&&k<=n&&u.push([[k,0],[k,s]],[[k,0],[k,s]])}return u},S=v=>{let N=null;for(let C of v){if(!c(C))continue;let k=cu(d(),{l:C.l-1,r:C.r+1,t:C.t-1,b:C.b+1});if((!N||k<N.hits)&&(N={box:C,hits:k}),k===0)break}return N},_=(v,N)=>{let C=S(N);if(!C)return m(v);r(v,C.box),v.dataset.overData=String(C.hits)};if(this.zeroLabel){let[v,N]=i(this.zeroLabel),C=[];for(let k of[s-N-2,s-2*N-4])for(let L=0;L<=8;L++)C.push({l:4+(n-8-v)*L/8,r:4+(n-8-v)*L/8+v,t:k,b:k+N});_(this.zeroLabel,C)}(this.hlineLabels||[]).forEach((v,N)=>{let C=this.hlines[N],k=t.valToPos(C.pos,C.scale);if(v.dataset.y=String(k),!(k>=-.5&&k<=s+.5))return m(v);let L=()=>{let[$,I]=i(v),K=[],M=[n-4-$,4];for(let E=1;E<8;E++)M.push(4+(n-8-$)*E/8);for(let E of M)for(let x of[k-2-I,k+2])x>=0&&x+I<=s&&K.push({l:E,r:E+$,t:x,b:x+I});return K},A=[C.text||C.label,C.short].filter(Boolean),R=null;for(let $ of A){v.textContent!==$&&(v.textContent=$,v._w=0);let I=S(L());if(I&&(!R||I.hits<R.hits)&&(R={...I,text:$}),I&&I.hits===0)break}if(!R)return m(v);v.textContent!==R.text&&(v.textContent=R.text,v._w=0),r(v,R.box),v.dataset.overData=String(R.hits)})}_drawOverlay(t){let n=this.opts,s=Yn(),l=t.ctx,{left:i,top:r,width:m,height:c}=t.bbox,f=devicePixelRatio||1,b=u=>t.valToPos(u,"x",!0);if(l.save(),l.setLineDash([]),l.beginPath(),l.rect(i,r,m,c),l.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let u=Math.max(i,b(n.windowStart)),d=Math.min(i+m,b(n.onset));d>u&&(l.fillStyle=s.window,l.fillRect(u,r,d-u,c))}for(let u of n.marks||[]){let d=Math.round(b(u.step))+.5;if(l.strokeStyle=l.fillStyle=s[u.kind]||s.muted,u.kind==="skip"){l.beginPath(),l.moveTo(d,r+c),l.lineTo(d-4*f,r+c-7*f),l.lineTo(d+4*f,r+c-7*f),l.closePath(),l.fill();continue}if(u.kind==="rollback"&&u.from!=null&&u.from<u.step){let S=Math.max(i,b(u.from));l.globalAlpha=.15,l.fillRect(S,r,Math.max(0,d-S),c),l.globalAlpha=1}l.lineWidth=1.5*f,l.setLineDash(u.kind==="spike"?[3*f,3*f]:[]),l.beginPath(),l.moveTo(d,r),l.lineTo(d,r+c),l.stroke(),l.setLineDash([])}for(let[u,d]of this.bad){let S=b(u);l.fillStyle=d==="nan"?s.nan:s.inf,l.beginPath(),l.moveTo(S-3.5*f,r),l.lineTo(S+3.5*f,r),l.lineTo(S,r+6*f),l.closePath(),l.fill()}if(n.onset!=null){let u=Math.round(b(n.onset))+.5;l.strokeStyle=s.onset,l.lineWidth=2*f,l.beginPath(),l.moveTo(u,r),l.lineTo(u,r+c),l.stroke()}if(n.selStep!=null){let u=Math.round(b(n.selStep))+.5;l.strokeStyle=s.select,l.lineWidth=1*f,l.setLineDash([4*f,3*f]),l.beginPath(),l.moveTo(u,r),l.lineTo(u,r+c),l.stroke()}l.restore(),this._placeLabel()}setSynced(t){if(!this.u||!this.opts.syncKey||this._synced===t)return;this._synced=t;let n=Pt.sync(this.opts.syncKey);t?n.sub(this.u):n.unsub(this.u)}setSelStep(t){this.opts.selStep=t,this.u&&this.u.redraw(!1,!1)}};function hr(e="nw"){return Pt.sync(e).plots.length}function p(e,t,...n){let s=document.createElement(e);if(t)for(let[l,i]of Object.entries(t))i==null||i===!1||(l==="class"?s.className=i:l==="text"?s.textContent=String(i):l==="style"&&typeof i=="object"?Object.assign(s.style,i):l.startsWith("on")&&typeof i=="function"?s.addEventListener(l.slice(2),i):l==="dataset"?Object.assign(s.dataset,i):s.setAttribute(l,i===!0?"":String(i)));return mr(s,n),s}function mr(e,t){for(let n of t)n==null||n===!1||(Array.isArray(n)?mr(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function Ne(e){for(;e.firstChild;)e.removeChild(e.firstChild);return e}var qn="tb_nanwatch",Rs=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let t=new MessageChannel;this.port=t.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[t.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(t,n){this.listeners.set(t,n)}_post(t){this.port&&this.port.postMessage(JSON.stringify(t))}async _onMessage(t){let n;try{n=JSON.parse(t.data)}catch{return}if(n.isReply){let r=this.waits.get(n.id);if(!r)return;this.waits.delete(n.id),n.error?r.reject(new Error(String(n.error))):r.resolve(n.payload);return}let s=null,l=null,i=this.listeners.get(n.type);if(i)try{s=await i(n.payload)??null}catch(r){l=String(r)}this._post({type:n.type,id:n.id,payload:s,error:l,isReply:!0})}request(t,n,s=1500){if(!this.port)return Promise.resolve(null);let l=this.nextId++;return new Promise(i=>{let r=setTimeout(()=>{this.waits.delete(l),i(null)},s);this.waits.set(l,{resolve:m=>{clearTimeout(r),i(m)},reject:()=>{clearTimeout(r),i(null)}}),this._post({type:t,id:l,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:qn})}};function Jl(){try{if(!window.parent||window.parent===window)return null;let e=window.parent.location.hash.replace(/^#/,""),t={},n=`p.${qn}.`;for(let s of e.split("&")){let l=s.indexOf("=");if(l<0)continue;let i=decodeURIComponent(s.slice(0,l));i.startsWith(n)&&(t[i.slice(n.length)]=decodeURIComponent(s.slice(l+1)))}return t}catch{return null}}function wr(e,t=!1){let n;try{if(n=window.parent,!n||n===window)return;let s=n.location,l=s.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(c=>!c.startsWith(`p.${qn}.`)&&!c.startsWith(encodeURIComponent(`p.${qn}.`)));(!r.length||r[0].includes("="))&&r.unshift(qn);for(let[c,f]of Object.entries(e))f==null||f===""||r.push(`${encodeURIComponent(`p.${qn}.${c}`)}=${encodeURIComponent(String(f))}`);let m=new URL(s.href);if(m.hash=r.join("&"),m.href===s.href)return;t?n.history.pushState(n.history.state,"",m.href):n.history.replaceState(n.history.state,"",m.href)}catch{}}var Ds=/[A-Za-z0-9_]/;function gr(e,t){if(!t)return!1;for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1)){let s=n>0?e[n-1]:"",l=e[n+t.length]||"";if(!(Ds.test(t[0])&&Ds.test(s))&&!(Ds.test(t[t.length-1])&&Ds.test(l)))return!0}return!1}function fu(e,t){let n={step:null,layer:null,tensor:null},s=/\bsteps? (\d+)/.exec(e);s&&(n.step=Number(s[1]));let l=null;for(let i of t)i.name&&gr(e,i.name)&&(!l||i.name.length>l.name.length)&&(l=i);if(l)n.tensor=l.name,n.layer=l.layer??null;else{let i=null;for(let r of t)r.layer&&gr(e,r.layer)&&(!i||r.layer.length>i.length)&&(i=r.layer);n.layer=i}return n}function Is(e){let t=String(e).split("`");return t.length%2===0&&t.splice(t.length-2,2,t[t.length-2]+"`"+t[t.length-1]),t.map((n,s)=>s%2?p("code",{class:"nw-inline-code",text:n}):n).filter(n=>n!=="")}function pu(e){if(typeof e.code!="string")return null;let t=e.code.replace(/^\s*\n/,"").replace(/\s+$/,"");return t.trim()?t:null}async function Zl(e,t){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(e),n=!0)}catch{n=!1}if(!n){let s=p("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});s.value=e,document.body.appendChild(s),s.select();try{n=document.execCommand("copy")}catch{n=!1}s.remove()}t.textContent=n?"Copied":"Select and copy",t.dataset.copied=n?"1":"0",setTimeout(()=>t.textContent="Copy",1500)}var Os="score: how strongly the evidence points to this cause, from 0 to 1";function br(e,t,n,s=[]){let l=e.causes||[],i=Array.isArray(e.risks)?e.risks.filter(d=>d&&typeof d=="object"):[],r=p("section",{class:"nw-card nw-causes"},p("h2",{text:"Likely causes"}));l.length||r.appendChild(p("p",{class:"nw-muted",text:e.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let m=p("ol",{class:"nw-cause-list"}),c=(d,S)=>d.forEach((_,v)=>{let N=Number(_.score),C=p("ul",{class:"nw-evidence"});for(let R of _.evidence||[]){let $=typeof R=="string"?R:String(R&&R.text!=null?R.text:JSON.stringify(R)),I=fu($,t);R&&typeof R=="object"&&(I={step:R.step??I.step,layer:R.layer??I.layer,tensor:R.tensor??I.tensor});let K=I.step!=null||I.layer!=null,M=p("li",{class:K?"nw-ev nw-jump":"nw-ev"});if(K){let E=p("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[I.layer&&`layer ${I.layer}`,I.step!=null&&`step ${I.step}`].filter(Boolean).join(", "),text:$,onclick:()=>n(I),onkeydown:x=>(x.key==="Enter"||x.key===" ")&&(x.preventDefault(),n(I))});M.appendChild(E)}else M.appendChild(p("span",{text:$}));C.appendChild(M)}let k=null,L=pu(_),A=_.fix!=null&&String(_.fix).trim()?String(_.fix):null;if(A||L){let R=L?p("button",{class:"nw-btn nw-copy",text:"Copy",title:"Copy the code"}):null;R&&R.addEventListener("click",()=>Zl(L,R)),k=p("div",{class:"nw-fix"},p("div",{class:"nw-fix-head"},p("span",{text:"Fix"}),R),A?p("p",{class:"nw-fix-text"},Is(A)):null,L?p("pre",{class:"nw-fix-code"},p("code",{text:L})):null)}S.appendChild(p("li",{class:"nw-cause",dataset:{id:String(_.id)}},p("div",{class:"nw-cause-head"},p("span",{class:"nw-rank",text:`${v+1}`}),p("span",{class:"nw-cause-summary",text:_.summary||_.id}),p("span",{class:"nw-scorebar",title:Os},p("span",{style:{width:`${Math.max(0,Math.min(1,N))*100}%`}})),p("span",{class:"nw-score",title:Os,text:`score ${rt(N,2)}`})),p("div",{class:"nw-muted nw-small",text:String(_.id)}),C,k))});if(c(l,m),r.appendChild(m),i.length){let d=p("ol",{class:"nw-cause-list nw-risk-list"});c(i,d),r.append(p("h3",{class:"nw-risks-head",text:`Risks (${i.length}): not causes of a failure, worth a look`}),d)}let f=e.ruled_out||[];f.length&&r.appendChild(p("details",{class:"nw-ruled",open:l.length<=2?!0:null},p("summary",{text:`Ruled out (${f.length})`}),p("ul",null,f.map(d=>p("li",{class:"nw-ruled-item",text:typeof d=="string"?d:d.summary||d.id||JSON.stringify(d)}))))),s.length&&r.appendChild(p("div",{class:"nw-rule-errors nw-small"},p("span",{class:"nw-warn-text",text:`Could not check (${s.length}): `}),s.map((d,S)=>p("span",{class:"nw-rule-error",title:d.error!=null?String(d.error):null},S?", ":"",p("code",{text:String(d.id)}),d.error!=null?` (${d.error})`:""))));let b=Array.isArray(e.not_applicable)?e.not_applicable.map(String):[];b.length&&r.appendChild(p("div",{class:"nw-muted nw-small nw-not-applicable",text:`Does not apply to this model: ${b.join(", ")}`}));let u=e.skipped||[];return u.length&&r.appendChild(p("div",{class:"nw-muted nw-small",text:`Not checked (what they need was not logged): ${u.join(", ")}`})),r}var xr={nonfinite:0,diverging:1,stalled:2,impaired:3,unreadable:4,empty:5,healthy:6,loading:7},du=1e3,yr={nonfinite:"a NaN or Inf appeared",diverging:"finite, but exploding",stalled:"the loss makes no real progress (at the constant predictor's level, or flat)",impaired:"it learns, but a fault measured in it holds it back (it began confidently wrong)",healthy:"no problem found",unreadable:"no usable data",empty:"no step logged yet",loading:"being read by TensorBoard; its row fills in when it is diagnosed"};function Ql(e){let t=String(e??"unknown"),n=/^[a-z]+$/.test(t)?t:"unknown";return p("span",{class:`nw-badge nw-st-${n}`,text:t,title:Object.prototype.hasOwnProperty.call(yr,t)?yr[t]:null})}function hu(e){let t=[];return String(e).split(/(?<=\/)/).forEach((s,l)=>{l&&t.push(p("wbr")),(s.length>28?s.split(/(?<=_)/):[s]).forEach((r,m)=>{m&&t.push(p("wbr")),t.push(r)})}),t}var vr={stop:'on_nonfinite="stop" ended the training at the first NaN/Inf',raise:'on_nonfinite="raise" raised an error at the first NaN/Inf',max_skips:"too many updates in a row had to be skipped (max_skips)",max_rollbacks:"too many rollbacks (max_rollbacks)"};function Fs(e){let t=Object.prototype.hasOwnProperty.call(vr,e.reason)?vr[e.reason]:e.reason!=null?`reason: ${String(e.reason)}`:"",n=e.applied===!1?" The update of that step was not applied.":e.applied===!0?" The update of that step was applied.":"";return`Stopped after step ${Number(e.step)}${t?`: ${t}`:""}.${n}`}function mu(e){if(!e)return"";let t=[];return e.layer?t.push(e.layer):e.tensor&&t.push(e.tensor),e.phase&&e.phase!==t[0]&&t.push(e.phase),t.join(" · ")}function Xl(e){return!e||typeof e!="object"?null:p("span",{class:"nw-chip nw-source",dataset:{resolution:String(e.resolution??"")},title:`Written by ${String(e.writer_text??"another writer")}, not by NanWatch: diagnosed at the resolution it was logged.`,text:String(e.label??"TensorBoard logs")})}async function kr(e,t,n){let s=performance.now(),l=await Zt("runs",null,n);e.runsKey=JSON.stringify(l.runs||[]);let i=(l.runs||[]).map((u,d)=>({...u,_i:d}));i.sort((u,d)=>(xr[u.status]??4.5)-(xr[d.status]??4.5)||u._i-d._i),e.runs=i;let r=i.filter(u=>u.status!=="healthy"&&u.status!=="loading").length,m=i.filter(u=>u.loading).length,c=p("div",{class:"nw-head"},p("h1",{class:"nw-title",text:"NaN Watch"}),p("span",{class:"nw-sub",text:`${i.length} run${i.length===1?"":"s"}, ${r} failing`}),m?p("span",{class:"nw-sub nw-loading-count",text:`${m} still loading…`}):null);if(m&&e.pollRuns(du),!i.length){t.append(c,p("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet, and no run of another writer logs a loss. Add the callback to model.fit: ",p("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let f=p("tbody");for(let u of i){let d=u.onset,S=u.origin&&(u.origin.layer||u.origin.tensor)?u.origin:d,_=u.top_cause,v=!!(u.source&&u.source.unit==="epoch"),N=[];u.loading&&u.status!=="loading"&&N.push(p("span",{class:"nw-chip nw-loading",title:"new steps are being read",text:"updating…"}));let C=u.events&&typeof u.events=="object"?u.events:{},k=Number(C.stop)||0,L=u.stopped&&typeof u.stopped=="object"&&Number.isFinite(Number(u.stopped.step))?u.stopped:null;(k>0||L)&&N.push(p("span",{class:"nw-chip nw-event nw-event-stop",dataset:{kind:"stop",count:String(Math.max(1,k))},title:L?Fs(L):'the watch ended the training (on_nonfinite="stop" or "raise", or too many skips or rollbacks)',text:L?`stopped at step ${Number(L.step)}`:"stopped"}));for(let[$,I,K,M]of[["spike","loss spike","loss spikes","a finite loss 10 times its running median for 5 steps"],["rollback","rollback","rollbacks",'weights and optimizer state put back to a snapshot (on_nonfinite or on_spike="rollback")'],["skip","skipped update","skipped updates","updates with non-finite gradients or loss not applied"]]){let E=Number(C[$])||0;E>0&&N.push(p("span",{class:`nw-chip nw-event nw-event-${$}`,dataset:{kind:$,count:String(E)},title:M,text:Ge(E,I,K)}))}u.summarised&&N.push(p("span",{class:"nw-chip",title:"some steps are kept as block summaries (a long run)",text:"summarised"})),u.sampled&&N.push(p("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let $ of u.problems||[])N.push(p("span",{class:"nw-chip nw-warn",title:String($),text:String($)}));let A=$=>{$.preventDefault(),e.setState({run:u.run,layer:null,step:null,start:null,end:null})},R=p("tr",{class:"nw-run-row",dataset:{run:u.run,status:String(u.status),loading:u.loading?"1":"0"},tabindex:"0",onclick:A,onkeydown:$=>$.key==="Enter"&&A($)},p("td",{class:"nw-run-name"},p("a",{href:e.hrefFor({run:u.run}),title:u.run,onclick:A},hu(u.run))),p("td",{class:"nw-status-cell"},Ql(u.status),Xl(u.source),u.status_note?p("div",{class:"nw-muted nw-small nw-status-note",text:String(u.status_note)}):null),p("td",{class:"nw-onset-step",text:d&&d.step!=null?`${v?"epoch ":""}${d.step}`:"–"}),p("td",{class:"nw-origin"},S?p("span",{text:mu(S)}):"–",S&&S.layer&&S.tensor?p("div",{class:"nw-muted nw-small",text:S.tensor}):null,S&&S!==d&&S.step!=null&&d&&S.step!==d.step?p("div",{class:"nw-muted nw-small",text:`from step ${S.step}`}):null),p("td",{class:"nw-top-cause"},_?p("span",{text:_.summary||_.id}):p("span",{class:"nw-muted",text:u.status==="healthy"?"no cause found":"–"}),_&&_.score!=null?p("span",{class:"nw-score",title:Os,text:`score ${rt(Number(_.score),2)}`}):null),p("td",{class:"nw-num",text:u.steps!=null?v?Ge(Number(u.steps),"epoch"):String(u.steps):"–"}),p("td",{class:"nw-notes"},N));f.appendChild(R)}let b=p("table",{class:"nw-table nw-runs"},p("thead",null,p("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps","Notes"].map(u=>p("th",{text:u})))),f);t.append(c,p("div",{class:"nw-card nw-scroll-x"},b)),e.timing("overview",performance.now()-s)}var js=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function wu(){let e=new Uint8ClampedArray(768);for(let t=0;t<256;t++){let n=t/255*(js.length-1),s=Math.min(js.length-2,Math.floor(n)),l=n-s;for(let i=0;i<3;i++)e[t*3+i]=js[s][i]*(1-l)+js[s+1][i]*l}return e}var Jn=wu();function to(e){let t=/^#([0-9a-f]{6})$/i.exec(e.trim());if(t){let s=parseInt(t[1],16);return[s>>16&255,s>>8&255,s&255]}let n=/rgba?\(([^)]+)\)/.exec(e);return n?n[1].split(",").slice(0,3).map(s=>Number(s.trim())):[128,128,128]}function Sr(e){return e==null?null:typeof e=="number"?e:e==="NaN"?NaN:e==="Inf"?1/0:e==="-Inf"?-1/0:Number(e)}function gu(e,t,n,s){let l=[];for(let c=0;c<n;c++)l.push(Array.from({length:s},(f,b)=>Sr(e[c][b])));let i=new Array(n).fill(0);if(!Array.isArray(t)||!t.includes("max_abs")||!t.includes("l2"))return[l,i];let r=new Array(s).fill(-1),m=new Array(s).fill(-1);for(let c=0,f=-1;c<s;c++)t[c]==="max_abs"&&(f=c),r[c]=f;for(let c=s-1,f=-1;c>=0;c--)t[c]==="max_abs"&&(f=c),m[c]=f;for(let c=0;c<n;c++){let f=l[c],b=[];for(let d=0;d<s;d++)if(!(t[d]!=="l2"||!Number.isFinite(f[d])))for(let S of[r[d],m[d]])S>=0&&Number.isFinite(f[S])&&b.push(f[d]-f[S]);if(b.length<3)continue;b.sort((d,S)=>d-S);let u=b[Math.floor(b.length/2)];if(u>0){i[c]=u;for(let d=0;d<s;d++)t[d]==="l2"&&Number.isFinite(f[d])&&(f[d]-=u)}}return[l,i]}var Ws=class{constructor(t,n,s){this.el=t,this.data=n,this.opts=s,this.render()}render(){let{el:t,data:n,opts:s}=this;Ne(t);let l=n.rows||[],i=n.buckets||[],r=l.length,m=i.length;if(!r||!m){t.appendChild(p("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let c=Yn(),f=Math.max(3,Math.min(16,Math.floor(640/r)));this.rh=f;let b=1/0,u=-1/0,[d,S]=gu(n.magnitude,n.bucket_source,r,m);this.mag=d,this.gaps=S;let _=n.nonfinite;for(let F=0;F<r;F++){let yt=d[F];for(let st=0;st<m;st++){let J=yt[st];J!==null&&Number.isFinite(J)&&(J<b&&(b=J),J>u&&(u=J))}}u>=b||(b=0,u=1),u-b<1e-9&&(u=b+1),this.lo=b,this.hi=u;let v=p("div",{class:"nw-hm"}),N=p("div",{class:"nw-hm-labels",style:{height:`${r*f}px`}}),C=n.layers||[],k=f>=9?1:Math.ceil(12/f);for(let F=0;F<r;F++){let yt=F%k===0,st=p("div",{class:"nw-hm-label"+(s.selLayer!=null&&C[F]===s.selLayer?" nw-sel":"")+(k>1?" nw-thin":""),style:{height:`${f}px`,lineHeight:k>1?"12px":`${f}px`},title:l[F],text:yt?l[F]:""});st.addEventListener("click",()=>s.onCell&&s.onCell({row:F,name:l[F],layer:C[F]??null,step:null})),N.appendChild(st)}let L=p("div",{class:"nw-hm-plot"}),A=p("canvas",{class:"nw-hm-canvas"}),R=p("div",{class:"nw-tip",style:{display:"none"}});L.append(A,R);let $=p("div",{class:"nw-hm-axis"});v.append(N,L);let I=this._legend(c);t.append(v,$,I),this.canvas=A,this.plot=L,this.tip=R;let K=document.createElement("canvas");K.width=m,K.height=r;let M=K.getContext("2d"),E=M.createImageData(m,r),x=E.data,j=to(c.nan),z=to(c.inf),W=to(c.grid),Y=u-b,et=0;for(let F=0;F<r;F++){let yt=d[F],st=_?_[F]:null;for(let J=0;J<m;J++){let nt=(F*m+J)*4,tt=st?st[J]:0,V;if(tt===1)V=j,et++;else if(tt===2)V=z,et++;else{let ut=yt[J];if(ut===null||Number.isNaN(ut)||ut===1/0)V=W;else{let Tt=ut===-1/0?0:Math.max(0,Math.min(255,Math.round((ut-b)/Y*255)))*3;x[nt]=Jn[Tt],x[nt+1]=Jn[Tt+1],x[nt+2]=Jn[Tt+2],x[nt+3]=255;continue}}x[nt]=V[0],x[nt+1]=V[1],x[nt+2]=V[2],x[nt+3]=255}}if(M.putImageData(E,0,0),this.img=K,t.dataset.nonfiniteCells=String(et),this.R=r,this.B=m,this._draw(),this._axis($),window.ResizeObserver){this.ro&&this.ro.disconnect();let F=L.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(L.clientWidth-F)>2&&(F=L.clientWidth,this._draw())}),this.ro.observe(L)}A.addEventListener("mousemove",F=>this._hover(F)),A.addEventListener("mouseleave",()=>R.style.display="none"),A.addEventListener("click",F=>{let yt=this._cellAt(F);yt&&s.onCell&&s.onCell(yt)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let t=this.data,n={},s=t.layers||[];return(t.nonfinite||[]).forEach((l,i)=>{let r=s[i];if(r==null)return;let m=l.findIndex(f=>f===1||f===2);if(m<0)return;let c=t.buckets[m][0];(!(r in n)||c<n[r][0])&&(n[r]=[c,l[m]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:t,plot:n,R:s,B:l,rh:i}=this,r=window.devicePixelRatio||1,m=Math.max(100,n.clientWidth||600),c=s*i;this.w=m,this.hgt=c,t.style.width=`${m}px`,t.style.height=`${c}px`,t.width=Math.round(m*r),t.height=Math.round(c*r);let f=t.getContext("2d");f.imageSmoothingEnabled=!1,f.drawImage(this.img,0,0,l,s,0,0,t.width,t.height);let b=Yn(),{onset:u,selStep:d,selLayer:S}=this.opts,_=this.data.layers||[];if(S!=null){f.strokeStyle=b.select,f.lineWidth=1.5*r;for(let N=0;N<s;N++)_[N]===S&&f.strokeRect(.75*r,N*i*r+.75*r,t.width-1.5*r,i*r-1.5*r)}let v=N=>{let C=this._bucketOf(N);return C==null?null:(C+.5)/l*t.width};if(u!=null){let N=v(u);N!=null&&(f.strokeStyle=b.onset,f.lineWidth=2*r,f.setLineDash([5*r,3*r]),f.beginPath(),f.moveTo(N,0),f.lineTo(N,t.height),f.stroke(),f.setLineDash([]))}if(d!=null){let N=v(d);N!=null&&(f.strokeStyle=b.select,f.lineWidth=1*r,f.beginPath(),f.moveTo(N,0),f.lineTo(N,t.height),f.stroke())}}_bucketOf(t){let n=this.data.buckets;if(!n.length||t<n[0][0]||t>n[n.length-1][1])return null;let s=0,l=n.length-1;for(;s<l;){let i=s+l>>1;n[i][1]<t?s=i+1:l=i}return s}_cellAt(t){let n=this.canvas.getBoundingClientRect(),s=t.clientX-n.left,l=t.clientY-n.top,i=Math.floor(s/n.width*this.B),r=Math.floor(l/this.rh);if(i<0||i>=this.B||r<0||r>=this.R)return null;let m=this.data,[c,f]=m.buckets[i],b=m.nonfinite?m.nonfinite[r][i]:0;return{row:r,bucket:i,name:m.rows[r],layer:(m.layers||[])[r]??null,step:c,first:c,last:f,magnitude:Sr(m.magnitude[r][i]),gap:this.gaps?this.gaps[r]:0,nonfinite:b===1?"NaN":b===2?"Inf":null,source:m.bucket_source?m.bucket_source[i]:null,x:s,y:l}}_hover(t){let n=this._cellAt(t),s=this.tip;if(!n){s.style.display="none";return}Ne(s),s.append(p("div",{class:"nw-tip-name",text:n.name}),p("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?p("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,p("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${rt(Math.pow(10,n.magnitude))} (log10 ${rt(n.magnitude,3)})`}),n.source==="l2"?p("div",{class:"nw-muted",text:n.gap>0?`from the trace L2 norm (no statistics step here), coloured as about ${rt(Math.pow(10,n.magnitude-n.gap))}: the row's usual L2 to max |x| ratio`:"from the trace L2 norm (no statistics step here)"}):null),s.style.display="block";let l=this.plot.clientWidth;s.style.left=`${Math.min(n.x+12,l-230)}px`,s.style.top=`${n.y+12}px`}_axis(t){let n=this.data.buckets,s=n[0][0],l=n[n.length-1][1],i=n[Math.floor(n.length/2)][0];t.append(p("span",{text:`step ${s}`}),p("span",{text:String(i)}),p("span",{text:String(l)}))}_legend(t){let n=p("canvas",{class:"nw-hm-grad",width:120,height:10}),s=n.getContext("2d");for(let i=0;i<120;i++){let r=Math.round(i/119*255)*3;s.fillStyle=`rgb(${Jn[r]},${Jn[r+1]},${Jn[r+2]})`,s.fillRect(i,0,1,10)}let l=(i,r)=>p("span",{class:"nw-sw-wrap"},p("span",{class:`nw-sw ${i}`}),r);return p("div",{class:"nw-hm-legend"},p("span",{text:`max |x| 10^${rt(this.lo,2)}`}),n,p("span",{text:`10^${rt(this.hi,2)}`}),l("nw-sw-nan","NaN"),l("nw-sw-inf","Inf"),l("nw-sw-empty","not logged"))}};var bu=["nan","inf","max_abs","std","mean","scale_spread"];async function _r(e,t,n){let s=e.rows.filter(c=>c.kind==="input"||c.kind==="target");if(!s.length){t.appendChild(p("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let l=await Zt("series",{run:e.run,tensor:s.map(c=>c.name),stat:bu,start:e.range[0],end:e.range[1],points:400},n),i=new Map;for(let c of l.series||[])i.set(`${c.tensor}\0${c.stat}`,{steps:c.steps,values:Be(c.values)});let r=p("tbody"),m=p("div",{class:"nw-grid-multi"});for(let c of s){let f=x=>i.get(`${c.name}\0${x}`)||{steps:[],values:[]},b=f("nan"),u=f("inf"),d=f("max_abs"),S=f("std"),_=f("mean"),v=f("scale_spread"),N=0,C=0,k=null,L=!1;b.values.forEach((x,j)=>{(x>0||Number.isNaN(x))&&(x>0?N+=x:L=!0,(k===null||b.steps[j]<k)&&(k=b.steps[j]))}),u.values.forEach((x,j)=>{x>0&&(C+=x,(k===null||u.steps[j]<k)&&(k=u.steps[j]))});let A=null,R=null,$=null;d.values.forEach((x,j)=>{Number.isFinite(x)&&(A===null||x>A)&&(A=x);let z=S.values[j],W=_.values[j];if(Number.isFinite(x)&&Number.isFinite(z)&&z>0){let Y=(x-Math.abs(Number.isFinite(W)?W:0))/z;(R===null||Y>R)&&(R=Y,$=d.steps[j])}});let I=null;for(let x of v.values)Number.isFinite(x)&&(I===null||x>I)&&(I=x);let K=N+C>0||L,M=x=>L?`${x?`${rt(x)} + `:""}?`:rt(x);r.appendChild(p("tr",{class:K?"nw-bad-row":""},p("td",{class:"nw-mono",text:c.name}),p("td",{class:N||L?"nw-nan-text":"",text:M(N),title:L?"some counts unknown":null}),p("td",{class:C||L?"nw-inf-text":"",text:M(C),title:L?"some counts unknown":null}),p("td",{text:k===null?"–":String(k)}),p("td",{text:rt(A)}),p("td",{class:R!==null&&R>10?"nw-warn-text":"",text:R===null?"–":`${rt(R,3)} σ @ ${$}`}),p("td",{class:I!==null&&I>100?"nw-warn-text":"",text:rt(I)})));let E=p("div",{class:"nw-mini"});m.appendChild(p("div",{class:"nw-mini-wrap"},p("div",{class:"nw-mini-title",text:`${c.name}: max |x|`}),E)),e.defer(()=>e.charts.push(new Xe(E,{series:[{label:"max |x|",steps:d.steps,values:d.values}],log:!0,compact:!0,height:120,range:e.range,onset:e.onset,onsetText:e.onsetText,windowStart:e.windowStart,syncKey:"nw",selStep:e.selStep(),onStep:x=>e.jump({step:x}),onRange:(x,j)=>e.zoom(x,j),onReset:()=>e.zoom(null,null)})))}t.append(p("div",{class:"nw-scroll-x"},p("table",{class:"nw-table nw-inputs"},p("thead",null,p("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(c=>p("th",{text:c})))),r)),p("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),m)}function xu(e){let t=new Map;for(let n of e){if(!n.layer)continue;t.has(n.layer)||t.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let s=t.get(n.layer);n.kind==="activation"||n.kind==="output"?s.act=s.act||n:n.kind==="preactivation"?s.pre=n:n.kind==="gradient"?s.grads.push(n):n.kind==="weight"&&s.weights.push(n)}return[...t.values()]}var Mr=(e,t)=>e.startsWith(t+"/")?e.slice(t.length+1):e,Vs=class{constructor(t,n){if(this.ctx=t,this.groups=xu(t.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(p("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let s=p("div",{class:"nw-layers"});for(let l of this.groups){let i=p("div",{class:"nw-layer-body"},p("div",{class:"nw-muted nw-small",text:"…"})),r=p("div",{class:"nw-layer",dataset:{layer:l.layer}},p("div",{class:"nw-layer-head"},p("span",{class:"nw-layer-name",text:l.layer}),l.act&&l.act.activation?p("span",{class:"nw-chip",text:String(l.act.activation)}):null),i);r.addEventListener("click",m=>{m.target.closest(".u-over")||t.jump({layer:l.layer})}),this.cards.set(l.layer,{card:r,body:i,group:l,charts:[],visible:!1}),s.appendChild(r)}if(n.appendChild(s),window.IntersectionObserver){this.io=new IntersectionObserver(l=>{for(let i of l)i.isIntersecting&&this._want(i.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(l=>{for(let i of l){let r=this.cards.get(i.target.dataset.layer);if(r){r.visible=i.isIntersecting;for(let m of r.charts)m.setSynced(i.isIntersecting)}}});for(let{card:l}of this.cards.values())this.io.observe(l),this.vis.observe(l)}else for(let l of this.groups)this._want(l.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(t){for(let[n,{card:s}]of this.cards){let l=s.querySelector(".nw-layer-bad");l&&l.remove();let i=t[n];s.classList.toggle("nw-layer-hasbad",!!i),i&&s.querySelector(".nw-layer-head").appendChild(p("span",{class:"nw-chip nw-layer-bad",text:`${i[1]} from step ${i[0]}`}))}}highlight(t,n){for(let[l,{card:i}]of this.cards)i.classList.toggle("nw-sel",l===t);let s=this.cards.get(t);s&&n&&(s.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(t))}_want(t){this.loaded.has(t)||!this.cards.has(t)||(this.loaded.add(t),this.queue.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let t=[...this.queue];this.queue.clear();for(let n=0;n<t.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(t.slice(n,n+16))}}async _load(t){if(!t.length)return;let n=this.ctx,s=t.map(u=>this.cards.get(u).group),l=s.filter(u=>u.act).map(u=>u.act.name),i=s.flatMap(u=>[...u.grads,...u.weights].map(d=>d.name)),r=s.flatMap(u=>u.weights.map(d=>d.name)),m={run:n.run,start:n.range[0],end:n.range[1],points:300},c=[];l.length&&c.push(Zt("series",{...m,tensor:l,stat:["min","max","mean"]},n.signal)),i.length&&c.push(Zt("series",{...m,tensor:i,stat:["trace"]},n.signal)),r.length&&c.push(Zt("series",{...m,tensor:r,stat:["update_ratio"]},n.signal));let f;try{f=await Promise.all(c)}catch(u){if(n.signal.aborted)return;for(let d of t){let{body:S}=this.cards.get(d);S.textContent=`Could not load: ${u.message}`}return}if(n.signal.aborted)return;let b=new Map;for(let u of f)for(let d of u.series||[])b.set(`${d.tensor}\0${d.stat}`,{steps:d.steps,values:Be(d.values)});for(let u of t){if(n.signal.aborted)return;let d=this.cards.get(u);this._draw(d,b);for(let S of d.charts)S.setSynced(d.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(t,n){let{body:s,group:l}=t,i=this.ctx;s.textContent="";let r=(f,b)=>n.get(`${f}\0${b}`),m=[];if(l.act){let f=r(l.act.name,"min"),b=r(l.act.name,"max"),u=r(l.act.name,"mean");f&&b&&m.push(["activation range",[{label:"max",steps:b.steps,values:b.values,band:"hi"},{label:"min",steps:f.steps,values:f.values,band:"lo"},...u?[{label:"mean",steps:u.steps,values:u.values,dash:[3,3]}]:[]],!1])}let c=f=>f.map(b=>({label:Mr(b.name,l.layer),...r(b.name,"trace")||{steps:[],values:[]}}));if(l.grads.length&&m.push(["gradient norm",c(l.grads),!0]),l.weights.length&&m.push(["weight norm",c(l.weights),!0]),l.weights.length&&m.push(["update ratio",l.weights.map(f=>({label:Mr(f.name,l.layer),...r(f.name,"update_ratio")||{steps:[],values:[]}})),!0]),!m.length){s.appendChild(p("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[f,b,u]of m){for(let _ of b)_.steps.length&&_.values.every(v=>v===null)&&(_.label=`${_.label} (not measured)`);let d=p("div",{class:"nw-mini",dataset:{panel:f}});if(s.appendChild(p("div",{class:"nw-mini-wrap"},p("div",{class:"nw-mini-title",text:f}),d)),b.every(_=>!_.steps.length)){d.appendChild(p("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new Xe(d,{series:b,log:u,compact:!0,height:110,range:i.range,onset:i.onset,onsetText:i.onsetText,windowStart:i.windowStart,syncKey:"nw",selStep:i.selStep(),onStep:_=>i.jump({step:_,layer:l.layer}),onRange:(_,v)=>i.zoom(_,v),onReset:()=>i.zoom(null,null)});i.charts.push(S),t.charts.push(S)}}};var eo=8,oe=e=>e==null?"":String(e),Hs=e=>Array.isArray(e)?e:[],un=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:null,Bs=e=>{let t=Se(e);return t===null?"–":rt(t)},Nr=e=>typeof e=="number"&&Number.isFinite(e)?String(Number(e.toPrecision(4))):oe(e);function yu(e){return Array.isArray(e)?`(${e.map(t=>t===null?"None":String(t)).join(", ")}${e.length===1?",":""})`:e==null?"–":String(e)}function vu(e){let t=[oe(e.name)||oe(e.class)||"?"];return e.class&&e.name&&String(e.class)!=="function"&&String(e.class)!==String(e.name)&&t.push(` [${e.class}]`),e.from_logits&&t.push(" (from_logits=True)"),e.output&&t.push(` on output ${e.output}`),t.join("")}function ku(e){let t=Object.entries(e).filter(([s])=>s!=="class"&&s!=="learning_rate").map(([s,l])=>`${s}=${Nr(l)}`),n=e.learning_rate!=null?[`learning_rate=${Nr(e.learning_rate)}`]:[];return`${oe(e.class)||"?"}(${[...n,...t].join(", ")})`}function Su(e){let t=[];return(e.epochs!=null||e.steps_per_epoch!=null)&&t.push(`${oe(e.epochs??"?")} epochs × ${oe(e.steps_per_epoch??"?")} steps`),e.batch_size!=null&&t.push(`batch size ${e.batch_size}`),t.join(", ")}function Tr(e){let t=e.trim()===""?NaN:Number(e);return!Number.isFinite(t)||Number.isInteger(t)&&e.length<=12?e:rt(t)}function _u(e){let t=Object.entries(e);return t.length>0&&t.every(([l])=>l.trim()!==""&&Number.isFinite(Number(l)))&&t.some(([l])=>!Number.isInteger(Number(l)))?`continuous: ${Ge(t.length,"distinct value")} in the sampled rows`:t.slice(0,eo).map(([l,i])=>{let r=Se(i);return r===null?Tr(l):`${Tr(l)} (${rt(100*r,3)}%)`}).join(", ")+(t.length>eo?`, … ${t.length-eo} more`:"")}function Mu(e,t,n){let s=new Set((n.rows||[]).map(i=>i.layer).filter(Boolean)),l=p("tbody");return e.forEach((i,r)=>{let m=oe(i.name),c=t.has(m),f=s.has(m)?p("span",{class:"nw-linkbtn nw-model-layer-name",role:"button",tabindex:"0",title:`Show layer ${m}`,text:m,onclick:()=>n.jump({layer:m}),onkeydown:b=>(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),n.jump({layer:m}))}):p("span",{class:"nw-model-layer-name",text:m});l.appendChild(p("tr",{class:c?"nw-model-layer nw-out-layer":"nw-model-layer",dataset:{layer:m}},p("td",{class:"nw-num nw-muted",text:String(r+1)}),p("td",{class:"nw-mono"},f,c?p("span",{class:"nw-chip nw-out-chip",text:"output"}):null),p("td",{text:oe(i.class)||"–"}),p("td",{class:"nw-model-act",text:oe(i.activation)||"–"}),p("td",{class:"nw-num",text:i.units!=null?oe(i.units):"–"}),p("td",{class:"nw-mono",text:yu(i.output_shape)}),p("td",{class:"nw-num",text:i.params!=null?oe(i.params):"–"})))}),p("div",{class:"nw-model-layers nw-scroll-x"},p("table",{class:"nw-table nw-model-layer-table"},p("thead",null,p("tr",null,["#","Layer","Class","Activation","Units","Output shape","Params"].map(i=>p("th",{text:i})))),l))}function Nu(e){let t=p("tbody");for(let[n,s]of Object.entries(e)){let l=un(s)||{},i=un(l.values),r=Se(l.nonfinite),m=l.min==null&&l.max==null?"–":`[${Bs(l.min)}, ${Bs(l.max)}]`,c=[oe(l.dtype)||"float",l.features!=null?` × ${l.features}`:""].join("");t.appendChild(p("tr",{class:"nw-model-data-row",dataset:{name:n}},p("td",{class:"nw-mono",text:n}),p("td",{class:"nw-mono",text:c}),p("td",{class:"nw-model-range",text:m}),p("td",{text:l.mean==null?"–":`${Bs(l.mean)} ± ${Bs(l.std)}`}),p("td",{class:"nw-model-values",text:i?_u(i):l.integer?"whole numbers":"–"}),p("td",{class:r?"nw-nan-text":"",text:r===null?"–":rt(r)})))}return p("div",{class:"nw-scroll-x"},p("table",{class:"nw-table nw-model-data"},p("thead",null,p("tr",null,["Tensor","dtype × features","Range","Mean ± std","Values seen (share)","NaN/Inf"].map(n=>p("th",{text:n})))),t))}function Cr(e,t){let n=un(e);if(!n)return null;let s=Hs(n.layers).filter(v=>un(v)),l=new Set(Hs(n.outputs).map(oe)),i=Hs(n.losses).filter(v=>un(v)),r=un(n.optimizer),m=un(n.fit)||{},c=un(n.data)||{},f=Hs(n.lines).map(oe),b=[],u=(v,...N)=>b.push(p("dt",{text:v}),p("dd",{class:`nw-fact-${v.toLowerCase().replace(/[^a-z]+/g,"-")}`},...N));l.size&&u("Output",[...l].map((v,N)=>[N?", ":"",p("code",{class:"nw-model-output",text:v})])),i.length&&u("Loss",i.map((v,N)=>[N?"; ":"",p("code",{class:"nw-model-loss",text:vu(v)})])),r&&u("Optimizer",p("code",{class:"nw-model-optimizer",text:ku(r)}));let d=Su(m);d&&u("Fit",d),n.dtype_policy!=null&&u("dtype policy",p("code",{text:oe(n.dtype_policy)}));let S=p("section",{class:"nw-card nw-model-card"},p("h2",{text:"Model"})),_=Object.keys(c).length>0;return!s.length&&!b.length&&!_?(f.length?S.appendChild(p("ul",{class:"nw-model-lines"},f.map(v=>p("li",{class:"nw-mono",text:v})))):S.appendChild(p("p",{class:"nw-muted",text:"No model facts were logged."})),S):(S.append(p("div",{class:"nw-model-grid"},s.length?Mu(s,l,t):p("p",{class:"nw-muted",text:"No layers were logged."}),b.length?p("dl",{class:"nw-facts"},b):null)),_&&S.append(p("h3",{class:"nw-model-sub",text:"Data seen (sampled rows of logged steps)"}),Nu(c)),f.length&&S.append(p("details",{class:"nw-model-text"},p("summary",{text:"As text"}),p("pre",null,p("code",{text:f.join(`
`)})))),S)}var $r=20,Tu=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],fs=class{constructor(t,n){this.app=t,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){zs(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(t){let n=this.app,s=n.state,l=s.run,i=performance.now(),r=Zt("diagnosis",{run:l},t);r.catch(()=>null);let m=await Zt("tensors",{run:l},t),c=(m.rows||[]).length,f=(m.rows||[]).some(D=>D.kind==="weight")&&!(m.rows||[]).some(D=>D.kind==="activation");this.hmKind===null&&(this.hmKind=f?"weight":c>150?"activation":"");let b=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),u=Zt("heatmap",{run:l,start:s.start??null,end:s.end??null,buckets:Math.floor(b),kind:this.hmKind||null},t).catch(D=>D),d=await r,S=m.rows||[],_=d.foreign&&typeof d.foreign=="object"?d.foreign:null,v=_&&_.unit==="epoch"?"epoch":"step",N=Number(d.steps)||0,C=d.onset&&d.onset.step!=null?Number(d.onset.step):null,k=[0,Math.max(1,N-1)],L=[s.start??k[0],s.end??k[1]];L[1]>L[0]||(L=k);let A=this,R=[],$={run:l,rows:S,range:L,full:k,onset:C,onsetText:no(d)?"diverging":"onset",windowStart:C==null||_?null:C-$r,charts:this.charts,signal:t,defer:D=>R.push(D),selStep:()=>n.state.step??null,jump:D=>A.jump(D),zoom:(D,gt)=>A.zoom(D,gt)};this.ctx=$;let I=p("select",{class:"nw-select",title:"Run"});for(let D of n.runs||[{run:l}]){let gt=p("option",{value:D.run,text:D.run});D.run===l&&(gt.selected=!0),I.appendChild(gt)}[...I.options].some(D=>D.value===l)||I.appendChild(p("option",{value:l,text:l,selected:!0})),I.addEventListener("change",()=>n.setState({run:I.value,layer:null,step:null,start:null,end:null}));let K=p("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:D=>{D.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),M=d.onset?p("span",{class:"nw-onset-summary"},no(d)?`diverging from ${v} `:d.status==="nonfinite"||d.onset.kind==="nonfinite"?`non-finite from ${v} `:`onset at ${v} `,p("b",{class:"nw-onset-step",text:String(d.onset.step)}),d.onset.phase?` in the ${d.onset.phase} phase`:"",d.onset.tensor?p("span",null,", tensor ",p("code",{text:String(d.onset.tensor)})):"",d.onset.layer?p("span",null," (layer ",p("code",{text:String(d.onset.layer)}),")"):""):p("span",{class:"nw-muted",text:d.status==="nonfinite"?"":"no NaN/Inf logged"}),E=C!=null?p("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let D=Math.max(25,Math.round(N*.03));this.zoom(Math.max(k[0],C-D),Math.min(k[1],C+Math.max(10,Math.round(D/3))))}}):null,x=L[0]!==k[0]||L[1]!==k[1],j=p("button",{class:"nw-btn",text:"Full range",disabled:x?null:!0,onclick:()=>this.zoom(null,null)}),z=p("div",{class:"nw-head"},K,I,Ql(d.status),_?Xl(_):null,M,p("span",{class:"nw-spacer"}),p("span",{class:"nw-muted nw-small nw-range",text:`${v}s ${L[0]}–${L[1]} of ${N}`}),E,j),W=$u(d),Y=Array.isArray(d.rule_errors)?d.rule_errors.filter(D=>D&&typeof D=="object"):[],et=new Set(Y.map(D=>`rule ${D.id} failed: ${D.error}`)),F=/^the watch stopped at step \d+/,yt=Array.isArray(d.events)&&d.events.some(D=>D&&D.kind==="stop")||!!d.stopped,st=(Array.isArray(d.notes)?d.notes:[]).map(String).filter(D=>!et.has(D)&&!(yt&&F.test(D))),J=d.status==="stalled"||d.status==="impaired",nt=W&&W.loss>0&&S.some(D=>D.name==="loss"),tt=J?Lu(d.status,st,W,nt,d.status_reason):null,V=p("div",{class:"nw-notices"});d.sampled&&V.appendChild(p("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));let ut=Eu(d),Tt=d.stopped&&typeof d.stopped=="object"&&Number.isFinite(Number(d.stopped.step))?d.stopped:null;Tt&&!ut.some(D=>D.kind==="stop")&&ut.push({kind:"stop",...Tt});for(let D of zu(ut))V.appendChild(D);let wt=Ou(d);wt&&V.appendChild(wt);let it=Iu(d.summarised);it.length&&V.appendChild(p("div",{class:"nw-notice nw-info nw-summarised",text:`Summarised: ${it.map(([D,gt])=>`steps ${D}–${gt}`).join(", ")} ${it.length===1?"is":"are"} kept as one summary per ${it[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.`}));for(let D of[...d.problems||[],...J?[]:st].map(String).filter((gt,Dt,fn)=>fn.indexOf(gt)===Dt))V.appendChild(p("div",{class:"nw-notice",text:String(D)}));let At=d.origin,Qt=d.onset||{};At&&At.how&&(At.tensor!==Qt.tensor||At.step!==Qt.step)&&V.appendChild(p("div",{class:"nw-notice nw-info nw-origin-note",text:`Origin: ${[At.tensor??At.layer,At.step!=null?`at ${v} ${At.step}`:null].filter(D=>D!=null).join(" ")||"unknown"} (${At.how})`}));let vt=br(d,S,D=>this.jump(D),Y),ae=Cr(d.model,$),ce=p("section",{class:"nw-card nw-timeline-card"},p("h2",{text:_?_.series&&_.series.validation_loss?"Loss and validation loss":"Loss":"Loss and global gradient norm"})),Gt=p("div",{class:"nw-timeline",dataset:{onsetStep:C==null?"":String(C)}}),Te=p("span",{class:"nw-nan-note"}),tn=p("div",{class:"nw-muted nw-small nw-tl-caption"},"Log scale.",C!=null?` Red line: ${no(d)?"where the run-away began":"the first NaN/Inf"}${_?"":`; shaded: the ${$r} steps before it`}.`:"",Ru(ut),nt?" Grey dashed line: the loss a constant predictor reaches on this run's targets.":"",Te," Drag to zoom, double-click to reset, click to select a step.");ce.append(Gt,tn);let Re=p("section",{class:"nw-card nw-heatmap-card"}),De=p("select",{class:"nw-select nw-hm-kind"});for(let[D,gt]of Tu){if(D&&!S.some(fn=>fn.kind===D))continue;let Dt=p("option",{value:D,text:gt});D===this.hmKind&&(Dt.selected=!0),De.appendChild(Dt)}let en=p("div",{class:"nw-heatmap"});De.addEventListener("change",()=>{this.hmKind=De.value,this._loadHeatmap(en,t)}),Re.append(p("div",{class:"nw-card-head"},p("h2",{text:_?`Weights by layer and ${v} (from the weight histograms)`:"Magnitude by tensor and step"}),De),en,p("div",{class:"nw-muted nw-small",text:_?`Colour: log10 of the largest |w| in each logged histogram (TensorBoard keeps bucket edges and counts only; a histogram of NaN weights has NaN edges: marked NaN). Between histograms the last one stands. Click a cell to jump to that layer and ${v}.`:"Colour: log10 of the largest |x| per step bucket (between statistics steps: the trace L2 norm, scaled by the row's usual L2 to max |x| ratio). Click a cell to jump to that layer and step."}));let ue=_?null:p("section",{class:"nw-card nw-inputs-card"},p("h2",{text:"Inputs and targets"})),Ft=_?Cu(_,v):null,be=_&&_.series&&_.series.learning_rate?_.series.learning_rate:null,te=be?p("section",{class:"nw-card nw-lr-card"},p("h2",{text:"Learning rate"})):null,Ce=te?p("div",{class:"nw-lr-chart"}):null;te&&te.appendChild(Ce);let Q=p("section",{class:"nw-card nw-layers-card"},p("h2",{text:"Per layer"}));Ne(this.root);let B=p("div",{class:"nw-top"},vt,ce),ht=J?[z,tt,V,B,Ft,ae,te,Re,ue,Q]:[z,V,B,Ft,te,Re,ae,ue,Q];this.root.append(...ht.filter(Boolean));let Lt=Math.max(300,Gt.clientWidth||800),Ke=["loss","global_grad_norm"].filter(D=>S.some(gt=>gt.name===D)),Ye=Ke.length?Zt("series",{run:l,tensor:Ke,stat:"trace",start:L[0],end:L[1],points:Math.min(4e3,2*Lt)},t):Promise.resolve({series:[]}),xe=this._loadHeatmap(en,t,u),qe=ue?_r($,ue,t).catch(D=>{t.aborted||ue.appendChild(p("div",{class:"nw-error",text:String(D.message||D)}))}):Promise.resolve(),Kt=await Ye;if(t.aborted)return;let ie={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},Et=(Kt.series||[]).map(D=>({label:D.tensor==="global_grad_norm"?"global grad norm":D.tensor,steps:D.steps,values:Be(D.values),scale:D.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(D.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||ie[D.tensor],width:1.5})),Yt=(Kt.series||[]).find(D=>D.tensor==="loss"&&Array.isArray(D.hi)&&D.hi.some(gt=>gt!=null));if(Yt){let D=Et.find(gt=>gt.scale==="loss").color;Et.push({label:"loss, block max",steps:Yt.steps,values:Be(Yt.hi),scale:"loss",color:D,width:.5,band:"hi"},{label:"loss, block min",steps:Yt.steps,values:Be(Yt.lo),scale:"loss",color:D,width:.5,band:"lo"})}let Oe=_&&_.series&&_.series.validation_loss;Oe&&Array.isArray(Oe.steps)&&Array.isArray(Oe.values)&&Oe.steps.length&&Et.push({label:"validation loss",steps:Oe.steps.map(Number),values:Be(Oe.values),scale:"loss",color:getComputedStyle(document.documentElement).getPropertyValue("--nw-val").trim()||"#8e24aa",width:1.5,dash:[5,3]});let Sn=Et.some(D=>D.scale==="loss");if(Et.length?(this.timeline=new Xe(Gt,{series:Et,hlines:W&&Sn?[{value:W.loss,scale:"loss",label:"constant predictor",text:Au(W),short:`constant predictor: ${rt(W.loss)}`,color:getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim()||void 0}]:[],log:!0,height:260,range:L,onset:C,onsetText:$.onsetText,marks:Du(ut),windowStart:$.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:D=>this.jump({step:D}),onRange:(D,gt)=>this.zoom(D,gt),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline),this.timeline.bad.length&&(Te.textContent=" Triangles at the top: NaN/Inf values.")):Gt.appendChild(p("p",{class:"nw-muted",text:"No loss or gradient norm logged."})),Ce&&Array.isArray(be.steps)&&be.steps.length){let D=new Xe(Ce,{series:[{label:"learning rate",steps:be.steps.map(Number),values:Be(be.values),scale:"lr",width:1.5}],log:!0,height:140,range:L,onset:C,onsetText:$.onsetText,syncKey:"nw",selStep:n.state.step??null,onStep:gt=>this.jump({step:gt}),onRange:(gt,Dt)=>this.zoom(gt,Dt),onReset:()=>this.zoom(null,null)});this.charts.push(D)}let Ie=(Kt.series||[]).find(D=>D.returned<D.logged);if(Ie&&ce.appendChild(p("div",{class:"nw-muted nw-small",text:`Showing ${Ie.returned} of ${Ie.logged} steps (each bucket's min and max, every step near the onset).`})),await xe,!t.aborted){this.grid=new Vs($,Q),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await qe;for(let D of R)D();t.aborted||(this.applySelection(!1),n.timing("run",performance.now()-i),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(t,n,s){let l=this.ctx,i=Math.max(200,(t.clientWidth||800)-170);try{let r=s?await s:null;if(r instanceof Error)throw r;if(r||(r=await Zt("heatmap",{run:l.run,start:l.range[0],end:l.range[1],buckets:Math.min(1e3,Math.floor(i)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Ws(t,r,{onset:l.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:m=>this.jump({layer:m.layer,step:m.step,tensor:m.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(r){n.aborted||(Ne(t),t.appendChild(p("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(t,n){this.app.setState({start:t==null?null:Math.round(t),end:n==null?null:Math.round(n)})}jump(t){let n=this.app,s={};t.layer!==void 0&&t.layer!==null&&(s.layer=t.layer),t.step!==void 0&&t.step!==null&&(s.step=Math.round(t.step));let l=this.ctx?this.ctx.range:null;if(s.step!=null&&l&&(s.step<l[0]||s.step>l[1])){let i=Math.max(25,Math.round((l[1]-l[0])/4));s.start=Math.max(this.ctx.full[0],s.step-i),s.end=Math.min(this.ctx.full[1],s.step+i)}n.setState(s)}applySelection(t=!0){let n=this.app.state;for(let l of this.charts)l.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let l=this.heatmap.el.querySelectorAll(".nw-hm-label"),i=this.heatmap.data.layers||[];l.forEach((r,m)=>r.classList.toggle("nw-sel",n.layer!=null&&i[m]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,t);let s=this.root.querySelector(".nw-selection");if(s&&s.remove(),n.layer!=null||n.step!=null){let l=this.root.querySelector(".nw-head");l&&l.after(p("div",{class:"nw-selection"},"Selected: ",n.layer!=null?p("span",null,"layer ",p("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?p("span",null,"step ",p("b",{class:"nw-sel-step",text:String(n.step)})):null,p("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};function Cu(e,t){let n=(Array.isArray(e.cannot_tell)?e.cannot_tell:[]).map(String),s=typeof e.add_watch=="string"?e.add_watch:"",l=s?p("button",{class:"nw-btn nw-copy",text:"Copy",title:"Copy the code"}):null;l&&l.addEventListener("click",()=>Zl(s,l));let i=e.members&&typeof e.members=="object"?Object.values(e.members).map(String):[];return p("section",{class:"nw-card nw-foreign-card"},p("h2",{text:"What these logs can tell"}),p("p",{class:"nw-foreign-source"},`${String(e.label??"TensorBoard logs")}: written by ${String(e.writer_text??"another writer")}, not by NanWatch`,i.length>1?` (the runs ${i.join(" and ")}, read as one)`:"",e.loss_tag?[". The loss is ",p("code",{text:String(e.loss_tag)})]:"",t==="epoch"?", one point per epoch.":"."),n.length?p("div",{class:"nw-foreign-head",text:"Not in these logs:"}):null,n.length?p("ul",{class:"nw-cannot"},n.map(r=>p("li",null,Is(r)))):null,s?p("div",{class:"nw-fix nw-add-watch"},p("div",{class:"nw-fix-head"},p("span",{text:"For more"}),l),e.add_watch_line?p("p",{class:"nw-fix-text"},Is(String(e.add_watch_line))):null,p("pre",{class:"nw-fix-code"},p("code",{text:s}))):null)}function no(e){let t=e.onset&&e.onset.kind;return t?t==="runaway":e.status==="diverging"}function $u(e){let t=e.baseline;if(!t||typeof t!="object")return null;let n=Se(t.loss);return n===null||!Number.isFinite(n)?null:{loss:n,what:t.what!=null?String(t.what):"",lossName:t.loss_name!=null?String(t.loss_name):""}}function Au(e){return`constant predictor: ${rt(e.loss)}${e.what?` (${e.what})`:""}`}var Ar={cannot_fit:"the model as set up cannot fit the task, whatever its loss does.",no_progress:"the loss is not making real progress.",too_slow:"the loss was still on its way, far from a fit, when training stopped: it learns too slowly.",unsettled:"the loss stopped improving while the weights still jump by large steps: training does not settle.",bad_start:"the run learns, but it began confidently wrong: what made that start holds it back."};function Lu(e,t,n,s,l){let i=e==="impaired";return p("div",{class:`nw-status-box nw-status-${i?"impaired":"stalled"}`},p("div",{class:"nw-status-head"},p("b",{text:i?"Impaired: ":"Stalled: "}),Object.prototype.hasOwnProperty.call(Ar,l)?Ar[l]:"the model learns little or nothing useful.",t.length?" The evidence:":""),t.length?p("ul",{class:"nw-status-notes"},t.map(r=>p("li",{class:"nw-status-note",text:r}))):null,n?p("div",{class:"nw-status-baseline"},"Constant predictor",n.what?` (${n.what})`:"",": ",n.lossName?p("code",{text:n.lossName}):"loss"," ",p("b",{class:"nw-baseline-value",text:rt(n.loss)}),s?", the dashed line on the loss chart.":"."):null)}function Eu(e){return(Array.isArray(e.events)?e.events:[]).filter(t=>t&&typeof t=="object"&&Number.isFinite(Number(t.step)))}function Pu(e){return e.slice(0,10).map(t=>String(Number(t.step))).join(", ")+(e.length>10?` and ${e.length-10} more`:"")}function Lr(e){let t=Array.isArray(e.preceded_by)?e.preceded_by.map(String):[];return t.length?` Before it: ${t.join("; ")}.`:""}var Us=5;function zu(e){let t=[];for(let r of e.filter(m=>m.kind==="stop"))t.push(p("div",{class:"nw-notice nw-info nw-stop",dataset:{reason:String(r.reason??"")},text:Fs(r)}));let n=e.filter(r=>r.kind==="skip");if(n.length){let r=n.reduce((m,c)=>m+(Number(c.steps)||1),0);t.push(p("div",{class:"nw-notice nw-info nw-skips",text:`Skipped: ${Ge(r,"update")} with non-finite gradients or loss ${r===1?"was":"were"} not applied, at step${n.length===1?"":"s"} ${Pu(n)}.`}))}let s=e.filter(r=>r.kind==="spike"),l=e.filter(r=>r.kind==="rollback");for(let r of s.slice(0,Us))t.push(p("div",{class:"nw-notice nw-info nw-spike",text:`Loss spike at step ${Number(r.step)}: ${rt(Se(r.loss))}, ${rt(Se(r.factor),3)} times its median ${rt(Se(r.median))} over the steps before.${Lr(r)}`}));for(let r of l.slice(0,Us)){let m=Number(r.lr_steps)||0,c=r.lr!=null?` The learning rate was set to ${rt(Se(r.lr))} for ${Ge(m,"step")}.`:"",f=Number(r.skipped_batches),b=Number.isFinite(f)?`${Ge(f,"batch","batches")} ${f===1?"was":"were"} dropped`:"the batches since were dropped",u=r.at!=null?` at step ${Number(r.at)}`:"",d=r.restored!=null?`the snapshot of step ${Number(r.restored)}`:"the last snapshot";t.push(p("div",{class:"nw-notice nw-info nw-rollback",text:`Rollback at step ${Number(r.step)}: ${r.cause==="spike"?"a loss spike":"non-finite gradients or loss"}${u}; the weights and optimizer state went back to ${d} and ${b}.${c}${Lr(r)}`}))}let i=Math.max(0,s.length-Us)+Math.max(0,l.length-Us);return i>0&&t.push(p("div",{class:"nw-notice nw-muted",text:`…and ${i} more spikes or rollbacks (the CLI report lists them).`})),t}function Ru(e){let t=new Set(e.map(s=>s.kind)),n=[];return t.has("spike")&&n.push("orange dashed line: a loss spike"),t.has("rollback")&&n.push("purple line: a rollback (shaded: the batches it dropped)"),t.has("skip")&&n.push("grey ticks at the foot: skipped updates"),t.has("stop")&&n.push("dark line: where the watch stopped the training"),n.length?` ${n.join("; ").replace(/^./,s=>s.toUpperCase())}.`:""}function Du(e){return e.filter(t=>t.kind==="skip"||t.kind==="spike"||t.kind==="rollback"||t.kind==="stop").slice(0,2e3).map(t=>({kind:t.kind,step:Number(t.step),from:t.kind==="rollback"&&Number.isFinite(Number(t.restored))?Number(t.restored):null,title:t.kind==="spike"?`loss spike at step ${Number(t.step)}: ${rt(Se(t.factor),3)} times its median`:t.kind==="rollback"?`rollback at step ${Number(t.step)} to the snapshot of step ${t.restored}`:t.kind==="stop"?Fs(t):`update skipped at step ${Number(t.step)}`}))}function Ou(e){let t=e.onset||{},n=t.op&&typeof t.op=="object"?t.op:null,s=t.batch&&typeof t.batch=="object"?t.batch:null;if(!n&&!s)return null;let l=p("div",{class:"nw-notice nw-info nw-forensics"});if(n&&n.found&&e.op?l.appendChild(p("div",{class:"nw-op",dataset:{type:String(n.type)}},p("b",{text:"Op: "}),String(e.op))):n&&n.why&&l.appendChild(p("div",{class:"nw-op"},p("b",{text:"Op: "}),`not named: ${String(n.why)}`)),s&&s.file){let i=s.arrays&&typeof s.arrays=="object"?s.arrays:{},r=Object.entries(i).filter(([,m])=>m&&Number(m.nonfinite_row_count)>0).map(([m,c])=>{let f=(Array.isArray(c.nonfinite_rows)?c.nonfinite_rows:[]).map(Number),b=Number(c.nonfinite_row_count),u=b>f.length?`, … (${b} in all)`:"";return[`${b===1?"row":"rows"} ${f.join(", ")}${u} of `,p("code",{text:m})]});l.appendChild(p("div",{class:"nw-batch"},p("b",{text:"Batch: "}),`the batch of ${s.step!=null?`step ${s.step}`:"the onset"} is saved next to the run's event file: `,p("code",{class:"nw-batch-load",text:`numpy.load("${String(s.file)}")`}),Object.keys(i).length?[` (${Object.keys(i).length===1?"array":"arrays"} `,Object.keys(i).map((m,c)=>[c?", ":"",p("code",{text:m})]),"). "]:". ",r.length?["Holding NaN/Inf: ",r.map((m,c)=>[c?"; ":"",m]),"."]:"None of its rows holds a NaN/Inf.",s.rows!=null?` ${Ge(Number(s.rows),"row")}${s.batch_rows!=null?` of its ${Number(s.batch_rows)}`:""} ${Number(s.rows)===1?"was":"were"} saved (size cap); their indices are in "_rows".`:""))}return l}function Iu(e){return Array.isArray(e)?e.filter(t=>Array.isArray(t)&&t.length===3&&t.every(n=>Number.isFinite(Number(n)))).map(t=>t.map(Number)):[]}var Gs=["run","layer","step","start","end"],Fu=new Set(["step","start","end"]);function Ks(e){let t={};for(let n of Gs){let s=e?e[n]:void 0;if(!(s==null||s==="")){if(Fu.has(n)){if(s=Number(s),!Number.isFinite(s))continue;s=Math.round(s)}else s=String(s);t[n]=s}}return t}function so(){let e=new URLSearchParams(window.location.hash.replace(/^#/,"")),t={};for(let n of Gs)e.has(n)&&(t[n]=e.get(n));return Ks(t)}function lo(e){let t=new URLSearchParams;for(let l of Gs){let i=e[l];i==null||i===""||t.set(l,String(i))}let n=t.toString(),s=new URL(window.location.href);s.hash=n,s.href!==window.location.href&&window.history.replaceState(null,"",s.href)}function Er(e,t){return Gs.every(n=>(e[n]??null)===(t[n]??null))}var oo=class{constructor(t){this.root=t,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Rs}async start(){let t=so();if(!Object.keys(t).length){let n=Jl();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(t=Ks(n))}this.state=t,lo(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=so();this._apply(n)}),this._followParentUrl(),fr(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}_followParentUrl(){let t=null;try{window.parent&&window.parent!==window&&window.parent.location.href&&(t=window.parent)}catch{return}if(!t)return;let n=()=>{let s=Jl();if(s===null)return;let l=Ks(s);Er(l,this.state)||this._apply(l,!0)};t.addEventListener("popstate",n),t.addEventListener("hashchange",n)}hrefFor(t){let n=new URLSearchParams;for(let[l,i]of Object.entries(t))i!=null&&i!==""&&n.set(l,String(i));let s=new URL(window.location.href);return s.hash=n.toString(),s.href}setState(t){let n={...this.state,...t};for(let s of Object.keys(n))(n[s]===null||n[s]===void 0||n[s]==="")&&delete n[s];this._apply(n)}_apply(t,n=!1){let s=this.state;this.state=t,lo(t),n||wr(t,s.run!==t.run),s.run!==t.run||s.start!==t.start||s.end!==t.end||!this.view?this.rerender():this.view instanceof fs&&(s.layer!==t.layer||s.step!==t.step)&&this.view.applySelection(!0)}pollRuns(t){clearTimeout(this.pollTimer),this.pollTimer=setTimeout(()=>{this.state.run||this.reload()},t)}timing(t,n){this.timings[t]=n,window.__nanwatch.timings[t]=n}async reload(t=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!t&&this.runsKey)try{let s=(await Zt("runs")).runs||[],l=JSON.stringify(s);if(l===this.runsKey)return;this.runs=s,this.runsKey=l}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let t=new AbortController;this.ctl=t,this.view&&this.view.destroy&&this.view.destroy(),zs(this.root);let n=p("div",{class:"nw-page"}),s=performance.now();document.body.dataset.nwBusy="1";try{let l=()=>(this.runs||[]).some(i=>i.run===this.state.run);if((this.runs===null||!this.state.run||!l())&&(this.state.run?(this.runs=(await Zt("runs",null,t.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},Ne(this.root).appendChild(n),await kr(this,n,t.signal))),this.state.run&&!t.signal.aborted&&!l())this.view={kind:"missing"},Ne(this.root).appendChild(n),ju(this,n);else if(this.state.run&&!t.signal.aborted){let i=new fs(this,n);this.view=i,Ne(this.root).appendChild(n),await i.render(t.signal)}}catch(l){if(t.signal.aborted||l&&l.name==="AbortError")return;Ne(this.root).appendChild(n),Ne(n).append(p("div",{class:"nw-head"},p("h1",{class:"nw-title",text:"NaN Watch"})),p("div",{class:"nw-card nw-error",text:`Could not load: ${l&&l.message?l.message:l}`}),this.state.run?p("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",l)}t.signal.aborted||(this.renders++,this.timing("render",performance.now()-s),document.body.dataset.nwView=this.view&&this.view.kind==="missing"?"missing":this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}};function ju(e,t){let n=e.runs||[];t.append(p("div",{class:"nw-head"},p("h1",{class:"nw-title",text:"NaN Watch"})),p("div",{class:"nw-card nw-missing"},p("p",null,"There is no run named ",p("code",{class:"nw-missing-run",text:e.state.run})," in this logdir",n.length?".":" (it holds no tb_nanwatch run yet)."),p("p",{class:"nw-muted",text:"The link may name a run that was renamed or deleted, or whose logs TensorBoard has not read yet (it appears after the next reload)."}),p("button",{class:"nw-btn",text:"← All runs",onclick:()=>e.setState({run:null,layer:null,step:null,start:null,end:null})})))}var Ys=null;function Kf(){if(Ys)return Ys;window.__nanwatch=window.__nanwatch||{timings:{}};let e=document.createElement("style");e.textContent=Oo+`
`+Io,document.head.appendChild(e);let t=document.createElement("meta");t.name="color-scheme",t.content="light dark",document.head.appendChild(t);let n=p("div",{id:"nw-root"});document.body.appendChild(n);let s=new oo(n);return window.__nanwatch.app=s,window.__nanwatch.syncedCount=hr,Ys=s.start(),Ys}export{Kf as render};
