// Writes docs/zh-CN/findings.md and docs/en/findings.md from the finding-code registry in
// src/core/roster/codes.ts: one table per severity with each code's scope, the back-payment kinds it concerns,
// its meaning, an example message rendered by the message catalogue and the fix. The English page shows each
// example as users see it (Chinese) followed by its English text. A test compares the committed pages with a
// fresh rendering. Run with `npx tsx scripts/gen-finding-docs.ts`.

import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { t, type Locale, type MessageKey } from "../src/i18n";
import { FINDING_CODES, UNREACHABLE_CODES, fixKey, meaningKey, renderExample, type FindingCodeDoc } from "../src/core/roster/codes";
import type { Severity } from "../src/core/roster/types";

const DOCS_DIR = resolve(__dirname, "..", "docs");
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const GENERATED_NOTE: Record<Locale, string> = {
  "zh-CN": "<!-- 本页由 scripts/gen-finding-docs.ts 根据 src/core/roster/codes.ts 和消息目录生成，请勿手工修改：运行 npx tsx scripts/gen-finding-docs.ts 重新生成。 -->",
  en: "<!-- Generated from src/core/roster/codes.ts and the message catalogues by scripts/gen-finding-docs.ts; do not edit by hand: run npx tsx scripts/gen-finding-docs.ts. -->",
};

const COLUMNS: readonly MessageKey[] = [
  "findingDoc.column.code",
  "findingDoc.column.scope",
  "findingDoc.column.kinds",
  "findingDoc.column.meaning",
  "findingDoc.column.example",
  "findingDoc.column.fix",
];

/** Makes text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function exampleCell(entry: FindingCodeDoc, locale: Locale): string {
  const chinese = renderExample(entry.example, "zh-CN");
  if (locale === "zh-CN") return cell(chinese);
  return `${cell(chinese)}<br>*${cell(renderExample(entry.example, "en"))}*`;
}

function tableRow(entry: FindingCodeDoc, locale: Locale): string {
  const kinds = entry.kinds.map((kind) => t(`findingDoc.kind.${kind}`, {}, locale)).join(locale === "zh-CN" ? "、" : ", ");
  const unreachable = UNREACHABLE_CODES.includes(entry.code) ? ` ${t("findingDoc.unreachable", {}, locale)}` : "";
  const cells = [
    `\`${entry.code}\``,
    t(`findingDoc.scope.${entry.scope}`, {}, locale),
    kinds,
    t(meaningKey(entry), {}, locale) + unreachable,
    exampleCell(entry, locale),
    t(fixKey(entry), {}, locale),
  ];
  return `| ${cells.map(cell).join(" | ")} |`;
}

function renderSection(severity: Severity, locale: Locale): string {
  const entries = FINDING_CODES.filter((entry) => entry.severity === severity);
  const header = COLUMNS.map((key) => t(key, {}, locale));
  return [
    `## ${t(`findingDoc.severity.${severity}`, {}, locale)}`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...entries.map((entry) => tableRow(entry, locale)),
  ].join("\n");
}

/** Returns the whole Markdown page of the finding codes in `locale`. */
export function renderFindingDocs(locale: Locale): string {
  const parts = [`# ${t("findingDoc.title", {}, locale)}`, GENERATED_NOTE[locale], t("findingDoc.intro", {}, locale)];
  for (const severity of SEVERITIES) parts.push(renderSection(severity, locale));
  return `${parts.join("\n\n")}\n`;
}

export function findingDocsPath(locale: Locale): string {
  return resolve(DOCS_DIR, locale, "findings.md");
}

if (require.main === module) {
  for (const locale of ["zh-CN", "en"] as const) {
    writeFileSync(findingDocsPath(locale), renderFindingDocs(locale));
    console.log(`wrote ${findingDocsPath(locale)}`);
  }
}
