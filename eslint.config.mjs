// ESLint flat config (ESLint 9, typescript-eslint 8). `npm run lint` checks src and test.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOMAIN_MESSAGE =
  'src/domain is the pure core (ARCHITECTURE.md, house rule 1): it imports nothing from Office, ' +
  'React, Fluent UI, HyperFormula, Node, or the shells around it.';

// Every Node built-in, bare and with the node: prefix (fs, path, crypto, …).
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

const domainRestrictedImports = {
  paths: ['react', 'react-dom', 'office-js', 'hyperformula', ...NODE_BUILTINS].map((name) => ({
    name,
    message: DOMAIN_MESSAGE,
  })),
  patterns: [
    {
      group: [
        'react/*',
        'react-dom/*',
        '@fluentui/*',
        'office-js/*',
        '@types/office-js',
        'hyperformula/*',
        'node:*',
        ...NODE_BUILTINS.map((name) => `${name}/*`),
      ],
      message: DOMAIN_MESSAGE,
    },
    {
      // The shells: src/functions, src/workbook, src/taskpane (and src/sheets, src/cli), by
      // any relative path.
      group: ['functions', 'workbook', 'taskpane', 'sheets', 'cli'].flatMap((shell) => [
        `**/${shell}`,
        `**/${shell}/**`,
      ]),
      message: DOMAIN_MESSAGE,
    },
  ],
};

// The models live in src/domain/models (ARCHITECTURE.md); the old home must not come back.
const NO_SHEET_MODEL = {
  group: ['**/sheets/*/model', '**/sheets/*/model.ts'],
  message: 'The models live in src/domain/models (ARCHITECTURE.md, "Where each thing lives"), not in src/sheets/<kind>/model.',
};
domainRestrictedImports.patterns.push(NO_SHEET_MODEL);

// A model is plain data: besides the shells (above) it knows no text and no sheet layout.
const modelRestrictedImports = {
  paths: domainRestrictedImports.paths,
  patterns: [
    ...domainRestrictedImports.patterns,
    {
      group: ['text', 'export', 'formula'].flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]),
      message: 'src/domain/models holds the models only: it imports other domain files, never text, export or formula.',
    },
  ],
};

const domainRestrictedGlobals = [
  'Office',
  'Excel',
  'CustomFunctions',
  'OfficeExtension',
  'window',
  'document',
  'navigator',
  'localStorage',
  'fetch',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
].map((name) => ({ name, message: DOMAIN_MESSAGE }));

// The middle layers import downwards only (ARCHITECTURE.md, "Where each thing lives"): a sheet
// knows no workbook, a workbook no export, and none of them a shell.
const layer = (folder, forbidden, extra = []) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((other) => [`**/${other}`, `**/${other}/**`]),
            message: `src/${folder} may not import ${forbidden.join(', ')} (ARCHITECTURE.md: each folder imports only the layers below it).`,
          },
          NO_SHEET_MODEL,
          ...extra,
        ],
      },
    ],
  },
});

const SHELLS = ['taskpane', 'workbench', 'cli', 'help', 'report'];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'bench/results/', 'test-artifacts/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // Excel hands custom functions untyped cells (any[][], null for omitted arguments).
    files: ['src/functions/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Everywhere else (shells, tests, bench); the layer and domain blocks below repeat it in their own lists.
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SHEET_MODEL] }] },
  },
  layer('formula', ['workbook', 'export', 'functions', ...SHELLS]),
  // Inside src/sheets a model import is short ('./model', '../fye/model'): caught by its shape.
  layer('sheets', ['workbook', 'export', ...SHELLS], [{ regex: '^\\.{1,2}/([^/]+/)?model$', message: NO_SHEET_MODEL.message }]),
  layer('workbook', ['export', ...SHELLS]),
  layer('export', SHELLS),
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainRestrictedImports],
      'no-restricted-globals': ['error', ...domainRestrictedGlobals],
    },
  },
  {
    files: ['src/domain/models/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', modelRestrictedImports] },
  },
  {
    // Build scripts and configs are CommonJS for Node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The workbench's browser tests, server and benchmark: Node scripts whose page.evaluate
    // callbacks run inside Chromium, so both sets of globals are theirs.
    files: ['test/browser/**/*.{js,mjs}', 'scripts/serve-workbench.js', 'bench/workbench*.js', 'webpack.workbench.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
