import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
