/**
 * @jest-environment jsdom
 */
// Offline structural check of manifest.xml (Microsoft's `office-addin-manifest validate` calls an online service).
// jsdom's DOMParser reads the XML; the checks are the ones whose failure Office reports late or not at all.

import * as fs from "fs";
import * as path from "path";
import { DEV_BASE_URL, resolveBaseUrl, rewriteManifest } from "../scripts/build/baseUrl";
import { OUTPUTS } from "../scripts/build/outputs";

const ROOT = path.join(__dirname, "..");
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PRODUCTION_BASE = "https://addins.example.com/bujiao/";

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return document;
}

function elements(document: Document, name: string): Element[] {
  return Array.from(document.getElementsByTagName(name));
}

function only(document: Document, name: string): Element {
  const found = elements(document, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Maps resource ids to their elements by kind, from <Resources>: images, URLs, and short and long strings. */
function resources(document: Document): Record<"image" | "url" | "string", Map<string, Element>> {
  const byId = (...groups: string[]) =>
    new Map(
      groups
        .flatMap((group) => elements(document, group))
        .flatMap((group) => Array.from(group.children))
        .map((element) => [element.getAttribute("id") ?? "", element]),
    );
  return { image: byId("bt:Images"), url: byId("bt:Urls"), string: byId("bt:ShortStrings", "bt:LongStrings") };
}

/** Lists every resid in the manifest with the kind of resource its element needs. */
function residReferences(document: Document): Array<{ element: string; resid: string; kind: "image" | "url" | "string" }> {
  const references: Array<{ element: string; resid: string; kind: "image" | "url" | "string" }> = [];
  for (const element of Array.from(document.getElementsByTagName("*"))) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    const name = element.tagName;
    const kind = name === "bt:Image" ? "image" : ["Runtime", "SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name) ? "url" : "string";
    references.push({ element: name, resid, kind });
  }
  return references;
}

/** Lists every URL in the manifest: the DefaultValue of URL elements and the Value of their overrides. */
function allUrls(document: Document): string[] {
  const urls: string[] = [];
  const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"];
  for (const name of urlElements) {
    for (const element of elements(document, name)) {
      const value = element.getAttribute("DefaultValue");
      if (value !== null) urls.push(value);
      for (const override of Array.from(element.getElementsByTagName("bt:Override"))) urls.push(override.getAttribute("Value") ?? "");
    }
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Defines the structural checks, for the repository's manifest and for a rewritten production one. */
function describeManifest(label: string, xml: string, baseUrl: string): void {
  describe(label, () => {
    const document = parse(xml);
    const resourceIds = resources(document);

    test("version has four parts", () => {
      expect(only(document, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    });

    test("default locale zh-CN with en-US display name", () => {
      expect(only(document, "DefaultLocale").textContent).toBe("zh-CN");
      const overrides = Array.from(only(document, "DisplayName").getElementsByTagName("Override"));
      expect(overrides.map((override) => override.getAttribute("Locale"))).toContain("en-US");
    });

    test("every resid resolves to a resource of its kind", () => {
      const references = residReferences(document);
      expect(references.length).toBeGreaterThan(10);
      for (const { element, resid, kind } of references) {
        expect(`${element} ${resid} → ${resourceIds[kind].has(resid) ? kind : "missing"}`).toBe(`${element} ${resid} → ${kind}`);
      }
    });

    test("resource ids are unique and at most 32 characters", () => {
      const ids = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]
        .flatMap((group) => elements(document, group))
        .flatMap((group) => Array.from(group.children).map((child) => child.getAttribute("id") ?? ""));
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    });

    test("shared runtime ids match", () => {
      const runtime = only(document, "Runtime");
      expect(runtime.getAttribute("lifetime")).toBe("long");
      const runtimeId = runtime.getAttribute("resid");

      const page = only(document, "Page").getElementsByTagName("SourceLocation")[0];
      const functionFile = only(document, "FunctionFile");
      expect(page.getAttribute("resid")).toBe(runtimeId);
      expect(functionFile.getAttribute("resid")).toBe(runtimeId);

      const showTaskpane = elements(document, "Action").find((action) => action.getAttribute("xsi:type") === "ShowTaskpane");
      expect(showTaskpane?.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(runtimeId);
      expect(resourceIds.url.get(runtimeId ?? "")?.getAttribute("DefaultValue")).toBe(`${baseUrl}${OUTPUTS.taskpaneHtml}`);
    });

    test("requirement sets name the shared and functions runtimes", () => {
      const sets = elements(document, "Set").map((set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`);
      expect(sets).toContain("SharedRuntime 1.1");
      expect(sets).toContain("CustomFunctionsRuntime 1.3");
    });

    test("namespace is BUJIAO", () => {
      const namespaceId = only(document, "Namespace").getAttribute("resid") ?? "";
      const namespace = resourceIds.string.get(namespaceId);
      expect(namespace?.getAttribute("DefaultValue")).toBe("BUJIAO");
      expect(namespace?.getElementsByTagName("bt:Override").length).toBe(0);
    });

    test("all URLs are https under the base URL", () => {
      const urls = allUrls(document);
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) {
        expect(url.startsWith("https://")).toBe(true);
        expect(url.startsWith(baseUrl)).toBe(true);
      }
    });

    test("metadata URL has a zh-CN override the build emits", () => {
      const metadataId = only(document, "Metadata").getElementsByTagName("SourceLocation")[0].getAttribute("resid") ?? "";
      const metadata = resourceIds.url.get(metadataId);
      expect(metadata?.getAttribute("DefaultValue")).toBe(`${baseUrl}${OUTPUTS.functionsMetadata}`);

      const overrides = Array.from(metadata?.getElementsByTagName("bt:Override") ?? []);
      const zhCN = overrides.find((override) => override.getAttribute("Locale") === "zh-CN");
      expect(zhCN?.getAttribute("Value")).toBe(`${baseUrl}${OUTPUTS.functionsMetadataZhCN}`);
    });

    test("functions script URL names the functions bundle", () => {
      const scriptId = only(document, "Script").getElementsByTagName("SourceLocation")[0].getAttribute("resid") ?? "";
      expect(resourceIds.url.get(scriptId)?.getAttribute("DefaultValue")).toBe(`${baseUrl}${OUTPUTS.functionsScript}`);
    });

    test("icons exist in assets with their sizes", () => {
      const icons = [
        { url: only(document, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
        { url: only(document, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
        ...Array.from(resourceIds.image.entries()).map(([id, element]) => ({
          url: element.getAttribute("DefaultValue") ?? "",
          size: Number(/^Icon\.(\d+)x\d+$/.exec(id)?.[1]),
        })),
      ];
      for (const { url, size } of icons) {
        const relative = url.slice(baseUrl.length);
        expect(relative.startsWith(`${OUTPUTS.assetsDir}/`)).toBe(true);
        const file = path.join(ROOT, "assets", relative.slice(OUTPUTS.assetsDir.length + 1));
        expect(fs.existsSync(file)).toBe(true);
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    });

    test("ribbon icons have the required sizes", () => {
      for (const icon of elements(document, "Icon")) {
        const sizes = Array.from(icon.getElementsByTagName("bt:Image")).map((image) => image.getAttribute("size"));
        expect(sizes).toEqual(expect.arrayContaining(["16", "32", "80"]));
      }
    });
  });
}

describeManifest("manifest.xml", MANIFEST_XML, DEV_BASE_URL);
describeManifest("manifest.xml rewritten for production", rewriteManifest(MANIFEST_XML, PRODUCTION_BASE), PRODUCTION_BASE);

describe("assets", () => {
  test.each([16, 32, 64, 80, 128])("icon-%i.png is a PNG of its size", (size) => {
    expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe("resolveBaseUrl", () => {
  test("defaults to the dev server", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("  ")).toBe("https://localhost:3000/");
  });

  test("adds the trailing slash", () => {
    expect(resolveBaseUrl("https://addins.example.com/bujiao")).toBe("https://addins.example.com/bujiao/");
  });

  test("rejects http and non-URLs", () => {
    expect(() => resolveBaseUrl("http://addins.example.com/")).toThrow(/https/);
    expect(() => resolveBaseUrl("addins.example.com")).toThrow(/not a URL/);
    expect(() => resolveBaseUrl("https://addins.example.com/?v=1")).toThrow(/query/);
  });

  test("rewrite leaves no dev URL behind", () => {
    const rewritten = rewriteManifest(MANIFEST_XML, PRODUCTION_BASE);
    expect(rewritten).not.toContain("https://localhost");
    expect(rewritten.split(PRODUCTION_BASE).length).toBe(MANIFEST_XML.split(DEV_BASE_URL).length);
  });
});

const DIST = path.join(ROOT, "dist");
const distBuilt = fs.existsSync(path.join(DIST, OUTPUTS.manifest));

// These run after `npm run build` (npm test builds first) and are skipped, visibly, when dist/ is missing.
(distBuilt ? describe : describe.skip)("dist after npm run build", () => {
  test("every manifest URL names a built file", () => {
    const document = parse(fs.readFileSync(path.join(DIST, OUTPUTS.manifest), "utf8"));
    const base = resolveBaseUrl(process.env.ADDIN_BASE_URL);
    for (const url of allUrls(document)) {
      const relative = url.startsWith(base) ? url.slice(base.length) : url;
      expect(`${relative}: ${fs.existsSync(path.join(DIST, relative)) ? "built" : "missing"}`).toBe(`${relative}: built`);
    }
  });
});
