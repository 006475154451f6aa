import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getCalleeName, getCalleeTail, getKeyName, isStableReference, unwrap } from '../analysis/ast.js';
import { removeListItem } from '../analysis/edits.js';
import type { Container } from '../analysis/provenance.js';
import { fieldName, getProvenance } from '../analysis/provenance.js';
import type { Leak, Sink } from '../analysis/sinks.js';
import {
  assignmentSink,
  callSink,
  isLoggerFactoryCall,
  LeakFinder,
  LOGGER_FUNCTION_PATTERN,
  mayBeSink,
  returnedBodySink,
  SINK_METHODS,
  throwSink,
} from '../analysis/sinks.js';
import { createRule } from '../create-rule.js';

export type Options = [{ loggers?: string[]; checkAccessKeyId?: boolean; allowResponses?: boolean }];
export type MessageIds = 'exposed' | 'environment' | 'signed' | 'unmasked' | 'sdkLogger' | 'commandLine' | 'redact' | 'project' | 'setSecret' | 'removeLogger';

/**
 * The rule's own text check, after the shared one: a source needs one of these words in the text (without types;
 * with types a source can come from another file under any name): secrets, tokens, credential objects and
 * responses, `process.env`, presigned URLs and auth tokens. Files without them get no listeners, so ESLint does not
 * match the call selectors below on every call of the file. No bare `Token`: parsers, web apps and HTTP clients say
 * it everywhere (`getFirstToken`, `csrfToken`, `cancelToken`); the calls that return credentials under a `…Token`
 * name without another of these words (`getFederationToken`, `fromWebToken`, SSM `getAccessToken`) are listed. No
 * `u` flag: the scan reads whole files and the flag can double its cost.
 */
const RELEVANT_TEXT =
  /[Ss]ecret(?:Access)?Key|[Ss]essionToken|SECRET_(?:ACCESS_)?KEY|SESSION_TOKEN|SECURITY_TOKEN|AUTHORIZATION_TOKEN|(?:Federation|Web|Access)Token\b|[Cc]redential|process\.env|[Pp]resign|getSignedUrl|AuthToken|AssumeRole|AWS\.config|AccessKey|CreateSession|GetDataAccess|fetchAuthSession|security-credentials|client-sts|client-cognito-identity/;

/**
 * v3 clients whose logger middleware prints credentials: it logs every command's output at `info` through the
 * output's sensitive-data filter, and these services mark only the secret as sensitive (STS `Credentials`: the
 * secret access key; Cognito Identity `Credentials`: `SecretKey`), so session tokens and key ids reach the log.
 * SSO marks its secret and token, and v2 clients log requests, not responses: neither is here.
 */
const LEAKY_LOGGING_CLIENTS: ReadonlyMap<string, { classes: ReadonlySet<string>; service: string }> = new Map([
  ['@aws-sdk/client-sts', { classes: new Set(['STSClient', 'STS']), service: 'STS' }],
  ['@aws-sdk/client-cognito-identity', { classes: new Set(['CognitoIdentityClient', 'CognitoIdentity']), service: 'Cognito Identity' }],
]);
/** Every class name in `LEAKY_LOGGING_CLIENTS`. */
const LEAKY_LOGGING_CLASSES: ReadonlySet<string> = new Set([...LEAKY_LOGGING_CLIENTS.values()].flatMap(({ classes }) => [...classes]));

/**
 * Calls and `new` with something to leak: one or more arguments, and not a lone string (`new Error('Invalid input')`,
 * `log.debug(\`done\`)`): about half of all error constructors and log calls in real code, and a string is never a
 * source here (a hardcoded key in it is no-hardcoded-credentials' finding). ESLint's selector matching filters these
 * before any rule code runs.
 */
const WITH_VALUES =
  '[arguments.length>0]:not([arguments.length=1][arguments.0.type="Literal"]):not([arguments.length=1][arguments.0.type="TemplateLiteral"][arguments.0.expressions.length=0])';

