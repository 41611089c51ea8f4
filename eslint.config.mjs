// office-addin-lint's recommended rules (Office add-in checks + prettier) and typescript-eslint's
// recommended rules, with the names and types TypeScript already checks left to it.
// package.json's overrides give eslint-plugin-office-addins the same typescript-eslint as ours: two
// copies register two different "@typescript-eslint" plugins, which ESLint refuses.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["lib/", "dist/", "coverage/", "test-output/", ".probe/", "node_modules/"] },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Word: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript resolves names (DOM, Node and Office types) better than ESLint's scope analysis
      "no-undef": "off",
      "no-unused-vars": "off",
      // prettier breaks code at 120; comments are wrapped by hand, and long strings (XML, HTML, messages) stay whole
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Node scripts in CommonJS
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
