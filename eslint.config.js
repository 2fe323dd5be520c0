import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A link off the site must not hand the other site a window.opener or our
// address: <a href="https://…" rel="noopener noreferrer">. Hrefs computed at
// run time are checked by the e2e test of external links.
const withoutNoopenerNoreferrer =
  ":not(:has(JSXAttribute[name.name='rel'] Literal[value=/(?=.*\\bnoopener\\b)(?=.*\\bnoreferrer\\b)/]))";
const externalLinkMessage = 'A link off the site needs rel="noopener noreferrer".';
const externalLinkRules = [
  {
    selector: `JSXOpeningElement[name.name=/^(a|Link)$/]:has(JSXAttribute[name.name=/^(href|to)$/] Literal[value=/^(https?:)?\\x2F\\x2F/i])${withoutNoopenerNoreferrer}`,
    message: externalLinkMessage,
  },
  {
    selector: `JSXOpeningElement:has(JSXAttribute[name.name='target'])${withoutNoopenerNoreferrer}`,
    message: externalLinkMessage,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.prerender',
      'node_modules',
      'src/routeTree.gen.ts',
      'test-results',
      'playwright-report',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...externalLinkRules],
    },
  },
);
