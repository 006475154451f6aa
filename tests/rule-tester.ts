import { RuleTester } from '@typescript-eslint/rule-tester';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** Cases parsed by typescript-eslint's parser without type information (the rules' syntactic mode). */
export const createRuleTester = (): RuleTester => new RuleTester();

/**
 * Cases parsed by ESLint's default parser, as plain JavaScript users run the rules. Loaded with `require`:
 * espree 10 (ESLint 9's) ships no type declarations, espree 11 (ESLint 10's) does.
 */
export const createJavaScriptRuleTester = async (): Promise<RuleTester> => {
  const espree: unknown = createRequire(import.meta.url)('espree');
  return new RuleTester({ languageOptions: { parser: espree as never, ecmaVersion: 'latest', sourceType: 'module' } });
};

/** Cases linted as tests/fixtures/file.ts with type information from the real SDK declarations. */
export const createTypedRuleTester = (): RuleTester =>
  new RuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: path.join(import.meta.dirname, 'fixtures') },
    },
  });
