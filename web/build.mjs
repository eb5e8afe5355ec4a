// Builds the page into ../src/newsgraph/api/web/ (package data of the wheel; git-ignored).
// Usage: npm ci && npm run build. Offline once node_modules is installed.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../src/newsgraph/api/web");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: resolve(here, "src/main.js"), style: resolve(here, "src/style.css") },
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "iife",
  target: ["chrome110", "firefox110", "safari16"],
  loader: { ".png": "file", ".json": "json" },
  assetNames: "assets/[name]-[hash]",
  legalComments: "linked",   // third-party licences in *.LEGAL.txt beside the bundles
  logLevel: "warning",
});
await copyFile(resolve(here, "index.html"), resolve(out, "index.html"));
// The licences of the bundled packages travel with the bundle.
await mkdir(resolve(out, "licenses"), { recursive: true });
const LICENCES = { leaflet: "LICENSE", "leaflet.markercluster": "MIT-LICENCE.txt", "topojson-client": "LICENSE",
  "world-atlas": "LICENSE" };
for (const [name, file] of Object.entries(LICENCES)) {
  await copyFile(resolve(here, "node_modules", name, file), resolve(out, "licenses", `${name}.txt`));
}
