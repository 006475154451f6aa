// Robustness (issue 7): a 5 MB generated bundle lints without a per-rule blow-up (measured with ESLint's own stats
// against parse time, and against a 1 MB bundle for linear scaling), and files ESLint cannot parse come back as parse
// errors, never as rule crashes. `npm run bench -- --large` measures the same on a bundle made of corpus modules.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Kind } from './soundness.js';
import { guard, strictConfig } from './soundness.js';

// Built at run time: no whole key id in the repository.
const KEY_ID = ['AS', 'IA', 'KZ4QW2M7HXR3TJ6B'].join('');

/** One bundled module full of credential shapes, so that every rule's pre-check passes and its analysis runs. */
function moduleText(i: number): string {
  return `/* ${i} */ ${i}: function (module, exports, require) {
  "use strict";
  var AWS = require('aws-sdk');
  var sts${i} = new AWS.STS();
  var config${i} = { region: 'eu-west-${i % 3}', retries: ${i % 7}, tags: ['a${i}', 'b${i}'], nested: { deep: { value: ${i} } } };
  function helper${i}(list) { return list.map(function (x) { return x * ${i}; }).filter(Boolean).reduce(function (a, b) { return a + b; }, 0); }
  exports.assume${i} = function (params, done) {
    sts${i}.assumeRole(params, function (err, data) {
      if (err) return done(err);
      var s3 = new AWS.S3({ accessKeyId: data.Credentials.AccessKeyId, secretAccessKey: data.Credentials.SecretAccessKey, sessionToken: data.Credentials.SessionToken });
      console.log('assumed', data.AssumedRoleUser && data.AssumedRoleUser.Arn, helper${i}([1, 2, 3]));
      done(null, s3, config${i});
    });
  };
  exports.env${i} = function () {
    return new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN);
  };
  exports.keyed${i} = { kind: 'fixture', id: '${i}', keyIdPrefix: '${KEY_ID.slice(0, 4)}' };
},`;
}

function bundle(bytes: number): string {
  const parts = ['(function (modules) { return modules; })({'];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const text = moduleText(i);
    parts.push(text);
    size += text.length;
  }
  parts.push('});\n');
  return parts.join('\n');
}

/**
 * Known per-rule blow-ups, reported to the rule owners (issue 7 report): measured and printed, not asserted, until fixed.
 */
const KNOWN_SUPERLINEAR: Record<string, string> = {
  // none open: no-malformed-credentials' per-read text scan (fixed in 282c534) and no-hardcoded-credentials' per-hint
  // node lookup (fixed in 8e2a650) were found here
};

interface Measure {
  parseMs: number;
  rulesMs: number;
  perRule: Record<string, number>;
  findings: number;
}

function measure(code: string, rules: boolean): Measure {
  const linter = new Linter({ configType: 'flat' });
  const config = rules ? strictConfig('commonjs') : [strictConfig('commonjs')[0]!];
  const messages = guard('linting the generated bundle', code.slice(0, 2000), () => linter.verifyAndFix(code, config, { filename: 'bundle.js', stats: true, fix: false } as never).messages);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`the generated bundle does not parse: ${fatal.message}`);
  const out: Measure = { parseMs: 0, rulesMs: 0, perRule: {}, findings: messages.length };
  for (const pass of linter.getTimes().passes) {
    out.parseMs += pass.parse?.total ?? 0;
    for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
      out.rulesMs += time.total;
      out.perRule[ruleId] = (out.perRule[ruleId] ?? 0) + time.total;
    }
  }
  return out;
}

/** Two measurements of the same code, each rule at its least time. */
function fastest(a: Measure, b: Measure): Measure {
  const perRule: Record<string, number> = {};
  for (const ruleId of Object.keys(a.perRule)) perRule[ruleId] = Math.min(a.perRule[ruleId]!, b.perRule[ruleId] ?? Infinity);
  return { parseMs: Math.min(a.parseMs, b.parseMs), rulesMs: Object.values(perRule).reduce((sum, ms) => sum + ms, 0), perRule, findings: a.findings };
}

