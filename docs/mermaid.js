// Renders every ```mermaid block of the page as a diagram, with the copy of
// Mermaid in this site's assets folder (copied there by docs/plugin.mjs).
// Pages without a diagram load nothing more.
(() => {
  "use strict";
  const blocks = Array.from(document.querySelectorAll("pre > code.mermaid"));
  if (blocks.length === 0) return;
  const bundle = new URL("mermaid.min.js", document.currentScript.src).href;

  // typedoc keeps the body hidden until its own script has laid the page
  // out; Mermaid measures text, so it must wait until the body is shown.
  const shown = () =>
    new Promise((resolve) => {
      if (document.body.style.display !== "none") return resolve();
      const observer = new MutationObserver(() => {
        if (document.body.style.display === "none") return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { attributes: true, attributeFilter: ["style"] });
    });

  const dark = () => {
    const theme = document.documentElement.dataset.theme;
    return theme === "dark" || (theme !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  };

  const render = async () => {
    await shown();
    const { mermaid } = window;
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark() ? "dark" : "default" });
    const nodes = blocks.map((code) => {
      const diagram = document.createElement("div");
      diagram.className = "mermaid";
      diagram.textContent = code.textContent;
      code.parentElement.replaceWith(diagram);
      return diagram;
    });
    await mermaid.run({ nodes });
  };

  const script = document.createElement("script");
  script.src = bundle;
  script.addEventListener("load", () => {
    render().catch((error) => console.error("Mermaid could not draw a diagram:", error));
  });
  document.head.append(script);
})();