/**
 * `child_process` calls whose first arguments become a process's command line, readable by every user of the machine
 * (`ps`, `/proc/<pid>/cmdline`) and kept by shell history and audit logs. Secrets belong in the child's `env`.
 */
const COMMAND_FUNCTIONS = ['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync'];
const COMMAND_SELECTOR = [
  `CallExpression${WITH_VALUES}[callee.name=/^(?:${COMMAND_FUNCTIONS.join('|')})$/]`,
  `CallExpression${WITH_VALUES}[callee.object.type="Identifier"][callee.property.name=/^(?:${COMMAND_FUNCTIONS.join('|')})$/]`,
].join(', ');
const CHILD_PROCESS_MODULE = /^(?:node:)?child_process$/u;
/** What a command line is reported for: secrets, tokens and credential objects. Presigned URLs and database auth
 * tokens on a `curl` or `psql` command line are the usual way to use them, and a key id alone is not a secret. */
const COMMAND_LEAKS = new Set<Leak['kind']>(['secret', 'token', 'credentials', 'response', 'environment']);

/** Sinks whose text or value a `core.setSecret()` masks in the job log. */
const ACTIONS_KINDS = new Set(['actions-output', 'actions-log']);

type Node = TSESTree.Node;

/**
 * Calls whose method name can make them a sink, and log functions (`log(…)`, `debug(…)`, `auditLog(…)`, `new XError(…)`).
 * Calls without arguments never reach a listener (`mayBeSink` rejects them), nor do returned objects with fewer
 * than the two properties (`statusCode`, `body`) a proxy result needs.
 */
const METHOD_CALL_SELECTOR = `CallExpression${WITH_VALUES}[callee.property.name=/^(?:${[...SINK_METHODS, 'setSecret'].join('|')})$/]`;
const FUNCTION_CALL_SELECTOR = `CallExpression${WITH_VALUES}[callee.type="Identifier"][callee.name=/${LOGGER_FUNCTION_PATTERN}|Error$/]`;
const CALL_SELECTOR = `${METHOD_CALL_SELECTOR}, ${FUNCTION_CALL_SELECTOR}`;
/** Error constructors (`new XError(…)`, `new errors.XError(…)`) and fetch `Response`s. */
const NEW_SELECTOR = `NewExpression${WITH_VALUES}[callee.name=/Error$|^(?:Response|NextResponse)$/], NewExpression${WITH_VALUES}[callee.property.name=/Error$/]`;
/** Declarations of loggers: `pino()`, `debug('ns')`, `require('debug')('ns')`, `winston.createLogger()`, `new Logger()`. */
const LOGGER_DECLARATION_SELECTOR = [
  'VariableDeclarator[init.callee.name=/^(?:pino|debug|debuglog)$|Logger$/]',
  'VariableDeclarator[init.callee.property.name=/^(?:createLogger|getLogger|child|extend|debuglog)$|Logger$/]',
  'VariableDeclarator[init.callee.callee.name="require"]',
].join(', ');

/** A JavaScript name inside an esquery regular expression. */
const escapeName = (name: string): string => name.replace(/\$/gu, '\\$');

