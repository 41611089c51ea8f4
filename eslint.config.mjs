// office-addin-lint's recommended rules (Office add-in checks + prettier), with the
// types TypeScript already checks left to it.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Word: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript resolves names (DOM, Node and Office types) better than ESLint's scope analysis
      "no-undef": "off",
      "no-unused-vars": "off",
    },
  },
];
