/** Jest runs the TypeScript tests through ts-jest; type checking happens once, in `npm run lint`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
  },
};
