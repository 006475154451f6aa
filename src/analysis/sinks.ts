import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable, getCalleeName, getCalleeTail, getKeyName, isSingleAssignment, unwrap } from './ast.js';
import type { Container, Provenance, Value } from './provenance.js';
import { fieldRole, isProcessEnvObject, SHAPES, STANDARD_ENV } from './provenance.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where a value becomes readable by people who should not hold AWS credentials (credential-shapes §7):
 * - `console`, `logger`, `stream`: logs;
 * - `error`: error messages (they end up in logs and HTTP 500 pages);
 * - `telemetry`: X-Ray annotations and metadata, Sentry;
 * - `response`: HTTP responses;
 * - `dom`: the page;
 * - `actions-output`, `actions-log`: GitHub Actions outputs, exported variables and the job log.
 */
export type SinkKind = 'console' | 'logger' | 'stream' | 'error' | 'telemetry' | 'response' | 'dom' | 'actions-output' | 'actions-log' | 'command';

export interface Sink {
  kind: SinkKind;
  /** Human words for messages: "the console", "an X-Ray annotation". */
  label: string;
  /** The expressions whose values reach the sink. */
  values: readonly Node[];
  /** The receiver text of a GitHub Actions call (`core`), for `core.setSecret(…)`. */
  actions?: string;
}

export interface SinkOptions {
  /** Extra sink names: a whole callee (`dbg.log1`), a receiver (`dbg`) or a function (`trace`). */
  loggers: ReadonlySet<string>;
}

/** Method names of loggers (pino, winston, bunyan, log4js, consola, signale, npmlog, Fastify and Nest loggers). */
const LOG_METHODS = new Set([
  'trace',
  'debug',
  'info',
  'warn',
  'warning',
  'error',
  'fatal',
  'log',
  'verbose',
  'silly',
  'notice',
  'critical',
  'crit',
  'alert',
  'emerg',
  'http',
  'success',
  'child',
]);

/** Receivers that are loggers by name: `logger`, `log`, `this.logger`, `req.log`, `appLogger`, `auditLog`. */
const LOGGER_RECEIVER = /^(?:_?logger|_?log|LOGGER|LOG|logging|[a-z_$][\w$]*Logger|[a-z_$][\w$]*Log|winston|pino|bunyan|log4js|consola|signale|npmlog|loglevel)$/u;

/** Functions that are log calls by name: `log(…)`, `debug(…)` (a `debug('ns')` instance), `dbg(…)`. */
export const LOGGER_FUNCTION_PATTERN = '^(?:log|debug|dbg|logger|trace)$|Log$|Debug$|^(?:log|debug)[A-Z]';
const LOGGER_FUNCTION = new RegExp(LOGGER_FUNCTION_PATTERN, 'u');
/** Passport's `logIn` / `logOut` are no log calls. */
const NOT_LOGGER_FUNCTION = /^log(?:In|Out)$/u;

/** Calls that create a logger: `pino()`, `winston.createLogger()`, `bunyan.createLogger()`, `log4js.getLogger()`, `debug('ns')`. */
const LOGGER_FACTORY = /^(?:pino|debug|createLogger|getLogger|child|debuglog|Logger)$/u;

const XRAY_METHODS = new Set(['addAnnotation', 'addMetadata', 'putAnnotation', 'putMetadata']);
const SENTRY_METHODS = new Set([
  'captureMessage',
  'captureException',
  'captureEvent',
  'setContext',
  'setExtra',
  'setExtras',
  'setTag',
  'setTags',
  'setUser',
  'addBreadcrumb',
]);
const RESPONSE_METHODS = new Set(['json', 'jsonp', 'send', 'end', 'write', 'render']);
/** Calls between `res` and the method that sends: `res.status(200).json(…)`. */
const RESPONSE_CHAIN = new Set(['status', 'code', 'header', 'set', 'type', 'setHeader', 'headers', 'cookie']);
const RESPONSE_RECEIVER = /^(?:res|response|reply|rep|h)$/u;
const ACTIONS_OUTPUTS = new Set(['setOutput', 'exportVariable', 'saveState']);
const ACTIONS_LOGS = new Set(['info', 'debug', 'notice', 'warning', 'error', 'setFailed']);
const DOM_PROPERTIES = new Set(['innerHTML', 'outerHTML']);

