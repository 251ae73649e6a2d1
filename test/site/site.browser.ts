/**
 * Opens the built docs site (docs/site, from `npm run docs`) in headless
 * Chromium, served on localhost, and checks that the main pages load with no
 * console error, page error or failed request, that nothing is fetched from
 * another host, that every Mermaid diagram is drawn and that the example chart
 * loads. Screenshots go to test-results/docs-site/.
 *
 * Run with `npm run test:docs`. Chromium is Debian's `chromium`
 * (/usr/bin/chromium), or the executable named by CHROMIUM_PATH.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder, type ServedFolder } from "./serveFolder.js";

const site = fileURLToPath(new URL("../../docs/site/", import.meta.url));
const screenshots = fileURLToPath(new URL("../../test-results/docs-site/", import.meta.url));
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** The guides: getting started, each capability, the generated pages, and the rest. */
const guides = [
  "Getting_started",
  "School_calendars",
  "Timelines",
  "Stage_state_machines",
  "Machine_diagrams",
  "Observation_agreements",
  "Agreement_rules",
  "Feedback_summaries",
  "Feedback_report_example",
  "JSON_Schema",
  "Command_line",
  "Test_matchers",
  "Languages",
].map((title) => `documents/${title}.html`);

/** One API page per entry point: the package root and each subpath. */
const modules = ["collegiate", "calendar", "timeline", "machines", "agreement", "feedback", "schemas", "vitest"].map((name) => `modules/${name}.html`);

const pages = ["index.html", ...guides, ...modules];

/** The state labels of each ```mermaid block of a built page, read from its HTML. */
function diagramLabels(path: string): string[][] {
  const html = readFileSync(`${site}${path}`, "utf8");
  return Array.from(html.matchAll(/<code class="mermaid">([\s\S]*?)<\/code>/g), ([, source]) =>
    Array.from((source ?? "").matchAll(/state &quot;(.+?)&quot; as /g), ([, label]) => label ?? ""),
  );
}

/** What went wrong while a page loaded. */
interface Problems {
  readonly console: string[];
  readonly page: string[];
  readonly requests: string[];
  readonly outside: string[];
}

let server: ServedFolder;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(`${site}index.html`)) {
    throw new Error(`${site}index.html is missing: build the site first with \`npm run docs\` (\`npm run test:docs\` does both).`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install Debian's chromium (apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  server = await serveFolder(site);
  browser = await chromium.launch({ executablePath, headless: true });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` in a new tab, recording every problem until it has loaded and settled. */
async function open(path: string): Promise<{ page: Page; problems: Problems }> {
  const problems: Problems = { console: [], page: [], requests: [], outside: [] };
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.outside.push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
  });
  page.on("pageerror", (error) => problems.page.push(error.message));
  page.on("requestfailed", (request) => problems.requests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.requests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  return { page, problems };
}

/**
 * Whether the page's `count` Mermaid diagrams have all been drawn (false if
 * not within 5 minutes: a limit for a page that never draws them, not a
 * measure of speed).
 */
async function diagramsDrawn(page: Page, count: number): Promise<boolean> {
  if (count === 0) return true;
  return page
    .locator("div.mermaid > svg")
    .nth(count - 1)
    .waitFor({ timeout: 300_000 })
    .then(
      () => true,
      () => false,
    );
}

const none: Problems = { console: [], page: [], requests: [], outside: [] };

describe("the docs site in Chromium", () => {
  it.each(pages)("%s loads without console errors, page errors, failed or outside requests", async (path) => {
    const { page, problems } = await open(path);
    // typedoc's script shows the body once it has laid the page out.
    await page.locator("body:not([style*='display: none'])").waitFor();
    await page.locator("h1").first().waitFor();
    const drawn = await diagramsDrawn(page, diagramLabels(path).length);
    await page.close();
    expect(problems).toEqual(none);
    expect(drawn).toBe(true);
  });

  it("draws every Mermaid diagram of the machine diagrams page as an SVG with its states", async () => {
    const path = "documents/Machine_diagrams.html";
    const expected = diagramLabels(path);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const { page, problems } = await open(path);
    expect(await diagramsDrawn(page, expected.length), JSON.stringify(problems)).toBe(true);
    const svgs = page.locator("div.mermaid > svg");
    const drawn = await svgs.evaluateAll((elements) =>
      elements.map((svg) => ({
        kind: svg.getAttribute("aria-roledescription"),
        width: Math.round(svg.getBoundingClientRect().width),
        height: Math.round(svg.getBoundingClientRect().height),
        states: svg.querySelectorAll("g.node").length,
        text: svg.textContent ?? "",
      })),
    );
    expect(await page.locator("code.mermaid").count()).toBe(0);
    expect(drawn).toHaveLength(expected.length);
    drawn.forEach((diagram, index) => {
      const labels = expected[index] ?? [];
      expect(labels.length).toBeGreaterThan(0);
      expect(diagram.kind).toBe("stateDiagram");
      expect(diagram.width).toBeGreaterThan(100);
      expect(diagram.height).toBeGreaterThan(100);
      expect(diagram.states).toBeGreaterThanOrEqual(labels.length);
      for (const label of labels) expect(diagram.text).toContain(label);
    });
    await svgs.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}machine-diagrams.png` });
    await page.close();
    expect(problems).toEqual(none);
    expect(existsSync(`${screenshots}machine-diagrams.png`)).toBe(true);
  });

  it("shows the example chart as a loaded image on the feedback report example page", async () => {
    const { page, problems } = await open("documents/Feedback_report_example.html");
    const chart = page.locator("img[src$='joint-school-evaluation-goals.svg']");
    expect(await chart.count()).toBe(1);
    const image = await chart.evaluate((element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number; naturalHeight: number };
      return { complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight };
    });
    expect(image.complete).toBe(true);
    expect(image.naturalWidth).toBeGreaterThan(0);
    expect(image.naturalHeight).toBeGreaterThan(0);
    await expect(page.locator("h3", { hasText: "Feedback summary: " }).count()).resolves.toBe(1);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}feedback-report-example.png` });
    await page.close();
    expect(problems).toEqual(none);
  });
});
