import { ESLintUtils } from '@typescript-eslint/utils';

/** The `meta.docs` fields this plugin adds; configs, tests and eslint-doc-generator read them. */
export interface PluginDocs {
  /** The config that turns the rule on: `recommended` rules are also in `strict`. */
  recommended?: 'recommended' | 'strict';
  /** Never true here: rules use type information when it is there and never require it. */
  requiresTypeChecking?: boolean;
}

const DOCS_BASE = 'https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials/blob/main/docs/rules';

export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);
