/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", esModuleInterop: true } }],
  },
  testTimeout: 60000,
  // the default summary, then each skipped test by name (what was not run and why)
  reporters: ["default", "<rootDir>/test/support/skipped-reporter.js"],
};