/** Every method name that can make a member call a sink (checked first, before building names). */
export const SINK_METHODS = new Set([
  ...LOG_METHODS,
  ...XRAY_METHODS,
  ...SENTRY_METHODS,
  ...RESPONSE_METHODS,
  ...ACTIONS_OUTPUTS,
  ...ACTIONS_LOGS,
  'writeln',
  'insertAdjacentHTML',
  // console
  'dir',
  'dirxml',
  'table',
  'group',
  'groupCollapsed',
  'assert',
  'count',
  'timeLog',
  'timeEnd',
  'time',
  'profile',
]);

const LOGGER_FACTORIES = new Set(['pino', 'debug', 'createLogger', 'getLogger', 'child', 'debuglog', 'extend']);

/**
 * The first, cheapest test of every call and `new`: can its callee's name make it a sink (or
 * `core.setSecret`)? Reads two properties and does set lookups; everything else waits.
 */
export function mayBeSink(node: TSESTree.CallExpression | TSESTree.NewExpression, loggers: ReadonlySet<string>, loggerNames: ReadonlySet<string>): boolean {
  if (node.arguments.length === 0) return false;
  let callee: Node = node.callee;
  if (callee.type === AST_NODE_TYPES.ChainExpression || callee.type === AST_NODE_TYPES.TSNonNullExpression) callee = callee.expression;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (loggers.size > 0) return true;
    const property = callee.property;
    if (callee.computed) return property.type === AST_NODE_TYPES.Literal && SINK_METHODS.has(String(property.value));
    return property.type === AST_NODE_TYPES.Identifier && (SINK_METHODS.has(property.name) || property.name === 'setSecret' || (node.type === AST_NODE_TYPES.NewExpression && property.name.endsWith('Error')));
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const name = callee.name;
  if (name.endsWith('Error') || name === 'Response' || name === 'NextResponse') return true;
  return node.type === AST_NODE_TYPES.CallExpression && (loggerNames.has(name) || loggers.has(name) || (LOGGER_FUNCTION.test(name) && !NOT_LOGGER_FUNCTION.test(name)));
}

/** `pino()`, `winston.createLogger(…)`, `log4js.getLogger()`, `debug('ns')`, `require('debug')('ns')`, `new Logger(…)`. */
export function isLoggerFactoryCall(node: Node): boolean {
  let init = unwrap(node);
  while (init.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(init.callee);
    const tail = getCalleeTail(callee);
    if (tail && LOGGER_FACTORIES.has(tail)) return true;
    if (callee.type === AST_NODE_TYPES.CallExpression && getCalleeName(callee.callee) === 'require') {
      const module = callee.arguments[0];
      return module?.type === AST_NODE_TYPES.Literal && (module.value === 'debug' || module.value === 'pino');
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.CallExpression) return false;
    init = callee.object;
  }
  return init.type === AST_NODE_TYPES.NewExpression && /Logger$/u.test(getCalleeTail(init.callee) ?? '');
}

/** `Error`, `TypeError`, `CredentialsProviderError`: constructors whose message is an error message. */
const ERROR_CLASS = /^(?:[A-Z][\w$]*)?Error$/u;

