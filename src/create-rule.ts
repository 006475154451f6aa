import type { TSESLint } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';
import { mayMentionCredentials } from './analysis/text-gate.js';

/** The `meta.docs` fields this plugin adds; configs, tests and eslint-doc-generator read them. */
export interface PluginDocs {
  /** The config that turns the rule on: `recommended` rules are also in `strict`. */
  recommended?: 'recommended' | 'strict';
  /** Never true here: rules use type information when it is there and never require it. */
  requiresTypeChecking?: boolean;
}

/**
 * Which files a rule looks at, decided from the text before any AST work: the plugin's shared check
 * (`mayMentionCredentials`), then the rule's own `test` (a regular expression fits). A file that fails either
 * gets no listeners. A rule whose listeners all sit on selectors naming the keys and callees it reads needs no
 * `test` of its own: ESLint's selector matching already skips files without them, and a scan of the text for the
 * same names costs more than the listener object it saves (most files past the shared check hold no such name,
 * so the scan reads all of them).
 */
export interface TextGate {
  test(text: string): boolean;
  /** With type information, run on every file: a source can then come from another module under any name. */
  everyFileWithTypes?: boolean;
}

const DOCS_BASE = 'https://github.com/eslint-plugin-aws-credentials/eslint-plugin-aws-credentials/blob/main/docs/rules';

const ruleCreator = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);

/**
 * `context.sourceCode` and `context.options`, found through property descriptors instead of property reads on the
 * context. ESLint makes a new context object, on a new prototype, for every rule and file, and V8's first property
 * read on such an object (any property, on any rule's context of the file) costs about 3 µs: more than the text gate
 * of most files. Reading the descriptors costs a third of that (measured on the AWS corpus: 2.4 against 6.3 ms per
 * 1,500 files), and rules get both values as arguments, so most files never read the context at all. Contexts built
 * otherwise (a getter, another tool's context) get the plain read.
 */
function contextValue<Context extends Readonly<{ sourceCode: unknown; options: unknown }>, Name extends 'sourceCode' | 'options'>(context: Context, name: Name): Context[Name] {
  for (let object: object | null = context; object != null; object = Object.getPrototypeOf(object) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (descriptor) return 'value' in descriptor ? (descriptor.value as Context[Name]) : context[name];
  }
  return context[name];
}

/** What a file that cannot matter gets. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * Rules return listener objects whose selectors are built from lists (module constants) by assigning them
 * (`listeners[SELECTOR] = …`), not as computed keys of an object literal: V8 defines each computed key of a literal
 * through a runtime call, about a microsecond a key on every file that gets listeners, where an assignment is an
 * inline-cached transition.
 *
 * `RuleCreator` (docs URL, typed meta), with the text gate applied here, in code every rule shares (a file that
 * cannot matter runs no code of the rule's own), and minus RuleCreator's option merging: ESLint ≥ 9.15 (our floor)
 * already merges `meta.defaultOptions` into `context.options`, while RuleCreator's merge `structuredClone`s the
 * defaults on every file for every rule — more than most files' whole check costs.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<Omit<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>, 'create'>> & {
    textGate?: TextGate;
    /** `context.options` (with `meta.defaultOptions` merged by ESLint) and `context.sourceCode`, read once here. */
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener;
  },
): ESLintUtils.RuleModule<MessageIds, Options, PluginDocs> & { name: string } {
  const { textGate, create: createListeners, ...rest } = spec;
  const create = (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): TSESLint.RuleListener => {
    const sourceCode = contextValue(context, 'sourceCode');
    const gated = !(textGate?.everyFileWithTypes === true && sourceCode.parserServices?.program != null);
    if (gated && (!mayMentionCredentials(sourceCode) || (textGate != null && !textGate.test(sourceCode.text)))) return NO_LISTENERS;
    return createListeners(context, contextValue(context, 'options') as unknown as Options, sourceCode);
  };
  return { ...ruleCreator({ ...rest, create }), create };
}
