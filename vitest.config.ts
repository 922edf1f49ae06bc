import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts', 'tests/e2e/build-app.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A browser on a loaded 2-core CI machine can take seconds to redraw; vitest's default poll gives up after 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
    // Integration files share one Neo4j and wipe it per file; running files one at a time keeps them apart.
    fileParallelism: false,
  },
});
