import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getKeyName, getStaticString } from '../analysis/ast.js';
import { endpointIsAws, findConsumer, findObjectBundle, findPositionalBundle } from '../analysis/consumers.js';
import { removeListItems } from '../analysis/edits.js';
import { getProvenance } from '../analysis/provenance.js';
import {
  findKeyIds,
  findSessionTokens,
  getKeyIdKind,
  hasDistinctCharacters,
  isPlaceholderKeyId,
  isSecretAccessKeyShape,
  isSessionTokenShape,
  redactKeyId,
} from '../analysis/secrets.js';
import { AWS_TOKEN_NAME_PATTERN } from '../analysis/text-gate.js';
import { createRule } from '../create-rule.js';

export type Options = [{ allow?: string[]; ignoreTestFiles?: boolean }];
export type MessageIds =
  | 'longTermKeyId'
  | 'temporaryKeyId'
  | 'otherKeyId'
  | 'secretAccessKey'
  | 'sessionToken'
  | 'signedRequest'
  | 'browserEnvironment'
  | 'useEnvironment'
  | 'useDefaultChain'
  | 'removeFallback';

type Node = TSESTree.Node;
type Role = 'key' | 'secret' | 'token';
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

// ---------------------------------------------------------------------------------------------------------
// Patterns, compiled once per process.

/**
 * The pass over a file that passed the gate. Where a finding can start: key-id and token prefixes, SigV4 syntax and
 * public env prefixes (case-sensitive), and the labels of labelled secrets and tokens (any case). Only
 * strings and comments that contain one of these positions are scanned. Of SigV4's query parameters only
 * `X-Amz-Security-Token` is a hint: a signed URL reports its key id, which has a prefix, or its token, and SDK
 * signing code writes the other `X-Amz-…` names (`X-Amz-Date`, `X-Amz-Content-Sha256`) dozens of times per file.
 */
