/**
 * A local typedoc plugin: renders the ```mermaid blocks of the guides in the
 * browser, offline. It copies Mermaid's browser bundle (the pinned `mermaid`
 * devDependency) and docs/mermaid.js into the site's assets, and adds
 * docs/mermaid.js to the end of every page; that script loads the bundle only
 * on pages that have a diagram. Nothing is fetched from another host.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSX, RendererEvent } from "typedoc";

const require = createRequire(import.meta.url);

/** Files copied into the site's `assets/` folder, by their name there. */
const assets = {
  "mermaid.min.js": require.resolve("mermaid/dist/mermaid.min.js"),
  "mermaid-diagrams.js": fileURLToPath(new URL("mermaid.js", import.meta.url)),
};

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.hooks.on("body.end", (context) =>
    JSX.createElement("script", { defer: true, src: context.relativeURL("assets/mermaid-diagrams.js", true) }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const folder = join(event.outputDirectory, "assets");
    mkdirSync(folder, { recursive: true });
    for (const [name, source] of Object.entries(assets)) copyFileSync(source, join(folder, name));
  });
}
