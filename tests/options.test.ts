// Every rule's options schema rejects bad input with a clear message (issue 7, DESIGN "Reliability"). Iterates over
// src/rules/index.ts, so new rules are covered without touching this file: unknown properties, wrong types for every
// declared property, a non-object, extra elements; the defaults and every documented default value are accepted.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import plugin from '../src/index.js';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema | Schema[];
  minLength?: number;
  minimum?: number;
  description?: string;
};

const linter = new Linter({ configType: 'flat' });

/** Lints a trivial file with one rule configured; returns the thrown message, or null when the options are accepted. */
function configure(rule: string, options: unknown[], code = 'const x = 1;\n'): string | null {
  try {
    linter.verify(code, [{ plugins: { 'aws-credentials': plugin as never }, rules: { [`aws-credentials/${rule}`]: ['error', ...options] as Linter.RuleEntry } }], 'file.js');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A value of the wrong type for a schema, and the words ESLint's message must contain. */
function badValues(schema: Schema): { value: unknown; says: RegExp }[] {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const out: { value: unknown; says: RegExp }[] = [];
  if (schema.enum) out.push({ value: '__not-one-of-them__', says: /allowed values/u });
  switch (type) {
    case 'boolean':
      out.push({ value: 'yes', says: /should be boolean/u }, { value: 1, says: /should be boolean/u });
      break;
    case 'string':
      out.push({ value: 42, says: /should be string/u });
      if (schema.minLength) out.push({ value: '', says: /shorter than/u });
      break;
    case 'number':
    case 'integer':
      out.push({ value: 'many', says: /should be (?:number|integer)/u });
      break;
    case 'array': {
      out.push({ value: 'not-an-array', says: /should be array/u });
      const item = Array.isArray(schema.items) ? schema.items[0] : schema.items;
      if (item) for (const bad of badValues(item)) out.push({ value: [bad.value], says: bad.says });
      break;
    }
    case 'object':
      out.push({ value: 42, says: /should be object/u });
      break;
  }
  return out;
}

const ruleEntries = Object.entries(rules);

describe('options schemas', () => {
  it('covers every rule of src/rules/index.ts', () => {
    expect(ruleEntries.length).toBeGreaterThan(0);
  });

  for (const [name, rule] of ruleEntries) {
    describe(name, () => {
      const schema = (Array.isArray(rule.meta.schema) ? rule.meta.schema : [rule.meta.schema].filter(Boolean)) as Schema[];
      const objectSchema = schema[0]?.type === 'object' ? schema[0] : undefined;

      it('accepts no options and its own defaults', () => {
        expect(configure(name, [])).toBeNull();
        const defaults = (rule.meta as { defaultOptions?: unknown[] }).defaultOptions;
        if (defaults) expect(configure(name, defaults)).toBeNull();
      });

      it('rejects an unknown property, naming it and the expected ones', () => {
        const message = configure(name, [{ notAnOption: true }]);
        expect(message).toContain(`aws-credentials/${name}`);
        if (objectSchema) {
          expect(message).toContain('Unexpected property "notAnOption"');
          for (const property of Object.keys(objectSchema.properties ?? {})) expect(message).toContain(`"${property}"`);
        } else {
          expect(message).toMatch(/should NOT have more than 0 items/u);
        }
      });

      it('rejects a non-object and extra elements', () => {
        if (!objectSchema) return;
        expect(configure(name, ['a string'])).toMatch(new RegExp(`aws-credentials/${name}[\\s\\S]*should be object`, 'u'));
        expect(configure(name, [{}, {}])).toMatch(new RegExp(`aws-credentials/${name}[\\s\\S]*should NOT have more than ${schema.length} items`, 'u'));
      });

      for (const [property, propertySchema] of Object.entries(objectSchema?.properties ?? {})) {
        it(`rejects wrong values for \`${property}\` and describes it`, () => {
          expect(propertySchema.description, `${name}: ${property} needs a description`).toBeTruthy();
          const bad = badValues(propertySchema);
          expect(bad.length, `no bad value generated for ${name}.${property}`).toBeGreaterThan(0);
          for (const { value, says } of bad) {
            const message = configure(name, [{ [property]: value }]);
            expect(message, `${name}: ${property}: ${JSON.stringify(value)} was accepted`).not.toBeNull();
            expect(message).toContain(`aws-credentials/${name}`);
            expect(message).toMatch(says);
          }
        });
      }

      // Options the schema cannot check (a regular expression written as `/source/flags`): a bad one must not surface as
      // a bare SyntaxError from inside the rule, but name the rule or the option.
      for (const [property, propertySchema] of Object.entries(objectSchema?.properties ?? {})) {
        if (!/regular expression/iu.test(propertySchema.description ?? '')) continue;
        it(`reports an invalid regular expression in \`${property}\` clearly`, () => {
          const value = propertySchema.type === 'array' ? ['/(unclosed/'] : '/(unclosed/';
          // A file the rule must scan (a key id built at run time, never a literal in the repository).
          const code = `const key = '${['AK', 'IA', 'Q3EGRWQHZL4JXN7P'].join('')}';\nconsole.log(process.env.AWS_SECRET_ACCESS_KEY);\n`;
          const message = configure(name, [{ [property]: value }], code);
          if (message != null) expect(message).toMatch(new RegExp(`${name}[\\s\\S]*${property}|${property}[\\s\\S]*${name}`, 'u'));
        });
      }
    });
  }
});
