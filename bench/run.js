// `npm run bench`: lints the real-code corpus (bench/corpus.js) with ESLint's per-file stats and prints, per
// configuration, files, parse ms, rules ms, the rules/parse ratio, findings, crashes, per-rule ms and peak RSS.
//
//   node bench/run.js                       every configuration on the whole corpus (the number for docs/performance.md)
//   node bench/run.js --limit 400           a sample of ~400 files (every k-th file), for a quick look while developing
//   node bench/run.js --configs parse,strict  only these configurations
//   node bench/run.js --large               also lint a generated 5 MB bundle (parse only vs strict)
//   node bench/run.js --json out.json       also write the raw numbers
//   node bench/run.js --runs 3              run every configuration 3 times, interleaved, and report the median run
//                                           (peak RSS moves by ±10 % between identical runs with GC timing)
//   node bench/run.js --ordinary            lint code that has nothing to do with credentials instead (dev dependencies
//                                           of this repository, bench/corpus.js ORDINARY_SPEC): the cost on an ordinary project
//   node bench/run.js --heap                also measure the peak live heap: a full GC at the end of every file
//                                           (slower; peak RSS then means little), a figure GC timing does not move
//
// Each configuration runs in its own child process, so peak RSS (process.resourceUsage().maxRSS) is its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, ROOT, ensureCorpus, ordinaryCorpus } from './corpus.js';
import { CONFIGS, generateBundle, lintCorpus, sample } from './lint.js';

const { values: args } = parseArgs({
  options: {
    configs: { type: 'string' },
    limit: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    large: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    ordinary: { type: 'boolean', default: false },
    child: { type: 'string' },
    files: { type: 'string' },
  },
});

async function child() {
  const name = args.child;
  const manifest = JSON.parse(fs.readFileSync(args.files, 'utf8'));
  const started = performance.now();
  const totals = await lintCorpus(name, manifest.files, { cwd: manifest.cwd ?? CORPUS_DIR, warmUp: manifest.warmUp ?? 40, heap: args.heap });
  delete totals.results;
  totals.wallMs = performance.now() - started;
  totals.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify(totals)}\n`);
}

function runChild(name, filesFile) {
  const flags = args.heap ? ['--expose-gc'] : [];
  const out = execFileSync(process.execPath, [...flags, path.join(import.meta.dirname, 'run.js'), '--child', name, '--files', filesFile, ...(args.heap ? ['--heap'] : [])], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString().trim().split('\n').at(-1));
}

const ms = (n) => Math.round(n).toLocaleString('en-US');

/** The run with the median rules/parse ratio (the median parse time with no rules), with the median peak RSS. */
function median(results, name) {
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const key = (r) => (name === 'parse' || name === 'empty' ? r.parseMs : r.rulesMs / r.parseMs);
  const target = middle(results.map(key));
  const chosen = results.find((r) => key(r) === target);
  return {
    ...chosen,
    maxRssMb: middle(results.map((r) => r.maxRssMb)),
    rssRunsMb: results.map((r) => Math.round(r.maxRssMb)),
    ...(chosen.liveHeapMb == null ? {} : { liveHeapMb: middle(results.map((r) => r.liveHeapMb)) }),
    runs: results.length,
  };
}
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(2)} %` : '–');

