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
`;var Ir=new URL("./",import.meta.url),ns=class extends Error{constructor(e,n){super(n),this.status=e}};function Or(t,e){let n=new URL(t,Ir);if(e){for(let[l,s]of Object.entries(e))if(s!=null)if(Array.isArray(s))for(let r of s)n.searchParams.append(l,String(r));else n.searchParams.set(l,String(s))}return n.toString()}async function qe(t,e,n){let l=await fetch(Or(t,e),{signal:n,credentials:"same-origin"});if(!l.ok){let s=l.statusText;try{let r=await l.text();r&&(s=r.slice(0,300))}catch{}throw new ns(l.status,`${t}: ${l.status} ${s}`)}return l.json()}function Fr(t){if(t==null)return null;if(typeof t=="number")return t;if(t==="NaN"||t==="nan")return NaN;if(t==="Inf"||t==="Infinity"||t==="inf"||t==="+Inf")return 1/0;if(t==="-Inf"||t==="-Infinity"||t==="-inf")return-1/0;let e=Number(t);return Number.isNaN(e)?null:e}function Tn(t){let e=new Array(t?t.length:0);for(let n=0;n<e.length;n++){let l=t[n];e[n]=typeof l=="number"?l:Fr(l)}return e}var Vr="uplot",$r="u-hz",Wr="u-vt",Hr="u-title",jr="u-wrap",Br="u-under",Ur="u-over",Gr="u-axis",nn="u-off",Yr="u-select",Kr="u-cursor-x",qr="u-cursor-y",Jr="u-cursor-pt",Zr="u-legend",Qr="u-live",Xr="u-inline",ea="u-series",ta="u-marker",vi="u-label",na="u-value",qn="width",Jn="height";var Si="bottom",Cn="left",ls="right",ys="#000",ki=ys+"0",ss="mousemove",_i="mousedown",is="mouseup",Mi="mouseenter",Ti="mouseleave",Ci="dblclick",la="resize",sa="scroll",Li="change",wl="dppxchange",vs="--",Dn=typeof window<"u",us=Dn?document:null,En=Dn?window:null,ia=Dn?navigator:null,ue,pl;function fs(){let t=devicePixelRatio;ue!=t&&(ue=t,pl&&ds(Li,pl,fs),pl=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),ln(Li,pl,fs),En.dispatchEvent(new CustomEvent(wl)))}function lt(t,e){if(e!=null){let n=t.classList;!n.contains(e)&&n.add(e)}}function ps(t,e){let n=t.classList;n.contains(e)&&n.remove(e)}function ye(t,e,n){t.style[e]=n+"px"}function xt(t,e,n,l){let s=us.createElement(t);return e!=null&&lt(s,e),n?.insertBefore(s,l),s}function pt(t,e){return xt("div",t,e)}var Ei=new WeakMap;function Et(t,e,n,l,s){let r="translate("+e+"px,"+n+"px)",a=Ei.get(t);r!=a&&(t.style.transform=r,Ei.set(t,r),e<0||n<0||e>l||n>s?lt(t,nn):ps(t,nn))}var Ni=new WeakMap;function Pi(t,e,n){let l=e+n,s=Ni.get(t);l!=s&&(Ni.set(t,l),t.style.background=e,t.style.borderColor=n)}var Ai=new WeakMap;function Ri(t,e,n,l){let s=e+""+n,r=Ai.get(t);s!=r&&(Ai.set(t,s),t.style.height=n+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-n/2+"px":0)}var Ss={passive:!0},oa={...Ss,capture:!0};function ln(t,e,n,l){e.addEventListener(t,n,l?oa:Ss)}function ds(t,e,n,l){e.removeEventListener(t,n,Ss)}Dn&&fs();function bt(t,e,n,l){let s;n=n||0,l=l||e.length-1;let r=l<=2147483647;for(;l-n>1;)s=r?n+l>>1:st((n+l)/2),e[s]<t?n=s:l=s;return t-e[n]<=e[l]-t?n:l}function ro(t){return(n,l,s)=>{let r=-1,a=-1;for(let d=l;d<=s;d++)if(t(n[d])){r=d;break}for(let d=s;d>=l;d--)if(t(n[d])){a=d;break}return[r,a]}}var ao=t=>t!=null,co=t=>t!=null&&t>0,bl=ro(ao),ra=ro(co);function aa(t,e,n,l=0,s=!1){let r=s?ra:bl,a=s?co:ao;[e,n]=r(t,e,n);let d=t[e],f=t[e];if(e>-1)if(l==1)d=t[e],f=t[n];else if(l==-1)d=t[n],f=t[e];else for(let h=e;h<=n;h++){let x=t[h];a(x)&&(x<d?d=x:x>f&&(f=x))}return[d??de,f??-de]}function yl(t,e,n,l){let s=Ii(t),r=Ii(e);t==e&&(s==-1?(t*=n,e/=n):(t/=n,e*=n));let a=n==10?Rt:uo,d=s==1?st:dt,f=r==1?dt:st,h=d(a(Re(t))),x=f(a(Re(e))),p=Nn(n,h),w=Nn(n,x);return n==10&&(h<0&&(p=he(p,-h)),x<0&&(w=he(w,-x))),l||n==2?(t=p*s,e=w*r):(t=mo(t,p),e=vl(e,w)),[t,e]}function ks(t,e,n,l){let s=yl(t,e,n,l);return t==0&&(s[0]=0),e==0&&(s[1]=0),s}var _s=.1,Di={mode:3,pad:_s},Qn={pad:0,soft:null,mode:0},ca={min:Qn,max:Qn};function gl(t,e,n,l){return Sl(n)?zi(t,e,n):(Qn.pad=n,Qn.soft=l?0:null,Qn.mode=l?3:0,zi(t,e,ca))}function ae(t,e){return t??e}function ua(t,e,n){for(e=ae(e,0),n=ae(n,t.length-1);e<=n;){if(t[e]!=null)return!0;e++}return!1}function zi(t,e,n){let l=n.min,s=n.max,r=ae(l.pad,0),a=ae(s.pad,0),d=ae(l.hard,-de),f=ae(s.hard,de),h=ae(l.soft,de),x=ae(s.soft,-de),p=ae(l.mode,0),w=ae(s.mode,0),k=e-t,N=Rt(k),P=Je(Re(t),Re(e)),T=Rt(P),j=Re(T-N);(k<1e-24||j>10)&&(k=0,(t==0||e==0)&&(k=1e-24,p==2&&h!=de&&(r=0),w==2&&x!=-de&&(a=0)));let v=k||P||1e3,O=Rt(v),C=Nn(10,st(O)),_=v*(k==0?t==0?.1:1:r),S=he(mo(t-_,C/10),24),D=t>=h&&(p==1||p==3&&S<=h||p==2&&S>=h)?h:de,V=Je(d,S<D&&t>=D?D:yt(D,S)),R=v*(k==0?e==0?.1:1:a),A=he(vl(e+R,C/10),24),L=e<=x&&(w==1||w==3&&A>=x||w==2&&A<=x)?x:-de,J=yt(f,A>L&&e<=L?L:Je(L,A));return V==J&&V==0&&(J=100),[V,J]}var fa=new Intl.NumberFormat(Dn?ia.language:"en-US"),Ms=t=>fa.format(t),it=Math,ml=it.PI,Re=it.abs,st=it.floor,Ae=it.round,dt=it.ceil,yt=it.min,Je=it.max,Nn=it.pow,Ii=it.sign,Rt=it.log10,uo=it.log2,pa=(t,e=1)=>it.sinh(t)*e,os=(t,e=1)=>it.asinh(t/e),de=1/0;function Oi(t){return(Rt((t^t>>31)-(t>>31))|0)+1}function hs(t,e,n){return yt(Je(t,e),n)}function fo(t){return typeof t=="function"}function ie(t){return fo(t)?t:()=>t}var da=()=>{},po=t=>t,ho=(t,e)=>e,ha=t=>null,Fi=t=>!0,Vi=(t,e)=>t==e,ma=/\.\d*?(?=9{6,}|0{6,})/gm,sn=t=>{if(go(t)||Ht.has(t))return t;let e=`${t}`,n=e.match(ma);if(n==null)return t;let l=n[0].length-1;if(e.indexOf("e-")!=-1){let[s,r]=e.split("e");return+`${sn(s)}e${r}`}return he(t,l)};function en(t,e){return sn(he(sn(t/e))*e)}function vl(t,e){return sn(dt(sn(t/e))*e)}function mo(t,e){return sn(st(sn(t/e))*e)}function he(t,e=0){if(go(t))return t;let n=10**e,l=t*n*(1+Number.EPSILON);return Ae(l)/n}var Ht=new Map;function wo(t){return((""+t).split(".")[1]||"").length}function el(t,e,n,l){let s=[],r=l.map(wo);for(let a=e;a<n;a++){let d=Re(a),f=he(Nn(t,a),d);for(let h=0;h<l.length;h++){let x=t==10?+`${l[h]}e${a}`:l[h]*f,p=(a>=0?0:d)+(a>=r[h]?0:r[h]),w=t==10?x:he(x,p);s.push(w),Ht.set(w,p)}}return s}var Xn={},Ts=[],Pn=[null,null],Wt=Array.isArray,go=Number.isInteger,wa=t=>t===void 0;function $i(t){return typeof t=="string"}function Sl(t){let e=!1;if(t!=null){let n=t.constructor;e=n==null||n==Object}return e}function ga(t){return t!=null&&typeof t=="object"}var xa=Object.getPrototypeOf(Uint8Array),xo="__proto__";function An(t,e=Sl){let n;if(Wt(t)){let l=t.find(s=>s!=null);if(Wt(l)||e(l)){n=Array(t.length);for(let s=0;s<t.length;s++)n[s]=An(t[s],e)}else n=t.slice()}else if(t instanceof xa)n=t.slice();else if(e(t)){n={};for(let l in t)l!=xo&&(n[l]=An(t[l],e))}else n=t;return n}function Ce(t){let e=arguments;for(let n=1;n<e.length;n++){let l=e[n];for(let s in l)s!=xo&&(Sl(t[s])?Ce(t[s],An(l[s])):t[s]=An(l[s]))}return t}var ba=0,ya=1,va=2;function Sa(t,e,n){for(let l=0,s,r=-1;l<e.length;l++){let a=e[l];if(a>r){for(s=a-1;s>=0&&t[s]==null;)t[s--]=null;for(s=a+1;s<n&&t[s]==null;)t[r=s++]=null}}}function ka(t,e){if(Ta(t)){let a=t[0].slice();for(let d=1;d<t.length;d++)a.push(...t[d].slice(1));return Ca(a[0])||(a=Ma(a)),a}let n=new Set;for(let a=0;a<t.length;a++){let f=t[a][0],h=f.length;for(let x=0;x<h;x++)n.add(f[x])}let l=[Array.from(n).sort((a,d)=>a-d)],s=l[0].length,r=new Map;for(let a=0;a<s;a++)r.set(l[0][a],a);for(let a=0;a<t.length;a++){let d=t[a],f=d[0];for(let h=1;h<d.length;h++){let x=d[h],p=Array(s).fill(void 0),w=e?e[a][h]:ya,k=[];for(let N=0;N<x.length;N++){let P=x[N],T=r.get(f[N]);P===null?w!=ba&&(p[T]=P,w==va&&k.push(T)):p[T]=P}Sa(p,k,s),l.push(p)}}return l}var _a=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function Ma(t){let e=t[0],n=e.length,l=Array(n);for(let r=0;r<l.length;r++)l[r]=r;l.sort((r,a)=>e[r]-e[a]);let s=[];for(let r=0;r<t.length;r++){let a=t[r],d=Array(n);for(let f=0;f<n;f++)d[f]=a[l[f]];s.push(d)}return s}function Ta(t){let e=t[0][0],n=e.length;for(let l=1;l<t.length;l++){let s=t[l][0];if(s.length!=n)return!1;if(s!=e){for(let r=0;r<n;r++)if(s[r]!=e[r])return!1}}return!0}function Ca(t,e=100){let n=t.length;if(n<=1)return!0;let l=0,s=n-1;for(;l<=s&&t[l]==null;)l++;for(;s>=l&&t[s]==null;)s--;if(s<=l)return!0;let r=Je(1,st((s-l+1)/e));for(let a=t[l],d=l+r;d<=s;d+=r){let f=t[d];if(f!=null){if(f<=a)return!1;a=f}}return!0}var bo=["January","February","March","April","May","June","July","August","September","October","November","December"],yo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vo(t){return t.slice(0,3)}var La=yo.map(vo),Ea=bo.map(vo),Na={MMMM:bo,MMM:Ea,WWWW:yo,WWW:La};function Kn(t){return(t<10?"0":"")+t}function Pa(t){return(t<10?"00":t<100?"0":"")+t}var Aa={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>Kn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Kn(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>Kn(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Kn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Kn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>Pa(t.getMilliseconds())};function Cs(t,e){e=e||Na;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(t);)n.push(s[0][0]=="{"?Aa[s[1]]:s[0]);return r=>{let a="";for(let d=0;d<n.length;d++)a+=typeof n[d]=="string"?n[d]:n[d](r,e);return a}}var Ra=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Da(t,e){let n;return e=="UTC"||e=="Etc/UTC"?n=new Date(+t+t.getTimezoneOffset()*6e4):e==Ra?n=t:(n=new Date(t.toLocaleString("en-US",{timeZone:e})),n.setMilliseconds(t.getMilliseconds())),n}var So=t=>t%1==0,xl=[1,2,2.5,5],za=el(10,-32,0,xl),ko=el(10,0,32,xl),Ia=ko.filter(So),tn=za.concat(ko),Ls=`
`,_o="{YYYY}",Wi=Ls+_o,Mo="{M}/{D}",Zn=Ls+Mo,dl=Zn+"/{YY}",To="{aa}",Oa="{h}:{mm}",Ln=Oa+To,Hi=Ls+Ln,ji=":{ss}",fe=null;function Co(t){let e=t*1e3,n=e*60,l=n*60,s=l*24,r=s*30,a=s*365,f=(t==1?el(10,0,3,xl).filter(So):el(10,-3,0,xl)).concat([e,e*5,e*10,e*15,e*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),h=[[a,_o,fe,fe,fe,fe,fe,fe,1],[s*28,"{MMM}",Wi,fe,fe,fe,fe,fe,1],[s,Mo,Wi,fe,fe,fe,fe,fe,1],[l,"{h}"+To,dl,fe,Zn,fe,fe,fe,1],[n,Ln,dl,fe,Zn,fe,fe,fe,1],[e,ji,dl+" "+Ln,fe,Zn+" "+Ln,fe,Hi,fe,1],[t,ji+".{fff}",dl+" "+Ln,fe,Zn+" "+Ln,fe,Hi,fe,1]];function x(p){return(w,k,N,P,T,j)=>{let v=[],O=T>=a,C=T>=r&&T<a,_=p(N),S=he(_*t,3),D=rs(_.getFullYear(),O?0:_.getMonth(),C||O?1:_.getDate()),V=he(D*t,3);if(C||O){let R=C?T/r:0,A=O?T/a:0,L=S==V?S:he(rs(D.getFullYear()+A,D.getMonth()+R,1)*t,3),J=new Date(Ae(L/t)),U=J.getFullYear(),q=J.getMonth();for(let Y=0;L<=P;Y++){let G=rs(U+A*Y,q+R*Y,1),W=G-p(he(G*t,3));L=he((+G+W)*t,3),L<=P&&v.push(L)}}else{let R=T>=s?s:T,A=st(N)-st(S),L=V+A+vl(S-V,R);v.push(L);let J=p(L),U=J.getHours()+J.getMinutes()/n+J.getSeconds()/l,q=T/l,Y=w.axes[k]._space,G=j/Y;for(;L=he(L+T,t==1?0:3),!(L>P);)if(q>1){let W=st(he(U+q,6))%24,ee=p(L).getHours()-W;ee>1&&(ee=-1),L-=ee*l,U=(U+q)%24;let oe=v[v.length-1];he((L-oe)/T,3)*G>=.7&&v.push(L)}else v.push(L)}return v}}return[f,h,x]}var[Fa,Va,$a]=Co(1),[Wa,Ha,ja]=Co(.001);el(2,-53,53,[1]);function Bi(t,e){return t.map(n=>n.map((l,s)=>s==0||s==8||l==null?l:e(s==1||n[8]==0?l:n[1]+l)))}function Ui(t,e){return(n,l,s,r,a)=>{let d=e.find(N=>a>=N[0])||e[e.length-1],f,h,x,p,w,k;return l.map(N=>{let P=t(N),T=P.getFullYear(),j=P.getMonth(),v=P.getDate(),O=P.getHours(),C=P.getMinutes(),_=P.getSeconds(),S=T!=f&&d[2]||j!=h&&d[3]||v!=x&&d[4]||O!=p&&d[5]||C!=w&&d[6]||_!=k&&d[7]||d[1];return f=T,h=j,x=v,p=O,w=C,k=_,S(P)})}}function Ba(t,e){let n=Cs(e);return(l,s,r,a,d)=>s.map(f=>n(t(f)))}function rs(t,e,n){return new Date(t,e,n)}function Gi(t,e){return e(t)}var Ua="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Yi(t,e){return(n,l,s,r)=>r==null?vs:e(t(l))}function Ga(t,e){let n=t.series[e];return n.width?n.stroke(t,e):n.points.width?n.points.stroke(t,e):null}function Ya(t,e){return t.series[e].fill(t,e)}var Ka={show:!0,live:!0,isolate:!1,mount:da,markers:{show:!0,width:2,stroke:Ga,fill:Ya,dash:"solid"},idx:null,idxs:null,values:[]};function qa(t,e){let n=t.cursor.points,l=pt(),s=n.size(t,e);ye(l,qn,s),ye(l,Jn,s);let r=s/-2;ye(l,"marginLeft",r),ye(l,"marginTop",r);let a=n.width(t,e,s);return a&&ye(l,"borderWidth",a),l}function Ja(t,e){let n=t.series[e].points;return n._fill||n._stroke}function Za(t,e){let n=t.series[e].points;return n._stroke||n._fill}function Qa(t,e){return t.series[e].points.size}var as=[0,0];function Xa(t,e,n){return as[0]=e,as[1]=n,as}function hl(t,e,n,l=!0){return s=>{s.button==0&&(!l||s.target==e)&&n(s)}}function cs(t,e,n,l=!0){return s=>{(!l||s.target==e)&&n(s)}}var ec={show:!0,x:!0,y:!0,lock:!1,move:Xa,points:{one:!1,show:qa,size:Qa,width:0,stroke:Za,fill:Ja},bind:{mousedown:hl,mouseup:hl,click:hl,dblclick:hl,mousemove:cs,mouseleave:cs,mouseenter:cs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,n,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Lo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Es=Ce({},Lo,{filter:ho}),Eo=Ce({},Es,{size:10}),No=Ce({},Lo,{show:!1}),Ns='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Po="bold "+Ns,Ao=1.5,Ki={show:!0,scale:"x",stroke:ys,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Po,side:2,grid:Es,ticks:Eo,border:No,font:Ns,lineGap:Ao,rotate:0},tc="Value",nc="Time",qi={show:!0,scale:"x",auto:!1,sorted:1,min:de,max:-de,idxs:[]};function lc(t,e,n,l,s){return e.map(r=>r==null?"":Ms(r))}function sc(t,e,n,l,s,r,a){let d=[],f=Ht.get(s)||0;n=a?n:he(vl(n,s),f);for(let h=n;h<=l;h=he(h+s,f))d.push(Object.is(h,-0)?0:h);return d}function ms(t,e,n,l,s,r,a){let d=[],f=t.scales[t.axes[e].scale].log,h=f==10?Rt:uo,x=st(h(n));s=Nn(f,x),f==10&&(s=tn[bt(s,tn)]);let p=n,w=s*f;f==10&&(w=tn[bt(w,tn)]);do d.push(p),p=p+s,f==10&&!Ht.has(p)&&(p=he(p,Ht.get(s))),p>=w&&(s=p,w=s*f,f==10&&(w=tn[bt(w,tn)]));while(p<=l);return d}function ic(t,e,n,l,s,r,a){let f=t.scales[t.axes[e].scale].asinh,h=l>f?ms(t,e,Je(f,n),l,s):[f],x=l>=0&&n<=0?[0]:[];return(n<-f?ms(t,e,Je(f,-l),-n,s):[f]).reverse().map(w=>-w).concat(x,h)}var Ro=/./,oc=/[12357]/,rc=/[125]/,Ji=/1/,ws=(t,e,n,l)=>t.map((s,r)=>e==4&&s==0||r%l==0&&n.test(s.toExponential()[s<0?1:0])?s:null);function ac(t,e,n,l,s){let r=t.axes[n],a=r.scale,d=t.scales[a],f=t.valToPos,h=r._space,x=f(10,a),p=f(9,a)-x>=h?Ro:f(7,a)-x>=h?oc:f(5,a)-x>=h?rc:Ji;if(p==Ji){let w=Re(f(1,a)-x);if(w<h)return ws(e.slice().reverse(),d.distr,p,dt(h/w)).reverse()}return ws(e,d.distr,p,1)}function cc(t,e,n,l,s){let r=t.axes[n],a=r.scale,d=r._space,f=t.valToPos,h=Re(f(1,a)-f(2,a));return h<d?ws(e.slice().reverse(),3,Ro,dt(d/h)).reverse():e}function uc(t,e,n,l){return l==null?vs:e==null?"":Ms(e)}var Zi={show:!0,scale:"y",stroke:ys,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Po,side:3,grid:Es,ticks:Eo,border:No,font:Ns,lineGap:Ao,rotate:0};function fc(t,e){let n=3+(t||1)*2;return he(n*e,3)}function pc(t,e){let{scale:n,idxs:l}=t.series[0],s=t._data[0],r=t.valToPos(s[l[0]],n,!0),a=t.valToPos(s[l[1]],n,!0),d=Re(a-r),f=t.series[e],h=d/(f.points.space*ue);return l[1]-l[0]<=h}var Qi={scale:null,auto:!0,sorted:0,min:de,max:-de},Do=(t,e,n,l,s)=>s,Xi={show:!0,auto:!0,sorted:0,gaps:Do,alpha:1,facets:[Ce({},Qi,{scale:"x"}),Ce({},Qi,{scale:"y"})]},eo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Do,alpha:1,points:{show:pc,filter:null},values:null,min:de,max:-de,idxs:[],path:null,clip:null};function dc(t,e,n,l,s){return n/10}var zo={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},hc=Ce({},zo,{time:!1,ori:1}),to={};function Io(t,e){let n=to[t];return n||(n={key:t,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(s=>s!=l)},pub(l,s,r,a,d,f,h){for(let x=0;x<n.plots.length;x++)n.plots[x]!=s&&n.plots[x].pub(l,s,r,a,d,f,h)}},t!=null&&(to[t]=n)),n}var Rn=1,gs=2;function on(t,e,n){let l=t.mode,s=t.series[e],r=l==2?t._data[e]:t._data,a=t.scales,d=t.bbox,f=r[0],h=l==2?r[1]:r[e],x=l==2?a[s.facets[0].scale]:a[t.series[0].scale],p=l==2?a[s.facets[1].scale]:a[s.scale],w=d.left,k=d.top,N=d.width,P=d.height,T=t.valToPosH,j=t.valToPosV;return x.ori==0?n(s,f,h,x,p,T,j,w,k,N,P,_l,zn,Tl,Fo,$o):n(s,f,h,x,p,j,T,k,w,P,N,Ml,In,Rs,Vo,Wo)}function Ps(t,e){let n=0,l=0,s=ae(t.bands,Ts);for(let r=0;r<s.length;r++){let a=s[r];a.series[0]==e?n=a.dir:a.series[1]==e&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function mc(t,e,n,l,s){let r=t.mode,a=t.series[e],d=r==2?a.facets[1].scale:a.scale,f=t.scales[d];return s==-1?f.min:s==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Dt(t,e,n,l,s,r){return on(t,e,(a,d,f,h,x,p,w,k,N,P,T)=>{let j=a.pxRound,v=h.dir*(h.ori==0?1:-1),O=h.ori==0?zn:In,C,_;v==1?(C=n,_=l):(C=l,_=n);let S=j(p(d[C],h,P,k)),D=j(w(f[C],x,T,N)),V=j(p(d[_],h,P,k)),R=j(w(r==1?x.max:x.min,x,T,N)),A=new Path2D(s);return O(A,V,R),O(A,S,R),O(A,S,D),A})}function kl(t,e,n,l,s,r){let a=null;if(t.length>0){a=new Path2D;let d=e==0?Tl:Rs,f=n;for(let p=0;p<t.length;p++){let w=t[p];if(w[1]>w[0]){let k=w[0]-f;k>0&&d(a,f,l,k,l+r),f=w[1]}}let h=n+s-f,x=10;h>0&&d(a,f,l-x/2,h,l+r+x)}return a}function wc(t,e,n){let l=t[t.length-1];l&&l[0]==e?l[1]=n:t.push([e,n])}function As(t,e,n,l,s,r,a){let d=[],f=t.length;for(let h=s==1?n:l;h>=n&&h<=l;h+=s)if(e[h]===null){let p=h,w=h;if(s==1)for(;++h<=l&&e[h]===null;)w=h;else for(;--h>=n&&e[h]===null;)w=h;let k=r(t[p]),N=w==p?k:r(t[w]),P=p-s;k=a<=0&&P>=0&&P<f?r(t[P]):k;let j=w+s;N=a>=0&&j>=0&&j<f?r(t[j]):N,N>=k&&d.push([k,N])}return d}function no(t){return t==0?po:t==1?Ae:e=>en(e,t)}function Oo(t){let e=t==0?_l:Ml,n=t==0?(s,r,a,d,f,h)=>{s.arcTo(r,a,d,f,h)}:(s,r,a,d,f,h)=>{s.arcTo(a,r,f,d,h)},l=t==0?(s,r,a,d,f)=>{s.rect(r,a,d,f)}:(s,r,a,d,f)=>{s.rect(a,r,f,d)};return(s,r,a,d,f,h=0,x=0)=>{h==0&&x==0?l(s,r,a,d,f):(h=yt(h,d/2,f/2),x=yt(x,d/2,f/2),e(s,r+h,a),n(s,r+d,a,r+d,a+f,h),n(s,r+d,a+f,r,a+f,x),n(s,r,a+f,r,a,x),n(s,r,a,r+d,a,h),s.closePath())}}var _l=(t,e,n)=>{t.moveTo(e,n)},Ml=(t,e,n)=>{t.moveTo(n,e)},zn=(t,e,n)=>{t.lineTo(e,n)},In=(t,e,n)=>{t.lineTo(n,e)},Tl=Oo(0),Rs=Oo(1),Fo=(t,e,n,l,s,r)=>{t.arc(e,n,l,s,r)},Vo=(t,e,n,l,s,r)=>{t.arc(n,e,l,s,r)},$o=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(e,n,l,s,r,a)},Wo=(t,e,n,l,s,r,a)=>{t.bezierCurveTo(n,e,s,l,a,r)};function Ho(t){return(e,n,l,s,r)=>on(e,n,(a,d,f,h,x,p,w,k,N,P,T)=>{let{pxRound:j,points:v}=a,O,C;h.ori==0?(O=_l,C=Fo):(O=Ml,C=Vo);let _=he(v.width*ue,3),S=(v.size-v.width)/2*ue,D=he(S*2,3),V=new Path2D,R=new Path2D,{left:A,top:L,width:J,height:U}=e.bbox;Tl(R,A-D,L-D,J+D*2,U+D*2);let q=Y=>{if(f[Y]!=null){let G=j(p(d[Y],h,P,k)),W=j(w(f[Y],x,T,N));O(V,G+S,W),C(V,G,W,S,0,ml*2)}};if(r)r.forEach(q);else for(let Y=l;Y<=s;Y++)q(Y);return{stroke:_>0?V:null,fill:V,clip:R,flags:Rn|gs}})}function jo(t){return(e,n,l,s,r,a)=>{l!=s&&(r!=l&&a!=l&&t(e,n,l),r!=s&&a!=s&&t(e,n,s),t(e,n,a))}}var gc=jo(zn),xc=jo(In);function Bo(t){let e=ae(t?.alignGaps,0);return(n,l,s,r)=>on(n,l,(a,d,f,h,x,p,w,k,N,P,T)=>{[s,r]=bl(f,s,r);let j=a.pxRound,v=U=>j(p(U,h,P,k)),O=U=>j(w(U,x,T,N)),C,_;h.ori==0?(C=zn,_=gc):(C=In,_=xc);let S=h.dir*(h.ori==0?1:-1),D={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},V=D.stroke,R=!1;if(r-s>=P*4){let U=B=>n.posToVal(B,h.key,!0),q=null,Y=null,G,W,ve,le=v(d[S==1?s:r]),ee=v(d[s]),oe=v(d[r]),Q=U(S==1?ee+1:oe-1);for(let B=S==1?s:r;B>=s&&B<=r;B+=S){let me=d[B],z=(S==1?me<Q:me>Q)?le:v(me),te=f[B];z==le?te!=null?(W=te,q==null?(C(V,z,O(W)),G=q=Y=W):W<q?q=W:W>Y&&(Y=W)):te===null&&(R=!0):(q!=null&&_(V,le,O(q),O(Y),O(G),O(W)),te!=null?(W=te,C(V,z,O(W)),q=Y=G=W):(q=Y=null,te===null&&(R=!0)),le=z,Q=U(le+S))}q!=null&&q!=Y&&ve!=le&&_(V,le,O(q),O(Y),O(G),O(W))}else for(let U=S==1?s:r;U>=s&&U<=r;U+=S){let q=f[U];q===null?R=!0:q!=null&&C(V,v(d[U]),O(q))}let[L,J]=Ps(n,l);if(a.fill!=null||L!=0){let U=D.fill=new Path2D(V),q=a.fillTo(n,l,a.min,a.max,L),Y=O(q),G=v(d[s]),W=v(d[r]);S==-1&&([W,G]=[G,W]),C(U,W,Y),C(U,G,Y)}if(!a.spanGaps){let U=[];R&&U.push(...As(d,f,s,r,S,v,e)),D.gaps=U=a.gaps(n,l,s,r,U),D.clip=kl(U,h.ori,k,N,P,T)}return J!=0&&(D.band=J==2?[Dt(n,l,s,r,V,-1),Dt(n,l,s,r,V,1)]:Dt(n,l,s,r,V,J)),D})}function bc(t){let e=ae(t.align,1),n=ae(t.ascDesc,!1),l=ae(t.alignGaps,0),s=ae(t.extend,!1);return(r,a,d,f)=>on(r,a,(h,x,p,w,k,N,P,T,j,v,O)=>{[d,f]=bl(p,d,f);let C=h.pxRound,{left:_,width:S}=r.bbox,D=ee=>C(N(ee,w,v,T)),V=ee=>C(P(ee,k,O,j)),R=w.ori==0?zn:In,A={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Rn},L=A.stroke,J=w.dir*(w.ori==0?1:-1),U=V(p[J==1?d:f]),q=D(x[J==1?d:f]),Y=q,G=q;s&&e==-1&&(G=_,R(L,G,U)),R(L,q,U);for(let ee=J==1?d:f;ee>=d&&ee<=f;ee+=J){let oe=p[ee];if(oe==null)continue;let Q=D(x[ee]),B=V(oe);e==1?R(L,Q,U):R(L,Y,B),R(L,Q,B),U=B,Y=Q}let W=Y;s&&e==1&&(W=_+S,R(L,W,U));let[ve,le]=Ps(r,a);if(h.fill!=null||ve!=0){let ee=A.fill=new Path2D(L),oe=h.fillTo(r,a,h.min,h.max,ve),Q=V(oe);R(ee,W,Q),R(ee,G,Q)}if(!h.spanGaps){let ee=[];ee.push(...As(x,p,d,f,J,D,l));let oe=h.width*ue/2,Q=n||e==1?oe:-oe,B=n||e==-1?-oe:oe;ee.forEach(me=>{me[0]+=Q,me[1]+=B}),A.gaps=ee=h.gaps(r,a,d,f,ee),A.clip=kl(ee,w.ori,T,j,v,O)}return le!=0&&(A.band=le==2?[Dt(r,a,d,f,L,-1),Dt(r,a,d,f,L,1)]:Dt(r,a,d,f,L,le)),A})}function lo(t,e,n,l,s,r,a=de){if(t.length>1){let d=null;for(let f=0,h=1/0;f<t.length;f++)if(e[f]!==void 0){if(d!=null){let x=Re(t[f]-t[d]);x<h&&(h=x,a=Re(n(t[f],l,s,r)-n(t[d],l,s,r)))}d=f}}return a}function yc(t){t=t||Xn;let e=ae(t.size,[.6,de,1]),n=t.align||0,l=t.gap||0,s=t.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=ie(s),a=1-e[0],d=ae(e[1],de),f=ae(e[2],1),h=ae(t.disp,Xn),x=ae(t.each,k=>{}),{fill:p,stroke:w}=h;return(k,N,P,T)=>on(k,N,(j,v,O,C,_,S,D,V,R,A,L)=>{let J=j.pxRound,U=n,q=l*ue,Y=d*ue,G=f*ue,W,ve;C.ori==0?[W,ve]=r(k,N):[ve,W]=r(k,N);let le=C.dir*(C.ori==0?1:-1),ee=C.ori==0?Tl:Rs,oe=C.ori==0?x:($,we,Pe,un,Gt,kt,Yt)=>{x($,we,Pe,Gt,un,Yt,kt)},Q=ae(k.bands,Ts).find($=>$.series[0]==N),B=Q!=null?Q.dir:0,me=j.fillTo(k,N,j.min,j.max,B),Ne=J(D(me,_,L,R)),z,te,je,$e=A,ke=J(j.width*ue),St=!1,Nt=null,ot=null,zt=null,rn=null;p!=null&&(ke==0||w!=null)&&(St=!0,Nt=p.values(k,N,P,T),ot=new Map,new Set(Nt).forEach($=>{$!=null&&ot.set($,new Path2D)}),ke>0&&(zt=w.values(k,N,P,T),rn=new Map,new Set(zt).forEach($=>{$!=null&&rn.set($,new Path2D)})));let{x0:an,size:$n}=h;if(an!=null&&$n!=null){U=1,v=an.values(k,N,P,T),an.unit==2&&(v=v.map(Pe=>k.posToVal(V+Pe*A,C.key,!0)));let $=$n.values(k,N,P,T);$n.unit==2?te=$[0]*A:te=S($[0],C,A,V)-S(0,C,A,V),$e=lo(v,O,S,C,A,V,$e),je=$e-te+q}else $e=lo(v,O,S,C,A,V,$e),je=$e*a+q,te=$e-je;je<1&&(je=0),ke>=te/2&&(ke=0),je<5&&(J=po);let nl=je>0,Bt=$e-je-(nl?ke:0);te=J(hs(Bt,G,Y)),z=(U==0?te/2:U==le?0:te)-U*le*((U==0?q/2:0)+(nl?ke/2:0));let Ue={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},cn=St?null:new Path2D,Pt=null;if(Q!=null)Pt=k.data[Q.series[1]];else{let{y0:$,y1:we}=h;$!=null&&we!=null&&(O=we.values(k,N,P,T),Pt=$.values(k,N,P,T))}let Ut=W*te,ne=ve*te;for(let $=le==1?P:T;$>=P&&$<=T;$+=le){let we=O[$];if(we==null)continue;if(Pt!=null){let Ze=Pt[$]??0;if(we-Ze==0)continue;Ne=D(Ze,_,L,R)}let Pe=C.distr!=2||h!=null?v[$]:$,un=S(Pe,C,A,V),Gt=D(ae(we,me),_,L,R),kt=J(un-z),Yt=J(Je(Gt,Ne)),Xe=J(yt(Gt,Ne)),rt=Yt-Xe;if(we!=null){let Ze=we<0?ne:Ut,ht=we<0?Ut:ne;St?(ke>0&&zt[$]!=null&&ee(rn.get(zt[$]),kt,Xe+st(ke/2),te,Je(0,rt-ke),Ze,ht),Nt[$]!=null&&ee(ot.get(Nt[$]),kt,Xe+st(ke/2),te,Je(0,rt-ke),Ze,ht)):ee(cn,kt,Xe+st(ke/2),te,Je(0,rt-ke),Ze,ht),oe(k,N,$,kt-ke/2,Xe,te+ke,rt)}}return ke>0?Ue.stroke=St?rn:cn:St||(Ue._fill=j.width==0?j._fill:j._stroke??j._fill,Ue.width=0),Ue.fill=St?ot:cn,Ue})}function vc(t,e){let n=ae(e?.alignGaps,0);return(l,s,r,a)=>on(l,s,(d,f,h,x,p,w,k,N,P,T,j)=>{[r,a]=bl(h,r,a);let v=d.pxRound,O=W=>v(w(W,x,T,N)),C=W=>v(k(W,p,j,P)),_,S,D;x.ori==0?(_=_l,D=zn,S=$o):(_=Ml,D=In,S=Wo);let V=x.dir*(x.ori==0?1:-1),R=O(f[V==1?r:a]),A=R,L=[],J=[];for(let W=V==1?r:a;W>=r&&W<=a;W+=V)if(h[W]!=null){let le=f[W],ee=O(le);L.push(A=ee),J.push(C(h[W]))}let U={stroke:t(L,J,_,D,S,v),fill:null,clip:null,band:null,gaps:null,flags:Rn},q=U.stroke,[Y,G]=Ps(l,s);if(d.fill!=null||Y!=0){let W=U.fill=new Path2D(q),ve=d.fillTo(l,s,d.min,d.max,Y),le=C(ve);D(W,A,le),D(W,R,le)}if(!d.spanGaps){let W=[];W.push(...As(f,h,r,a,V,O,n)),U.gaps=W=d.gaps(l,s,r,a,W),U.clip=kl(W,x.ori,N,P,T,j)}return G!=0&&(U.band=G==2?[Dt(l,s,r,a,q,-1),Dt(l,s,r,a,q,1)]:Dt(l,s,r,a,q,G)),U})}function Sc(t){return vc(kc,t)}function kc(t,e,n,l,s,r){let a=t.length;if(a<2)return null;let d=new Path2D;if(n(d,t[0],e[0]),a==2)l(d,t[1],e[1]);else{let f=Array(a),h=Array(a-1),x=Array(a-1),p=Array(a-1);for(let w=0;w<a-1;w++)x[w]=e[w+1]-e[w],p[w]=t[w+1]-t[w],h[w]=x[w]/p[w];f[0]=h[0];for(let w=1;w<a-1;w++)h[w]===0||h[w-1]===0||h[w-1]>0!=h[w]>0?f[w]=0:(f[w]=3*(p[w-1]+p[w])/((2*p[w]+p[w-1])/h[w-1]+(p[w]+2*p[w-1])/h[w]),isFinite(f[w])||(f[w]=0));f[a-1]=h[a-2];for(let w=0;w<a-1;w++)s(d,t[w]+p[w]/3,e[w]+f[w]*p[w]/3,t[w+1]-p[w]/3,e[w+1]-f[w+1]*p[w]/3,t[w+1],e[w+1])}return d}var xs=new Set;function so(){for(let t of xs)t.syncRect(!0)}Dn&&(ln(la,En,so),ln(sa,En,so,!0),ln(wl,En,()=>{Le.pxRatio=ue}));var _c=Bo(),Mc=Ho();function io(t,e,n,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((r,a)=>bs(r,a,e,n))}function Tc(t,e){return t.map((n,l)=>l==0?{}:Ce({},e,n))}function bs(t,e,n,l){return Ce({},e==0?n:l,t)}function Uo(t,e,n){return e==null?Pn:[e,n]}var Cc=Uo;function Lc(t,e,n){return e==null?Pn:gl(e,n,_s,!0)}function Go(t,e,n,l){return e==null?Pn:yl(e,n,t.scales[l].log,!1)}var Ec=Go;function Yo(t,e,n,l){return e==null?Pn:ks(e,n,t.scales[l].log,!1)}var Nc=Yo;function Pc(t,e,n,l,s){let r=Je(Oi(t),Oi(e)),a=e-t,d=bt(s/l*a,n);do{let f=n[d],h=l*f/a;if(h>=s&&r+(f<5?Ht.get(f):0)<=17)return[f,h]}while(++d<n.length);return[0,0]}function oo(t){let e,n;return t=t.replace(/(\d+)px/,(l,s)=>(e=Ae((n=+s)*ue))+"px"),[t,e,n]}function Ac(t){t.show&&[t.font,t.labelFont].forEach(e=>{let n=he(e[2]*ue,1);e[0]=e[0].replace(/[0-9.]+px/,n+"px"),e[1]=n})}function Le(t,e,n){let l={mode:ae(t.mode,1)},s=l.mode;function r(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?1-m:m)}function a(i,o,c,u){let m=o.valToPct(i);return u+c*(o.dir==-1?m:1-m)}function d(i,o,c,u){return o.ori==0?r(i,o,c,u):a(i,o,c,u)}l.valToPosH=r,l.valToPosV=a;let f=!1;l.status=0;let h=l.root=pt(Vr);if(t.id!=null&&(h.id=t.id),lt(h,t.class),t.title){let i=pt(Hr,h);i.textContent=t.title}let x=xt("canvas"),p=l.ctx=x.getContext("2d"),w=pt(jr,h);ln("click",w,i=>{i.target===N&&(ge!=vn||Se!=Sn)&&He.click(l,i)},!0);let k=l.under=pt(Br,w);w.appendChild(x);let N=l.over=pt(Ur,w);t=An(t);let P=+ae(t.pxAlign,1),T=no(P);(t.plugins||[]).forEach(i=>{i.opts&&(t=i.opts(l,t)||t)});let j=t.ms||.001,v=l.series=s==1?io(t.series||[],qi,eo,!1):Tc(t.series||[null],Xi),O=l.axes=io(t.axes||[],Ki,Zi,!0),C=l.scales={},_=l.bands=t.bands||[];_.forEach(i=>{i.fill=ie(i.fill||null),i.dir=ae(i.dir,-1)});let S=s==2?v[1].facets[0].scale:v[0].scale,D={axes:br,series:hr},V=(t.drawOrder||["axes","series"]).map(i=>D[i]);function R(i){let o=i.distr==3?c=>Rt(c>0?c:i.clamp(l,c,i.min,i.max,i.key)):i.distr==4?c=>os(c,i.asinh):i.distr==100?c=>i.fwd(c):c=>c;return c=>{let u=o(c),{_min:m,_max:b}=i,y=b-m;return(u-m)/y}}function A(i){let o=C[i];if(o==null){let c=(t.scales||Xn)[i]||Xn;if(c.from!=null){A(c.from);let u=Ce({},C[c.from],c,{key:i});u.valToPct=R(u),C[i]=u}else{o=C[i]=Ce({},i==S?zo:hc,c),o.key=i;let u=o.time,m=o.range,b=Wt(m);if((i!=S||s==2&&!u)&&(b&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?Di:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?Di:{mode:1,hard:m[1],soft:m[1]}},b=!1),!b&&Sl(m))){let y=m;m=(M,E,I)=>E==null?Pn:gl(E,I,y)}o.range=ie(m||(u?Cc:i==S?o.distr==3?Ec:o.distr==4?Nc:Uo:o.distr==3?Go:o.distr==4?Yo:Lc)),o.auto=ie(b?!1:o.auto),o.clamp=ie(o.clamp||dc),o._min=o._max=null,o.valToPct=R(o)}}}A("x"),A("y"),s==1&&v.forEach(i=>{A(i.scale)}),O.forEach(i=>{A(i.scale)});for(let i in t.scales)A(i);let L=C[S],J=L.distr,U,q;L.ori==0?(lt(h,$r),U=r,q=a):(lt(h,Wr),U=a,q=r);let Y={};for(let i in C){let o=C[i];(o.min!=null||o.max!=null)&&(Y[i]={min:o.min,max:o.max},o.min=o.max=null)}let G=t.tzDate||(i=>new Date(Ae(i/j))),W=t.fmtDate||Cs,ve=j==1?$a(G):ja(G),le=Ui(G,Bi(j==1?Va:Ha,W)),ee=Yi(G,Gi(Ua,W)),oe=[],Q=l.legend=Ce({},Ka,t.legend),B=l.cursor=Ce({},ec,{drag:{y:s==2}},t.cursor),me=Q.show,Ne=B.show,z=Q.markers;Q.idxs=oe,z.width=ie(z.width),z.dash=ie(z.dash),z.stroke=ie(z.stroke),z.fill=ie(z.fill);let te,je,$e,ke=[],St=[],Nt,ot=!1,zt={};if(Q.live){let i=v[1]?v[1].values:null;ot=i!=null,Nt=ot?i(l,1,0):{_:0};for(let o in Nt)zt[o]=vs}if(me)if(te=xt("table",Zr,h),$e=xt("tbody",null,te),Q.mount(l,te),ot){je=xt("thead",null,te,$e);let i=xt("tr",null,je);xt("th",null,i);for(var rn in Nt)xt("th",vi,i).textContent=rn}else lt(te,Xr),Q.live&&lt(te,Qr);let an={show:!0},$n={show:!1};function nl(i,o){if(o==0&&(ot||!Q.live||s==2))return Pn;let c=[],u=xt("tr",ea,$e,$e.childNodes[o]);lt(u,i.class),i.show||lt(u,nn);let m=xt("th",null,u);if(z.show){let M=pt(ta,m);if(o>0){let E=z.width(l,o);E&&(M.style.border=E+"px "+z.dash(l,o)+" "+z.stroke(l,o)),M.style.background=z.fill(l,o)}}let b=pt(vi,m);i.label instanceof HTMLElement?b.appendChild(i.label):b.textContent=i.label,o>0&&(z.show||(b.style.color=i.width>0?z.stroke(l,o):z.fill(l,o)),Ue("click",m,M=>{if(B._lock)return;qt(M);let E=v.indexOf(i);if((M.ctrlKey||M.metaKey)!=Q.isolate){let I=v.some((F,H)=>H>0&&H!=E&&F.show);v.forEach((F,H)=>{H>0&&Mt(H,I?H==E?an:$n:an,!0,Te.setSeries)})}else Mt(E,{show:!i.show},!0,Te.setSeries)},!1),pn&&Ue(Mi,m,M=>{B._lock||(qt(M),Mt(v.indexOf(i),_n,!0,Te.setSeries))},!1));for(var y in Nt){let M=xt("td",na,u);M.textContent="--",c.push(M)}return[u,c]}let Bt=new Map;function Ue(i,o,c,u=!0){let m=Bt.get(o)||{},b=B.bind[i](l,o,c,u);b&&(ln(i,o,m[i]=b),Bt.set(o,m))}function cn(i,o,c){let u=Bt.get(o)||{};for(let m in u)(i==null||m==i)&&(ds(m,o,u[m]),delete u[m]);i==null&&Bt.delete(o)}let Pt=0,Ut=0,ne=0,$=0,we=0,Pe=0,un=we,Gt=Pe,kt=ne,Yt=$,Xe=0,rt=0,Ze=0,ht=0;l.bbox={};let Rl=!1,ll=!1,fn=!1,Kt=!1,sl=!1,at=!1;function Dl(i,o,c){(c||i!=l.width||o!=l.height)&&js(i,o),gn(!1),fn=!0,ll=!0,xn()}function js(i,o){l.width=Pt=ne=i,l.height=Ut=$=o,we=Pe=0,rr(),ar();let c=l.bbox;Xe=c.left=en(we*ue,.5),rt=c.top=en(Pe*ue,.5),Ze=c.width=en(ne*ue,.5),ht=c.height=en($*ue,.5)}let sr=3;function ir(){let i=!1,o=0;for(;!i;){o++;let c=gr(o),u=xr(o);i=o==sr||c&&u,i||(js(l.width,l.height),ll=!0)}}function or({width:i,height:o}){Dl(i,o)}l.setSize=or;function rr(){let i=!1,o=!1,c=!1,u=!1;O.forEach((m,b)=>{if(m.show&&m._show){let{side:y,_size:M}=m,E=y%2,I=m.label!=null?m.labelSize:0,F=M+I;F>0&&(E?(ne-=F,y==3?(we+=F,u=!0):c=!0):($-=F,y==0?(Pe+=F,i=!0):o=!0))}}),Jt[0]=i,Jt[1]=c,Jt[2]=o,Jt[3]=u,ne-=It[1]+It[3],we+=It[3],$-=It[2]+It[0],Pe+=It[0]}function ar(){let i=we+ne,o=Pe+$,c=we,u=Pe;function m(b,y){switch(b){case 1:return i+=y,i-y;case 2:return o+=y,o-y;case 3:return c-=y,c+y;case 0:return u-=y,u+y}}O.forEach((b,y)=>{if(b.show&&b._show){let M=b.side;b._pos=m(M,b._size),b.label!=null&&(b._lpos=m(M,b.labelSize))}})}if(B.dataIdx==null){let i=B.hover,o=i.skip=new Set(i.skip??[]);o.add(void 0);let c=i.prox=ie(i.prox),u=i.bias??(i.bias=0);B.dataIdx=(m,b,y,M)=>{if(b==0)return y;let E=y,I=c(m,b,y,M)??de,F=I>=0&&I<de,H=L.ori==0?ne:$,X=B.left,ce=e[0],re=e[b];if(o.has(re[y])){E=null;let se=null,Z=null,K;if(u==0||u==-1)for(K=y;se==null&&K-- >0;)o.has(re[K])||(se=K);if(u==0||u==1)for(K=y;Z==null&&K++<re.length;)o.has(re[K])||(Z=K);if(se!=null||Z!=null)if(F){let be=se==null?-1/0:U(ce[se],L,H,0),_e=Z==null?1/0:U(ce[Z],L,H,0),Ve=X-be,pe=_e-X;Ve<=pe?Ve<=I&&(E=se):pe<=I&&(E=Z)}else E=Z==null?se:se==null?Z:y-se<=Z-y?se:Z}else F&&Re(X-U(ce[y],L,H,0))>I&&(E=null);return E}}let qt=i=>{B.event=i};B.idxs=oe,B._lock=!1;let Be=B.points;Be.show=ie(Be.show),Be.size=ie(Be.size),Be.stroke=ie(Be.stroke),Be.width=ie(Be.width),Be.fill=ie(Be.fill);let _t=l.focus=Ce({},t.focus||{alpha:.3},B.focus),pn=_t.prox>=0,dn=pn&&Be.one,ct=[],hn=[],mn=[];function Bs(i,o){let c=Be.show(l,o);if(c instanceof HTMLElement)return lt(c,Jr),lt(c,i.class),Et(c,-10,-10,ne,$),N.insertBefore(c,ct[o]),c}function Us(i,o){if(s==1||o>0){let c=s==1&&C[i.scale].time,u=i.value;i.value=c?$i(u)?Yi(G,Gi(u,W)):u||ee:u||uc,i.label=i.label||(c?nc:tc)}if(dn||o>0){i.width=i.width==null?1:i.width,i.paths=i.paths||_c||ha,i.fillTo=ie(i.fillTo||mc),i.pxAlign=+ae(i.pxAlign,P),i.pxRound=no(i.pxAlign),i.stroke=ie(i.stroke||null),i.fill=ie(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let c=fc(Je(1,i.width),1),u=i.points=Ce({},{size:c,width:Je(1,c*.2),stroke:i.stroke,space:c*2,paths:Mc,_stroke:null,_fill:null},i.points);u.show=ie(u.show),u.filter=ie(u.filter),u.fill=ie(u.fill),u.stroke=ie(u.stroke),u.paths=ie(u.paths),u.pxAlign=i.pxAlign}if(me){let c=nl(i,o);ke.splice(o,0,c[0]),St.splice(o,0,c[1]),Q.values.push(null)}if(Ne){oe.splice(o,0,null);let c=null;dn?o==0&&(c=Bs(i,o)):o>0&&(c=Bs(i,o)),ct.splice(o,0,c),hn.splice(o,0,0),mn.splice(o,0,0)}Fe("addSeries",o)}function cr(i,o){o=o??v.length,i=s==1?bs(i,o,qi,eo):bs(i,o,{},Xi),v.splice(o,0,i),Us(v[o],o)}l.addSeries=cr;function ur(i){if(v.splice(i,1),me){Q.values.splice(i,1),St.splice(i,1);let o=ke.splice(i,1)[0];cn(null,o.firstChild),o.remove()}Ne&&(oe.splice(i,1),ct.splice(i,1)[0].remove(),hn.splice(i,1),mn.splice(i,1)),Fe("delSeries",i)}l.delSeries=ur;let Jt=[!1,!1,!1,!1];function fr(i,o){if(i._show=i.show,i.show){let c=i.side%2,u=C[i.scale];u==null&&(i.scale=c?v[1].scale:S,u=C[i.scale]);let m=u.time;i.size=ie(i.size),i.space=ie(i.space),i.rotate=ie(i.rotate),Wt(i.incrs)&&i.incrs.forEach(y=>{!Ht.has(y)&&Ht.set(y,wo(y))}),i.incrs=ie(i.incrs||(u.distr==2?Ia:m?j==1?Fa:Wa:tn)),i.splits=ie(i.splits||(m&&u.distr==1?ve:u.distr==3?ms:u.distr==4?ic:sc)),i.stroke=ie(i.stroke),i.grid.stroke=ie(i.grid.stroke),i.ticks.stroke=ie(i.ticks.stroke),i.border.stroke=ie(i.border.stroke);let b=i.values;i.values=Wt(b)&&!Wt(b[0])?ie(b):m?Wt(b)?Ui(G,Bi(b,W)):$i(b)?Ba(G,b):b||le:b||lc,i.filter=ie(i.filter||(u.distr>=3&&u.log==10?ac:u.distr==3&&u.log==2?cc:ho)),i.font=oo(i.font),i.labelFont=oo(i.labelFont),i._size=i.size(l,null,o,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(Jt[o]=!0,i._el=pt(Gr,w))}}function Wn(i,o,c,u){let[m,b,y,M]=c,E=o%2,I=0;return E==0&&(M||b)&&(I=o==0&&!m||o==2&&!y?Ae(Ki.size/3):0),E==1&&(m||y)&&(I=o==1&&!b||o==3&&!M?Ae(Zi.size/2):0),I}let Gs=l.padding=(t.padding||[Wn,Wn,Wn,Wn]).map(i=>ie(ae(i,Wn))),It=l._padding=Gs.map((i,o)=>i(l,o,Jt,0)),We,De=null,ze=null,il=s==1?v[0].idxs:null,mt=null,Hn=!1;function Ys(i,o){if(e=i??[],l.data=l._data=e,s==2){We=0;for(let c=1;c<v.length;c++)We+=e[c][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),mt=e[0],We=mt.length;let c=e;if(J==2){c=e.slice();let u=c[0]=Array(We);for(let m=0;m<We;m++)u[m]=m}l._data=e=c}if(gn(!0),Fe("setData"),J==2&&(fn=!0),o!==!1){let c=L;c.auto(l,Hn)?zl():Ft(S,c.min,c.max),Kt=Kt||B.left>=0,at=!0,xn()}}l.setData=Ys;function zl(){Hn=!0;let i,o;s==1&&(We>0?(De=il[0]=0,ze=il[1]=We-1,i=e[0][De],o=e[0][ze],J==2?(i=De,o=ze):i==o&&(J==3?[i,o]=yl(i,i,L.log,!1):J==4?[i,o]=ks(i,i,L.log,!1):L.time?o=i+Ae(86400/j):[i,o]=gl(i,o,_s,!0))):(De=il[0]=i=null,ze=il[1]=o=null)),Ft(S,i,o)}let ol,wn,Il,Ol,Fl,Vl,$l,Wl,Hl,Qe;function Ks(i,o,c,u,m,b){i??(i=ki),c??(c=Ts),u??(u="butt"),m??(m=ki),b??(b="round"),i!=ol&&(p.strokeStyle=ol=i),m!=wn&&(p.fillStyle=wn=m),o!=Il&&(p.lineWidth=Il=o),b!=Fl&&(p.lineJoin=Fl=b),u!=Vl&&(p.lineCap=Vl=u),c!=Ol&&p.setLineDash(Ol=c)}function qs(i,o,c,u){o!=wn&&(p.fillStyle=wn=o),i!=$l&&(p.font=$l=i),c!=Wl&&(p.textAlign=Wl=c),u!=Hl&&(p.textBaseline=Hl=u)}function jl(i,o,c,u,m=0){if(u.length>0&&i.auto(l,Hn)&&(o==null||o.min==null)){let b=ae(De,0),y=ae(ze,u.length-1),M=c.min==null?aa(u,b,y,m,i.distr==3):[c.min,c.max];i.min=yt(i.min,c.min=M[0]),i.max=Je(i.max,c.max=M[1])}}let Js={min:null,max:null};function pr(){for(let u in C){let m=C[u];Y[u]==null&&(m.min==null||Y[S]!=null&&m.auto(l,Hn))&&(Y[u]=Js)}for(let u in C){let m=C[u];Y[u]==null&&m.from!=null&&Y[m.from]!=null&&(Y[u]=Js)}Y[S]!=null&&gn(!0);let i={};for(let u in Y){let m=Y[u];if(m!=null){let b=i[u]=An(C[u],ga);if(m.min!=null)Ce(b,m);else if(u!=S||s==2)if(We==0&&b.from==null){let y=b.range(l,null,null,u);b.min=y[0],b.max=y[1]}else b.min=de,b.max=-de}}if(We>0){v.forEach((u,m)=>{if(s==1){let b=u.scale,y=Y[b];if(y==null)return;let M=i[b];if(m==0){let E=M.range(l,M.min,M.max,b);M.min=E[0],M.max=E[1],De=bt(M.min,e[0]),ze=bt(M.max,e[0]),ze-De>1&&(e[0][De]<M.min&&De++,e[0][ze]>M.max&&ze--),u.min=mt[De],u.max=mt[ze]}else u.show&&u.auto&&jl(M,y,u,e[m],u.sorted);u.idxs[0]=De,u.idxs[1]=ze}else if(m>0&&u.show&&u.auto){let[b,y]=u.facets,M=b.scale,E=y.scale,[I,F]=e[m],H=i[M],X=i[E];H!=null&&jl(H,Y[M],b,I,b.sorted),X!=null&&jl(X,Y[E],y,F,y.sorted),u.min=y.min,u.max=y.max}});for(let u in i){let m=i[u],b=Y[u];if(m.from==null&&(b==null||b.min==null)){let y=m.range(l,m.min==de?null:m.min,m.max==-de?null:m.max,u);m.min=y[0],m.max=y[1]}}}for(let u in i){let m=i[u];if(m.from!=null){let b=i[m.from];if(b.min==null)m.min=m.max=null;else{let y=m.range(l,b.min,b.max,u);m.min=y[0],m.max=y[1]}}}let o={},c=!1;for(let u in i){let m=i[u],b=C[u];if(b.min!=m.min||b.max!=m.max){b.min=m.min,b.max=m.max;let y=b.distr;b._min=y==3?Rt(b.min):y==4?os(b.min,b.asinh):y==100?b.fwd(b.min):b.min,b._max=y==3?Rt(b.max):y==4?os(b.max,b.asinh):y==100?b.fwd(b.max):b.max,o[u]=c=!0}}if(c){v.forEach((u,m)=>{s==2?m>0&&o.y&&(u._paths=null):o[u.scale]&&(u._paths=null)});for(let u in o)fn=!0,Fe("setScale",u);Ne&&B.left>=0&&(Kt=at=!0)}for(let u in Y)Y[u]=null}function dr(i){let o=hs(De-1,0,We-1),c=hs(ze+1,0,We-1);for(;i[o]==null&&o>0;)o--;for(;i[c]==null&&c<We-1;)c++;return[o,c]}function hr(){if(We>0){let i=v.some(o=>o._focus)&&Qe!=_t.alpha;i&&(p.globalAlpha=Qe=_t.alpha),v.forEach((o,c)=>{if(c>0&&o.show&&(Zs(c,!1),Zs(c,!0),o._paths==null)){let u=Qe;Qe!=o.alpha&&(p.globalAlpha=Qe=o.alpha);let m=s==2?[0,e[c][0].length-1]:dr(e[c]);o._paths=o.paths(l,c,m[0],m[1]),Qe!=u&&(p.globalAlpha=Qe=u)}}),v.forEach((o,c)=>{if(c>0&&o.show){let u=Qe;Qe!=o.alpha&&(p.globalAlpha=Qe=o.alpha),o._paths!=null&&Qs(c,!1);{let m=o._paths!=null?o._paths.gaps:null,b=o.points.show(l,c,De,ze,m),y=o.points.filter(l,c,b,m);(b||y)&&(o.points._paths=o.points.paths(l,c,De,ze,y),Qs(c,!0))}Qe!=u&&(p.globalAlpha=Qe=u),Fe("drawSeries",c)}}),i&&(p.globalAlpha=Qe=1)}}function Zs(i,o){let c=o?v[i].points:v[i];c._stroke=c.stroke(l,i),c._fill=c.fill(l,i)}function Qs(i,o){let c=o?v[i].points:v[i],{stroke:u,fill:m,clip:b,flags:y,_stroke:M=c._stroke,_fill:E=c._fill,_width:I=c.width}=c._paths;I=he(I*ue,3);let F=null,H=I%2/2;o&&E==null&&(E=I>0?"#fff":M);let X=c.pxAlign==1&&H>0;if(X&&p.translate(H,H),!o){let ce=Xe-I/2,re=rt-I/2,se=Ze+I,Z=ht+I;F=new Path2D,F.rect(ce,re,se,Z)}o?Bl(M,I,c.dash,c.cap,E,u,m,y,b):mr(i,M,I,c.dash,c.cap,E,u,m,y,F,b),X&&p.translate(-H,-H)}function mr(i,o,c,u,m,b,y,M,E,I,F){let H=!1;E!=0&&_.forEach((X,ce)=>{if(X.series[0]==i){let re=v[X.series[1]],se=e[X.series[1]],Z=(re._paths||Xn).band;Wt(Z)&&(Z=X.dir==1?Z[0]:Z[1]);let K,be=null;re.show&&Z&&ua(se,De,ze)?(be=X.fill(l,ce)||b,K=re._paths.clip):Z=null,Bl(o,c,u,m,be,y,M,E,I,F,K,Z),H=!0}}),H||Bl(o,c,u,m,b,y,M,E,I,F)}let Xs=Rn|gs;function Bl(i,o,c,u,m,b,y,M,E,I,F,H){Ks(i,o,c,u,m),(E||I||H)&&(p.save(),E&&p.clip(E),I&&p.clip(I)),H?(M&Xs)==Xs?(p.clip(H),F&&p.clip(F),al(m,y),rl(i,b,o)):M&gs?(al(m,y),p.clip(H),rl(i,b,o)):M&Rn&&(p.save(),p.clip(H),F&&p.clip(F),al(m,y),p.restore(),rl(i,b,o)):(al(m,y),rl(i,b,o)),(E||I||H)&&p.restore()}function rl(i,o,c){c>0&&(o instanceof Map?o.forEach((u,m)=>{p.strokeStyle=ol=m,p.stroke(u)}):o!=null&&i&&p.stroke(o))}function al(i,o){o instanceof Map?o.forEach((c,u)=>{p.fillStyle=wn=u,p.fill(c)}):o!=null&&i&&p.fill(o)}function wr(i,o,c,u){let m=O[i],b;if(u<=0)b=[0,0];else{let y=m._space=m.space(l,i,o,c,u),M=m._incrs=m.incrs(l,i,o,c,u,y);b=Pc(o,c,M,u,y)}return m._found=b}function Ul(i,o,c,u,m,b,y,M,E,I){let F=y%2/2;P==1&&p.translate(F,F),Ks(M,y,E,I,M),p.beginPath();let H,X,ce,re,se=m+(u==0||u==3?-b:b);c==0?(X=m,re=se):(H=m,ce=se);for(let Z=0;Z<i.length;Z++)o[Z]!=null&&(c==0?H=ce=i[Z]:X=re=i[Z],p.moveTo(H,X),p.lineTo(ce,re));p.stroke(),P==1&&p.translate(-F,-F)}function gr(i){let o=!0;return O.forEach((c,u)=>{if(!c.show)return;let m=C[c.scale];if(m.min==null){c._show&&(o=!1,c._show=!1,gn(!1));return}else c._show||(o=!1,c._show=!0,gn(!1));let b=c.side,y=b%2,{min:M,max:E}=m,[I,F]=wr(u,M,E,y==0?ne:$);if(F==0)return;let H=m.distr==2,X=c._splits=c.splits(l,u,M,E,I,F,H),ce=m.distr==2?X.map(K=>mt[K]):X,re=m.distr==2?mt[X[1]]-mt[X[0]]:I,se=c._values=c.values(l,c.filter(l,ce,u,F,re),u,F,re);c._rotate=b==2?c.rotate(l,se,u,F):0;let Z=c._size;c._size=dt(c.size(l,se,u,i)),Z!=null&&c._size!=Z&&(o=!1)}),o}function xr(i){let o=!0;return Gs.forEach((c,u)=>{let m=c(l,u,Jt,i);m!=It[u]&&(o=!1),It[u]=m}),o}function br(){for(let i=0;i<O.length;i++){let o=O[i];if(!o.show||!o._show)continue;let c=o.side,u=c%2,m,b,y=o.stroke(l,i),M=c==0||c==3?-1:1,[E,I]=o._found;if(o.label!=null){let Ye=o.labelGap*M,nt=Ae((o._lpos+Ye)*ue);qs(o.labelFont[0],y,"center",c==2?"top":Si),p.save(),u==1?(m=b=0,p.translate(nt,Ae(rt+ht/2)),p.rotate((c==3?-ml:ml)/2)):(m=Ae(Xe+Ze/2),b=nt);let Xt=fo(o.label)?o.label(l,i,E,I):o.label;p.fillText(Xt,m,b),p.restore()}if(I==0)continue;let F=C[o.scale],H=u==0?Ze:ht,X=u==0?Xe:rt,ce=o._splits,re=F.distr==2?ce.map(Ye=>mt[Ye]):ce,se=F.distr==2?mt[ce[1]]-mt[ce[0]]:E,Z=o.ticks,K=o.border,be=Z.show?Z.size:0,_e=Ae(be*ue),Ve=Ae((o.alignTo==2?o._size-be-o.gap:o.gap)*ue),pe=o._rotate*-ml/180,Me=T(o._pos*ue),et=(_e+Ve)*M,Ge=Me+et;b=u==0?Ge:0,m=u==1?Ge:0;let ut=o.font[0],wt=o.align==1?Cn:o.align==2?ls:pe>0?Cn:pe<0?ls:u==0?"center":c==3?ls:Cn,Ct=pe||u==1?"middle":c==2?"top":Si;qs(ut,y,wt,Ct);let tt=o.font[1]*o.lineGap,ft=ce.map(Ye=>T(d(Ye,F,H,X))),gt=o._values;for(let Ye=0;Ye<gt.length;Ye++){let nt=gt[Ye];if(nt!=null){u==0?m=ft[Ye]:b=ft[Ye],nt=""+nt;let Xt=nt.indexOf(`
`)==-1?[nt]:nt.split(/\n/gm);for(let Ke=0;Ke<Xt.length;Ke++){let xi=Xt[Ke];pe?(p.save(),p.translate(m,b+Ke*tt),p.rotate(pe),p.fillText(xi,0,0),p.restore()):p.fillText(xi,m,b+Ke*tt)}}}Z.show&&Ul(ft,Z.filter(l,re,i,I,se),u,c,Me,_e,he(Z.width*ue,3),Z.stroke(l,i),Z.dash,Z.cap);let Lt=o.grid;Lt.show&&Ul(ft,Lt.filter(l,re,i,I,se),u,u==0?2:1,u==0?rt:Xe,u==0?ht:Ze,he(Lt.width*ue,3),Lt.stroke(l,i),Lt.dash,Lt.cap),K.show&&Ul([Me],[1],u==0?1:0,u==0?1:2,u==1?rt:Xe,u==1?ht:Ze,he(K.width*ue,3),K.stroke(l,i),K.dash,K.cap)}Fe("drawAxes")}function gn(i){v.forEach((o,c)=>{c>0&&(o._paths=null,i&&(s==1?(o.min=null,o.max=null):o.facets.forEach(u=>{u.min=null,u.max=null})))})}let cl=!1,Gl=!1,jn=[];function yr(){Gl=!1;for(let i=0;i<jn.length;i++)Fe(...jn[i]);jn.length=0}function xn(){cl||(_a(ei),cl=!0)}function vr(i,o=!1){cl=!0,Gl=o,i(l),ei(),o&&jn.length>0&&queueMicrotask(yr)}l.batch=vr;function ei(){if(Rl&&(pr(),Rl=!1),fn&&(ir(),fn=!1),ll){if(ye(k,Cn,we),ye(k,"top",Pe),ye(k,qn,ne),ye(k,Jn,$),ye(N,Cn,we),ye(N,"top",Pe),ye(N,qn,ne),ye(N,Jn,$),ye(w,qn,Pt),ye(w,Jn,Ut),x.width=Ae(Pt*ue),x.height=Ae(Ut*ue),O.forEach(({_el:i,_show:o,_size:c,_pos:u,side:m})=>{if(i!=null)if(o){let b=m===3||m===0?c:0,y=m%2==1;ye(i,y?"left":"top",u-b),ye(i,y?"width":"height",c),ye(i,y?"top":"left",y?Pe:we),ye(i,y?"height":"width",y?$:ne),ps(i,nn)}else lt(i,nn)}),ol=wn=Il=Fl=Vl=$l=Wl=Hl=Ol=null,Qe=1,Gn(!0),we!=un||Pe!=Gt||ne!=kt||$!=Yt){gn(!1);let i=ne/kt,o=$/Yt;if(Ne&&!Kt&&B.left>=0){B.left*=i,B.top*=o,bn&&Et(bn,Ae(B.left),0,ne,$),yn&&Et(yn,0,Ae(B.top),ne,$);for(let c=0;c<ct.length;c++){let u=ct[c];u!=null&&(hn[c]*=i,mn[c]*=o,Et(u,dt(hn[c]),dt(mn[c]),ne,$))}}if(xe.show&&!sl&&xe.left>=0&&xe.width>0){xe.left*=i,xe.width*=i,xe.top*=o,xe.height*=o;for(let c in Ql)ye(kn,c,xe[c])}un=we,Gt=Pe,kt=ne,Yt=$}Fe("setSize"),ll=!1}Pt>0&&Ut>0&&(p.clearRect(0,0,x.width,x.height),Fe("drawClear"),V.forEach(i=>i()),Fe("draw")),xe.show&&sl&&(ul(xe),sl=!1),Ne&&Kt&&(Qt(null,!0,!1),Kt=!1),Q.show&&Q.live&&at&&(Jl(),at=!1),f||(f=!0,l.status=1,Fe("ready")),Hn=!1,cl=!1}l.redraw=(i,o)=>{fn=o||!1,i!==!1?Ft(S,L.min,L.max):xn()};function Yl(i,o){let c=C[i];if(c.from==null){if(We==0){let u=c.range(l,o.min,o.max,i);o.min=u[0],o.max=u[1]}if(o.min>o.max){let u=o.min;o.min=o.max,o.max=u}if(We>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;i==S&&c.distr==2&&We>0&&(o.min=bt(o.min,e[0]),o.max=bt(o.max,e[0]),o.min==o.max&&o.max++),Y[i]=o,Rl=!0,xn()}}l.setScale=Yl;let Kl,ql,bn,yn,ti,ni,vn,Sn,li,si,ge,Se,Ot=!1,He=B.drag,Ie=He.x,Oe=He.y;Ne&&(B.x&&(Kl=pt(Kr,N)),B.y&&(ql=pt(qr,N)),L.ori==0?(bn=Kl,yn=ql):(bn=ql,yn=Kl),ge=B.left,Se=B.top);let xe=l.select=Ce({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),kn=xe.show?pt(Yr,xe.over?N:k):null;function ul(i,o){if(xe.show){for(let c in i)xe[c]=i[c],c in Ql&&ye(kn,c,i[c]);o!==!1&&Fe("setSelect")}}l.setSelect=ul;function Sr(i){if(v[i].show)me&&ps(ke[i],nn);else if(me&&lt(ke[i],nn),Ne){let c=dn?ct[0]:ct[i];c!=null&&Et(c,-10,-10,ne,$)}}function Ft(i,o,c){Yl(i,{min:o,max:c})}function Mt(i,o,c,u){o.focus!=null&&Cr(i),o.show!=null&&v.forEach((m,b)=>{b>0&&(i==b||i==null)&&(m.show=o.show,Sr(b),s==2?(Ft(m.facets[0].scale,null,null),Ft(m.facets[1].scale,null,null)):Ft(m.scale,null,null),xn())}),c!==!1&&Fe("setSeries",i,o),u&&Yn("setSeries",l,i,o)}l.setSeries=Mt;function kr(i,o){Ce(_[i],o)}function _r(i,o){i.fill=ie(i.fill||null),i.dir=ae(i.dir,-1),o=o??_.length,_.splice(o,0,i)}function Mr(i){i==null?_.length=0:_.splice(i,1)}l.addBand=_r,l.setBand=kr,l.delBand=Mr;function Tr(i,o){v[i].alpha=o,Ne&&ct[i]!=null&&(ct[i].style.opacity=o),me&&ke[i]&&(ke[i].style.opacity=o)}let At,Vt,Zt,_n={focus:!0};function Cr(i){if(i!=Zt){let o=i==null,c=_t.alpha!=1;v.forEach((u,m)=>{if(s==1||m>0){let b=o||m==0||m==i;u._focus=o?null:b,c&&Tr(m,b?1:_t.alpha)}}),Zt=i,c&&xn()}}me&&pn&&Ue(Ti,te,i=>{B._lock||(qt(i),Zt!=null&&Mt(null,_n,!0,Te.setSeries))});function Tt(i,o,c){let u=C[o];c&&(i=i/ue-(u.ori==1?Pe:we));let m=ne;u.ori==1&&(m=$,i=m-i),u.dir==-1&&(i=m-i);let b=u._min,y=u._max,M=i/m,E=b+(y-b)*M,I=u.distr;return I==3?Nn(10,E):I==4?pa(E,u.asinh):I==100?u.bwd(E):E}function Lr(i,o){let c=Tt(i,S,o);return bt(c,e[0],De,ze)}l.valToIdx=i=>bt(i,e[0]),l.posToIdx=Lr,l.posToVal=Tt,l.valToPos=(i,o,c)=>C[o].ori==0?r(i,C[o],c?Ze:ne,c?Xe:0):a(i,C[o],c?ht:$,c?rt:0),l.setCursor=(i,o,c)=>{ge=i.left,Se=i.top,Qt(null,o,c)};function ii(i,o){ye(kn,Cn,xe.left=i),ye(kn,qn,xe.width=o)}function oi(i,o){ye(kn,"top",xe.top=i),ye(kn,Jn,xe.height=o)}let Bn=L.ori==0?ii:oi,Un=L.ori==1?ii:oi;function Er(){if(me&&Q.live)for(let i=s==2?1:0;i<v.length;i++){if(i==0&&ot)continue;let o=Q.values[i],c=0;for(let u in o)St[i][c++].firstChild.nodeValue=o[u]}}function Jl(i,o){if(i!=null&&(i.idxs?i.idxs.forEach((c,u)=>{oe[u]=c}):wa(i.idx)||oe.fill(i.idx),Q.idx=oe[0]),me&&Q.live){for(let c=0;c<v.length;c++)(c>0||s==1&&!ot)&&Nr(c,oe[c]);Er()}at=!1,o!==!1&&Fe("setLegend")}l.setLegend=Jl;function Nr(i,o){let c=v[i],u=i==0&&J==2?mt:e[i],m;ot?m=c.values(l,i,o)??zt:(m=c.value(l,o==null?null:u[o],i,o),m=m==null?zt:{_:m}),Q.values[i]=m}function Qt(i,o,c){li=ge,si=Se,[ge,Se]=B.move(l,ge,Se),B.left=ge,B.top=Se,Ne&&(bn&&Et(bn,Ae(ge),0,ne,$),yn&&Et(yn,0,Ae(Se),ne,$));let u,m=De>ze;At=de,Vt=null;let b=L.ori==0?ne:$,y=L.ori==1?ne:$;if(ge<0||We==0||m){u=B.idx=null;for(let M=0;M<v.length;M++){let E=ct[M];E!=null&&Et(E,-10,-10,ne,$)}pn&&Mt(null,_n,!0,i==null&&Te.setSeries),Q.live&&(oe.fill(u),at=!0)}else{let M,E,I;s==1&&(M=L.ori==0?ge:Se,E=Tt(M,S),u=B.idx=bt(E,e[0],De,ze),I=U(e[0][u],L,b,0));let F=-10,H=-10,X=0,ce=0,re=!0,se="",Z="";for(let K=s==2?1:0;K<v.length;K++){let be=v[K],_e=oe[K],Ve=_e==null?null:s==1?e[K][_e]:e[K][1][_e],pe=B.dataIdx(l,K,u,E),Me=pe==null?null:s==1?e[K][pe]:e[K][1][pe];if(at=at||Me!=Ve||pe!=_e,oe[K]=pe,K>0&&be.show){let et=pe==null?-10:pe==u?I:U(s==1?e[0][pe]:e[K][0][pe],L,b,0),Ge=Me==null?-10:q(Me,s==1?C[be.scale]:C[be.facets[1].scale],y,0);if(pn&&Me!=null){let ut=L.ori==1?ge:Se,wt=Re(_t.dist(l,K,pe,Ge,ut));if(wt<At){let Ct=_t.bias;if(Ct!=0){let tt=Tt(ut,be.scale),ft=Me>=0?1:-1,gt=tt>=0?1:-1;gt==ft&&(gt==1?Ct==1?Me>=tt:Me<=tt:Ct==1?Me<=tt:Me>=tt)&&(At=wt,Vt=K)}else At=wt,Vt=K}}if(at||dn){let ut,wt;L.ori==0?(ut=et,wt=Ge):(ut=Ge,wt=et);let Ct,tt,ft,gt,Lt,Ye,nt=!0,Xt=Be.bbox;if(Xt!=null){nt=!1;let Ke=Xt(l,K);ft=Ke.left,gt=Ke.top,Ct=Ke.width,tt=Ke.height}else ft=ut,gt=wt,Ct=tt=Be.size(l,K);if(Ye=Be.fill(l,K),Lt=Be.stroke(l,K),dn)K==Vt&&At<=_t.prox&&(F=ft,H=gt,X=Ct,ce=tt,re=nt,se=Ye,Z=Lt);else{let Ke=ct[K];Ke!=null&&(hn[K]=ft,mn[K]=gt,Ri(Ke,Ct,tt,nt),Pi(Ke,Ye,Lt),Et(Ke,dt(ft),dt(gt),ne,$))}}}}if(dn){let K=_t.prox,be=Zt==null?At<=K:At>K||Vt!=Zt;if(at||be){let _e=ct[0];_e!=null&&(hn[0]=F,mn[0]=H,Ri(_e,X,ce,re),Pi(_e,se,Z),Et(_e,dt(F),dt(H),ne,$))}}}if(xe.show&&Ot)if(i!=null){let[M,E]=Te.scales,[I,F]=Te.match,[H,X]=i.cursor.sync.scales,ce=i.cursor.drag;if(Ie=ce._x,Oe=ce._y,Ie||Oe){let{left:re,top:se,width:Z,height:K}=i.select,be=i.scales[H].ori,_e=i.posToVal,Ve,pe,Me,et,Ge,ut=M!=null&&I(M,H),wt=E!=null&&F(E,X);ut&&Ie?(be==0?(Ve=re,pe=Z):(Ve=se,pe=K),Me=C[M],et=U(_e(Ve,H),Me,b,0),Ge=U(_e(Ve+pe,H),Me,b,0),Bn(yt(et,Ge),Re(Ge-et))):Bn(0,b),wt&&Oe?(be==1?(Ve=re,pe=Z):(Ve=se,pe=K),Me=C[E],et=q(_e(Ve,X),Me,y,0),Ge=q(_e(Ve+pe,X),Me,y,0),Un(yt(et,Ge),Re(Ge-et))):Un(0,y)}else Xl()}else{let M=Re(li-ti),E=Re(si-ni);if(L.ori==1){let X=M;M=E,E=X}Ie=He.x&&M>=He.dist,Oe=He.y&&E>=He.dist;let I=He.uni;I!=null?Ie&&Oe&&(Ie=M>=I,Oe=E>=I,!Ie&&!Oe&&(E>M?Oe=!0:Ie=!0)):He.x&&He.y&&(Ie||Oe)&&(Ie=Oe=!0);let F,H;Ie&&(L.ori==0?(F=vn,H=ge):(F=Sn,H=Se),Bn(yt(F,H),Re(H-F)),Oe||Un(0,y)),Oe&&(L.ori==1?(F=vn,H=ge):(F=Sn,H=Se),Un(yt(F,H),Re(H-F)),Ie||Bn(0,b)),!Ie&&!Oe&&(Bn(0,0),Un(0,0))}if(He._x=Ie,He._y=Oe,i==null){if(c){if(gi!=null){let[M,E]=Te.scales;Te.values[0]=M!=null?Tt(L.ori==0?ge:Se,M):null,Te.values[1]=E!=null?Tt(L.ori==1?ge:Se,E):null}Yn(ss,l,ge,Se,ne,$,u)}if(pn){let M=c&&Te.setSeries,E=_t.prox;Zt==null?At<=E&&Mt(Vt,_n,!0,M):At>E?Mt(null,_n,!0,M):Vt!=Zt&&Mt(Vt,_n,!0,M)}}at&&(Q.idx=u,Jl()),o!==!1&&Fe("setCursor")}let $t=null;Object.defineProperty(l,"rect",{get(){return $t==null&&Gn(!1),$t}});function Gn(i=!1){i?$t=null:($t=N.getBoundingClientRect(),Fe("syncRect",$t))}function ri(i,o,c,u,m,b,y){B._lock||Ot&&i!=null&&i.movementX==0&&i.movementY==0||(Zl(i,o,c,u,m,b,y,!1,i!=null),i!=null?Qt(null,!0,!0):Qt(o,!0,!1))}function Zl(i,o,c,u,m,b,y,M,E){if($t==null&&Gn(!1),qt(i),i!=null)c=i.clientX-$t.left,u=i.clientY-$t.top;else{if(c<0||u<0){ge=-10,Se=-10;return}let[I,F]=Te.scales,H=o.cursor.sync,[X,ce]=H.values,[re,se]=H.scales,[Z,K]=Te.match,be=o.axes[0].side%2==1,_e=L.ori==0?ne:$,Ve=L.ori==1?ne:$,pe=be?b:m,Me=be?m:b,et=be?u:c,Ge=be?c:u;if(re!=null?c=Z(I,re)?d(X,C[I],_e,0):-10:c=_e*(et/pe),se!=null?u=K(F,se)?d(ce,C[F],Ve,0):-10:u=Ve*(Ge/Me),L.ori==1){let ut=c;c=u,u=ut}}E&&(o==null||o.cursor.event.type==ss)&&((c<=1||c>=ne-1)&&(c=en(c,ne)),(u<=1||u>=$-1)&&(u=en(u,$))),M?(ti=c,ni=u,[vn,Sn]=B.move(l,c,u)):(ge=c,Se=u)}let Ql={width:0,height:0,left:0,top:0};function Xl(){ul(Ql,!1)}let ai,ci,ui,fi;function pi(i,o,c,u,m,b,y){Ot=!0,Ie=Oe=He._x=He._y=!1,Zl(i,o,c,u,m,b,y,!0,!1),i!=null&&(Ue(is,us,di,!1),Yn(_i,l,vn,Sn,ne,$,null));let{left:M,top:E,width:I,height:F}=xe;ai=M,ci=E,ui=I,fi=F}function di(i,o,c,u,m,b,y){Ot=He._x=He._y=!1,Zl(i,o,c,u,m,b,y,!1,!0);let{left:M,top:E,width:I,height:F}=xe,H=I>0||F>0,X=ai!=M||ci!=E||ui!=I||fi!=F;if(H&&X&&ul(xe),He.setScale&&H&&X){let ce=M,re=I,se=E,Z=F;if(L.ori==1&&(ce=E,re=F,se=M,Z=I),Ie&&Ft(S,Tt(ce,S),Tt(ce+re,S)),Oe)for(let K in C){let be=C[K];K!=S&&be.from==null&&be.min!=de&&Ft(K,Tt(se+Z,K),Tt(se,K))}Xl()}else B.lock&&(B._lock=!B._lock,Qt(o,!0,i!=null));i!=null&&(cn(is,us),Yn(is,l,ge,Se,ne,$,null))}function Pr(i,o,c,u,m,b,y){if(B._lock)return;qt(i);let M=Ot;if(Ot){let E=!0,I=!0,F=10,H,X;L.ori==0?(H=Ie,X=Oe):(H=Oe,X=Ie),H&&X&&(E=ge<=F||ge>=ne-F,I=Se<=F||Se>=$-F),H&&E&&(ge=ge<vn?0:ne),X&&I&&(Se=Se<Sn?0:$),Qt(null,!0,!0),Ot=!1}ge=-10,Se=-10,oe.fill(null),Qt(null,!0,!0),M&&(Ot=M)}function hi(i,o,c,u,m,b,y){B._lock||(qt(i),zl(),Xl(),i!=null&&Yn(Ci,l,ge,Se,ne,$,null))}function mi(){O.forEach(Ac),Dl(l.width,l.height,!0)}ln(wl,En,mi);let Mn={};Mn.mousedown=pi,Mn.mousemove=ri,Mn.mouseup=di,Mn.dblclick=hi,Mn.setSeries=(i,o,c,u)=>{let m=Te.match[2];c=m(l,o,c),c!=-1&&Mt(c,u,!0,!1)},Ne&&(Ue(_i,N,pi),Ue(ss,N,ri),Ue(Mi,N,i=>{qt(i),Gn(!1)}),Ue(Ti,N,Pr),Ue(Ci,N,hi),xs.add(l),l.syncRect=Gn);let fl=l.hooks=t.hooks||{};function Fe(i,o,c){Gl?jn.push([i,o,c]):i in fl&&fl[i].forEach(u=>{u.call(null,l,o,c)})}(t.plugins||[]).forEach(i=>{for(let o in i.hooks)fl[o]=(fl[o]||[]).concat(i.hooks[o])});let wi=(i,o,c)=>c,Te=Ce({key:null,setSeries:!1,filters:{pub:Fi,sub:Fi},scales:[S,v[1]?v[1].scale:null],match:[Vi,Vi,wi],values:[null,null]},B.sync);Te.match.length==2&&Te.match.push(wi),B.sync=Te;let gi=Te.key,es=Io(gi);function Yn(i,o,c,u,m,b,y){Te.filters.pub(i,o,c,u,m,b,y)&&es.pub(i,o,c,u,m,b,y)}es.sub(l);function Ar(i,o,c,u,m,b,y){Te.filters.sub(i,o,c,u,m,b,y)&&Mn[i](null,o,c,u,m,b,y)}l.pub=Ar;function Rr(){es.unsub(l),xs.delete(l),Bt.clear(),ds(wl,En,mi),h.remove(),te?.remove(),Fe("destroy")}l.destroy=Rr;function ts(){Fe("init",t,e),Ys(e||t.data,!1),Y[S]?Yl(S,Y[S]):zl(),sl=xe.show&&(xe.width>0||xe.height>0),Kt=at=!0,Dl(t.width,t.height)}return v.forEach(Us),O.forEach(fr),n?n instanceof HTMLElement?(n.appendChild(h),ts()):n(l,ts):ts(),l}Le.assign=Ce;Le.fmtNum=Ms;Le.rangeNum=gl;Le.rangeLog=yl;Le.rangeAsinh=ks;Le.orient=on;Le.pxRatio=ue;Le.join=ka;Le.fmtDate=Cs,Le.tzDate=Da;Le.sync=Io;{Le.addGap=wc,Le.clipGaps=kl;let t=Le.paths={points:Ho};t.linear=Bo,t.stepped=bc,t.bars=yc,t.spline=Sc}function Ee(t,e=4){if(t==null)return"–";if(typeof t!="number")return String(t);if(Number.isNaN(t))return"NaN";if(t===1/0)return"Inf";if(t===-1/0)return"-Inf";if(t===0)return"0";let n=Math.abs(t);return n>=1e5||n<.001?t.toExponential(Math.max(0,e-1)):String(Number(t.toPrecision(e)))}function Ko(t){let e=document.documentElement,n=window.matchMedia?window.matchMedia("(prefers-color-scheme: dark)"):null,l=null;try{window.parent&&window.parent!==window&&(l=window.parent.document.body)}catch{l=null}let s=null,r=()=>{let a;l?a=l.classList.contains("dark-mode"):a=!!(n&&n.matches),a!==s&&(s=a,e.classList.toggle("nw-dark",a),t&&t(a))};return r(),l&&new MutationObserver(r).observe(l,{attributes:!0,attributeFilter:["class"]}),n&&(n.addEventListener?n.addEventListener("change",r):n.addListener&&n.addListener(r)),()=>s}function On(){let t=getComputedStyle(document.documentElement),e=n=>t.getPropertyValue(n).trim();return{fg:e("--nw-fg"),muted:e("--nw-muted"),grid:e("--nw-grid"),bg:e("--nw-bg"),panel:e("--nw-panel"),loss:e("--nw-loss"),gnorm:e("--nw-gnorm"),lr:e("--nw-lr"),onset:e("--nw-onset"),window:e("--nw-window"),select:e("--nw-select"),nan:e("--nw-nan"),inf:e("--nw-inf"),series:[e("--nw-s1"),e("--nw-s2"),e("--nw-s3"),e("--nw-s4"),e("--nw-s5"),e("--nw-s6")],band:e("--nw-band")}}var Ds=new Set;function Cl(t){for(let e of[...Ds])(!t||t.contains(e.el))&&e.destroy()}function Rc(t){return typeof t=="number"&&Number.isFinite(t)&&t>0}var jt=class{constructor(e,n){this.el=e,this.opts=n,this.u=null,Ds.add(this),this._build(),window.ResizeObserver&&(this.ro=new ResizeObserver(()=>this._resize()),this.ro.observe(e))}destroy(){Ds.delete(this),this.ro&&this.ro.disconnect(),this.u&&this.u.destroy(),this.u=null}_width(){return Math.max(120,Math.floor(this.el.clientWidth||this.opts.width||300))}_resize(){if(!this.u)return;let e=this._width();Math.abs(e-this.u.width)>2&&this.u.setSize({width:e,height:this.opts.height})}_build(){let e=this.opts,n=On(),l=e.series.map(_=>[_.steps,_.values]),s;l.length===1?s=[l[0][0],l[0][1]]:l.every(_=>_[0]===l[0][0])?s=[l[0][0],...l.map(_=>_[1])]:s=Le.join(l);let r=Array.from(s[0]),a=s.slice(1).map(_=>Array.from(_));this.raw=a,this.xs=r;let d=[...new Set(e.series.map(_=>_.scale||"y"))],f={};for(let _ of d)f[_]=!!e.log&&e.series.some((S,D)=>(S.scale||"y")===_&&a[D].some(Rc));let h=a.map((_,S)=>{let D=e.series[S].scale||"y",V=f[D],R=new Array(_.length);for(let A=0;A<_.length;A++){let L=_[A];L===void 0?R[A]=void 0:L===null||!Number.isFinite(L)||V&&L<=0?R[A]=null:R[A]=L}return R}),x=[];for(let _=0;_<r.length;_++){let S=null;for(let D of a){let V=D[_];if(typeof V=="number"&&!Number.isFinite(V)&&(S=Number.isNaN(V)?"nan":"inf",S==="nan"))break}S&&x.push([r[_],S])}this.bad=x;let p={x:{time:!1,range:(_,S,D)=>this._xRange(S,D)}};for(let _ of d)p[_]=f[_]?{distr:3,log:10,range:(S,D,V)=>D==null?[.001,1]:Le.rangeLog(D,V,10,!0)}:{range:(S,D,V)=>D==null?[0,1]:D===V?[D-Math.abs(D||1)*.5,V+Math.abs(V||1)*.5]:Le.rangeNum(D,V,.1,!0)};let w="11px system-ui, sans-serif",k=(_,S)=>({scale:_,side:S,stroke:n.muted,font:w,size:e.compact?44:56,gap:3,grid:{stroke:n.grid,width:1,show:S!==1},ticks:{stroke:n.grid,width:1,size:4},values:(D,V)=>V.map(R=>R==null?"":Ee(R,2))}),N=[{stroke:n.muted,font:w,size:e.compact?22:30,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1,size:4},values:(_,S)=>S.map(D=>D==null?"":String(Math.round(D)))}];d.forEach((_,S)=>N.push(k(_,S===0?3:1)));let P=[{label:"step",value:(_,S)=>S==null?"–":String(Math.round(S))},...e.series.map((_,S)=>({label:_.label,scale:_.scale||"y",stroke:_.color||n.series[S%n.series.length],width:_.width||1.5,dash:_.dash,spanGaps:!1,points:{show:(D,V,R,A)=>A-R<40,size:4},value:(D,V,R,A)=>A==null?"–":Ee(this.raw[R-1][A])}))],T=[],j=e.series.findIndex(_=>_.band==="hi"),v=e.series.findIndex(_=>_.band==="lo");j>=0&&v>=0&&T.push({series:[j+1,v+1],fill:n.band});let O=this,C={width:this._width(),height:e.height||200,class:"nw-uplot",scales:p,axes:N,series:P,bands:T,legend:{show:e.legend!==!1,live:!0},padding:[8,6,0,2],cursor:{sync:e.syncKey?{key:e.syncKey,setSeries:!1}:void 0,drag:{x:!0,y:!1,setScale:!1},points:{size:5}},select:{show:!0},hooks:{draw:[_=>O._drawOverlay(_)],setSelect:[_=>{let S=_.select;if(S.width>4&&e.onRange){let D=Math.round(_.posToVal(S.left,"x")),V=Math.round(_.posToVal(S.left+S.width,"x"));_.setSelect({left:0,top:0,width:0,height:0},!1),O._dragged=!0,e.onRange(D,V)}}],ready:[_=>O._ready(_)]}};this.u=new Le(C,[r,...h],this.el)}_xRange(e,n){let l=this.opts.range;return l&&l[0]!=null&&l[1]!=null&&l[1]>l[0]?[l[0],l[1]]:e==null?[0,1]:e===n?[e-1,n+1]:[e,n]}_ready(e){let n=this.opts,l=e.over;if(n.onset!=null){let r=document.createElement("div");r.className="nw-onset-label",r.dataset.step=String(n.onset),r.textContent=`onset ${n.onset}`,l.appendChild(r),this.onsetLabel=r,this._placeLabel()}let s=null;l.addEventListener("mousedown",r=>{s=[r.clientX,r.clientY],this._dragged=!1}),l.addEventListener("click",r=>{if(!n.onStep||this._dragged||s&&Math.abs(r.clientX-s[0])>3)return;let a=e.cursor.left;if(a==null||a<0)return;let d=Math.round(e.posToVal(a,"x"));n.onStep(this._nearestStep(d))}),l.addEventListener("dblclick",()=>{n.onReset&&n.onReset()})}_nearestStep(e){let n=this.xs;if(!n.length)return e;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r]<e?l=r+1:s=r}return l>0&&Math.abs(n[l-1]-e)<Math.abs(n[l]-e)&&l--,n[l]}_placeLabel(){if(!this.onsetLabel||!this.u)return;let e=this.u.valToPos(this.opts.onset,"x"),n=this.u.over.clientWidth||this.u.bbox.width/devicePixelRatio,l=e>=0&&e<=n+.5;this.onsetLabel.style.display=l?"":"none",this.onsetLabel.style.left=`${e}px`,this.onsetLabel.dataset.x=String(e)}_drawOverlay(e){let n=this.opts,l=On(),s=e.ctx,{left:r,top:a,width:d,height:f}=e.bbox,h=devicePixelRatio||1,x=p=>e.valToPos(p,"x",!0);if(s.save(),s.beginPath(),s.rect(r,a,d,f),s.clip(),n.onset!=null&&n.windowStart!=null&&n.windowStart<n.onset){let p=Math.max(r,x(n.windowStart)),w=Math.min(r+d,x(n.onset));w>p&&(s.fillStyle=l.window,s.fillRect(p,a,w-p,f))}for(let[p,w]of this.bad){let k=x(p);s.fillStyle=w==="nan"?l.nan:l.inf,s.beginPath(),s.moveTo(k-3.5*h,a),s.lineTo(k+3.5*h,a),s.lineTo(k,a+6*h),s.closePath(),s.fill()}if(n.onset!=null){let p=Math.round(x(n.onset))+.5;s.strokeStyle=l.onset,s.lineWidth=2*h,s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+f),s.stroke()}if(n.selStep!=null){let p=Math.round(x(n.selStep))+.5;s.strokeStyle=l.select,s.lineWidth=1*h,s.setLineDash([4*h,3*h]),s.beginPath(),s.moveTo(p,a),s.lineTo(p,a+f),s.stroke()}s.restore(),this._placeLabel()}setSelStep(e){this.opts.selStep=e,this.u&&this.u.redraw(!1,!1)}};function g(t,e,...n){let l=document.createElement(t);if(e)for(let[s,r]of Object.entries(e))r==null||r===!1||(s==="class"?l.className=r:s==="text"?l.textContent=String(r):s==="style"&&typeof r=="object"?Object.assign(l.style,r):s.startsWith("on")&&typeof r=="function"?l.addEventListener(s.slice(2),r):s==="dataset"?Object.assign(l.dataset,r):l.setAttribute(s,r===!0?"":String(r)));return qo(l,n),l}function qo(t,e){for(let n of e)n==null||n===!1||(Array.isArray(n)?qo(t,n):n instanceof Node?t.appendChild(n):t.appendChild(document.createTextNode(String(n))))}function vt(t){for(;t.firstChild;)t.removeChild(t.firstChild);return t}var Fn="tb_nanwatch",Ll=class{constructor(){if(this.port=null,this.nextId=1,this.waits=new Map,this.listeners=new Map,window.parent&&window.parent!==window)try{let e=new MessageChannel;this.port=e.port1,this.port.addEventListener("message",n=>this._onMessage(n)),this.port.start(),window.parent.postMessage("experimental.bootstrap","*",[e.port2])}catch{this.port=null}}get connected(){return this.port!==null}on(e,n){this.listeners.set(e,n)}_post(e){this.port&&this.port.postMessage(JSON.stringify(e))}async _onMessage(e){let n;try{n=JSON.parse(e.data)}catch{return}if(n.isReply){let a=this.waits.get(n.id);if(!a)return;this.waits.delete(n.id),n.error?a.reject(new Error(String(n.error))):a.resolve(n.payload);return}let l=null,s=null,r=this.listeners.get(n.type);if(r)try{l=await r(n.payload)??null}catch(a){s=String(a)}this._post({type:n.type,id:n.id,payload:l,error:s,isReply:!0})}request(e,n,l=1500){if(!this.port)return Promise.resolve(null);let s=this.nextId++;return new Promise(r=>{let a=setTimeout(()=>{this.waits.delete(s),r(null)},l);this.waits.set(s,{resolve:d=>{clearTimeout(a),r(d)},reject:()=>{clearTimeout(a),r(null)}}),this._post({type:e,id:s,payload:n,error:null,isReply:!1})})}urlData(){return this.request("experimental.GetURLPluginData",{pluginName:Fn})}};function Jo(){try{if(!window.parent||window.parent===window)return null;let t=window.parent.location.hash.replace(/^#/,""),e={},n=`p.${Fn}.`;for(let l of t.split("&")){let s=l.indexOf("=");if(s<0)continue;let r=decodeURIComponent(l.slice(0,s));r.startsWith(n)&&(e[r.slice(n.length)]=decodeURIComponent(l.slice(s+1)))}return e}catch{return null}}function Zo(t){let e;try{if(e=window.parent,!e||e===window)return;let n=e.location,l=n.hash.replace(/^#/,""),r=(l?l.split("&"):[]).filter(d=>!d.startsWith(`p.${Fn}.`)&&!d.startsWith(encodeURIComponent(`p.${Fn}.`)));(!r.length||r[0].includes("="))&&r.unshift(Fn);for(let[d,f]of Object.entries(t))f==null||f===""||r.push(`${encodeURIComponent(`p.${Fn}.${d}`)}=${encodeURIComponent(String(f))}`);let a=new URL(n.href);a.hash=r.join("&"),a.href!==n.href&&e.history.replaceState(e.history.state,"",a.href)}catch{}}var Qo={nonfinite:0,diverging:1,stalled:2,unreadable:3,empty:4,healthy:5};function zs(t){let e=String(t??"unknown"),n=/^[a-z]+$/.test(e)?e:"unknown";return g("span",{class:`nw-badge nw-st-${n}`,text:e})}function Dc(t){if(!t)return"";let e=[];return t.layer?e.push(t.layer):t.tensor&&e.push(t.tensor),t.phase&&t.phase!==e[0]&&e.push(t.phase),e.join(" · ")}async function Xo(t,e,n){let l=performance.now(),r=((await qe("runs",null,n)).runs||[]).map((x,p)=>({...x,_i:p}));r.sort((x,p)=>(Qo[x.status]??4.5)-(Qo[p.status]??4.5)||x._i-p._i),t.runs=r;let a=r.filter(x=>x.status!=="healthy").length,d=g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"}),g("span",{class:"nw-sub",text:`${r.length} run${r.length===1?"":"s"}, ${a} failing`}));if(!r.length){e.append(d,g("div",{class:"nw-card nw-empty"},"No tb_nanwatch data in this logdir yet. Add the callback to model.fit: ",g("code",{text:"from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])"})));return}let f=g("tbody");for(let x of r){let p=x.onset,w=x.top_cause,k=[];x.sampled&&k.push(g("span",{class:"nw-chip nw-warn",title:"TensorBoard kept only a sample of the steps",text:"sampled"}));for(let T of x.problems||[])k.push(g("span",{class:"nw-chip nw-warn",title:String(T),text:String(T)}));let N=T=>{T.preventDefault(),t.setState({run:x.run,layer:null,step:null,start:null,end:null})},P=g("tr",{class:"nw-run-row",dataset:{run:x.run,status:String(x.status)},tabindex:"0",onclick:N,onkeydown:T=>T.key==="Enter"&&N(T)},g("td",{class:"nw-run-name"},g("a",{href:t.hrefFor({run:x.run}),text:x.run,onclick:N})),g("td",null,zs(x.status)),g("td",{class:"nw-onset-step",text:p&&p.step!=null?String(p.step):"–"}),g("td",{class:"nw-origin"},p?g("span",{text:Dc(p)}):"–",p&&p.layer&&p.tensor?g("div",{class:"nw-muted nw-small",text:p.tensor}):null),g("td",{class:"nw-top-cause"},w?g("span",{text:w.summary||w.id}):g("span",{class:"nw-muted",text:x.status==="healthy"?"no cause found":"–"}),w&&w.score!=null?g("span",{class:"nw-score",text:Ee(Number(w.score),2)}):null),g("td",{class:"nw-num",text:x.steps!=null?String(x.steps):"–"}),g("td",{class:"nw-notes"},k));f.appendChild(P)}let h=g("table",{class:"nw-table nw-runs"},g("thead",null,g("tr",null,["Run","Status","Onset step","Where it began","Top cause","Steps",""].map(x=>g("th",{text:x})))),f);e.append(d,g("div",{class:"nw-card nw-scroll-x"},h)),t.timing("overview",performance.now()-l)}function zc(t,e){let n={step:null,layer:null,tensor:null},l=/\bsteps? (\d+)/.exec(t);l&&(n.step=Number(l[1]));let s=null;for(let r of e)r.name&&t.includes(r.name)&&(!s||r.name.length>s.name.length)&&(s=r);if(s)n.tensor=s.name,n.layer=s.layer??null;else{let r=null;for(let a of e)a.layer&&t.includes(a.layer)&&(!r||a.layer.length>r.length)&&(r=a.layer);n.layer=r}return n}async function Ic(t,e){let n=!1;try{navigator.clipboard&&window.isSecureContext&&(await navigator.clipboard.writeText(t),n=!0)}catch{n=!1}if(!n){let l=g("textarea",{style:{position:"fixed",left:"-9999px",top:"0"}});l.value=t,document.body.appendChild(l),l.select();try{n=document.execCommand("copy")}catch{n=!1}l.remove()}e.textContent=n?"Copied":"Select and copy",e.dataset.copied=n?"1":"0",setTimeout(()=>e.textContent="Copy",1500)}function er(t,e,n){let l=t.causes||[],s=g("section",{class:"nw-card nw-causes"},g("h2",{text:"Likely causes"}));l.length||s.appendChild(g("p",{class:"nw-muted",text:t.status==="healthy"?"Healthy run: no cause indicated.":"No rule matched this run."}));let r=g("ol",{class:"nw-cause-list"});l.forEach((f,h)=>{let x=Number(f.score),p=g("ul",{class:"nw-evidence"});for(let k of f.evidence||[]){let N=typeof k=="string"?k:String(k&&k.text!=null?k.text:JSON.stringify(k)),P=zc(N,e);k&&typeof k=="object"&&(P={step:k.step??P.step,layer:k.layer??P.layer,tensor:k.tensor??P.tensor});let T=P.step!=null||P.layer!=null,j=g("li",{class:T?"nw-ev nw-jump":"nw-ev"});if(T){let v=g("button",{class:"nw-linkbtn",title:[P.layer&&`layer ${P.layer}`,P.step!=null&&`step ${P.step}`].filter(Boolean).join(", "),text:N,onclick:()=>n(P)});j.appendChild(v)}else j.appendChild(g("span",{text:N}));p.appendChild(j)}let w=null;if(f.fix){let k=g("button",{class:"nw-btn nw-copy",text:"Copy"});k.addEventListener("click",()=>Ic(String(f.fix),k)),w=g("div",{class:"nw-fix"},g("div",{class:"nw-fix-head"},g("span",{text:"Fix"}),k),g("pre",null,g("code",{text:String(f.fix)})))}r.appendChild(g("li",{class:"nw-cause",dataset:{id:String(f.id)}},g("div",{class:"nw-cause-head"},g("span",{class:"nw-rank",text:`${h+1}`}),g("span",{class:"nw-cause-summary",text:f.summary||f.id}),g("span",{class:"nw-scorebar",title:`score ${Ee(x,3)}`},g("span",{style:{width:`${Math.max(0,Math.min(1,x))*100}%`}})),g("span",{class:"nw-score",text:Ee(x,2)})),g("div",{class:"nw-muted nw-small",text:String(f.id)}),p,w))}),s.appendChild(r);let a=t.ruled_out||[];a.length&&s.appendChild(g("details",{class:"nw-ruled",open:l.length<=2?!0:null},g("summary",{text:`Ruled out (${a.length})`}),g("ul",null,a.map(f=>g("li",{class:"nw-ruled-item",text:typeof f=="string"?f:f.summary||f.id||JSON.stringify(f)})))));let d=t.skipped||[];return d.length&&s.appendChild(g("div",{class:"nw-muted nw-small",text:`Not checked (series not logged): ${d.join(", ")}`})),s}var El=[[68,1,84],[72,40,120],[62,74,137],[49,104,142],[38,130,142],[31,158,137],[53,183,121],[109,205,89],[180,222,44],[253,231,37]];function Oc(){let t=new Uint8ClampedArray(768);for(let e=0;e<256;e++){let n=e/255*(El.length-1),l=Math.min(El.length-2,Math.floor(n)),s=n-l;for(let r=0;r<3;r++)t[e*3+r]=El[l][r]*(1-s)+El[l+1][r]*s}return t}var Vn=Oc();function Is(t){let e=/^#([0-9a-f]{6})$/i.exec(t.trim());if(e){let l=parseInt(e[1],16);return[l>>16&255,l>>8&255,l&255]}let n=/rgba?\(([^)]+)\)/.exec(t);return n?n[1].split(",").slice(0,3).map(l=>Number(l.trim())):[128,128,128]}function Os(t){return t==null?null:typeof t=="number"?t:t==="NaN"?NaN:t==="Inf"?1/0:t==="-Inf"?-1/0:Number(t)}var Nl=class{constructor(e,n,l){this.el=e,this.data=n,this.opts=l,this.render()}render(){let{el:e,data:n,opts:l}=this;vt(e);let s=n.rows||[],r=n.buckets||[],a=s.length,d=r.length;if(!a||!d){e.appendChild(g("div",{class:"nw-empty",text:"No statistics in this step range."}));return}let f=On(),h=Math.max(3,Math.min(16,Math.floor(640/a)));this.rh=h;let x=1/0,p=-1/0,w=n.magnitude,k=n.nonfinite;for(let G=0;G<a;G++){let W=w[G];for(let ve=0;ve<d;ve++){let le=Os(W[ve]);le!==null&&Number.isFinite(le)&&(le<x&&(x=le),le>p&&(p=le))}}p>=x||(x=0,p=1),p-x<1e-9&&(p=x+1),this.lo=x,this.hi=p;let N=g("div",{class:"nw-hm"}),P=g("div",{class:"nw-hm-labels",style:{height:`${a*h}px`}}),T=n.layers||[],j=h>=9;for(let G=0;G<a;G++){let W=g("div",{class:"nw-hm-label"+(l.selLayer!=null&&T[G]===l.selLayer?" nw-sel":""),style:{height:`${h}px`,lineHeight:`${h}px`,fontSize:j?"":"0px"},title:s[G],text:s[G]});W.addEventListener("click",()=>l.onCell&&l.onCell({row:G,name:s[G],layer:T[G]??null,step:null})),P.appendChild(W)}let v=g("div",{class:"nw-hm-plot"}),O=g("canvas",{class:"nw-hm-canvas"}),C=g("div",{class:"nw-tip",style:{display:"none"}});v.append(O,C);let _=g("div",{class:"nw-hm-axis"});N.append(P,v);let S=this._legend(f);e.append(N,_,S),this.canvas=O,this.plot=v,this.tip=C;let D=document.createElement("canvas");D.width=d,D.height=a;let V=D.getContext("2d"),R=V.createImageData(d,a),A=R.data,L=Is(f.nan),J=Is(f.inf),U=Is(f.grid),q=p-x,Y=0;for(let G=0;G<a;G++){let W=w[G],ve=k?k[G]:null;for(let le=0;le<d;le++){let ee=(G*d+le)*4,oe=ve?ve[le]:0,Q;if(oe===1)Q=L,Y++;else if(oe===2)Q=J,Y++;else{let B=Os(W[le]);if(B===null||Number.isNaN(B)||B===1/0)Q=U;else{let me=B===-1/0?0:Math.max(0,Math.min(255,Math.round((B-x)/q*255)))*3;A[ee]=Vn[me],A[ee+1]=Vn[me+1],A[ee+2]=Vn[me+2],A[ee+3]=255;continue}}A[ee]=Q[0],A[ee+1]=Q[1],A[ee+2]=Q[2],A[ee+3]=255}}if(V.putImageData(R,0,0),this.img=D,e.dataset.nonfiniteCells=String(Y),this.R=a,this.B=d,this._draw(),this._axis(_),window.ResizeObserver){this.ro&&this.ro.disconnect();let G=v.clientWidth;this.ro=new ResizeObserver(()=>{Math.abs(v.clientWidth-G)>2&&(G=v.clientWidth,this._draw())}),this.ro.observe(v)}O.addEventListener("mousemove",G=>this._hover(G)),O.addEventListener("mouseleave",()=>C.style.display="none"),O.addEventListener("click",G=>{let W=this._cellAt(G);W&&l.onCell&&l.onCell(W)})}destroy(){this.ro&&this.ro.disconnect()}_draw(){let{canvas:e,plot:n,R:l,B:s,rh:r}=this,a=window.devicePixelRatio||1,d=Math.max(100,n.clientWidth||600),f=l*r;this.w=d,this.hgt=f,e.style.width=`${d}px`,e.style.height=`${f}px`,e.width=Math.round(d*a),e.height=Math.round(f*a);let h=e.getContext("2d");h.imageSmoothingEnabled=!1,h.drawImage(this.img,0,0,s,l,0,0,e.width,e.height);let x=On(),{onset:p,selStep:w,selLayer:k}=this.opts,N=this.data.layers||[];if(k!=null){h.strokeStyle=x.select,h.lineWidth=1.5*a;for(let T=0;T<l;T++)N[T]===k&&h.strokeRect(.75*a,T*r*a+.75*a,e.width-1.5*a,r*a-1.5*a)}let P=T=>{let j=this._bucketOf(T);return j==null?null:(j+.5)/s*e.width};if(p!=null){let T=P(p);T!=null&&(h.strokeStyle=x.onset,h.lineWidth=2*a,h.setLineDash([5*a,3*a]),h.beginPath(),h.moveTo(T,0),h.lineTo(T,e.height),h.stroke(),h.setLineDash([]))}if(w!=null){let T=P(w);T!=null&&(h.strokeStyle=x.select,h.lineWidth=1*a,h.beginPath(),h.moveTo(T,0),h.lineTo(T,e.height),h.stroke())}}_bucketOf(e){let n=this.data.buckets;if(!n.length||e<n[0][0]||e>n[n.length-1][1])return null;let l=0,s=n.length-1;for(;l<s;){let r=l+s>>1;n[r][1]<e?l=r+1:s=r}return l}_cellAt(e){let n=this.canvas.getBoundingClientRect(),l=e.clientX-n.left,s=e.clientY-n.top,r=Math.floor(l/n.width*this.B),a=Math.floor(s/this.rh);if(r<0||r>=this.B||a<0||a>=this.R)return null;let d=this.data,[f,h]=d.buckets[r],x=d.nonfinite?d.nonfinite[a][r]:0;return{row:a,bucket:r,name:d.rows[a],layer:(d.layers||[])[a]??null,step:f,first:f,last:h,magnitude:Os(d.magnitude[a][r]),nonfinite:x===1?"NaN":x===2?"Inf":null,source:d.bucket_source?d.bucket_source[r]:null,x:l,y:s}}_hover(e){let n=this._cellAt(e),l=this.tip;if(!n){l.style.display="none";return}vt(l),l.append(g("div",{class:"nw-tip-name",text:n.name}),g("div",{text:n.first===n.last?`step ${n.first}`:`steps ${n.first}–${n.last}`}),n.nonfinite?g("div",{class:n.nonfinite==="NaN"?"nw-tip-nan":"nw-tip-inf",text:`holds ${n.nonfinite}`}):null,g("div",{text:n.magnitude===-1/0?"max |x| = 0":n.magnitude===null||!Number.isFinite(n.magnitude)?"max |x|: no finite value":`max |x| ${n.source==="l2"?"≤":"="} ${Ee(Math.pow(10,n.magnitude))} (log10 ${Ee(n.magnitude,3)})`}),n.source==="l2"?g("div",{class:"nw-muted",text:"from the trace L2 norm (no statistics step here)"}):null),l.style.display="block";let s=this.plot.clientWidth;l.style.left=`${Math.min(n.x+12,s-230)}px`,l.style.top=`${n.y+12}px`}_axis(e){let n=this.data.buckets,l=n[0][0],s=n[n.length-1][1],r=n[Math.floor(n.length/2)][0];e.append(g("span",{text:`step ${l}`}),g("span",{text:String(r)}),g("span",{text:String(s)}))}_legend(e){let n=g("canvas",{class:"nw-hm-grad",width:120,height:10}),l=n.getContext("2d");for(let r=0;r<120;r++){let a=Math.round(r/119*255)*3;l.fillStyle=`rgb(${Vn[a]},${Vn[a+1]},${Vn[a+2]})`,l.fillRect(r,0,1,10)}let s=(r,a)=>g("span",{class:"nw-sw-wrap"},g("span",{class:`nw-sw ${r}`}),a);return g("div",{class:"nw-hm-legend"},g("span",{text:`max |x| 10^${Ee(this.lo,2)}`}),n,g("span",{text:`10^${Ee(this.hi,2)}`}),s("nw-sw-nan","NaN"),s("nw-sw-inf","Inf"),s("nw-sw-empty","not logged"))}};var Fc=["nan","inf","max_abs","std","mean","scale_spread"];async function tr(t,e,n){let l=t.rows.filter(f=>f.kind==="input"||f.kind==="target");if(!l.length){e.appendChild(g("p",{class:"nw-muted",text:"No input or target rows logged."}));return}let s=await qe("series",{run:t.run,tensor:l.map(f=>f.name),stat:Fc,start:t.range[0],end:t.range[1],points:400},n),r=new Map;for(let f of s.series||[])r.set(`${f.tensor}\0${f.stat}`,{steps:f.steps,values:Tn(f.values)});let a=g("tbody"),d=g("div",{class:"nw-grid-multi"});for(let f of l){let h=R=>r.get(`${f.name}\0${R}`)||{steps:[],values:[]},x=h("nan"),p=h("inf"),w=h("max_abs"),k=h("std"),N=h("mean"),P=h("scale_spread"),T=0,j=0,v=null;x.values.forEach((R,A)=>{R>0&&(T+=R,(v===null||x.steps[A]<v)&&(v=x.steps[A]))}),p.values.forEach((R,A)=>{R>0&&(j+=R,(v===null||p.steps[A]<v)&&(v=p.steps[A]))});let O=null,C=null,_=null;w.values.forEach((R,A)=>{Number.isFinite(R)&&(O===null||R>O)&&(O=R);let L=k.values[A],J=N.values[A];if(Number.isFinite(R)&&Number.isFinite(L)&&L>0){let U=(R-Math.abs(Number.isFinite(J)?J:0))/L;(C===null||U>C)&&(C=U,_=w.steps[A])}});let S=null;for(let R of P.values)Number.isFinite(R)&&(S===null||R>S)&&(S=R);let D=T+j>0;a.appendChild(g("tr",{class:D?"nw-bad-row":""},g("td",{class:"nw-mono",text:f.name}),g("td",{class:T?"nw-nan-text":"",text:Ee(T)}),g("td",{class:j?"nw-inf-text":"",text:Ee(j)}),g("td",{text:v===null?"–":String(v)}),g("td",{text:Ee(O)}),g("td",{class:C!==null&&C>10?"nw-warn-text":"",text:C===null?"–":`${Ee(C,3)} σ @ ${_}`}),g("td",{class:S!==null&&S>100?"nw-warn-text":"",text:Ee(S)})));let V=g("div",{class:"nw-mini"});d.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:`${f.name}: max |x|`}),V)),t.defer(()=>t.charts.push(new jt(V,{series:[{label:"max |x|",steps:w.steps,values:w.values}],log:!0,compact:!0,height:120,range:t.range,onset:t.onset,syncKey:"nw",selStep:t.selStep(),onStep:R=>t.jump({step:R}),onRange:(R,A)=>t.zoom(R,A),onReset:()=>t.zoom(null,null)})))}e.append(g("div",{class:"nw-scroll-x"},g("table",{class:"nw-table nw-inputs"},g("thead",null,g("tr",null,["Tensor","NaN","Inf","First non-finite","max |x|","Worst outlier","Scale spread"].map(f=>g("th",{text:f})))),a)),g("div",{class:"nw-muted nw-small",text:"Counts and extremes over the logged statistics steps in view."}),d)}function Vc(t){let e=new Map;for(let n of t){if(!n.layer)continue;e.has(n.layer)||e.set(n.layer,{layer:n.layer,act:null,pre:null,grads:[],weights:[]});let l=e.get(n.layer);n.kind==="activation"||n.kind==="output"?l.act=l.act||n:n.kind==="preactivation"?l.pre=n:n.kind==="gradient"?l.grads.push(n):n.kind==="weight"&&l.weights.push(n)}return[...e.values()]}var nr=(t,e)=>t.startsWith(e+"/")?t.slice(e.length+1):t,Pl=class{constructor(e,n){if(this.ctx=e,this.groups=Vc(e.rows),this.cards=new Map,this.queue=new Set,this.loaded=new Set,this.timer=null,this.container=n,!this.groups.length){n.appendChild(g("p",{class:"nw-muted",text:"No per-layer rows logged."}));return}let l=g("div",{class:"nw-layers"});for(let s of this.groups){let r=g("div",{class:"nw-layer-body"},g("div",{class:"nw-muted nw-small",text:"…"})),a=g("div",{class:"nw-layer",dataset:{layer:s.layer}},g("div",{class:"nw-layer-head"},g("span",{class:"nw-layer-name",text:s.layer}),s.act&&s.act.activation?g("span",{class:"nw-chip",text:String(s.act.activation)}):null),r);a.addEventListener("click",d=>{d.target.closest(".u-over")||e.jump({layer:s.layer})}),this.cards.set(s.layer,{card:a,body:r,group:s}),l.appendChild(a)}if(n.appendChild(l),window.IntersectionObserver){this.io=new IntersectionObserver(s=>{for(let r of s)r.isIntersecting&&this._want(r.target.dataset.layer)},{rootMargin:"300px 0px"});for(let{card:s}of this.cards.values())this.io.observe(s)}else for(let s of this.groups)this._want(s.layer)}destroy(){this.io&&this.io.disconnect(),clearTimeout(this.timer)}highlight(e,n){for(let[s,{card:r}]of this.cards)r.classList.toggle("nw-sel",s===e);let l=this.cards.get(e);l&&n&&(l.card.scrollIntoView({block:"nearest",behavior:"smooth"}),this._want(e))}_want(e){this.loaded.has(e)||!this.cards.has(e)||(this.loaded.add(e),this.queue.add(e),clearTimeout(this.timer),this.timer=setTimeout(()=>this._flush(),16))}async _flush(){let e=[...this.queue];if(this.queue.clear(),!e.length)return;let n=this.ctx,l=e.map(p=>this.cards.get(p).group),s=l.filter(p=>p.act).map(p=>p.act.name),r=l.flatMap(p=>[...p.grads,...p.weights].map(w=>w.name)),a=l.flatMap(p=>p.weights.map(w=>w.name)),d={run:n.run,start:n.range[0],end:n.range[1],points:300},f=[];s.length&&f.push(qe("series",{...d,tensor:s,stat:["min","max","mean"]},n.signal)),r.length&&f.push(qe("series",{...d,tensor:r,stat:["trace"]},n.signal)),a.length&&f.push(qe("series",{...d,tensor:a,stat:["update_ratio"]},n.signal));let h;try{h=await Promise.all(f)}catch(p){if(n.signal.aborted)return;for(let w of e){let{body:k}=this.cards.get(w);k.textContent=`Could not load: ${p.message}`}return}if(n.signal.aborted)return;let x=new Map;for(let p of h)for(let w of p.series||[])x.set(`${w.tensor}\0${w.stat}`,{steps:w.steps,values:Tn(w.values)});for(let p of e)this._draw(this.cards.get(p),x)}_draw({body:e,group:n},l){let s=this.ctx;e.textContent="";let r=(f,h)=>l.get(`${f}\0${h}`),a=[];if(n.act){let f=r(n.act.name,"min"),h=r(n.act.name,"max"),x=r(n.act.name,"mean");f&&h&&a.push(["activation range",[{label:"max",steps:h.steps,values:h.values,band:"hi"},{label:"min",steps:f.steps,values:f.values,band:"lo"},...x?[{label:"mean",steps:x.steps,values:x.values,dash:[3,3]}]:[]],!1])}let d=f=>f.map(h=>({label:nr(h.name,n.layer),...r(h.name,"trace")||{steps:[],values:[]}}));if(n.grads.length&&a.push(["gradient norm",d(n.grads),!0]),n.weights.length&&a.push(["weight norm",d(n.weights),!0]),n.weights.length&&a.push(["update ratio",n.weights.map(f=>({label:nr(f.name,n.layer),...r(f.name,"update_ratio")||{steps:[],values:[]}})),!0]),!a.length){e.appendChild(g("div",{class:"nw-muted nw-small",text:"Nothing logged for this layer."}));return}for(let[f,h,x]of a){let p=g("div",{class:"nw-mini"});if(e.appendChild(g("div",{class:"nw-mini-wrap"},g("div",{class:"nw-mini-title",text:f}),p)),h.every(w=>!w.steps.length)){p.appendChild(g("div",{class:"nw-muted nw-small",text:"not logged"}));continue}s.charts.push(new jt(p,{series:h,log:x,compact:!0,height:110,range:s.range,onset:s.onset,windowStart:s.windowStart,syncKey:"nw",selStep:s.selStep(),onStep:w=>s.jump({step:w,layer:n.layer}),onRange:(w,k)=>s.zoom(w,k),onReset:()=>s.zoom(null,null)}))}}};var lr=20,$c=[["","all tensors"],["activation","layer outputs"],["preactivation","pre-activations"],["gradient","gradients"],["weight","weights"],["input","inputs"]],tl=class{constructor(e,n){this.app=e,this.root=n,this.charts=[],this.heatmap=null,this.grid=null,this.hmKind=null}destroy(){Cl(this.root),this.charts=[],this.heatmap&&this.heatmap.destroy(),this.grid&&this.grid.destroy()}async render(e){let n=this.app,l=n.state,s=l.run,r=performance.now(),[a,d]=await Promise.all([qe("diagnosis",{run:s},e),qe("tensors",{run:s},e)]),f=d.rows||[],h=Number(a.steps)||0,x=a.onset&&a.onset.step!=null?Number(a.onset.step):null,p=[0,Math.max(1,h-1)],w=[l.start??p[0],l.end??p[1]];w[1]>w[0]||(w=p);let k=this,N=[],P={run:s,rows:f,range:w,full:p,onset:x,windowStart:x==null?null:x-lr,charts:this.charts,signal:e,defer:z=>N.push(z),selStep:()=>n.state.step??null,jump:z=>k.jump(z),zoom:(z,te)=>k.zoom(z,te)};this.ctx=P;let T=g("select",{class:"nw-select",title:"Run"});for(let z of n.runs||[{run:s}]){let te=g("option",{value:z.run,text:z.run});z.run===s&&(te.selected=!0),T.appendChild(te)}[...T.options].some(z=>z.value===s)||T.appendChild(g("option",{value:s,text:s,selected:!0})),T.addEventListener("change",()=>n.setState({run:T.value,layer:null,step:null,start:null,end:null}));let j=g("a",{class:"nw-btn",href:n.hrefFor({}),text:"← All runs",onclick:z=>{z.preventDefault(),n.setState({run:null,layer:null,step:null,start:null,end:null})}}),v=a.onset?g("span",{class:"nw-onset-summary"},"first non-finite at step ",g("b",{class:"nw-onset-step",text:String(a.onset.step)}),a.onset.phase?` in the ${a.onset.phase} phase`:"",a.onset.tensor?g("span",null,", tensor ",g("code",{text:String(a.onset.tensor)})):"",a.onset.layer?g("span",null," (layer ",g("code",{text:String(a.onset.layer)}),")"):""):g("span",{class:"nw-muted",text:"no non-finite value"}),O=x!=null?g("button",{class:"nw-btn nw-zoom-onset",text:"Zoom to onset",onclick:()=>{let z=Math.max(25,Math.round(h*.03));this.zoom(Math.max(p[0],x-z),Math.min(p[1],x+Math.max(10,Math.round(z/3))))}}):null,C=w[0]!==p[0]||w[1]!==p[1],_=g("button",{class:"nw-btn",text:"Full range",disabled:C?null:!0,onclick:()=>this.zoom(null,null)}),S=g("div",{class:"nw-head"},j,T,zs(a.status),v,g("span",{class:"nw-spacer"}),g("span",{class:"nw-muted nw-small nw-range",text:`steps ${w[0]}–${w[1]} of ${h}`}),O,_),D=g("div",{class:"nw-notices"});a.sampled&&D.appendChild(g("div",{class:"nw-notice nw-warn",text:"TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step."}));for(let z of[...a.problems||[],...a.notes||[]].filter((te,je,$e)=>$e.indexOf(te)===je))D.appendChild(g("div",{class:"nw-notice",text:String(z)}));a.origin&&a.origin.how&&D.appendChild(g("div",{class:"nw-notice nw-info",text:`Origin: ${a.origin.tensor??a.origin.layer??"?"} at step ${a.origin.step??"?"} (${a.origin.how})`}));let V=er(a,f,z=>this.jump(z)),R=g("section",{class:"nw-card nw-timeline-card"},g("h2",{text:"Loss and global gradient norm"})),A=g("div",{class:"nw-timeline",dataset:{onsetStep:x==null?"":String(x)}});R.append(A,g("div",{class:"nw-muted nw-small"},"Log scale. Red line: onset; shaded: the ",String(lr)," steps before it; triangles: NaN/Inf values. Drag to zoom, double-click to reset, click to select a step."));let L=g("section",{class:"nw-card nw-heatmap-card"}),J=g("select",{class:"nw-select nw-hm-kind"}),U=f.length;this.hmKind===null&&(this.hmKind=U>150?"activation":"");for(let[z,te]of $c){if(z&&!f.some($e=>$e.kind===z))continue;let je=g("option",{value:z,text:te});z===this.hmKind&&(je.selected=!0),J.appendChild(je)}let q=g("div",{class:"nw-heatmap"});J.addEventListener("change",()=>{this.hmKind=J.value,this._loadHeatmap(q,e)}),L.append(g("div",{class:"nw-card-head"},g("h2",{text:"Magnitude by tensor and step"}),J),q,g("div",{class:"nw-muted nw-small",text:"Colour: log10 of the largest |x| per step bucket. Click a cell to jump to that layer and step."}));let Y=g("section",{class:"nw-card nw-inputs-card"},g("h2",{text:"Inputs and targets"})),G=g("section",{class:"nw-card nw-layers-card"},g("h2",{text:"Per layer"}));vt(this.root),this.root.append(S,D,g("div",{class:"nw-top"},V,R),L,Y,G);let W=Math.max(300,A.clientWidth||800),ve=["loss","global_grad_norm"].filter(z=>f.some(te=>te.name===z)),le=ve.length?qe("series",{run:s,tensor:ve,stat:"trace",start:w[0],end:w[1],points:Math.min(4e3,2*W)},e):Promise.resolve({series:[]}),ee=this._loadHeatmap(q,e),oe=tr(P,Y,e).catch(z=>{e.aborted||Y.appendChild(g("div",{class:"nw-error",text:String(z.message||z)}))}),Q=await le;if(e.aborted)return;let B={loss:"var(--nw-loss)",global_grad_norm:"var(--nw-gnorm)"},me=(Q.series||[]).map(z=>({label:z.tensor==="global_grad_norm"?"global grad norm":z.tensor,steps:z.steps,values:Tn(z.values),scale:z.tensor==="loss"?"loss":"gn",color:getComputedStyle(document.documentElement).getPropertyValue(z.tensor==="loss"?"--nw-loss":"--nw-gnorm").trim()||B[z.tensor],width:1.5}));me.length?(this.timeline=new jt(A,{series:me,log:!0,height:260,range:w,onset:x,windowStart:P.windowStart,syncKey:"nw",selStep:n.state.step??null,onStep:z=>this.jump({step:z}),onRange:(z,te)=>this.zoom(z,te),onReset:()=>this.zoom(null,null)}),this.charts.push(this.timeline)):A.appendChild(g("p",{class:"nw-muted",text:"No loss or gradient norm logged."}));let Ne=(Q.series||[]).find(z=>z.returned<z.logged);if(Ne&&R.appendChild(g("div",{class:"nw-muted nw-small",text:`Showing ${Ne.returned} of ${Ne.logged} steps (each bucket's min and max, every step near the onset).`})),await ee,!e.aborted){this.grid=new Pl(P,G),await oe;for(let z of N)z();e.aborted||(this.applySelection(!1),n.timing("run",performance.now()-r),n.state.layer&&this.grid&&this.grid.highlight(n.state.layer,!0))}}async _loadHeatmap(e,n){let l=this.ctx,s=Math.max(200,(e.clientWidth||800)-170);try{let r=await qe("heatmap",{run:l.run,start:l.range[0],end:l.range[1],buckets:Math.min(1e3,Math.floor(s)),kind:this.hmKind||null},n);if(n.aborted)return;this.heatmap&&this.heatmap.destroy(),this.heatmap=new Nl(e,r,{onset:l.onset,selStep:this.app.state.step??null,selLayer:this.app.state.layer??null,onCell:a=>this.jump({layer:a.layer,step:a.step,tensor:a.name})})}catch(r){n.aborted||(vt(e),e.appendChild(g("div",{class:"nw-error",text:String(r.message||r)})))}}zoom(e,n){this.app.setState({start:e==null?null:Math.round(e),end:n==null?null:Math.round(n)})}jump(e){let n=this.app,l={};e.layer!==void 0&&e.layer!==null&&(l.layer=e.layer),e.step!==void 0&&e.step!==null&&(l.step=Math.round(e.step));let s=this.ctx?this.ctx.range:null;if(l.step!=null&&s&&(l.step<s[0]||l.step>s[1])){let r=Math.max(25,Math.round((s[1]-s[0])/4));l.start=Math.max(this.ctx.full[0],l.step-r),l.end=Math.min(this.ctx.full[1],l.step+r)}n.setState(l)}applySelection(e=!0){let n=this.app.state;for(let s of this.charts)s.setSelStep(n.step??null);if(this.heatmap){this.heatmap.opts.selStep=n.step??null,this.heatmap.opts.selLayer=n.layer??null,this.heatmap._draw();let s=this.heatmap.el.querySelectorAll(".nw-hm-label"),r=this.heatmap.data.layers||[];s.forEach((a,d)=>a.classList.toggle("nw-sel",n.layer!=null&&r[d]===n.layer))}this.grid&&this.grid.highlight(n.layer??null,e);let l=this.root.querySelector(".nw-selection");if(l&&l.remove(),n.layer!=null||n.step!=null){let s=this.root.querySelector(".nw-head");s&&s.after(g("div",{class:"nw-selection"},"Selected: ",n.layer!=null?g("span",null,"layer ",g("code",{class:"nw-sel-layer",text:n.layer})):null,n.layer!=null&&n.step!=null?", ":null,n.step!=null?g("span",null,"step ",g("b",{class:"nw-sel-step",text:String(n.step)})):null,g("button",{class:"nw-linkbtn",text:"clear",onclick:()=>this.app.setState({layer:null,step:null})})))}}};var Fs=["run","layer","step","start","end"],Wc=new Set(["step","start","end"]);function Vs(t){let e={};for(let n of Fs){let l=t?t[n]:void 0;if(!(l==null||l==="")){if(Wc.has(n)){if(l=Number(l),!Number.isFinite(l))continue;l=Math.round(l)}else l=String(l);e[n]=l}}return e}function $s(){let t=new URLSearchParams(window.location.hash.replace(/^#/,"")),e={};for(let n of Fs)t.has(n)&&(e[n]=t.get(n));return Vs(e)}function Ws(t){let e=new URLSearchParams;for(let s of Fs){let r=t[s];r==null||r===""||e.set(s,String(r))}let n=e.toString(),l=new URL(window.location.href);l.hash=n,l.href!==window.location.href&&window.history.replaceState(null,"",l.href)}var Hs=class{constructor(e){this.root=e,this.state={},this.runs=null,this.view=null,this.ctl=null,this.renders=0,this.timings={},this.host=new Ll}async start(){let e=$s();if(!Object.keys(e).length){let n=Jo();n===null&&this.host.connected&&(n=await this.host.urlData()),n&&(e=Vs(n))}this.state=e,Ws(this.state),this.host.on("experimental.DataReloaded",()=>(this.reload(),null)),window.addEventListener("hashchange",()=>{let n=$s();this._apply(n)}),Ko(()=>{this.renders>0&&this.reload()}),await this.rerender()}hrefFor(e){let n=new URLSearchParams;for(let[s,r]of Object.entries(e))r!=null&&r!==""&&n.set(s,String(r));let l=new URL(window.location.href);return l.hash=n.toString(),l.href}setState(e){let n={...this.state,...e};for(let l of Object.keys(n))(n[l]===null||n[l]===void 0||n[l]==="")&&delete n[l];this._apply(n)}_apply(e){let n=this.state;this.state=e,Ws(e),Zo(e),n.run!==e.run||n.start!==e.start||n.end!==e.end||!this.view?this.rerender():this.view instanceof tl&&(n.layer!==e.layer||n.step!==e.step)&&this.view.applySelection(!0)}timing(e,n){this.timings[e]=n,window.__nanwatch.timings[e]=n}reload(){let e=window.scrollY;return this.rerender().then(()=>window.scrollTo(0,e))}async rerender(){this.ctl&&this.ctl.abort();let e=new AbortController;this.ctl=e,this.view&&this.view.destroy&&this.view.destroy(),Cl(this.root);let n=g("div",{class:"nw-page"}),l=performance.now();document.body.dataset.nwBusy="1";try{if((this.runs===null||!this.state.run)&&(this.state.run?this.runs=(await qe("runs",null,e.signal)).runs||[]:(this.view={kind:"overview"},vt(this.root).appendChild(n),await Xo(this,n,e.signal))),this.state.run&&!e.signal.aborted){let s=new tl(this,n);this.view=s,vt(this.root).appendChild(n),await s.render(e.signal)}}catch(s){if(e.signal.aborted||s&&s.name==="AbortError")return;vt(this.root).appendChild(n),vt(n).append(g("div",{class:"nw-head"},g("h1",{class:"nw-title",text:"NaN Watch"})),g("div",{class:"nw-card nw-error",text:`Could not load: ${s&&s.message?s.message:s}`}),this.state.run?g("button",{class:"nw-btn",text:"← All runs",onclick:()=>this.setState({run:null,layer:null,step:null,start:null,end:null})}):null),console.warn("tb_nanwatch:",s)}e.signal.aborted||(this.renders++,this.timing("render",performance.now()-l),document.body.dataset.nwView=this.state.run?"run":"overview",document.body.dataset.nwRenders=String(this.renders),delete document.body.dataset.nwBusy)}},Al=null;function Wu(){if(Al)return Al;window.__nanwatch=window.__nanwatch||{timings:{}};let t=document.createElement("style");t.textContent=bi+`
`+yi,document.head.appendChild(t);let e=document.createElement("meta");e.name="color-scheme",e.content="light dark",document.head.appendChild(e);let n=g("div",{id:"nw-root"});document.body.appendChild(n);let l=new Hs(n);return window.__nanwatch.app=l,Al=l.start(),Al}export{Wu as render};
