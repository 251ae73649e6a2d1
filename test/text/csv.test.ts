import { describe, expect, it } from "vitest";
import { renderCsv } from "../../src/text/csv.js";

describe("renderCsv", () => {
  it("quotes fields with commas, quotes and line breaks, and ends lines with CRLF", () => {
    expect(renderCsv([["school", "comment"], ["Harbour, North", 'said "wow"\nagain']])).toBe(
      'school,comment\r\n"Harbour, North","said ""wow""\nagain"\r\n',
    );
  });

  it("neutralises spreadsheet formulas and leaves numbers and blanks plain", () => {
    expect(renderCsv([["=1+1", "+x", "-3", "@cmd", 4.5, null, Number.NaN]])).toBe("'=1+1,'+x,'-3,'@cmd,4.5,,\r\n");
  });
});
