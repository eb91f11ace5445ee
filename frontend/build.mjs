// One build: `npm run build` bundles src/ (with uPlot and the CSS inlined) into
// tb_nanwatch/plugin/static/index.js, the ES module TensorBoard loads in the tab's iframe.
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, "../tb_nanwatch/plugin/static");
mkdirSync(outdir, { recursive: true });

const options = {
  entryPoints: [resolve(here, "src/index.js")],
  bundle: true,
  format: "esm",
  target: "es2020",
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  loader: { ".css": "text" },
  outfile: resolve(outdir, "index.js"),
  logLevel: "info",
};

copyFileSync(resolve(here, "node_modules/uplot/LICENSE"), resolve(outdir, "LICENSE.uPlot.txt"));

if (process.argv.includes("--watch")) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
