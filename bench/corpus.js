// The real-code corpus: pinned npm packages (bench/package.json + lockfile) that handle AWS credentials for a living.
// `ensureCorpus()` installs them into bench/node_modules (git-ignored) when missing and copies the source files we
// lint into bench/corpus/<package>/<dir>/ (git-ignored), with a manifest saying how each file is parsed.
// Used by bench/run.js (`npm run bench`), tests/corpus.test.ts and scripts that print corpus findings.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const BENCH_DIR = import.meta.dirname;
export const ROOT = path.join(BENCH_DIR, '..');
export const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const MODULES = path.join(BENCH_DIR, 'node_modules');
const MANIFEST = path.join(CORPUS_DIR, 'manifest.json');

/**
 * What we lint: `[package glob, source dirs or files]`. Declarations (`.d.ts`, `.d.mts`), source maps, vendored bundles
 * and tests are left out; `dist/`-only packages are kept (this is what real JavaScript looks like).
 */
export const CORPUS_SPEC = [
  ['aws-sdk', ['lib', 'clients']],
  ['@aws-sdk/*', ['dist-es', 'dist-cjs']],
  ['@smithy/*', ['dist-es', 'dist-cjs']],
  ['@aws-amplify/core', ['src', 'dist']],
  ['@aws-amplify/auth', ['src', 'dist']],
  ['amazon-cognito-identity-js', ['src', 'lib', 'es']],
  ['aws4', ['aws4.js', 'lru.js']],
  ['aws4fetch', ['dist']],
  ['minio', ['src', 'dist']],
  ['kafkajs', ['src']],
  ['mongodb', ['src', 'lib']],
];

const SOURCE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/u;
const DECLARATION = /\.d\.[cm]?ts$/u;
const SKIP_DIR = new Set(['node_modules', '__tests__', '__mocks__', 'test', 'tests']);
const ESM_SYNTAX = /^[ \t]*(?:import[\s{*'"]|export[\s{*])/mu;

/** `module` | `commonjs` | `typescript` for a corpus file. */
function kindOf(file, text) {
  if (/\.[cm]?tsx?$/u.test(file)) return 'typescript';
  if (file.endsWith('.mjs')) return 'module';
  if (file.endsWith('.cjs')) return 'commonjs';
  return ESM_SYNTAX.test(text) ? 'module' : 'commonjs';
}

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(BENCH_DIR, 'package-lock.json'))).update(JSON.stringify(CORPUS_SPEC)).digest('hex').slice(0, 16);
}

function expandPackages(glob) {
  if (!glob.endsWith('/*')) return fs.existsSync(path.join(MODULES, glob)) ? [glob] : [];
  const scope = glob.slice(0, -2);
  const dir = path.join(MODULES, scope);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort().map((name) => `${scope}/${name}`) : [];
}

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name)) walk(full, out);
    } else if (SOURCE.test(entry.name) && !DECLARATION.test(entry.name) && !/\.(?:spec|test)\.[cm]?[jt]sx?$/u.test(entry.name)) {
      out.push(full);
    }
  }
}

/** Installs the pinned corpus if missing (npm registry download), copies it to bench/corpus/ and returns the manifest. */
export function ensureCorpus({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const hash = lockHash();
  if (fs.existsSync(MANIFEST)) {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
    if (manifest.hash === hash) return manifest;
  }
  // (Re)install when bench/node_modules is missing or was installed from another lockfile.
  const lock = crypto.createHash('sha256').update(fs.readFileSync(path.join(BENCH_DIR, 'package-lock.json'))).digest('hex');
  const installed = path.join(MODULES, '.corpus-lock-sha256');
  if (!fs.existsSync(installed) || fs.readFileSync(installed, 'utf8') !== lock) {
    log('corpus: installing the pinned packages from bench/package-lock.json (npm ci) …');
    execFileSync('npm', ['ci', '--prefix', BENCH_DIR, '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
    fs.writeFileSync(installed, lock);
  }
  fs.rmSync(CORPUS_DIR, { recursive: true, force: true });
  const files = [];
  for (const [glob, parts] of CORPUS_SPEC) {
    for (const pkg of expandPackages(glob)) {
      for (const part of parts) {
        const from = path.join(MODULES, pkg, part);
        if (!fs.existsSync(from)) continue;
        const found = [];
        if (fs.statSync(from).isDirectory()) walk(from, found);
        else found.push(from);
        for (const file of found) {
          const rel = path.relative(MODULES, file);
          const to = path.join(CORPUS_DIR, rel);
          fs.mkdirSync(path.dirname(to), { recursive: true });
          const text = fs.readFileSync(file, 'utf8');
          fs.writeFileSync(to, text);
          files.push({ path: rel.split(path.sep).join('/'), kind: kindOf(file, text), bytes: Buffer.byteLength(text) });
        }
      }
    }
  }
  // The TypeScript part is type-checked as one project with the packages' own dependencies (bench/node_modules).
  fs.writeFileSync(
    path.join(CORPUS_DIR, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          esModuleInterop: true,
          types: [],
          typeRoots: ['../node_modules/@types'],
        },
        include: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
      },
      null,
      2,
    )}\n`,
  );
  const manifest = { hash, files };
  fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest)}\n`);
  const kinds = {};
  for (const file of files) kinds[file.kind] = (kinds[file.kind] ?? 0) + 1;
  log(`corpus: ${files.length} files in bench/corpus (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
  return manifest;
}

/**
 * `--ordinary`: code that has nothing to do with AWS credentials, for what the plugin costs on an ordinary project:
 * dev dependencies of this repository (pinned by the root package-lock.json, present after `npm ci`), linted in place.
 */
export const ORDINARY_SPEC = [
  ['eslint', ['lib']],
  ['@typescript-eslint/eslint-plugin', ['dist']],
  ['ajv', ['dist']],
  ['eslint-doc-generator', ['dist']],
  ['vscode-languageserver', ['lib']],
];

/** The files of the ordinary-code corpus, relative to the root node_modules (their `cwd`). */
export function ordinaryCorpus() {
  const cwd = path.join(ROOT, 'node_modules');
  const files = [];
  for (const [pkg, parts] of ORDINARY_SPEC) {
    for (const part of parts) {
      const from = path.join(cwd, pkg, part);
      if (!fs.existsSync(from)) throw new Error(`${path.relative(ROOT, from)} is missing: run npm ci first`);
      const found = [];
      walk(from, found);
      for (const file of found) {
        const text = fs.readFileSync(file, 'utf8');
        files.push({ path: path.relative(cwd, file).split(path.sep).join('/'), kind: kindOf(file, text), bytes: Buffer.byteLength(text) });
      }
    }
  }
  return { cwd, files };
}

if (import.meta.url === `file://${process.argv[1]}`) ensureCorpus();
