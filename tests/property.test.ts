// Property-based robustness (issue 7) with fast-check: generated credential objects and call shapes — sources (STS,
// Cognito, IMDS, v2 callbacks, environment, typed parameters, literals built at run time), consumers (v3/v2 clients,
// signers, providers, positional constructors, loggers), random key order, spreads, quoted and computed keys,
// optional chains, parentheses, comments, trailing commas, line breaks and JSX around them — linted with `strict`:
//   1. no rule crashes, every autofix and suggestion output parses and a second --fix changes nothing (checkFixes);
//   2. the reports (rule and message id) do not change when only the formatting changes.
import fc from 'fast-check';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Kind } from './soundness.js';
import { checkFixes, guard, strictConfig } from './soundness.js';

type SourceName = 'sts' | 'stsDestructured' | 'cognito' | 'imds' | 'v2Callback' | 'env' | 'typedParameter' | 'literal';
type ConsumerName = 'v3Client' | 'v2Service' | 'v2ConfigUpdate' | 'aws4' | 'aws4fetch' | 'masterCredentials' | 'positional' | 'logger' | 'plainObject';

interface Scenario {
  source: SourceName;
  consumer: ConsumerName;
  withToken: boolean;
  extra: 'none' | 'region' | 'spread';
  wrap: 'module' | 'function' | 'jsx';
}

interface Format {
  order: number[];
  keyStyle: 'plain' | 'quoted' | 'computed';
  parens: boolean;
  comments: boolean;
  trailingComma: boolean;
  multiline: boolean;
  optionalChain: boolean;
}

// Built at run time: no whole key id, secret or token literal in the repository.
const KEY_ID = ['AS', 'IA', 'KZ4QW2M7HXR3TJ6B'].join('');
const SECRET = ['q8Z', 'v1r+Lm0', 'Xw3Jp9Tn2Bk7Yd5Hs4Fg6Ac1Ue8Oi0Rz'].join('');
const TOKEN = ['IQoJb3JpZ2luX2Vj', 'EPz//////////wEaCXVzLWVhc3QtMSJHMEUCIQ', 'D3x9Rk2Lm7Qp4Tz8Vw1Ys6Hn0Jb5Gc3Fa'].join('');

/** [prelude, base expression or null, key, secret, token field names] of each source. */
function source(name: SourceName, optional: boolean, typescript: boolean): { prelude: string; key: string; secret: string; token: string; params: string } {
  const dot = optional ? '?.' : '.';
  switch (name) {
    case 'sts':
      return {
        prelude: "const out = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'p' }));\n",
        key: `out.Credentials${dot}AccessKeyId`,
        secret: `out.Credentials${dot}SecretAccessKey`,
        token: `out.Credentials${dot}SessionToken`,
        params: '',
      };
    case 'stsDestructured':
      return {
        prelude: 'const { Credentials } = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));\n',
        key: `Credentials${dot}AccessKeyId`,
        secret: `Credentials${dot}SecretAccessKey`,
        token: `Credentials${dot}SessionToken`,
        params: '',
      };
    case 'cognito':
      return {
        prelude: 'const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId: id }));\n',
        key: `c${dot}AccessKeyId`,
        secret: `c${dot}SecretKey`,
        token: `c${dot}SessionToken`,
        params: '',
      };
    case 'imds':
      return {
        prelude: "const res = await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role);\nconst m = await res.json();\n",
        key: `m${dot}AccessKeyId`,
        secret: `m${dot}SecretAccessKey`,
        token: `m${dot}Token`,
        params: '',
      };
    case 'v2Callback':
      return { prelude: '', key: `data.Credentials${dot}AccessKeyId`, secret: `data.Credentials${dot}SecretAccessKey`, token: `data.Credentials${dot}SessionToken`, params: '' };
    case 'env':
      return { prelude: '', key: 'process.env.AWS_ACCESS_KEY_ID', secret: 'process.env.AWS_SECRET_ACCESS_KEY', token: 'process.env.AWS_SESSION_TOKEN', params: '' };
    case 'typedParameter':
      return { prelude: '', key: `identity${dot}accessKeyId`, secret: `identity${dot}secretAccessKey`, token: `identity${dot}sessionToken`, params: typescript ? 'identity: AwsCredentialIdentity' : 'identity' };
    case 'literal':
      return { prelude: '', key: `'${KEY_ID}'`, secret: `'${SECRET}'`, token: `'${TOKEN}'`, params: '' };
  }
}

