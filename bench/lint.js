// The benchmark's and the corpus test's linting: configurations, ESLint per-file stats, crashes and parse errors.
// Used by bench/run.js (`npm run bench`), tests/corpus.test.ts, tests/large-file.test.ts and scripts/corpus-findings.js.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, ROOT } from './corpus.js';

export const CONFIGS = {
  parse: { label: 'parse only (no rules)', part: 'all' },
  empty: { label: 'one empty rule (ESLint traversal alone)', part: 'all' },
  recommended: { label: 'aws-credentials recommended', part: 'all' },
  strict: { label: 'aws-credentials strict', part: 'all' },
  'strict-create': { label: 'aws-credentials strict, create only (no listener runs)', part: 'all' },
  'strict-ts': { label: 'aws-credentials strict, TS part, no types', part: 'typescript' },
  'strict-typed': { label: 'aws-credentials strict, TS part, projectService', part: 'typescript' },
  'no-secrets': { label: 'eslint-plugin-no-secrets (no-secrets/no-secrets)', part: 'all' },
  sonarjs: { label: 'SonarJS 4 secret/logging rules', part: 'all' },
};
/** Flat config needs an explicit extension pattern before it lints .ts files. */
export const SOURCE_GLOB = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
const SONAR_RULES = ['no-hardcoded-secrets', 'no-hardcoded-passwords', 'confidential-information-logging', 'hardcoded-secret-signatures'];

/** Identifies a corpus finding in tests/corpus-expectations.json (the corpus is pinned, so positions are stable). */
export function findingKey(file, { line, column, ruleId, messageId }) {
  return `${file}:${line}:${column} ${ruleId} ${messageId}`;
}

/** Every k-th file, so a subset keeps the corpus's mix of packages and parsers. */
export function sample(files, limit) {
  if (!limit || limit >= files.length) return files;
  const step = files.length / limit;
  return Array.from({ length: limit }, (_, i) => files[Math.floor(i * step)]);
}

/** The ESLint config (flat) for one configuration and one parser group. */
export async function buildConfig(name, kind, plugin) {
  plugin ??= (await import(path.join(ROOT, 'dist/index.js'))).default;
  const language =
    kind === 'typescript'
      ? { languageOptions: { parser: (await import('@typescript-eslint/parser')).default, sourceType: 'module' } }
      : { languageOptions: { ecmaVersion: 'latest', sourceType: kind } };
  const base = { files: [SOURCE_GLOB], linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, ...language };
  switch (name) {
    case 'parse':
      return [base];
    case 'empty':
      // With any rule on, ESLint traverses the AST and runs code path analysis: the baseline for what rules add to wall time.
      return [base, { files: [SOURCE_GLOB], plugins: { 'bench-empty': { rules: { empty: EMPTY_RULE } } }, rules: { 'bench-empty/empty': 'error' } }];
    case 'recommended':
      return [base, { files: [SOURCE_GLOB], ...plugin.configs.recommended }];
    case 'strict':
    case 'strict-ts':
      return [base, { files: [SOURCE_GLOB], ...plugin.configs.strict }];
    case 'strict-create':
      // Every rule's `create` runs as usual (text gates, listener setup) and its listeners are dropped: what the
      // per-file checks cost apart from the analysis the listeners do.
      return [base, { files: [SOURCE_GLOB], ...plugin.configs.strict, plugins: { 'aws-credentials': createOnly(plugin) } }];
    case 'strict-typed':
      return [
        base,
        { files: [SOURCE_GLOB], ...plugin.configs.strict },
        { files: [SOURCE_GLOB], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: CORPUS_DIR } } },
      ];
    case 'no-secrets': {
      const { default: noSecrets } = await import('eslint-plugin-no-secrets');
      return [base, { files: [SOURCE_GLOB], plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];
    }
    case 'sonarjs': {
      const { default: sonarjs } = await import('eslint-plugin-sonarjs');
      return [base, { files: [SOURCE_GLOB], plugins: { sonarjs }, rules: Object.fromEntries(SONAR_RULES.map((rule) => [`sonarjs/${rule}`, 'error'])) }];
    }
    default:
      throw new Error(`unknown configuration ${name}`);
  }
}

/** The plugin with each rule's listeners dropped after `create` (for the `strict-create` configuration). */
function createOnly(plugin) {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [name, { ...rule, create: (context) => (rule.create(context), {}) }]),
  );
  return { ...plugin, rules };
}

/** A rule with no listeners. */
const EMPTY_RULE = { meta: { type: 'problem', schema: [] }, create: () => ({}) };

