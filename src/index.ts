import type { ESLint, Linter } from 'eslint';
import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type ConfigName = 'recommended' | 'strict';
type Plugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: Record<ConfigName, Linter.Config>;
};

const NAMESPACE = 'aws-credentials';

/** Which `meta.docs.recommended` levels each config turns on. */
const LEVELS: Record<ConfigName, ReadonlyArray<string | undefined>> = {
  recommended: ['recommended'],
  strict: ['recommended', 'strict'],
};

const plugin: Plugin = {
  meta: { name, version, namespace: NAMESPACE },
  // The rules are typed with @typescript-eslint/utils; users' configs see ESLint's own types.
  rules: rules as unknown as NonNullable<ESLint.Plugin['rules']>,
  configs: {} as Plugin['configs'],
};

for (const configName of Object.keys(LEVELS) as ConfigName[]) {
  const enabled = Object.entries(rules).filter(([, rule]) => LEVELS[configName].includes(rule.meta.docs?.recommended));
  plugin.configs[configName] = {
    name: `${NAMESPACE}/${configName}`,
    plugins: { [NAMESPACE]: plugin },
    rules: Object.fromEntries(enabled.map(([ruleName]) => [`${NAMESPACE}/${ruleName}`, 'error'])),
  };
}

export default plugin;
// `require('eslint-plugin-aws-credentials')` returns the plugin itself (Node >= 20.19).
export { plugin as 'module.exports' };
