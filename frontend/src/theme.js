// Follows TensorBoard's dark mode: the host page's <body> carries the class
// `dark-mode`. Outside TensorBoard (or if the parent is not reachable) the
// system's prefers-color-scheme decides.

export function watchTheme(onChange) {
  const root = document.documentElement;
  const mq = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  let parentBody = null;
  try {
    if (window.parent && window.parent !== window) parentBody = window.parent.document.body;
  } catch (_) {
    parentBody = null;
  }
  let current = null;
  const compute = () => {
    let dark;
    if (parentBody) dark = parentBody.classList.contains("dark-mode");
    else dark = !!(mq && mq.matches);
    if (dark !== current) {
      current = dark;
      root.classList.toggle("nw-dark", dark);
      if (onChange) onChange(dark);
    }
  };
  compute();
  if (parentBody) {
    new MutationObserver(compute).observe(parentBody, { attributes: true, attributeFilter: ["class"] });
  }
  if (mq) {
    if (mq.addEventListener) mq.addEventListener("change", compute);
    else if (mq.addListener) mq.addListener(compute);
  }
  return () => current;
}

// Colours for canvas drawing, read from the CSS custom properties.
export function colors() {
  const cs = getComputedStyle(document.documentElement);
  const v = (n) => cs.getPropertyValue(n).trim();
  return {
    fg: v("--nw-fg"),
    muted: v("--nw-muted"),
    grid: v("--nw-grid"),
    bg: v("--nw-bg"),
    panel: v("--nw-panel"),
    loss: v("--nw-loss"),
    gnorm: v("--nw-gnorm"),
    lr: v("--nw-lr"),
    onset: v("--nw-onset"),
    window: v("--nw-window"),
    select: v("--nw-select"),
    nan: v("--nw-nan"),
    inf: v("--nw-inf"),
    series: [v("--nw-s1"), v("--nw-s2"), v("--nw-s3"), v("--nw-s4"), v("--nw-s5"), v("--nw-s6")],
    band: v("--nw-band"),
    skip: v("--nw-skip"),
    spike: v("--nw-spike"),
    rollback: v("--nw-rollback"),
    stop: v("--nw-stop"),
  };
}
