/** Jest runs the TypeScript sources through ts-jest without type checking (npm test runs tsc first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Generous: green with 8 busy processes on 2 cores, where a pane test runs ten times slower.
  // A test that hangs still fails; speed itself is measured in bench/, never asserted here.
  testTimeout: 180_000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^hyperformula/i18n/languages/(.*)$': '<rootDir>/node_modules/hyperformula/commonjs/i18n/languages/$1',
  },
};
