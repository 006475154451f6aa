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
  const espree = createRequire(import.meta.url)('espree') as {
    parse: (code: string, options: object) => unknown;
    VisitorKeys: unknown;
    version: string;
  };
  // The tester deep-merges its parser option into typescript-eslint's parser object, so a parser with only
  // `parse` would keep typescript-eslint's `parseForESLint` and the cases would silently run under it.
  // Giving espree its own `parseForESLint` makes the merge pick it.
  const parser = {
    meta: { name: 'espree', version: espree.version },
    parseForESLint: (code: string, options: object) => ({
      ast: espree.parse(code, { ...options, range: true, loc: true, tokens: true, comment: true }),
      services: {},
      visitorKeys: espree.VisitorKeys,
    }),
  };
  return new RuleTester({
    defaultFilenames: { ts: 'file.js', tsx: 'file.jsx' },
    languageOptions: { parser: parser as never, ecmaVersion: 'latest', sourceType: 'module' },
  });
};

/** Cases linted as tests/fixtures/file.ts with type information from the real SDK declarations. */
export const createTypedRuleTester = (): RuleTester =>
  new RuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: path.join(import.meta.dirname, 'fixtures') },
    },
  });