async function main() {
  if (args.ordinary && args.large) throw new Error('--large generates its bundle from the AWS corpus: run it without --ordinary');
  const manifest = args.ordinary ? ordinaryCorpus() : ensureCorpus();
  const limit = args.limit ? Number(args.limit) : undefined;
  const files = sample(manifest.files, limit);
  // The ordinary corpus has no TypeScript part.
  const defaults = Object.keys(CONFIGS).filter((name) => !(args.ordinary && CONFIGS[name].part === 'typescript'));
  const names = (args.configs ?? defaults.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!CONFIGS[name]) throw new Error(`unknown configuration ${name}; one of ${Object.keys(CONFIGS).join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-credentials-bench-'));
  const filesFile = path.join(tmp, 'files.json');
  fs.writeFileSync(filesFile, JSON.stringify({ files, ...(manifest.cwd ? { cwd: manifest.cwd } : {}) }));

  const kinds = {};
  for (const file of files) kinds[file.kind] = (kinds[file.kind] ?? 0) + 1;
  const eslintVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/eslint/package.json'), 'utf8')).version;
  console.log(`${args.ordinary ? 'ordinary code (not about credentials)' : 'corpus'}: ${files.length} files${limit ? ` (sample of ${manifest.files.length})` : ''}: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(`node ${process.version}, eslint ${eslintVersion}, ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}\n`);

  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, not ${args.runs}`);
  // Interleaved (parse, strict, parse, strict, …) so that a change in machine load reaches every configuration.
  const all = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const name of names) {
      process.stderr.write(`bench: ${name}${runs > 1 ? ` (run ${run} of ${runs})` : ''} …\n`);
      all[name].push(runChild(name, filesFile));
    }
  }
  const rows = Object.fromEntries(names.map((name) => [name, median(all[name], name)]));
  if (runs > 1) console.log(`${runs} runs per configuration: each row is the run with the median rules/parse ratio (parse only: median parse time); peak RSS is the median over the runs\n`);

  console.log('| configuration | files | parse ms | rules ms | rules/parse | lint wall ms | findings | crashes | parse errors | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, r] of Object.entries(rows)) {
    console.log(`| ${CONFIGS[name].label} | ${r.files} | ${ms(r.parseMs)} | ${ms(r.rulesMs)} | ${name === 'parse' || name === 'empty' ? '–' : pct(r.rulesMs, r.parseMs)} | ${ms(r.lintWallMs)} | ${r.findings} | ${r.crashes.length} | ${r.parseErrors.length} | ${ms(r.maxRssMb)} |`);
  }
  console.log('\n| configuration | rule | ms | % of parse | findings |');
  console.log('|---|---|---:|---:|---:|');
  for (const [name, r] of Object.entries(rows)) {
    for (const [ruleId, time] of Object.entries(r.perRule).sort((a, b) => b[1] - a[1])) {
      console.log(`| ${name} | ${ruleId} | ${time.toFixed(1)} | ${pct(time, r.parseMs)} | ${r.byRule[ruleId] ?? 0} |`);
    }
  }
  const budget = rows.strict ?? rows.recommended;
  if (budget) {
    const ratio = budget.rulesMs / budget.parseMs;
    console.log(`\nbudget: our rules ≤ 2 % of parse time without types — ${budget === rows.strict ? 'strict' : 'recommended'} is ${(100 * ratio).toFixed(2)} %: ${ratio <= 0.02 ? 'within budget' : 'OVER BUDGET'}`);
  }
  if (rows.strict && (rows.empty ?? rows.parse)) {
    // Everything the plugin adds, including what ESLint's per-rule stats leave out (selector matching, listener
    // dispatch), against a run with one empty rule (ESLint's traversal and code path analysis, which any rule turns
    // on); machine load moves it more than the ratio above.
    const base = rows.empty ?? rows.parse;
    const wall = rows.strict.lintWallMs / base.lintWallMs - 1;
    console.log(`wall time: strict ${ms(rows.strict.lintWallMs)} ms vs ${rows.empty ? 'one empty rule' : 'parse only'} ${ms(base.lintWallMs)} ms (${wall >= 0 ? '+' : ''}${(100 * wall).toFixed(1)} %)`);
  }
  if (rows.parse && rows.strict) {
    const extra = rows.strict.maxRssMb / rows.parse.maxRssMb - 1;
    const each = rows.strict.runs > 1 ? ` (runs: strict ${rows.strict.rssRunsMb.join(', ')}; parse only ${rows.parse.rssRunsMb.join(', ')})` : '';
    console.log(`memory: strict peak RSS ${ms(rows.strict.maxRssMb)} MB vs parse only ${ms(rows.parse.maxRssMb)} MB (${extra >= 0 ? '+' : ''}${(100 * extra).toFixed(1)} %, budget +5 %)${each}`);
    if (rows.strict.liveHeapMb != null && rows.parse.liveHeapMb != null) {
      const live = rows.strict.liveHeapMb / rows.parse.liveHeapMb - 1;
      console.log(`memory: strict peak live heap ${ms(rows.strict.liveHeapMb)} MB vs parse only ${ms(rows.parse.liveHeapMb)} MB (${live >= 0 ? '+' : ''}${(100 * live).toFixed(1)} %)`);
    }
  }
  for (const [name, r] of Object.entries(rows)) {
    for (const crash of r.crashes) console.log(`CRASH ${name}: ${crash.file}: ${crash.message}`);
    for (const error of r.parseErrors.slice(0, 5)) console.log(`parse error ${name}: ${error.file}:${error.line}: ${error.message}`);
  }

  if (args.large) {
    const bundleDir = path.join(CORPUS_DIR, '.large');
    fs.mkdirSync(bundleDir, { recursive: true });
    const bundle = generateBundle(manifest.files);
    fs.writeFileSync(path.join(bundleDir, 'bundle.js'), bundle);
    const largeFile = path.join(tmp, 'large.json');
    fs.writeFileSync(largeFile, JSON.stringify({ files: [{ path: '.large/bundle.js', kind: 'commonjs' }] }));
    console.log(`\nlarge file: generated bundle of ${(bundle.length / 1024 / 1024).toFixed(1)} MB (${bundle.split('\n').length} lines)`);
    console.log('| configuration | parse ms | rules ms | rules/parse | slowest rule | peak RSS MB |');
    console.log('|---|---:|---:|---:|---|---:|');
    for (const name of ['parse', 'strict']) {
      const r = runChild(name, largeFile);
      const [slowest, time] = Object.entries(r.perRule).sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
      console.log(`| ${CONFIGS[name].label} | ${ms(r.parseMs)} | ${ms(r.rulesMs)} | ${name === 'parse' ? '–' : pct(r.rulesMs, r.parseMs)} | ${slowest} ${time.toFixed(1)} ms | ${ms(r.maxRssMb)} |`);
      rows[`large-${name}`] = r;
    }
  }
  if (args.json) fs.writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await (args.child ? child() : main());
}
