var bi='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var yi=`:root {
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
  background: var(--nw-stall);
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
`;var Or=new URL("./",import.meta.url),ns=class extends Error{constructor(e,n){super(n),this.status=e}};function Fr(t,e){let n=new URL(t,Or);if(e){for(let[l,s]of Object.entries(e))if(s!=null)if(Array.isArray(s))for(let r of s)n.searchParams.append(l,String(r));else n.searchParams.set(l,String(s))}return n.toString()}async function Ue(t,e,n){let l=await fetch(Fr(t,e),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let r=await l.text();r&&(s=r.slice(0,300))}catch{}throw new ns(l.status,`${t}: ${l.status} ${s}`)}return l.json()}function $r(t){if(t==null)return null;if(typeof t=="number")return t;if(t==="NaN"||t==="nan")return NaN;if(t==="Inf"||t==="Infinity"||t==="inf"||t==="+Inf")return 1/0;if(t==="-Inf"||t==="-Infinity"||t==="-inf")return-1/0;let e=Number(t);return Number.isNaN(e)?null:e}function Cn(t){let e=new Array(t?t.length:0);for(let n=0;n<e.length;n++){let l=t[n];e[n]=typeof l=="number"?l:$r(l)}return e}var Wr="uplot",Vr="u-hz",Hr="u-vt",Br="u-title",jr="u-wrap",Ur="u-under",Gr="u-over",Kr="u-axis",nn="u-off",Yr="u-select",qr="u-cursor-x",Jr="u-cursor-y",Zr="u-cursor-pt",Qr="u-legend",Xr="u-live",ea="u-inline",ta="u-series",na="u-marker",vi="u-label",la="u-value",qn="width",Jn="height";var Si="bottom",Tn="left",ls="right",ys="#000",ki=ys+"0",ss="mousemove",_i="mousedown",is="mouseup",Mi="mouseenter",Ci="mouseleave",Ti="dblclick",sa="resize",ia="scroll",Li="change",wl="dppxchange",vs="--",Dn=typeof window<"u",us=Dn?document:null,En=Dn?window:null,oa=Dn?navigator:null,ue,dl;function fs(){let t=devicePixelRatio;ue!=t&&(ue=t,dl&&ps(Li,dl,fs),dl=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),ln(Li,dl,fs),En.dispatchEvent(new CustomEvent(wl)))}function ot(t,e){if(e!=null){let n=t.classList;!n.contains(e)&&n.add(e)}}function ds(t,e){let n=t.classList;n.contains(e)&&n.remove(e)}function ke(t,e,n){t.style[e]=n+"px"}function vt(t,e,n,l){let s=us.createElement(t);return e!=null&&ot(s,e),n?.insertBefore(s,l),s}function mt(t,e){return vt("div",t,e)}var Ei=new WeakMap;function Pt(t,e,n,l,s){let r="translate("+e+"px,"+n+"px)",a=Ei.get(t);r!=a&&(t.style.transform=r,Ei.set(t,r),e<0||n<0||e>l||n>s?ot(t,nn):ds(t,nn))}var Ni=new WeakMap;function Pi(t,e,n){let l=e+n,s=Ni.get(t);l!=s&&(Ni.set(t,l),t.style.background=e,t.style.borderColor=n)}var Ai=new WeakMap;function Ri(t,e,n,l){let s=e+""+n,r=Ai.get(t);s!=r&&(Ai.set(t,s),t.style.height=n+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-n/2+"px":0)}var Ss={passive:!0},ra={...Ss,capture:!0};function ln(t,e,n,l){e.addEventListener(t,n,l?ra:Ss)}function ps(t,e,n,l){e.removeEventListener(t,n,Ss)}Dn&&fs();function St(t,e,n,l){let s;n=n||0,l=l||e.length-1;let r=l<=2147483647;for(;l-n>1;)s=r?n+l>>1:rt((n+l)/2),e[s]<t?n=s:l=s;return t-e[n]<=e[l]-t?n:l}function ro(t){return(n,l,s)=>{let r=-1,a=-1;for(let d=l;d<=s;d++)if(t(n[d])){r=d;break}for(let d=s;d>=l;d--)if(t(n[d])){a=d;break}return[r,a]}}var ao=t=>t!=null,co=t=>t!=null&&t>0,bl=ro(ao),aa=ro(co);function ca(t,e,n,l=0,s=!1){let r=s?aa:bl,a=s?co:ao;[e,n]=r(t,e,n);let d=t[e],p=t[e];if(e>-1)if(l==1)d=t[e],p=t[n];else if(l==-1)d=t[n],p=t[e];else for(let h=e;h<=n;h++){let x=t[h];a(x)&&(x<d?d=x:x>p&&(p=x))}return[d??me,p??-me]}function yl(t,e,n,l){let s=Ii(t),r=Ii(e);t==e&&(s==-1?(t*=n,e/=n):(t/=n,e*=n));let a=n==10?Dt:uo,d=s==1?rt:wt,p=r==1?wt:rt,h=d(a(De(t))),x=p(a(De(e))),f=Nn(n,h),w=Nn(n,x);return n==10&&(h<0&&(f=we(f,-h)),x<0&&(w=we(w,-x))),l||n==2?(t=f*s,e=w*r):(t=mo(t,f),e=vl(e,w)),[t,e]}function ks(t,e,n,l){let s=yl(t,e,n,l);return t==0&&(s[0]=0),e==0&&(s[1]=0),s}var _s=.1,Di={mode:3,pad:_s},Qn={pad:0,soft:null,mode:0},ua={min:Qn,max:Qn};function gl(t,e,n,l){return Sl(n)?zi(t,e,n):(Qn.pad=n,Qn.soft=l?0:null,Qn.mode=l?3:0,zi(t,e,ua))}function ae(t,e){return t??e}function fa(t,e,n){for(e=ae(e,0),n=ae(n,t.length-1);e<=n;){if(t[e]!=null)return!0;e++}return!1}function zi(t,e,n){let l=n.min,s=n.max,r=ae(l.pad,0),a=ae(s.pad,0),d=ae(l.hard,-me),p=ae(s.hard,me),h=ae(l.soft,me),x=ae(s.soft,-me),f=ae(l.mode,0),w=ae(s.mode,0),S=e-t,T=Dt(S),N=Qe(De(t),De(e)),E=Dt(N),D=De(E-T);(S<1e-24||D>10)&&(S=0,(t==0||e==0)&&(S=1e-24,f==2&&h!=me&&(r=0),w==2&&x!=-me&&(a=0)));let k=S||N||1e3,A=Dt(k),L=Nn(10,rt(A)),_=k*(S==0?t==0?.1:1:r),M=we(mo(t-_,L/10),24),R=t>=h&&(f==1||f==3&&M<=h||f==2&&M>=h)?h:me,O=Qe(d,M<R&&t>=R?R:kt(R,M)),G=k*(S==0?e==0?.1:1:a),I=we(vl(e+G,L/10),24),y=e<=x&&(w==1||w==3&&I>=x||w==2&&I<=x)?x:-me,Y=kt(p,I>y&&e<=y?y:Qe(y,I));return O==Y&&O==0&&(Y=100),[O,Y]}var da=new Intl.NumberFormat(Dn?oa.language:"en-US"),Ms=t=>da.format(t),at=Math,ml=at.PI,De=at.abs,rt=at.floor,Re=at.round,wt=at.ceil,kt=at.min,Qe=at.max,Nn=at.pow,Ii=at.sign,Dt=at.log10,uo=at.log2,pa=(t,e=1)=>at.sinh(t)*e,os=(t,e=1)=>at.asinh(t/e),me=1/0;function Oi(t){return(Dt((t^t>>31)-(t>>31))|0)+1}function hs(t,e,n){return kt(Qe(t,e),n)}function fo(t){return typeof t=="function"}function se(t){return fo(t)?t:()=>t}var ha=()=>{},po=t=>t,ho=(t,e)=>e,ma=t=>null,Fi=t=>!0,$i=(t,e)=>t==e,wa=/\.\d*?(?=9{6,}|0{6,})/gm,sn=t=>{if(go(t)||Ht.has(t))return t;let e=`${t}`,n=e.match(wa);if(n==null)return t;let l=n[0].length-1;if(e.indexOf("e-")!=-1){let[s,r]=e.split("e");return+`${sn(s)}e${r}`}return we(t,l)};function en(t,e){return sn(we(sn(t/e))*e)}function vl(t,e){return sn(wt(sn(t/e))*e)}function mo(t,e){return sn(rt(sn(t/e))*e)}function we(t,e=0){if(go(t))return t;let n=10**e,l=t*n*(1+Number.EPSILON);return Re(l)/n}var Ht=new Map;function wo(t){return((""+t).split(".")[1]||"").length}function el(t,e,n,l){let s=[],r=l.map(wo);for(let a=e;a<n;a++){let d=De(a),p=we(Nn(t,a),d);for(let h=0;h<l.length;h++){let x=t==10?+`${l[h]}e${a}`:l[h]*p,f=(a>=0?0:d)+(a>=r[h]?0:r[h]),w=t==10?x:we(x,f);s.push(w),Ht.set(w,f)}}return s}var Xn={},Cs=[],Pn=[null,null],Vt=Array.isArray,go=Number.isInteger,ga=t=>t===void 0;function Wi(t){return typeof t=="string"}function Sl(t){let e=!1;if(t!=null){let n=t.constructor;e=n==null||n==Object}return e}function xa(t){return t!=null&&typeof t=="object"}var ba=Object.getPrototypeOf(Uint8Array),xo="__proto__";function An(t,e=Sl){let n;if(Vt(t)){let l=t.find(s=>s!=null);if(Vt(l)||e(l)){n=Array(t.length);for(let s=0;s<t.length;s++)n[s]=An(t[s],e)}else n=t.slice()}else if(t instanceof ba)n=t.slice();else if(e(t)){n={};for(let l in t)l!=xo&&(n[l]=An(t[l],e))}else n=t;return n}function Ne(t){let e=arguments;for(let n=1;n<e.length;n++){let l=e[n];for(let s in l)s!=xo&&(Sl(t[s])?Ne(t[s],An(l[s])):t[s]=An(l[s]))}return t}var ya=0,va=1,Sa=2;function ka(t,e,n){for(let l=0,s,r=-1;l<e.length;l++){let a=e[l];if(a>r){for(s=a-1;s>=0&&t[s]==null;)t[s--]=null;for(s=a+1;s<n&&t[s]==null;)t[r=s++]=null}}}function _a(t,e){if(Ta(t)){let a=t[0].slice();for(let d=1;d<t.length;d++)a.push(...t[d].slice(1));return La(a[0])||(a=Ca(a)),a}let n=new Set;for(let a=0;a<t.length;a++){let p=t[a][0],h=p.length;for(let x=0;x<h;x++)n.add(p[x])}let l=[Array.from(n).sort((a,d)=>a-d)],s=l[0].length,r=new Map;for(let a=0;a<s;a++)r.set(l[0][a],a);for(let a=0;a<t.length;a++){let d=t[a],p=d[0];for(let h=1;h<d.length;h++){let x=d[h],f=Array(s).fill(void 0),w=e?e[a][h]:va,S=[];for(let T=0;T<x.length;T++){let N=x[T],E=r.get(p[T]);N===null?w!=ya&&(f[E]=N,w==Sa&&S.push(E)):f[E]=N}ka(f,S,s),l.push(f)}}return l}var Ma=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function Ca(t){let e=t[0],n=e.length,l=Array(n);for(let r=0;r<l.length;r++)l[r]=r;l.sort((r,a)=>e[r]-e[a]);let s=[];for(let r=0;r<t.length;r++){let a=t[r],d=Array(n);for(let p=0;p<n;p++)d[p]=a[l[p]];s.push(d)}return s}function Ta(t){let e=t[0][0],n=e.length;for(let l=1;l<t.length;l++){let s=t[l][0];if(s.length!=n)return!1;if(s!=e){for(let r=0;r<n;r++)if(s[r]!=e[r])return!1}}return!0}function La(t,e=100){let n=t.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&t[l]==null;)l++;for(;s>=l&&t[s]==null;)s--;if(s<=l)return!0;let r=Qe(1,rt((s-l+1)/e));for(let a=t[l],d=l+r;d<=s;d+=r){let p=t[d];if(p!=null){if(p<=a)return!1;a=p}}return!0}var bo=["January","February","March","April","May","June","July","August","September","October","November","December"],yo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vo(t){return t.slice(0,3)}var Ea=yo.map(vo),Na=bo.map(vo),Pa={MMMM:bo,MMM:Na,WWWW:yo,WWW:Ea};function Yn(t){return(t<10?"0":"")+t}function Aa(t){return(t<10?"00":t<100?"0":"")+t}var Ra={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>Yn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Yn(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>Yn(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Yn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Yn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>Aa(t.getMilliseconds())};function Ts(t,e){e=e||Pa;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(t);)n.push(s[0][0]=="{"?Ra[s[1]]:s[0]);return r=>{let a="";for(let d=0;d<n.length;d++)a+=typeof n[d]=="string"?n[d]:n[d](r,e);return a}}var Da=new Intl.DateTimeFormat().resolvedOptions().timeZone;function za(t,e){let n;return e=="UTC"||e=="Etc/UTC"?n=new Date(+t+t.getTimezoneOffset()*6e4):e==Da?n=t:(n=new Date(t.toLocaleString("en-US",{timeZone:e})),n.setMilliseconds(t.getMilliseconds())),n}var So=t=>t%1==0,xl=[1,2,2.5,5],Ia=el(10,-32,0,xl),ko=el(10,0,32,xl),Oa=ko.filter(So),tn=Ia.concat(ko),Ls=`
`,_o="{YYYY}",Vi=Ls+_o,Mo="{M}/{D}",Zn=Ls+Mo,pl=Zn+"/{YY}",Co="{aa}",Fa="{h}:{mm}",Ln=Fa+Co,Hi=Ls+Ln,Bi=":{ss}",fe=null;function To(t){let e=t*1e3,n=e*60,l=n*60,s=l*24,r=s*30,a=s*365,p=(t==1?el(10,0,3,xl).filter(So):el(10,-3,0,xl)).concat([e,e*5,e*10,e*15,e*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),h=[[a,_o,fe,fe,fe,fe,fe,fe,1],[s*28,"{MMM}",Vi,fe,fe,fe,fe,fe,1],[s,Mo,Vi,fe,fe,fe,fe,fe,1],[l,"{h}"+Co,pl,fe,Zn,fe,fe,fe,1],[n,Ln,pl,fe,Zn,fe,fe,fe,1],[e,Bi,pl+" "+Ln,fe,Zn+" "+Ln,fe,Hi,fe,1],[t,Bi+".{fff}",pl+" "+Ln,fe,Zn+" "+Ln,fe,Hi,fe,1]];function x(f){return(w,S,T,N,E,D)=>{let k=[],A=E>=a,L=E>=r&&E<a,_=f(T),M=we(_*t,3),R=rs(_.getFullYear(),A?0:_.getMonth(),L||A?1:_.getDate()),O=we(R*t,3);if(L||A){let G=L?E/r:0,I=A?E/a:0,y=M==O?M:we(rs(R.getFullYear()+I,R.getMonth()+G,1)*t,3),Y=new Date(Re(y/t)),H=Y.getFullYear(),J=Y.getMonth();for(let U=0;y<=N;U++){let W=rs(H+I*U,J+G*U,1),V=W-f(we(W*t,3));y=we((+W+V)*t,3),y<=N&&k.push(y)}}else{let G=E>=s?s:E,I=rt(T)-rt(M),y=O+I+vl(M-O,G);k.push(y);let Y=f(y),H=Y.getHours()+Y.getMinutes()/n+Y.getSeconds()/l,J=E/l,U=w.axes[S]._space,W=D/U;for(;y=we(y+E,t==1?0:3),!(y>N);)if(J>1){let V=rt(we(H+J,6))%24,X=f(y).getHours()-V;X>1&&(X=-1),y-=X*l,H=(H+J)%24;let ie=k[k.length-1];we((y-ie)/E,3)*W>=.7&&k.push(y)}else k.push(y)}return k}}return[p,h,x]}var[$a,Wa,Va]=To(1),[Ha,Ba,ja]=To(.001);el(2,-53,53,[1]);function ji(t,e){return t.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:e(s==1||n[8]==0?l:n[1]+l)))}function Ui(t,e){return(n,l,s,r,a)=>{let d=e.find(T=>a>=T[0])||e[e.length-1],p,h,x,f,w,S;return l.map(T=>{let N=t(T),E=N.getFullYear(),D=N.getMonth(),k=N.getDate(),A=N.getHours(),L=N.getMinutes(),_=N.getSeconds(),M=E!=p&&d[2]||D!=h&&d[3]||k!=x&&d[4]||A!=f&&d[5]||L!=w&&d[6]||_!=S&&d[7]||d[1];return p=E,h=D,x=k,f=A,w=L,S=_,M(N)})}}function Ua(t,e){let n=Ts(e);return(l,s,r,a,d)=>s.map(p=>n(t(p)))}function rs(t,e,n){return new Date(t,e,n)}function Gi(t,e){return e(t)}var Ga="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ki(t,e){return(n,l,s,r)=>r==null?vs:e(t(l))}function Ka(t,e){let n=t.series[e];return n.width?n.stroke(t,e):n.points.width?n.points.stroke(t,e):null}function Ya(t,e){return t.series[e].fill(t,e)}var qa={show:!0,live:!0,isolate:!1,mount:ha,markers:{show:!0,width:2,stroke:Ka,fill:Ya,dash:"solid"},idx:null,idxs:null,values:[]};function Ja(t,e){let n=t.cursor.points,l=mt(),s=n.size(t,e);ke(l,qn,s),ke(l,Jn,s);let r=s/-2;ke(l,"marginLeft",r),ke(l,"marginTop",r);let a=n.width(t,e,s);return a&&ke(l,"borderWidth",a),l}function Za(t,e){let n=t.series[e].points;return n._fill||n._stroke}function Qa(t,e){let n=t.series[e].points;return n._stroke||n._fill}function Xa(t,e){return t.series[e].points.size}var as=[0,0];function ec(t,e,n){return as[0]=e,as[1]=n,as}function hl(t,e,n,l=!0){return s=>{s.button==0&&(!l||s.target==e)&&n(s)}}function cs(t,e,n,l=!0){return s=>{(!l||s.target==e)&&n(s)}}var tc={show:!0,x:!0,y:!0,lock:!1,move:ec,points:{one:!1,show:Ja,size:Xa,width:0,stroke:Qa,fill:Za},bind:{mousedown:hl,mouseup:hl,click:hl,dblclick:hl,mousemove:cs,mouseleave:cs,mouseenter:cs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Lo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Es=Ne({},Lo,{filter:ho}),Eo=Ne({},Es,{size:10}),No=Ne({},Lo,{show:!1}),Ns='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Po="bold "+Ns,Ao=1.5,Yi={show:!0,scale:"x",stroke:ys,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Po,side:2,grid:Es,ticks:Eo,border:No,font:Ns,lineGap:Ao,rotate:0},nc="Value",lc="Time",qi={show:!0,scale:"x",auto:!1,sorted:1,min:me,max:-me,idxs:[]};function sc(t,e,n,l,s){return e.map(r=>r==null?"":Ms(r))}function ic(t,e,n,l,s,r,a){let d=[],p=Ht.get(s)||0;n=a?n:we(vl(n,s),p);for(let h=n;h<=l;h=we(h+s,p))d.push(Object.is(h,-0)?0:h);return d}function ms(t,e,n,l,s,r,a){let d=[],p=t.scales[t.axes[e].scale].log,h=p==10?Dt:uo,x=rt(h(n));s=Nn(p,x),p==10&&(s=tn[St(s,tn)]);let f=n,w=s*p;p==10&&(w=tn[St(w,tn)]);do d.push(f),f=f+s,p==10&&!Ht.has(f)&&(f=we(f,Ht.get(s))),f>=w&&(s=f,w=s*p,p==10&&(w=tn[St(w,tn)]));while(f<=l);return d}function oc(t,e,n,l,s,r,a){let p=t.scales[t.axes[e].scale].asinh,h=l>p?ms(t,e,Qe(p,n),l,s):[p],x=l>=0&&n<=0?[0]:[];return(n<-p?ms(t,e,Qe(p,-l),-n,s):[p]).reverse().map(w=>-w).concat(x,h)}var Ro=/./,rc=/[12357]/,ac=/[125]/,Ji=/1/,ws=(t,e,n,l)=>t.map((s,r)=>e==4&&s==0||r%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function cc(t,e,n,l,s){let r=t.axes[n],a=r.scale,d=t.scales[a],p=t.valToPos,h=r._space,x=p(10,a),f=p(9,a)-x>=h?Ro:p(7,a)-x>=h?rc:p(5,a)-x>=h?ac:Ji;if(f==Ji){let w=De(p(1,a)-x);if(w<h)return ws(e.slice().reverse(),d.distr,f,wt(h/w)).reverse()}return ws(e,d.distr,f,1)}function uc(t,e,n,l,s){let r=t.axes[n],a=r.scale,d=r._space,p=t.valToPos,h=De(p(1,a)-p(2,a));return h<d?ws(e.slice().reverse(),3,Ro,wt(d/h)).reverse():e}function fc(t,e,n,l){return l==null?vs:e==null?"":Ms(e)}var Zi={show:!0,scale:"y",stroke:ys,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Po,side:3,grid:Es,ticks:Eo,border:No,font:Ns,lineGap:Ao,rotate:0};function dc(t,e){let n=3+(t||1)*2;return we(n*e,3)}function pc(t,e){let{scale:n,idxs:l}=t.series[0],s=t._data[0],r=t.valToPos(s[l[0]],n,!0),a=t.valToPos(s[l[1]],n,!0),d=De(a-r),p=t.series[e],h=d/(p.points.space*ue);return l[1]-l[0]<=h}var Qi={scale:null,auto:!0,sorted:0,min:me,max:-me},Do=(t,e,n,l,s)=>s,Xi={show:!0,auto:!0,sorted:0,gaps:Do,alpha:1,facets:[Ne({},Qi,{scale:"x"}),Ne({},Qi,{scale:"y"})]},eo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Do,alpha:1,points:{show:pc,filter:null},values:null,min:me,max:-me,idxs:[],path:null,clip:null};function hc(t,e,n,l,s){return n/10}var zo={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},mc=Ne({},zo,{time:!1,ori:1}),to={};function Io(t,e){let n=to[t];return n||(n={key:t,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,r,a,d,p,h){for(let x=0;x<n.plots.length;x++)n.plots[x]!=s&&n.plots[x].pub(l,s,r,a,d,p,h)}},t!=null&&(to[t]=n)),n}var Rn=1,gs=2;function on(t,e,n){let l=t.mode,s=t.series[e],r=l==2?t._data[e]:t._data,a=t.scales,d=t.bbox,p=r[0],h=l==2?r[1]:r[e],x=l==2?a[s.facets[0].scale]:a[t.series[0].scale],f=l==2?a[s.facets[1].scale]:a[s.scale],w=d.left,S=d.top,T=d.width,N=d.height,E=t.valToPosH,D=t.valToPosV;return x.ori==0?n(s,p,h,x,f,E,D,w,S,T,N,_l,zn,Cl,Fo,Wo):n(s,p,h,x,f,D,E,S,w,N,T,Ml,In,Rs,$o,Vo)}function Ps(t,e){let n=0,l=0,s=ae(t.bands,Cs);for(let r=0;r<s.length;r++){let a=s[r];a.series[0]==e?n=a.dir:a.series[1]==e&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function wc(t,e,n,l,s){let r=t.mode,a=t.series[e],d=r==2?a.facets[1].scale:a.scale,p=t.scales[d];return s==-1?p.min:s==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function zt(t,e,n,l,s,r){return on(t,e,(a,d,p,h,x,f,w,S,T,N,E)=>{let D=a.pxRound,k=h.dir*(h.ori==0?1:-1),A=h.ori==0?zn:In,L,_;k==1?(L=n,_=l):(L=l,_=n);let M=D(f(d[L],h,N,S)),R=D(w(p[L],x,E,T)),O=D(f(d[_],h,N,S)),G=D(w(r==1?x.max:x.min,x,E,T)),I=new Path2D(s);return A(I,O,G),A(I,M,G),A(I,M,R),I})}function kl(t,e,n,l,s,r){let a=null;if(t.length>0){a=new Path2D;let d=e==0?Cl:Rs,p=n;for(let f=0;f<t.length;f++){let w=t[f];if(w[1]>w[0]){let S=w[0]-p;S>0&&d(a,p,l,S,l+r),p=w[1]}}let h=n+s-p,x=10;h>0&&d(a,p,l-x/2,h,l+r+x)}return a}function gc(t,e,n){let l=t[t.length-1];l&&l[0]==e?l[1]=n:t.push([e,n])}function As(t,e,n,l,s,r,a){let d=[],p=t.length;for(let h=s==1?n:l;h>=n&&h<=l;h+=s)if(e[h]===null){let f=h,w=h;if(s==1)for(;++h<=l&&e[h]===null;)w=h;else for(;--h>=n&&e[h]===null;)w=h;let S=r(t[f]),T=w==f?S:r(t[w]),N=f-s;S=a<=0&&N>=0&&N<p?r(t[N]):S;let D=w+s;T=a>=0&&D>=0&&D<p?r(t[D]):T,T>=S&&d.push([S,T])}return d}function no(t){return t==0?po:t==1?Re:e=>en(e,t)}function Oo(t){let e=t==0?_l:Ml,n=t==0?(s,r,a,d,p,h)=>{s.arcTo(r,a,d,p,h)}:(s,r,a,d,p,h)=>{s.arcTo(a,r,p,d,h)},l=t==0?(s,r,a,d,p)=>{s.rect(r,a,d,p)}:(s,r,a,d,p)=>{s.rect(a,r,p,d)};return(s,r,a,d,p,h=0,x=0)=>{h==0&&x==0?l(s,r,a,d,p):(h=kt(h,d/2,p/2),x=kt(x,d/2,p/2),e(s,r+h,a),n(s,r+d,a,r+d,a+p,h),n(s,r+d,a+p,r,a+p,x),n(s,r,a+p,r,a,x),n(s,r,a,r+d,a,h),s.closePath())}}var _l=(t,e,n)=>{t.moveTo(e,n)},Ml=(t,e,n)=>{t.moveTo(n,e)},zn=(t,e,n)=>{t.lineTo(e,n)},In=(t,e,n)=>{t.lineTo(n,e)},Cl=Oo(0),Rs=Oo(1),Fo=(t,e,n,l,s,r)=>{t.arc(e,n,l,s,r)},$o=(t,e,n,l,s,r)=>{t.arc(n,e,l,s,r)},Wo=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(e,n,l,s,r,a)},Vo=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(n,e,s,l,a,r)};function Ho(t){return(e,n,l,s,r)=>on(e,n,(a,d,p,h,x,f,w,S,T,N,E)=>{let{pxRound:D,points:k}=a,A,L;h.ori==0?(A=_l,L=Fo):(A=Ml,L=$o);let _=we(k.width*ue,3),M=(k.size-k.width)/2*ue,R=we(M*2,3),O=new Path2D,G=new Path2D,{left:I,top:y,width:Y,height:H}=e.bbox;Cl(G,I-R,y-R,Y+R*2,H+R*2);let J=U=>{if(p[U]!=null){let W=D(f(d[U],h,N,S)),V=D(w(p[U],x,E,T));A(O,W+M,V),L(O,W,V,M,0,ml*2)}};if(r)r.forEach(J);else for(let U=l;U<=s;U++)J(U);return{stroke:_>0?O:null,fill:O,clip:G,flags:Rn|gs}})}function Bo(t){return(e,n,l,s,r,a)=>{l!=s&&(r!=l&&a!=l&&t(e,n,l),r!=s&&a!=s&&t(e,n,s),t(e,n,a))}}var xc=Bo(zn),bc=Bo(In);function jo(t){let e=ae(t?.alignGaps,0);return(n,l,s,r)=>on(n,l,(a,d,p,h,x,f,w,S,T,N,E)=>{[s,r]=bl(p,s,r);let D=a.pxRound,k=H=>D(f(H,h,N,S)),A=H=>D(w(H,x,E,T)),L,_;h.ori==0?(L=zn,_=xc):(L=In,_=bc);let M=h.dir*(h.ori==0?1:-1),R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},O=R.stroke,G=!1;if(r-s>=N*4){let H=B=>n.posToVal(B,h.key,!0),J=null,U=null,W,V,de,te=k(d[M==1?s:r]),X=k(d[s]),ie=k(d[r]),Q=H(M==1?X+1:ie-1);for(let B=M==1?s:r;B>=s&&B<=r;B+=M){let be=d[B],ge=(M==1?be<Q:be>Q)?te:k(be),oe=p[B];ge==te?oe!=null?(V=oe,J==null?(L(O,ge,A(V)),W=J=U=V):V<J?J=V:V>U&&(U=V)):oe===null&&(G=!0):(J!=null&&_(O,te,A(J),A(U),A(W),A(V)),oe!=null?(V=oe,L(O,ge,A(V)),J=U=W=V):(J=U=null,oe===null&&(G=!0)),te=ge,Q=H(te+M))}J!=null&&J!=U&&de!=te&&_(O,te,A(J),A(U),A(W),A(V))}else for(let H=M==1?s:r;H>=s&&H<=r;H+=M){let J=p[H];J===null?G=!0:J!=null&&L(O,k(d[H]),A(J))}let[y,Y]=Ps(n,l);if(a.fill!=null||y!=0){let H=R.fill=new Path2D(O),J=a.fillTo(n,l,a.min,a.max,y),U=A(J),W=k(d[s]),V=k(d[r]);M==-1&&([V,W]=[W,V]),L(H,V,U),L(H,W,U)}if(!a.spanGaps){let H=[];G&&H.push(...As(d,p,s,r,M,k,e)),R.gaps=H=a.gaps(n,l,s,r,H),R.clip=kl(H,h.ori,S,T,N,E)}return Y!=0&&(R.band=Y==2?[zt(n,l,s,r,O,-1),zt(n,l,s,r,O,1)]:zt(n,l,s,r,O,Y)),R})}function yc(t){let e=ae(t.align,1),n=ae(t.ascDesc,!1),l=ae(t.alignGaps,0),s=ae(t.extend,!1);return(r,a,d,p)=>on(r,a,(h,x,f,w,S,T,N,E,D,k,A)=>{[d,p]=bl(f,d,p);let L=h.pxRound,{left:_,width:M}=r.bbox,R=X=>L(T(X,w,k,E)),O=X=>L(N(X,S,A,D)),G=w.ori==0?zn:In,I={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},y=I.stroke,Y=w.dir*(w.ori==0?1:-1),H=O(f[Y==1?d:p]),J=R(x[Y==1?d:p]),U=J,W=J;s&&e==-1&&(W=_,G(y,W,H)),G(y,J,H);for(let X=Y==1?d:p;X>=d&&X<=p;X+=Y){let ie=f[X];if(ie==null)continue;let Q=R(x[X]),B=O(ie);e==1?G(y,Q,H):G(y,U,B),G(y,Q,B),H=B,U=Q}let V=U;s&&e==1&&(V=_+M,G(y,V,H));let[de,te]=Ps(r,a);if(h.fill!=null||de!=0){let X=I.fill=new Path2D(y),ie=h.fillTo(r,a,h.min,h.max,de),Q=O(ie);G(X,V,Q),G(X,W,Q)}if(!h.spanGaps){let X=[];X.push(...As(x,f,d,p,Y,R,l));let ie=h.width*ue/2,Q=n||e==1?ie:-ie,B=n||e==-1?-ie:ie;X.forEach(be=>{be[0]+=Q,be[1]+=B}),I.gaps=X=h.gaps(r,a,d,p,X),I.clip=kl(X,w.ori,E,D,k,A)}return te!=0&&(I.band=te==2?[zt(r,a,d,p,y,-1),zt(r,a,d,p,y,1)]:zt(r,a,d,p,y,te)),I})}function lo(t,e,n,l,s,r,a=me){if(t.length>1){let d=null;for(let p=0,h=1/0;p<t.length;p++)if(e[p]!==void 0){if(d!=null){let x=De(t[p]-t[d]);x<h&&(h=x,a=De(n(t[p],l,s,r)-n(t[d],l,s,r)))}d=p}}return a}function vc(t){t=t||Xn;let e=ae(t.size,[.6,me,1]),n=t.align||0,l=t.gap||0,s=t.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=se(s),a=1-e[0],d=ae(e[1],me),p=ae(e[2],1),h=ae(t.disp,Xn),x=ae(t.each,S=>{}),{fill:f,stroke:w}=h;return(S,T,N,E)=>on(S,T,(D,k,A,L,_,M,R,O,G,I,y)=>{let Y=D.pxRound,H=n,J=l*ue,U=d*ue,W=p*ue,V,de;L.ori==0?[V,de]=r(S,T):[de,V]=r(S,T);let te=L.dir*(L.ori==0?1:-1),X=L.ori==0?Cl:Rs,ie=L.ori==0?x:($,xe,Ae,un,Gt,Mt,Kt)=>{x($,xe,Ae,Gt,un,Kt,Mt)},Q=ae(S.bands,Cs).find($=>$.series[0]==T),B=Q!=null?Q.dir:0,be=D.fillTo(S,T,D.min,D.max,B),Ve=Y(R(be,_,y,G)),ge,oe,tt,Ge=I,he=Y(D.width*ue),K=!1,Me=null,He=null,ct=null,rn=null;f!=null&&(he==0||w!=null)&&(K=!0,Me=f.values(S,T,N,E),He=new Map,new Set(Me).forEach($=>{$!=null&&He.set($,new Path2D)}),he>0&&(ct=w.values(S,T,N,E),rn=new Map,new Set(ct).forEach($=>{$!=null&&rn.set($,new Path2D)})));let{x0:an,size:Wn}=h;if(an!=null&&Wn!=null){H=1,k=an.values(S,T,N,E),an.unit==2&&(k=k.map(Ae=>S.posToVal(O+Ae*I,L.key,!0)));let $=Wn.values(S,T,N,E);Wn.unit==2?oe=$[0]*I:oe=M($[0],L,I,O)-M(0,L,I,O),Ge=lo(k,A,M,L,I,O,Ge),tt=Ge-oe+J}else Ge=lo(k,A,M,L,I,O,Ge),tt=Ge*a+J,oe=Ge-tt;tt<1&&(tt=0),he>=oe/2&&(he=0),tt<5&&(Y=po);let nl=tt>0,jt=Ge-tt-(nl?he:0);oe=Y(hs(jt,W,U)),ge=(H==0?oe/2:H==te?0:oe)-H*te*((H==0?J/2:0)+(nl?he/2:0));let Ye={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},cn=K?null:new Path2D,At=null;if(Q!=null)At=S.data[Q.series[1]];else{let{y0:$,y1:xe}=h;$!=null&&xe!=null&&(A=xe.values(S,T,N,E),At=$.values(S,T,N,E))}let Ut=V*oe,ne=de*oe;for(let $=te==1?N:E;$>=N&&$<=E;$+=te){let xe=A[$];if(xe==null)continue;if(At!=null){let Xe=At[$]??0;if(xe-Xe==0)continue;Ve=R(Xe,_,y,G)}let Ae=L.distr!=2||h!=null?k[$]:$,un=M(Ae,L,I,O),Gt=R(ae(xe,be),_,y,G),Mt=Y(un-ge),Kt=Y(Qe(Gt,Ve)),nt=Y(kt(Gt,Ve)),ut=Kt-nt;if(xe!=null){let Xe=xe<0?ne:Ut,gt=xe<0?Ut:ne;K?(he>0&&ct[$]!=null&&X(rn.get(ct[$]),Mt,nt+rt(he/2),oe,Qe(0,ut-he),Xe,gt),Me[$]!=null&&X(He.get(Me[$]),Mt,nt+rt(he/2),oe,Qe(0,ut-he),Xe,gt)):X(cn,Mt,nt+rt(he/2),oe,Qe(0,ut-he),Xe,gt),ie(S,T,$,Mt-he/2,nt,oe+he,ut)}}return he>0?Ye.stroke=K?rn:cn:K||(Ye._fill=D.width==0?D._fill:D._stroke??D._fill,Ye.width=0),Ye.fill=K?He:cn,Ye})}function Sc(t,e){let n=ae(e?.alignGaps,0);return(l,s,r,a)=>on(l,s,(d,p,h,x,f,w,S,T,N,E,D)=>{[r,a]=bl(h,r,a);let k=d.pxRound,A=V=>k(w(V,x,E,T)),L=V=>k(S(V,f,D,N)),_,M,R;x.ori==0?(_=_l,R=zn,M=Wo):(_=Ml,R=In,M=Vo);let O=x.dir*(x.ori==0?1:-1),G=A(p[O==1?r:a]),I=G,y=[],Y=[];for(let V=O==1?r:a;V>=r&&V<=a;V+=O)if(h[V]!=null){let te=p[V],X=A(te);y.push(I=X),Y.push(L(h[V]))}let H={stroke:t(y,Y,_,R,M,k),fill:null,clip:null,band:null,gaps:null,flags:Rn},J=H.stroke,[U,W]=Ps(l,s);if(d.fill!=null||U!=0){let V=H.fill=new Path2D(J),de=d.fillTo(l,s,d.min,d.max,U),te=L(de);R(V,I,te),R(V,G,te)}if(!d.spanGaps){let V=[];V.push(...As(p,h,r,a,O,A,n)),H.gaps=V=d.gaps(l,s,r,a,V),H.clip=kl(V,x.ori,T,N,E,D)}return W!=0&&(H.band=W==2?[zt(l,s,r,a,J,-1),zt(l,s,r,a,J,1)]:zt(l,s,r,a,J,W)),H})}function kc(t){return Sc(_c,t)}function _c(t,e,n,l,s,r){let a=t.length;if(a<2)return null;let d=new Path2D;if(n(d,t[0],e[0]),a==2)l(d,t[1],e[1]);else{let p=Array(a),h=Array(a-1),x=Array(a-1),f=Array(a-1);for(let w=0;w<a-1;w++)x[w]=e[w+1]-e[w],f[w]=t[w+1]-t[w],h[w]=x[w]/f[w];p[0]=h[0];for(let w=1;w<a-1;w++)h[w]===0||h[w-1]===0||h[w-1]>0!=h[w]>0?p[w]=0:(p[w]=3*(f[w-1]+f[w])/((2*f[w]+f[w-1])/h[w-1]+(f[w]+2*f[w-1])/h[w]),isFinite(p[w])||(p[w]=0));p[a-1]=h[a-2];for(let w=0;w<a-1;w++)s(d,t[w]+f[w]/3,e[w]+p[w]*f[w]/3,t[w+1]-f[w]/3,e[w+1]-p[w+1]*f[w]/3,t[w+1],e[w+1])}return d}var xs=new Set;function so(){for(let t of xs)t.syncRect(!0)}Dn&&(ln(sa,En,so),ln(ia,En,so,!0),ln(wl,En,()=>{Le.pxRatio=ue}));var Mc=jo(),Cc=Ho();function io(t,e,n,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((r,a)=>bs(r,a,e,n))}function Tc(t,e){return t.map((n,l)=>l==0?{}:Ne({},e,n))}function bs(t,e,n,l){return Ne({},e==0?n:l,t)}function Uo(t,e,n){return e==null?Pn:[e,n]}var Lc=Uo;function Ec(t,e,n){return e==null?Pn:gl(e,n,_s,!0)}function Go(t,e,n,l){return e==null?Pn:yl(e,n,t.scales[l].log,!1)}var Nc=Go;function Ko(t,e,n,l){return e==null?Pn:ks(e,n,t.scales[l].log,!1)}var Pc=Ko;function Ac(t,e,n,l,s){let r=Qe(Oi(t),Oi(e)),a=e-t,d=St(s/l*a,n);do{let p=n[d],h=l*p/a;if(h>=s&&r+(p<5?Ht.get(p):0)<=17)return[p,h]}while(++d<n.length);return[0,0]}function oo(t){let e,n;return t=t.replace(/(\d+)px/,(l,s)=>(e=Re((n=+s)*ue))+"px"),[t,e,n]}function Rc(t){t.show&&[t.font,t.labelFont].forEach(e=>{let n=we(e[2]*ue,1);e[0]=e[0].replace(/[0-9.]+px/,n+"px"),e[1]=n})}function Le(t,e,n){let l={mode:ae(t.mode,1)},s=l.mode;function r(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?1-m:m)}function a(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?m:1-m)}function d(i,o,c,u){return o.ori==0?r(i,o,c,u):a(i,o,c,u)}l.valToPosH=r,l.valToPosV=a;let p=!1;l.status=0;let h=l.root=mt(Wr);if(t.id!=null&&(h.id=t.id),ot(h,t.class),t.title){let i=mt(Br,h);i.textContent=t.title}let x=vt("canvas"),f=l.ctx=x.getContext("2d"),w=mt(jr,h);ln("click",w,i=>{i.target===T&&(ye!=vn||_e!=Sn)&&je.click(l,i)},!0);let S=l.under=mt(Ur,w);w.appendChild(x);let T=l.over=mt(Gr,w);t=An(t);let N=+ae(t.pxAlign,1),E=no(N);(t.plugins||[]).forEach(i=>{i.opts&&(t=i.opts(l,t)||t)});let D=t.ms||.001,k=l.series=s==1?io(t.series||[],qi,eo,!1):Tc(t.series||[null],Xi),A=l.axes=io(t.axes||[],Yi,Zi,!0),L=l.scales={},_=l.bands=t.bands||[];_.forEach(i=>{i.fill=se(i.fill||null),i.dir=ae(i.dir,-1)});let M=s==2?k[1].facets[0].scale:k[0].scale,R={axes:yr,series:mr},O=(t.drawOrder||["axes","series"]).map(i=>R[i]);function G(i){let o=i.distr==3?c=>Dt(c>0?c:i.clamp(l,c,i.min,i.max,i.key)):i.distr==4?c=>os(c,i.asinh):i.distr==100?c=>i.fwd(c):c=>c;return c=>{let u=o(c),{_min:m,_max:b}=i,v=b-m;return(u-m)/v}}function I(i){let o=L[i];if(o==null){let c=(t.scales||Xn)[i]||Xn;if(c.from!=null){I(c.from);let u=Ne({},L[c.from],c,{key:i});u.valToPct=G(u),L[i]=u}else{o=L[i]=Ne({},i==M?zo:mc,c),o.key=i;let u=o.time,m=o.range,b=Vt(m);if((i!=M||s==2&&!u)&&(b&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?Di:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?Di:{mode:1,hard:m[1],soft:m[1]}},b=!1),!b&&Sl(m))){let v=m;m=(C,P,z)=>P==null?Pn:gl(P,z,v)}o.range=se(m||(u?Lc:i==M?o.distr==3?Nc:o.distr==4?Pc:Uo:o.distr==3?Go:o.distr==4?Ko:Ec)),o.auto=se(b?!1:o.auto),o.clamp=se(o.clamp||hc),o._min=o._max=null,o.valToPct=G(o)}}}I("x"),I("y"),s==1&&k.forEach(i=>{I(i.scale)}),A.forEach(i=>{I(i.scale)});for(let i in t.scales)I(i);let y=L[M],Y=y.distr,H,J;y.ori==0?(ot(h,Vr),H=r,J=a):(ot(h,Hr),H=a,J=r);let U={};for(let i in L){let o=L[i];(o.min!=null||o.max!=null)&&(U[i]={min:o.min,max:o.max},o.min=o.max=null)}let W=t.tzDate||(i=>new Date(Re(i/D))),V=t.fmtDate||Ts,de=D==1?Va(W):ja(W),te=Ui(W,ji(D==1?Wa:Ba,V)),X=Ki(W,Gi(Ga,V)),ie=[],Q=l.legend=Ne({},qa,t.legend),B=l.cursor=Ne({},tc,{drag:{y:s==2}},t.cursor),be=Q.show,Ve=B.show,ge=Q.markers;Q.idxs=ie,ge.width=se(ge.width),ge.dash=se(ge.dash),ge.stroke=se(ge.stroke),ge.fill=se(ge.fill);let oe,tt,Ge,he=[],K=[],Me,He=!1,ct={};if(Q.live){let i=k[1]?k[1].values:null;He=i!=null,Me=He?i(l,1,0):{_:0};for(let o in Me)ct[o]=vs}if(be)if(oe=vt("table",Qr,h),Ge=vt("tbody",null,oe),Q.mount(l,oe),He){tt=vt("thead",null,oe,Ge);let i=vt("tr",null,tt);vt("th",null,i);for(var rn in Me)vt("th",vi,i).textContent=rn}else ot(oe,ea),Q.live&&ot(oe,Xr);let an={show:!0},Wn={show:!1};function nl(i,o){if(o==0&&(He||!Q.live||s==2))return Pn;let c=[],u=vt("tr",ta,Ge,Ge.childNodes[o]);ot(u,i.class),i.show||ot(u,nn);let m=vt("th",null,u);if(ge.show){let C=mt(na,m);if(o>0){let P=ge.width(l,o);P&&(C.style.border=P+"px "+ge.dash(l,o)+" "+ge.stroke(l,o)),C.style.background=ge.fill(l,o)}}let b=mt(vi,m);i.label instanceof HTMLElement?b.appendChild(i.label):b.textContent=i.label,o>0&&(ge.show||(b.style.color=i.width>0?ge.stroke(l,o):ge.fill(l,o)),Ye("click",m,C=>{if(B._lock)return;qt(C);let P=k.indexOf(i);if((C.ctrlKey||C.metaKey)!=Q.isolate){let z=k.some((F,j)=>j>0&&j!=P&&F.show);k.forEach((F,j)=>{j>0&&Tt(j,z?j==P?an:Wn:an,!0,Ee.setSeries)})}else Tt(P,{show:!i.show},!0,Ee.setSeries)},!1),dn&&Ye(Mi,m,C=>{B._lock||(qt(C),Tt(k.indexOf(i),_n,!0,Ee.setSeries))},!1));for(var v in Me){let C=vt("td",la,u);C.textContent="--",c.push(C)}return[u,c]}let jt=new Map;function Ye(i,o,c,u=!0){let m=jt.get(o)||{},b=B.bind[i](l,o,c,u);b&&(ln(i,o,m[i]=b),jt.set(o,m))}function cn(i,o,c){let u=jt.get(o)||{};for(let m in u)(i==null||m==i)&&(ps(m,o,u[m]),delete u[m]);i==null&&jt.delete(o)}let At=0,Ut=0,ne=0,$=0,xe=0,Ae=0,un=xe,Gt=Ae,Mt=ne,Kt=$,nt=0,ut=0,Xe=0,gt=0;l.bbox={};let Rl=!1,ll=!1,fn=!1,Yt=!1,sl=!1,ft=!1;function Dl(i,o,c){(c||i!=l.width||o!=l.height)&&Bs(i,o),gn(!1),fn=!0,ll=!0,xn()}function Bs(i,o){l.width=At=ne=i,l.height=Ut=$=o,xe=Ae=0,ar(),cr();let c=l.bbox;nt=c.left=en(xe*ue,.5),ut=c.top=en(Ae*ue,.5),Xe=c.width=en(ne*ue,.5),gt=c.height=en($*ue,.5)}let ir=3;function or(){let i=!1,o=0;for(;!i;){o++;let c=xr(o),u=br(o);i=o==ir||c&&u,i||(Bs(l.width,l.height),ll=!0)}}function rr({width:i,height:o}){Dl(i,o)}l.setSize=rr;function ar(){let i=!1,o=!1,c=!1,u=!1;A.forEach((m,b)=>{if(m.show&&m._show){let{side:v,_size:C}=m,P=v%2,z=m.label!=null?m.labelSize:0,F=C+z;F>0&&(P?(ne-=F,v==3?(xe+=F,u=!0):c=!0):($-=F,v==0?(Ae+=F,i=!0):o=!0))}}),Jt[0]=i,Jt[1]=c,Jt[2]=o,Jt[3]=u,ne-=It[1]+It[3],xe+=It[3],$-=It[2]+It[0],Ae+=It[0]}function cr(){let i=xe+ne,o=Ae+$,c=xe,u=Ae;function m(b,v){switch(b){case 1:return i+=v,i-v;case 2:return o+=v,o-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}A.forEach((b,v)=>{if(b.show&&b._show){let C=b.side;b._pos=m(C,b._size),b.label!=null&&(b._lpos=m(C,b.labelSize))}})}if(B.dataIdx==null){let i=B.hover,o=i.skip=new Set(i.skip??[]);o.add(void 0);let c=i.prox=se(i.prox),u=i.bias??(i.bias=0);B.dataIdx=(m,b,v,C)=>{if(b==0)return v;let P=v,z=c(m,b,v,C)??me,F=z>=0&&z<me,j=y.ori==0?ne:$,ee=B.left,ce=e[0],re=e[b];if(o.has(re[v])){P=null;let le=null,Z=null,q;if(u==0||u==-1)for(q=v;le==null&&q-- >0;)o.has(re[q])||(le=q);if(u==0||u==1)for(q=v;Z==null&&q++<re.length;)o.has(re[q])||(Z=q);if(le!=null||Z!=null)if(F){let Se=le==null?-1/0:H(ce[le],y,j,0),Ce=Z==null?1/0:H(ce[Z],y,j,0),We=ee-Se,pe=Ce-ee;We<=pe?We<=z&&(P=le):pe<=z&&(P=Z)}else P=Z==null?le:le==null?Z:v-le<=Z-v?le:Z}else F&&De(ee-H(ce[v],y,j,0))>z&&(P=null);return P}}let qt=i=>{B.event=i};B.idxs=ie,B._lock=!1;let Ke=B.points;Ke.show=se(Ke.show),Ke.size=se(Ke.size),Ke.stroke=se(Ke.stroke),Ke.width=se(Ke.width),Ke.fill=se(Ke.fill);let Ct=l.focus=Ne({},t.focus||{alpha:.3},B.focus),dn=Ct.prox>=0,pn=dn&&Ke.one,dt=[],hn=[],mn=[];function js(i,o){let c=Ke.show(l,o);if(c instanceof HTMLElement)return ot(c,Zr),ot(c,i.class),Pt(c,-10,-10,ne,$),T.insertBefore(c,dt[o]),c}function Us(i,o){if(s==1||o>0){let c=s==1&&L[i.scale].time,u=i.value;i.value=c?Wi(u)?Ki(W,Gi(u,V)):u||X:u||fc,i.label=i.label||(c?lc:nc)}if(pn||o>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Mc||ma,i.fillTo=se(i.fillTo||wc),i.pxAlign=+ae(i.pxAlign,N),i.pxRound=no(i.pxAlign),i.stroke=se(i.stroke||null),i.fill=se(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let c=dc(Qe(1,i.width),1),u=i.points=Ne({},{size:c,width:Qe(1,c*.2),stroke:i.stroke,space:c*2,paths:Cc,_stroke:null,_fill:null},i.points);u.show=se(u.show),u.filter=se(u.filter),u.fill=se(u.fill),u.stroke=se(u.stroke),u.paths=se(u.paths),u.pxAlign=i.pxAlign}if(be){let c=nl(i,o);he.splice(o,0,c[0]),K.splice(o,0,c[1]),Q.values.push(null)}if(Ve){ie.splice(o,0,null);let c=null;pn?o==0&&(c=js(i,o)):o>0&&(c=js(i,o)),dt.splice(o,0,c),hn.splice(o,0,0),mn.splice(o,0,0)}$e("addSeries",o)}function ur(i,o){o=o??k.length,i=s==1?bs(i,o,qi,eo):bs(i,o,{},Xi),k.splice(o,0,i),Us(k[o],o)}l.addSeries=ur;function fr(i){if(k.splice(i,1),be){Q.values.splice(i,1),K.splice(i,1);let o=he.splice(i,1)[0];cn(null,o.firstChild),o.remove()}Ve&&(ie.splice(i,1),dt.splice(i,1)[0].remove(),hn.splice(i,1),mn.splice(i,1)),$e("delSeries",i)}l.delSeries=fr;let Jt=[!1,!1,!1,!1];function dr(i,o){if(i._show=i.show,i.show){let c=i.side%2,u=L[i.scale];u==null&&(i.scale=c?k[1].scale:M,u=L[i.scale]);let m=u.time;i.size=se(i.size),i.space=se(i.space),i.rotate=se(i.rotate),Vt(i.incrs)&&i.incrs.forEach(v=>{!Ht.has(v)&&Ht.set(v,wo(v))}),i.incrs=se(i.incrs||(u.distr==2?Oa:m?D==1?$a:Ha:tn)),i.splits=se(i.splits||(m&&u.distr==1?de:u.distr==3?ms:u.distr==4?oc:ic)),i.stroke=se(i.stroke),i.grid.stroke=se(i.grid.stroke),i.ticks.stroke=se(i.ticks.stroke),i.border.stroke=se(i.border.stroke);let b=i.values;i.values=Vt(b)&&!Vt(b[0])?se(b):m?Vt(b)?Ui(W,ji(b,V)):Wi(b)?Ua(W,b):b||te:b||sc,i.filter=se(i.filter||(u.distr>=3&&u.log==10?cc:u.distr==3&&u.log==2?uc:ho)),i.font=oo(i.font),i.labelFont=oo(i.labelFont),i._size=i.size(l,null,o,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(Jt[o]=!0,i._el=mt(Kr,w))}}function Vn(i,o,c,u){let[m,b,v,C]=c,P=o%2,z=0;return P==0&&(C||b)&&(z=o==0&&!m||o==2&&!v?Re(Yi.size/3):0),P==1&&(m||v)&&(z=o==1&&!b||o==3&&!C?Re(Zi.size/2):0),z}let Gs=l.padding=(t.padding||[Vn,Vn,Vn,Vn]).map(i=>se(ae(i,Vn))),It=l._padding=Gs.map((i,o)=>i(l,o,Jt,0)),Be,ze=null,Ie=null,il=s==1?k[0].idxs:null,xt=null,Hn=!1;function Ks(i,o){if(e=i??[],l.data=l._data=e,s==2){Be=0;for(let c=1;c<k.length;c++)Be+=e[c][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),xt=e[0],Be=xt.length;let c=e;if(Y==2){c=e.slice();let u=c[0]=Array(Be);for(let m=0;m<Be;m++)u[m]=m}l._data=e=c}if(gn(!0),$e("setData"),Y==2&&(fn=!0),o!==!1){let c=y;c.auto(l,Hn)?zl():Ft(M,c.min,c.max),Yt=Yt||B.left>=0,ft=!0,xn()}}l.setData=Ks;function zl(){Hn=!0;let i,o;s==1&&(Be>0?(ze=il[0]=0,Ie=il[1]=Be-1,i=e[0][ze],o=e[0][Ie],Y==2?(i=ze,o=Ie):i==o&&(Y==3?[i,o]=yl(i,i,y.log,!1):Y==4?[i,o]=ks(i,i,y.log,!1):y.time?o=i+Re(86400/D):[i,o]=gl(i,o,_s,!0))):(ze=il[0]=i=null,Ie=il[1]=o=null)),Ft(M,i,o)}let ol,wn,Il,Ol,Fl,$l,Wl,Vl,Hl,et;function Ys(i,o,c,u,m,b){i??(i=ki),c??(c=Cs),u??(u="butt"),m??(m=ki),b??(b="round"),i!=ol&&(f.strokeStyle=ol=i),m!=wn&&(f.fillStyle=wn=m),o!=Il&&(f.lineWidth=Il=o),b!=Fl&&(f.lineJoin=Fl=b),u!=$l&&(f.lineCap=$l=u),c!=Ol&&f.setLineDash(Ol=c)}function qs(i,o,c,u){o!=wn&&(f.fillStyle=wn=o),i!=Wl&&(f.font=Wl=i),c!=Vl&&(f.textAlign=Vl=c),u!=Hl&&(f.textBaseline=Hl=u)}function Bl(i,o,c,u,m=0){if(u.length>0&&i.auto(l,Hn)&&(o==null||o.min==null)){let b=ae(ze,0),v=ae(Ie,u.length-1),C=c.min==null?ca(u,b,v,m,i.distr==3):[c.min,c.max];i.min=kt(i.min,c.min=C[0]),i.max=Qe(i.max,c.max=C[1])}}let Js={min:null,max:null};function pr(){for(let u in L){let m=L[u];U[u]==null&&(m.min==null||U[M]!=null&&m.auto(l,Hn))&&(U[u]=Js)}for(let u in L){let m=L[u];U[u]==null&&m.from!=null&&U[m.from]!=null&&(U[u]=Js)}U[M]!=null&&gn(!0);let i={};for(let u in U){let m=U[u];if(m!=null){let b=i[u]=An(L[u],xa);if(m.min!=null)Ne(b,m);else if(u!=M||s==2)if(Be==0&&b.from==null){let v=b.range(l,null,null,u);b.min=v[0],b.max=v[1]}else b.min=me,b.max=-me}}if(Be>0){k.forEach((u,m)=>{if(s==1){let b=u.scale,v=U[b];if(v==null)return;let C=i[b];if(m==0){let P=C.range(l,C.min,C.max,b);C.min=P[0],C.max=P[1],ze=St(C.min,e[0]),Ie=St(C.max,e[0]),Ie-ze>1&&(e[0][ze]<C.min&&ze++,e[0][Ie]>C.max&&Ie--),u.min=xt[ze],u.max=xt[Ie]}else u.show&&u.auto&&Bl(C,v,u,e[m],u.sorted);u.idxs[0]=ze,u.idxs[1]=Ie}else if(m>0&&u.show&&u.auto){let[b,v]=u.facets,C=b.scale,P=v.scale,[z,F]=e[m],j=i[C],ee=i[P];j!=null&&Bl(j,U[C],b,z,b.sorted),ee!=null&&Bl(ee,U[P],v,F,v.sorted),u.min=v.min,u.max=v.max}});for(let u in i){let m=i[u],b=U[u];if(m.from==null&&(b==null||b.min==null)){let v=m.range(l,m.min==me?null:m.min,m.max==-me?null:m.max,u);m.min=v[0],m.max=v[1]}}}for(let u in i){let m=i[u];if(m.from!=null){let b=i[m.from];if(b.min==null)m.min=m.max=null;else{let v=m.range(l,b.min,b.max,u);m.min=v[0],m.max=v[1]}}}let o={},c=!1;for(let u in i){let m=i[u],b=L[u];if(b.min!=m.min||b.max!=m.max){b.min=m.min,b.max=m.max;let v=b.distr;b._min=v==3?Dt(b.min):v==4?os(b.min,b.asinh):v==100?b.fwd(b.min):b.min,b._max=v==3?Dt(b.max):v==4?os(b.max,b.asinh):v==100?b.fwd(b.max):b.max,o[u]=c=!0}}if(c){k.forEach((u,m)=>{s==2?m>0&&o.y&&(u._paths=null):o[u.scale]&&(u._paths=null)});for(let u in o)fn=!0,$e("setScale",u);Ve&&B.left>=0&&(Yt=ft=!0)}for(let u in U)U[u]=null}function hr(i){let o=hs(ze-1,0,Be-1),c=hs(Ie+1,0,Be-1);for(;i[o]==null&&o>0;)o--;for(;i[c]==null&&c<Be-1;)c++;return[o,c]}function mr(){if(Be>0){let i=k.some(o=>o._focus)&&et!=Ct.alpha;i&&(f.globalAlpha=et=Ct.alpha),k.forEach((o,c)=>{if(c>0&&o.show&&(Zs(c,!1),Zs(c,!0),o._paths==null)){let u=et;et!=o.alpha&&(f.globalAlpha=et=o.alpha);let m=s==2?[0,e[c][0].length-1]:hr(e[c]);o._paths=o.paths(l,c,m[0],m[1]),et!=u&&(f.globalAlpha=et=u)}}),k.forEach((o,c)=>{if(c>0&&o.show){let u=et;et!=o.alpha&&(f.globalAlpha=et=o.alpha),o._paths!=null&&Qs(c,!1);{let m=o._paths!=null?o._paths.gaps:null,b=o.points.show(l,c,ze,Ie,m),v=o.points.filter(l,c,b,m);(b||v)&&(o.points._paths=o.points.paths(l,c,ze,Ie,v),Qs(c,!0))}et!=u&&(f.globalAlpha=et=u),$e("drawSeries",c)}}),i&&(f.globalAlpha=et=1)}}function Zs(i,o){let c=o?k[i].points:k[i];c._stroke=c.stroke(l,i),c._fill=c.fill(l,i)}function Qs(i,o){let c=o?k[i].points:k[i],{stroke:u,fill:m,clip:b,flags:v,_stroke:C=c._stroke,_fill:P=c._fill,_width:z=c.width}=c._paths;z=we(z*ue,3);let F=null,j=z%2/2;o&&P==null&&(P=z>0?"#fff":C);let ee=c.pxAlign==1&&j>0;if(ee&&f.translate(j,j),!o){let ce=nt-z/2,re=ut-z/2,le=Xe+z,Z=gt+z;F=new Path2D,F.rect(ce,re,le,Z)}o?jl(C,z,c.dash,c.cap,P,u,m,v,b):wr(i,C,z,c.dash,c.cap,P,u,m,v,F,b),ee&&f.translate(-j,-j)}function wr(i,o,c,u,m,b,v,C,P,z,F){let j=!1;P!=0&&_.forEach((ee,ce)=>{if(ee.series[0]==i){let re=k[ee.series[1]],le=e[ee.series[1]],Z=(re._paths||Xn).band;Vt(Z)&&(Z=ee.dir==1?Z[0]:Z[1]);let q,Se=null;re.show&&Z&&fa(le,ze,Ie)?(Se=ee.fill(l,ce)||b,q=re._paths.clip):Z=null,jl(o,c,u,m,Se,v,C,P,z,F,q,Z),j=!0}}),j||jl(o,c,u,m,b,v,C,P,z,F)}let Xs=Rn|gs;function jl(i,o,c,u,m,b,v,C,P,z,F,j){Ys(i,o,c,u,m),(P||z||j)&&(f.save(),P&&f.clip(P),z&&f.clip(z)),j?(C&Xs)==Xs?(f.clip(j),F&&f.clip(F),al(m,v),rl(i,b,o)):C&gs?(al(m,v),f.clip(j),rl(i,b,o)):C&Rn&&(f.save(),f.clip(j),F&&f.clip(F),al(m,v),f.restore(),rl(i,b,o)):(al(m,v),rl(i,b,o)),(P||z||j)&&f.restore()}function rl(i,o,c){c>0&&(o instanceof Map?o.forEach((u,m)=>{f.strokeStyle=ol=m,f.stroke(u)}):o!=null&&i&&f.stroke(o))}function al(i,o){o instanceof Map?o.forEach((c,u)=>{f.fillStyle=wn=u,f.fill(c)}):o!=null&&i&&f.fill(o)}function gr(i,o,c,u){let m=A[i],b;if(u<=0)b=[0,0];else{let v=m._space=m.space(l,i,o,c,u),C=m._incrs=m.incrs(l,i,o,c,u,v);b=Ac(o,c,C,u,v)}return m._found=b}function Ul(i,o,c,u,m,b,v,C,P,z){let F=v%2/2;N==1&&f.translate(F,F),Ys(C,v,P,z,C),f.beginPath();let j,ee,ce,re,le=m+(u==0||u==3?-b:b);c==0?(ee=m,re=le):(j=m,ce=le);for(let Z=0;Z<i.length;Z++)o[Z]!=null&&(c==0?j=ce=i[Z]:ee=re=i[Z],f.moveTo(j,ee),f.lineTo(ce,re));f.stroke(),N==1&&f.translate(-F,-F)}function xr(i){let o=!0;return A.forEach((c,u)=>{if(!c.show)return;let m=L[c.scale];if(m.min==null){c._show&&(o=!1,c._show=!1,gn(!1));return}else c._show||(o=!1,c._show=!0,gn(!1));let b=c.side,v=b%2,{min:C,max:P}=m,[z,F]=gr(u,C,P,v==0?ne:$);if(F==0)return;let j=m.distr==2,ee=c._splits=c.splits(l,u,C,P,z,F,j),ce=m.distr==2?ee.map(q=>xt[q]):ee,re=m.distr==2?xt[ee[1]]-xt[ee[0]]:z,le=c._values=c.values(l,c.filter(l,ce,u,F,re),u,F,re);c._rotate=b==2?c.rotate(l,le,u,F):0;let Z=c._size;c._size=wt(c.size(l,le,u,i)),Z!=null&&c._size!=Z&&(o=!1)}),o}function br(i){let o=!0;return Gs.forEach((c,u)=>{let m=c(l,u,Jt,i);m!=It[u]&&(o=!1),It[u]=m}),o}function yr(){for(let i=0;i<A.length;i++){let o=A[i];if(!o.show||!o._show)continue;let c=o.side,u=c%2,m,b,v=o.stroke(l,i),C=c==0||c==3?-1:1,[P,z]=o._found;if(o.label!=null){let Je=o.labelGap*C,it=Re((o._lpos+Je)*ue);qs(o.labelFont[0],v,"center",c==2?"top":Si),f.save(),u==1?(m=b=0,f.translate(it,Re(ut+gt/2)),f.rotate((c==3?-ml:ml)/2)):(m=Re(nt+Xe/2),b=it);let Xt=fo(o.label)?o.label(l,i,P,z):o.label;f.fillText(Xt,m,b),f.restore()}if(z==0)continue;let F=L[o.scale],j=u==0?Xe:gt,ee=u==0?nt:ut,ce=o._splits,re=F.distr==2?ce.map(Je=>xt[Je]):ce,le=F.distr==2?xt[ce[1]]-xt[ce[0]]:P,Z=o.ticks,q=o.border,Se=Z.show?Z.size:0,Ce=Re(Se*ue),We=Re((o.alignTo==2?o._size-Se-o.gap:o.gap)*ue),pe=o._rotate*-ml/180,Te=E(o._pos*ue),lt=(Ce+We)*C,qe=Te+lt;b=u==0?qe:0,m=u==1?qe:0;let pt=o.font[0],bt=o.align==1?Tn:o.align==2?ls:pe>0?Tn:pe<0?ls:u==0?"center":c==3?ls:Tn,Et=pe||u==1?"middle":c==2?"top":Si;qs(pt,v,bt,Et);let st=o.font[1]*o.lineGap,ht=ce.map(Je=>E(d(Je,F,j,ee))),yt=o._values;for(let Je=0;Je<yt.length;Je++){let it=yt[Je];if(it!=null){u==0?m=ht[Je]:b=ht[Je],it=""+it;let Xt=it.indexOf(`
`)==-1?[it]:it.split(/\n/gm);for(let Ze=0;Ze<Xt.length;Ze++){let xi=Xt[Ze];pe?(f.save(),f.translate(m,b+Ze*st),f.rotate(pe),f.fillText(xi,0,0),f.restore()):f.fillText(xi,m,b+Ze*st)}}}Z.show&&Ul(ht,Z.filter(l,re,i,z,le),u,c,Te,Ce,we(Z.width*ue,3),Z.stroke(l,i),Z.dash,Z.cap);let Nt=o.grid;Nt.show&&Ul(ht,Nt.filter(l,re,i,z,le),u,u==0?2:1,u==0?ut:nt,u==0?gt:Xe,we(Nt.width*ue,3),Nt.stroke(l,i),Nt.dash,Nt.cap),q.show&&Ul([Te],[1],u==0?1:0,u==0?1:2,u==1?ut:nt,u==1?gt:Xe,we(q.width*ue,3),q.stroke(l,i),q.dash,q.cap)}$e("drawAxes")}function gn(i){k.forEach((o,c)=>{c>0&&(o._paths=null,i&&(s==1?(o.min=null,o.max=null):o.facets.forEach(u=>{u.min=null,u.max=null})))})}let cl=!1,Gl=!1,Bn=[];function vr(){Gl=!1;for(let i=0;i<Bn.length;i++)$e(...Bn[i]);Bn.length=0}function xn(){cl||(Ma(ei),cl=!0)}function Sr(i,o=!1){cl=!0,Gl=o,i(l),ei(),o&&Bn.length>0&&queueMicrotask(vr)}l.batch=Sr;function ei(){if(Rl&&(pr(),Rl=!1),fn&&(or(),fn=!1),ll){if(ke(S,Tn,xe),ke(S,"top",Ae),ke(S,qn,ne),ke(S,Jn,$),ke(T,Tn,xe),ke(T,"top",Ae),ke(T,qn,ne),ke(T,Jn,$),ke(w,qn,At),ke(w,Jn,Ut),x.width=Re(At*ue),x.height=Re(Ut*ue),A.forEach(({_el:i,_show:o,_size:c,_pos:u,side:m})=>{if(i!=null)if(o){let b=m===3||m===0?c:0,v=m%2==1;ke(i,v?"left":"top",u-b),ke(i,v?"width":"height",c),ke(i,v?"top":"left",v?Ae:xe),ke(i,v?"height":"width",v?$:ne),ds(i,nn)}else ot(i,nn)}),ol=wn=Il=Fl=$l=Wl=Vl=Hl=Ol=null,et=1,Gn(!0),xe!=un||Ae!=Gt||ne!=Mt||$!=Kt){gn(!1);let i=ne/Mt,o=$/Kt;if(Ve&&!Yt&&B.left>=0){B.left*=i,B.top*=o,bn&&Pt(bn,Re(B.left),0,ne,$),yn&&Pt(yn,0,Re(B.top),ne,$);for(let c=0;c<dt.length;c++){let u=dt[c];u!=null&&(hn[c]*=i,mn[c]*=o,Pt(u,wt(hn[c]),wt(mn[c]),ne,$))}}if(ve.show&&!sl&&ve.left>=0&&ve.width>0){ve.left*=i,ve.width*=i,ve.top*=o,ve.height*=o;for(let c in Ql)ke(kn,c,ve[c])}un=xe,Gt=Ae,Mt=ne,Kt=$}$e("setSize"),ll=!1}At>0&&Ut>0&&(f.clearRect(0,0,x.width,x.height),$e("drawClear"),O.forEach(i=>i()),$e("draw")),ve.show&&sl&&(ul(ve),sl=!1),Ve&&Yt&&(Qt(null,!0,!1),Yt=!1),Q.show&&Q.live&&ft&&(Jl(),ft=!1),p||(p=!0,l.status=1,$e("ready")),Hn=!1,cl=!1}l.redraw=(i,o)=>{fn=o||!1,i!==!1?Ft(M,y.min,y.max):xn()};function Kl(i,o){let c=L[i];if(c.from==null){if(Be==0){let u=c.range(l,o.min,o.max,i);o.min=u[0],o.max=u[1]}if(o.min>o.max){let u=o.min;o.min=o.max,o.max=u}if(Be>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;i==M&&c.distr==2&&Be>0&&(o.min=St(o.min,e[0]),o.max=St(o.max,e[0]),o.min==o.max&&o.max++),U[i]=o,Rl=!0,xn()}}l.setScale=Kl;let Yl,ql,bn,yn,ti,ni,vn,Sn,li,si,ye,_e,Ot=!1,je=B.drag,Oe=je.x,Fe=je.y;Ve&&(B.x&&(Yl=mt(qr,T)),B.y&&(ql=mt(Jr,T)),y.ori==0?(bn=Yl,yn=ql):(bn=ql,yn=Yl),ye=B.left,_e=B.top);let ve=l.select=Ne({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),kn=ve.show?mt(Yr,ve.over?T:S):null;function ul(i,o){if(ve.show){for(let c in i)ve[c]=i[c],c in Ql&&ke(kn,c,i[c]);o!==!1&&$e("setSelect")}}l.setSelect=ul;function kr(i){if(k[i].show)be&&ds(he[i],nn);else if(be&&ot(he[i],nn),Ve){let c=pn?dt[0]:dt[i];c!=null&&Pt(c,-10,-10,ne,$)}}function Ft(i,o,c){Kl(i,{min:o,max:c})}function Tt(i,o,c,u){o.focus!=null&&Lr(i),o.show!=null&&k.forEach((m,b)=>{b>0&&(i==b||i==null)&&(m.show=o.show,kr(b),s==2?(Ft(m.facets[0].scale,null,null),Ft(m.facets[1].scale,null,null)):Ft(m.scale,null,null),xn())}),c!==!1&&$e("setSeries",i,o),u&&Kn("setSeries",l,i,o)}l.setSeries=Tt;function _r(i,o){Ne(_[i],o)}function Mr(i,o){i.fill=se(i.fill||null),i.dir=ae(i.dir,-1),o=o??_.length,_.splice(o,0,i)}function Cr(i){i==null?_.length=0:_.splice(i,1)}l.addBand=Mr,l.setBand=_r,l.delBand=Cr;function Tr(i,o){k[i].alpha=o,Ve&&dt[i]!=null&&(dt[i].style.opacity=o),be&&he[i]&&(he[i].style.opacity=o)}let Rt,$t,Zt,_n={focus:!0};function Lr(i){if(i!=Zt){let o=i==null,c=Ct.alpha!=1;k.forEach((u,m)=>{if(s==1||m>0){let b=o||m==0||m==i;u._focus=o?null:b,c&&Tr(m,b?1:Ct.alpha)}}),Zt=i,c&&xn()}}be&&dn&&Ye(Ci,oe,i=>{B._lock||(qt(i),Zt!=null&&Tt(null,_n,!0,Ee.setSeries))});function Lt(i,o,c){let u=L[o];c&&(i=i/ue-(u.ori==1?Ae:xe));let m=ne;u.ori==1&&(m=$,i=m-i),u.dir==-1&&(i=m-i);let b=u._min,v=u._max,C=i/m,P=b+(v-b)*C,z=u.distr;return z==3?Nn(10,P):z==4?pa(P,u.asinh):z==100?u.bwd(P):P}function Er(i,o){let c=Lt(i,M,o);return St(c,e[0],ze,Ie)}l.valToIdx=i=>St(i,e[0]),l.posToIdx=Er,l.posToVal=Lt,l.valToPos=(i,o,c)=>L[o].ori==0?r(i,L[o],c?Xe:ne,c?nt:0):a(i,L[o],c?gt:$,c?ut:0),l.setCursor=(i,o,c)=>{ye=i.left,_e=i.top,Qt(null,o,c)};function ii(i,o){ke(kn,Tn,ve.left=i),ke(kn,qn,ve.width=o)}function oi(i,o){ke(kn,"top",ve.top=i),ke(kn,Jn,ve.height=o)}let jn=y.ori==0?ii:oi,Un=y.ori==1?ii:oi;function Nr(){if(be&&Q.live)for(let i=s==2?1:0;i<k.length;i++){if(i==0&&He)continue;let o=Q.values[i],c=0;for(let u in o)K[i][c++].firstChild.nodeValue=o[u]}}function Jl(i,o){if(i!=null&&(i.idxs?i.idxs.forEach((c,u)=>{ie[u]=c}):ga(i.idx)||ie.fill(i.idx),Q.idx=ie[0]),be&&Q.live){for(let c=0;c<k.length;c++)(c>0||s==1&&!He)&&Pr(c,ie[c]);Nr()}ft=!1,o!==!1&&$e("setLegend")}l.setLegend=Jl;function Pr(i,o){let c=k[i],u=i==0&&Y==2?xt:e[i],m;He?m=c.values(l,i,o)??ct:(m=c.value(l,o==null?null:u[o],i,o),m=m==null?ct:{_:m}),Q.values[i]=m}function Qt(i,o,c){li=ye,si=_e,[ye,_e]=B.move(l,ye,_e),B.left=ye,B.top=_e,Ve&&(bn&&Pt(bn,Re(ye),0,ne,$),yn&&Pt(yn,0,Re(_e),ne,$));let u,m=ze>Ie;Rt=me,$t=null;let b=y.ori==0?ne:$,v=y.ori==1?ne:$;if(ye<0||Be==0||m){u=B.idx=null;for(let C=0;C<k.length;C++){let P=dt[C];P!=null&&Pt(P,-10,-10,ne,$)}dn&&Tt(null,_n,!0,i==null&&Ee.setSeries),Q.live&&(ie.fill(u),ft=!0)}else{let C,P,z;s==1&&(C=y.ori==0?ye:_e,P=Lt(C,M),u=B.idx=St(P,e[0],ze,Ie),z=H(e[0][u],y,b,0));let F=-10,j=-10,ee=0,ce=0,re=!0,le="",Z="";for(let q=s==2?1:0;q<k.length;q++){let Se=k[q],Ce=ie[q],We=Ce==null?null:s==1?e[q][Ce]:e[q][1][Ce],pe=B.dataIdx(l,q,u,P),Te=pe==null?null:s==1?e[q][pe]:e[q][1][pe];if(ft=ft||Te!=We||pe!=Ce,ie[q]=pe,q>0&&Se.show){let lt=pe==null?-10:pe==u?z:H(s==1?e[0][pe]:e[q][0][pe],y,b,0),qe=Te==null?-10:J(Te,s==1?L[Se.scale]:L[Se.facets[1].scale],v,0);if(dn&&Te!=null){let pt=y.ori==1?ye:_e,bt=De(Ct.dist(l,q,pe,qe,pt));if(bt<Rt){let Et=Ct.bias;if(Et!=0){let st=Lt(pt,Se.scale),ht=Te>=0?1:-1,yt=st>=0?1:-1;yt==ht&&(yt==1?Et==1?Te>=st:Te<=st:Et==1?Te<=st:Te>=st)&&(Rt=bt,$t=q)}else Rt=bt,$t=q}}if(ft||pn){let pt,bt;y.ori==0?(pt=lt,bt=qe):(pt=qe,bt=lt);let Et,st,ht,yt,Nt,Je,it=!0,Xt=Ke.bbox;if(Xt!=null){it=!1;let Ze=Xt(l,q);ht=Ze.left,yt=Ze.top,Et=Ze.width,st=Ze.height}else ht=pt,yt=bt,Et=st=Ke.size(l,q);if(Je=Ke.fill(l,q),Nt=Ke.stroke(l,q),pn)q==$t&&Rt<=Ct.prox&&(F=ht,j=yt,ee=Et,ce=st,re=it,le=Je,Z=Nt);else{let Ze=dt[q];Ze!=null&&(hn[q]=ht,mn[q]=yt,Ri(Ze,Et,st,it),Pi(Ze,Je,Nt),Pt(Ze,wt(ht),wt(yt),ne,$))}}}}if(pn){let q=Ct.prox,Se=Zt==null?Rt<=q:Rt>q||$t!=Zt;if(ft||Se){let Ce=dt[0];Ce!=null&&(hn[0]=F,mn[0]=j,Ri(Ce,ee,ce,re),Pi(Ce,le,Z),Pt(Ce,wt(F),wt(j),ne,$))}}}if(ve.show&&Ot)if(i!=null){let[C,P]=Ee.scales,[z,F]=Ee.match,[j,ee]=i.cursor.sync.scales,ce=i.cursor.drag;if(Oe=ce._x,Fe=ce._y,Oe||Fe){let{left:re,top:le,width:Z,height:q}=i.select,Se=i.scales[j].ori,Ce=i.posToVal,We,pe,Te,lt,qe,pt=C!=null&&z(C,j),bt=P!=null&&F(P,ee);pt&&Oe?(Se==0?(We=re,pe=Z):(We=le,pe=q),Te=L[C],lt=H(Ce(We,j),Te,b,0),qe=H(Ce(We+pe,j),Te,b,0),jn(kt(lt,qe),De(qe-lt))):jn(0,b),bt&&Fe?(Se==1?(We=re,pe=Z):(We=le,pe=q),Te=L[P],lt=J(Ce(We,ee),Te,v,0),qe=J(Ce(We+pe,ee),Te,v,0),Un(kt(lt,qe),De(qe-lt))):Un(0,v)}else Xl()}else{let C=De(li-ti),P=De(si-ni);if(y.ori==1){let ee=C;C=P,P=ee}Oe=je.x&&C>=je.dist,Fe=je.y&&P>=je.dist;let z=je.uni;z!=null?Oe&&Fe&&(Oe=C>=z,Fe=P>=z,!Oe&&!Fe&&(P>C?Fe=!0:Oe=!0)):je.x&&je.y&&(Oe||Fe)&&(Oe=Fe=!0);let F,j;Oe&&(y.ori==0?(F=vn,j=ye):(F=Sn,j=_e),jn(kt(F,j),De(j-F)),Fe||Un(0,v)),Fe&&(y.ori==1?(F=vn,j=ye):(F=Sn,j=_e),Un(kt(F,j),De(j-F)),Oe||jn(0,b)),!Oe&&!Fe&&(jn(0,0),Un(0,0))}if(je._x=Oe,je._y=Fe,i==null){if(c){if(gi!=null){let[C,P]=Ee.scales;Ee.values[0]=C!=null?Lt(y.ori==0?ye:_e,C):null,Ee.values[1]=P!=null?Lt(y.ori==1?ye:_e,P):null}Kn(ss,l,ye,_e,ne,$,u)}if(dn){let C=c&&Ee.setSeries,P=Ct.prox;Zt==null?Rt<=P&&Tt($t,_n,!0,C):Rt>P?Tt(null,_n,!0,C):$t!=Zt&&Tt($t,_n,!0,C)}}ft&&(Q.idx=u,Jl()),o!==!1&&$e("setCursor")}let Wt=null;Object.defineProperty(l,"rect",{get(){return Wt==null&&Gn(!1),Wt}});function Gn(i=!1){i?Wt=null:(Wt=T.getBoundingClientRect(),$e("syncRect",Wt))}function ri(i,o,c,u,m,b,v){B._lock||Ot&&i!=null&&i.movementX==0&&i.movementY==0||(Zl(i,o,c,u,m,b,v,!1,i!=null),i!=null?Qt(null,!0,!0):Qt(o,!0,!1))}function Zl(i,o,c,u,m,b,v,C,P){if(Wt==null&&Gn(!1),qt(i),i!=null)c=i.clientX-Wt.left,u=i.clientY-Wt.top;else{if(c<0||u<0){ye=-10,_e=-10;return}let[z,F]=Ee.scales,j=o.cursor.sync,[ee,ce]=j.values,[re,le]=j.scales,[Z,q]=Ee.match,Se=o.axes[0].side%2==1,Ce=y.ori==0?ne:$,We=y.ori==1?ne:$,pe=Se?b:m,Te=Se?m:b,lt=Se?u:c,qe=Se?c:u;if(re!=null?c=Z(z,re)?d(ee,L[z],Ce,0):-10:c=Ce*(lt/pe),le!=null?u=q(F,le)?d(ce,L[F],We,0):-10:u=We*(qe/Te),y.ori==1){let pt=c;c=u,u=pt}}P&&(o==null||o.cursor.event.type==ss)&&((c<=1||c>=ne-1)&&(c=en(c,ne)),(u<=1||u>=$-1)&&(u=en(u,$))),C?(ti=c,ni=u,[vn,Sn]=B.move(l,c,u)):(ye=c,_e=u)}let Ql={width:0,height:0,left:0,top:0};function Xl(){ul(Ql,!1)}let ai,ci,ui,fi;function di(i,o,c,u,m,b,v){Ot=!0,Oe=Fe=je._x=je._y=!1,Zl(i,o,c,u,m,b,v,!0,!1),i!=null&&(Ye(is,us,pi,!1),Kn(_i,l,vn,Sn,ne,$,null));let{left:C,top:P,width:z,height:F}=ve;ai=C,ci=P,ui=z,fi=F}function pi(i,o,c,u,m,b,v){Ot=je._x=je._y=!1,Zl(i,o,c,u,m,b,v,!1,!0);let{left:C,top:P,width:z,height:F}=ve,j=z>0||F>0,ee=ai!=C||ci!=P||ui!=z||fi!=F;if(j&&ee&&ul(ve),je.setScale&&j&&ee){let ce=C,re=z,le=P,Z=F;if(y.ori==1&&(ce=P,re=F,le=C,Z=z),Oe&&Ft(M,Lt(ce,M),Lt(ce+re,M)),Fe)for(let q in L){let Se=L[q];q!=M&&Se.from==null&&Se.min!=me&&Ft(q,Lt(le+Z,q),Lt(le,q))}Xl()}else B.lock&&(B._lock=!B._lock,Qt(o,!0,i!=null));i!=null&&(cn(is,us),Kn(is,l,ye,_e,ne,$,null))}function Ar(i,o,c,u,m,b,v){if(B._lock)return;qt(i);let C=Ot;if(Ot){let P=!0,z=!0,F=10,j,ee;y.ori==0?(j=Oe,ee=Fe):(j=Fe,ee=Oe),j&&ee&&(P=ye<=F||ye>=ne-F,z=_e<=F||_e>=$-F),j&&P&&(ye=ye<vn?0:ne),ee&&z&&(_e=_e<Sn?0:$),Qt(null,!0,!0),Ot=!1}ye=-10,_e=-10,ie.fill(null),Qt(null,!0,!0),C&&(Ot=C)}function hi(i,o,c,u,m,b,v){B._lock||(qt(i),zl(),Xl(),i!=null&&Kn(Ti,l,ye,_e,ne,$,null))}function mi(){A.forEach(Rc),Dl(l.width,l.height,!0)}ln(wl,En,mi);let Mn={};Mn.mousedown=di,Mn.mousemove=ri,Mn.mouseup=pi,Mn.dblclick=hi,Mn.setSeries=(i,o,c,u)=>{let m=Ee.match[2];c=m(l,o,c),c!=-1&&Tt(c,u,!0,!1)},Ve&&(Ye(_i,T,di),Ye(ss,T,ri),Ye(Mi,T,i=>{qt(i),Gn(!1)}),Ye(Ci,T,Ar),Ye(Ti,T,hi),xs.add(l),l.syncRect=Gn);let fl=l.hooks=t.hooks||{};function $e(i,o,c){Gl?Bn.push([i,o,c]):i in fl&&fl[i].forEach(u=>{u.call(null,l,o,c)})}(t.plugins||[]).forEach(i=>{for(let o in i.hooks)fl[o]=(fl[o]||[]).concat(i.hooks[o])});let wi=(i,o,c)=>c,Ee=Ne({key:null,setSeries:!1,filters:{pub:Fi,sub:Fi},scales:[M,k[1]?k[1].scale:null],match:[$i,$i,wi],values:[null,null]},B.sync);Ee.match.length==2&&Ee.match.push(wi),B.sync=Ee;let gi=Ee.key,es=Io(gi);function Kn(i,o,c,u,m,b,v){Ee.filters.pub(i,o,c,u,m,b,v)&&es.pub(i,o,c,u,m,b,v)}es.sub(l);function Rr(i,o,c,u,m,b,v){Ee.filters.sub(i,o,c,u,m,b,v)&&Mn[i](null,o,c,u,m,b,v)}l.pub=Rr;function Dr(){es.unsub(l),xs.delete(l),jt.clear(),ps(wl,En,mi),h.remove(),oe?.remove(),$e("destroy")}l.destroy=Dr;function ts(){$e("init",t,e),Ks(e||t.data,!1),U[M]?Kl(M,U[M]):zl(),sl=ve.show&&(ve.width>0||ve.height>0),Yt=ft=!0,Dl(t.width,t.height)}return k.forEach(Us),A.forEach(dr),n?n instanceof HTMLElement?(n.appendChild(h),ts()):n(l,ts):ts(),l}Le.assign=Ne;Le.fmtNum=Ms;Le.rangeNum=gl;Le.rangeLog=yl;Le.rangeAsinh=ks;Le.orient=on;Le.pxRatio=ue;Le.join=_a;Le.fmtDate=Ts,Le.tzDate=za;Le.sync=Io;{Le.addGap=gc,Le.clipGaps=kl;let t=Le.paths={points:Ho};t.linear=jo,t.stepped=yc,t.bars=vc,t.spline=kc}function Pe(t,e=4){if(t==null)return"–";if(typeof t!="number")return String(t);if(Number.isNaN(t))return"NaN";if(t===1/0)return"Inf";if(t===-1/0)return"-Inf";if(t===0)return"0";let n=Math.abs(t);return n>=1e5||n<.001?t.toExponential(Math.max(0,e-1)):String(Number(t.toPrecision(e)))}function Yo(t){let e=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,r=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,e.classList.toggle("nw-dark",a),t&&t(a))};return r(),l&&new MutationObserver(r).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",r):n.addListener&&n.addListener(r)),()=>s}function On(){let t=getComputedStyle(document.documentElement),e=n=>t.getPropertyValue(n).trim();return{fg:e("--nw-fg"),muted:e("--nw-muted"),grid:e("--nw-grid"),bg:e("--nw-bg"),panel:e("--nw-panel"),loss:e("--nw-loss"),gnorm:e("--nw-gnorm"),lr:e("--nw-lr"),onset:e("--nw-onset"),window:e("--nw-window"),select:e("--nw-select"),nan:e("--nw-nan"),inf:e("--nw-inf"),series:[e("--nw-s1"),e("--nw-s2"),e("--nw-s3"),e("--nw-s4"),e("--nw-s5"),e("--nw-s6")],band:e("--nw-band")}}var Ds=new Set;function Tl(t){for(let e of[...Ds])(!t||t.contains(e.el))&&e.destroy()}function Dc(t){return typeof t=="number"&&Number.isFinite(t)&&t>0}var Bt=class{constructor(e,n){this.el=e,this.opts=n,this.u=null,Ds.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(e))}destroy(){Ds.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let e=this._width();Math.abs(e-this.u.width)>2&&this.u.setSize({width:e,height:this.opts.height})}_build(){let e=this.opts,n=On(),l=e.series.map(_=>[_.steps,_.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(_=>_[0]===l[0][0])?s=[l[0][0],...l.map(_=>_[1])]:s=Le.join(l);let r=Array.from(s[0]),a=s.slice(1).map(_=>Array.from(_));this.raw=a,this.xs=r;let d=[...new Set(e.series.map(_=>_.scale||"y"))],p={};for(let _ of d)p[_]=!!e.log&&e.series.some((M,R)=>(M.scale||"y")===_&&a[R].some(Dc));let h=a.map((_,M)=>{let R=e.series[M].scale||"y",O=p[R],G=new Array(_.length);for(let I=0;I<_.length;I++){let y=_[I];y===void 0?G[I]=void 0:y===null||!Number.isFinite(y)||O&&y<=0?G[I]=null:G[I]=y}return G}),x=[];for(let _=0;_<r.length;_++){let M=null;for(let R of a){let O=R[_];if(typeof O=="number"&&!Number.isFinite(O)&&(M=Number.isNaN(O)?"nan":"inf",M==="nan"))break}M&&x.push([r[_],M])}this.bad=x;let f={x:{time:!1,range:(_,M,R)=>this._xRange(M,R)}};for(let _ of d)f[_]=p[_]?{distr:3,log:10,range:(M,R,O)=>R==null?[.001,1]:Le.rangeLog(R,O,10,!0)}:{range:(M,R,O)=>R==null?[0,1]:R===O?[R-Math.abs(R||1)*.5,O+Math.abs(O||1)*.5]:Le.rangeNum(R,O,.1,!0)};let w="11px system-ui, sans-serif",S=(_,M)=>({scale:_,side:M,stroke:n.muted,font:w,size:(R,O)=>{let G=0;for(let I of O||[])G=Math.max(G,String(I).length);return Math.max(e.compact?30:40,Math.ceil(G*6.6)+14)},gap:3,grid:{stroke:n.grid,width:1,show:M!==1},ticks:{stroke:n.grid,width:1,size:4},values:(R,O)=>O.map(G=>G==null?"":Pe(G,2))}),T=[{stroke:n.muted,font:w,size:e.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(_,M)=>M.map(R=>R==null?"":String(Math.round(R)))}];d.forEach((_,M)=>T.push(S(_,M===0?3:1)));let N=[{label:"step",value:(_,M)=>M==null?"–":String(Math.round(M))},...e.series.map((_,M)=>({label:_.label,scale:_.scale||"y",stroke:_.color||n.series[M%n.series.length],width:_.width||1.5,dash:_.dash,spanGaps:!1,points:{show:(R,O,G,I)=>I-G<40,size:4},value:(R,O,G,I)=>I==null?"–":Pe(this.raw[G-1][I])}))],E=[],D=e.series.findIndex(_=>_.band==="hi"),k=e.series.findIndex(_=>_.band==="lo");D>=0&&k>=0&&E.push({series:[D+1,k+1],fill:n.band});let A=this,L={width:this._width(),height:e.height||200,class:"nw-uplot",scales:f,axes:T,series:N,bands:E,legend:{show:e.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:e.syncKey?{key:e.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[_=>A._drawOverlay(_)],setSelect:[_=>{let M=_.select;if(M.width>4&&e.onRange){let R=Math.round(_.posToVal(M.left,"x")),O=Math.round(_.posToVal(M.left+M.width,"x"));_.setSelect({left:0,top:0,width:0,height:0},!1),A._dragged=!0,e.onRange(R,O)}}],ready:[_=>A._ready(_)]}};this.u=new Le(L,[r,...h],this.el),this._synced=!!e.syncKey}_xRange(e,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:e==null?[0,1]:e===n?[e-1,n+1]:[e,n]}_ready(e){let n=this.opts,l=e.over;if(n.onset!=null){let r=document.createElement("div");r.className="nw-onset-label",r.dataset.step=String(n.onset),r.textContent=`onset ${n.onset}`,l.appendChild(r),this.onsetLabel=r,this._placeLabel()}let s=null;l.addEventListener("mousedown",r=>{s=[r.clientX,r.clientY],this._dragged=!1}),l.addEventListener("click",r=>{if(!n.onStep||this._dragged||s&&Math.abs(r.clientX-s[0])>3)return;let a=e.cursor.left;if(a==null||a<0)return;let d=Math.round(e.posToVal(a,"x"));n.onStep(this._nearestStep(d))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(e){let n=this.xs;if(!n.length)return e;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r]<e?l=r+1:s=r}return l>0&&Math.abs(n[l-1]-e)<Math.abs(n[l]-e)&&l--,n[l]}_placeLabel(){if(!this.onsetLabel||!this.u)return;let e=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=e>=0&&e<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${e}px`,this.onsetLabel.classList.toggle("nw-left",e>n-70),this.onsetLabel.dataset.x=String(e)}_drawOverlay(e){let n=this.opts,l=On(),s=e.ctx,{left:r,top:a,width:d,height:p}=e.bbox,h=devicePixelRatio||1,x=f=>e.valToPos(f,"x",!0);if(s.save(),s.setLineDash([]),s.beginPath(),s.rect(r,a,d,p),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let f=Math.max(r,x(n.windowStart)),w=Math.min(r+d,x(n.onset));w>f&&(s.fillStyle=l.window,s.fillRect(f,a,w-f,p))}for(let[f,w]of this.bad){let S=x(f);s.fillStyle=w==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(S-3.5*h,a),s.lineTo(S+3.5*h,a),s.lineTo(S,a+6*h),s.closePath(),s.fill()}if(n.onset!=null){let f=Math.round(x(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*h,s.beginPath(),s.moveTo(f,a),s.lineTo(f,a+p),s.stroke()}if(n.selStep!=null){let f=Math.round(x(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*h,s.setLineDash([4*h,3*h]),s.beginPath(),s.moveTo(f,a),s.lineTo(f,a+p),s.stroke()}s.restore(),this._placeLabel()}setSynced(e){if(!this.u||!this.opts.syncKey||this._synced===e)return;this._synced=e;let n=Le.sync(this.opts.syncKey);e?n.sub(this.u):n.unsub(this.u)}setSelStep(e){this.opts.selStep=e,this.u&&this.u.redraw(!1,!1)}};function qo(t="nw"){return Le.sync(t).plots.length}function g(t,e,...n){let l=document.createElement(t);if(e)for(let[s,r]of Object.entries(e))r==null||r===!1||(s==="class"?l.className=r:s==="text"?l.textContent=String(r):s==="style"&&typeof r=="object"?Object.assign(l.style,r):s.startsWith("on")&&typeof r=="function"?l.addEventListener(s.slice(2),r):s==="dataset"?Object.assign(l.dataset,r):l.setAttribute(s,r===!0?"":String(r)));return Jo(l,n),l}function Jo(t,e){for(let n of e)n==null||n===!1||(Array.isArray(n)?Jo(t,n):n instanceof Node?t.appendChild(n):t.appendChild(document.createTextNode(String(n))))}function _t(t){for(;t.firstChild;)t.removeChild(t.firstChild);return t}var Fn="tb_nanwatch",Ll=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let e=new MessageChannel;this.port=e.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[e.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(e,n){this.listeners.set(e,n)}_post(e){this.port&&this.port.postMessage(JSON.stringify(e))}async _onMessage(e){let n;try{n=JSON.parse(e.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,r=this.listeners.get(n.type);if(r)try{l=await r(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(e,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(r=>{let a=setTimeout(()=>{this.waits.delete(s),r(null)},l);this.waits.set(s,{resolve:d=>{clearTimeout(a),r(d)},reject:()=>{clearTimeout(a),r(null)}}),this._post({type:e,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Fn})}};function Zo(){try{if(!window.parent||window.parent===window)return null;let t=window.parent.location.hash.replace(/^#/,""),e={},n=`p.${Fn}.`;for(let l of t.split("&")){let s=l.indexOf("=");if(s<0)continue;let r=decodeURIComponent(l.slice(0,s));r.startsWith(n)&&(e[r.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return e}catch{return null}}function Qo(t){let e;try{if(e=window.parent,!e||e===window)return;let n=e.location,l=n.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(d=>!d.startsWith(`p.${Fn}.`)&&!d.startsWith(encodeURIComponent(`p.${Fn}.`)));(!r.length||r[0].includes("="))&&r.unshift(Fn);for(let[d,p]of Object.entries(t))p==null||p===""||r.push(`${encodeURIComponent(`p.${Fn}.${d}`)}=${encodeURIComponent(String(p))}`);let a=new URL(n.href);a.hash=r.join("&"),a.href!==n.href&&e.history.replaceState(e.history.state,"",a.href)}catch{}}var Xo={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5};function zs(t){let e=String(t??"unknown"),n=/^[a-z]+$/.test(e)?e:"unknown";return g("span",{class:`nw-badge nw-st-${n}`,text:e})}function zc(t){if(!t)return"";let e=[];return t.layer?e.push(t.layer):t.tensor&&e.push(t.tensor),t.phase&&t.phase!==e[0]&&e.push(t.phase),e.join(" · ")}async function er(t,e,n){let l=performance.now(),s=await Ue("runs",null,n);t.runsKey=JSON.stringify(s.runs||[]);let r=(s.runs||[]).map((x,f)=>({...x,_i:f}));r.sort((x,f)=>(Xo[x.status]??4.5)-(Xo[f.status]??4.5)||x._i-f._i),t.runs=r;let a=r.filter(x=>x.status!=="healthy").length,d=g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"}),g("span",{class:"nw-sub",text:`${r.length} run${r.length===1?"":"s"}, ${a} failing`}));if(!r.length){e.append(d,g("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",g("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let p=g("tbody");for(let x of r){let f=x.onset,w=x.origin&&(x.origin.layer||x.origin.tensor)?x.origin:f,S=x.top_cause,T=[];x.sampled&&T.push(g("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let D of x.problems||[])T.push(g("span",{class:"nw-chip nw-warn",title:String(D),text:String(D)}));let N=D=>{D.preventDefault(),t.setState({run:x.run,layer:null,step:null,start:null,end:null})},E=g("tr",{class:"nw-run-row",dataset:{run:x.run,status:String(x.status)},tabindex:"0",onclick:N,onkeydown:D=>D.key==="Enter"&&N(D)},g("td",{class:"nw-run-name"},g("a",{href:t.hrefFor({run:x.run}),text:x.run,onclick:N})),g("td",null,zs(x.status)),g("td",{class:"nw-onset-step",text:f&&f.step!=null?String(f.step):"–"}),g("td",{class:"nw-origin"},w?g("span",{text:zc(w)}):"–",w&&w.layer&&w.tensor?g("div",{class:"nw-muted nw-small",text:w.tensor}):null,w&&w!==f&&w.step!=null&&f&&w.step!==f.step?g("div",{class:"nw-muted nw-small",text:`from step ${w.step}`}):null),g("td",{class:"nw-top-cause"},S?g("span",{text:S.summary||S.id}):g("span",{class:"nw-muted",text:x.status==="healthy"?"no cause found":"–"}),S&&S.score!=null?g("span",{class:"nw-score",text:Pe(Number(S.score),2)}):null),g("td",{class:"nw-num",text:x.steps!=null?String(x.steps):"–"}),g("td",{class:"nw-notes"},T));p.appendChild(E)}let h=g("table",{class:"nw-table nw-runs"},g("thead",null,g("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(x=>g("th",{text:x})))),p);e.append(d,g("div",{class:"nw-card nw-scroll-x"},h)),t.timing("overview",performance.now()-l)}function Ic(t,e){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(t);l&&(n.step=Number(l[1]));let s=null;for(let r of e)r.name&&t.includes(r.name)&&(!s||r.name.length>s.name.length)&&(s=r);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let r=null;for(let a of e)a.layer&&t.includes(a.layer)&&(!r||a.layer.length>r.length)&&(r=a.layer);n.layer=r}return n}async function Oc(t,e){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(t),n=!0)}catch{n=!1}if(!n){let l=g("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=t,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}e.textContent=n?"Copied":"Select and copy",e.dataset.copied=n?"1":"0",setTimeout(()=>e.textContent="Copy",1500)}function tr(t,e,n){let l=t.causes||[],s=g("section",{class:"nw-card nw-causes"},g("h2",{text:"Likely causes"}));l.length||s.appendChild(g("p",{class:"nw-muted",text:t.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let r=g("ol",{class:"nw-cause-list"});l.forEach((p,h)=>{let x=Number(p.score),f=g("ul",{class:"nw-evidence"});for(let S of p.evidence||[]){let T=typeof S=="string"?S:String(S&&S.text!=null?S.text:JSON.stringify(S)),N=Ic(T,e);S&&typeof S=="object"&&(N={step:S.step??N.step,layer:S.layer??N.layer,tensor:S.tensor??N.tensor});let E=N.step!=null||N.layer!=null,D=g("li",{class:E?"nw-ev nw-jump":"nw-ev"});if(E){let k=g("span",{class:"nw-linkbtn nw-evlink",role:"button",tabindex:"0",title:"Show "+[N.layer&&`layer ${N.layer}`,N.step!=null&&`step ${N.step}`].filter(Boolean).join(", "),text:T,onclick:()=>n(N),onkeydown:A=>(A.key==="Enter"||A.key===" ")&&(A.preventDefault(),n(N))});D.appendChild(k)}else D.appendChild(g("span",{text:T}));f.appendChild(D)}let w=null;if(p.fix){let S=g("button",{class:"nw-btn nw-copy",text:"Copy"});S.addEventListener("click",()=>Oc(String(p.fix),S)),w=g("div",{class:"nw-fix"},g("div",{class:"nw-fix-head"},g("span",{text:"Fix"}),S),g("pre",null,g("code",{text:String(p.fix)})))}r.appendChild(g("li",{class:"nw-cause",dataset:{id:String(p.id)}},g("div",{class:"nw-cause-head"},g("span",{class:"nw-rank",text:`${h+1}`}),g("span",{class:"nw-cause-summary",text:p.summary||p.id}),g("span",{class:"nw-scorebar",title:`score ${Pe(x,3)}`},g("span",{style:{width:`${Math.max(0,Math.min(1,x))*100}%`}})),g("span",{class:"nw-score",text:Pe(x,2)})),g("div",{class:"nw-muted nw-small",text:String(p.id)}),f,w))}),s.appendChild(r);let a=t.ruled_out||[];a.length&&s.appendChild(g("details",{class:"nw-ruled",open:l.length<=2?!0:null},g("summary",{text:`Ruled out (${a.length})`}),g("ul",null,a.map(p=>g("li",{class:"nw-ruled-item",text:typeof p=="string"?p:p.summary||p.id||JSON.stringify(p)})))));let d=t.skipped||[];return d.length&&s.appendChild(g("div",{class:"nw-muted nw-small",text:`Not checked (series not logged): ${d.join(", ")}`})),s}var El=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Fc(){let t=new Uint8ClampedArray(768);for(let e=0;e<256;e++){let n=e/255*(El.length-1),l=Math.min(El.length-2,Math.floor(n)),s=n-l;for(let r=0;r<3;r++)t[e*3+r]=El[l][r]*(1-s)+El[l+1][r]*s}return t}var $n=Fc();function Is(t){let e=/^#([0-9a-f]{6})$/i.exec(t.trim());if(e){let l=parseInt(e[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(t);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Os(t){return t==null?null:typeof t=="number"?t:t==="NaN"?NaN:t==="Inf"?1/0:t==="-Inf"?-1/0:Number(t)}var Nl=class{constructor(e,n,l){this.el=e,this.data=n,this.opts=l,this.render()}render(){let{el:e,data:n,opts:l}=this;_t(e);let s=n.rows||[],r=n.buckets||[],a=s.length,d=r.length;if(!a||!d){e.appendChild(g("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let p=On(),h=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=h;let x=1/0,f=-1/0,w=n.magnitude,S=n.nonfinite;for(let W=0;W<a;W++){let V=w[W];for(let de=0;de<d;de++){let te=Os(V[de]);te!==null&&Number.isFinite(te)&&(te<x&&(x=te),te>f&&(f=te))}}f>=x||(x=0,f=1),f-x<1e-9&&(f=x+1),this.lo=x,this.hi=f;let T=g("div",{class:"nw-hm"}),N=g("div",{class:"nw-hm-labels",style:{height:`${a*h}px`}}),E=n.layers||[],D=h>=9?1:Math.ceil(12/h);for(let W=0;W<a;W++){let V=W%D===0,de=g("div",{class:"nw-hm-label"+(l.selLayer!=null&&E[W]===l.selLayer?" nw-sel":"")+(D>1?" nw-thin":""),style:{height:`${h}px`,lineHeight:D>1?"12px":`${h}px`},title:s[W],text:V?s[W]:""});de.addEventListener("click",()=>l.onCell&&l.onCell({row:W,name:s[W],layer:E[W]??null,step:null})),N.appendChild(de)}let k=g("div",{class:"nw-hm-plot"}),A=g("canvas",{class:"nw-hm-canvas"}),L=g("div",{class:"nw-tip",style:{display:"none"}});k.append(A,L);let _=g("div",{class:"nw-hm-axis"});T.append(N,k);let M=this._legend(p);e.append(T,_,M),this.canvas=A,this.plot=k,this.tip=L;let R=document.createElement("canvas");R.width=d,R.height=a;let O=R.getContext("2d"),G=O.createImageData(d,a),I=G.data,y=Is(p.nan),Y=Is(p.inf),H=Is(p.grid),J=f-x,U=0;for(let W=0;W<a;W++){let V=w[W],de=S?S[W]:null;for(let te=0;te<d;te++){let X=(W*d+te)*4,ie=de?de[te]:0,Q;if(ie===1)Q=y,U++;else if(ie===2)Q=Y,U++;else{let B=Os(V[te]);if(B===null||Number.isNaN(B)||B===1/0)Q=H;else{let be=B===-1/0?0:Math.max(0,Math.min(255,Math.round((B-x)/J*255)))*3;I[X]=$n[be],I[X+1]=$n[be+1],I[X+2]=$n[be+2],I[X+3]=255;continue}}I[X]=Q[0],I[X+1]=Q[1],I[X+2]=Q[2],I[X+3]=255}}if(O.putImageData(G,0,0),this.img=R,e.dataset.nonfiniteCells=String(U),this.R=a,this.B=d,this._draw(),this._axis(_),window.ResizeObserver){this.ro&&this.ro.disconnect();let W=k.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(k.clientWidth-W)>2&&(W=k.clientWidth,this._draw())}),this.ro.observe(k)}A.addEventListener("mousemove",W=>this._hover(W)),A.addEventListener("mouseleave",()=>L.style.display="none"),A.addEventListener("click",W=>{let V=this._cellAt(W);V&&l.onCell&&l.onCell(V)})}destroy(){this.ro&&this.ro.disconnect()}badLayers(){let e=this.data,n={},l=e.layers||[];return(e.nonfinite||[]).forEach((s,r)=>{let a=l[r];if(a==null)return;let d=s.findIndex(h=>h===1||h===2);if(d<0)return;let p=e.buckets[d][0];(!(a in n)||p<n[a][0])&&(n[a]=[p,s[d]===1?"NaN":"Inf"])}),n}_draw(){let{canvas:e,plot:n,R:l,B:s,rh:r}=this,a=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),p=l*r;this.w=d,this.hgt=p,e.style.width=`${d}px`,e.style.height=`${p}px`,e.width=Math.round(d*a),e.height=Math.round(p*a);let h=e.getContext("2d");h.imageSmoothingEnabled=!1,h.drawImage(this.img,0,0,s,l,0,0,e.width,e.height);let x=On(),{onset:f,selStep:w,selLayer:S}=this.opts,T=this.data.layers||[];if(S!=null){h.strokeStyle=x.select,h.lineWidth=1.5*a;for(let E=0;E<l;E++)T[E]===S&&h.strokeRect(.75*a,E*r*a+.75*a,e.width-1.5*a,r*a-1.5*a)}let N=E=>{let D=this._bucketOf(E);return D==null?null:(D+.5)/s*e.width};if(f!=null){let E=N(f);E!=null&&(h.strokeStyle=x.onset,h.lineWidth=2*a,h.setLineDash([5*a,3*a]),h.beginPath(),h.moveTo(E,0),h.lineTo(E,e.height),h.stroke(),h.setLineDash([]))}if(w!=null){let E=N(w);E!=null&&(h.strokeStyle=x.select,h.lineWidth=1*a,h.beginPath(),h.moveTo(E,0),h.lineTo(E,e.height),h.stroke())}}_bucketOf(e){let n=this.data.buckets;if(!n.length||e<n[0][0]||e>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r][1]<e?l=r+1:s=r}return l}_cellAt(e){let n=this.canvas.getBoundingClientRect(),l=e.clientX-n.left,s=e.clientY-n.top,r=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(r<0||r>=this.B||a<0||a>=this.R)return null;let d=this.data,[p,h]=d.buckets[r],x=d.nonfinite?d.nonfinite[a][r]:0;return{row:a,bucket:r,name:d.rows[a],layer:(d.layers||[])[a]??null,step:p,first:p,last:h,magnitude:Os(d.magnitude[a][r]),nonfinite:x===1?"NaN":x===2?"Inf":null,source:d.bucket_source?d.bucket_source[r]:null,x:l,y:s}}_hover(e){let n=this._cellAt(e),l=this.tip;if(!n){l.style.display="none";return}_t(l),l.append(g("div",{class:"nw-tip-name",text:n.name}),g("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?g("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,g("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${Pe(Math.pow(10,n.magnitude))} (log10 ${Pe(n.magnitude,3)})`}),n.source==="l2"?g("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(e){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],r=n[Math.floor(n.length/2)][0];e.append(g("span",{text:`step ${l}`}),g("span",{text:String(r)}),g("span",{text:String(s)}))}_legend(e){let n=g("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let r=0;r<120;r++){let a=Math.round(r/119*255)*3;l.fillStyle=`rgb(${$n[a]},${$n[a+1]},${$n[a+2]})`,l.fillRect(r,0,1,10)}let s=(r,a)=>g("span",{class:"nw-sw-wrap"},g("span",{class:`nw-sw ${r}`}),a);return g("div",{class:"nw-hm-legend"},g("span",{text:`max |x| 10^${Pe(this.lo,2)}`}),n,g("span",{text:`10^${Pe(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var $c=["nan","inf","max_abs","std","mean","scale_spread"];async function nr(t,e,n){let l=t.rows.filter(p=>p.kind==="input"||p.kind==="target");if(!l.length){e.appendChild(g("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Ue("series",{run:t.run,tensor:l.map(p=>p.name),stat:$c,start:t.range[0],end:t.range[1],points:400},n),r=new Map;for(let p of s.series||[])r.set(`${p.tensor}\0${p.stat}`,{steps:p.steps,values:Cn(p.values)});let a=g("tbody"),d=g("div",{class:"nw-grid-multi"});for(let p of l){let h=y=>r.get(`${p.name}\0${y}`)||{steps:[],values:[]},x=h("nan"),f=h("inf"),w=h("max_abs"),S=h("std"),T=h("mean"),N=h("scale_spread"),E=0,D=0,k=null,A=!1;x.values.forEach((y,Y)=>{(y>0||Number.isNaN(y))&&(y>0?E+=y:A=!0,(k===null||x.steps[Y]<k)&&(k=x.steps[Y]))}),f.values.forEach((y,Y)=>{y>0&&(D+=y,(k===null||f.steps[Y]<k)&&(k=f.steps[Y]))});let L=null,_=null,M=null;w.values.forEach((y,Y)=>{Number.isFinite(y)&&(L===null||y>L)&&(L=y);let H=S.values[Y],J=T.values[Y];if(Number.isFinite(y)&&Number.isFinite(H)&&H>0){let U=(y-Math.abs(Number.isFinite(J)?J:0))/H;(_===null||U>_)&&(_=U,M=w.steps[Y])}});let R=null;for(let y of N.values)Number.isFinite(y)&&(R===null||y>R)&&(R=y);let O=E+D>0||A,G=y=>A?`${y?`${Pe(y)} + `:""}?`:Pe(y);a.appendChild(g("tr",{class:O?"nw-bad-row":""},g("td",{class:"nw-mono",text:p.name}),g("td",{class:E||A?"nw-nan-text":"",text:G(E),title:A?"some counts unknown":null}),g("td",{class:D||A?"nw-inf-text":"",text:G(D),title:A?"some counts unknown":null}),g("td",{text:k===null?"–":String(k)}),g("td",{text:Pe(L)}),g("td",{class:_!==null&&_>10?"nw-warn-text":"",text:_===null?"–":`${Pe(_,3)} σ @ ${M}`}),g("td",{class:R!==null&&R>100?"nw-warn-text":"",text:Pe(R)})));let I=g("div",{class:"nw-mini"});d.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:`${p.name}: max |x|`}),I)),t.defer(()=>t.charts.push(new Bt(I,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:t.range,onset:t.onset,windowStart:t.windowStart,syncKey:"nw",selStep:t.selStep(),onStep:y=>t.jump({step:y}),onRange:(y,Y)=>t.zoom(y,Y),onReset:()=>t.zoom(null,null)})))}e.append(g("div",{class:"nw-scroll-x"},g("table",{class:"nw-table nw-inputs"},g("thead",null,g("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(p=>g("th",{text:p})))),a)),g("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function Wc(t){let e=new Map;for(let n of t){if(!n.layer)continue;e.has(n.layer)||e.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=e.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...e.values()]}var lr=(t,e)=>t.startsWith(e+"/")?t.slice(e.length+1):t,Pl=class{constructor(e,n){if(this.ctx=e,this.groups=Wc(e.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(g("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=g("div",{class:"nw-layers"});for(let s of this.groups){let r=g("div",{class:"nw-layer-body"},g("div",{class:"nw-muted nw-small",text:"…"})),a=g("div",{class:"nw-layer",dataset:{layer:s.layer}},g("div",{class:"nw-layer-head"},g("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?g("span",{class:"nw-chip",text:String(s.act.activation)}):null),r);a.addEventListener("click",d=>{d.target.closest(".u-over")||e.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:r,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let r of s)r.isIntersecting&&this._want(r.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let r of s){let a=this.cards.get(r.target.dataset.layer);if(a){a.visible=r.isIntersecting;for(let d of a.charts)d.setSynced(r.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}markBad(e){for(let[n,{card:l}]of this.cards){let s=l.querySelector(".nw-layer-bad");s&&s.remove();let r=e[n];l.classList.toggle("nw-layer-hasbad",!!r),r&&l.querySelector(".nw-layer-head").appendChild(g("span",{class:"nw-chip nw-layer-bad",text:`${r[1]} from step ${r[0]}`}))}}highlight(e,n){for(let[s,{card:r}]of this.cards)r.classList.toggle("nw-sel",s===e);let l=this.cards.get(e);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(e))}_want(e){this.loaded.has(e)||!this.cards.has(e)||(this.loaded.add(e),this.queue.add(e),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let e=[...this.queue];this.queue.clear();for(let n=0;n<e.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(e.slice(n,n+16))}}async _load(e){if(!e.length)return;let n=this.ctx,l=e.map(f=>this.cards.get(f).group),s=l.filter(f=>f.act).map(f=>f.act.name),r=l.flatMap(f=>[...f.grads,...f.weights].map(w=>w.name)),a=l.flatMap(f=>f.weights.map(w=>w.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},p=[];s.length&&p.push(Ue("series",{...d,tensor:s,stat:["min","max","mean"]},n.signal)),r.length&&p.push(Ue("series",{...d,tensor:r,stat:["trace"]},n.signal)),a.length&&p.push(Ue("series",{...d,tensor:a,stat:["update_ratio"]},n.signal));let h;try{h=await Promise.all(p)}catch(f){if(n.signal.aborted)return;for(let w of e){let{body:S}=this.cards.get(w);S.textContent=`Could not load: ${f.message}`}return}if(n.signal.aborted)return;let x=new Map;for(let f of h)for(let w of f.series||[])x.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:Cn(w.values)});for(let f of e){if(n.signal.aborted)return;let w=this.cards.get(f);this._draw(w,x);for(let S of w.charts)S.setSynced(w.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(e,n){let{body:l,group:s}=e,r=this.ctx;l.textContent="";let a=(h,x)=>n.get(`${h}\0${x}`),d=[];if(s.act){let h=a(s.act.name,"min"),x=a(s.act.name,"max"),f=a(s.act.name,"mean");h&&x&&d.push(["activation range",[{label:"max",steps:x.steps,values:x.values,band:"hi"},{label:"min",steps:h.steps,values:h.values,band:"lo"},...f?[{label:"mean",steps:f.steps,values:f.values,dash:[3,3]}]:[]],!1])}let p=h=>h.map(x=>({label:lr(x.name,s.layer),...a(x.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&d.push(["gradient norm",p(s.grads),!0]),s.weights.length&&d.push(["weight norm",p(s.weights),!0]),s.weights.length&&d.push(["update ratio",s.weights.map(h=>({label:lr(h.name,s.layer),...a(h.name,"update_ratio")||{steps:[],values:[]}})),!0]),!d.length){l.appendChild(g("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[h,x,f]of d){let w=g("div",{class:"nw-mini"});if(l.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:h}),w)),x.every(T=>!T.steps.length)){w.appendChild(g("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new Bt(w,{series:x,log:f,compact:!0,height:110,range:r.range,onset:r.onset,windowStart:r.windowStart,syncKey:"nw",selStep:r.selStep(),onStep:T=>r.jump({step:T,layer:s.layer}),onRange:(T,N)=>r.zoom(T,N),onReset:()=>r.zoom(null,null)});r.charts.push(S),e.charts.push(S)}}};var sr=20,Vc=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],tl=class{constructor(e,n){this.app=e,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Tl(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(e){let n=this.app,l=n.state,s=l.run,r=performance.now(),a=Ue("diagnosis",{run:s},e),d=await Ue("tensors",{run:s},e),p=(d.rows||[]).length;this.hmKind===null&&(this.hmKind=p>150?"activation":"");let h=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),x=Ue("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(h),kind:this.hmKind||null},e).catch(K=>K),f=await a,w=d.rows||[],S=Number(f.steps)||0,T=f.onset&&f.onset.step!=null?Number(f.onset.step):null,N=[0,Math.max(1,S-1)],E=[l.start??N[0],l.end??N[1]];E[1]>E[0]||(E=N);let D=this,k=[],A={run:s,rows:w,range:E,full:N,onset:T,windowStart:T==null?null:T-sr,charts:this.charts,signal:e,defer:K=>k.push(K),selStep:()=>n.state.step??null,jump:K=>D.jump(K),zoom:(K,Me)=>D.zoom(K,Me)};this.ctx=A;let L=g("select",{class:"nw-select",title:"Run"});for(let K of n.runs||[{run:s}]){let Me=g("option",{value:K.run,text:K.run});K.run===s&&(Me.selected=!0),L.appendChild(Me)}[...L.options].some(K=>K.value===s)||L.appendChild(g("option",{value:s,text:s,selected:!0})),L.addEventListener("change",()=>n.setState({run:L.value,layer:null,step:null,start:null,end:null}));let _=g("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:K=>{K.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),M=f.onset?g("span",{class:"nw-onset-summary"},"first non-finite at step ",g("b",{class:"nw-onset-step",text:String(f.onset.step)}),f.onset.phase?` in the ${f.onset.phase} phase`:"",f.onset.tensor?g("span",null,", tensor ",g("code",{text:String(f.onset.tensor)})):"",f.onset.layer?g("span",null," (layer ",g("code",{text:String(f.onset.layer)}),")"):""):g("span",{class:"nw-muted",text:"no non-finite value"}),R=T!=null?g("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let K=Math.max(25,Math.round(S*.03));this.zoom(Math.max(N[0],T-K),Math.min(N[1],T+Math.max(10,Math.round(K/3))))}}):null,O=E[0]!==N[0]||E[1]!==N[1],G=g("button",{class:"nw-btn",text:"Full range",disabled:O?null:!0,onclick:()=>this.zoom(null,null)}),I=g("div",{class:"nw-head"},_,L,zs(f.status),M,g("span",{class:"nw-spacer"}),g("span",{class:"nw-muted nw-small nw-range",text:`steps ${E[0]}–${E[1]} of ${S}`}),R,G),y=g("div",{class:"nw-notices"});f.sampled&&y.appendChild(g("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));for(let K of[...f.problems||[],...f.notes||[]].filter((Me,He,ct)=>ct.indexOf(Me)===He))y.appendChild(g("div",{class:"nw-notice",text:String(K)}));let Y=f.origin,H=f.onset||{};Y&&Y.how&&(Y.tensor!==H.tensor||Y.step!==H.step)&&y.appendChild(g("div",{class:"nw-notice nw-info",text:`Origin: ${f.origin.tensor??f.origin.layer??"?"} at step ${f.origin.step??"?"} (${f.origin.how})`}));let J=tr(f,w,K=>this.jump(K)),U=g("section",{class:"nw-card nw-timeline-card"},g("h2",{text:"Loss and global gradient norm"})),W=g("div",{class:"nw-timeline",dataset:{onsetStep:T==null?"":String(T)}});U.append(W,g("div",{class:"nw-muted nw-small"},"Log scale. Red line: onset; shaded: the ",String(sr)," steps before it; triangles: NaN/Inf values. Drag to zoom, double-click to reset, click to select a step."));let V=g("section",{class:"nw-card nw-heatmap-card"}),de=g("select",{class:"nw-select nw-hm-kind"});for(let[K,Me]of Vc){if(K&&!w.some(ct=>ct.kind===K))continue;let He=g("option",{value:K,text:Me});K===this.hmKind&&(He.selected=!0),de.appendChild(He)}let te=g("div",{class:"nw-heatmap"});de.addEventListener("change",()=>{this.hmKind=de.value,this._loadHeatmap(te,e)}),V.append(g("div",{class:"nw-card-head"},g("h2",{text:"Magnitude by tensor and step"}),de),te,g("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let X=g("section",{class:"nw-card nw-inputs-card"},g("h2",{text:"Inputs and targets"})),ie=g("section",{class:"nw-card nw-layers-card"},g("h2",{text:"Per layer"}));_t(this.root),this.root.append(I,y,g("div",{class:"nw-top"},J,U),V,X,ie);let Q=Math.max(300,W.clientWidth||800),B=["loss","global_grad_norm"].filter(K=>w.some(Me=>Me.name===K)),be=B.length?Ue("series",{run:s,tensor:B,stat:"trace",start:E[0],end:E[1],points:Math.min(4e3,2*Q)},e):Promise.resolve({series:[]}),Ve=this._loadHeatmap(te,e,x),ge=nr(A,X,e).catch(K=>{e.aborted||X.appendChild(g("div",{class:"nw-error",text:String(K.message||K)}))}),oe=await be;if(e.aborted)return;let tt={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},Ge=(oe.series||[]).map(K=>({label:K.tensor==="global_grad_norm"?"global grad norm":K.tensor,steps:K.steps,values:Cn(K.values),scale:K.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(K.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||tt[K.tensor],width:1.5}));Ge.length?(this.timeline=new Bt(W,{series:Ge,log:!0,height:260,range:E,onset:T,windowStart:A.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:K=>this.jump({step:K}),onRange:(K,Me)=>this.zoom(K,Me),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):W.appendChild(g("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let he=(oe.series||[]).find(K=>K.returned<K.logged);if(he&&U.appendChild(g("div",{class:"nw-muted nw-small",text:`Showing ${he.returned} of ${he.logged} steps (each bucket's min and max, every step near the onset).`})),await Ve,!e.aborted){this.grid=new Pl(A,ie),this.heatmap&&this.grid.markBad(this.heatmap.badLayers()),await ge;for(let K of k)K();e.aborted||(this.applySelection(!1),n.timing("run",performance.now()-r),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(e,n,l){let s=this.ctx,r=Math.max(200,(e.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Ue("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(r)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Nl(e,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:d=>this.jump({layer:d.layer,step:d.step,tensor:d.name})}),this.grid&&this.grid.markBad(this.heatmap.badLayers())}catch(a){n.aborted||(_t(e),e.appendChild(g("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(e,n){this.app.setState({start:e==null?null:Math.round(e),end:n==null?null:Math.round(n)})}jump(e){let n=this.app,l={};e.layer!==void 0&&e.layer!==null&&(l.layer=e.layer),e.step!==void 0&&e.step!==null&&(l.step=Math.round(e.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let r=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-r),l.end=Math.min(this.ctx.full[1],l.step+r)}n.setState(l)}applySelection(e=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),r=this.heatmap.data.layers||[];s.forEach((a,d)=>a.classList.toggle("nw-sel",n.layer!=null&&r[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,e);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(g("div",{class:"nw-selection"},"Selected: ",n.layer!=null?g("span",null,"layer ",g("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?g("span",null,"step ",g("b",{class:"nw-sel-step",text:String(n.step)})):null,g("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};var Fs=["run","layer","step","start","end"],Hc=new Set(["step","start","end"]);function $s(t){let e={};for(let n of Fs){let l=t?t[n]:void 0;if(!(l==null||l==="")){if(Hc.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);e[n]=l}}return e}function Ws(){let t=new URLSearchParams(window.location.hash.replace(/^#/,"")),e={};for(let n of Fs)t.has(n)&&(e[n]=t.get(n));return $s(e)}function Vs(t){let e=new URLSearchParams;for(let s of Fs){let r=t[s];r==null||r===""||e.set(s,String(r))}let n=e.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}var Hs=class{constructor(e){this.root=e,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Ll}async start(){let e=Ws();if(!Object.keys(e).length){let n=Zo();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(e=$s(n))}this.state=e,Vs(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Ws();this._apply(n)}),Yo(()=>{this.renders>0&&this.reload(!0)}),await this.rerender()}hrefFor(e){let n=new URLSearchParams;for(let[s,r]of Object.entries(e))r!=null&&r!==""&&n.set(s,String(r));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(e){let n={...this.state,...e};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(e){let n=this.state;this.state=e,Vs(e),Qo(e),n.run!==e.run||n.start!==e.start||n.end!==e.end||!this.view?this.rerender():this.view instanceof tl&&(n.layer!==e.layer||n.step!==e.step)&&this.view.applySelection(!0)}timing(e,n){this.timings[e]=n,window.__nanwatch.timings[e]=n}async reload(e=!1){if(window.__nanwatch.reloads=(window.__nanwatch.reloads||0)+1,!e&&this.runsKey)try{let l=(await Ue("runs")).runs||[],s=JSON.stringify(l);if(s===this.runsKey)return;this.runs=l,this.runsKey=s}catch{}let n=window.scrollY;await this.rerender(),window.scrollTo(0,n)}async rerender(){this.ctl&&this.ctl.abort();let e=new AbortController;this.ctl=e,this.view&&this.view.destroy&&this.view.destroy(),Tl(this.root);let n=g("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?(this.runs=(await Ue("runs",null,e.signal)).runs||[],this.runsKey=JSON.stringify(this.runs)):(this.view={kind:"overview"},_t(this.root).appendChild(n),await er(this,n,e.signal))),this.state.run&&!e.signal.aborted){let s=new tl(this,n);this.view=s,_t(this.root).appendChild(n),await s.render(e.signal)}}catch(s){if(e.signal.aborted||s&&s.name==="AbortError")return;_t(this.root).appendChild(n),_t(n).append(g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"})),g("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?g("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}e.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Al=null;function Hu(){if(Al)return Al;window.__nanwatch=window.__nanwatch||{timings:{}};let t=document.createElement("style");t.textContent=bi+`
`+yi,document.head.appendChild(t);let e=document.createElement("meta");e.name="color-scheme",e.content="light dark",document.head.appendChild(e);let n=g("div",{id:"nw-root"});document.body.appendChild(n);let l=new Hs(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=qo,Al=l.start(),Al}export{Hu as render};
