/** Jest runs the TypeScript sources through ts-jest without type checking (npm test runs tsc first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Generous: green with 8 busy processes on 2 cores, where a pane test runs ten times slower.
  // A test that hangs still fails; speed itself is measured in bench/, never asserted here.
  testTimeout: 180_000,
  // Jest's default is one worker fewer than the cores: on CI's two cores that is one, in band.
  // Two workers use both cores (measured: the rest of the suite in 4 min instead of 11).
  maxWorkers: '100%',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // The same exports, each chunk of Fluent's icons loaded on first use (test/support/fluent-icons-lazy.js).
    '^@fluentui/react-icons$': '<rootDir>/test/support/fluent-icons-lazy.js',
    '^hyperformula/i18n/languages/(.*)$': '<rootDir>/node_modules/hyperformula/commonjs/i18n/languages/$1',
  },
};