/** The sink a call or `new` writes to, decided from the callee's name alone. */
export function callSink(node: TSESTree.CallExpression | TSESTree.NewExpression, options: SinkOptions, isLoggerBinding: (node: TSESTree.Identifier) => boolean): Sink | null {
  const callee = unwrap(node.callee);
  const args = node.arguments as readonly Node[];
  if (args.length === 0) return null;

  if (callee.type === AST_NODE_TYPES.Identifier) {
    const name = callee.name;
    if (ERROR_CLASS.test(name)) return { kind: 'error', label: 'an error message', values: args };
    if (node.type === AST_NODE_TYPES.NewExpression) {
      if (name === 'Response' || name === 'NextResponse') return { kind: 'response', label: 'an HTTP response', values: args.slice(0, 1) };
      return null;
    }
    if (options.loggers.has(name) || (LOGGER_FUNCTION.test(name) && !NOT_LOGGER_FUNCTION.test(name)) || isLoggerBinding(callee)) return { kind: 'logger', label: 'a logger', values: args };
    return null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.NewExpression) {
    // `new errors.AuthError(msg)`, `new AWS.Response(…)` and the like.
    const tail = node.type === AST_NODE_TYPES.NewExpression ? getCalleeTail(callee) : null;
    if (tail && ERROR_CLASS.test(tail)) return { kind: 'error', label: 'an error message', values: args };
    return null;
  }
  const method = getKeyName(callee);
  if (method == null || (!SINK_METHODS.has(method) && options.loggers.size === 0)) return null;
  const receiverNode = unwrap(callee.object);
  const receiver = getCalleeName(receiverNode);
  const receiverTail = receiver == null ? null : receiver.slice(receiver.lastIndexOf('.') + 1);

  if (receiver != null && options.loggers.size > 0 && (options.loggers.has(`${receiver}.${method}`) || options.loggers.has(receiver))) {
    return { kind: 'logger', label: 'a logger', values: args };
  }
  if (receiver === 'console' || receiver === 'window.console' || receiver === 'globalThis.console') return { kind: 'console', label: 'the console', values: args };
  if (method === 'write' && (receiver === 'process.stdout' || receiver === 'process.stderr')) return { kind: 'stream', label: `\`${receiver}\``, values: args.slice(0, 1) };
  if (XRAY_METHODS.has(method)) return { kind: 'telemetry', label: 'X-Ray trace data', values: args };
  if (SENTRY_METHODS.has(method) && receiver != null && /sentry|^scope$/iu.test(receiver)) return { kind: 'telemetry', label: 'Sentry', values: args };
  if (receiverTail === 'core' || receiver === 'actionsCore') {
    if (ACTIONS_OUTPUTS.has(method)) return { kind: 'actions-output', label: `a GitHub Actions \`${method}\``, values: args.slice(1, 2), actions: receiver! };
    if (ACTIONS_LOGS.has(method)) return { kind: 'actions-log', label: 'the GitHub Actions log', values: args.slice(0, 1), actions: receiver! };
  }
  if (receiver === 'document' && (method === 'write' || method === 'writeln')) return { kind: 'dom', label: 'the page', values: args };
  if (method === 'insertAdjacentHTML') return { kind: 'dom', label: 'the page', values: args.slice(1, 2) };
  if ((receiver === 'NextResponse' || receiver === 'Response') && method === 'json') return { kind: 'response', label: 'an HTTP response', values: args.slice(0, 1) };
  if (RESPONSE_METHODS.has(method) && isResponseReceiver(receiverNode)) return { kind: 'response', label: 'an HTTP response', values: args };
  if (LOG_METHODS.has(method)) {
    if (receiverTail != null && LOGGER_RECEIVER.test(receiverTail)) return { kind: 'logger', label: 'a logger', values: args };
    if (receiverNode.type === AST_NODE_TYPES.Identifier && isLoggerBinding(receiverNode)) return { kind: 'logger', label: 'a logger', values: args };
    // `pino().info(…)`, `log4js.getLogger().warn(…)`.
    if (receiverNode.type === AST_NODE_TYPES.CallExpression && LOGGER_FACTORY.test(getCalleeTail(receiverNode.callee) ?? '')) {
      return { kind: 'logger', label: 'a logger', values: args };
    }
  }
  return null;
}

function isResponseReceiver(node: Node): boolean {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression && RESPONSE_CHAIN.has(getKeyName(current.callee) ?? '')) {
    current = unwrap(current.callee.object);
  }
  const name = getCalleeName(current);
  const tail = name?.split('.').at(-1);
  return tail != null && (RESPONSE_RECEIVER.test(tail) || name === 'ctx.res');
}