describe('a 5 MB generated bundle', () => {
  it('lints with every rule costing less than parsing, and scales linearly from 1 MB', () => {
    const small = bundle(1024 * 1024);
    const large = bundle(5 * 1024 * 1024);
    measure(small, true); // warm-up: module loading and JIT
    const parseOnly = measure(large, false);
    // Each size twice, each rule's least time: a garbage collection or a busy neighbour only ever adds time, and one
    // landing in a single 1 MB run once made a linear rule look 17× slower at 5 MB.
    const oneMb = fastest(measure(small, true), measure(small, true));
    const fiveMb = fastest(measure(large, true), measure(large, true));
    const rows = Object.entries(fiveMb.perRule)
      .sort((a, b) => b[1] - a[1])
      .map(([ruleId, ms]) => `${ruleId} ${ms.toFixed(0)} ms (1 MB: ${(oneMb.perRule[ruleId] ?? 0).toFixed(0)} ms)`);
    console.log(
      `5 MB bundle (${(large.length / 1024 / 1024).toFixed(1)} MB): parse ${parseOnly.parseMs.toFixed(0)} ms, strict rules ${fiveMb.rulesMs.toFixed(0)} ms (${((100 * fiveMb.rulesMs) / fiveMb.parseMs).toFixed(1)} % of parse), ${fiveMb.findings} findings\n  ${rows.join('\n  ')}`,
    );
    for (const [ruleId, ms] of Object.entries(fiveMb.perRule)) {
      if (KNOWN_SUPERLINEAR[ruleId]) {
        console.log(`known issue, not asserted: ${ruleId} ${KNOWN_SUPERLINEAR[ruleId]} (5 MB / 1 MB = ${(ms / (oneMb.perRule[ruleId] ?? 1)).toFixed(1)}×)`);
        continue;
      }
      // A per-rule blow-up (quadratic work over a file) is orders of magnitude above these bounds.
      expect(ms, `${ruleId} on the 5 MB bundle`).toBeLessThan(Math.max(fiveMb.parseMs, parseOnly.parseMs));
      expect(ms, `${ruleId}: 5 MB vs 1 MB`).toBeLessThan(Math.max(15 * (oneMb.perRule[ruleId] ?? 0), 200));
    }
  }, 300_000);
});

describe('files ESLint cannot parse', () => {
  const key = `'${KEY_ID}'`;
  const broken: { name: string; code: string; kind: Kind; filename: string }[] = [
    { name: 'unclosed object with credentials', code: `new S3Client({ credentials: { accessKeyId: out.Credentials.AccessKeyId, secretAccessKey: ` , kind: 'module', filename: 'a.js' },
    { name: 'stray token inside a credential literal', code: `AWS.config.update({ accessKeyId: ${key} secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });`, kind: 'module', filename: 'b.js' },
    { name: 'TypeScript syntax in a .js file', code: `const c: AwsCredentialIdentity = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: '' };`, kind: 'module', filename: 'c.js' },
    { name: 'broken TypeScript', code: `const creds = await sts.send(new AssumeRoleCommand({}))\nconsole.log(creds.Credentials!.SessionToken as );`, kind: 'typescript', filename: 'd.ts' },
    { name: 'unterminated template with a token', code: 'console.log(`token ${process.env.AWS_SESSION_TOKEN}', kind: 'module', filename: 'e.js' },
    { name: 'JSX in a .ts file', code: `const el = <div>{process.env.AWS_SECRET_ACCESS_KEY}</div>;`, kind: 'typescript', filename: 'f.ts' },
  ];
  const linter = new Linter({ configType: 'flat' });
  for (const { name, code, kind, filename } of broken) {
    it(`${name}: one fatal parse error, no rule crash`, () => {
      const config = kind === 'typescript' ? strictConfig(kind).map((entry, i) => (i === 0 ? { ...entry, languageOptions: { ...entry.languageOptions, parserOptions: {} } } : entry)) : strictConfig(kind);
      const messages = guard(`linting ${name}`, code, () => linter.verify(code, config, filename));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
      expect(messages[0]!.message).toMatch(/^Parsing error/u);
    });
  }

  const unusual: { name: string; code: string }[] = [
    { name: 'empty file', code: '' },
    { name: 'only a BOM and a comment about access keys', code: '\uFEFF// accessKeyId secretAccessKey sessionToken\n' },
    { name: 'hashbang and credentials', code: `#!/usr/bin/env node\nnew AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY);\n` },
    { name: 'deeply nested expressions', code: `const x = ${'['.repeat(300)}${']'.repeat(300)};\nnew S3Client({ credentials: { accessKeyId: a.AccessKeyId, secretAccessKey: a.SecretAccessKey } });\n` },
    { name: 'a very long string and line', code: `const accessKeyId = '${'A'.repeat(200_000)}';\nnew S3Client({ credentials: { accessKeyId, secretAccessKey: accessKeyId } });\n` },
  ];
  for (const { name, code } of unusual) {
    it(`${name}: no crash`, () => {
      const messages = guard(`linting ${name}`, code, () => linter.verify(code, strictConfig('module'), 'unusual.js'));
      expect(messages.filter((message) => message.fatal)).toEqual([]);
    });
  }
});
