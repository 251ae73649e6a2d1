import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import { lineAndColumn, parseJsonDocument } from "../../src/cli/documents.js";

describe("parseJsonDocument", () => {
  it("parses JSON, ignoring a byte order mark", () => {
    expect(parseJsonDocument("a.json", '\uFEFF{"a": [1]}', en)).toEqual({ file: "a.json", value: { a: [1] } });
  });

  it("names the file, the line and the column of a syntax error", () => {
    // Line 3 is `  b: 2}`: the property name b at column 3 is not quoted.
    expect(() => parseJsonDocument("plan.json", '{\n  "a": 1,\n  b: 2}', en)).toThrow(/^plan\.json: not valid JSON at line 3, column 3: /);
    expect(() => parseJsonDocument("plan.json", '{\n  "a": 1,\n  b: 2}', zhHant)).toThrow(/^plan\.json: 不是有效的 JSON，問題在第3行第3個字元：/);
  });

  it("names the file when the parser gives no position", () => {
    expect(() => parseJsonDocument("empty.json", "", en)).toThrow("empty.json: not valid JSON: Unexpected end of JSON input");
  });
});

describe("lineAndColumn", () => {
  it("counts from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
