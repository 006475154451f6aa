// The README's husky + lint-staged recipe, run for real: `husky init`, `.husky/pre-commit` running
// `npx lint-staged`, the lint-staged entry from the README; `git commit` of a staged missing-token mistake fails
// with our finding, the fixed file goes through. The project's node_modules links husky, lint-staged and this
// package (its bin included) as `npm install --save-dev` would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, MISSING_TOKEN, MISSING_TOKEN_FIXED, ROOT } from '../cli/helpers.js';

let work = '';
let env: NodeJS.ProcessEnv = {};

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: work, env, encoding: 'utf8' });
}
function run(command: string, args: string[]): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: work, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('husky + lint-staged recipe', () => {
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'aws-credentials-lint-staged-'));
    env = {
      ...process.env,
      HOME: work,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
      npm_config_cache: execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim(),
    };
    delete env.FORCE_COLOR; // vitest sets it; plain text to match
    env.NO_COLOR = '1';
    delete env.GIT_DIR;
    delete env.GIT_INDEX_FILE;

    const modules = path.join(work, 'node_modules');
    mkdirSync(path.join(modules, '.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(modules, 'eslint-plugin-aws-credentials'), 'dir');
    for (const name of ['husky', 'lint-staged']) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), 'dir');
    symlinkSync(BIN, path.join(modules, '.bin', 'aws-credentials-lint'));
    symlinkSync(path.join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'), path.join(modules, '.bin', 'lint-staged'));
    symlinkSync(path.join(ROOT, 'node_modules', 'husky', 'bin.js'), path.join(modules, '.bin', 'husky'));

    writeFileSync(
      path.join(work, 'package.json'),
      `${JSON.stringify({ name: 'app', private: true, 'lint-staged': { '*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}': 'aws-credentials-lint' } }, null, 2)}\n`,
    );
    writeFileSync(path.join(work, '.gitignore'), 'node_modules/\n');
    git('init', '-q');
    const init = run('npx', ['--no', 'husky', 'init']);
    expect(init.code, init.output).toBe(0);
    writeFileSync(path.join(work, '.husky', 'pre-commit'), 'npx lint-staged\n');
    git('add', '-A');
    git('commit', '-q', '--no-verify', '-m', 'initial');
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('blocks the commit of a missing session token, then lets the fixed file through', () => {
    mkdirSync(path.join(work, 'src'));
    writeFileSync(path.join(work, 'src', 'handler.ts'), MISSING_TOKEN);
    git('add', '-A');
    const blocked = run('git', ['commit', '-m', 'handler']);
    expect(blocked.code, blocked.output).not.toBe(0);
    expect(blocked.output).toMatch(/src\/handler\.ts\s+8:5\s+error\s+.*aws-credentials\/require-session-token/u);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    writeFileSync(path.join(work, 'src', 'handler.ts'), MISSING_TOKEN_FIXED);
    git('add', '-A');
    const passed = run('git', ['commit', '-m', 'handler']);
    expect(passed.code, passed.output).toBe(0);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect(readFileSync(path.join(work, 'src', 'handler.ts'), 'utf8')).toBe(MISSING_TOKEN_FIXED);
  }, 120_000);
});
