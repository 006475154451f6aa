import type { TSESLint } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';

/** The `meta.docs` fields this plugin adds; configs, tests and eslint-doc-generator read them. */
export interface PluginDocs {
  /** The config that turns the rule on: `recommended` rules are also in `strict`. */
  recommended?: 'recommended' | 'strict';
  /** Never true here: rules use type information when it is there and never require it. */
  requiresTypeChecking?: boolean;
}

const DOCS_BASE = 'https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials/blob/main/docs/rules';

const ruleCreator = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);

/**
 * `RuleCreator` (docs URL, typed meta), minus its option merging: ESLint ≥ 9.15 (our floor) already merges
 * `meta.defaultOptions` into `context.options`, while RuleCreator's merge `structuredClone`s the defaults on
 * every file for every rule — more than most files' whole check costs.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, PluginDocs> & { name: string } {
  const rule = ruleCreator(spec);
  const create = (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): TSESLint.RuleListener =>
    spec.create(context, context.options as unknown as Options);
  return { ...rule, create };
}
