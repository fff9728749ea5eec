// The generated parameter pages must match the built-in tables: regenerate them with
// `npx tsx scripts/gen-param-docs.ts` after changing a parameter row.

import { readFileSync } from "node:fs";
import { parameterDocsPath, renderParameterDocs } from "../../scripts/gen-param-docs";
import { builtInSheetTables, renderParameterRows } from "../../src/core/params/sheet";

describe("generated parameter docs", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    test(`${locale} page is current`, () => {
      expect(readFileSync(parameterDocsPath(locale), "utf8")).toBe(renderParameterDocs(locale));
    });
  }

  test("every row appears, U rows marked", () => {
    const page = renderParameterDocs("zh-CN");
    const rows = renderParameterRows(builtInSheetTables());
    const tableLines = page.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| 编号 |"));
    const dataLines = tableLines.filter((line) => /\| (V|S|\*\*⚠ U\*\*) \|/.test(line));
    expect(dataLines).toHaveLength(rows.length);
    expect(dataLines.filter((line) => line.includes("**⚠ U**"))).toHaveLength(rows.filter((row) => row.confidence === "U").length);
  });
});
