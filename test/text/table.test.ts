import { describe, expect, it } from "vitest";
import { escapeMarkdownCell, escapeMarkdownText, renderMarkdownTable, renderTextTable, type Column } from "../../src/text/table.js";

interface Row {
  id: string;
  title: string;
  days: number;
}

const columns: Column<Row>[] = [
  { header: "Stage", cell: (row) => row.id },
  { header: "Title", cell: (row) => row.title },
  { header: "Days", cell: (row) => String(row.days), align: "right" },
];

describe("renderTextTable", () => {
  it("pads each column to its widest cell and right-aligns numbers", () => {
    const text = renderTextTable(
      [
        { id: "S1", title: "Organisation of working group", days: 21 },
        { id: "S8", title: "Coordination on the day", days: 1 },
      ],
      columns,
    );
    expect(text.split("\n")).toEqual([
      "Stage  Title                          Days",
      "─────  ─────────────────────────────  ────",
      "S1     Organisation of working group    21",
      "S8     Coordination on the day           1",
    ]);
  });

  it("counts Chinese characters as two columns", () => {
    const text = renderTextTable([{ id: "S8", title: "當日協調", days: 1 }, { id: "S9", title: "評估", days: 20 }], columns);
    const [, , first, second] = text.split("\n");
    expect(first).toBe("S8     當日協調     1");
    expect(second).toBe("S9     評估        20");
  });
});

describe("renderMarkdownTable", () => {
  it("escapes pipes and line breaks in cells", () => {
    expect(escapeMarkdownCell("a | b\nc")).toBe("a \\| b<br>c");
    expect(renderMarkdownTable([{ id: "S1", title: "Goals | date", days: 3 }], columns)).toBe(
      ["| Stage | Title | Days |", "| --- | --- | ---: |", "| S1 | Goals \\| date | 3 |"].join("\n"),
    );
  });
});

describe("escapeMarkdownText", () => {
  it("turns HTML and Markdown punctuation into character references and line breaks into spaces", () => {
    expect(escapeMarkdownText("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMarkdownText("*great* _day_ [link](x) # `code` a|b ~~no~~ \\ & more")).toBe(
      "&#42;great&#42; &#95;day&#95; &#91;link&#93;(x) &#35; &#96;code&#96; a&#124;b &#126;&#126;no&#126;&#126; &#92; &amp; more",
    );
    expect(escapeMarkdownText("two\n  lines")).toBe("two lines");
    // "-" is code 45, "+" 43, "1" 49 and "2" 50: none can start a list item any more.
    expect(escapeMarkdownText("- not a list")).toBe("&#45; not a list");
    expect(escapeMarkdownText("+1")).toBe("&#43;1");
    expect(escapeMarkdownText("12. twelve")).toBe("&#49;&#50;. twelve");
    expect(escapeMarkdownText("a-b 3. c")).toBe("a-b 3. c");
  });

  it("leaves nothing for escapeMarkdownCell to change, so a cell is escaped once", () => {
    const text = escapeMarkdownText("a | b \\ c\nd");
    expect(escapeMarkdownCell(text)).toBe(text);
  });
});