const IMPORTS = `import { AssumeRoleCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import AWS from 'aws-sdk';
import aws4 from 'aws4';
import { AwsClient } from 'aws4fetch';
`;

/** Renders a scenario with one formatting. The formatting never changes what the code does. */
function render(scenario: Scenario, format: Format, typescript: boolean): string {
  const s = source(scenario.source, format.optionalChain, typescript);
  const value = (text: string): string => (format.parens ? `(${text})` : text);
  const key = (name: string): string => (format.keyStyle === 'quoted' ? `'${name}'` : format.keyStyle === 'computed' ? `['${name}']` : name);
  const names = scenario.consumer === 'v2Service' || scenario.consumer === 'v2ConfigUpdate' ? ['accessKeyId', 'secretAccessKey', 'sessionToken'] : ['accessKeyId', 'secretAccessKey', 'sessionToken'];
  const entries: string[] = [`${key(names[0]!)}: ${value(s.key)}`, `${key(names[1]!)}: ${value(s.secret)}`];
  if (scenario.withToken) entries.push(`${key(names[2]!)}: ${value(s.token)}`);
  if (scenario.extra === 'region') entries.push(`${key('region')}: 'eu-west-1'`);
  if (scenario.extra === 'spread') entries.push('...defaults');
  const ordered = format.order.map((i) => entries[i % entries.length]!).filter((entry, i, all) => all.indexOf(entry) === i);
  for (const entry of entries) if (!ordered.includes(entry)) ordered.push(entry);
  const withComments = format.comments ? ordered.map((entry) => `/* item */ ${entry}`) : ordered;
  const separator = format.multiline ? ',\n    ' : ', ';
  const trailing = format.trailingComma ? ',' : '';
  const object = format.multiline ? `{\n    ${withComments.join(separator)}${trailing}\n  }` : `{ ${withComments.join(separator)}${trailing} }`;

  const positional = [s.key, s.secret, ...(scenario.withToken ? [s.token] : [])].map(value).join(format.multiline ? ',\n    ' : ', ') + (format.trailingComma ? ',' : '');
  const comment = format.comments ? ' // the client\n' : '\n';
  let call: string;
  switch (scenario.consumer) {
    case 'v3Client':
      call = `const client = new S3Client({ credentials: ${object} });${comment}`;
      break;
    case 'v2Service':
      call = `const client = new AWS.S3(${object});${comment}`;
      break;
    case 'v2ConfigUpdate':
      call = `AWS.config.update(${object});${comment}`;
      break;
    case 'aws4':
      call = `aws4.sign({ host: 'sqs.us-east-1.amazonaws.com', path: '/' }, ${object});${comment}`;
      break;
    case 'aws4fetch':
      call = `const client = new AwsClient(${object});${comment}`;
      break;
    case 'masterCredentials':
      call = `const client = new S3Client({ credentials: fromTemporaryCredentials({ masterCredentials: ${object}, params: { RoleArn: arn } }) });${comment}`;
      break;
    case 'positional':
      call = `const client = new AWS.Credentials(${positional});${comment}`;
      break;
    case 'logger':
      call = `console.log('credentials', ${object});${comment}`;
      break;
    case 'plainObject':
      call = `const options = ${object};${comment}`;
      break;
  }

  const body = `${s.prelude}${call}`;
  const declarations = `const sts = new STSClient({});\nconst cognito = new CognitoIdentityClient({});\n`;
  const typeImport = typescript ? "import type { AwsCredentialIdentity } from '@aws-sdk/types';\n" : '';
  const indent = (text: string): string => text.replace(/^(?=.)/gmu, '  ');
  const v2 = scenario.source === 'v2Callback';
  const inner = v2 ? `sts.assumeRole({ RoleArn: arn, RoleSessionName: 'p' }, (err, data) => {\n${indent(body)}});\n` : body;
  switch (scenario.wrap) {
    case 'module':
      return `${IMPORTS}${typeImport}${declarations}${s.params ? `export async function run(${s.params}) {\n${indent(inner)}}\n` : inner}`;
    case 'function':
      return `${IMPORTS}${typeImport}${declarations}export async function run(${s.params}) {\n${indent(inner)}  return 1;\n}\n`;
    case 'jsx':
      return `${IMPORTS}${typeImport}${declarations}export function Button() {\n  return (\n    <button onClick={async (${s.params}) => {\n${indent(indent(indent(inner)))}    }}>\n      go\n    </button>\n  );\n}\n`;
  }
}

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  source: fc.constantFrom<SourceName>('sts', 'stsDestructured', 'cognito', 'imds', 'v2Callback', 'env', 'typedParameter', 'literal'),
  consumer: fc.constantFrom<ConsumerName>('v3Client', 'v2Service', 'v2ConfigUpdate', 'aws4', 'aws4fetch', 'masterCredentials', 'positional', 'logger', 'plainObject'),
  withToken: fc.boolean(),
  extra: fc.constantFrom<Scenario['extra']>('none', 'region', 'spread'),
  wrap: fc.constantFrom<Scenario['wrap']>('module', 'function', 'jsx'),
});

