// The finding-code registry and the pages generated from it: every entry renders a complete example in both
// languages, and the committed docs/zh-CN/findings.md and docs/en/findings.md equal a fresh generation
// (regenerate with `npx tsx scripts/gen-finding-docs.ts`).

import { readFileSync } from "node:fs";
import { FINDING_CODES, fixKey, meaningKey, renderExample } from "../../src/core/roster/codes";
import { hasMessage, t } from "../../src/i18n";
import { findingDocsPath, renderFindingDocs } from "../../scripts/gen-finding-docs";

describe("finding-code registry", () => {
  test("codes are unique", () => {
    const codes = FINDING_CODES.map((entry) => entry.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  test.each(FINDING_CODES.map((entry) => [entry.code, entry] as const))("%s example is complete", (_code, entry) => {
    expect(entry.messageKeys).toContain(entry.example.key);
    for (const locale of ["zh-CN", "en"] as const) {
      expect(renderExample(entry.example, locale)).not.toMatch(/\{\w+\}/);
      expect(t(meaningKey(entry), {}, locale)).not.toBe("");
      expect(t(fixKey(entry), {}, locale)).not.toBe("");
    }
    expect(hasMessage(meaningKey(entry))).toBe(true);
    expect(hasMessage(fixKey(entry))).toBe(true);
  });

  test("rendered example of a nested message", () => {
    const entry = FINDING_CODES.find((candidate) => candidate.code === "HIRE_DATE_INVALID")!;
    expect(renderExample(entry.example, "zh-CN")).toBe("入职日期 “2023-02-30” 不是真实存在的日期：请检查年、月、日。该项检查未进行");
  });
});

describe("finding docs", () => {
  test.each(["zh-CN", "en"] as const)("docs/%s/findings.md matches a fresh generation", (locale) => {
    expect(readFileSync(findingDocsPath(locale), "utf8")).toBe(renderFindingDocs(locale));
  });

  test("the Chinese page has one table row per code", () => {
    const rows = renderFindingDocs("zh-CN")
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(FINDING_CODES.length);
  });
});