const rule = createRule<Options, MessageIds>({
  name: 'no-credential-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AWS secrets, session tokens, credential objects and presigned URLs in logs, errors, telemetry and responses',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      exposed:
        'This sends {{what}} to {{sink}}, where anyone who can read it can call AWS with these credentials until they expire. Output a redacted value, or only non-secret fields such as the expiration, instead.',
      environment:
        'This sends {{what}} to {{sink}}; wherever AWS injects credentials (Lambda, ECS, CodeBuild, CI) it holds `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`. Output only the variables you need.',
      signed:
        'This sends {{what}} to {{sink}}; it works for anyone who reads it until it expires and carries the access key id and, with temporary credentials, `X-Amz-Security-Token`. Output what was signed (bucket, key, host) instead.',
      unmasked:
        'This sends {{what}} to {{sink}} without `core.setSecret()` first, so GitHub Actions can print it in clear in the job log. Call `core.setSecret()` on it before.',
      commandLine:
        'This puts {{what}} on a command line, which other users and processes on the machine can read (`ps`, `/proc`) and shells and audit logs keep: anyone who sees it can call AWS with these credentials until they expire. Pass it to the child process in its `env` option instead.',
      sdkLogger:
        'This {{service}} client logs the output of every command to this logger, and the SDK masks only the secret in it: each credentials response puts the session token and access key id in the log, where anyone who can read it can call AWS until they expire. Remove the logger, or pass one without `info`.',
      redact: "Output `'[REDACTED]'` in its place.",
      project: 'Output only {{fields}} instead of the whole object.',
      setSecret: 'Call `{{actions}}.setSecret({{text}})` first.',
      removeLogger: 'Remove the `logger` option.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Extra sinks: a callee (`audit.record`), a receiver whose methods all log (`dbg`), or a function (`trace`).',
          },
          checkAccessKeyId: {
            type: 'boolean',
            description: 'Also report access key ids (`AccessKeyId`, `AWS_ACCESS_KEY_ID`) on their own.',
          },
          allowResponses: {
            type: 'boolean',
            description: 'Allow credentials in HTTP responses, for deliberate credential-vending endpoints.',
          },
        },
      },
    ],
    defaultOptions: [{ loggers: [], checkAccessKeyId: false, allowResponses: false }],
  },
  textGate: { test: (text) => RELEVANT_TEXT.test(text), everyFileWithTypes: true },
  create(context, [options], sourceCode) {
    return createListeners(context, sourceCode, options ?? {});
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default rule;

/**
 * What the `loggers` option gives every file, made once per `loggers` array. ESLint passes the rule the same
 * options object on every file only when the config gives no options: with `['error', { loggers }]` it merges
 * `meta.defaultOptions` into a new object per file, but that object holds the config's own `loggers` array.
 */
interface CompiledOptions {
  loggers: ReadonlySet<string>;
  sinkOptions: { loggers: ReadonlySet<string> };
  callSelector: string;
}
const COMPILED = new WeakMap<readonly string[], CompiledOptions>();
const NO_LOGGERS: readonly string[] = [];

function compiledOptions(options: Options[0]): CompiledOptions {
  const names = options.loggers ?? NO_LOGGERS;
  let compiled = COMPILED.get(names);
  if (compiled) return compiled;
  const loggers = new Set(names);
  // Selectors do the first, name-only filtering: most calls never reach a listener.
  const extraNames = [...loggers].filter((name) => !name.includes('.'));
  const callSelector =
    loggers.size === 0
      ? CALL_SELECTOR
      : [
          CALL_SELECTOR,
          'CallExpression[callee.type="MemberExpression"]',
          ...(extraNames.length > 0 ? [`CallExpression[callee.name=/^(?:${extraNames.map(escapeName).join('|')})$/]`] : []),
        ].join(', ');
  compiled = { loggers, sinkOptions: { loggers }, callSelector };
  COMPILED.set(names, compiled);
  return compiled;
}

function createListeners(context: Context, sourceCode: Readonly<TSESLint.SourceCode>, options: Options[0]): TSESLint.RuleListener {
  const { loggers, sinkOptions, callSelector } = compiledOptions(options);
  const checkAccessKeyId = options.checkAccessKeyId === true;
  const allowResponses = options.allowResponses === true;
  const reported = new Set<Node>();
  /** Identities and texts passed to `core.setSecret()` so far (in source order). */
  const masked = new Set<string>();
  /** Values an autofix already masks (the first output of each gets the fix). */
  const autofixed = new Set<string>();
  let finder: LeakFinder | null = null;
  const leaksOf = (node: Node, namedOnly = false): Leak[] => {
    finder ??= new LeakFinder(getProvenance(sourceCode), sourceCode, { checkAccessKeyId });
    return finder.find(node, namedOnly);
  };

  /** Names bound to `pino()`, `require('debug')('app')`, `winston.createLogger(…)`…. */
  const loggerNames = new Set<string>();
  const isLoggerBinding = (identifier: TSESTree.Identifier): boolean => loggerNames.has(identifier.name);

  function check(sink: Sink | null, statement: Node | null): void {
    if (!sink || (allowResponses && sink.kind === 'response')) return;
    for (const value of sink.values) {
      for (const leak of leaksOf(value, sink.kind === 'error')) report(leak, sink, statement);
    }
  }

  function report(leak: Leak, sink: Sink, statement: Node | null): void {
    if (reported.has(leak.node)) return;
    if (sink.kind === 'command') {
      if (!COMMAND_LEAKS.has(leak.kind)) return;
      reported.add(leak.node);
      // No suggestion: a redacted value breaks the command, and moving it to `env` changes how the child reads it.
      context.report({ node: leak.node, messageId: 'commandLine', data: { what: leak.description }, suggest: [] });
      return;
    }
    const isActions = ACTIONS_KINDS.has(sink.kind) && sink.actions != null;
    if (isActions && (masked.has(leak.identity) || masked.has(`text:${sourceCode.getText(leak.node)}`))) return;
    reported.add(leak.node);
    const data = { what: leak.description, sink: sink.label };
    const stable = isStableReference(unwrap(leak.node)) || unwrap(leak.node).type === AST_NODE_TYPES.MemberExpression;
    const setSecretText = sourceCode.getText(leak.node);
    const canMask =
      isActions &&
      (leak.kind === 'secret' || leak.kind === 'token' || leak.kind === 'key-id' || leak.kind === 'presigned-url' || leak.kind === 'auth-token') &&
      stable &&
      statement != null;
    const insertSetSecret = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => {
      const indent = /^\s*/u.exec(sourceCode.lines[statement!.loc.start.line - 1] ?? '')?.[0] ?? '';
      return fixer.insertTextBefore(statement!, `${sink.actions}.setSecret(${setSecretText});\n${indent}`);
    };
    if (isActions && sink.kind === 'actions-output' && canMask && !autofixed.has(leak.identity)) {
      // Only adds masking: what the step outputs does not change. One `setSecret` per value.
      autofixed.add(leak.identity);
      context.report({ node: leak.node, messageId: 'unmasked', data, fix: insertSetSecret });
      return;
    }
    if (isActions && canMask) {
      context.report({
        node: leak.node,
        messageId: 'unmasked',
        data,
        suggest: [
          { messageId: 'setSecret', data: { actions: sink.actions!, text: setSecretText }, fix: insertSetSecret },
          // Redacting an output or exported variable would break the steps that read it.
          ...(sink.kind === 'actions-log' ? [{ messageId: 'redact' as const, fix: (fixer: TSESLint.RuleFixer) => redact(fixer, leak.node) }] : []),
        ],
      });
      return;
    }
    const messageId = leak.kind === 'environment' ? 'environment' : leak.kind === 'presigned-url' || leak.kind === 'auth-token' ? 'signed' : 'exposed';
    const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
    const projection = leak.whole ? projectionOf(leak) : null;
    if (projection) suggest.push({ messageId: 'project', data: { fields: projection.fields }, fix: (fixer) => replaceLeak(fixer, leak.node, projection.text) });
    if (sink.kind !== 'actions-output' && isRedactable(leak.node)) suggest.push({ messageId: 'redact', fix: (fixer) => redact(fixer, leak.node) });
    context.report({ node: leak.node, messageId, data, suggest });
  }

  /** `{ AccessKeyId: c.AccessKeyId, Expiration: c.Expiration }` for a stable expression. */
  function projectionOf(leak: Leak): { text: string; fields: string } | null {
    const node = unwrap(leak.node);
    if (!isStableReference(node) && node.type !== AST_NODE_TYPES.MemberExpression) return null;
    if (node.type === AST_NODE_TYPES.MemberExpression && !isStableReference(node)) return null;
    const base = sourceCode.getText(leak.node);
    const whole = leak.whole!;
    const parts: string[] = [];
    if (whole.kind === 'container') {
      // A credential object read from a response field (`response.Credentials`) is optional in the SDK types.
      const access = node.type === AST_NODE_TYPES.MemberExpression && !base.endsWith('!') ? '?.' : '.';
      parts.push(...containerParts(whole, base, access));
    } else {
      if (whole.fields.AssumedRoleUser === undefined && /AssumeRole/u.test(whole.origin)) parts.push(`AssumedRoleUser: ${base}.AssumedRoleUser`);
      for (const [name, inner] of Object.entries(whole.fields)) {
        if (inner.kind !== 'container') continue;
        const expiration = fieldName(inner, 'expiration');
        if (expiration) parts.push(`${expiration}: ${base}.${name}?.${expiration}`);
      }
    }
    if (parts.length === 0) return null;
    const fields = parts.map((part) => `\`${part.split(':')[0]}\``).join(', ');
    return { text: `{ ${parts.join(', ')} }`, fields };
  }

  function containerParts(container: Container, base: string, access: '.' | '?.'): string[] {
    const parts: string[] = [];
    const key = fieldName(container, 'key');
    const expiration = fieldName(container, 'expiration');
    if (key && !checkAccessKeyId) parts.push(`${key}: ${base}${access}${key}`);
    // v2 `AWS.Credentials` instances call it `expireTime`.
    const v2 = container.family === 'camel' && /`AWS\./u.test(container.origin);
    if (expiration) parts.push(v2 ? `expireTime: ${base}${access}expireTime` : `${expiration}: ${base}${access}${expiration}`);
    return parts;
  }

  function isRedactable(node: Node): boolean {
    // `{ ...creds }`: spreading a string would print its characters.
    return node.parent?.type !== AST_NODE_TYPES.SpreadElement;
  }

  /** Replaces the leaking expression with `'[REDACTED]'`; inside a template, the whole `${…}`. */
  function redact(fixer: TSESLint.RuleFixer, node: Node): TSESLint.RuleFix {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.TemplateLiteral && parent.expressions.includes(node as TSESTree.Expression)) {
      const before = sourceCode.getTokenBefore(node, { includeComments: false });
      const after = sourceCode.getTokenAfter(node, { includeComments: false });
      if (before && after && before.value.endsWith('${') && after.value.startsWith('}')) {
        return fixer.replaceTextRange([before.range[1] - 2, after.range[0] + 1], '[REDACTED]');
      }
    }
    return replaceLeak(fixer, node, "'[REDACTED]'");
  }

  /** Replaces an expression, keeping the key of a shorthand property (`{ token }` → `{ token: … }`). */
  function replaceLeak(fixer: TSESLint.RuleFixer, node: Node, text: string): TSESLint.RuleFix {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
      return fixer.replaceText(parent, `${sourceCode.getText(node)}: ${text}`);
    }
    return fixer.replaceText(node, text);
  }

  function statementOf(node: Node): Node | null {
    let current: Node = node;
    if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = current.parent;
    return current.parent?.type === AST_NODE_TYPES.ExpressionStatement ? current.parent : null;
  }

  function recordSetSecret(node: TSESTree.CallExpression): boolean {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getCalleeTail(callee) !== 'setSecret') return false;
    const argument = node.arguments[0];
    if (!argument) return true;
    masked.add(`text:${sourceCode.getText(argument)}`);
    for (const leak of leaksOf(argument)) masked.add(leak.identity);
    return true;
  }

  /** L13: `execSync(\`aws configure set aws_session_token ${token}\`)`, `spawn('tool', ['--secret', secret])`. */
  function checkCommandLine(node: TSESTree.CallExpression): void {
    const callee = unwrap(node.callee);
    const root = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
    if (root.type !== AST_NODE_TYPES.Identifier) return;
    const module = getProvenance(sourceCode).moduleOf(root.name);
    if (module == null || !CHILD_PROCESS_MODULE.test(module)) return;
    const values: Node[] = [node.arguments[0]!];
    const args = node.arguments[1];
    if (!/^exec(?:Sync)?$/u.test(getCalleeTail(callee) ?? '') && args?.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of args.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) values.push(element);
    }
    check({ kind: 'command', label: 'a command line', values }, null);
  }

  /** L11: `new STSClient({ logger: console })`. */
  function checkClientLogger(property: TSESTree.Property): void {
    const object = property.parent;
    const call = object.parent;
    if (call?.type !== AST_NODE_TYPES.NewExpression || call.arguments[0] !== object || property.computed) return;
    // The class name first: most `logger` options go to other constructors, and the module lookup reads the file's imports.
    const tail = getCalleeTail(call.callee);
    if (tail == null || !LEAKY_LOGGING_CLASSES.has(tail)) return;
    const name = getCalleeName(call.callee);
    if (name == null) return;
    const module = getProvenance(sourceCode).moduleOf(name.split('.')[0]!);
    const client = module == null ? undefined : LEAKY_LOGGING_CLIENTS.get(module);
    if (!client?.classes.has(tail) || !logsInfo(property.value as Node)) return;
    context.report({
      node: property.value,
      messageId: 'sdkLogger',
      data: { service: client.service },
      suggest: [{ messageId: 'removeLogger', fix: (fixer) => removeListItem(fixer, sourceCode, property) }],
    });
  }

  /** A logger whose `info` prints: the console, a logger made in this file, or an object with an `info` function. */
  function logsInfo(raw: Node): boolean {
    const value = unwrap(raw);
    const name = getCalleeName(value);
    if (name === 'console' || name === 'globalThis.console' || name === 'window.console') return true;
    if (value.type === AST_NODE_TYPES.Identifier) return loggerNames.has(value.name);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
    return value.properties.some((item) => {
      if (item.type !== AST_NODE_TYPES.Property || getKeyName(item) !== 'info') return false;
      if (item.method) return item.value.type === AST_NODE_TYPES.FunctionExpression && item.value.body.body.length > 0;
      const info = unwrap(item.value as Node);
      if (info.type === AST_NODE_TYPES.ArrowFunctionExpression || info.type === AST_NODE_TYPES.FunctionExpression) {
        return info.body.type !== AST_NODE_TYPES.BlockStatement || info.body.body.length > 0;
      }
      return info.type === AST_NODE_TYPES.MemberExpression || (info.type === AST_NODE_TYPES.Identifier && info.name !== 'undefined');
    });
  }

  // Selectors built from lists are assigned, not computed keys of the literal (see `createRule`).
  const listeners: TSESLint.RuleListener = {
    'ThrowStatement[argument.type!="NewExpression"][argument.type!="CallExpression"]'(node: TSESTree.ThrowStatement) {
      check(throwSink(node), null);
    },
    'NewExpression > ObjectExpression.arguments > Property[key.name="logger"], NewExpression > ObjectExpression.arguments > Property[key.value="logger"]'(
      node: TSESTree.Property,
    ) {
      checkClientLogger(node);
    },
    'AssignmentExpression[left.property.name=/^(?:innerHTML|outerHTML|body)$/]'(node: TSESTree.AssignmentExpression) {
      check(assignmentSink(node), null);
    },
    'ReturnStatement > ObjectExpression.argument[properties.length>1], ArrowFunctionExpression > ObjectExpression.body[properties.length>1]'(node: TSESTree.ObjectExpression) {
      check(returnedBodySink(node), null);
    },
  };
  listeners[LOGGER_DECLARATION_SELECTOR] = (node: TSESTree.VariableDeclarator) => {
    if (node.id.type === AST_NODE_TYPES.Identifier && node.init && isLoggerFactoryCall(node.init)) loggerNames.add(node.id.name);
  };
  listeners[callSelector] = (node: TSESTree.CallExpression) => {
    if (!mayBeSink(node, loggers, loggerNames) || recordSetSecret(node)) return;
    check(callSink(node, sinkOptions, isLoggerBinding), statementOf(node));
  };
  listeners[NEW_SELECTOR] = (node: TSESTree.NewExpression) => {
    if (!mayBeSink(node, loggers, loggerNames)) return;
    check(callSink(node, sinkOptions, isLoggerBinding), null);
  };
  listeners[COMMAND_SELECTOR] = (node: TSESTree.CallExpression) => {
    checkCommandLine(node);
  };
  return listeners;
}
