// The pre-commit hook through Debian's `pre-commit`, as a user meets it: a git repository whose
// .pre-commit-config.yaml has the four lines from the README pointing at this repository, `pre-commit install`,
// then `git commit` of a staged missing-token mistake fails with our finding and passes after the fix.
//
// pre-commit installs hooks from a repository's committed tree, so the working tree of this checkout is copied
// into a temporary git repository and committed there: the test exercises the code as it is now, installed
// the way pre-commit installs every `language: node` hook (npm install, npm pack — our `prepack` builds dist/ —
// then `npm install -g` of the tarball, which brings only `dependencies` and auto-installed peers).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_TOKEN, MISSING_TOKEN_FIXED, ROOT } from '../cli/helpers.js';

const preCommitVersion = (() => {
  const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
})();
if (!preCommitVersion && process.env.CI) {
  // .ci/run installs it (.ci/install-debian-packages): in CI a missing pre-commit is a failure, not a skip.
  describe('pre-commit hook', () => {
    it('needs pre-commit in CI', () => {
      expect.fail('`pre-commit` is not installed although CI is set: .ci/install-debian-packages should have installed it');
    });
  });
} else if (!preCommitVersion) {
  console.warn('tests/e2e/pre-commit.test.ts: skipped, `pre-commit` is not installed (apt-get install pre-commit, as .ci/install-debian-packages does)');
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

let work = '';
let env: NodeJS.ProcessEnv = {};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
}

/** Runs a command, never throwing: the exit code and everything it printed. */
function run(cwd: string, command: string, args: string[]): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 540_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** This checkout's files: tracked and new ones, not what .gitignore lists (also in CI's copy without .git). */
function workingTreeFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status === 0 && existsSync(path.join(ROOT, '.git'))) return listed.stdout.split('\0').filter((file) => file !== '');
  // .ci/run's second pass runs in a copy of `git ls-files` without .git: everything but installed and built files.
  const skipped = new Set(['.git', 'node_modules', 'dist', 'coverage']);
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name) && name !== path.join('bench', 'corpus')) walk(name);
      } else if (!/^\.ci-eslint.*\.json$|\.tsbuildinfo$/u.test(entry.name)) {
        files.push(name);
      }
    }
  };
  walk('');
  return files;
}

describe.skipIf(!preCommitVersion)(`pre-commit hook (${preCommitVersion ?? 'pre-commit missing'})`, () => {
  let hookRepo = '';
  let rev = '';
  let userRepo = '';

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'aws-credentials-pre-commit-'));
    // HOME too: git and npm must not read the developer's configuration; npm keeps the shared cache.
    const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
    env = { ...process.env, ...GIT_ENV, HOME: work, PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'), npm_config_cache: npmCache };
    delete env.GIT_DIR;
    delete env.GIT_INDEX_FILE;

    // This checkout's working tree (tracked and new files, not what .gitignore lists) as a fresh repository.
    hookRepo = path.join(work, 'eslint-plugin-aws-credentials');
    mkdirSync(hookRepo);
    const files = workingTreeFiles();
    for (const file of files) {
      try {
        mkdirSync(path.dirname(path.join(hookRepo, file)), { recursive: true });
        cpSync(path.join(ROOT, file), path.join(hookRepo, file), { recursive: false });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet committed
      }
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'working tree');
    rev = git(hookRepo, 'rev-parse', 'HEAD').trim();

    // A polyglot user repository: the four lines of .pre-commit-config.yaml from the README.
    userRepo = path.join(work, 'user-repo');
    mkdirSync(userRepo);
    git(userRepo, 'init', '-q');
    writeFileSync(
      path.join(userRepo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: aws-credentials-lint\n`,
    );
    writeFileSync(path.join(userRepo, 'app.py'), 'print("hello")\n');
    git(userRepo, 'add', '-A');
    git(userRepo, 'commit', '-q', '-m', 'initial');
    const installed = run(userRepo, 'pre-commit', ['install']);
    expect(installed.code, installed.output).toBe(0);
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('blocks the commit of a missing session token, then lets the fixed file through', () => {
    mkdirSync(path.join(userRepo, 'lambda'));
    writeFileSync(path.join(userRepo, 'lambda', 'handler.ts'), MISSING_TOKEN);
    writeFileSync(path.join(userRepo, 'lambda', 'job.mts'), MISSING_TOKEN);
    writeFileSync(path.join(userRepo, 'lambda', 'clean.js'), MISSING_TOKEN_FIXED);
    git(userRepo, 'add', '-A');

    // The first commit also installs the hook environment (npm install, build, pack, install -g).
    const blocked = run(userRepo, 'git', ['commit', '-m', 'add handler']);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toMatch(/aws-credentials-lint\.+Failed/u);
    expect(blocked.output).toMatch(/lambda\/handler\.ts\s+8:5\s+error\s+.*aws-credentials\/require-session-token/u);
    expect(blocked.output).toMatch(/lambda\/job\.mts\s+8:5\s+error\s+.*aws-credentials\/require-session-token/u);
    expect(blocked.output).not.toContain('clean.js');
    expect(git(userRepo, 'rev-list', '--count', 'HEAD').trim()).toBe('1');

    writeFileSync(path.join(userRepo, 'lambda', 'handler.ts'), MISSING_TOKEN_FIXED);
    writeFileSync(path.join(userRepo, 'lambda', 'job.mts'), MISSING_TOKEN_FIXED);
    git(userRepo, 'add', '-A');
    const passed = run(userRepo, 'git', ['commit', '-m', 'add handler']);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toMatch(/aws-credentials-lint\.+Passed/u);
    expect(git(userRepo, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect(readFileSync(path.join(userRepo, 'lambda', 'handler.ts'), 'utf8')).toBe(MISSING_TOKEN_FIXED);
  }, 600_000);

  it('is skipped for commits without JS or TS files', () => {
    writeFileSync(path.join(userRepo, 'app.py'), 'print("hello, world")\n');
    git(userRepo, 'add', '-A');
    const result = run(userRepo, 'git', ['commit', '-m', 'python only']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/aws-credentials-lint\.+\(no files to check\)Skipped/u);
  }, 120_000);
});
