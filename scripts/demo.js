// `npm run demo`: lints the bundled examples/ with the `strict` config and prints what each rule finds.
import { ESLint } from 'eslint';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';

const root = path.join(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], ...plugin.configs.strict },
    { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
    { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ],
});

const results = await eslint.lintFiles(['examples']);
const counts = new Map();
let fixable = 0;
let suggestible = 0;
for (const result of results) {
  if (result.messages.length === 0) continue;
  console.log(`\n${path.relative(root, result.filePath)}`);
  for (const message of result.messages) {
    const tags = [message.fix ? 'autofix' : null, message.suggestions?.length ? `${message.suggestions.length} suggestion(s)` : null].filter(Boolean);
    if (message.fix) fixable += 1;
    if (message.suggestions?.length) suggestible += 1;
    const rule = message.ruleId ?? 'parse error';
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
    console.log(`  ${message.line}:${message.column}  ${rule}  ${message.message}${tags.length ? `  [${tags.join(', ')}]` : ''}`);
  }
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`\n${total} finding(s) in ${results.filter((r) => r.messages.length).length} of ${results.length} example files; ${fixable} auto-fixable, ${suggestible} with suggestions.`);
for (const [rule, count] of [...counts].sort()) console.log(`  ${rule}: ${count}`);
console.log('\nTry `npx eslint --fix` with the same config, or `aws-credentials-lint --fix-dry-run examples`, to see the fixes.');
