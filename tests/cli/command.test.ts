// The `aws-credentials-lint` command, run as a child process (`node bin/aws-credentials-lint.js`) in temporary
// folders without any ESLint configuration of their own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, MISSING_TOKEN, MISSING_TOKEN_FIXED, project, ROOT, runCli } from './helpers.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; column: number; severity: number; fatal?: boolean }>;
  errorCount: number;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tmp(files: Record<string, string>): string {
  const { dir, cleanup } = project(files);
  cleanups.push(cleanup);
  return dir;
}
const parse = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];
const relativeFiles = (dir: string, results: JsonResult[]): string[] => results.map((result) => path.relative(dir, result.filePath)).sort();
const findings = (dir: string, results: JsonResult[]): string[] =>
  results.flatMap((result) => result.messages.map((message) => `${path.relative(dir, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'}`)).sort();

const TSX = `${MISSING_TOKEN}\nexport function View({ name }: { name: string }) {\n  return <div title={name as string}>{name}</div>;\n}\n`;
const JSX_IN_JS = `${MISSING_TOKEN}\nexport const view = <div>hello</div>;\n`;
const CJS = `const { S3Client } = require('@aws-sdk/client-s3');
const { AssumeRoleCommand, STSClient } = require('@aws-sdk/client-sts');

exports.client = async function client() {
  const { Credentials } = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'app' }));
  return new S3Client({
    credentials: {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
    },
  });
};
`;
const TS_ONLY = `${MISSING_TOKEN}\ninterface Shape { readonly size: number }\nexport const shape = <Shape>{ size: 1 };\nexport const sized = shape satisfies Shape;\n`;

