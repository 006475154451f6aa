import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const root = path.join(import.meta.dirname, '..');
const baseNames = (folder: string, suffix: string): string[] =>
  readdirSync(path.join(root, folder))
    .filter((file) => file.endsWith(suffix) && file !== `index${suffix}`)
    .map((file) => file.slice(0, -suffix.length))
    .sort();
const ruleNames = Object.keys(rules);
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin wiring', () => {
  it('registers every file in src/rules, alphabetically', () => {
    expect(ruleNames).toEqual(baseNames('src/rules', '.ts'));
    expect(ruleNames).toEqual([...ruleNames].sort());
  });

  it('has one test file and one doc page per rule', () => {
    expect(baseNames('tests/rules', '.test.ts')).toEqual(ruleNames);
    expect(baseNames('docs/rules', '.md')).toEqual(ruleNames);
  });

  it('takes meta.name and meta.version from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'aws-credentials' });
  });

  it('derives the configs from meta.docs.recommended', () => {
    const at = (levels: string[]): string[] =>
      ruleNames.filter((name) => levels.includes(rules[name as keyof typeof rules].meta.docs?.recommended ?? '')).map((name) => `aws-credentials/${name}`);
    expect(Object.keys(plugin.configs.recommended.rules ?? {})).toEqual(at(['recommended']));
    expect(Object.keys(plugin.configs.strict.rules ?? {})).toEqual(at(['recommended', 'strict']));
    expect(Object.values(plugin.configs.strict.rules ?? {}).every((level) => level === 'error')).toBe(true);
    expect(plugin.configs.recommended.plugins?.['aws-credentials']).toBe(plugin);
  });
});

describe.each(ruleNames)('%s', (name) => {
  const rule = rules[name as keyof typeof rules];

  it('follows the description and message conventions', () => {
    expect(rule.meta.docs?.description).toMatch(/^(Require|Disallow|Enforce|Prefer) .+[^. ]$/u);
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/^[A-Z`].*\.$/u);
    expect(rule.meta.docs?.url).toBe(`https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials/blob/main/docs/rules/${name}.md`);
  });

  it('has a generated doc header and the required sections', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    expect(doc).toContain('<!-- end auto-generated rule header -->');
    expect(doc).toMatch(/^## Examples$/mu);
    expect(doc).toMatch(/^## When Not To Use It$/mu);
  });

  it('never puts a whole key id into a message template', () => {
    for (const message of Object.values(rule.meta.messages)) expect(message).not.toMatch(/(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}/u);
  });
});

describe('linting file after file', () => {
  const leak = `import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
const { Credentials } = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 's' }));
console.log(Credentials.SessionToken);
audit.record(Credentials.SecretAccessKey);`;
  // Passes the text gates (it says credentials) but holds nothing.
  const quiet = `const credentials = loadFromVault();\nexport default credentials;`;
  const languageOptions = { sourceType: 'module', ecmaVersion: 'latest' } as const;
  const found = (messages: Linter.LintMessage[]): string[] => messages.map((message) => `${message.ruleId}@${message.line}`);

  it.each([false, true])('reports each file’s own findings, in any order of files (ESLint stats: %s)', async (stats) => {
    const config: Linter.Config[] = [{ plugins: { 'aws-credentials': plugin as never }, rules: { 'aws-credentials/no-credential-logging': 'error' }, languageOptions }];
    // With stats ESLint wraps every listener in a timer; without, it registers the functions themselves.
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, stats });
    const lint = async (code: string, filename: string): Promise<string[]> => found((await eslint.lintText(code, { filePath: path.join(root, 'shared', filename) }))[0]!.messages);
    expect(await lint(leak, 'a.js')).toEqual(['aws-credentials/no-credential-logging@3']);
    expect(await lint(quiet, 'b.js')).toEqual([]);
    expect(await lint(`\n${leak}`, 'c.js')).toEqual(['aws-credentials/no-credential-logging@4']);
    expect(await lint('const x = 1;', 'd.js')).toEqual([]);
    expect(await lint(leak, 'e.js')).toEqual(['aws-credentials/no-credential-logging@3']);
  });

  it('keeps each instance of a rule apart when the plugin is registered under two names', () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      {
        plugins: { 'aws-credentials': plugin as never, aws: plugin as never },
        rules: { 'aws-credentials/no-credential-logging': 'error', 'aws/no-credential-logging': ['error', { loggers: ['audit.record'] }] },
        languageOptions,
      },
    ];
    for (const filename of ['a.js', 'b.js']) {
      expect(found(linter.verify(leak, config, { filename })).sort()).toEqual(['aws-credentials/no-credential-logging@3', 'aws/no-credential-logging@3', 'aws/no-credential-logging@4']);
    }
  });

  it('follows options that change from one file to the next', () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      { plugins: { 'aws-credentials': plugin as never }, rules: { 'aws-credentials/no-credential-logging': 'error' }, languageOptions },
      { files: ['audited/**'], rules: { 'aws-credentials/no-credential-logging': ['error', { loggers: ['audit.record'] }] } },
    ];
    const lint = (filename: string): string[] => found(linter.verify(leak, config, { filename }));
    expect(lint('audited/a.js')).toEqual(['aws-credentials/no-credential-logging@3', 'aws-credentials/no-credential-logging@4']);
    expect(lint('plain/a.js')).toEqual(['aws-credentials/no-credential-logging@3']);
    expect(lint('audited/b.js')).toEqual(['aws-credentials/no-credential-logging@3', 'aws-credentials/no-credential-logging@4']);
  });
});

describe('rule contexts built by other tools', () => {
  const fakeSourceCode = (text: string) => ({ text, parserServices: {}, ast: { type: 'Program', body: [], tokens: [], comments: [] } });
  const create = (context: object) => (rules['prefer-credential-provider'].create as (context: never) => Record<string, unknown>)(context as never);

  it.each([
    ['an own property', (sourceCode: object) => ({ sourceCode, options: [], filename: 'a.js' })],
    ['a getter', (sourceCode: object) => ({ get sourceCode() { return sourceCode; }, options: [], filename: 'a.js' })],
    ['a prototype’s property (as ESLint builds them)', (sourceCode: object) => Object.freeze(Object.assign(Object.create(Object.freeze({ sourceCode, filename: 'a.js' })), { options: [] }))],
  ])('gate on the text of a context whose sourceCode is %s', (_, makeContext) => {
    expect(Object.keys(create(makeContext(fakeSourceCode('const x = 1;'))))).toEqual([]);
    expect(Object.keys(create(makeContext(fakeSourceCode('const credentials = x;'))))).toHaveLength(1);
  });
});
