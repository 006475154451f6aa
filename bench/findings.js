// `npm run corpus:findings`: lints the corpus with `strict` and prints every finding (message text only, never the
// source line) with its reviewed reason from tests/corpus-expectations.json, or UNREVIEWED.
//
//   npm run corpus:findings              print
//   npm run corpus:findings -- --write   rewrite tests/corpus-expectations.json: keep the reasons of findings still
//                                        present, add new ones as "UNREVIEWED: …" (tests/corpus.test.ts fails until a
//                                        human replaces that with a one-line reason), drop the ones that are gone
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, ROOT } from './corpus.js';
import { findingKey, lintCorpus } from './lint.js';

const COMMENT =
  'Every finding of the strict config on the pinned corpus (bench/), with a one-line reason: a true positive, or why it is accepted. Regenerate with `npm run corpus:findings -- --write`, then replace each UNREVIEWED reason. tests/corpus.test.ts fails on a finding not listed here, on an UNREVIEWED reason and on a listed finding that is gone.';
const EXPECTATIONS = path.join(ROOT, 'tests/corpus-expectations.json');
const { values: args } = parseArgs({ options: { write: { type: 'boolean', default: false } } });

const manifest = ensureCorpus();
const totals = await lintCorpus('strict', manifest.files);
const current = fs.existsSync(EXPECTATIONS) ? JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8')) : { findings: [] };
const reasons = new Map(current.findings.map((entry) => [findingKey(entry.file, entry), entry.reason]));

const findings = [];
for (const result of totals.results) {
  for (const message of result.messages) {
    const reason = reasons.get(findingKey(result.file, message)) ?? `UNREVIEWED: ${message.message}`;
    findings.push({ file: result.file, line: message.line, column: message.column, ruleId: message.ruleId, messageId: message.messageId, reason });
    console.log(`${result.file}:${message.line}:${message.column}  ${message.ruleId} (${message.messageId})  ${message.message}${message.fix ? '  [autofix]' : ''}${message.suggestions ? `  [${message.suggestions} suggestion(s)]` : ''}\n    reason: ${reason}`);
  }
}
for (const crash of totals.crashes) console.log(`CRASH ${crash.file}: ${crash.message}`);
for (const error of totals.parseErrors) console.log(`PARSE ERROR ${error.file}:${error.line}: ${error.message}`);
const unreviewed = findings.filter((f) => f.reason.startsWith('UNREVIEWED')).length;
console.log(`\n${totals.files} files, ${findings.length} finding(s) (${unreviewed} unreviewed), ${totals.crashes.length} crash(es), ${totals.parseErrors.length} parse error(s)`);
for (const [ruleId, count] of Object.entries(totals.byRule).sort()) console.log(`  ${ruleId}: ${count}`);

if (args.write) {
  const stale = current.findings.length - findings.filter((f) => reasons.has(findingKey(f.file, f))).length;
  fs.writeFileSync(EXPECTATIONS, `${JSON.stringify({ $comment: current.$comment ?? COMMENT, findings }, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, EXPECTATIONS)}: ${findings.length} finding(s), ${unreviewed} to review, ${stale} dropped`);
}
