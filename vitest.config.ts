import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the console one, to print the closing "N passed, N failed" line.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Typed RuleTester cases build a TypeScript program; the first one takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
