import { ESLintUtils } from '@typescript-eslint/utils';
import { createJavaScriptRuleTester } from './rule-tester.js';

// The espree suites only prove something if espree really parses them: typescript-eslint's tester merges a
// custom parser into its own, and a merge that kept `parseForESLint` once ran every "espree" case under
// typescript-eslint's parser. This rule reports whenever the file was parsed with TypeScript node maps.
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { typescript: 'parsed by typescript-eslint ({{filename}})' } },
  defaultOptions: [],
  create(context) {
    return {
      Program(node) {
        if (context.sourceCode.parserServices?.esTreeNodeToTSNodeMap != null || !context.filename.endsWith('.js')) {
          context.report({ node, messageId: 'typescript', data: { filename: context.filename } });
        }
      },
    };
  },
});

const javascript = await createJavaScriptRuleTester();
javascript.run('JavaScript rule tester', probe, {
  valid: ['const x = 1;', 'export const load = async () => (await import("./x.js")).default;'],
  invalid: [],
});