/** `el.innerHTML = v`, Koa's `ctx.body = v`. */
export function assignmentSink(node: TSESTree.AssignmentExpression): Sink | null {
  if (node.left.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getKeyName(node.left);
  if (name != null && DOM_PROPERTIES.has(name)) return { kind: 'dom', label: 'the page', values: [node.right] };
  if (name === 'body' && node.operator === '=') {
    const receiver = getCalleeName(node.left.object);
    if (receiver === 'ctx' || receiver === 'context' || receiver === 'ctx.response') return { kind: 'response', label: 'an HTTP response', values: [node.right] };
  }
  return null;
}

/** The `body` of an API Gateway / Lambda proxy result: `return { statusCode: 200, body: … }`. */
export function returnedBodySink(node: Node): Sink | null {
  const object = unwrap(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let body: Node | null = null;
  let statusCode = false;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = getKeyName(property);
    if (key === 'body') body = property.value;
    else if (key === 'statusCode') statusCode = true;
  }
  return body && statusCode ? { kind: 'response', label: 'an HTTP response', values: [body] } : null;
}

/** `throw 'bad token ' + t`, `throw { creds }`: anything thrown that is not `new X(…)` (those are calls). */
export function throwSink(node: TSESTree.ThrowStatement): Sink | null {
  const argument = unwrap(node.argument);
  if (argument.type === AST_NODE_TYPES.NewExpression || argument.type === AST_NODE_TYPES.CallExpression) return null;
  return { kind: 'error', label: 'a thrown value', values: [argument] };
}

/** What makes a value sensitive. */
export type LeakKind = 'secret' | 'token' | 'key-id' | 'credentials' | 'response' | 'environment' | 'presigned-url' | 'auth-token';

export interface Leak {
  kind: LeakKind;
  /** The sub-expression that carries it (what a fix replaces). */
  node: Node;
  /** Human words: "the session token of STS AssumeRole credentials". */
  description: string;
  /** Identity for `core.setSecret` matching: `env:AWS_SESSION_TOKEN`, `field:…`. */
  identity: string;
  /** The credential object or response, when the whole one leaks (for a projection). */
  whole?: Container | Extract<Value, { kind: 'holder' }>;
}

export interface LeakOptions {
  checkAccessKeyId: boolean;
}

/** Calls whose result is safe to print: masking, hashing, truncating helpers. */
const SAFE_CALL = /mask|redact|hash|sanitiz|scrub|obfuscat|censor|anonymi|truncat|fingerprint|digest|encrypt|cipher|hmac|md5|sha\d|elide|abbreviat|shorten|hide/iu;

/** Calls that pass their argument's content through: serialisation and string conversion. */
const PASS_THROUGH = new Set([
  'JSON.stringify',
  'util.inspect',
  'inspect',
  'String',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'btoa',
  'Buffer.from',
  'format',
  'util.format',
  'Object.assign',
  'Object.values',
  'Object.entries',
  'structuredClone',
  'querystring.stringify',
  'qs.stringify',
]);
/** String methods that keep the content: `t.trim()`, `t.toString()`. */
const PASS_THROUGH_METHODS = new Set(['trim', 'toString', 'toUpperCase', 'toLowerCase', 'concat', 'padStart', 'padEnd', 'normalize', 'join', 'valueOf', 'toJSON', 'trimStart', 'trimEnd']);
/** Partial views that are the accepted idioms: `t.slice(0, 4)`, `t.substring(0, 5)`. */
const PARTIAL_METHODS = new Set(['slice', 'substring', 'substr', 'at', 'charAt', 'startsWith', 'endsWith', 'includes', 'indexOf', 'replace', 'replaceAll', 'match', 'test', 'split', 'localeCompare']);

/**
 * A test on names: `words` anywhere in the name (any case), `segments` only where a segment of the name
 * starts (`sts`, `stsOut`, `my_sts`, `AWS_STS`, `awsSts`), so that `exists`, `timeout`, `assign`, `attempt`
 * or `nobody` do not send a name down the provenance walk.
 */
function nameHint(words: readonly string[], segments: readonly string[], extra = ''): { test: (name: string) => boolean } {
  const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
  const anyCase = segments.flatMap((word) => [word, capital(word), word.toUpperCase()]).join('|');
  const upper = segments.flatMap((word) => [capital(word), word.toUpperCase()]).join('|');
  const wordPattern = new RegExp([...words, ...(extra ? [extra] : [])].join('|'), 'iu');
  const segmentPattern = new RegExp(`(?:^|[^A-Za-z])(?:${anyCase})|(?<=[a-z0-9])(?:${upper})`, 'u');
  // No cache of answers by name: a map of a run's names is read cold on every lookup (the parser fills the caches
  // between two files' lookups), and two short regular expressions on a short name cost less. Measured on the AWS
  // corpus in two interleaved runs: no-credential-logging 1 to 8 % faster without it.
  return { test: (name) => wordPattern.test(name) || segmentPattern.test(name) };
}

/**
 * Member names under which, without type information, a source can be read: secret and token fields,
 * credential objects, responses and their holders, `process.env`, `AWS.config`, signed URLs and tokens.
 */
const MEMBER_HINT = nameHint(
  ['cred', 'secret', 'token', 'session', 'config', 'result', 'output', 'data', 'cognito', 'identity', 'json', 'presign'],
  ['key', 'env', 'url', 'link', 'resp', 'body', 'out', 'sts', 'sso', 'auth', 'role', 'sign'],
  '^\\d+$',
);

/** Names an alias of a secret, a credential object, a response or a signed URL plausibly has. */
const IDENTIFIER_HINT = nameHint(
  ['cred', 'secret', 'token', 'session', 'result', 'output', 'data', 'identity', 'config', 'presign'],
  ['key', 'env', 'url', 'link', 'sign', 'resp', 'body', 'out', 'sts', 'sso', 'auth', 'role', 'temp', 'aws'],
  '^[a-z]$',
);

const THIS_MEMBER_HINT = nameHint(['cred', 'secret', 'token', 'session', 'presign'], ['sts', 'sign', 'auth']);

const SECRET_ENV = new Set([...STANDARD_ENV.secret]);
const TOKEN_ENV = new Set([...STANDARD_ENV.token, 'AWS_CONTAINER_AUTHORIZATION_TOKEN']);

/**
 * Finds the credential material an expression evaluates to or contains: secrets, tokens, whole credential
 * objects and responses, `process.env`, presigned URLs and auth tokens. Follows templates, concatenation,
 * object and array literals, spreads, serialisers and `const` aliases; stops at tests (`!!x`, `x ? … : …`,
 * comparisons), `.length`, partial views and calls to masking helpers.
 */
export class LeakFinder {
  readonly #provenance: Provenance;
  readonly #sourceCode: SourceCode;
  readonly #options: LeakOptions;

  constructor(provenance: Provenance, sourceCode: SourceCode, options: LeakOptions) {
    this.#provenance = provenance;
    this.#sourceCode = sourceCode;
    this.#options = options;
  }

  /**
   * The leaks in `node`. With `namedOnly` (error messages, where library code interpolates many
   * parameters), identifiers and calls are followed only when their name could hold or give a secret, unless
   * types are known.
   */
  find(node: Node, namedOnly = false): Leak[] {
    const leaks: Leak[] = [];
    this.#namedOnly = namedOnly && !this.#provenance.typed;
    this.#visit(node, leaks, 0);
    return leaks;
  }

  #namedOnly = false;

  /** `depth` bounds the walk (aliases can form cycles: `const a = b + ''; const b = a`). */
  #visit(raw: Node, leaks: Leak[], depth: number): void {
    if (depth > 12) return;
    this.#visitInner(raw, leaks, depth + 1);
  }

  #visitInner(raw: Node, leaks: Leak[], depth: number): void {
    const node = unwrap(raw);
    // Report `await x` and `x!` whole: that is what a fix replaces (`#leaf(node, raw, …)`).
    if (node.type === AST_NODE_TYPES.Literal) return;
    switch (node.type) {
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.JSXElement:
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of node.expressions) this.#visit(expression, leaks, depth);
        return;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') {
          this.#visit(node.left, leaks, depth);
          this.#visit(node.right, leaks, depth);
        }
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        this.#visit(node.consequent, leaks, depth);
        this.#visit(node.alternate, leaks, depth);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === '&&') {
          this.#visit(node.right, leaks, depth);
          return;
        }
        if (this.#leaf(node, raw, leaks)) return;
        this.#visit(node.left, leaks, depth);
        this.#visit(node.right, leaks, depth);
        return;
      case AST_NODE_TYPES.SequenceExpression:
        if (node.expressions.length > 0) this.#visit(node.expressions.at(-1)!, leaks, depth);
        return;
      case AST_NODE_TYPES.ObjectExpression:
        this.#visitObject(node, leaks, depth);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of node.elements) {
          if (element == null) continue;
          this.#visit(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, leaks, depth);
        }
        return;
      case AST_NODE_TYPES.CallExpression:
        this.#visitCall(node, raw, leaks, depth);
        return;
      case AST_NODE_TYPES.NewExpression: {
        const name = getCalleeName(node.callee) ?? '';
        // v2 `new AWS.Credentials(key, secret, token)` and its object form.
        if ((name === 'Credentials' || name === 'AWS.Credentials') && (name.startsWith('AWS.') || this.#provenance.moduleOf('Credentials')?.startsWith('aws-sdk') === true)) {
          leaks.push({ kind: 'credentials', node, description: 'an `AWS.Credentials` instance (it prints its session token)', identity: `node:${node.range[0]}` });
          return;
        }
        if (name === 'URL' || name === 'URLSearchParams' || name === 'String') {
          for (const argument of node.arguments) this.#visit(argument, leaks, depth);
          return;
        }
        this.#leaf(node, raw, leaks);
        return;
      }
      case AST_NODE_TYPES.Identifier:
        if (this.#namedOnly && !IDENTIFIER_HINT.test(node.name)) return;
        if (this.#leaf(node, raw, leaks)) return;
        this.#visitAlias(node, leaks, depth);
        return;
      case AST_NODE_TYPES.MemberExpression: {
        // Without types, a member can only be a source under a name like these: skip the others cheaply.
        const property = getKeyName(node);
        if (!this.#provenance.typed && property != null) {
          // `this.x` costs a walk of the class: only for names that say credentials.
          const hint = node.object.type === AST_NODE_TYPES.ThisExpression ? THIS_MEMBER_HINT : MEMBER_HINT;
          if (!hint.test(property)) return;
        }
        if (this.#leaf(node, raw, leaks)) return;
        // `AWS.config` prints `AWS.config.credentials` with it.
        if (getKeyName(node) === 'config' && getCalleeName(node.object) === 'AWS') {
          leaks.push({ kind: 'credentials', node, description: '`AWS.config` (it prints `credentials` with the session token)', identity: 'AWS.config' });
        }
        return;
      }
      default:
        this.#leaf(node, raw, leaks);
    }
  }

  #visitObject(node: TSESTree.ObjectExpression, leaks: Leak[], depth: number): void {
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) this.#visit(property.argument, leaks, depth);
      else if (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method) this.#visit(property.value, leaks, depth);
    }
  }

  #visitCall(node: TSESTree.CallExpression, raw: Node, leaks: Leak[], depth: number): void {
    const callee = unwrap(node.callee);
    const name = getCalleeName(callee);
    const tail = getCalleeTail(callee);
    if (tail != null && SAFE_CALL.test(tail)) return;
    if (name != null && PASS_THROUGH.has(name)) {
      const first = node.arguments[0];
      if (name === 'Object.assign') for (const argument of node.arguments) this.#visit(argument, leaks, depth);
      else if (first) this.#visit(first, leaks, depth);
      return;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && tail != null) {
      if (PARTIAL_METHODS.has(tail)) {
        // `t.slice(4)` keeps almost all of it; `t.slice(0, 4)` and `t.slice(-4)` are the accepted idioms.
        if ((tail === 'slice' || tail === 'substring' || tail === 'substr') && node.arguments.length === 1 && !isNegative(node.arguments[0]!)) {
          this.#visit(callee.object, leaks, depth);
        }
        return;
      }
      if (PASS_THROUGH_METHODS.has(tail)) {
        this.#visit(callee.object, leaks, depth);
        if (tail === 'concat') for (const argument of node.arguments) this.#visit(argument, leaks, depth);
        return;
      }
    }
    // In error messages, like identifiers: a named function's result only when its name could give a secret
    // (`getSecret()`, `getSignedUrl()`, `assumeRole()`, `readEnv()`) or it is an SDK call (`send`, v2 `promise`),
    // not `ns.getName()`.
    if (this.#namedOnly && tail != null && tail !== 'send' && tail !== 'promise' && !IDENTIFIER_HINT.test(tail)) return;
    this.#leaf(node, raw, leaks);
  }

  /** `const msg = \`…${t}\``, `const payload = { creds }`: follow a single-assignment binding. */
  #visitAlias(node: TSESTree.Identifier, leaks: Leak[], depth: number): void {
    const variable = findVariable(this.#sourceCode, node);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || !isSingleAssignment(variable)) return;
    const declarator = definition.node;
    if (!declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
    const before = leaks.length;
    this.#visit(declarator.init, leaks, depth);
    // Report at the use, where a fix can replace it.
    for (let index = before; index < leaks.length; index += 1) {
      const leak = leaks[index]!;
      leaks[index] = { ...leak, node };
    }
  }

  /** A value the provenance analysis knows. Returns true when the node was decided (leak or safe). */
  #leaf(node: Node, raw: Node, leaks: Leak[]): boolean {
    const value = this.#provenance.valueOf(node);
    if (value == null) return false;
    if (value.kind === 'container' && node.type === AST_NODE_TYPES.Identifier && this.#isProjectionRest(node, value)) return true;
    const leak = this.#classify(value, raw);
    if (leak) leaks.push(leak);
    return true;
  }

  #classify(value: Value, node: Node): Leak | null {
    switch (value.kind) {
      case 'field': {
        const role = fieldRole(value);
        const of = value.container.origin;
        const identity = `field:${value.container.origin}:${value.container.node ? this.#sourceCode.getText(value.container.node) : ''}:${value.name}`;
        if (role === 'secret') return { kind: 'secret', node, description: `the secret access key of ${of}`, identity };
        if (role === 'token') return { kind: 'token', node, description: `the session token of ${of}`, identity };
        if (role === 'key' && this.#options.checkAccessKeyId) return { kind: 'key-id', node, description: `the access key id of ${of}`, identity };
        return null;
      }
      case 'container':
        return {
          kind: 'credentials',
          node,
          description: value.certainty === 'long-term' ? `${value.origin} (with its secret access key)` : `${value.origin} (with the secret access key and session token)`,
          identity: `container:${this.#sourceCode.getText(node)}`,
          whole: value,
        };
      case 'holder':
        if (!holdsCredentials(value, 0)) return null;
        return { kind: 'response', node, description: `${value.origin} (with its credentials)`, identity: `holder:${this.#sourceCode.getText(node)}`, whole: value };
      case 'env':
        if (SECRET_ENV.has(value.name)) return { kind: 'secret', node, description: `\`${value.name}\``, identity: `env:${value.name}` };
        if (TOKEN_ENV.has(value.name)) return { kind: 'token', node, description: `\`${value.name}\``, identity: `env:${value.name}` };
        if (STANDARD_ENV.key.has(value.name) && this.#options.checkAccessKeyId) return { kind: 'key-id', node, description: `\`${value.name}\``, identity: `env:${value.name}` };
        return null;
      case 'env-object':
        return isProcessEnvObject(value) ? { kind: 'environment', node, description: 'the whole `process.env`', identity: 'env:*' } : null;
      case 'env-value':
        return { kind: 'environment', node, description: 'every environment variable in turn (a loop over `process.env`)', identity: 'env:each' };
      case 'object': {
        // An object literal behind a binding: report what it holds.
        const inner: Leak[] = [];
        this.#visitObject(value.node, inner, 1);
        return inner[0] ? { ...inner[0], node } : null;
      }
      case 'signed':
        return {
          kind: value.what,
          node,
          description: value.origin,
          identity: `signed:${this.#sourceCode.getText(node)}`,
        };
      default:
        return null;
    }
  }

  /** `const { SecretAccessKey, SessionToken, ...safe } = creds`: the rest has no secret left. */
  #isProjectionRest(node: TSESTree.Identifier, value: Container): boolean {
    const variable = findVariable(this.#sourceCode, node);
    const definition = variable?.defs[0];
    if (definition?.type !== 'Variable') return false;
    const pattern = definition.name.parent;
    if (pattern?.type !== AST_NODE_TYPES.RestElement || pattern.parent?.type !== AST_NODE_TYPES.ObjectPattern) return false;
    const taken = new Set(pattern.parent.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? getKeyName(property) : null)));
    const shape = SHAPES[value.family];
    return taken.has(shape.secret) && (shape.token == null || taken.has(shape.token));
  }
}

function holdsCredentials(value: Value, depth: number): boolean {
  if (value.kind === 'container') return true;
  if (value.kind !== 'holder' || depth > 3) return false;
  if (Object.values(value.fields).some((field) => holdsCredentials(field, depth + 1))) return true;
  return value.items != null && holdsCredentials(value.items, depth + 1);
}

function isNegative(node: Node): boolean {
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-';
}
