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
`;var Or=new URL("./",import.meta.url),ns=class extends Error{constructor(e,n){super(n),this.status=e}};function Fr(t,e){let n=new URL(t,Or);if(e){for(let[l,s]of Object.entries(e))if(s!=null)if(Array.isArray(s))for(let r of s)n.searchParams.append(l,String(r));else n.searchParams.set(l,String(s))}return n.toString()}async function Be(t,e,n){let l=await fetch(Fr(t,e),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let r=await l.text();r&&(s=r.slice(0,300))}catch{}throw new ns(l.status,`${t}: ${l.status} ${s}`)}return l.json()}function Wr(t){if(t==null)return null;if(typeof t=="number")return t;if(t==="NaN"||t==="nan")return NaN;if(t==="Inf"||t==="Infinity"||t==="inf"||t==="+Inf")return 1/0;if(t==="-Inf"||t==="-Infinity"||t==="-inf")return-1/0;let e=Number(t);return Number.isNaN(e)?null:e}function Cn(t){let e=new Array(t?t.length:0);for(let n=0;n<e.length;n++){let l=t[n];e[n]=typeof l=="number"?l:Wr(l)}return e}var Vr="uplot",$r="u-hz",Hr="u-vt",jr="u-title",Br="u-wrap",Ur="u-under",Gr="u-over",Kr="u-axis",nn="u-off",Yr="u-select",qr="u-cursor-x",Jr="u-cursor-y",Zr="u-cursor-pt",Qr="u-legend",Xr="u-live",ea="u-inline",ta="u-series",na="u-marker",vi="u-label",la="u-value",qn="width",Jn="height";var Si="bottom",Tn="left",ls="right",ys="#000",ki=ys+"0",ss="mousemove",_i="mousedown",is="mouseup",Mi="mouseenter",Ci="mouseleave",Ti="dblclick",sa="resize",ia="scroll",Ei="change",wl="dppxchange",vs="--",Dn=typeof window<"u",us=Dn?document:null,Ln=Dn?window:null,oa=Dn?navigator:null,fe,pl;function fs(){let t=devicePixelRatio;fe!=t&&(fe=t,pl&&ds(Ei,pl,fs),pl=matchMedia(`(min-resolution: ${fe-.001}dppx) and (max-resolution: ${fe+.001}dppx)`),ln(Ei,pl,fs),Ln.dispatchEvent(new CustomEvent(wl)))}function it(t,e){if(e!=null){let n=t.classList;!n.contains(e)&&n.add(e)}}function ps(t,e){let n=t.classList;n.contains(e)&&n.remove(e)}function ke(t,e,n){t.style[e]=n+"px"}function yt(t,e,n,l){let s=us.createElement(t);return e!=null&&it(s,e),n?.insertBefore(s,l),s}function ht(t,e){return yt("div",t,e)}var Li=new WeakMap;function Pt(t,e,n,l,s){let r="translate("+e+"px,"+n+"px)",a=Li.get(t);r!=a&&(t.style.transform=r,Li.set(t,r),e<0||n<0||e>l||n>s?it(t,nn):ps(t,nn))}var Pi=new WeakMap;function Ni(t,e,n){let l=e+n,s=Pi.get(t);l!=s&&(Pi.set(t,l),t.style.background=e,t.style.borderColor=n)}var Ai=new WeakMap;function Ri(t,e,n,l){let s=e+""+n,r=Ai.get(t);s!=r&&(Ai.set(t,s),t.style.height=n+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-n/2+"px":0)}var Ss={passive:!0},ra={...Ss,capture:!0};function ln(t,e,n,l){e.addEventListener(t,n,l?ra:Ss)}function ds(t,e,n,l){e.removeEventListener(t,n,Ss)}Dn&&fs();function vt(t,e,n,l){let s;n=n||0,l=l||e.length-1;let r=l<=2147483647;for(;l-n>1;)s=r?n+l>>1:ot((n+l)/2),e[s]<t?n=s:l=s;return t-e[n]<=e[l]-t?n:l}function ro(t){return(n,l,s)=>{let r=-1,a=-1;for(let p=l;p<=s;p++)if(t(n[p])){r=p;break}for(let p=s;p>=l;p--)if(t(n[p])){a=p;break}return[r,a]}}var ao=t=>t!=null,co=t=>t!=null&&t>0,bl=ro(ao),aa=ro(co);function ca(t,e,n,l=0,s=!1){let r=s?aa:bl,a=s?co:ao;[e,n]=r(t,e,n);let p=t[e],d=t[e];if(e>-1)if(l==1)p=t[e],d=t[n];else if(l==-1)p=t[n],d=t[e];else for(let h=e;h<=n;h++){let x=t[h];a(x)&&(x<p?p=x:x>d&&(d=x))}return[p??he,d??-he]}function yl(t,e,n,l){let s=Ii(t),r=Ii(e);t==e&&(s==-1?(t*=n,e/=n):(t/=n,e*=n));let a=n==10?Rt:uo,p=s==1?ot:mt,d=r==1?mt:ot,h=p(a(Re(t))),x=d(a(Re(e))),f=Pn(n,h),w=Pn(n,x);return n==10&&(h<0&&(f=me(f,-h)),x<0&&(w=me(w,-x))),l||n==2?(t=f*s,e=w*r):(t=mo(t,f),e=vl(e,w)),[t,e]}function ks(t,e,n,l){let s=yl(t,e,n,l);return t==0&&(s[0]=0),e==0&&(s[1]=0),s}var _s=.1,Di={mode:3,pad:_s},Qn={pad:0,soft:null,mode:0},ua={min:Qn,max:Qn};function gl(t,e,n,l){return Sl(n)?zi(t,e,n):(Qn.pad=n,Qn.soft=l?0:null,Qn.mode=l?3:0,zi(t,e,ua))}function ce(t,e){return t??e}function fa(t,e,n){for(e=ce(e,0),n=ce(n,t.length-1);e<=n;){if(t[e]!=null)return!0;e++}return!1}function zi(t,e,n){let l=n.min,s=n.max,r=ce(l.pad,0),a=ce(s.pad,0),p=ce(l.hard,-he),d=ce(s.hard,he),h=ce(l.soft,he),x=ce(s.soft,-he),f=ce(l.mode,0),w=ce(s.mode,0),S=e-t,E=Rt(S),P=Ze(Re(t),Re(e)),M=Rt(P),$=Re(M-E);(S<1e-24||$>10)&&(S=0,(t==0||e==0)&&(S=1e-24,f==2&&h!=he&&(r=0),w==2&&x!=-he&&(a=0)));let v=S||P||1e3,D=Rt(v),C=Pn(10,ot(D)),_=v*(S==0?t==0?.1:1:r),k=me(mo(t-_,C/10),24),z=t>=h&&(f==1||f==3&&k<=h||f==2&&k>=h)?h:he,F=Ze(p,k<z&&t>=z?z:St(z,k)),R=v*(S==0?e==0?.1:1:a),A=me(vl(e+R,C/10),24),L=e<=x&&(w==1||w==3&&A>=x||w==2&&A<=x)?x:-he,Z=St(d,A>L&&e<=L?L:Ze(L,A));return F==Z&&F==0&&(Z=100),[F,Z]}var pa=new Intl.NumberFormat(Dn?oa.language:"en-US"),Ms=t=>pa.format(t),rt=Math,ml=rt.PI,Re=rt.abs,ot=rt.floor,Ae=rt.round,mt=rt.ceil,St=rt.min,Ze=rt.max,Pn=rt.pow,Ii=rt.sign,Rt=rt.log10,uo=rt.log2,da=(t,e=1)=>rt.sinh(t)*e,os=(t,e=1)=>rt.asinh(t/e),he=1/0;function Oi(t){return(Rt((t^t>>31)-(t>>31))|0)+1}function hs(t,e,n){return St(Ze(t,e),n)}function fo(t){return typeof t=="function"}function ie(t){return fo(t)?t:()=>t}var ha=()=>{},po=t=>t,ho=(t,e)=>e,ma=t=>null,Fi=t=>!0,Wi=(t,e)=>t==e,wa=/\.\d*?(?=9{6,}|0{6,})/gm,sn=t=>{if(go(t)||Ht.has(t))return t;let e=`${t}`,n=e.match(wa);if(n==null)return t;let l=n[0].length-1;if(e.indexOf("e-")!=-1){let[s,r]=e.split("e");return+`${sn(s)}e${r}`}return me(t,l)};function en(t,e){return sn(me(sn(t/e))*e)}function vl(t,e){return sn(mt(sn(t/e))*e)}function mo(t,e){return sn(ot(sn(t/e))*e)}function me(t,e=0){if(go(t))return t;let n=10**e,l=t*n*(1+Number.EPSILON);return Ae(l)/n}var Ht=new Map;function wo(t){return((""+t).split(".")[1]||"").length}function el(t,e,n,l){let s=[],r=l.map(wo);for(let a=e;a<n;a++){let p=Re(a),d=me(Pn(t,a),p);for(let h=0;h<l.length;h++){let x=t==10?+`${l[h]}e${a}`:l[h]*d,f=(a>=0?0:p)+(a>=r[h]?0:r[h]),w=t==10?x:me(x,f);s.push(w),Ht.set(w,f)}}return s}var Xn={},Cs=[],Nn=[null,null],$t=Array.isArray,go=Number.isInteger,ga=t=>t===void 0;function Vi(t){return typeof t=="string"}function Sl(t){let e=!1;if(t!=null){let n=t.constructor;e=n==null||n==Object}return e}function xa(t){return t!=null&&typeof t=="object"}var ba=Object.getPrototypeOf(Uint8Array),xo="__proto__";function An(t,e=Sl){let n;if($t(t)){let l=t.find(s=>s!=null);if($t(l)||e(l)){n=Array(t.length);for(let s=0;s<t.length;s++)n[s]=An(t[s],e)}else n=t.slice()}else if(t instanceof ba)n=t.slice();else if(e(t)){n={};for(let l in t)l!=xo&&(n[l]=An(t[l],e))}else n=t;return n}function Le(t){let e=arguments;for(let n=1;n<e.length;n++){let l=e[n];for(let s in l)s!=xo&&(Sl(t[s])?Le(t[s],An(l[s])):t[s]=An(l[s]))}return t}var ya=0,va=1,Sa=2;function ka(t,e,n){for(let l=0,s,r=-1;l<e.length;l++){let a=e[l];if(a>r){for(s=a-1;s>=0&&t[s]==null;)t[s--]=null;for(s=a+1;s<n&&t[s]==null;)t[r=s++]=null}}}function _a(t,e){if(Ta(t)){let a=t[0].slice();for(let p=1;p<t.length;p++)a.push(...t[p].slice(1));return Ea(a[0])||(a=Ca(a)),a}let n=new Set;for(let a=0;a<t.length;a++){let d=t[a][0],h=d.length;for(let x=0;x<h;x++)n.add(d[x])}let l=[Array.from(n).sort((a,p)=>a-p)],s=l[0].length,r=new Map;for(let a=0;a<s;a++)r.set(l[0][a],a);for(let a=0;a<t.length;a++){let p=t[a],d=p[0];for(let h=1;h<p.length;h++){let x=p[h],f=Array(s).fill(void 0),w=e?e[a][h]:va,S=[];for(let E=0;E<x.length;E++){let P=x[E],M=r.get(d[E]);P===null?w!=ya&&(f[M]=P,w==Sa&&S.push(M)):f[M]=P}ka(f,S,s),l.push(f)}}return l}var Ma=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function Ca(t){let e=t[0],n=e.length,l=Array(n);for(let r=0;r<l.length;r++)l[r]=r;l.sort((r,a)=>e[r]-e[a]);let s=[];for(let r=0;r<t.length;r++){let a=t[r],p=Array(n);for(let d=0;d<n;d++)p[d]=a[l[d]];s.push(p)}return s}function Ta(t){let e=t[0][0],n=e.length;for(let l=1;l<t.length;l++){let s=t[l][0];if(s.length!=n)return!1;if(s!=e){for(let r=0;r<n;r++)if(s[r]!=e[r])return!1}}return!0}function Ea(t,e=100){let n=t.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&t[l]==null;)l++;for(;s>=l&&t[s]==null;)s--;if(s<=l)return!0;let r=Ze(1,ot((s-l+1)/e));for(let a=t[l],p=l+r;p<=s;p+=r){let d=t[p];if(d!=null){if(d<=a)return!1;a=d}}return!0}var bo=["January","February","March","April","May","June","July","August","September","October","November","December"],yo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vo(t){return t.slice(0,3)}var La=yo.map(vo),Pa=bo.map(vo),Na={MMMM:bo,MMM:Pa,WWWW:yo,WWW:La};function Yn(t){return(t<10?"0":"")+t}function Aa(t){return(t<10?"00":t<100?"0":"")+t}var Ra={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>Yn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Yn(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>Yn(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Yn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Yn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>Aa(t.getMilliseconds())};function Ts(t,e){e=e||Na;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(t);)n.push(s[0][0]=="{"?Ra[s[1]]:s[0]);return r=>{let a="";for(let p=0;p<n.length;p++)a+=typeof n[p]=="string"?n[p]:n[p](r,e);return a}}var Da=new Intl.DateTimeFormat().resolvedOptions().timeZone;function za(t,e){let n;return e=="UTC"||e=="Etc/UTC"?n=new Date(+t+t.getTimezoneOffset()*6e4):e==Da?n=t:(n=new Date(t.toLocaleString("en-US",{timeZone:e})),n.setMilliseconds(t.getMilliseconds())),n}var So=t=>t%1==0,xl=[1,2,2.5,5],Ia=el(10,-32,0,xl),ko=el(10,0,32,xl),Oa=ko.filter(So),tn=Ia.concat(ko),Es=`
`,_o="{YYYY}",$i=Es+_o,Mo="{M}/{D}",Zn=Es+Mo,dl=Zn+"/{YY}",Co="{aa}",Fa="{h}:{mm}",En=Fa+Co,Hi=Es+En,ji=":{ss}",pe=null;function To(t){let e=t*1e3,n=e*60,l=n*60,s=l*24,r=s*30,a=s*365,d=(t==1?el(10,0,3,xl).filter(So):el(10,-3,0,xl)).concat([e,e*5,e*10,e*15,e*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),h=[[a,_o,pe,pe,pe,pe,pe,pe,1],[s*28,"{MMM}",$i,pe,pe,pe,pe,pe,1],[s,Mo,$i,pe,pe,pe,pe,pe,1],[l,"{h}"+Co,dl,pe,Zn,pe,pe,pe,1],[n,En,dl,pe,Zn,pe,pe,pe,1],[e,ji,dl+" "+En,pe,Zn+" "+En,pe,Hi,pe,1],[t,ji+".{fff}",dl+" "+En,pe,Zn+" "+En,pe,Hi,pe,1]];function x(f){return(w,S,E,P,M,$)=>{let v=[],D=M>=a,C=M>=r&&M<a,_=f(E),k=me(_*t,3),z=rs(_.getFullYear(),D?0:_.getMonth(),C||D?1:_.getDate()),F=me(z*t,3);if(C||D){let R=C?M/r:0,A=D?M/a:0,L=k==F?k:me(rs(z.getFullYear()+A,z.getMonth()+R,1)*t,3),Z=new Date(Ae(L/t)),H=Z.getFullYear(),q=Z.getMonth();for(let K=0;L<=P;K++){let j=rs(H+A*K,q+R*K,1),W=j-f(me(j*t,3));L=me((+j+W)*t,3),L<=P&&v.push(L)}}else{let R=M>=s?s:M,A=ot(E)-ot(k),L=F+A+vl(k-F,R);v.push(L);let Z=f(L),H=Z.getHours()+Z.getMinutes()/n+Z.getSeconds()/l,q=M/l,K=w.axes[S]._space,j=$/K;for(;L=me(L+M,t==1?0:3),!(L>P);)if(q>1){let W=ot(me(H+q,6))%24,ee=f(L).getHours()-W;ee>1&&(ee=-1),L-=ee*l,H=(H+q)%24;let oe=v[v.length-1];me((L-oe)/M,3)*j>=.7&&v.push(L)}else v.push(L)}return v}}return[d,h,x]}var[Wa,Va,$a]=To(1),[Ha,ja,Ba]=To(.001);el(2,-53,53,[1]);function Bi(t,e){return t.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:e(s==1||n[8]==0?l:n[1]+l)))}function Ui(t,e){return(n,l,s,r,a)=>{let p=e.find(E=>a>=E[0])||e[e.length-1],d,h,x,f,w,S;return l.map(E=>{let P=t(E),M=P.getFullYear(),$=P.getMonth(),v=P.getDate(),D=P.getHours(),C=P.getMinutes(),_=P.getSeconds(),k=M!=d&&p[2]||$!=h&&p[3]||v!=x&&p[4]||D!=f&&p[5]||C!=w&&p[6]||_!=S&&p[7]||p[1];return d=M,h=$,x=v,f=D,w=C,S=_,k(P)})}}function Ua(t,e){let n=Ts(e);return(l,s,r,a,p)=>s.map(d=>n(t(d)))}function rs(t,e,n){return new Date(t,e,n)}function Gi(t,e){return e(t)}var Ga="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ki(t,e){return(n,l,s,r)=>r==null?vs:e(t(l))}function Ka(t,e){let n=t.series[e];return n.width?n.stroke(t,e):n.points.width?n.points.stroke(t,e):null}function Ya(t,e){return t.series[e].fill(t,e)}var qa={show:!0,live:!0,isolate:!1,mount:ha,markers:{show:!0,width:2,stroke:Ka,fill:Ya,dash:"solid"},idx:null,idxs:null,values:[]};function Ja(t,e){let n=t.cursor.points,l=ht(),s=n.size(t,e);ke(l,qn,s),ke(l,Jn,s);let r=s/-2;ke(l,"marginLeft",r),ke(l,"marginTop",r);let a=n.width(t,e,s);return a&&ke(l,"borderWidth",a),l}function Za(t,e){let n=t.series[e].points;return n._fill||n._stroke}function Qa(t,e){let n=t.series[e].points;return n._stroke||n._fill}function Xa(t,e){return t.series[e].points.size}var as=[0,0];function ec(t,e,n){return as[0]=e,as[1]=n,as}function hl(t,e,n,l=!0){return s=>{s.button==0&&(!l||s.target==e)&&n(s)}}function cs(t,e,n,l=!0){return s=>{(!l||s.target==e)&&n(s)}}var tc={show:!0,x:!0,y:!0,lock:!1,move:ec,points:{one:!1,show:Ja,size:Xa,width:0,stroke:Qa,fill:Za},bind:{mousedown:hl,mouseup:hl,click:hl,dblclick:hl,mousemove:cs,mouseleave:cs,mouseenter:cs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Eo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ls=Le({},Eo,{filter:ho}),Lo=Le({},Ls,{size:10}),Po=Le({},Eo,{show:!1}),Ps='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',No="bold "+Ps,Ao=1.5,Yi={show:!0,scale:"x",stroke:ys,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:No,side:2,grid:Ls,ticks:Lo,border:Po,font:Ps,lineGap:Ao,rotate:0},nc="Value",lc="Time",qi={show:!0,scale:"x",auto:!1,sorted:1,min:he,max:-he,idxs:[]};function sc(t,e,n,l,s){return e.map(r=>r==null?"":Ms(r))}function ic(t,e,n,l,s,r,a){let p=[],d=Ht.get(s)||0;n=a?n:me(vl(n,s),d);for(let h=n;h<=l;h=me(h+s,d))p.push(Object.is(h,-0)?0:h);return p}function ms(t,e,n,l,s,r,a){let p=[],d=t.scales[t.axes[e].scale].log,h=d==10?Rt:uo,x=ot(h(n));s=Pn(d,x),d==10&&(s=tn[vt(s,tn)]);let f=n,w=s*d;d==10&&(w=tn[vt(w,tn)]);do p.push(f),f=f+s,d==10&&!Ht.has(f)&&(f=me(f,Ht.get(s))),f>=w&&(s=f,w=s*d,d==10&&(w=tn[vt(w,tn)]));while(f<=l);return p}function oc(t,e,n,l,s,r,a){let d=t.scales[t.axes[e].scale].asinh,h=l>d?ms(t,e,Ze(d,n),l,s):[d],x=l>=0&&n<=0?[0]:[];return(n<-d?ms(t,e,Ze(d,-l),-n,s):[d]).reverse().map(w=>-w).concat(x,h)}var Ro=/./,rc=/[12357]/,ac=/[125]/,Ji=/1/,ws=(t,e,n,l)=>t.map((s,r)=>e==4&&s==0||r%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function cc(t,e,n,l,s){let r=t.axes[n],a=r.scale,p=t.scales[a],d=t.valToPos,h=r._space,x=d(10,a),f=d(9,a)-x>=h?Ro:d(7,a)-x>=h?rc:d(5,a)-x>=h?ac:Ji;if(f==Ji){let w=Re(d(1,a)-x);if(w<h)return ws(e.slice().reverse(),p.distr,f,mt(h/w)).reverse()}return ws(e,p.distr,f,1)}function uc(t,e,n,l,s){let r=t.axes[n],a=r.scale,p=r._space,d=t.valToPos,h=Re(d(1,a)-d(2,a));return h<p?ws(e.slice().reverse(),3,Ro,mt(p/h)).reverse():e}function fc(t,e,n,l){return l==null?vs:e==null?"":Ms(e)}var Zi={show:!0,scale:"y",stroke:ys,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:No,side:3,grid:Ls,ticks:Lo,border:Po,font:Ps,lineGap:Ao,rotate:0};function pc(t,e){let n=3+(t||1)*2;return me(n*e,3)}function dc(t,e){let{scale:n,idxs:l}=t.series[0],s=t._data[0],r=t.valToPos(s[l[0]],n,!0),a=t.valToPos(s[l[1]],n,!0),p=Re(a-r),d=t.series[e],h=p/(d.points.space*fe);return l[1]-l[0]<=h}var Qi={scale:null,auto:!0,sorted:0,min:he,max:-he},Do=(t,e,n,l,s)=>s,Xi={show:!0,auto:!0,sorted:0,gaps:Do,alpha:1,facets:[Le({},Qi,{scale:"x"}),Le({},Qi,{scale:"y"})]},eo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Do,alpha:1,points:{show:dc,filter:null},values:null,min:he,max:-he,idxs:[],path:null,clip:null};function hc(t,e,n,l,s){return n/10}var zo={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},mc=Le({},zo,{time:!1,ori:1}),to={};function Io(t,e){let n=to[t];return n||(n={key:t,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,r,a,p,d,h){for(let x=0;x<n.plots.length;x++)n.plots[x]!=s&&n.plots[x].pub(l,s,r,a,p,d,h)}},t!=null&&(to[t]=n)),n}var Rn=1,gs=2;function on(t,e,n){let l=t.mode,s=t.series[e],r=l==2?t._data[e]:t._data,a=t.scales,p=t.bbox,d=r[0],h=l==2?r[1]:r[e],x=l==2?a[s.facets[0].scale]:a[t.series[0].scale],f=l==2?a[s.facets[1].scale]:a[s.scale],w=p.left,S=p.top,E=p.width,P=p.height,M=t.valToPosH,$=t.valToPosV;return x.ori==0?n(s,d,h,x,f,M,$,w,S,E,P,_l,zn,Cl,Fo,Vo):n(s,d,h,x,f,$,M,S,w,P,E,Ml,In,Rs,Wo,$o)}function Ns(t,e){let n=0,l=0,s=ce(t.bands,Cs);for(let r=0;r<s.length;r++){let a=s[r];a.series[0]==e?n=a.dir:a.series[1]==e&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function wc(t,e,n,l,s){let r=t.mode,a=t.series[e],p=r==2?a.facets[1].scale:a.scale,d=t.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Dt(t,e,n,l,s,r){return on(t,e,(a,p,d,h,x,f,w,S,E,P,M)=>{let $=a.pxRound,v=h.dir*(h.ori==0?1:-1),D=h.ori==0?zn:In,C,_;v==1?(C=n,_=l):(C=l,_=n);let k=$(f(p[C],h,P,S)),z=$(w(d[C],x,M,E)),F=$(f(p[_],h,P,S)),R=$(w(r==1?x.max:x.min,x,M,E)),A=new Path2D(s);return D(A,F,R),D(A,k,R),D(A,k,z),A})}function kl(t,e,n,l,s,r){let a=null;if(t.length>0){a=new Path2D;let p=e==0?Cl:Rs,d=n;for(let f=0;f<t.length;f++){let w=t[f];if(w[1]>w[0]){let S=w[0]-d;S>0&&p(a,d,l,S,l+r),d=w[1]}}let h=n+s-d,x=10;h>0&&p(a,d,l-x/2,h,l+r+x)}return a}function gc(t,e,n){let l=t[t.length-1];l&&l[0]==e?l[1]=n:t.push([e,n])}function As(t,e,n,l,s,r,a){let p=[],d=t.length;for(let h=s==1?n:l;h>=n&&h<=l;h+=s)if(e[h]===null){let f=h,w=h;if(s==1)for(;++h<=l&&e[h]===null;)w=h;else for(;--h>=n&&e[h]===null;)w=h;let S=r(t[f]),E=w==f?S:r(t[w]),P=f-s;S=a<=0&&P>=0&&P<d?r(t[P]):S;let $=w+s;E=a>=0&&$>=0&&$<d?r(t[$]):E,E>=S&&p.push([S,E])}return p}function no(t){return t==0?po:t==1?Ae:e=>en(e,t)}function Oo(t){let e=t==0?_l:Ml,n=t==0?(s,r,a,p,d,h)=>{s.arcTo(r,a,p,d,h)}:(s,r,a,p,d,h)=>{s.arcTo(a,r,d,p,h)},l=t==0?(s,r,a,p,d)=>{s.rect(r,a,p,d)}:(s,r,a,p,d)=>{s.rect(a,r,d,p)};return(s,r,a,p,d,h=0,x=0)=>{h==0&&x==0?l(s,r,a,p,d):(h=St(h,p/2,d/2),x=St(x,p/2,d/2),e(s,r+h,a),n(s,r+p,a,r+p,a+d,h),n(s,r+p,a+d,r,a+d,x),n(s,r,a+d,r,a,x),n(s,r,a,r+p,a,h),s.closePath())}}var _l=(t,e,n)=>{t.moveTo(e,n)},Ml=(t,e,n)=>{t.moveTo(n,e)},zn=(t,e,n)=>{t.lineTo(e,n)},In=(t,e,n)=>{t.lineTo(n,e)},Cl=Oo(0),Rs=Oo(1),Fo=(t,e,n,l,s,r)=>{t.arc(e,n,l,s,r)},Wo=(t,e,n,l,s,r)=>{t.arc(n,e,l,s,r)},Vo=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(e,n,l,s,r,a)},$o=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(n,e,s,l,a,r)};function Ho(t){return(e,n,l,s,r)=>on(e,n,(a,p,d,h,x,f,w,S,E,P,M)=>{let{pxRound:$,points:v}=a,D,C;h.ori==0?(D=_l,C=Fo):(D=Ml,C=Wo);let _=me(v.width*fe,3),k=(v.size-v.width)/2*fe,z=me(k*2,3),F=new Path2D,R=new Path2D,{left:A,top:L,width:Z,height:H}=e.bbox;Cl(R,A-z,L-z,Z+z*2,H+z*2);let q=K=>{if(d[K]!=null){let j=$(f(p[K],h,P,S)),W=$(w(d[K],x,M,E));D(F,j+k,W),C(F,j,W,k,0,ml*2)}};if(r)r.forEach(q);else for(let K=l;K<=s;K++)q(K);return{stroke:_>0?F:null,fill:F,clip:R,flags:Rn|gs}})}function jo(t){return(e,n,l,s,r,a)=>{l!=s&&(r!=l&&a!=l&&t(e,n,l),r!=s&&a!=s&&t(e,n,s),t(e,n,a))}}var xc=jo(zn),bc=jo(In);function Bo(t){let e=ce(t?.alignGaps,0);return(n,l,s,r)=>on(n,l,(a,p,d,h,x,f,w,S,E,P,M)=>{[s,r]=bl(d,s,r);let $=a.pxRound,v=H=>$(f(H,h,P,S)),D=H=>$(w(H,x,M,E)),C,_;h.ori==0?(C=zn,_=xc):(C=In,_=bc);let k=h.dir*(h.ori==0?1:-1),z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},F=z.stroke,R=!1;if(r-s>=P*4){let H=U=>n.posToVal(U,h.key,!0),q=null,K=null,j,W,xe,ne=v(p[k==1?s:r]),ee=v(p[s]),oe=v(p[r]),Q=H(k==1?ee+1:oe-1);for(let U=k==1?s:r;U>=s&&U<=r;U+=k){let be=p[U],we=(k==1?be<Q:be>Q)?ne:v(be),re=d[U];we==ne?re!=null?(W=re,q==null?(C(F,we,D(W)),j=q=K=W):W<q?q=W:W>K&&(K=W)):re===null&&(R=!0):(q!=null&&_(F,ne,D(q),D(K),D(j),D(W)),re!=null?(W=re,C(F,we,D(W)),q=K=j=W):(q=K=null,re===null&&(R=!0)),ne=we,Q=H(ne+k))}q!=null&&q!=K&&xe!=ne&&_(F,ne,D(q),D(K),D(j),D(W))}else for(let H=k==1?s:r;H>=s&&H<=r;H+=k){let q=d[H];q===null?R=!0:q!=null&&C(F,v(p[H]),D(q))}let[L,Z]=Ns(n,l);if(a.fill!=null||L!=0){let H=z.fill=new Path2D(F),q=a.fillTo(n,l,a.min,a.max,L),K=D(q),j=v(p[s]),W=v(p[r]);k==-1&&([W,j]=[j,W]),C(H,W,K),C(H,j,K)}if(!a.spanGaps){let H=[];R&&H.push(...As(p,d,s,r,k,v,e)),z.gaps=H=a.gaps(n,l,s,r,H),z.clip=kl(H,h.ori,S,E,P,M)}return Z!=0&&(z.band=Z==2?[Dt(n,l,s,r,F,-1),Dt(n,l,s,r,F,1)]:Dt(n,l,s,r,F,Z)),z})}function yc(t){let e=ce(t.align,1),n=ce(t.ascDesc,!1),l=ce(t.alignGaps,0),s=ce(t.extend,!1);return(r,a,p,d)=>on(r,a,(h,x,f,w,S,E,P,M,$,v,D)=>{[p,d]=bl(f,p,d);let C=h.pxRound,{left:_,width:k}=r.bbox,z=ee=>C(E(ee,w,v,M)),F=ee=>C(P(ee,S,D,$)),R=w.ori==0?zn:In,A={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},L=A.stroke,Z=w.dir*(w.ori==0?1:-1),H=F(f[Z==1?p:d]),q=z(x[Z==1?p:d]),K=q,j=q;s&&e==-1&&(j=_,R(L,j,H)),R(L,q,H);for(let ee=Z==1?p:d;ee>=p&&ee<=d;ee+=Z){let oe=f[ee];if(oe==null)continue;let Q=z(x[ee]),U=F(oe);e==1?R(L,Q,H):R(L,K,U),R(L,Q,U),H=U,K=Q}let W=K;s&&e==1&&(W=_+k,R(L,W,H));let[xe,ne]=Ns(r,a);if(h.fill!=null||xe!=0){let ee=A.fill=new Path2D(L),oe=h.fillTo(r,a,h.min,h.max,xe),Q=F(oe);R(ee,W,Q),R(ee,j,Q)}if(!h.spanGaps){let ee=[];ee.push(...As(x,f,p,d,Z,z,l));let oe=h.width*fe/2,Q=n||e==1?oe:-oe,U=n||e==-1?-oe:oe;ee.forEach(be=>{be[0]+=Q,be[1]+=U}),A.gaps=ee=h.gaps(r,a,p,d,ee),A.clip=kl(ee,w.ori,M,$,v,D)}return ne!=0&&(A.band=ne==2?[Dt(r,a,p,d,L,-1),Dt(r,a,p,d,L,1)]:Dt(r,a,p,d,L,ne)),A})}function lo(t,e,n,l,s,r,a=he){if(t.length>1){let p=null;for(let d=0,h=1/0;d<t.length;d++)if(e[d]!==void 0){if(p!=null){let x=Re(t[d]-t[p]);x<h&&(h=x,a=Re(n(t[d],l,s,r)-n(t[p],l,s,r)))}p=d}}return a}function vc(t){t=t||Xn;let e=ce(t.size,[.6,he,1]),n=t.align||0,l=t.gap||0,s=t.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=ie(s),a=1-e[0],p=ce(e[1],he),d=ce(e[2],1),h=ce(t.disp,Xn),x=ce(t.each,S=>{}),{fill:f,stroke:w}=h;return(S,E,P,M)=>on(S,E,($,v,D,C,_,k,z,F,R,A,L)=>{let Z=$.pxRound,H=n,q=l*fe,K=p*fe,j=d*fe,W,xe;C.ori==0?[W,xe]=r(S,E):[xe,W]=r(S,E);let ne=C.dir*(C.ori==0?1:-1),ee=C.ori==0?Cl:Rs,oe=C.ori==0?x:(V,ge,Ne,un,Gt,_t,Kt)=>{x(V,ge,Ne,Gt,un,Kt,_t)},Q=ce(S.bands,Cs).find(V=>V.series[0]==E),U=Q!=null?Q.dir:0,be=$.fillTo(S,E,$.min,$.max,U),De=Z(z(be,_,L,R)),we,re,Ue,G=A,se=Z($.width*fe),Ge=!1,et=null,at=null,zt=null,rn=null;f!=null&&(se==0||w!=null)&&(Ge=!0,et=f.values(S,E,P,M),at=new Map,new Set(et).forEach(V=>{V!=null&&at.set(V,new Path2D)}),se>0&&(zt=w.values(S,E,P,M),rn=new Map,new Set(zt).forEach(V=>{V!=null&&rn.set(V,new Path2D)})));let{x0:an,size:Vn}=h;if(an!=null&&Vn!=null){H=1,v=an.values(S,E,P,M),an.unit==2&&(v=v.map(Ne=>S.posToVal(F+Ne*A,C.key,!0)));let V=Vn.values(S,E,P,M);Vn.unit==2?re=V[0]*A:re=k(V[0],C,A,F)-k(0,C,A,F),G=lo(v,D,k,C,A,F,G),Ue=G-re+q}else G=lo(v,D,k,C,A,F,G),Ue=G*a+q,re=G-Ue;Ue<1&&(Ue=0),se>=re/2&&(se=0),Ue<5&&(Z=po);let nl=Ue>0,Bt=G-Ue-(nl?se:0);re=Z(hs(Bt,j,K)),we=(H==0?re/2:H==ne?0:re)-H*ne*((H==0?q/2:0)+(nl?se/2:0));let Ke={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},cn=Ge?null:new Path2D,Nt=null;if(Q!=null)Nt=S.data[Q.series[1]];else{let{y0:V,y1:ge}=h;V!=null&&ge!=null&&(D=ge.values(S,E,P,M),Nt=V.values(S,E,P,M))}let Ut=W*re,te=xe*re;for(let V=ne==1?P:M;V>=P&&V<=M;V+=ne){let ge=D[V];if(ge==null)continue;if(Nt!=null){let Qe=Nt[V]??0;if(ge-Qe==0)continue;De=z(Qe,_,L,R)}let Ne=C.distr!=2||h!=null?v[V]:V,un=k(Ne,C,A,F),Gt=z(ce(ge,be),_,L,R),_t=Z(un-we),Kt=Z(Ze(Gt,De)),tt=Z(St(Gt,De)),ct=Kt-tt;if(ge!=null){let Qe=ge<0?te:Ut,wt=ge<0?Ut:te;Ge?(se>0&&zt[V]!=null&&ee(rn.get(zt[V]),_t,tt+ot(se/2),re,Ze(0,ct-se),Qe,wt),et[V]!=null&&ee(at.get(et[V]),_t,tt+ot(se/2),re,Ze(0,ct-se),Qe,wt)):ee(cn,_t,tt+ot(se/2),re,Ze(0,ct-se),Qe,wt),oe(S,E,V,_t-se/2,tt,re+se,ct)}}return se>0?Ke.stroke=Ge?rn:cn:Ge||(Ke._fill=$.width==0?$._fill:$._stroke??$._fill,Ke.width=0),Ke.fill=Ge?at:cn,Ke})}function Sc(t,e){let n=ce(e?.alignGaps,0);return(l,s,r,a)=>on(l,s,(p,d,h,x,f,w,S,E,P,M,$)=>{[r,a]=bl(h,r,a);let v=p.pxRound,D=W=>v(w(W,x,M,E)),C=W=>v(S(W,f,$,P)),_,k,z;x.ori==0?(_=_l,z=zn,k=Vo):(_=Ml,z=In,k=$o);let F=x.dir*(x.ori==0?1:-1),R=D(d[F==1?r:a]),A=R,L=[],Z=[];for(let W=F==1?r:a;W>=r&&W<=a;W+=F)if(h[W]!=null){let ne=d[W],ee=D(ne);L.push(A=ee),Z.push(C(h[W]))}let H={stroke:t(L,Z,_,z,k,v),fill:null,clip:null,band:null,gaps:null,flags:Rn},q=H.stroke,[K,j]=Ns(l,s);if(p.fill!=null||K!=0){let W=H.fill=new Path2D(q),xe=p.fillTo(l,s,p.min,p.max,K),ne=C(xe);z(W,A,ne),z(W,R,ne)}if(!p.spanGaps){let W=[];W.push(...As(d,h,r,a,F,D,n)),H.gaps=W=p.gaps(l,s,r,a,W),H.clip=kl(W,x.ori,E,P,M,$)}return j!=0&&(H.band=j==2?[Dt(l,s,r,a,q,-1),Dt(l,s,r,a,q,1)]:Dt(l,s,r,a,q,j)),H})}function kc(t){return Sc(_c,t)}function _c(t,e,n,l,s,r){let a=t.length;if(a<2)return null;let p=new Path2D;if(n(p,t[0],e[0]),a==2)l(p,t[1],e[1]);else{let d=Array(a),h=Array(a-1),x=Array(a-1),f=Array(a-1);for(let w=0;w<a-1;w++)x[w]=e[w+1]-e[w],f[w]=t[w+1]-t[w],h[w]=x[w]/f[w];d[0]=h[0];for(let w=1;w<a-1;w++)h[w]===0||h[w-1]===0||h[w-1]>0!=h[w]>0?d[w]=0:(d[w]=3*(f[w-1]+f[w])/((2*f[w]+f[w-1])/h[w-1]+(f[w]+2*f[w-1])/h[w]),isFinite(d[w])||(d[w]=0));d[a-1]=h[a-2];for(let w=0;w<a-1;w++)s(p,t[w]+f[w]/3,e[w]+d[w]*f[w]/3,t[w+1]-f[w]/3,e[w+1]-d[w+1]*f[w]/3,t[w+1],e[w+1])}return p}var xs=new Set;function so(){for(let t of xs)t.syncRect(!0)}Dn&&(ln(sa,Ln,so),ln(ia,Ln,so,!0),ln(wl,Ln,()=>{Te.pxRatio=fe}));var Mc=Bo(),Cc=Ho();function io(t,e,n,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((r,a)=>bs(r,a,e,n))}function Tc(t,e){return t.map((n,l)=>l==0?{}:Le({},e,n))}function bs(t,e,n,l){return Le({},e==0?n:l,t)}function Uo(t,e,n){return e==null?Nn:[e,n]}var Ec=Uo;function Lc(t,e,n){return e==null?Nn:gl(e,n,_s,!0)}function Go(t,e,n,l){return e==null?Nn:yl(e,n,t.scales[l].log,!1)}var Pc=Go;function Ko(t,e,n,l){return e==null?Nn:ks(e,n,t.scales[l].log,!1)}var Nc=Ko;function Ac(t,e,n,l,s){let r=Ze(Oi(t),Oi(e)),a=e-t,p=vt(s/l*a,n);do{let d=n[p],h=l*d/a;if(h>=s&&r+(d<5?Ht.get(d):0)<=17)return[d,h]}while(++p<n.length);return[0,0]}function oo(t){let e,n;return t=t.replace(/(\d+)px/,(l,s)=>(e=Ae((n=+s)*fe))+"px"),[t,e,n]}function Rc(t){t.show&&[t.font,t.labelFont].forEach(e=>{let n=me(e[2]*fe,1);e[0]=e[0].replace(/[0-9.]+px/,n+"px"),e[1]=n})}function Te(t,e,n){let l={mode:ce(t.mode,1)},s=l.mode;function r(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?1-m:m)}function a(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?m:1-m)}function p(i,o,c,u){return o.ori==0?r(i,o,c,u):a(i,o,c,u)}l.valToPosH=r,l.valToPosV=a;let d=!1;l.status=0;let h=l.root=ht(Vr);if(t.id!=null&&(h.id=t.id),it(h,t.class),t.title){let i=ht(jr,h);i.textContent=t.title}let x=yt("canvas"),f=l.ctx=x.getContext("2d"),w=ht(Br,h);ln("click",w,i=>{i.target===E&&(ye!=vn||_e!=Sn)&&He.click(l,i)},!0);let S=l.under=ht(Ur,w);w.appendChild(x);let E=l.over=ht(Gr,w);t=An(t);let P=+ce(t.pxAlign,1),M=no(P);(t.plugins||[]).forEach(i=>{i.opts&&(t=i.opts(l,t)||t)});let $=t.ms||.001,v=l.series=s==1?io(t.series||[],qi,eo,!1):Tc(t.series||[null],Xi),D=l.axes=io(t.axes||[],Yi,Zi,!0),C=l.scales={},_=l.bands=t.bands||[];_.forEach(i=>{i.fill=ie(i.fill||null),i.dir=ce(i.dir,-1)});let k=s==2?v[1].facets[0].scale:v[0].scale,z={axes:yr,series:mr},F=(t.drawOrder||["axes","series"]).map(i=>z[i]);function R(i){let o=i.distr==3?c=>Rt(c>0?c:i.clamp(l,c,i.min,i.max,i.key)):i.distr==4?c=>os(c,i.asinh):i.distr==100?c=>i.fwd(c):c=>c;return c=>{let u=o(c),{_min:m,_max:b}=i,y=b-m;return(u-m)/y}}function A(i){let o=C[i];if(o==null){let c=(t.scales||Xn)[i]||Xn;if(c.from!=null){A(c.from);let u=Le({},C[c.from],c,{key:i});u.valToPct=R(u),C[i]=u}else{o=C[i]=Le({},i==k?zo:mc,c),o.key=i;let u=o.time,m=o.range,b=$t(m);if((i!=k||s==2&&!u)&&(b&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?Di:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?Di:{mode:1,hard:m[1],soft:m[1]}},b=!1),!b&&Sl(m))){let y=m;m=(T,N,I)=>N==null?Nn:gl(N,I,y)}o.range=ie(m||(u?Ec:i==k?o.distr==3?Pc:o.distr==4?Nc:Uo:o.distr==3?Go:o.distr==4?Ko:Lc)),o.auto=ie(b?!1:o.auto),o.clamp=ie(o.clamp||hc),o._min=o._max=null,o.valToPct=R(o)}}}A("x"),A("y"),s==1&&v.forEach(i=>{A(i.scale)}),D.forEach(i=>{A(i.scale)});for(let i in t.scales)A(i);let L=C[k],Z=L.distr,H,q;L.ori==0?(it(h,$r),H=r,q=a):(it(h,Hr),H=a,q=r);let K={};for(let i in C){let o=C[i];(o.min!=null||o.max!=null)&&(K[i]={min:o.min,max:o.max},o.min=o.max=null)}let j=t.tzDate||(i=>new Date(Ae(i/$))),W=t.fmtDate||Ts,xe=$==1?$a(j):Ba(j),ne=Ui(j,Bi($==1?Va:ja,W)),ee=Ki(j,Gi(Ga,W)),oe=[],Q=l.legend=Le({},qa,t.legend),U=l.cursor=Le({},tc,{drag:{y:s==2}},t.cursor),be=Q.show,De=U.show,we=Q.markers;Q.idxs=oe,we.width=ie(we.width),we.dash=ie(we.dash),we.stroke=ie(we.stroke),we.fill=ie(we.fill);let re,Ue,G,se=[],Ge=[],et,at=!1,zt={};if(Q.live){let i=v[1]?v[1].values:null;at=i!=null,et=at?i(l,1,0):{_:0};for(let o in et)zt[o]=vs}if(be)if(re=yt("table",Qr,h),G=yt("tbody",null,re),Q.mount(l,re),at){Ue=yt("thead",null,re,G);let i=yt("tr",null,Ue);yt("th",null,i);for(var rn in et)yt("th",vi,i).textContent=rn}else it(re,ea),Q.live&&it(re,Xr);let an={show:!0},Vn={show:!1};function nl(i,o){if(o==0&&(at||!Q.live||s==2))return Nn;let c=[],u=yt("tr",ta,G,G.childNodes[o]);it(u,i.class),i.show||it(u,nn);let m=yt("th",null,u);if(we.show){let T=ht(na,m);if(o>0){let N=we.width(l,o);N&&(T.style.border=N+"px "+we.dash(l,o)+" "+we.stroke(l,o)),T.style.background=we.fill(l,o)}}let b=ht(vi,m);i.label instanceof HTMLElement?b.appendChild(i.label):b.textContent=i.label,o>0&&(we.show||(b.style.color=i.width>0?we.stroke(l,o):we.fill(l,o)),Ke("click",m,T=>{if(U._lock)return;qt(T);let N=v.indexOf(i);if((T.ctrlKey||T.metaKey)!=Q.isolate){let I=v.some((O,B)=>B>0&&B!=N&&O.show);v.forEach((O,B)=>{B>0&&Ct(B,I?B==N?an:Vn:an,!0,Ee.setSeries)})}else Ct(N,{show:!i.show},!0,Ee.setSeries)},!1),pn&&Ke(Mi,m,T=>{U._lock||(qt(T),Ct(v.indexOf(i),_n,!0,Ee.setSeries))},!1));for(var y in et){let T=yt("td",la,u);T.textContent="--",c.push(T)}return[u,c]}let Bt=new Map;function Ke(i,o,c,u=!0){let m=Bt.get(o)||{},b=U.bind[i](l,o,c,u);b&&(ln(i,o,m[i]=b),Bt.set(o,m))}function cn(i,o,c){let u=Bt.get(o)||{};for(let m in u)(i==null||m==i)&&(ds(m,o,u[m]),delete u[m]);i==null&&Bt.delete(o)}let Nt=0,Ut=0,te=0,V=0,ge=0,Ne=0,un=ge,Gt=Ne,_t=te,Kt=V,tt=0,ct=0,Qe=0,wt=0;l.bbox={};let Rl=!1,ll=!1,fn=!1,Yt=!1,sl=!1,ut=!1;function Dl(i,o,c){(c||i!=l.width||o!=l.height)&&js(i,o),gn(!1),fn=!0,ll=!0,xn()}function js(i,o){l.width=Nt=te=i,l.height=Ut=V=o,ge=Ne=0,ar(),cr();let c=l.bbox;tt=c.left=en(ge*fe,.5),ct=c.top=en(Ne*fe,.5),Qe=c.width=en(te*fe,.5),wt=c.height=en(V*fe,.5)}let ir=3;function or(){let i=!1,o=0;for(;!i;){o++;let c=xr(o),u=br(o);i=o==ir||c&&u,i||(js(l.width,l.height),ll=!0)}}function rr({width:i,height:o}){Dl(i,o)}l.setSize=rr;function ar(){let i=!1,o=!1,c=!1,u=!1;D.forEach((m,b)=>{if(m.show&&m._show){let{side:y,_size:T}=m,N=y%2,I=m.label!=null?m.labelSize:0,O=T+I;O>0&&(N?(te-=O,y==3?(ge+=O,u=!0):c=!0):(V-=O,y==0?(Ne+=O,i=!0):o=!0))}}),Jt[0]=i,Jt[1]=c,Jt[2]=o,Jt[3]=u,te-=It[1]+It[3],ge+=It[3],V-=It[2]+It[0],Ne+=It[0]}function cr(){let i=ge+te,o=Ne+V,c=ge,u=Ne;function m(b,y){switch(b){case 1:return i+=y,i-y;case 2:return o+=y,o-y;case 3:return c-=y,c+y;case 0:return u-=y,u+y}}D.forEach((b,y)=>{if(b.show&&b._show){let T=b.side;b._pos=m(T,b._size),b.label!=null&&(b._lpos=m(T,b.labelSize))}})}if(U.dataIdx==null){let i=U.hover,o=i.skip=new Set(i.skip??[]);o.add(void 0);let c=i.prox=ie(i.prox),u=i.bias??(i.bias=0);U.dataIdx=(m,b,y,T)=>{if(b==0)return y;let N=y,I=c(m,b,y,T)??he,O=I>=0&&I<he,B=L.ori==0?te:V,X=U.left,ue=e[0],ae=e[b];if(o.has(ae[y])){N=null;let le=null,J=null,Y;if(u==0||u==-1)for(Y=y;le==null&&Y-- >0;)o.has(ae[Y])||(le=Y);if(u==0||u==1)for(Y=y;J==null&&Y++<ae.length;)o.has(ae[Y])||(J=Y);if(le!=null||J!=null)if(O){let Se=le==null?-1/0:H(ue[le],L,B,0),Me=J==null?1/0:H(ue[J],L,B,0),Ve=X-Se,de=Me-X;Ve<=de?Ve<=I&&(N=le):de<=I&&(N=J)}else N=J==null?le:le==null?J:y-le<=J-y?le:J}else O&&Re(X-H(ue[y],L,B,0))>I&&(N=null);return N}}let qt=i=>{U.event=i};U.idxs=oe,U._lock=!1;let je=U.points;je.show=ie(je.show),je.size=ie(je.size),je.stroke=ie(je.stroke),je.width=ie(je.width),je.fill=ie(je.fill);let Mt=l.focus=Le({},t.focus||{alpha:.3},U.focus),pn=Mt.prox>=0,dn=pn&&je.one,ft=[],hn=[],mn=[];function Bs(i,o){let c=je.show(l,o);if(c instanceof HTMLElement)return it(c,Zr),it(c,i.class),Pt(c,-10,-10,te,V),E.insertBefore(c,ft[o]),c}function Us(i,o){if(s==1||o>0){let c=s==1&&C[i.scale].time,u=i.value;i.value=c?Vi(u)?Ki(j,Gi(u,W)):u||ee:u||fc,i.label=i.label||(c?lc:nc)}if(dn||o>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Mc||ma,i.fillTo=ie(i.fillTo||wc),i.pxAlign=+ce(i.pxAlign,P),i.pxRound=no(i.pxAlign),i.stroke=ie(i.stroke||null),i.fill=ie(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let c=pc(Ze(1,i.width),1),u=i.points=Le({},{size:c,width:Ze(1,c*.2),stroke:i.stroke,space:c*2,paths:Cc,_stroke:null,_fill:null},i.points);u.show=ie(u.show),u.filter=ie(u.filter),u.fill=ie(u.fill),u.stroke=ie(u.stroke),u.paths=ie(u.paths),u.pxAlign=i.pxAlign}if(be){let c=nl(i,o);se.splice(o,0,c[0]),Ge.splice(o,0,c[1]),Q.values.push(null)}if(De){oe.splice(o,0,null);let c=null;dn?o==0&&(c=Bs(i,o)):o>0&&(c=Bs(i,o)),ft.splice(o,0,c),hn.splice(o,0,0),mn.splice(o,0,0)}We("addSeries",o)}function ur(i,o){o=o??v.length,i=s==1?bs(i,o,qi,eo):bs(i,o,{},Xi),v.splice(o,0,i),Us(v[o],o)}l.addSeries=ur;function fr(i){if(v.splice(i,1),be){Q.values.splice(i,1),Ge.splice(i,1);let o=se.splice(i,1)[0];cn(null,o.firstChild),o.remove()}De&&(oe.splice(i,1),ft.splice(i,1)[0].remove(),hn.splice(i,1),mn.splice(i,1)),We("delSeries",i)}l.delSeries=fr;let Jt=[!1,!1,!1,!1];function pr(i,o){if(i._show=i.show,i.show){let c=i.side%2,u=C[i.scale];u==null&&(i.scale=c?v[1].scale:k,u=C[i.scale]);let m=u.time;i.size=ie(i.size),i.space=ie(i.space),i.rotate=ie(i.rotate),$t(i.incrs)&&i.incrs.forEach(y=>{!Ht.has(y)&&Ht.set(y,wo(y))}),i.incrs=ie(i.incrs||(u.distr==2?Oa:m?$==1?Wa:Ha:tn)),i.splits=ie(i.splits||(m&&u.distr==1?xe:u.distr==3?ms:u.distr==4?oc:ic)),i.stroke=ie(i.stroke),i.grid.stroke=ie(i.grid.stroke),i.ticks.stroke=ie(i.ticks.stroke),i.border.stroke=ie(i.border.stroke);let b=i.values;i.values=$t(b)&&!$t(b[0])?ie(b):m?$t(b)?Ui(j,Bi(b,W)):Vi(b)?Ua(j,b):b||ne:b||sc,i.filter=ie(i.filter||(u.distr>=3&&u.log==10?cc:u.distr==3&&u.log==2?uc:ho)),i.font=oo(i.font),i.labelFont=oo(i.labelFont),i._size=i.size(l,null,o,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(Jt[o]=!0,i._el=ht(Kr,w))}}function $n(i,o,c,u){let[m,b,y,T]=c,N=o%2,I=0;return N==0&&(T||b)&&(I=o==0&&!m||o==2&&!y?Ae(Yi.size/3):0),N==1&&(m||y)&&(I=o==1&&!b||o==3&&!T?Ae(Zi.size/2):0),I}let Gs=l.padding=(t.padding||[$n,$n,$n,$n]).map(i=>ie(ce(i,$n))),It=l._padding=Gs.map((i,o)=>i(l,o,Jt,0)),$e,ze=null,Ie=null,il=s==1?v[0].idxs:null,gt=null,Hn=!1;function Ks(i,o){if(e=i??[],l.data=l._data=e,s==2){$e=0;for(let c=1;c<v.length;c++)$e+=e[c][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),gt=e[0],$e=gt.length;let c=e;if(Z==2){c=e.slice();let u=c[0]=Array($e);for(let m=0;m<$e;m++)u[m]=m}l._data=e=c}if(gn(!0),We("setData"),Z==2&&(fn=!0),o!==!1){let c=L;c.auto(l,Hn)?zl():Ft(k,c.min,c.max),Yt=Yt||U.left>=0,ut=!0,xn()}}l.setData=Ks;function zl(){Hn=!0;let i,o;s==1&&($e>0?(ze=il[0]=0,Ie=il[1]=$e-1,i=e[0][ze],o=e[0][Ie],Z==2?(i=ze,o=Ie):i==o&&(Z==3?[i,o]=yl(i,i,L.log,!1):Z==4?[i,o]=ks(i,i,L.log,!1):L.time?o=i+Ae(86400/$):[i,o]=gl(i,o,_s,!0))):(ze=il[0]=i=null,Ie=il[1]=o=null)),Ft(k,i,o)}let ol,wn,Il,Ol,Fl,Wl,Vl,$l,Hl,Xe;function Ys(i,o,c,u,m,b){i??(i=ki),c??(c=Cs),u??(u="butt"),m??(m=ki),b??(b="round"),i!=ol&&(f.strokeStyle=ol=i),m!=wn&&(f.fillStyle=wn=m),o!=Il&&(f.lineWidth=Il=o),b!=Fl&&(f.lineJoin=Fl=b),u!=Wl&&(f.lineCap=Wl=u),c!=Ol&&f.setLineDash(Ol=c)}function qs(i,o,c,u){o!=wn&&(f.fillStyle=wn=o),i!=Vl&&(f.font=Vl=i),c!=$l&&(f.textAlign=$l=c),u!=Hl&&(f.textBaseline=Hl=u)}function jl(i,o,c,u,m=0){if(u.length>0&&i.auto(l,Hn)&&(o==null||o.min==null)){let b=ce(ze,0),y=ce(Ie,u.length-1),T=c.min==null?ca(u,b,y,m,i.distr==3):[c.min,c.max];i.min=St(i.min,c.min=T[0]),i.max=Ze(i.max,c.max=T[1])}}let Js={min:null,max:null};function dr(){for(let u in C){let m=C[u];K[u]==null&&(m.min==null||K[k]!=null&&m.auto(l,Hn))&&(K[u]=Js)}for(let u in C){let m=C[u];K[u]==null&&m.from!=null&&K[m.from]!=null&&(K[u]=Js)}K[k]!=null&&gn(!0);let i={};for(let u in K){let m=K[u];if(m!=null){let b=i[u]=An(C[u],xa);if(m.min!=null)Le(b,m);else if(u!=k||s==2)if($e==0&&b.from==null){let y=b.range(l,null,null,u);b.min=y[0],b.max=y[1]}else b.min=he,b.max=-he}}if($e>0){v.forEach((u,m)=>{if(s==1){let b=u.scale,y=K[b];if(y==null)return;let T=i[b];if(m==0){let N=T.range(l,T.min,T.max,b);T.min=N[0],T.max=N[1],ze=vt(T.min,e[0]),Ie=vt(T.max,e[0]),Ie-ze>1&&(e[0][ze]<T.min&&ze++,e[0][Ie]>T.max&&Ie--),u.min=gt[ze],u.max=gt[Ie]}else u.show&&u.auto&&jl(T,y,u,e[m],u.sorted);u.idxs[0]=ze,u.idxs[1]=Ie}else if(m>0&&u.show&&u.auto){let[b,y]=u.facets,T=b.scale,N=y.scale,[I,O]=e[m],B=i[T],X=i[N];B!=null&&jl(B,K[T],b,I,b.sorted),X!=null&&jl(X,K[N],y,O,y.sorted),u.min=y.min,u.max=y.max}});for(let u in i){let m=i[u],b=K[u];if(m.from==null&&(b==null||b.min==null)){let y=m.range(l,m.min==he?null:m.min,m.max==-he?null:m.max,u);m.min=y[0],m.max=y[1]}}}for(let u in i){let m=i[u];if(m.from!=null){let b=i[m.from];if(b.min==null)m.min=m.max=null;else{let y=m.range(l,b.min,b.max,u);m.min=y[0],m.max=y[1]}}}let o={},c=!1;for(let u in i){let m=i[u],b=C[u];if(b.min!=m.min||b.max!=m.max){b.min=m.min,b.max=m.max;let y=b.distr;b._min=y==3?Rt(b.min):y==4?os(b.min,b.asinh):y==100?b.fwd(b.min):b.min,b._max=y==3?Rt(b.max):y==4?os(b.max,b.asinh):y==100?b.fwd(b.max):b.max,o[u]=c=!0}}if(c){v.forEach((u,m)=>{s==2?m>0&&o.y&&(u._paths=null):o[u.scale]&&(u._paths=null)});for(let u in o)fn=!0,We("setScale",u);De&&U.left>=0&&(Yt=ut=!0)}for(let u in K)K[u]=null}function hr(i){let o=hs(ze-1,0,$e-1),c=hs(Ie+1,0,$e-1);for(;i[o]==null&&o>0;)o--;for(;i[c]==null&&c<$e-1;)c++;return[o,c]}function mr(){if($e>0){let i=v.some(o=>o._focus)&&Xe!=Mt.alpha;i&&(f.globalAlpha=Xe=Mt.alpha),v.forEach((o,c)=>{if(c>0&&o.show&&(Zs(c,!1),Zs(c,!0),o._paths==null)){let u=Xe;Xe!=o.alpha&&(f.globalAlpha=Xe=o.alpha);let m=s==2?[0,e[c][0].length-1]:hr(e[c]);o._paths=o.paths(l,c,m[0],m[1]),Xe!=u&&(f.globalAlpha=Xe=u)}}),v.forEach((o,c)=>{if(c>0&&o.show){let u=Xe;Xe!=o.alpha&&(f.globalAlpha=Xe=o.alpha),o._paths!=null&&Qs(c,!1);{let m=o._paths!=null?o._paths.gaps:null,b=o.points.show(l,c,ze,Ie,m),y=o.points.filter(l,c,b,m);(b||y)&&(o.points._paths=o.points.paths(l,c,ze,Ie,y),Qs(c,!0))}Xe!=u&&(f.globalAlpha=Xe=u),We("drawSeries",c)}}),i&&(f.globalAlpha=Xe=1)}}function Zs(i,o){let c=o?v[i].points:v[i];c._stroke=c.stroke(l,i),c._fill=c.fill(l,i)}function Qs(i,o){let c=o?v[i].points:v[i],{stroke:u,fill:m,clip:b,flags:y,_stroke:T=c._stroke,_fill:N=c._fill,_width:I=c.width}=c._paths;I=me(I*fe,3);let O=null,B=I%2/2;o&&N==null&&(N=I>0?"#fff":T);let X=c.pxAlign==1&&B>0;if(X&&f.translate(B,B),!o){let ue=tt-I/2,ae=ct-I/2,le=Qe+I,J=wt+I;O=new Path2D,O.rect(ue,ae,le,J)}o?Bl(T,I,c.dash,c.cap,N,u,m,y,b):wr(i,T,I,c.dash,c.cap,N,u,m,y,O,b),X&&f.translate(-B,-B)}function wr(i,o,c,u,m,b,y,T,N,I,O){let B=!1;N!=0&&_.forEach((X,ue)=>{if(X.series[0]==i){let ae=v[X.series[1]],le=e[X.series[1]],J=(ae._paths||Xn).band;$t(J)&&(J=X.dir==1?J[0]:J[1]);let Y,Se=null;ae.show&&J&&fa(le,ze,Ie)?(Se=X.fill(l,ue)||b,Y=ae._paths.clip):J=null,Bl(o,c,u,m,Se,y,T,N,I,O,Y,J),B=!0}}),B||Bl(o,c,u,m,b,y,T,N,I,O)}let Xs=Rn|gs;function Bl(i,o,c,u,m,b,y,T,N,I,O,B){Ys(i,o,c,u,m),(N||I||B)&&(f.save(),N&&f.clip(N),I&&f.clip(I)),B?(T&Xs)==Xs?(f.clip(B),O&&f.clip(O),al(m,y),rl(i,b,o)):T&gs?(al(m,y),f.clip(B),rl(i,b,o)):T&Rn&&(f.save(),f.clip(B),O&&f.clip(O),al(m,y),f.restore(),rl(i,b,o)):(al(m,y),rl(i,b,o)),(N||I||B)&&f.restore()}function rl(i,o,c){c>0&&(o instanceof Map?o.forEach((u,m)=>{f.strokeStyle=ol=m,f.stroke(u)}):o!=null&&i&&f.stroke(o))}function al(i,o){o instanceof Map?o.forEach((c,u)=>{f.fillStyle=wn=u,f.fill(c)}):o!=null&&i&&f.fill(o)}function gr(i,o,c,u){let m=D[i],b;if(u<=0)b=[0,0];else{let y=m._space=m.space(l,i,o,c,u),T=m._incrs=m.incrs(l,i,o,c,u,y);b=Ac(o,c,T,u,y)}return m._found=b}function Ul(i,o,c,u,m,b,y,T,N,I){let O=y%2/2;P==1&&f.translate(O,O),Ys(T,y,N,I,T),f.beginPath();let B,X,ue,ae,le=m+(u==0||u==3?-b:b);c==0?(X=m,ae=le):(B=m,ue=le);for(let J=0;J<i.length;J++)o[J]!=null&&(c==0?B=ue=i[J]:X=ae=i[J],f.moveTo(B,X),f.lineTo(ue,ae));f.stroke(),P==1&&f.translate(-O,-O)}function xr(i){let o=!0;return D.forEach((c,u)=>{if(!c.show)return;let m=C[c.scale];if(m.min==null){c._show&&(o=!1,c._show=!1,gn(!1));return}else c._show||(o=!1,c._show=!0,gn(!1));let b=c.side,y=b%2,{min:T,max:N}=m,[I,O]=gr(u,T,N,y==0?te:V);if(O==0)return;let B=m.distr==2,X=c._splits=c.splits(l,u,T,N,I,O,B),ue=m.distr==2?X.map(Y=>gt[Y]):X,ae=m.distr==2?gt[X[1]]-gt[X[0]]:I,le=c._values=c.values(l,c.filter(l,ue,u,O,ae),u,O,ae);c._rotate=b==2?c.rotate(l,le,u,O):0;let J=c._size;c._size=mt(c.size(l,le,u,i)),J!=null&&c._size!=J&&(o=!1)}),o}function br(i){let o=!0;return Gs.forEach((c,u)=>{let m=c(l,u,Jt,i);m!=It[u]&&(o=!1),It[u]=m}),o}function yr(){for(let i=0;i<D.length;i++){let o=D[i];if(!o.show||!o._show)continue;let c=o.side,u=c%2,m,b,y=o.stroke(l,i),T=c==0||c==3?-1:1,[N,I]=o._found;if(o.label!=null){let qe=o.labelGap*T,st=Ae((o._lpos+qe)*fe);qs(o.labelFont[0],y,"center",c==2?"top":Si),f.save(),u==1?(m=b=0,f.translate(st,Ae(ct+wt/2)),f.rotate((c==3?-ml:ml)/2)):(m=Ae(tt+Qe/2),b=st);let Xt=fo(o.label)?o.label(l,i,N,I):o.label;f.fillText(Xt,m,b),f.restore()}if(I==0)continue;let O=C[o.scale],B=u==0?Qe:wt,X=u==0?tt:ct,ue=o._splits,ae=O.distr==2?ue.map(qe=>gt[qe]):ue,le=O.distr==2?gt[ue[1]]-gt[ue[0]]:N,J=o.ticks,Y=o.border,Se=J.show?J.size:0,Me=Ae(Se*fe),Ve=Ae((o.alignTo==2?o._size-Se-o.gap:o.gap)*fe),de=o._rotate*-ml/180,Ce=M(o._pos*fe),nt=(Me+Ve)*T,Ye=Ce+nt;b=u==0?Ye:0,m=u==1?Ye:0;let pt=o.font[0],xt=o.align==1?Tn:o.align==2?ls:de>0?Tn:de<0?ls:u==0?"center":c==3?ls:Tn,Et=de||u==1?"middle":c==2?"top":Si;qs(pt,y,xt,Et);let lt=o.font[1]*o.lineGap,dt=ue.map(qe=>M(p(qe,O,B,X))),bt=o._values;for(let qe=0;qe<bt.length;qe++){let st=bt[qe];if(st!=null){u==0?m=dt[qe]:b=dt[qe],st=""+st;let Xt=st.indexOf(`
`)==-1?[st]:st.split(/\n/gm);for(let Je=0;Je<Xt.length;Je++){let xi=Xt[Je];de?(f.save(),f.translate(m,b+Je*lt),f.rotate(de),f.fillText(xi,0,0),f.restore()):f.fillText(xi,m,b+Je*lt)}}}J.show&&Ul(dt,J.filter(l,ae,i,I,le),u,c,Ce,Me,me(J.width*fe,3),J.stroke(l,i),J.dash,J.cap);let Lt=o.grid;Lt.show&&Ul(dt,Lt.filter(l,ae,i,I,le),u,u==0?2:1,u==0?ct:tt,u==0?wt:Qe,me(Lt.width*fe,3),Lt.stroke(l,i),Lt.dash,Lt.cap),Y.show&&Ul([Ce],[1],u==0?1:0,u==0?1:2,u==1?ct:tt,u==1?wt:Qe,me(Y.width*fe,3),Y.stroke(l,i),Y.dash,Y.cap)}We("drawAxes")}function gn(i){v.forEach((o,c)=>{c>0&&(o._paths=null,i&&(s==1?(o.min=null,o.max=null):o.facets.forEach(u=>{u.min=null,u.max=null})))})}let cl=!1,Gl=!1,jn=[];function vr(){Gl=!1;for(let i=0;i<jn.length;i++)We(...jn[i]);jn.length=0}function xn(){cl||(Ma(ei),cl=!0)}function Sr(i,o=!1){cl=!0,Gl=o,i(l),ei(),o&&jn.length>0&&queueMicrotask(vr)}l.batch=Sr;function ei(){if(Rl&&(dr(),Rl=!1),fn&&(or(),fn=!1),ll){if(ke(S,Tn,ge),ke(S,"top",Ne),ke(S,qn,te),ke(S,Jn,V),ke(E,Tn,ge),ke(E,"top",Ne),ke(E,qn,te),ke(E,Jn,V),ke(w,qn,Nt),ke(w,Jn,Ut),x.width=Ae(Nt*fe),x.height=Ae(Ut*fe),D.forEach(({_el:i,_show:o,_size:c,_pos:u,side:m})=>{if(i!=null)if(o){let b=m===3||m===0?c:0,y=m%2==1;ke(i,y?"left":"top",u-b),ke(i,y?"width":"height",c),ke(i,y?"top":"left",y?Ne:ge),ke(i,y?"height":"width",y?V:te),ps(i,nn)}else it(i,nn)}),ol=wn=Il=Fl=Wl=Vl=$l=Hl=Ol=null,Xe=1,Gn(!0),ge!=un||Ne!=Gt||te!=_t||V!=Kt){gn(!1);let i=te/_t,o=V/Kt;if(De&&!Yt&&U.left>=0){U.left*=i,U.top*=o,bn&&Pt(bn,Ae(U.left),0,te,V),yn&&Pt(yn,0,Ae(U.top),te,V);for(let c=0;c<ft.length;c++){let u=ft[c];u!=null&&(hn[c]*=i,mn[c]*=o,Pt(u,mt(hn[c]),mt(mn[c]),te,V))}}if(ve.show&&!sl&&ve.left>=0&&ve.width>0){ve.left*=i,ve.width*=i,ve.top*=o,ve.height*=o;for(let c in Ql)ke(kn,c,ve[c])}un=ge,Gt=Ne,_t=te,Kt=V}We("setSize"),ll=!1}Nt>0&&Ut>0&&(f.clearRect(0,0,x.width,x.height),We("drawClear"),F.forEach(i=>i()),We("draw")),ve.show&&sl&&(ul(ve),sl=!1),De&&Yt&&(Qt(null,!0,!1),Yt=!1),Q.show&&Q.live&&ut&&(Jl(),ut=!1),d||(d=!0,l.status=1,We("ready")),Hn=!1,cl=!1}l.redraw=(i,o)=>{fn=o||!1,i!==!1?Ft(k,L.min,L.max):xn()};function Kl(i,o){let c=C[i];if(c.from==null){if($e==0){let u=c.range(l,o.min,o.max,i);o.min=u[0],o.max=u[1]}if(o.min>o.max){let u=o.min;o.min=o.max,o.max=u}if($e>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;i==k&&c.distr==2&&$e>0&&(o.min=vt(o.min,e[0]),o.max=vt(o.max,e[0]),o.min==o.max&&o.max++),K[i]=o,Rl=!0,xn()}}l.setScale=Kl;let Yl,ql,bn,yn,ti,ni,vn,Sn,li,si,ye,_e,Ot=!1,He=U.drag,Oe=He.x,Fe=He.y;De&&(U.x&&(Yl=ht(qr,E)),U.y&&(ql=ht(Jr,E)),L.ori==0?(bn=Yl,yn=ql):(bn=ql,yn=Yl),ye=U.left,_e=U.top);let ve=l.select=Le({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),kn=ve.show?ht(Yr,ve.over?E:S):null;function ul(i,o){if(ve.show){for(let c in i)ve[c]=i[c],c in Ql&&ke(kn,c,i[c]);o!==!1&&We("setSelect")}}l.setSelect=ul;function kr(i){if(v[i].show)be&&ps(se[i],nn);else if(be&&it(se[i],nn),De){let c=dn?ft[0]:ft[i];c!=null&&Pt(c,-10,-10,te,V)}}function Ft(i,o,c){Kl(i,{min:o,max:c})}function Ct(i,o,c,u){o.focus!=null&&Er(i),o.show!=null&&v.forEach((m,b)=>{b>0&&(i==b||i==null)&&(m.show=o.show,kr(b),s==2?(Ft(m.facets[0].scale,null,null),Ft(m.facets[1].scale,null,null)):Ft(m.scale,null,null),xn())}),c!==!1&&We("setSeries",i,o),u&&Kn("setSeries",l,i,o)}l.setSeries=Ct;function _r(i,o){Le(_[i],o)}function Mr(i,o){i.fill=ie(i.fill||null),i.dir=ce(i.dir,-1),o=o??_.length,_.splice(o,0,i)}function Cr(i){i==null?_.length=0:_.splice(i,1)}l.addBand=Mr,l.setBand=_r,l.delBand=Cr;function Tr(i,o){v[i].alpha=o,De&&ft[i]!=null&&(ft[i].style.opacity=o),be&&se[i]&&(se[i].style.opacity=o)}let At,Wt,Zt,_n={focus:!0};function Er(i){if(i!=Zt){let o=i==null,c=Mt.alpha!=1;v.forEach((u,m)=>{if(s==1||m>0){let b=o||m==0||m==i;u._focus=o?null:b,c&&Tr(m,b?1:Mt.alpha)}}),Zt=i,c&&xn()}}be&&pn&&Ke(Ci,re,i=>{U._lock||(qt(i),Zt!=null&&Ct(null,_n,!0,Ee.setSeries))});function Tt(i,o,c){let u=C[o];c&&(i=i/fe-(u.ori==1?Ne:ge));let m=te;u.ori==1&&(m=V,i=m-i),u.dir==-1&&(i=m-i);let b=u._min,y=u._max,T=i/m,N=b+(y-b)*T,I=u.distr;return I==3?Pn(10,N):I==4?da(N,u.asinh):I==100?u.bwd(N):N}function Lr(i,o){let c=Tt(i,k,o);return vt(c,e[0],ze,Ie)}l.valToIdx=i=>vt(i,e[0]),l.posToIdx=Lr,l.posToVal=Tt,l.valToPos=(i,o,c)=>C[o].ori==0?r(i,C[o],c?Qe:te,c?tt:0):a(i,C[o],c?wt:V,c?ct:0),l.setCursor=(i,o,c)=>{ye=i.left,_e=i.top,Qt(null,o,c)};function ii(i,o){ke(kn,Tn,ve.left=i),ke(kn,qn,ve.width=o)}function oi(i,o){ke(kn,"top",ve.top=i),ke(kn,Jn,ve.height=o)}let Bn=L.ori==0?ii:oi,Un=L.ori==1?ii:oi;function Pr(){if(be&&Q.live)for(let i=s==2?1:0;i<v.length;i++){if(i==0&&at)continue;let o=Q.values[i],c=0;for(let u in o)Ge[i][c++].firstChild.nodeValue=o[u]}}function Jl(i,o){if(i!=null&&(i.idxs?i.idxs.forEach((c,u)=>{oe[u]=c}):ga(i.idx)||oe.fill(i.idx),Q.idx=oe[0]),be&&Q.live){for(let c=0;c<v.length;c++)(c>0||s==1&&!at)&&Nr(c,oe[c]);Pr()}ut=!1,o!==!1&&We("setLegend")}l.setLegend=Jl;function Nr(i,o){let c=v[i],u=i==0&&Z==2?gt:e[i],m;at?m=c.values(l,i,o)??zt:(m=c.value(l,o==null?null:u[o],i,o),m=m==null?zt:{_:m}),Q.values[i]=m}function Qt(i,o,c){li=ye,si=_e,[ye,_e]=U.move(l,ye,_e),U.left=ye,U.top=_e,De&&(bn&&Pt(bn,Ae(ye),0,te,V),yn&&Pt(yn,0,Ae(_e),te,V));let u,m=ze>Ie;At=he,Wt=null;let b=L.ori==0?te:V,y=L.ori==1?te:V;if(ye<0||$e==0||m){u=U.idx=null;for(let T=0;T<v.length;T++){let N=ft[T];N!=null&&Pt(N,-10,-10,te,V)}pn&&Ct(null,_n,!0,i==null&&Ee.setSeries),Q.live&&(oe.fill(u),ut=!0)}else{let T,N,I;s==1&&(T=L.ori==0?ye:_e,N=Tt(T,k),u=U.idx=vt(N,e[0],ze,Ie),I=H(e[0][u],L,b,0));let O=-10,B=-10,X=0,ue=0,ae=!0,le="",J="";for(let Y=s==2?1:0;Y<v.length;Y++){let Se=v[Y],Me=oe[Y],Ve=Me==null?null:s==1?e[Y][Me]:e[Y][1][Me],de=U.dataIdx(l,Y,u,N),Ce=de==null?null:s==1?e[Y][de]:e[Y][1][de];if(ut=ut||Ce!=Ve||de!=Me,oe[Y]=de,Y>0&&Se.show){let nt=de==null?-10:de==u?I:H(s==1?e[0][de]:e[Y][0][de],L,b,0),Ye=Ce==null?-10:q(Ce,s==1?C[Se.scale]:C[Se.facets[1].scale],y,0);if(pn&&Ce!=null){let pt=L.ori==1?ye:_e,xt=Re(Mt.dist(l,Y,de,Ye,pt));if(xt<At){let Et=Mt.bias;if(Et!=0){let lt=Tt(pt,Se.scale),dt=Ce>=0?1:-1,bt=lt>=0?1:-1;bt==dt&&(bt==1?Et==1?Ce>=lt:Ce<=lt:Et==1?Ce<=lt:Ce>=lt)&&(At=xt,Wt=Y)}else At=xt,Wt=Y}}if(ut||dn){let pt,xt;L.ori==0?(pt=nt,xt=Ye):(pt=Ye,xt=nt);let Et,lt,dt,bt,Lt,qe,st=!0,Xt=je.bbox;if(Xt!=null){st=!1;let Je=Xt(l,Y);dt=Je.left,bt=Je.top,Et=Je.width,lt=Je.height}else dt=pt,bt=xt,Et=lt=je.size(l,Y);if(qe=je.fill(l,Y),Lt=je.stroke(l,Y),dn)Y==Wt&&At<=Mt.prox&&(O=dt,B=bt,X=Et,ue=lt,ae=st,le=qe,J=Lt);else{let Je=ft[Y];Je!=null&&(hn[Y]=dt,mn[Y]=bt,Ri(Je,Et,lt,st),Ni(Je,qe,Lt),Pt(Je,mt(dt),mt(bt),te,V))}}}}if(dn){let Y=Mt.prox,Se=Zt==null?At<=Y:At>Y||Wt!=Zt;if(ut||Se){let Me=ft[0];Me!=null&&(hn[0]=O,mn[0]=B,Ri(Me,X,ue,ae),Ni(Me,le,J),Pt(Me,mt(O),mt(B),te,V))}}}if(ve.show&&Ot)if(i!=null){let[T,N]=Ee.scales,[I,O]=Ee.match,[B,X]=i.cursor.sync.scales,ue=i.cursor.drag;if(Oe=ue._x,Fe=ue._y,Oe||Fe){let{left:ae,top:le,width:J,height:Y}=i.select,Se=i.scales[B].ori,Me=i.posToVal,Ve,de,Ce,nt,Ye,pt=T!=null&&I(T,B),xt=N!=null&&O(N,X);pt&&Oe?(Se==0?(Ve=ae,de=J):(Ve=le,de=Y),Ce=C[T],nt=H(Me(Ve,B),Ce,b,0),Ye=H(Me(Ve+de,B),Ce,b,0),Bn(St(nt,Ye),Re(Ye-nt))):Bn(0,b),xt&&Fe?(Se==1?(Ve=ae,de=J):(Ve=le,de=Y),Ce=C[N],nt=q(Me(Ve,X),Ce,y,0),Ye=q(Me(Ve+de,X),Ce,y,0),Un(St(nt,Ye),Re(Ye-nt))):Un(0,y)}else Xl()}else{let T=Re(li-ti),N=Re(si-ni);if(L.ori==1){let X=T;T=N,N=X}Oe=He.x&&T>=He.dist,Fe=He.y&&N>=He.dist;let I=He.uni;I!=null?Oe&&Fe&&(Oe=T>=I,Fe=N>=I,!Oe&&!Fe&&(N>T?Fe=!0:Oe=!0)):He.x&&He.y&&(Oe||Fe)&&(Oe=Fe=!0);let O,B;Oe&&(L.ori==0?(O=vn,B=ye):(O=Sn,B=_e),Bn(St(O,B),Re(B-O)),Fe||Un(0,y)),Fe&&(L.ori==1?(O=vn,B=ye):(O=Sn,B=_e),Un(St(O,B),Re(B-O)),Oe||Bn(0,b)),!Oe&&!Fe&&(Bn(0,0),Un(0,0))}if(He._x=Oe,He._y=Fe,i==null){if(c){if(gi!=null){let[T,N]=Ee.scales;Ee.values[0]=T!=null?Tt(L.ori==0?ye:_e,T):null,Ee.values[1]=N!=null?Tt(L.ori==1?ye:_e,N):null}Kn(ss,l,ye,_e,te,V,u)}if(pn){let T=c&&Ee.setSeries,N=Mt.prox;Zt==null?At<=N&&Ct(Wt,_n,!0,T):At>N?Ct(null,_n,!0,T):Wt!=Zt&&Ct(Wt,_n,!0,T)}}ut&&(Q.idx=u,Jl()),o!==!1&&We("setCursor")}let Vt=null;Object.defineProperty(l,"rect",{get(){return Vt==null&&Gn(!1),Vt}});function Gn(i=!1){i?Vt=null:(Vt=E.getBoundingClientRect(),We("syncRect",Vt))}function ri(i,o,c,u,m,b,y){U._lock||Ot&&i!=null&&i.movementX==0&&i.movementY==0||(Zl(i,o,c,u,m,b,y,!1,i!=null),i!=null?Qt(null,!0,!0):Qt(o,!0,!1))}function Zl(i,o,c,u,m,b,y,T,N){if(Vt==null&&Gn(!1),qt(i),i!=null)c=i.clientX-Vt.left,u=i.clientY-Vt.top;else{if(c<0||u<0){ye=-10,_e=-10;return}let[I,O]=Ee.scales,B=o.cursor.sync,[X,ue]=B.values,[ae,le]=B.scales,[J,Y]=Ee.match,Se=o.axes[0].side%2==1,Me=L.ori==0?te:V,Ve=L.ori==1?te:V,de=Se?b:m,Ce=Se?m:b,nt=Se?u:c,Ye=Se?c:u;if(ae!=null?c=J(I,ae)?p(X,C[I],Me,0):-10:c=Me*(nt/de),le!=null?u=Y(O,le)?p(ue,C[O],Ve,0):-10:u=Ve*(Ye/Ce),L.ori==1){let pt=c;c=u,u=pt}}N&&(o==null||o.cursor.event.type==ss)&&((c<=1||c>=te-1)&&(c=en(c,te)),(u<=1||u>=V-1)&&(u=en(u,V))),T?(ti=c,ni=u,[vn,Sn]=U.move(l,c,u)):(ye=c,_e=u)}let Ql={width:0,height:0,left:0,top:0};function Xl(){ul(Ql,!1)}let ai,ci,ui,fi;function pi(i,o,c,u,m,b,y){Ot=!0,Oe=Fe=He._x=He._y=!1,Zl(i,o,c,u,m,b,y,!0,!1),i!=null&&(Ke(is,us,di,!1),Kn(_i,l,vn,Sn,te,V,null));let{left:T,top:N,width:I,height:O}=ve;ai=T,ci=N,ui=I,fi=O}function di(i,o,c,u,m,b,y){Ot=He._x=He._y=!1,Zl(i,o,c,u,m,b,y,!1,!0);let{left:T,top:N,width:I,height:O}=ve,B=I>0||O>0,X=ai!=T||ci!=N||ui!=I||fi!=O;if(B&&X&&ul(ve),He.setScale&&B&&X){let ue=T,ae=I,le=N,J=O;if(L.ori==1&&(ue=N,ae=O,le=T,J=I),Oe&&Ft(k,Tt(ue,k),Tt(ue+ae,k)),Fe)for(let Y in C){let Se=C[Y];Y!=k&&Se.from==null&&Se.min!=he&&Ft(Y,Tt(le+J,Y),Tt(le,Y))}Xl()}else U.lock&&(U._lock=!U._lock,Qt(o,!0,i!=null));i!=null&&(cn(is,us),Kn(is,l,ye,_e,te,V,null))}function Ar(i,o,c,u,m,b,y){if(U._lock)return;qt(i);let T=Ot;if(Ot){let N=!0,I=!0,O=10,B,X;L.ori==0?(B=Oe,X=Fe):(B=Fe,X=Oe),B&&X&&(N=ye<=O||ye>=te-O,I=_e<=O||_e>=V-O),B&&N&&(ye=ye<vn?0:te),X&&I&&(_e=_e<Sn?0:V),Qt(null,!0,!0),Ot=!1}ye=-10,_e=-10,oe.fill(null),Qt(null,!0,!0),T&&(Ot=T)}function hi(i,o,c,u,m,b,y){U._lock||(qt(i),zl(),Xl(),i!=null&&Kn(Ti,l,ye,_e,te,V,null))}function mi(){D.forEach(Rc),Dl(l.width,l.height,!0)}ln(wl,Ln,mi);let Mn={};Mn.mousedown=pi,Mn.mousemove=ri,Mn.mouseup=di,Mn.dblclick=hi,Mn.setSeries=(i,o,c,u)=>{let m=Ee.match[2];c=m(l,o,c),c!=-1&&Ct(c,u,!0,!1)},De&&(Ke(_i,E,pi),Ke(ss,E,ri),Ke(Mi,E,i=>{qt(i),Gn(!1)}),Ke(Ci,E,Ar),Ke(Ti,E,hi),xs.add(l),l.syncRect=Gn);let fl=l.hooks=t.hooks||{};function We(i,o,c){Gl?jn.push([i,o,c]):i in fl&&fl[i].forEach(u=>{u.call(null,l,o,c)})}(t.plugins||[]).forEach(i=>{for(let o in i.hooks)fl[o]=(fl[o]||[]).concat(i.hooks[o])});let wi=(i,o,c)=>c,Ee=Le({key:null,setSeries:!1,filters:{pub:Fi,sub:Fi},scales:[k,v[1]?v[1].scale:null],match:[Wi,Wi,wi],values:[null,null]},U.sync);Ee.match.length==2&&Ee.match.push(wi),U.sync=Ee;let gi=Ee.key,es=Io(gi);function Kn(i,o,c,u,m,b,y){Ee.filters.pub(i,o,c,u,m,b,y)&&es.pub(i,o,c,u,m,b,y)}es.sub(l);function Rr(i,o,c,u,m,b,y){Ee.filters.sub(i,o,c,u,m,b,y)&&Mn[i](null,o,c,u,m,b,y)}l.pub=Rr;function Dr(){es.unsub(l),xs.delete(l),Bt.clear(),ds(wl,Ln,mi),h.remove(),re?.remove(),We("destroy")}l.destroy=Dr;function ts(){We("init",t,e),Ks(e||t.data,!1),K[k]?Kl(k,K[k]):zl(),sl=ve.show&&(ve.width>0||ve.height>0),Yt=ut=!0,Dl(t.width,t.height)}return v.forEach(Us),D.forEach(pr),n?n instanceof HTMLElement?(n.appendChild(h),ts()):n(l,ts):ts(),l}Te.assign=Le;Te.fmtNum=Ms;Te.rangeNum=gl;Te.rangeLog=yl;Te.rangeAsinh=ks;Te.orient=on;Te.pxRatio=fe;Te.join=_a;Te.fmtDate=Ts,Te.tzDate=za;Te.sync=Io;{Te.addGap=gc,Te.clipGaps=kl;let t=Te.paths={points:Ho};t.linear=Bo,t.stepped=yc,t.bars=vc,t.spline=kc}function Pe(t,e=4){if(t==null)return"–";if(typeof t!="number")return String(t);if(Number.isNaN(t))return"NaN";if(t===1/0)return"Inf";if(t===-1/0)return"-Inf";if(t===0)return"0";let n=Math.abs(t);return n>=1e5||n<.001?t.toExponential(Math.max(0,e-1)):String(Number(t.toPrecision(e)))}function Yo(t){let e=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,r=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,e.classList.toggle("nw-dark",a),t&&t(a))};return r(),l&&new MutationObserver(r).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",r):n.addListener&&n.addListener(r)),()=>s}function On(){let t=getComputedStyle(document.documentElement),e=n=>t.getPropertyValue(n).trim();return{fg:e("--nw-fg"),muted:e("--nw-muted"),grid:e("--nw-grid"),bg:e("--nw-bg"),panel:e("--nw-panel"),loss:e("--nw-loss"),gnorm:e("--nw-gnorm"),lr:e("--nw-lr"),onset:e("--nw-onset"),window:e("--nw-window"),select:e("--nw-select"),nan:e("--nw-nan"),inf:e("--nw-inf"),series:[e("--nw-s1"),e("--nw-s2"),e("--nw-s3"),e("--nw-s4"),e("--nw-s5"),e("--nw-s6")],band:e("--nw-band")}}var Ds=new Set;function Tl(t){for(let e of[...Ds])(!t||t.contains(e.el))&&e.destroy()}function Dc(t){return typeof t=="number"&&Number.isFinite(t)&&t>0}var jt=class{constructor(e,n){this.el=e,this.opts=n,this.u=null,Ds.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(e))}destroy(){Ds.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let e=this._width();Math.abs(e-this.u.width)>2&&this.u.setSize({width:e,height:this.opts.height})}_build(){let e=this.opts,n=On(),l=e.series.map(_=>[_.steps,_.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(_=>_[0]===l[0][0])?s=[l[0][0],...l.map(_=>_[1])]:s=Te.join(l);let r=Array.from(s[0]),a=s.slice(1).map(_=>Array.from(_));this.raw=a,this.xs=r;let p=[...new Set(e.series.map(_=>_.scale||"y"))],d={};for(let _ of p)d[_]=!!e.log&&e.series.some((k,z)=>(k.scale||"y")===_&&a[z].some(Dc));let h=a.map((_,k)=>{let z=e.series[k].scale||"y",F=d[z],R=new Array(_.length);for(let A=0;A<_.length;A++){let L=_[A];L===void 0?R[A]=void 0:L===null||!Number.isFinite(L)||F&&L<=0?R[A]=null:R[A]=L}return R}),x=[];for(let _=0;_<r.length;_++){let k=null;for(let z of a){let F=z[_];if(typeof F=="number"&&!Number.isFinite(F)&&(k=Number.isNaN(F)?"nan":"inf",k==="nan"))break}k&&x.push([r[_],k])}this.bad=x;let f={x:{time:!1,range:(_,k,z)=>this._xRange(k,z)}};for(let _ of p)f[_]=d[_]?{distr:3,log:10,range:(k,z,F)=>z==null?[.001,1]:Te.rangeLog(z,F,10,!0)}:{range:(k,z,F)=>z==null?[0,1]:z===F?[z-Math.abs(z||1)*.5,F+Math.abs(F||1)*.5]:Te.rangeNum(z,F,.1,!0)};let w="11px system-ui, sans-serif",S=(_,k)=>({scale:_,side:k,stroke:n.muted,font:w,size:e.compact?44:56,gap:3,grid:{stroke:n.grid,width:1,show:k!==1},ticks:{stroke:n.grid,width:1,size:4},values:(z,F)=>F.map(R=>R==null?"":Pe(R,2))}),E=[{stroke:n.muted,font:w,size:e.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(_,k)=>k.map(z=>z==null?"":String(Math.round(z)))}];p.forEach((_,k)=>E.push(S(_,k===0?3:1)));let P=[{label:"step",value:(_,k)=>k==null?"–":String(Math.round(k))},...e.series.map((_,k)=>({label:_.label,scale:_.scale||"y",stroke:_.color||n.series[k%n.series.length],width:_.width||1.5,dash:_.dash,spanGaps:!1,points:{show:(z,F,R,A)=>A-R<40,size:4},value:(z,F,R,A)=>A==null?"–":Pe(this.raw[R-1][A])}))],M=[],$=e.series.findIndex(_=>_.band==="hi"),v=e.series.findIndex(_=>_.band==="lo");$>=0&&v>=0&&M.push({series:[$+1,v+1],fill:n.band});let D=this,C={width:this._width(),height:e.height||200,class:"nw-uplot",scales:f,axes:E,series:P,bands:M,legend:{show:e.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:e.syncKey?{key:e.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[_=>D._drawOverlay(_)],setSelect:[_=>{let k=_.select;if(k.width>4&&e.onRange){let z=Math.round(_.posToVal(k.left,"x")),F=Math.round(_.posToVal(k.left+k.width,"x"));_.setSelect({left:0,top:0,width:0,height:0},!1),D._dragged=!0,e.onRange(z,F)}}],ready:[_=>D._ready(_)]}};this.u=new Te(C,[r,...h],this.el),this._synced=!!e.syncKey}_xRange(e,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:e==null?[0,1]:e===n?[e-1,n+1]:[e,n]}_ready(e){let n=this.opts,l=e.over;if(n.onset!=null){let r=document.createElement("div");r.className="nw-onset-label",r.dataset.step=String(n.onset),r.textContent=`onset ${n.onset}`,l.appendChild(r),this.onsetLabel=r,this._placeLabel()}let s=null;l.addEventListener("mousedown",r=>{s=[r.clientX,r.clientY],this._dragged=!1}),l.addEventListener("click",r=>{if(!n.onStep||this._dragged||s&&Math.abs(r.clientX-s[0])>3)return;let a=e.cursor.left;if(a==null||a<0)return;let p=Math.round(e.posToVal(a,"x"));n.onStep(this._nearestStep(p))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(e){let n=this.xs;if(!n.length)return e;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r]<e?l=r+1:s=r}return l>0&&Math.abs(n[l-1]-e)<Math.abs(n[l]-e)&&l--,n[l]}_placeLabel(){if(!this.onsetLabel||!this.u)return;let e=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=e>=0&&e<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${e}px`,this.onsetLabel.dataset.x=String(e)}_drawOverlay(e){let n=this.opts,l=On(),s=e.ctx,{left:r,top:a,width:p,height:d}=e.bbox,h=devicePixelRatio||1,x=f=>e.valToPos(f,"x",!0);if(s.save(),s.beginPath(),s.rect(r,a,p,d),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let f=Math.max(r,x(n.windowStart)),w=Math.min(r+p,x(n.onset));w>f&&(s.fillStyle=l.window,s.fillRect(f,a,w-f,d))}for(let[f,w]of this.bad){let S=x(f);s.fillStyle=w==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(S-3.5*h,a),s.lineTo(S+3.5*h,a),s.lineTo(S,a+6*h),s.closePath(),s.fill()}if(n.onset!=null){let f=Math.round(x(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*h,s.beginPath(),s.moveTo(f,a),s.lineTo(f,a+d),s.stroke()}if(n.selStep!=null){let f=Math.round(x(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*h,s.setLineDash([4*h,3*h]),s.beginPath(),s.moveTo(f,a),s.lineTo(f,a+d),s.stroke()}s.restore(),this._placeLabel()}setSynced(e){if(!this.u||!this.opts.syncKey||this._synced===e)return;this._synced=e;let n=Te.sync(this.opts.syncKey);e?n.sub(this.u):n.unsub(this.u)}setSelStep(e){this.opts.selStep=e,this.u&&this.u.redraw(!1,!1)}};function qo(t="nw"){return Te.sync(t).plots.length}function g(t,e,...n){let l=document.createElement(t);if(e)for(let[s,r]of Object.entries(e))r==null||r===!1||(s==="class"?l.className=r:s==="text"?l.textContent=String(r):s==="style"&&typeof r=="object"?Object.assign(l.style,r):s.startsWith("on")&&typeof r=="function"?l.addEventListener(s.slice(2),r):s==="dataset"?Object.assign(l.dataset,r):l.setAttribute(s,r===!0?"":String(r)));return Jo(l,n),l}function Jo(t,e){for(let n of e)n==null||n===!1||(Array.isArray(n)?Jo(t,n):n instanceof Node?t.appendChild(n):t.appendChild(document.createTextNode(String(n))))}function kt(t){for(;t.firstChild;)t.removeChild(t.firstChild);return t}var Fn="tb_nanwatch",El=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let e=new MessageChannel;this.port=e.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[e.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(e,n){this.listeners.set(e,n)}_post(e){this.port&&this.port.postMessage(JSON.stringify(e))}async _onMessage(e){let n;try{n=JSON.parse(e.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,r=this.listeners.get(n.type);if(r)try{l=await r(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(e,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(r=>{let a=setTimeout(()=>{this.waits.delete(s),r(null)},l);this.waits.set(s,{resolve:p=>{clearTimeout(a),r(p)},reject:()=>{clearTimeout(a),r(null)}}),this._post({type:e,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Fn})}};function Zo(){try{if(!window.parent||window.parent===window)return null;let t=window.parent.location.hash.replace(/^#/,""),e={},n=`p.${Fn}.`;for(let l of t.split("&")){let s=l.indexOf("=");if(s<0)continue;let r=decodeURIComponent(l.slice(0,s));r.startsWith(n)&&(e[r.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return e}catch{return null}}function Qo(t){let e;try{if(e=window.parent,!e||e===window)return;let n=e.location,l=n.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(p=>!p.startsWith(`p.${Fn}.`)&&!p.startsWith(encodeURIComponent(`p.${Fn}.`)));(!r.length||r[0].includes("="))&&r.unshift(Fn);for(let[p,d]of Object.entries(t))d==null||d===""||r.push(`${encodeURIComponent(`p.${Fn}.${p}`)}=${encodeURIComponent(String(d))}`);let a=new URL(n.href);a.hash=r.join("&"),a.href!==n.href&&e.history.replaceState(e.history.state,"",a.href)}catch{}}var Xo={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5};function zs(t){let e=String(t??"unknown"),n=/^[a-z]+$/.test(e)?e:"unknown";return g("span",{class:`nw-badge nw-st-${n}`,text:e})}function zc(t){if(!t)return"";let e=[];return t.layer?e.push(t.layer):t.tensor&&e.push(t.tensor),t.phase&&t.phase!==e[0]&&e.push(t.phase),e.join(" · ")}async function er(t,e,n){let l=performance.now(),r=((await Be("runs",null,n)).runs||[]).map((x,f)=>({...x,_i:f}));r.sort((x,f)=>(Xo[x.status]??4.5)-(Xo[f.status]??4.5)||x._i-f._i),t.runs=r;let a=r.filter(x=>x.status!=="healthy").length,p=g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"}),g("span",{class:"nw-sub",text:`${r.length} run${r.length===1?"":"s"}, ${a} failing`}));if(!r.length){e.append(p,g("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",g("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let d=g("tbody");for(let x of r){let f=x.onset,w=x.top_cause,S=[];x.sampled&&S.push(g("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let M of x.problems||[])S.push(g("span",{class:"nw-chip nw-warn",title:String(M),text:String(M)}));let E=M=>{M.preventDefault(),t.setState({run:x.run,layer:null,step:null,start:null,end:null})},P=g("tr",{class:"nw-run-row",dataset:{run:x.run,status:String(x.status)},tabindex:"0",onclick:E,onkeydown:M=>M.key==="Enter"&&E(M)},g("td",{class:"nw-run-name"},g("a",{href:t.hrefFor({run:x.run}),text:x.run,onclick:E})),g("td",null,zs(x.status)),g("td",{class:"nw-onset-step",text:f&&f.step!=null?String(f.step):"–"}),g("td",{class:"nw-origin"},f?g("span",{text:zc(f)}):"–",f&&f.layer&&f.tensor?g("div",{class:"nw-muted nw-small",text:f.tensor}):null),g("td",{class:"nw-top-cause"},w?g("span",{text:w.summary||w.id}):g("span",{class:"nw-muted",text:x.status==="healthy"?"no cause found":"–"}),w&&w.score!=null?g("span",{class:"nw-score",text:Pe(Number(w.score),2)}):null),g("td",{class:"nw-num",text:x.steps!=null?String(x.steps):"–"}),g("td",{class:"nw-notes"},S));d.appendChild(P)}let h=g("table",{class:"nw-table nw-runs"},g("thead",null,g("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(x=>g("th",{text:x})))),d);e.append(p,g("div",{class:"nw-card nw-scroll-x"},h)),t.timing("overview",performance.now()-l)}function Ic(t,e){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(t);l&&(n.step=Number(l[1]));let s=null;for(let r of e)r.name&&t.includes(r.name)&&(!s||r.name.length>s.name.length)&&(s=r);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let r=null;for(let a of e)a.layer&&t.includes(a.layer)&&(!r||a.layer.length>r.length)&&(r=a.layer);n.layer=r}return n}async function Oc(t,e){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(t),n=!0)}catch{n=!1}if(!n){let l=g("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=t,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}e.textContent=n?"Copied":"Select and copy",e.dataset.copied=n?"1":"0",setTimeout(()=>e.textContent="Copy",1500)}function tr(t,e,n){let l=t.causes||[],s=g("section",{class:"nw-card nw-causes"},g("h2",{text:"Likely causes"}));l.length||s.appendChild(g("p",{class:"nw-muted",text:t.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let r=g("ol",{class:"nw-cause-list"});l.forEach((d,h)=>{let x=Number(d.score),f=g("ul",{class:"nw-evidence"});for(let S of d.evidence||[]){let E=typeof S=="string"?S:String(S&&S.text!=null?S.text:JSON.stringify(S)),P=Ic(E,e);S&&typeof S=="object"&&(P={step:S.step??P.step,layer:S.layer??P.layer,tensor:S.tensor??P.tensor});let M=P.step!=null||P.layer!=null,$=g("li",{class:M?"nw-ev nw-jump":"nw-ev"});if(M){let v=g("button",{class:"nw-linkbtn",title:[P.layer&&`layer ${P.layer}`,P.step!=null&&`step ${P.step}`].filter(Boolean).join(", "),text:E,onclick:()=>n(P)});$.appendChild(v)}else $.appendChild(g("span",{text:E}));f.appendChild($)}let w=null;if(d.fix){let S=g("button",{class:"nw-btn nw-copy",text:"Copy"});S.addEventListener("click",()=>Oc(String(d.fix),S)),w=g("div",{class:"nw-fix"},g("div",{class:"nw-fix-head"},g("span",{text:"Fix"}),S),g("pre",null,g("code",{text:String(d.fix)})))}r.appendChild(g("li",{class:"nw-cause",dataset:{id:String(d.id)}},g("div",{class:"nw-cause-head"},g("span",{class:"nw-rank",text:`${h+1}`}),g("span",{class:"nw-cause-summary",text:d.summary||d.id}),g("span",{class:"nw-scorebar",title:`score ${Pe(x,3)}`},g("span",{style:{width:`${Math.max(0,Math.min(1,x))*100}%`}})),g("span",{class:"nw-score",text:Pe(x,2)})),g("div",{class:"nw-muted nw-small",text:String(d.id)}),f,w))}),s.appendChild(r);let a=t.ruled_out||[];a.length&&s.appendChild(g("details",{class:"nw-ruled",open:l.length<=2?!0:null},g("summary",{text:`Ruled out (${a.length})`}),g("ul",null,a.map(d=>g("li",{class:"nw-ruled-item",text:typeof d=="string"?d:d.summary||d.id||JSON.stringify(d)})))));let p=t.skipped||[];return p.length&&s.appendChild(g("div",{class:"nw-muted nw-small",text:`Not checked (series not logged): ${p.join(", ")}`})),s}var Ll=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Fc(){let t=new Uint8ClampedArray(768);for(let e=0;e<256;e++){let n=e/255*(Ll.length-1),l=Math.min(Ll.length-2,Math.floor(n)),s=n-l;for(let r=0;r<3;r++)t[e*3+r]=Ll[l][r]*(1-s)+Ll[l+1][r]*s}return t}var Wn=Fc();function Is(t){let e=/^#([0-9a-f]{6})$/i.exec(t.trim());if(e){let l=parseInt(e[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(t);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Os(t){return t==null?null:typeof t=="number"?t:t==="NaN"?NaN:t==="Inf"?1/0:t==="-Inf"?-1/0:Number(t)}var Pl=class{constructor(e,n,l){this.el=e,this.data=n,this.opts=l,this.render()}render(){let{el:e,data:n,opts:l}=this;kt(e);let s=n.rows||[],r=n.buckets||[],a=s.length,p=r.length;if(!a||!p){e.appendChild(g("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let d=On(),h=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=h;let x=1/0,f=-1/0,w=n.magnitude,S=n.nonfinite;for(let j=0;j<a;j++){let W=w[j];for(let xe=0;xe<p;xe++){let ne=Os(W[xe]);ne!==null&&Number.isFinite(ne)&&(ne<x&&(x=ne),ne>f&&(f=ne))}}f>=x||(x=0,f=1),f-x<1e-9&&(f=x+1),this.lo=x,this.hi=f;let E=g("div",{class:"nw-hm"}),P=g("div",{class:"nw-hm-labels",style:{height:`${a*h}px`}}),M=n.layers||[],$=h>=9;for(let j=0;j<a;j++){let W=g("div",{class:"nw-hm-label"+(l.selLayer!=null&&M[j]===l.selLayer?" nw-sel":""),style:{height:`${h}px`,lineHeight:`${h}px`,fontSize:$?"":"0px"},title:s[j],text:s[j]});W.addEventListener("click",()=>l.onCell&&l.onCell({row:j,name:s[j],layer:M[j]??null,step:null})),P.appendChild(W)}let v=g("div",{class:"nw-hm-plot"}),D=g("canvas",{class:"nw-hm-canvas"}),C=g("div",{class:"nw-tip",style:{display:"none"}});v.append(D,C);let _=g("div",{class:"nw-hm-axis"});E.append(P,v);let k=this._legend(d);e.append(E,_,k),this.canvas=D,this.plot=v,this.tip=C;let z=document.createElement("canvas");z.width=p,z.height=a;let F=z.getContext("2d"),R=F.createImageData(p,a),A=R.data,L=Is(d.nan),Z=Is(d.inf),H=Is(d.grid),q=f-x,K=0;for(let j=0;j<a;j++){let W=w[j],xe=S?S[j]:null;for(let ne=0;ne<p;ne++){let ee=(j*p+ne)*4,oe=xe?xe[ne]:0,Q;if(oe===1)Q=L,K++;else if(oe===2)Q=Z,K++;else{let U=Os(W[ne]);if(U===null||Number.isNaN(U)||U===1/0)Q=H;else{let be=U===-1/0?0:Math.max(0,Math.min(255,Math.round((U-x)/q*255)))*3;A[ee]=Wn[be],A[ee+1]=Wn[be+1],A[ee+2]=Wn[be+2],A[ee+3]=255;continue}}A[ee]=Q[0],A[ee+1]=Q[1],A[ee+2]=Q[2],A[ee+3]=255}}if(F.putImageData(R,0,0),this.img=z,e.dataset.nonfiniteCells=String(K),this.R=a,this.B=p,this._draw(),this._axis(_),window.ResizeObserver){this.ro&&this.ro.disconnect();let j=v.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(v.clientWidth-j)>2&&(j=v.clientWidth,this._draw())}),this.ro.observe(v)}D.addEventListener("mousemove",j=>this._hover(j)),D.addEventListener("mouseleave",()=>C.style.display="none"),D.addEventListener("click",j=>{let W=this._cellAt(j);W&&l.onCell&&l.onCell(W)})}destroy(){this.ro&&this.ro.disconnect()}_draw(){let{canvas:e,plot:n,R:l,B:s,rh:r}=this,a=window.devicePixelRatio||1,p=Math.max(100,n.clientWidth||600),d=l*r;this.w=p,this.hgt=d,e.style.width=`${p}px`,e.style.height=`${d}px`,e.width=Math.round(p*a),e.height=Math.round(d*a);let h=e.getContext("2d");h.imageSmoothingEnabled=!1,h.drawImage(this.img,0,0,s,l,0,0,e.width,e.height);let x=On(),{onset:f,selStep:w,selLayer:S}=this.opts,E=this.data.layers||[];if(S!=null){h.strokeStyle=x.select,h.lineWidth=1.5*a;for(let M=0;M<l;M++)E[M]===S&&h.strokeRect(.75*a,M*r*a+.75*a,e.width-1.5*a,r*a-1.5*a)}let P=M=>{let $=this._bucketOf(M);return $==null?null:($+.5)/s*e.width};if(f!=null){let M=P(f);M!=null&&(h.strokeStyle=x.onset,h.lineWidth=2*a,h.setLineDash([5*a,3*a]),h.beginPath(),h.moveTo(M,0),h.lineTo(M,e.height),h.stroke(),h.setLineDash([]))}if(w!=null){let M=P(w);M!=null&&(h.strokeStyle=x.select,h.lineWidth=1*a,h.beginPath(),h.moveTo(M,0),h.lineTo(M,e.height),h.stroke())}}_bucketOf(e){let n=this.data.buckets;if(!n.length||e<n[0][0]||e>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r][1]<e?l=r+1:s=r}return l}_cellAt(e){let n=this.canvas.getBoundingClientRect(),l=e.clientX-n.left,s=e.clientY-n.top,r=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(r<0||r>=this.B||a<0||a>=this.R)return null;let p=this.data,[d,h]=p.buckets[r],x=p.nonfinite?p.nonfinite[a][r]:0;return{row:a,bucket:r,name:p.rows[a],layer:(p.layers||[])[a]??null,step:d,first:d,last:h,magnitude:Os(p.magnitude[a][r]),nonfinite:x===1?"NaN":x===2?"Inf":null,source:p.bucket_source?p.bucket_source[r]:null,x:l,y:s}}_hover(e){let n=this._cellAt(e),l=this.tip;if(!n){l.style.display="none";return}kt(l),l.append(g("div",{class:"nw-tip-name",text:n.name}),g("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?g("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,g("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${Pe(Math.pow(10,n.magnitude))} (log10 ${Pe(n.magnitude,3)})`}),n.source==="l2"?g("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(e){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],r=n[Math.floor(n.length/2)][0];e.append(g("span",{text:`step ${l}`}),g("span",{text:String(r)}),g("span",{text:String(s)}))}_legend(e){let n=g("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let r=0;r<120;r++){let a=Math.round(r/119*255)*3;l.fillStyle=`rgb(${Wn[a]},${Wn[a+1]},${Wn[a+2]})`,l.fillRect(r,0,1,10)}let s=(r,a)=>g("span",{class:"nw-sw-wrap"},g("span",{class:`nw-sw ${r}`}),a);return g("div",{class:"nw-hm-legend"},g("span",{text:`max |x| 10^${Pe(this.lo,2)}`}),n,g("span",{text:`10^${Pe(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Wc=["nan","inf","max_abs","std","mean","scale_spread"];async function nr(t,e,n){let l=t.rows.filter(d=>d.kind==="input"||d.kind==="target");if(!l.length){e.appendChild(g("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await Be("series",{run:t.run,tensor:l.map(d=>d.name),stat:Wc,start:t.range[0],end:t.range[1],points:400},n),r=new Map;for(let d of s.series||[])r.set(`${d.tensor}\0${d.stat}`,{steps:d.steps,values:Cn(d.values)});let a=g("tbody"),p=g("div",{class:"nw-grid-multi"});for(let d of l){let h=R=>r.get(`${d.name}\0${R}`)||{steps:[],values:[]},x=h("nan"),f=h("inf"),w=h("max_abs"),S=h("std"),E=h("mean"),P=h("scale_spread"),M=0,$=0,v=null;x.values.forEach((R,A)=>{R>0&&(M+=R,(v===null||x.steps[A]<v)&&(v=x.steps[A]))}),f.values.forEach((R,A)=>{R>0&&($+=R,(v===null||f.steps[A]<v)&&(v=f.steps[A]))});let D=null,C=null,_=null;w.values.forEach((R,A)=>{Number.isFinite(R)&&(D===null||R>D)&&(D=R);let L=S.values[A],Z=E.values[A];if(Number.isFinite(R)&&Number.isFinite(L)&&L>0){let H=(R-Math.abs(Number.isFinite(Z)?Z:0))/L;(C===null||H>C)&&(C=H,_=w.steps[A])}});let k=null;for(let R of P.values)Number.isFinite(R)&&(k===null||R>k)&&(k=R);let z=M+$>0;a.appendChild(g("tr",{class:z?"nw-bad-row":""},g("td",{class:"nw-mono",text:d.name}),g("td",{class:M?"nw-nan-text":"",text:Pe(M)}),g("td",{class:$?"nw-inf-text":"",text:Pe($)}),g("td",{text:v===null?"–":String(v)}),g("td",{text:Pe(D)}),g("td",{class:C!==null&&C>10?"nw-warn-text":"",text:C===null?"–":`${Pe(C,3)} σ @ ${_}`}),g("td",{class:k!==null&&k>100?"nw-warn-text":"",text:Pe(k)})));let F=g("div",{class:"nw-mini"});p.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:`${d.name}: max |x|`}),F)),t.defer(()=>t.charts.push(new jt(F,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:t.range,onset:t.onset,syncKey:"nw",selStep:t.selStep(),onStep:R=>t.jump({step:R}),onRange:(R,A)=>t.zoom(R,A),onReset:()=>t.zoom(null,null)})))}e.append(g("div",{class:"nw-scroll-x"},g("table",{class:"nw-table nw-inputs"},g("thead",null,g("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(d=>g("th",{text:d})))),a)),g("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),p)}function Vc(t){let e=new Map;for(let n of t){if(!n.layer)continue;e.has(n.layer)||e.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=e.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...e.values()]}var lr=(t,e)=>t.startsWith(e+"/")?t.slice(e.length+1):t,Nl=class{constructor(e,n){if(this.ctx=e,this.groups=Vc(e.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(g("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=g("div",{class:"nw-layers"});for(let s of this.groups){let r=g("div",{class:"nw-layer-body"},g("div",{class:"nw-muted nw-small",text:"…"})),a=g("div",{class:"nw-layer",dataset:{layer:s.layer}},g("div",{class:"nw-layer-head"},g("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?g("span",{class:"nw-chip",text:String(s.act.activation)}):null),r);a.addEventListener("click",p=>{p.target.closest(".u-over")||e.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:r,group:s,charts:[],visible:!1}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let r of s)r.isIntersecting&&this._want(r.target.dataset.layer)},{rootMargin:"300px 0px"}),this.vis=new IntersectionObserver(s=>{for(let r of s){let a=this.cards.get(r.target.dataset.layer);if(a){a.visible=r.isIntersecting;for(let p of a.charts)p.setSynced(r.isIntersecting)}}});for(let{card:s}of this.cards.values())this.io.observe(s),this.vis.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),this.vis&&this.vis.disconnect(),clearTimeout(this.timer)}highlight(e,n){for(let[s,{card:r}]of this.cards)r.classList.toggle("nw-sel",s===e);let l=this.cards.get(e);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(e))}_want(e){this.loaded.has(e)||!this.cards.has(e)||(this.loaded.add(e),this.queue.add(e),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let e=[...this.queue];this.queue.clear();for(let n=0;n<e.length;n+=16){if(this.ctx.signal.aborted)return;await this._load(e.slice(n,n+16))}}async _load(e){if(!e.length)return;let n=this.ctx,l=e.map(f=>this.cards.get(f).group),s=l.filter(f=>f.act).map(f=>f.act.name),r=l.flatMap(f=>[...f.grads,...f.weights].map(w=>w.name)),a=l.flatMap(f=>f.weights.map(w=>w.name)),p={run:n.run,start:n.range[0],end:n.range[1],points:300},d=[];s.length&&d.push(Be("series",{...p,tensor:s,stat:["min","max","mean"]},n.signal)),r.length&&d.push(Be("series",{...p,tensor:r,stat:["trace"]},n.signal)),a.length&&d.push(Be("series",{...p,tensor:a,stat:["update_ratio"]},n.signal));let h;try{h=await Promise.all(d)}catch(f){if(n.signal.aborted)return;for(let w of e){let{body:S}=this.cards.get(w);S.textContent=`Could not load: ${f.message}`}return}if(n.signal.aborted)return;let x=new Map;for(let f of h)for(let w of f.series||[])x.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:Cn(w.values)});for(let f of e){if(n.signal.aborted)return;let w=this.cards.get(f);this._draw(w,x);for(let S of w.charts)S.setSynced(w.visible);await new Promise(S=>requestAnimationFrame(()=>S()))}}_draw(e,n){let{body:l,group:s}=e,r=this.ctx;l.textContent="";let a=(h,x)=>n.get(`${h}\0${x}`),p=[];if(s.act){let h=a(s.act.name,"min"),x=a(s.act.name,"max"),f=a(s.act.name,"mean");h&&x&&p.push(["activation range",[{label:"max",steps:x.steps,values:x.values,band:"hi"},{label:"min",steps:h.steps,values:h.values,band:"lo"},...f?[{label:"mean",steps:f.steps,values:f.values,dash:[3,3]}]:[]],!1])}let d=h=>h.map(x=>({label:lr(x.name,s.layer),...a(x.name,"trace")||{steps:[],values:[]}}));if(s.grads.length&&p.push(["gradient norm",d(s.grads),!0]),s.weights.length&&p.push(["weight norm",d(s.weights),!0]),s.weights.length&&p.push(["update ratio",s.weights.map(h=>({label:lr(h.name,s.layer),...a(h.name,"update_ratio")||{steps:[],values:[]}})),!0]),!p.length){l.appendChild(g("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[h,x,f]of p){let w=g("div",{class:"nw-mini"});if(l.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:h}),w)),x.every(E=>!E.steps.length)){w.appendChild(g("div",{class:"nw-muted nw-small",text:"not logged"}));continue}let S=new jt(w,{series:x,log:f,compact:!0,height:110,range:r.range,onset:r.onset,windowStart:r.windowStart,syncKey:"nw",selStep:r.selStep(),onStep:E=>r.jump({step:E,layer:s.layer}),onRange:(E,P)=>r.zoom(E,P),onReset:()=>r.zoom(null,null)});r.charts.push(S),e.charts.push(S)}}};var sr=20,$c=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],tl=class{constructor(e,n){this.app=e,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Tl(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(e){let n=this.app,l=n.state,s=l.run,r=performance.now(),a=Be("diagnosis",{run:s},e),p=await Be("tensors",{run:s},e),d=(p.rows||[]).length;this.hmKind===null&&(this.hmKind=d>150?"activation":"");let h=Math.max(200,Math.min(1e3,(this.root.clientWidth||1e3)-230)),x=Be("heatmap",{run:s,start:l.start??null,end:l.end??null,buckets:Math.floor(h),kind:this.hmKind||null},e).catch(G=>G),f=await a,w=p.rows||[],S=Number(f.steps)||0,E=f.onset&&f.onset.step!=null?Number(f.onset.step):null,P=[0,Math.max(1,S-1)],M=[l.start??P[0],l.end??P[1]];M[1]>M[0]||(M=P);let $=this,v=[],D={run:s,rows:w,range:M,full:P,onset:E,windowStart:E==null?null:E-sr,charts:this.charts,signal:e,defer:G=>v.push(G),selStep:()=>n.state.step??null,jump:G=>$.jump(G),zoom:(G,se)=>$.zoom(G,se)};this.ctx=D;let C=g("select",{class:"nw-select",title:"Run"});for(let G of n.runs||[{run:s}]){let se=g("option",{value:G.run,text:G.run});G.run===s&&(se.selected=!0),C.appendChild(se)}[...C.options].some(G=>G.value===s)||C.appendChild(g("option",{value:s,text:s,selected:!0})),C.addEventListener("change",()=>n.setState({run:C.value,layer:null,step:null,start:null,end:null}));let _=g("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:G=>{G.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),k=f.onset?g("span",{class:"nw-onset-summary"},"first non-finite at step ",g("b",{class:"nw-onset-step",text:String(f.onset.step)}),f.onset.phase?` in the ${f.onset.phase} phase`:"",f.onset.tensor?g("span",null,", tensor ",g("code",{text:String(f.onset.tensor)})):"",f.onset.layer?g("span",null," (layer ",g("code",{text:String(f.onset.layer)}),")"):""):g("span",{class:"nw-muted",text:"no non-finite value"}),z=E!=null?g("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let G=Math.max(25,Math.round(S*.03));this.zoom(Math.max(P[0],E-G),Math.min(P[1],E+Math.max(10,Math.round(G/3))))}}):null,F=M[0]!==P[0]||M[1]!==P[1],R=g("button",{class:"nw-btn",text:"Full range",disabled:F?null:!0,onclick:()=>this.zoom(null,null)}),A=g("div",{class:"nw-head"},_,C,zs(f.status),k,g("span",{class:"nw-spacer"}),g("span",{class:"nw-muted nw-small nw-range",text:`steps ${M[0]}–${M[1]} of ${S}`}),z,R),L=g("div",{class:"nw-notices"});f.sampled&&L.appendChild(g("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));for(let G of[...f.problems||[],...f.notes||[]].filter((se,Ge,et)=>et.indexOf(se)===Ge))L.appendChild(g("div",{class:"nw-notice",text:String(G)}));f.origin&&f.origin.how&&L.appendChild(g("div",{class:"nw-notice nw-info",text:`Origin: ${f.origin.tensor??f.origin.layer??"?"} at step ${f.origin.step??"?"} (${f.origin.how})`}));let Z=tr(f,w,G=>this.jump(G)),H=g("section",{class:"nw-card nw-timeline-card"},g("h2",{text:"Loss and global gradient norm"})),q=g("div",{class:"nw-timeline",dataset:{onsetStep:E==null?"":String(E)}});H.append(q,g("div",{class:"nw-muted nw-small"},"Log scale. Red line: onset; shaded: the ",String(sr)," steps before it; triangles: NaN/Inf values. Drag to zoom, double-click to reset, click to select a step."));let K=g("section",{class:"nw-card nw-heatmap-card"}),j=g("select",{class:"nw-select nw-hm-kind"});for(let[G,se]of $c){if(G&&!w.some(et=>et.kind===G))continue;let Ge=g("option",{value:G,text:se});G===this.hmKind&&(Ge.selected=!0),j.appendChild(Ge)}let W=g("div",{class:"nw-heatmap"});j.addEventListener("change",()=>{this.hmKind=j.value,this._loadHeatmap(W,e)}),K.append(g("div",{class:"nw-card-head"},g("h2",{text:"Magnitude by tensor and step"}),j),W,g("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let xe=g("section",{class:"nw-card nw-inputs-card"},g("h2",{text:"Inputs and targets"})),ne=g("section",{class:"nw-card nw-layers-card"},g("h2",{text:"Per layer"}));kt(this.root),this.root.append(A,L,g("div",{class:"nw-top"},Z,H),K,xe,ne);let ee=Math.max(300,q.clientWidth||800),oe=["loss","global_grad_norm"].filter(G=>w.some(se=>se.name===G)),Q=oe.length?Be("series",{run:s,tensor:oe,stat:"trace",start:M[0],end:M[1],points:Math.min(4e3,2*ee)},e):Promise.resolve({series:[]}),U=this._loadHeatmap(W,e,x),be=nr(D,xe,e).catch(G=>{e.aborted||xe.appendChild(g("div",{class:"nw-error",text:String(G.message||G)}))}),De=await Q;if(e.aborted)return;let we={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},re=(De.series||[]).map(G=>({label:G.tensor==="global_grad_norm"?"global grad norm":G.tensor,steps:G.steps,values:Cn(G.values),scale:G.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(G.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||we[G.tensor],width:1.5}));re.length?(this.timeline=new jt(q,{series:re,log:!0,height:260,range:M,onset:E,windowStart:D.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:G=>this.jump({step:G}),onRange:(G,se)=>this.zoom(G,se),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):q.appendChild(g("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let Ue=(De.series||[]).find(G=>G.returned<G.logged);if(Ue&&H.appendChild(g("div",{class:"nw-muted nw-small",text:`Showing ${Ue.returned} of ${Ue.logged} steps (each bucket's min and max, every step near the onset).`})),await U,!e.aborted){this.grid=new Nl(D,ne),await be;for(let G of v)G();e.aborted||(this.applySelection(!1),n.timing("run",performance.now()-r),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(e,n,l){let s=this.ctx,r=Math.max(200,(e.clientWidth||800)-170);try{let a=l?await l:null;if(a instanceof Error)throw a;if(a||(a=await Be("heatmap",{run:s.run,start:s.range[0],end:s.range[1],buckets:Math.min(1e3,Math.floor(r)),kind:this.hmKind||null},n)),n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Pl(e,a,{onset:s.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:p=>this.jump({layer:p.layer,step:p.step,tensor:p.name})})}catch(a){n.aborted||(kt(e),e.appendChild(g("div",{class:"nw-error",text:String(a.message||a)})))}}zoom(e,n){this.app.setState({start:e==null?null:Math.round(e),end:n==null?null:Math.round(n)})}jump(e){let n=this.app,l={};e.layer!==void 0&&e.layer!==null&&(l.layer=e.layer),e.step!==void 0&&e.step!==null&&(l.step=Math.round(e.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let r=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-r),l.end=Math.min(this.ctx.full[1],l.step+r)}n.setState(l)}applySelection(e=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),r=this.heatmap.data.layers||[];s.forEach((a,p)=>a.classList.toggle("nw-sel",n.layer!=null&&r[p]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,e);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(g("div",{class:"nw-selection"},"Selected: ",n.layer!=null?g("span",null,"layer ",g("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?g("span",null,"step ",g("b",{class:"nw-sel-step",text:String(n.step)})):null,g("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};var Fs=["run","layer","step","start","end"],Hc=new Set(["step","start","end"]);function Ws(t){let e={};for(let n of Fs){let l=t?t[n]:void 0;if(!(l==null||l==="")){if(Hc.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);e[n]=l}}return e}function Vs(){let t=new URLSearchParams(window.location.hash.replace(/^#/,"")),e={};for(let n of Fs)t.has(n)&&(e[n]=t.get(n));return Ws(e)}function $s(t){let e=new URLSearchParams;for(let s of Fs){let r=t[s];r==null||r===""||e.set(s,String(r))}let n=e.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}var Hs=class{constructor(e){this.root=e,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new El}async start(){let e=Vs();if(!Object.keys(e).length){let n=Zo();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(e=Ws(n))}this.state=e,$s(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=Vs();this._apply(n)}),Yo(()=>{this.renders>0&&this.reload()}),await this.rerender()}hrefFor(e){let n=new URLSearchParams;for(let[s,r]of Object.entries(e))r!=null&&r!==""&&n.set(s,String(r));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(e){let n={...this.state,...e};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(e){let n=this.state;this.state=e,$s(e),Qo(e),n.run!==e.run||n.start!==e.start||n.end!==e.end||!this.view?this.rerender():this.view instanceof tl&&(n.layer!==e.layer||n.step!==e.step)&&this.view.applySelection(!0)}timing(e,n){this.timings[e]=n,window.__nanwatch.timings[e]=n}reload(){let e=window.scrollY;return this.rerender().then(()=>window.scrollTo(0,e))}async rerender(){this.ctl&&this.ctl.abort();let e=new AbortController;this.ctl=e,this.view&&this.view.destroy&&this.view.destroy(),Tl(this.root);let n=g("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?this.runs=(await Be("runs",null,e.signal)).runs||[]:(this.view={kind:"overview"},kt(this.root).appendChild(n),await er(this,n,e.signal))),this.state.run&&!e.signal.aborted){let s=new tl(this,n);this.view=s,kt(this.root).appendChild(n),await s.render(e.signal)}}catch(s){if(e.signal.aborted||s&&s.name==="AbortError")return;kt(this.root).appendChild(n),kt(n).append(g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"})),g("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?g("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}e.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Al=null;function Hu(){if(Al)return Al;window.__nanwatch=window.__nanwatch||{timings:{}};let t=document.createElement("style");t.textContent=bi+`
`+yi,document.head.appendChild(t);let e=document.createElement("meta");e.name="color-scheme",e.content="light dark",document.head.appendChild(e);let n=g("div",{id:"nw-root"});document.body.appendChild(n);let l=new Hs(n);return window.__nanwatch.app=l,window.__nanwatch.syncedCount=qo,Al=l.start(),Al}export{Hu as render};
