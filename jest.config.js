/** Jest runs the TypeScript tests through ts-jest; tsconfig's isolatedModules makes it transpile only, and type checking happens once, in `npm run lint`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  setupFiles: ['<rootDir>/tests/support/testEnvironment.ts'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
  },
};
