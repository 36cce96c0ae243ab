import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: [".next/**", ".next-test/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "bench/**", "test-results/**"] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Reader pages link with plain <a>: full page loads served from cache and
      // less client JS (docs/decisions/0011-reader-page-speed.md).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // House rule: only lib/** touches the ORM.
    files: ["app/**", "components/**", "pages/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/lib/db*", "**/generated/prisma/**", "@prisma/*"], message: "Only lib/** may use the database; call a lib/ function." }] },
      ],
    },
  },
  {
    // The front's njs module: njs 0.7 loads built-ins with require() and has ES5 catch clauses.
    files: ["deploy/front/**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
);
