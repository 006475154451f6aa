import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');

describe('consumer typing', () => {
  it('type-checks the plugin inside defineConfig([...]) and as an ESLint.Plugin', () => {
    // tsc exits non-zero with the diagnostics on stdout when the consumer file does not type-check.
    const run = (): string =>
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tests/consumer/tsconfig.json')], {
        encoding: 'utf8',
      });
    expect(run).not.toThrow();
  });
});
