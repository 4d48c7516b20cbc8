// Formatter and linter for the web UI's JavaScript (ADR 0015): ESLint's recommended checks plus
// stylistic rules that describe the style the code is already written in. `npm run lint` checks,
// `npm run format` fixes what can be fixed (whitespace, quotes, semicolons, commas); neither
// rewraps lines, so a fix never turns into a diff of the whole file.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';

export default [
  { ignores: ['**/target/**', 'node_modules/**'] },
  {
    files: ['app/src/main/webapp/ui/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@stylistic': stylistic },
    rules: {
      ...js.configs.recommended.rules,
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      'no-restricted-syntax': ['error',
        // Text goes into the DOM as text; HTML only as renderMarkdown()'s sanitised DOM (docs/web-ui.md).
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Build DOM with h(); Markdown through renderMarkdown().' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Build DOM with h().' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with h().' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Build DOM with h().' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',

      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: false, offsetTernaryExpressions: false }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/comma-spacing': 'error',
      '@stylistic/key-spacing': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      '@stylistic/arrow-spacing': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/object-curly-spacing': ['error', 'always'],
      '@stylistic/array-bracket-spacing': ['error', 'never'],
      '@stylistic/space-in-parens': ['error', 'never'],
      '@stylistic/block-spacing': 'error',
      // Off: short branches are written 'if (a) { …; }' with 'else' on the next line, on purpose.
      '@stylistic/brace-style': 'off',
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxBOF: 0, maxEOF: 0 }],
      '@stylistic/no-tabs': 'error',
      '@stylistic/spaced-comment': ['error', 'always', { block: { balanced: true } }],
      '@stylistic/semi-spacing': 'error',
      '@stylistic/function-call-spacing': 'error',
      '@stylistic/no-extra-semi': 'error',
      '@stylistic/linebreak-style': ['error', 'unix'],
    },
  },
];
