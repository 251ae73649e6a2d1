import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nodeHost } from "../../src/cli/nodeHost.js";

const folder = mkdtempSync(join(tmpdir(), "collegiate-host-"));
mkdirSync(join(folder, "visits"));
mkdirSync(join(folder, ".git"));
writeFileSync(join(folder, "b.plan.json"), "{}");
writeFileSync(join(folder, "visits", "a.visit.json"), "{}");
writeFileSync(join(folder, ".git", "c.visit.json"), "{}");

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("nodeHost", () => {
  it("lists a directory's files, with subdirectories and without hidden ones, sorted", () => {
    expect(nodeHost.isDirectory(folder)).toBe(true);
    expect(nodeHost.isDirectory(join(folder, "b.plan.json"))).toBe(false);
    expect(nodeHost.listFiles(folder)).toEqual([join(folder, "b.plan.json"), join(folder, "visits", "a.visit.json")]);
  });

  it("reads files, and gives the system's error with its code for one it cannot read", () => {
    expect(nodeHost.readText(join(folder, "b.plan.json"))).toBe("{}");
    expect(() => nodeHost.readText(join(folder, "none.json"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(() => nodeHost.readText(folder)).toThrow(expect.objectContaining({ code: "EISDIR" }));
  });

  it("gives the time as iCalendar takes it", () => {
    expect(nodeHost.now()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