// Group 1: a key-id prefix. Labels (`secret_access_key = …`) are read where these or a quoted secret-shaped value are.
// The patterns that read whole files (`HINTS`, `CONTEXT_WORDS`, `PREFIX_HINT`) take no `u` flag: they are ASCII-only, and
// the flag costs them up to a quarter more time.
// Group 2: a bundler's public env prefix (`PUBLIC_ENV`), which is no hint: it turns on the env-name listeners.
// Group 3: a string literal or expression-free template whose body has the shape of a secret or a token. Forty
// characters first, then the rest of a token or nothing: V8 rejects most quotes within those forty, and that is a
// sixth faster than a lookahead before two alternatives (the same matches over the AWS corpus). One scan for hints
// and shapes: a third less time than two.
const HINTS =
  /(AKIA|ASIA|ABIA|ACCA)|oJb3JpZ2lu|ZXIvYXdz|oDYXdz|X-Amz-Security-Token|AWSAccessKeyId=|((?:VITE|REACT_APP|GATSBY|VUE_APP|NUXT_ENV|STORYBOOK|PUBLIC)_)|(["'`][A-Za-z0-9/+]{40}(?:[A-Za-z0-9/+]{60,}={0,2})?["'`])/g;
/**
 * Words in the name of a credential slot: without them, no value is a secret or a token by its context. The
 * last alternative is the other names that make a value a token (`roleOfName`): a name with `aws` that ends in
 * `token` (`awsToken`, `AWS_STS_TOKEN`: the shared gate's own pattern). A bare `token` counts only in a credential
 * object, whose key id name the other words find: most parsers and web apps say it. One pattern: a fifth faster
 * than two scans.
 */
const CONTEXT_WORDS = new RegExp(`secret|(?:session|security|sts)[-_ .]?token|access[-_ .]?(?:key|id)|Credentials\\s*\\(|${AWS_TOKEN_NAME_PATTERN}`, 'i');
/**
 * Key-id prefixes and token starts, in a file (the gate's second test, after `CONTEXT_WORDS`) or in one text (a joined
 * concatenation, before `scanText` looks further). In the gate only the prefixes: `CONTEXT_WORDS` already finds the
 * other hints (`X-Amz-Security-Token` says `security-token`, `AWSAccessKeyId=` says `accesskey`), and this runs only
 * where it found nothing, so it reads the whole file: each alternative with another first letter costs.
 */
const PREFIX_HINT = /AKIA|ASIA|ABIA|ACCA|oJb3JpZ2lu|ZXIvYXdz|oDYXdz/;
const LABEL_HINT = /secret[-_]?access[-_]?key|aws[-_]?secret|(?:session|security|sts)[-_]?token/iu;

/** Presigned URLs (SigV4 and SigV2 query strings) and signed `Authorization` headers. */
const SIGNED_HINT = /Credential=|AWSAccessKeyId=|X-Amz-Security-Token|AWS (?:AKIA|ASIA|ABIA|ACCA)/u;
const SIGNED_KEY_ID = /(?:Credential=|AWSAccessKeyId=|\bAWS )((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?=%2F|\/|:|&|["'`\s]|$)/giu;
const SIGNED_TOKEN = /X-Amz-Security-Token(?:=|["']?\s*:\s*["']?)([A-Za-z0-9%/+=]{40,})/giu;
const URL_PARAMETER = /X-Amz-(?:Credential|Security-Token)=|AWSAccessKeyId=/iu;

/** `secret_access_key = …` / `"secretAccessKey": "…"` inside a string or a comment (an INI file, commented-out code). */
const LABELLED_SECRET = /(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)["'`]?\s*[:=]\s*["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/giu;
const LABELLED_TOKEN = /(?:session|security|sts)_?token["'`]?\s*[:=]\s*["'`]?([A-Za-z0-9/+]{100,}={0,2})/giu;

/** Bundlers paste these variables into code shipped to browsers. `VITE_REACT_APP_*` is covered by `VITE_`. */
const PUBLIC_ENV = /^(?:VITE|REACT_APP|NEXT_PUBLIC|GATSBY|EXPO_PUBLIC|VUE_APP|NUXT_PUBLIC|NUXT_ENV|SNOWPACK_PUBLIC|STORYBOOK|PUBLIC)_(\w+)$/u;
const AWS_WORD = /(?:^|_)(?:AWS|AMAZON|S3|DYNAMO(?:DB)?|COGNITO|BEDROCK|SES|SQS|SNS|IAM|STS)(?:_|$)/u;
/** Names that hold an identifier of a credential, not the credential: `AWS_SECRET_NAME`, `AWS_SECRET_ARN`. */
const NOT_A_CREDENTIAL_NAME = /(?:NAME|ARN|REGION|URL|ENDPOINT|BUCKET|POOL_ID|CLIENT_ID|SECRET_ID|PATH|FILE)$/u;

/** Names of the key id in a credential object, normalised (lower case, no `_`/`-`). */
const KEY_NAMES = new Set(['accesskeyid', 'accesskey', 'awsaccesskeyid', 'awsaccesskey', 'awsaccessid', 'accessid']);

/** `*.test.*`, `*.spec.*`, and files under test, spec, `__tests__` and `__mocks__` folders. */
const TEST_FILE = /(?:^|[\\/])(?:__tests__|__mocks__|tests?|spec)[\\/]|\.(?:test|spec)\.[cm]?[jt]sx?$/u;
const TS_FILE = /\.[cm]?tsx?$/u;

const ENVIRONMENT_NAMES: Readonly<Record<Role, string>> = {
  key: 'AWS_ACCESS_KEY_ID',
  secret: 'AWS_SECRET_ACCESS_KEY',
  token: 'AWS_SESSION_TOKEN',
};

/** Nodes a text position can be resolved to: nothing below them holds text. */
const LEAF_TYPES = new Set<string>([AST_NODE_TYPES.Literal, AST_NODE_TYPES.TemplateElement, AST_NODE_TYPES.JSXText, AST_NODE_TYPES.Identifier]);

const KEY_KIND_WORDS = { 'long-term': 'long-term', temporary: 'temporary', bearer: 'STS bearer token', context: 'context-specific credential' } as const;

/** Compiled `allow` lists, by their JSON: options objects are shared by every file of a run. */
const ALLOW_CACHE = new Map<string, (value: string) => boolean>();

const ALLOW_NOTHING = (): boolean => false;

function compileAllow(entries: readonly string[]): (value: string) => boolean {
  if (entries.length === 0) return ALLOW_NOTHING;
  const cacheKey = JSON.stringify(entries);
  const cached = ALLOW_CACHE.get(cacheKey);
  if (cached) return cached;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of entries) {
    const regex = /^\/(.+)\/([dgimsuvy]*)$/su.exec(entry);
    if (!regex) {
      exact.add(entry);
      continue;
    }
    try {
      patterns.push(new RegExp(regex[1]!, regex[2]!.replace(/[gy]/gu, '')));
    } catch (error) {
      throw new Error(`aws-credentials/no-hardcoded-credentials: the \`allow\` entry ${entry} is not a valid regular expression (${(error as Error).message}).`);
    }
  }
  const test = (value: string): boolean => exact.has(value) || patterns.some((pattern) => pattern.test(value));
  ALLOW_CACHE.set(cacheKey, test);
  return test;
}

// ---------------------------------------------------------------------------------------------------------
// What a piece of text holds.

type Finding =
  | { type: 'key'; start: number; end: number; value: string }
  | { type: 'secret'; start: number; end: number; value: string }
  | { type: 'token'; start: number; end: number; value: string }
  | { type: 'signed'; start: number; end: number; value: string; keyId: string | null; token: boolean; thing: string };

const overlaps = (taken: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean =>
  taken.some(([from, to]) => start < to && end > from);

/**
 * Key ids, session tokens, labelled secrets and signed URLs in one text (a string value or a comment).
 * The global patterns run with `exec` and `lastIndex`: `matchAll` clones them, and a clone whose compiled code
 * has left V8's cache is compiled again, which costs more than the scan on this rarely taken path.
 */
function scanText(text: string, allowed: (value: string) => boolean): Finding[] {
  const prefixes = PREFIX_HINT.test(text);
  if (!prefixes && !LABEL_HINT.test(text)) return [];
  const findings: Finding[] = [];
  const taken: Array<[number, number]> = [];

  if (prefixes || text.includes('X-Amz')) {
    if (SIGNED_HINT.test(text)) {
      let keyId: { index: number; value: string } | null = null;
      SIGNED_KEY_ID.lastIndex = 0;
      for (let match = SIGNED_KEY_ID.exec(text); match; match = SIGNED_KEY_ID.exec(text)) {
        const value = match[1]!;
        const index = match.index + match[0].length - value.length;
        if (isPlaceholderKeyId(value) || allowed(value)) continue;
        keyId ??= { index, value };
        taken.push([index, index + value.length]);
      }
      let token: { index: number; value: string } | null = null;
      SIGNED_TOKEN.lastIndex = 0;
      for (let match = SIGNED_TOKEN.exec(text); match; match = SIGNED_TOKEN.exec(text)) {
        const raw = match[1]!;
        const decoded = raw.replace(/%2F/giu, '/').replace(/%2B/giu, '+').replace(/%3D/giu, '=');
        if (/EXAMPLE/iu.test(decoded) || !hasDistinctCharacters(decoded, 20) || allowed(decoded)) continue;
        const index = match.index + match[0].length - raw.length;
        token ??= { index, value: raw };
        taken.push([index, index + raw.length]);
      }
      const first = keyId ?? token;
      if (first) {
        const thing = URL_PARAMETER.test(text) ? 'presigned URL' : /AWS4-HMAC-SHA256|AWS (?:AKIA|ASIA|ABIA|ACCA)/u.test(text) ? 'signed `Authorization` header' : 'signed request';
        findings.push({ type: 'signed', start: first.index, end: first.index + first.value.length, value: first.value, keyId: keyId?.value ?? null, token: token != null, thing });
      }
    }
    for (const { index, value } of findKeyIds(text)) {
      if (overlaps(taken, index, index + value.length) || allowed(value)) continue;
      findings.push({ type: 'key', start: index, end: index + value.length, value });
    }
    for (const { index, value } of findSessionTokens(text)) {
      if (overlaps(taken, index, index + value.length) || allowed(value)) continue;
      taken.push([index, index + value.length]);
      findings.push({ type: 'token', start: index, end: index + value.length, value });
    }
  }

  if (LABEL_HINT.test(text)) {
    LABELLED_SECRET.lastIndex = 0;
    for (let match = LABELLED_SECRET.exec(text); match; match = LABELLED_SECRET.exec(text)) {
      const value = match[1]!;
      const index = match.index + match[0].length - value.length;
      if (isSecretAccessKeyShape(value) && !allowed(value)) findings.push({ type: 'secret', start: index, end: index + value.length, value });
    }
    LABELLED_TOKEN.lastIndex = 0;
    for (let match = LABELLED_TOKEN.exec(text); match; match = LABELLED_TOKEN.exec(text)) {
      const value = match[1]!;
      const index = match.index + match[0].length - value.length;
      if (isSessionTokenShape(value) && !allowed(value) && !overlaps(taken, index, index + value.length)) {
        findings.push({ type: 'token', start: index, end: index + value.length, value });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------
// Where a value sits.

/** The expression that occupies a slot: climbs `as`, `!`, `satisfies`, `x || <value>`, `c ? <value> : y`. */
function climb(node: Node): { holder: Node; fallback: TSESTree.LogicalExpression | null } {
  let holder = node;
  let fallback: TSESTree.LogicalExpression | null = null;
  for (;;) {
    const parent = holder.parent;
    if (!parent) break;
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion
    ) {
      holder = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') {
      if (parent.right === holder && fallback == null && getStaticString(parent.left) == null) fallback = parent;
      holder = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== holder) {
      holder = parent;
      continue;
    }
    break;
  }
  return { holder, fallback };
}

/** `process.env` or `import.meta.env`. */
function isEnvironmentObject(node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || getKeyName(node) !== 'env') return false;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === 'process';
  return object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import';
}

const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/gu, '');

/** The value of a property that is a real (non-placeholder) key id. */
function holdsKeyId(property: TSESTree.ObjectLiteralElement): boolean {
  if (property.type !== AST_NODE_TYPES.Property) return false;
  const value = getStaticString(property.value);
  return value != null && getKeyIdKind(value) != null && !isPlaceholderKeyId(value);
}

/** An object that names (or holds) an access key id: a credential bundle of some scheme. */
function isCredentialObject(object: TSESTree.ObjectExpression): boolean {
  if (object.properties.length > 30) return false;
  return object.properties.some((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const name = getKeyName(property);
    return (name != null && KEY_NAMES.has(normalise(name))) || holdsKeyId(property);
  });
}

/** What a name says a value is, when it says it: `secretAccessKey`, `AWS_SECRET_ACCESS_KEY`, `awsSessionToken`… */
function roleOfName(name: string, object: TSESTree.ObjectExpression | null): Role | null {
  const n = normalise(name);
  if (n.includes('secretaccesskey') || (n.includes('aws') && n.includes('secret'))) return 'secret';
  if (/sessiontoken|securitytoken|ststoken/u.test(n) || (n.includes('aws') && n.endsWith('token'))) return 'token';
  // Generic names count only in a credential object.
  if (n === 'secret' || n.endsWith('secretkey') || n === 'secretaccess') return object && isCredentialObject(object) ? 'secret' : null;
  if (n === 'token') return object && isCredentialObject(object) ? 'token' : null;
  return null;
}

// ---------------------------------------------------------------------------------------------------------

const rule = createRule<Options, MessageIds>({
  name: 'no-hardcoded-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AWS access key ids, secret access keys and session tokens written into source code',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      longTermKeyId:
        'The long-term AWS access key id {{keyId}} is committed to source: treat it as leaked, deactivate and rotate it in IAM, and load credentials at run time (environment variables or the default provider chain) instead.',
      temporaryKeyId:
        'The temporary AWS access key id {{keyId}} is committed to source: it expires within hours and needs its session token, and until then anyone who reads it can use it. Revoke the session and load credentials at run time from the default provider chain instead.',
      otherKeyId:
        'The AWS {{kind}} id {{keyId}} is committed to source: treat it as leaked, revoke it, and load credentials at run time instead.',
      secretAccessKey:
        'An AWS secret access key is committed to source: treat it as leaked, rotate the key pair in IAM, and load the secret at run time (`AWS_SECRET_ACCESS_KEY` or the default provider chain) instead.',
      sessionToken:
        'An AWS session token is committed to source: it expires within hours, and until then anyone who reads it can act with its role. Revoke the session and load temporary credentials at run time from the default provider chain instead.',
      signedRequest:
        'This {{thing}} embeds {{what}}, which anyone who reads the code can use until it expires: revoke or rotate those credentials, and sign URLs and requests at run time instead of committing them.',
      browserEnvironment:
        '`{{name}}` is pasted into the browser bundle by the bundler, so this AWS {{what}} is readable by anyone who loads the page. Rotate it, and give browsers temporary credentials from a Cognito identity pool or presigned URLs made on a server instead.',
      useEnvironment: 'Replace the value with `{{replacement}}`.',
      useDefaultChain: 'Remove the explicit credentials so that the default provider chain loads them at run time.',
      removeFallback: 'Remove the hardcoded fallback value.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            description:
              'Values never to report: exact strings, or regular expressions written as `/source/flags`. Matched against the key id, secret, token or environment variable name.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          ignoreTestFiles: {
            type: 'boolean',
            description: 'Skip `*.test.*` and `*.spec.*` files and files under `test`, `tests`, `spec`, `__tests__` and `__mocks__` folders.',
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], ignoreTestFiles: false }],
  },
  // Most files hold neither a context word nor a hint: two tests, each stopping at its first hit.
  textGate: { test: (text) => CONTEXT_WORDS.test(text) || PREFIX_HINT.test(text) },
  create(context, [options], sourceCode) {
    return createListeners(context, sourceCode, options ?? {});
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default rule;

function createListeners(context: Context, sourceCode: Readonly<TSESLint.SourceCode>, { allow = [], ignoreTestFiles = false }: Options[0]): TSESLint.RuleListener {
  if (ignoreTestFiles && TEST_FILE.test(context.filename.replaceAll('\\', '/'))) return {};
  const text = sourceCode.text;
  // Sorted positions of every hint; only the strings, comments and keys they fall in are scanned.
  const hints: number[] = [];
  let keyIdPrefix = false;
  // Quoted values shaped like a secret (40 characters) or a token (100 and more): a slot or a label may say so.
  const shaped: Array<{ index: number; length: number }> = [];
  // `exec` with `lastIndex` rather than `matchAll`, which clones the pattern on every call.
  HINTS.lastIndex = 0;
  let publicEnv = false;
  // Where the last shaped value ends: the scan goes on inside it for hints, and its closing quote starts no other.
  let shapedEnd = 0;
  for (let match = HINTS.exec(text); match; match = HINTS.exec(text)) {
    if (match[3]) {
      if (match.index >= shapedEnd) {
        shaped.push({ index: match.index + 1, length: match[0].length - 2 });
        shapedEnd = match.index + match[0].length;
      }
      HINTS.lastIndex = match.index + 1;
    } else if (match[2]) {
      publicEnv = true;
    } else {
      hints.push(match.index);
      if (match[1]) keyIdPrefix = true;
    }
  }
  // The text gate passed, so the file holds a hint (then `hints` has it) or context words: nothing to test again.
  const allowed = compileAllow(allow);
  // Read only when a suggestion is built: most files never ask.
  let typescript: boolean | undefined;
  const inTypeScript = (): boolean => (typescript ??= TS_FILE.test(context.filename));

  /**
   * Reports what a text holds. The node's source text (`placed`) places each finding; without it (a joined
   * concatenation) findings sit on the node. `whole` is the value node, for suggestions.
   */
  function reportText(node: Node | TSESTree.Comment, value: string, placed: boolean, whole: Node | null, leaves?: ReadonlyArray<readonly [number, number]>): boolean {
    const findings = scanText(value, allowed);
    if (findings.length === 0) return false;
    const rawStart = node.range[0];
    const raw = placed ? text.slice(rawStart, node.range[1]) : null;
    let reported = false;
    let cursor = 0;
    for (const finding of findings) {
      // A match inside one piece of a concatenation was reported on that piece.
      if (leaves?.some(([from, to]) => finding.start >= from && finding.end <= to)) continue;
      reported = true;
      let loc: TSESTree.SourceLocation = node.loc;
      const at = raw == null ? -1 : raw.indexOf(finding.value, cursor);
      if (at >= 0) {
        cursor = at + finding.value.length;
        loc = { start: sourceCode.getLocFromIndex(rawStart + at), end: sourceCode.getLocFromIndex(rawStart + cursor) };
      }
      const isWhole = whole != null && finding.start === 0 && finding.end === value.length && finding.type !== 'signed';
      report(finding, loc, isWhole ? whole : null);
    }
    return reported;
  }

  function report(finding: Finding, loc: TSESTree.SourceLocation, whole: Node | null): void {
    const suggest = whole && finding.type !== 'signed' ? suggestionsFor(whole, finding.type) : [];
    if (finding.type === 'key') {
      const kind = getKeyIdKind(finding.value)!;
      const keyId = redactKeyId(finding.value);
      if (kind === 'long-term' || kind === 'temporary') {
        context.report({ loc, messageId: kind === 'long-term' ? 'longTermKeyId' : 'temporaryKeyId', data: { keyId }, suggest });
      } else {
        context.report({ loc, messageId: 'otherKeyId', data: { keyId, kind: KEY_KIND_WORDS[kind] }, suggest });
      }
      return;
    }
    if (finding.type === 'secret') {
      context.report({ loc, messageId: 'secretAccessKey', suggest });
      return;
    }
    if (finding.type === 'token') {
      context.report({ loc, messageId: 'sessionToken', suggest });
      return;
    }
    const kind = finding.keyId ? getKeyIdKind(finding.keyId) : null;
    const keyText = finding.keyId && kind ? `the ${KEY_KIND_WORDS[kind]} access key id ${redactKeyId(finding.keyId)}` : null;
    const what = keyText && finding.token ? `${keyText} and a session token` : (keyText ?? 'a session token');
    context.report({ loc, messageId: 'signedRequest', data: { thing: finding.thing, what }, suggest: [] });
  }

  /** Replace with the environment variable, drop a literal fallback, or let the SDK's default chain load credentials. */
  function suggestionsFor(value: Node, role: Role): Suggestion[] {
    const suggestions: Suggestion[] = [];
    const { holder, fallback } = climb(value);
    const parent = holder.parent;
    if (!parent) return suggestions;
    if (fallback) {
      const left = fallback.left;
      suggestions.push({ messageId: 'removeFallback', fix: (fixer) => fixer.replaceText(fallback, sourceCode.getText(left)) });
    } else if (isValuePosition(holder, parent)) {
      const name = ENVIRONMENT_NAMES[role];
      const reference = `process.env.${name}${inTypeScript() && role !== 'token' && parent.type !== AST_NODE_TYPES.JSXAttribute ? '!' : ''}`;
      const replacement = parent.type === AST_NODE_TYPES.JSXAttribute ? `{${reference}}` : reference;
      suggestions.push({ messageId: 'useEnvironment', data: { replacement: reference }, fix: (fixer) => fixer.replaceText(value, replacement) });
    }
    const removals = defaultChainRemovals(holder);
    if (removals) {
      suggestions.push({ messageId: 'useDefaultChain', fix: (fixer) => removeListItems(fixer, sourceCode, removals) });
    }
    return suggestions;
  }

  /** Where replacing a value by an environment read makes sense (not a key, a type, an import or `process.env.X = …`). */
  function isValuePosition(holder: Node, parent: Node): boolean {
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
        return parent.value === holder && parent.kind === 'init' && parent.parent.type === AST_NODE_TYPES.ObjectExpression;
      case AST_NODE_TYPES.VariableDeclarator:
      case AST_NODE_TYPES.AssignmentPattern:
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.JSXAttribute:
      case AST_NODE_TYPES.JSXExpressionContainer:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return true;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === holder && !(parent.left.type === AST_NODE_TYPES.MemberExpression && isEnvironmentObject(parent.left.object));
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.arguments.includes(holder as TSESTree.CallExpressionArgument);
      default:
        return false;
    }
  }

  /** Inside a known SDK consumer with its own provider chain: what to remove so that the chain is used. */
  function defaultChainRemovals(holder: Node): readonly Node[] | null {
    const property = holder.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== holder || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const bundle = findObjectBundle(property.parent);
    if (!bundle || ![bundle.key.node, bundle.secret.node, bundle.token?.node].includes(property)) return null;
    const consumer = findConsumer(bundle, sourceCode, getProvenance(sourceCode));
    if (!consumer || consumer.aws === false) return null;
    if (consumer.removable) return consumer.removable;
    // v2 service options: without key and secret the SDK uses its own chain.
    if (consumer.kind === 'v2-options' && consumer.call?.arguments.includes(bundle.node as TSESTree.CallExpressionArgument)) {
      return [bundle.key.node, bundle.secret.node, ...(bundle.token ? [bundle.token.node] : [])];
    }
    return null;
  }

  /** Secret or token by context: the slot's name, a credential bundle, a positional consumer, a key id beside it. */
  function roleByContext(value: Node): Role | 'beside-key' | null {
    const { holder } = climb(value);
    const parent = holder.parent;
    if (!parent) return null;
    switch (parent.type) {
      case AST_NODE_TYPES.Property: {
        if (parent.value !== holder || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
        const object = parent.parent;
        const name = getKeyName(parent);
        // Beside a real key id, a secret-shaped value is its secret and a token-shaped one its token.
        const role = (name != null ? roleOfName(name, object) : null) ?? (object.properties.some(holdsKeyId) ? 'beside-key' : null);
        return role != null && awsEndpoint(object) ? role : null;
      }
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === holder && parent.id.type === AST_NODE_TYPES.Identifier ? roleOfName(parent.id.name, null) : null;
      case AST_NODE_TYPES.AssignmentExpression: {
        if (parent.right !== holder) return null;
        const left = parent.left;
        if (left.type === AST_NODE_TYPES.Identifier) return roleOfName(left.name, null);
        if (left.type === AST_NODE_TYPES.MemberExpression) {
          const name = getKeyName(left);
          return name != null ? roleOfName(name, null) : null;
        }
        return null;
      }
      case AST_NODE_TYPES.AssignmentPattern:
        return parent.right === holder && parent.left.type === AST_NODE_TYPES.Identifier ? roleOfName(parent.left.name, null) : null;
      case AST_NODE_TYPES.PropertyDefinition: {
        const name = parent.value === holder ? getKeyName(parent) : null;
        return name != null ? roleOfName(name, null) : null;
      }
      case AST_NODE_TYPES.JSXAttribute:
        return parent.name.type === AST_NODE_TYPES.JSXIdentifier ? roleOfName(parent.name.name, null) : null;
      case AST_NODE_TYPES.JSXExpressionContainer: {
        const attribute = parent.parent;
        return attribute.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? roleOfName(attribute.name.name, null) : null;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const index = parent.arguments.indexOf(holder as TSESTree.CallExpressionArgument);
        if (index !== 1 && index !== 2) return null;
        const found = findPositionalBundle(parent, getProvenance(sourceCode));
        if (!found) return null;
        if (found.bundle.secret.value === holder) return 'secret';
        return found.bundle.token?.value === holder ? 'token' : null;
      }
      default:
        return null;
    }
  }

  /** False when the object (or the client options it is the `credentials` of) points at a non-AWS endpoint. */
  function awsEndpoint(object: TSESTree.ObjectExpression): boolean {
    const provenance = getProvenance(sourceCode);
    if (endpointIsAws(object, provenance) === false) return false;
    const slot = object.parent;
    if (slot.type === AST_NODE_TYPES.Property && slot.value === object && getKeyName(slot) === 'credentials' && slot.parent.type === AST_NODE_TYPES.ObjectExpression) {
      return endpointIsAws(slot.parent, provenance) !== false;
    }
    return true;
  }

  /** A whole string value that is a secret or a token because of where it is. */
  function checkContext(value: Node, text: string): void {
    // The shape first (cheap), then the slot.
    const shape = text.length === 40 ? (isSecretAccessKeyShape(text) ? 'secret' : null) : text.length >= 100 && isSessionTokenShape(text) ? 'token' : null;
    if (shape == null || allowed(text)) return;
    const found = roleByContext(value);
    const role = found === 'beside-key' ? shape : found;
    if (role !== shape) return;
    context.report({ node: value, messageId: role === 'secret' ? 'secretAccessKey' : 'sessionToken', suggest: suggestionsFor(value, role) });
  }

  /** A joined concatenation checked as a value: what it holds, or else what its slot says it is. */
  function checkJoined(node: Node, value: string, leaves: ReadonlyArray<readonly [number, number]>): void {
    // Without a prefix anywhere in the file, only a key id split inside its prefix can be there: 20 characters.
    const scan = hints.length > 0 || (value.length === 20 && getKeyIdKind(value) != null);
    if (scan && reportText(node, value, false, node, leaves)) return;
    checkContext(node, value);
  }

  /** `'AKIA' + '…'`: the pieces (static strings only) and where each sits in the joined value. */
  function concatenation(node: TSESTree.BinaryExpression): { value: string; leaves: Array<[number, number]> } | null {
    const pieces: string[] = [];
    const visit = (part: Node): boolean => {
      if (part.type === AST_NODE_TYPES.BinaryExpression && part.operator === '+') return visit(part.left) && visit(part.right);
      const piece = getStaticString(part);
      if (piece == null) return false;
      pieces.push(piece);
      return true;
    };
    if (!visit(node)) return null;
    const leaves: Array<[number, number]> = [];
    let offset = 0;
    for (const piece of pieces) {
      leaves.push([offset, offset + piece.length]);
      offset += piece.length;
    }
    return { value: pieces.join(''), leaves };
  }

  /** Reports a browser-inlined environment variable that holds an AWS credential. */
  function checkPublicName(name: string, node: Node): void {
    const match = PUBLIC_ENV.exec(name);
    if (!match) return;
    const rest = match[1]!.toUpperCase();
    if (NOT_A_CREDENTIAL_NAME.test(rest)) return;
    const aws = AWS_WORD.test(rest);
    let what: string | null = null;
    if (/SECRET_?ACCESS_?KEY/u.test(rest) || (aws && rest.includes('SECRET'))) what = 'secret access key';
    else if (aws && /(?:SESSION|SECURITY|STS)_?TOKEN/u.test(rest)) what = 'session token';
    else if (/ACCESS_?KEY_?ID/u.test(rest) || (aws && /ACCESS_?(?:KEY|ID)/u.test(rest))) what = 'access key id';
    if (what == null || allowed(name)) return;
    context.report({ node, messageId: 'browserEnvironment', data: { name, what } });
  }

  const tokens = sourceCode.ast.tokens;

  /**
   * True when the token at a text position can hold a finding: a string, a template, JSX text, or a
   * 20-character identifier that may be an object key. Most hints fall elsewhere and need no node.
   */
  function inRelevantToken(index: number): boolean {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle]!.range[1] <= index) low = middle + 1;
      else high = middle;
    }
    const token = tokens[low];
    if (!token || token.range[0] > index) return false;
    const type = token.type as string;
    return type === 'String' || type === 'Template' || type === 'JSXText' || (type === 'Identifier' && keyIdPrefix && token.range[1] - token.range[0] === 20);
  }

  /**
   * The leaf nodes (strings, quasis, JSX text, identifiers) at sorted text positions, found in one walk that
   * enters only the nodes containing a position: looking each up from the root would be quadratic in big files.
   */
  function leavesAt(positions: readonly number[]): Map<number, Node> {
    const found = new Map<number, Node>();
    if (positions.length === 0) return found;
    const firstAtOrAfter = (start: number): number => {
      let low = 0;
      let high = positions.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (positions[middle]! < start) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
    const stack: Node[] = [sourceCode.ast as Node];
    while (stack.length > 0) {
      const node = stack.pop()!;
      let at = firstAtOrAfter(node.range[0]);
      if (at >= positions.length || positions[at]! >= node.range[1]) continue;
      // An identifier with a type annotation spans the annotation, which may hold a string literal type.
      if (LEAF_TYPES.has(node.type) && !(node.type === AST_NODE_TYPES.Identifier && node.typeAnnotation)) {
        for (; at < positions.length && positions[at]! < node.range[1]; at += 1) found.set(positions[at]!, node);
        continue;
      }
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof (item as Node).type === 'string') stack.push(item as Node);
        } else if (child && typeof (child as Node).type === 'string') {
          stack.push(child as Node);
        }
      }
    }
    return found;
  }

  /** The comment that contains `index`, by binary search over the sorted comments. */
  function commentAt(comments: readonly TSESTree.Comment[], index: number): TSESTree.Comment | null {
    let low = 0;
    let high = comments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (comments[middle]!.range[1] <= index) low = middle + 1;
      else high = middle;
    }
    const comment = comments[low];
    return comment && comment.range[0] <= index ? comment : null;
  }

  /** Scans the string, template quasi, JSX text or identifier key a hint fell in; true when it reported. */
  function scanNode(node: Node): boolean {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' && node.value.length >= 20 && reportText(node, node.value, true, node);
      case AST_NODE_TYPES.TemplateElement: {
        const value = node.value.cooked ?? node.value.raw;
        return value.length >= 20 && reportText(node, value, true, wholeTemplate(node));
      }
      case AST_NODE_TYPES.JSXText:
        return node.value.length >= 20 && reportText(node, node.value, true, null);
      case AST_NODE_TYPES.Identifier: {
        // `{ AKIA…: … }`: a key id as an identifier key.
        const property = node.parent;
        if (property?.type !== AST_NODE_TYPES.Property || property.key !== node || property.computed || node.name.length !== 20) return false;
        const findings = scanText(node.name, allowed);
        for (const finding of findings) report(finding, node.loc, null);
        return findings.length > 0;
      }
      default:
        return false;
    }
  }

  /** The template literal of a quasi, when the quasi is all of it (no `${…}`). */
  function wholeTemplate(node: TSESTree.TemplateElement): TSESTree.TemplateLiteral | null {
    const template = node.parent;
    return template.type === AST_NODE_TYPES.TemplateLiteral && template.expressions.length === 0 ? template : null;
  }

  /** Scans what each hint falls in, and checks the slot or label of each shaped value. */
  function checkHintsAndShapes(): void {
    const comments = sourceCode.getAllComments();
    // The nodes every position falls in, resolved in one walk.
    const positions = [...hints, ...shaped.map(({ index }) => index)].filter((index) => commentAt(comments, index) == null && inRelevantToken(index));
    const nodes = leavesAt(positions.sort((a, b) => a - b));
    const reported = new Set<Node>();
    const seen = new Set<Node | TSESTree.Comment>();

    // Each hint lands in a comment, a string, a quasi, JSX text or a key: scan that.
    for (const index of hints) {
      const comment = commentAt(comments, index);
      if (comment) {
        if (!seen.has(comment) && comment.value.length >= 20) reportText(comment, comment.value, true, null);
        seen.add(comment);
        continue;
      }
      const node = nodes.get(index);
      if (!node || seen.has(node)) continue;
      seen.add(node);
      if (scanNode(node)) reported.add(node);
    }
    // Is a shaped value's slot a secret or token one? Inside a comment or a longer string, is there a label
    // before it (commented-out code, JSON)?
    for (const { index, length } of shaped) {
      const comment = commentAt(comments, index);
      if (comment) {
        if (!seen.has(comment)) reportText(comment, comment.value, true, null);
        seen.add(comment);
        continue;
      }
      const node = nodes.get(index);
      if (!node || reported.has(node)) continue;
      const value = node.type === AST_NODE_TYPES.Literal ? node.value : node.type === AST_NODE_TYPES.TemplateElement ? (node.value.cooked ?? node.value.raw) : null;
      if (typeof value !== 'string') continue;
      if (value.length === length) {
        const whole = node.type === AST_NODE_TYPES.TemplateElement ? wholeTemplate(node) : node;
        if (whole) checkContext(whole, value);
      } else if (!seen.has(node)) {
        seen.add(node);
        scanNode(node);
      }
    }
  }

  const listeners: TSESLint.RuleListener = {
    // Selectors narrow the calls to the few nodes that can matter (ESLint matches them before calling).
    // Only a chain of pieces that can all be constant strings: `x + '…'` (an identifier, a call) cannot be joined.
    "BinaryExpression[operator='+'][right.type=/^(?:Literal|TemplateLiteral)$/][left.type=/^(?:Literal|TemplateLiteral|BinaryExpression)$/]"(node: TSESTree.BinaryExpression) {
      // The top of a chain of `+` whose last piece is a constant string.
      if (getStaticString(node.right) == null || (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+')) return;
      const joined = concatenation(node);
      if (joined && joined.value.length >= 20) checkJoined(node, joined.value, joined.leaves);
    },
    "CallExpression[callee.type='MemberExpression'][callee.object.type='ArrayExpression']"(node: TSESTree.CallExpression) {
      // `['AKIA', '…'].join('')`
      const callee = node.callee as TSESTree.MemberExpression;
      if (callee.object.type !== AST_NODE_TYPES.ArrayExpression || getKeyName(callee) !== 'join') return;
      const separator = node.arguments.length === 0 ? ',' : node.arguments.length === 1 ? getStaticString(node.arguments[0]!) : null;
      if (separator == null) return;
      const pieces: string[] = [];
      for (const element of callee.object.elements) {
        const piece = element && element.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(element) : null;
        if (piece == null) return;
        pieces.push(piece);
      }
      const leaves: Array<[number, number]> = [];
      let offset = 0;
      for (const piece of pieces) {
        leaves.push([offset, offset + piece.length]);
        offset += piece.length + separator.length;
      }
      const value = pieces.join(separator);
      if (value.length >= 20) checkJoined(node, value, leaves);
    },
  };

  // Only where the text holds a hint or a shaped value (a few files in a hundred): nothing else reads the tree here.
  if (hints.length > 0 || shaped.length > 0) listeners.Program = checkHintsAndShapes;
  if (publicEnv) {
    listeners.MemberExpression = (node) => {
      if (node.property.type === AST_NODE_TYPES.PrivateIdentifier || !isEnvironmentObject(node.object)) return;
      const name = getKeyName(node);
      if (name != null) checkPublicName(name, node);
    };
    listeners.VariableDeclarator = (node) => {
      // `const { VITE_AWS_SECRET_ACCESS_KEY } = import.meta.env`
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init || !isEnvironmentObject(node.init)) return;
      for (const property of node.id.properties) {
        const name = property.type === AST_NODE_TYPES.Property ? getKeyName(property) : null;
        if (name != null && property.type === AST_NODE_TYPES.Property) checkPublicName(name, property.key);
      }
    };
    listeners.ImportDeclaration = (node) => {
      // SvelteKit: `import { PUBLIC_AWS_SECRET_ACCESS_KEY } from '$env/static/public'`
      if (!/^\$env\/(?:static|dynamic)\/public$/u.test(node.source.value)) return;
      for (const specifier of node.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier) {
          checkPublicName(specifier.imported.name, specifier.imported);
        }
      }
    };
  }

  return listeners;
}