const HEAP_PROBE = 'bench-heap/probe';

/**
 * `--heap`: a rule that runs last on every file (`Program:exit`, after every other rule's listeners), forces a full
 * garbage collection and records the live heap. The peak over all files is what the file being linted, and anything
 * kept from earlier files, needs at most: unlike peak RSS, GC timing does not move it. Needs `node --expose-gc`; its
 * own time is left out of the totals.
 */
function heapProbe(totals) {
  const probe = {
    meta: { type: 'problem', schema: [] },
    create: () => ({
      'Program:exit'() {
        globalThis.gc();
        totals.liveHeapMb = Math.max(totals.liveHeapMb, process.memoryUsage().heapUsed / 1024 / 1024);
      },
    }),
  };
  return { files: [SOURCE_GLOB], plugins: { 'bench-heap': { rules: { probe } } }, rules: { [HEAP_PROBE]: 'error' } };
}

/**
 * Lints `files` (corpus-relative paths grouped by parser) with one configuration and returns the totals.
 * A rule exception makes ESLint throw; the group is then linted file by file so every crash is counted.
 */
export async function lintCorpus(name, files, { cwd = CORPUS_DIR, plugin, warmUp = 0, heap = false } = {}) {
  const { ESLint } = await import('eslint');
  const totals = { files: 0, parseMs: 0, rulesMs: 0, lintWallMs: 0, perRule: {}, findings: 0, byRule: {}, crashes: [], parseErrors: [], results: [] };
  if (heap) totals.liveHeapMb = 0;
  const groups = new Map();
  for (const file of files) {
    if (CONFIGS[name]?.part === 'typescript' && file.kind !== 'typescript') continue;
    groups.set(file.kind, [...(groups.get(file.kind) ?? []), file.path]);
  }
  for (const [kind, paths] of groups) {
    const config = await buildConfig(name, kind, plugin);
    if (heap) config.push(heapProbe(totals));
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
    // Warm-up (not counted): module loading and JIT compilation would otherwise land on the first files' times.
    if (warmUp) await eslint.lintFiles(paths.slice(0, warmUp)).catch(() => {});
    let results;
    // Wall time of the measured lint: what ESLint's per-rule stats leave out (selector matching, traversal) shows here.
    const started = performance.now();
    try {
      results = await eslint.lintFiles(paths);
    } catch {
      results = [];
      for (const file of paths) {
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          totals.crashes.push({ file, message: String(error?.message ?? error).split('\n').slice(0, 3).join(' ') });
        }
      }
    }
    totals.lintWallMs += performance.now() - started;
    for (const result of results) {
      totals.files += 1;
      for (const pass of result.stats?.times?.passes ?? []) {
        totals.parseMs += pass.parse?.total ?? 0;
        for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
          if (ruleId === HEAP_PROBE) continue;
          totals.rulesMs += time.total;
          totals.perRule[ruleId] = (totals.perRule[ruleId] ?? 0) + time.total;
        }
      }
      const relative = path.relative(cwd, result.filePath).split(path.sep).join('/');
      const messages = [];
      for (const message of result.messages) {
        if (message.ruleId == null) {
          if (message.fatal) totals.parseErrors.push({ file: relative, line: message.line, message: message.message });
          continue;
        }
        totals.findings += 1;
        totals.byRule[message.ruleId] = (totals.byRule[message.ruleId] ?? 0) + 1;
        // Message text only: never the source line, which could hold a secret.
        messages.push({ ruleId: message.ruleId, messageId: message.messageId ?? null, line: message.line, column: message.column, message: message.message, fix: Boolean(message.fix), suggestions: message.suggestions?.length ?? 0 });
      }
      if (messages.length) totals.results.push({ file: relative, messages });
    }
  }
  return totals;
}

/** A generated webpack-style bundle of at least `bytes`: real corpus modules wrapped in function scopes. */
export function generateBundle(files, bytes = 5 * 1024 * 1024) {
  const chunks = ['(() => { var __modules = {'];
  let size = 0;
  let id = 0;
  const cjs = files.filter((file) => file.kind === 'commonjs');
  while (size < bytes) {
    for (const file of cjs) {
      const text = fs.readFileSync(path.join(CORPUS_DIR, file.path), 'utf8').replace(/^#!.*/u, '');
      const chunk = `\n/* ${file.path} */ ${id++}: function (module, exports, require) {\n${text}\n},`;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= bytes) break;
    }
  }
  chunks.push('\n}; })();\n');
  return chunks.join('');
}
