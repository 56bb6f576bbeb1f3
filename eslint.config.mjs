import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** The core stays platform-neutral and free of I/O, so it can be tested as plain functions. */
const coreBoundary = {
  files: ['src/core/**/*.ts', 'src/content/**/*.ts', 'src/speech/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['ask-sdk*', 'express', '@google-cloud/*', '@aws-sdk/*'],
            message: 'Platform code stays in src/platforms.',
          },
          {
            group: ['fs', 'node:*', 'http', 'https', 'net', 'child_process'],
            message: 'The core does no I/O.',
          },
          {
            group: ['**/platforms/**', '**/server/**'],
            message: 'The core does not know its callers.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'coverage',
      'interaction-models/alexa',
      'interaction-models/dialogflow',
      '.esbuild',
      '.data',
      '.serverless',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  coreBoundary,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The page's own script runs in the browser, as a module.
    files: ['web/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  prettier,
);
