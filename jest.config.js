/** Jest runs the TypeScript sources through ts-jest without type checking (npm test runs tsc first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^hyperformula/i18n/languages/(.*)$': '<rootDir>/node_modules/hyperformula/commonjs/i18n/languages/$1',
  },
};