describe('aws-credentials-lint', () => {
  it('lints every JS and TS extension with no eslint.config.js, JSX where it belongs, and exits 1 on findings', async () => {
    const files = Object.fromEntries(['a.js', 'b.mjs', 'd.jsx', 'e.ts', 'f.mts'].map((name) => [`src/${name}`, MISSING_TOKEN]));
    const dir = tmp({ ...files, 'src/c.cjs': CJS, 'src/g.cts': CJS, 'src/h.tsx': TSX, 'src/i.js': JSX_IN_JS, 'src/j.ts': TS_ONLY, 'src/notes.md': MISSING_TOKEN, 'src/data.json': '{}' });
    const { code, stdout, stderr } = await runCli(['--format', 'json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const results = parse(stdout);
    expect(relativeFiles(dir, results)).toEqual(['a.js', 'b.mjs', 'c.cjs', 'd.jsx', 'e.ts', 'f.mts', 'g.cts', 'h.tsx', 'i.js', 'j.ts'].map((name) => `src/${name}`));
    // No parse error anywhere: the one finding per file is the missing token on `accessKeyId`.
    expect(findings(dir, results)).toEqual(
      relativeFiles(dir, results).map((file) => `${file}:${/\.c[jt]s$/u.test(file) ? '8:7' : '8:5'} aws-credentials/require-session-token`),
    );
  });

  it('exits 0 on clean files, on folders without JS, and prints nothing', async () => {
    const dir = tmp({ 'ok.ts': MISSING_TOKEN_FIXED, 'docs/readme.md': '# hi\n' });
    expect(await runCli([], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await runCli(['docs'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('skips node_modules, build output and what .gitignore lists, also when such files are named explicitly', async () => {
    const dir = tmp({
      'src/app.js': MISSING_TOKEN,
      ...Object.fromEntries(['node_modules/x', 'dist', 'build', 'out', 'coverage', '.next', 'cdk.out', 'packages/a/dist'].map((folder) => [`${folder}/index.js`, MISSING_TOKEN])),
      'generated/client.ts': MISSING_TOKEN,
      'scratch.js': MISSING_TOKEN,
      '.gitignore': '# generated\n/generated/\nscratch.js\n',
    });
    const all = await runCli(['--format', 'json'], dir);
    expect(relativeFiles(dir, parse(all.stdout))).toEqual(['src/app.js']);
    // pre-commit passes staged files one by one, ignored ones included: they are skipped without a warning.
    const named = await runCli(['--format', 'json', 'dist/index.js', 'generated/client.ts', 'scratch.js', 'src/app.js'], dir);
    expect(named.code).toBe(1);
    expect(findings(dir, parse(named.stdout))).toEqual(['src/app.js:8:5 aws-credentials/require-session-token']);
  });

  it("ignores the user's eslint.config.js unless --config names it", async () => {
    const dir = tmp({
      'app.js': MISSING_TOKEN,
      // A config that would fail to load (and would turn the rule off): the command must not read it.
      'eslint.config.js': "import missing from 'no-such-package';\nexport default [missing];\n",
      'warn.config.mjs': `import plugin from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))};\nexport default [{ plugins: { 'aws-credentials': plugin }, rules: { 'aws-credentials/require-session-token': 'warn' } }];\n`,
    });
    expect((await runCli([], dir)).code).toBe(1);
    const warned = await runCli(['--config', 'warn.config.mjs'], dir);
    expect(warned.stdout).toContain('warning');
    expect(warned.code).toBe(0);
    // --max-warnings N: more than N warnings fail the run; --quiet hides them.
    expect((await runCli(['--config', 'warn.config.mjs', '--max-warnings', '1'], dir)).code).toBe(0);
    const tooMany = await runCli(['--config', 'warn.config.mjs', '--max-warnings', '0'], dir);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/too many warnings \(1, at most 0 allowed\)/u);
    expect(await runCli(['--config', 'warn.config.mjs', '--quiet'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    // The user's broken config is an error once asked for: one line, exit 2.
    const broken = await runCli(['--config', 'eslint.config.js'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("does not fail on users' disable comments for rules of other plugins", async () => {
    const dir = tmp({
      'app.ts': `// eslint-disable-next-line react-hooks/exhaustive-deps, no-console\nconsole.log(1);\n/* eslint-disable @typescript-eslint/no-explicit-any */\nexport const x: any = 1;\n`,
    });
    expect(await runCli([], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix writes the fix, --fix-dry-run only reports what would remain', async () => {
    const dir = tmp({ 'a.ts': MISSING_TOKEN, 'b.js': MISSING_TOKEN });
    const dry = await runCli(['--fix-dry-run', '--format', 'json', 'a.ts'], dir);
    expect(dry.code).toBe(0);
    expect(parse(dry.stdout)[0]?.messages).toEqual([]);
    expect(parse(dry.stdout)[0]).not.toHaveProperty('output'); // never the whole file text
    expect(readFileSync(path.join(dir, 'a.ts'), 'utf8')).toBe(MISSING_TOKEN);
    expect(await runCli(['--fix'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'a.ts'), 'utf8')).toBe(MISSING_TOKEN_FIXED);
    expect(readFileSync(path.join(dir, 'b.js'), 'utf8')).toBe(MISSING_TOKEN_FIXED);
  });

  it('--strict runs the strict config', async () => {
    const dir = tmp({ 'a.js': MISSING_TOKEN });
    const { code, stdout } = await runCli(['--strict', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(findings(dir, parse(stdout))).toContain('a.js:8:5 aws-credentials/require-session-token');
  });

  it('prints stylish output by default, with the rule id and position', async () => {
    const dir = tmp({ 'a.js': MISSING_TOKEN });
    const { code, stdout } = await runCli([], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(path.join(dir, 'a.js'));
    expect(stdout).toMatch(/8:5\s+error\s+.+aws-credentials\/require-session-token/u);
    expect(stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('reports a file that does not parse (exit 1), and a file it cannot read in one line (exit 2)', async () => {
    const dir = tmp({ 'broken.ts': 'export const = ;\n' });
    const parsed = await runCli(['--format', 'json'], dir);
    expect(parsed.code).toBe(1);
    expect(parse(parsed.stdout)[0]?.messages[0]).toMatchObject({ ruleId: null, fatal: true });
    execFileSync('ln', ['-s', 'missing-target.js', path.join(dir, 'link.js')]);
    const unreadable = await runCli([], dir);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toBe('');
    expect(unreadable.stderr).toBe('aws-credentials-lint: cannot read link.js: no such file (a broken link?)\n');
  });

  it.each([
    [['--frobnicate'], "aws-credentials-lint: Unknown option '--frobnicate'"],
    [['no/such/path'], 'aws-credentials-lint: no such file or directory: no/such/path'],
    [['--format', 'xml'], "aws-credentials-lint: unknown format 'xml': use stylish, json, sarif"],
    [['--max-warnings', 'many'], "aws-credentials-lint: --max-warnings takes a whole number, not 'many'"],
    [['--format'], "aws-credentials-lint: Option '-f, --format <value>' argument missing"],
    [['--config', 'nope.js'], 'aws-credentials-lint: no such config file: nope.js'],
    [['--fix', '--fix-dry-run'], 'aws-credentials-lint: use either --fix or --fix-dry-run, not both'],
  ])('%j is a usage error: exit 2, one line on stderr, no stack', async (args, reason) => {
    const dir = tmp({ 'a.js': MISSING_TOKEN });
    const { code, stdout, stderr } = await runCli(args, dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${reason} (see aws-credentials-lint --help)\n`);
  });

  it('--version and --help', async () => {
    const dir = tmp({});
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const shown = await runCli(['--version'], dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`^aws-credentials-lint ${version.replace(/\./gu, '\\.')} \\(eslint-plugin-aws-credentials, ESLint \\d+\\.\\d+\\.\\d+\\)\\n$`, 'u'));
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(0);
    for (const option of ['--fix', '--fix-dry-run', '--format', '--strict', '--quiet', '--max-warnings', '--config', '--version', '--help', 'Exit codes']) {
      expect(help.stdout).toContain(option);
    }
  });

  it('is the package bin', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(path.resolve(ROOT, pkg.bin['aws-credentials-lint'] ?? '')).toBe(BIN);
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', '.pre-commit-hooks.yaml']));
  });

  // The progress line needs stderr to be a terminal: `script` gives the command a pseudo-terminal.
  const script = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!script)('shows a progress line on a terminal for many files, never when stderr is a pipe', async (context) => {
    void context;
    const many = Object.fromEntries(Array.from({ length: 250 }, (_, index) => [`src/m${index}.js`, index === 7 ? MISSING_TOKEN : `export const n${index} = ${index};\n`]));
    const dir = tmp(many);
    const piped = await runCli([], dir);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toBe('');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --format json > out.json`;
    let transcript = '';
    let code = 0;
    try {
      transcript = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      transcript = String((error as { stdout?: string }).stdout ?? '');
      code = (error as { status?: number }).status ?? -1;
    }
    expect(code).toBe(1);
    expect(transcript).toContain('aws-credentials-lint: linting 100/250 files');
    expect(transcript).toContain('aws-credentials-lint: linted 250 files.');
    const results = parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(results).toHaveLength(250);
    expect(findings(dir, results)).toEqual(['src/m7.js:8:5 aws-credentials/require-session-token']);
  });
});
