// Every text a user sees in the pane comes from the catalogues. This test parses each component with the
// TypeScript compiler. It fails on JSX text with letters in any language, on literal aria-label, title,
// placeholder, label or alt texts with letters, and on any string literal with Chinese characters. Text from
// t(...) is an expression, so it passes.

import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const PANE_DIR = path.join(__dirname, "..", "..", "src", "taskpane");
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "label", "alt", "aria-description", "hint", "validationMessage"]);
const LETTERS = /\p{L}/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(file);
    return entry.name.endsWith(".tsx") ? [file] : [];
  });
}

interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Lists the hard-coded user-facing texts of one source text. */
function hardcodedTexts(fileName: string, source: string): Hit[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const hits: Hit[] = [];
  const hit = (node: ts.Node, text: string) =>
    hits.push({ file: path.relative(process.cwd(), fileName), line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) hit(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sourceFile))) {
      const initializer = node.initializer;
      const literal =
        initializer && ts.isStringLiteral(initializer)
          ? initializer
          : initializer && ts.isJsxExpression(initializer) && initializer.expression && ts.isStringLiteralLike(initializer.expression)
            ? initializer.expression
            : undefined;
      if (literal && LETTERS.test(literal.text)) hit(node, `${node.name.getText(sourceFile)}="${literal.text}"`);
    }
    // A string literal child such as {"Save"} is JSX text too.
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && ts.isJsxElement(node.parent) && LETTERS.test(node.expression.text)) {
      hit(node, node.expression.text);
    } else if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && CJK.test(node.text) && !ts.isJsxAttribute(node.parent)) {
      // Chinese text anywhere else (a constant, a fallback) is user-facing too.
      hit(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return hits;
}

test("finds hard-coded text in a sample", () => {
  const sample = [
    'const fallback = "名单";',
    "export const A = () => (",
    '  <div title="保存" aria-label={t("x")}>',
    "    <span>校验结果</span>",
    "    <b>{\"Check\"}</b>",
    '    <input placeholder="name" alt="" />',
    "    <i>{t(\"pane.ok\")} · 2023</i>",
    "  </div>",
    ");",
  ].join("\n");
  const texts = hardcodedTexts("sample.tsx", sample).map((entry) => entry.text);
  expect(texts).toEqual(["名单", 'title="保存"', "校验结果", "Check", 'placeholder="name"']);
});

test("pane components have no hard-coded text", () => {
  const files = tsxFiles(PANE_DIR);
  expect(files.length).toBeGreaterThan(5);
  const hits = files.flatMap((file) => hardcodedTexts(file, fs.readFileSync(file, "utf8")));
  expect(hits.map((entry) => `${entry.file}:${entry.line} ${entry.text}`)).toEqual([]);
});
