// @ts-check
/**
 * Lint: typescript-eslint's type-checked rules on every TypeScript file, the rule that keeps
 * src/lib pure (no astro:* modules, no DOM, no clock: "now" is always an argument), and the one
 * that keeps tooling (scripts/) from importing tests.
 * .astro files are type-checked by `astro check`. Formatting is checked by Prettier in `npm run lint`.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Formatting is Prettier's job (`npm run format`); this turns off the rules that would disagree.
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tooling never imports tests: scripts/ may import scripts/quality/ (and src/), tests import both.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**', '../tests/*', '../../tests/*'],
              message: 'scripts/ never imports tests/: move what both need to scripts/quality/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*'], message: 'src/lib is pure: read collections in src/data.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/lib has no DOM.' },
        { name: 'window', message: 'src/lib has no DOM.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/lib has no clock: take "now" as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/lib has no clock: take "now" as an argument.',
        },
      ],
    },
  },
  {
    // src/lib/shared/ is bundled into client scripts: no packages, nothing from outside the folder.
    files: ['src/lib/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message:
                'src/lib/shared is imported by the browser: import only from this folder ("./…"), never a package.',
            },
          ],
        },
      ],
    },
  },
);
