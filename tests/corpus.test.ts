// The real-code corpus (issue 7): lints several thousand files of pinned npm packages that handle AWS credentials
// (bench/corpus.js, installed from the npm registry on first use) with `strict`, and asserts zero crashes and that
// every finding is listed, with a reviewed one-line reason, in tests/corpus-expectations.json.
// To review: `npm run corpus:findings` (prints message text only), `-- --write` to regenerate the file.
// Then code that has nothing to do with AWS credentials (the `npm run bench -- --ordinary` corpus: dev dependencies
// pinned by the root lockfile): there, any finding is a false positive.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../bench/corpus.js';
import { CORPUS_DIR, ensureCorpus, ordinaryCorpus } from '../bench/corpus.js';
import type { Totals } from '../bench/lint.js';
import { findingKey, lintCorpus } from '../bench/lint.js';
import plugin from '../src/index.js';
import { checkFixes } from './soundness.js';

interface Expectation {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  messageId: string | null;
  reason: string;
}

const expectations = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'corpus-expectations.json'), 'utf8')) as { findings: Expectation[] };
const REGENERATE = 'Review with `npm run corpus:findings`, regenerate with `npm run corpus:findings -- --write` and give each finding a one-line reason.';

let manifest: Manifest;
let totals: Totals;

beforeAll(async () => {
  // A registry download the first time (bench/package-lock.json), then a copy in bench/corpus/.
  manifest = ensureCorpus({ log: (line) => console.log(line) });
  totals = await lintCorpus('strict', manifest.files, { plugin: plugin as never });
}, 900_000);

describe('real-code corpus, strict config', () => {
  it('is the corpus we think it is (several thousand files, JS and TS)', () => {
    expect(manifest.files.length).toBeGreaterThan(3000);
    expect(totals.files).toBe(manifest.files.length);
    expect(manifest.files.filter((file) => file.kind === 'typescript').length).toBeGreaterThan(300);
  });

  it('has no rule crash', () => {
    expect(totals.crashes).toEqual([]);
  });

  it('parses every file (a parse error here is a corpus or config problem, not a rule crash)', () => {
    expect(totals.parseErrors).toEqual([]);
  });

  it('reports only findings listed in tests/corpus-expectations.json', () => {
    const listed = new Set(expectations.findings.map((entry) => findingKey(entry.file, entry)));
    const unexplained = totals.results.flatMap((result) =>
      result.messages.filter((message) => !listed.has(findingKey(result.file, message))).map((message) => `${findingKey(result.file, message)}: ${message.message}`),
    );
    expect(unexplained, `new corpus findings. ${REGENERATE}`).toEqual([]);
  });

  it('has a reviewed one-line reason for every listed finding, and no listed finding that is gone', () => {
    const present = new Set(totals.results.flatMap((result) => result.messages.map((message) => findingKey(result.file, message))));
    const unreviewed = expectations.findings.filter((entry) => !entry.reason.trim() || entry.reason.startsWith('UNREVIEWED') || entry.reason.includes('\n'));
    expect(unreviewed.map((entry) => findingKey(entry.file, entry)), `findings without a reviewed reason. ${REGENERATE}`).toEqual([]);
    const gone = expectations.findings.filter((entry) => !present.has(findingKey(entry.file, entry)));
    expect(gone.map((entry) => findingKey(entry.file, entry)), `listed findings no longer reported. ${REGENERATE}`).toEqual([]);
  });

  it('applies every autofix and every suggestion on the corpus files with findings soundly', () => {
    for (const result of totals.results) {
      const kind = manifest.files.find((file) => file.path === result.file)?.kind ?? 'module';
      const code = fs.readFileSync(path.join(CORPUS_DIR, result.file), 'utf8');
      checkFixes(code, path.join(CORPUS_DIR, result.file), kind);
    }
  });
});

describe('ordinary code (nothing to do with credentials), strict config', () => {
  let ordinary: ReturnType<typeof ordinaryCorpus>;
  let ordinaryTotals: Totals;

  beforeAll(async () => {
    ordinary = ordinaryCorpus();
    ordinaryTotals = await lintCorpus('strict', ordinary.files, { cwd: ordinary.cwd, plugin: plugin as never });
  }, 900_000);

  it('is the corpus we think it is (hundreds of files of parsers, linters, validators and servers)', () => {
    expect(ordinary.files.length).toBeGreaterThan(500);
    expect(ordinaryTotals.files).toBe(ordinary.files.length);
  });

  it('has no rule crash and no parse error', () => {
    expect(ordinaryTotals.crashes).toEqual([]);
    expect(ordinaryTotals.parseErrors).toEqual([]);
  });

  it('reports nothing', () => {
    const findings = ordinaryTotals.results.flatMap((result) => result.messages.map((message) => `${findingKey(result.file, message)}: ${message.message}`));
    expect(findings).toEqual([]);
  });
});