const formatArbitrary: fc.Arbitrary<Format> = fc.record({
  order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
  keyStyle: fc.constantFrom<Format['keyStyle']>('plain', 'quoted', 'computed'),
  parens: fc.boolean(),
  comments: fc.boolean(),
  trailingComma: fc.boolean(),
  multiline: fc.boolean(),
  optionalChain: fc.boolean(),
});

const PLAIN: Format = { order: [0, 1, 2, 3], keyStyle: 'plain', parens: false, comments: false, trailingComma: false, multiline: false, optionalChain: false };

/**
 * Known rule bugs found by these properties, reported to the rule owners (issue 7 report) and skipped here until
 * fixed, so that the rest of the search keeps running.
 */
const KNOWN_ISSUES: { why: string; applies: (scenario: Scenario, format: Format) => boolean }[] = [
  // none open: the overlapping-removal crash found here was fixed in fbc248d
];
const isKnown = (scenario: Scenario, format: Format): boolean => KNOWN_ISSUES.some((issue) => issue.applies(scenario, format));

const linter = new Linter({ configType: 'flat' });
function reports(code: string, kind: Kind, filename: string): string[] {
  const messages = guard(`linting ${filename}`, code, () => linter.verify(code, strictConfig(kind), filename));
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`generated code does not parse (${fatal.line}:${fatal.column} ${fatal.message}):\n${code}`);
  return messages.map((message) => `${message.ruleId}/${message.messageId}`).sort();
}

const PARSERS: { kind: Kind; filename: string; typescript: boolean }[] = [
  { kind: 'module', filename: 'generated.jsx', typescript: false },
  { kind: 'typescript', filename: 'generated.tsx', typescript: true },
];

describe('property: generated credential shapes', () => {
  for (const parser of PARSERS) {
    it(`${parser.kind}: no crash, every fix and suggestion parses and is stable under a second --fix`, () => {
      fc.assert(
        fc.property(scenarioArbitrary, formatArbitrary, (scenario, format) => {
          fc.pre(!isKnown(scenario, format));
          checkFixes(render(scenario, format, parser.typescript), parser.filename, parser.kind);
        }),
        { numRuns: 120, seed: Number(process.env.FC_SEED ?? 20261122) },
      );
    });

    it(`${parser.kind}: reports do not change when only the formatting changes`, () => {
      fc.assert(
        fc.property(scenarioArbitrary, formatArbitrary, (scenario, format) => {
          fc.pre(!isKnown(scenario, format));
          const plain = reports(render(scenario, PLAIN, parser.typescript), parser.kind, parser.filename);
          const formatted = reports(render(scenario, format, parser.typescript), parser.kind, parser.filename);
          expect(formatted).toEqual(plain);
        }),
        { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20261122) },
      );
    });
  }

  it('the generator reaches every rule that reports on these shapes (the properties are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const id of reports(render(scenario, PLAIN, false), 'module', 'generated.jsx')) seen.add(id.slice(0, id.lastIndexOf('/')));
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
