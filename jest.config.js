// Two projects: fast unit tests (core, functions, CLI, workbook adapters, pane components under jsdom) and
// browser tests that drive Debian's Chromium over the built bundle in dist/.
/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js" },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout: 120000,
    },
  ],
};
