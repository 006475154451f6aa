import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-credential-logging.js';
import rule from '../../src/rules/no-credential-logging.js';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Suggestion = { messageId: MessageIds; output: string };

const REDACTED = "'[REDACTED]'";

/**
 * One source of credential material: the lines that produce it and the expression that reads it.
 * `project` is the projection suggested for whole objects.
 */
interface Source {
  name: string;
  prelude: string;
  expression: string;
  messageId: MessageIds;
  project?: string;
}

const SOURCES: Source[] = [
  {
    name: 'STS SessionToken',
    prelude: 'const out = await sts.send(new AssumeRoleCommand(params));\n',
    expression: 'out.Credentials.SessionToken',
    messageId: 'exposed',
  },
  {
    name: 'STS SecretAccessKey (destructured)',
    prelude: 'const { Credentials } = await sts.send(new GetSessionTokenCommand({}));\n',
    expression: 'Credentials.SecretAccessKey',
    messageId: 'exposed',
  },
  {
    name: 'Cognito SecretKey',
    prelude: 'const { Credentials: c } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId }));\n',
    expression: 'c.SecretKey',
    messageId: 'exposed',
  },
  {
    name: 'SSO sessionToken',
    prelude: 'const { roleCredentials } = await sso.send(new GetRoleCredentialsCommand(input));\n',
    expression: 'roleCredentials.sessionToken',
    messageId: 'exposed',
  },
  {
    name: 'IMDS Token',
    prelude: "const imds = await (await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/' + role)).json();\n",
    expression: 'imds.Token',
    messageId: 'exposed',
  },
  {
    name: 'v2 callback alias of the token',
    prelude: 'const token = (await sts.assumeRole(params).promise()).Credentials.SessionToken;\n',
    expression: 'token',
    messageId: 'exposed',
  },
  { name: 'AWS_SECRET_ACCESS_KEY', prelude: '', expression: 'process.env.AWS_SECRET_ACCESS_KEY', messageId: 'exposed' },
  { name: 'AWS_SESSION_TOKEN', prelude: '', expression: 'process.env.AWS_SESSION_TOKEN', messageId: 'exposed' },
  { name: 'AWS_SECURITY_TOKEN', prelude: '', expression: 'process.env.AWS_SECURITY_TOKEN', messageId: 'exposed' },
  {
    name: 'a whole STS Credentials object',
    prelude: 'const out = await sts.send(new AssumeRoleCommand(params));\n',
    expression: 'out.Credentials',
    messageId: 'exposed',
    project: '{ AccessKeyId: out.Credentials?.AccessKeyId, Expiration: out.Credentials?.Expiration }',
  },
  {
    name: 'a whole STS response',
    prelude: 'const out = await sts.send(new AssumeRoleCommand(params));\n',
    expression: 'out',
    messageId: 'exposed',
    project: '{ AssumedRoleUser: out.AssumedRoleUser, Expiration: out.Credentials?.Expiration }',
  },
  {
    name: 'a whole Cognito response',
    prelude: 'const resp = await cognito.getCredentialsForIdentity({ IdentityId }).promise();\n',
    expression: 'resp',
    messageId: 'exposed',
    project: '{ Expiration: resp.Credentials?.Expiration }',
  },
  {
    name: 'a whole SSO response',
    prelude: 'const resp = await sso.send(new GetRoleCredentialsCommand(input));\n',
    expression: 'resp',
    messageId: 'exposed',
    project: '{ expiration: resp.roleCredentials?.expiration }',
  },
  {
    name: 'AWS.config.credentials',
    prelude: '',
    expression: 'AWS.config.credentials',
    messageId: 'exposed',
    project: '{ accessKeyId: AWS.config.credentials?.accessKeyId, expireTime: AWS.config.credentials?.expireTime }',
  },
  {
    name: 'a v2 credentials instance',
    prelude: 'const temp = new AWS.ChainableTemporaryCredentials({ params: { RoleArn } });\n',
    expression: 'temp',
    messageId: 'exposed',
    project: '{ accessKeyId: temp.accessKeyId, expireTime: temp.expireTime }',
  },
  // Sources whose only credential word is a call ending in `Token` (the text gates know these by name).
  {
    name: 'a whole v2 GetFederationToken response',
    prelude: 'const fedOut = await sts.getFederationToken(params).promise();\n',
    expression: 'fedOut',
    messageId: 'exposed',
    project: '{ Expiration: fedOut.Credentials?.Expiration }',
  },
  {
    name: 'fromWebToken credentials',
    prelude: 'const webCreds = await fromWebToken({ roleArn, webIdentityToken })();\n',
    expression: 'webCreds',
    messageId: 'exposed',
    project: '{ accessKeyId: webCreds.accessKeyId, expiration: webCreds.expiration }',
  },
  {
    name: 'a whole v2 SSM GetAccessToken response',
    prelude: 'const grantResp = await ssm.getAccessToken({ AccessRequestId }).promise();\n',
    expression: 'grantResp',
    messageId: 'exposed',
    project: '{ ExpirationTime: grantResp.Credentials?.ExpirationTime }',
  },
  { name: 'process.env', prelude: '', expression: 'process.env', messageId: 'environment' },
  {
    name: 'a presigned URL',
    prelude: 'const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key }), { expiresIn: 3600 });\n',
    expression: 'url',
    messageId: 'signed',
  },
  {
    name: 'an RDS auth token',
    prelude: 'const signer = new Signer({ hostname, port, username });\nconst dbToken = await signer.getAuthToken();\n',
    expression: 'dbToken',
    messageId: 'signed',
  },
  {
    name: 'a DSQL auth token',
    prelude: 'const dsqlToken = await dsqlSigner.getDbConnectAdminAuthToken();\nconst adminToken = await dsqlSigner.generateDbConnectAdminAuthToken();\n',
    expression: 'adminToken',
    messageId: 'signed',
  },
];

/** Sinks: `X` marks where the value goes. */
const SINKS: Array<{ name: string; prelude?: string; code: string; redactable?: boolean }> = [
  { name: 'console.log', code: 'console.log(X);' },
  { name: 'console.error with a label', code: "console.error('credentials:', X);" },
  { name: 'logger.info', code: 'logger.info(X);' },
  { name: 'this.logger.debug', code: 'this.logger.debug(X);' },
  { name: 'a pino instance', prelude: "const p = pino({ level: 'info' });\n", code: "p.warn({ msg: 'assumed', value: X });" },
  { name: 'a winston logger', prelude: 'const w = winston.createLogger({ transports });\n', code: 'w.error(X);' },
  { name: 'a debug() instance', prelude: "const debugSts = require('debug')('app:sts');\n", code: "debugSts('%o', X);" },
  { name: 'a debug() instance under any name', prelude: "const say = require('debug')('app:sts');\n", code: "say.extend('x');\nsay.log(X);" },
  { name: 'req.log (Fastify)', code: 'req.log.info(X);' },
  { name: 'process.stderr.write', code: 'process.stderr.write(X);' },
  { name: 'new Error', code: 'throw new Error(X);' },
  { name: 'a custom error class', code: 'reject(new AuthError(X));' },
  { name: 'X-Ray addMetadata', code: "segment.addMetadata('sts', X);" },
  { name: 'X-Ray addAnnotation', code: "subsegment.addAnnotation('token', X);" },
  { name: 'Sentry.setExtra', code: "Sentry.setExtra('creds', X);" },
  { name: 'res.json', code: 'res.status(200).json(X);' },
  { name: 'reply.send (Fastify)', code: 'reply.send(X);' },
  { name: 'NextResponse.json', code: 'return NextResponse.json(X);' },
  { name: 'a Lambda proxy body', code: 'return { statusCode: 200, body: X };' },
  { name: 'Koa ctx.body', code: 'ctx.body = X;' },
  { name: 'innerHTML', code: "document.getElementById('out').innerHTML = X;" },
  { name: 'document.write', code: 'document.write(X);' },
];

function lineAndColumn(code: string, index: number): { line: number; column: number } {
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function matrix(): Invalid[] {
  const cases: Invalid[] = [];
  for (const source of SOURCES) {
    for (const sink of SINKS) {
      const head = `async function f(req, res, reply, ctx) {\n${sink.prelude ?? ''}${source.prelude}`;
      const at = head.length + sink.code.indexOf('X');
      const code = `${head}${sink.code.replace('X', source.expression)}\n}`;
      const replaced = (text: string): string => code.slice(0, at) + text + code.slice(at + source.expression.length);
      const suggestions: Suggestion[] = [];
      if (source.project) suggestions.push({ messageId: 'project', output: replaced(source.project) });
      suggestions.push({ messageId: 'redact', output: replaced(REDACTED) });
      cases.push({
        name: `${source.name} → ${sink.name}`,
        code,
        output: null,
        errors: [{ messageId: source.messageId, ...lineAndColumn(code, at), suggestions }],
      });
    }
  }
  return cases;
}

/** A string source reaching GitHub Actions: masked with `core.setSecret()` first (autofix for outputs). */
function actionsMatrix(): Invalid[] {
  const cases: Invalid[] = [];
  for (const source of SOURCES.filter((item) => !item.project && item.messageId !== 'environment')) {
    const head = `async function run() {\n${source.prelude}`;
    const output = `core.setOutput('value', ${source.expression});`;
    const code = `${head}${output}\n}`;
    const at = head.length + output.indexOf(source.expression);
    cases.push({
      name: `${source.name} → core.setOutput`,
      code,
      output: `${head}core.setSecret(${source.expression});\n${output}\n}`,
      errors: [{ messageId: 'unmasked', ...lineAndColumn(code, at), suggestions: [] }],
    });
    const info = `core.info(\`value: \${${source.expression}}\`);`;
    const infoCode = `${head}${info}\n}`;
    const infoAt = head.length + info.indexOf(source.expression);
    cases.push({
      name: `${source.name} → core.info`,
      code: infoCode,
      output: null,
      errors: [
        {
          messageId: 'unmasked',
          ...lineAndColumn(infoCode, infoAt),
          suggestions: [
            { messageId: 'setSecret', output: `${head}core.setSecret(${source.expression});\n${info}\n}` },
            { messageId: 'redact', output: `${head}core.info(\`value: [REDACTED]\`);\n}` },
          ],
        },
      ],
    });
  }
  return cases;
}

const QUIET: Valid[] = [
  {
    name: 'environment names only, a filtered copy, import.meta.env, a loop over another object',
    code: `for (const key of Object.keys(process.env)) console.log(key);
Object.keys(process.env).forEach((name) => console.log(name));
for (const [key] of Object.entries(process.env)) console.log(key);
for (const [key, value] of Object.entries(import.meta.env)) console.log(key, value);
for (const [key, value] of Object.entries(config)) console.log(key, value);
for (const key in settings) console.log(key, settings[key]);`,
  },
  {
    name: 'command lines: a presigned URL for curl, credentials passed in env, exec that is not child_process',
    code: `import { execSync, spawn } from 'node:child_process';
const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key }), { expiresIn: 300 });
execSync(\`curl -sSfo out.bin "\${url}"\`);
spawn('aws', ['s3', 'ls'], { env: { ...process.env, AWS_SESSION_TOKEN: process.env.AWS_SESSION_TOKEN } });
/token=(\\w+)/.exec(process.env.AWS_SESSION_TOKEN);
const run = { exec: (command) => command };
run.exec(process.env.AWS_SECRET_ACCESS_KEY);`,
  },
  {
    name: 'SDK loggers that print no credentials: other services, SSO (masks secret and token), v2 clients, no info',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { SSOClient } from '@aws-sdk/client-sso';
import { STSClient } from '@aws-sdk/client-sts';
import { STSClient as LocalSts } from './sts-wrapper.js';
const AWS = require('aws-sdk');
new S3Client({ logger: console });
new SSOClient({ logger: console });
new AWS.STS({ logger: console });
new LocalSts({ logger: console });
new STSClient({ logger: { debug: console.debug, warn: console.warn, error: console.error } });
new STSClient({ logger: { info: () => {}, warn: console.warn } });
new STSClient({ logger: undefined });
new STSClient({ region: 'us-east-1', logger: customLogger });`,
  },
  {
    name: 'safe idioms: !!, ternary, length, prefix slices, masking helpers',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
const t = out.Credentials.SessionToken;
console.log(!!t, t ? 'set' : 'missing', t.length, t.slice(0, 4) + '…', t.substring(0, 5), \`\${t.substring(0, 4)}... (length: \${t.length})\`);
console.log(maskToken(t), redact(out.Credentials), hashSecret(out.Credentials.SecretAccessKey), sanitize(out));
console.log({ hasSecretKey: !!out.Credentials.SecretAccessKey, hasToken: typeof t === 'string' });
console.log(createHash('sha256').update(t).digest('hex'));`,
  },
  {
    name: 'non-secret fields: Expiration, AssumedRoleUser, the access key id by default',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
console.log(out.Credentials.Expiration, out.AssumedRoleUser, out.AssumedRoleUser.Arn, out.Credentials.AccessKeyId, out.$metadata);
logger.info({ expires: out.Credentials.Expiration.toISOString(), keyId: out.Credentials.AccessKeyId });`,
  },
  {
    name: 'GetCallerIdentity: Account and Arn are not secrets',
    code: `const id = await sts.send(new GetCallerIdentityCommand({}));
console.log(id.Account, id.Arn, id.UserId, id);`,
  },
  {
    name: 'the error of an AWS call',
    code: `try { await sts.send(new AssumeRoleCommand(params)); } catch (err) { console.error(err); throw new Error('AssumeRole failed: ' + err.message); }
sts.assumeRole(params, (err, data) => { if (err) console.log(err, err.stack); });
sts.send(new AssumeRoleCommand(params)).catch((error) => logger.error(error));`,
  },
  {
    name: 'unrelated objects with credentials / token properties (no AWS provenance)',
    code: `const data = await fb.login(); console.log(data.Credentials, data.credentials.token);
function show(user) { console.log(user.credentials, user.sessionToken, user.token); }
const session = await getSession(); logger.info(session.accessToken, session.credentials);
console.log(req.body.credentials, config.secretAccessKey);`,
  },
  {
    name: 'writing credentials to files and caches is not a log',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
fs.writeFileSync(file, JSON.stringify(out.Credentials), { mode: 0o600 });
await writeFile(path.join(home, '.aws', 'credentials'), \`aws_session_token = \${out.Credentials.SessionToken}\`);
cache.set('creds', out.Credentials);
localStorage.setItem('token', out.Credentials.SessionToken);`,
  },
  {
    name: 'a credential object passed to an SDK client',
    code: `const { Credentials } = await sts.send(new AssumeRoleCommand(params));
new S3Client({ credentials: { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken } });`,
  },
  {
    name: 'a rest without the secret and the token',
    code: `const { SecretAccessKey, SessionToken, ...safe } = (await sts.send(new AssumeRoleCommand(params))).Credentials;
console.log(safe);
const { Credentials, ...meta } = await sts.send(new AssumeRoleCommand(params));
console.log(meta);`,
  },
  {
    name: 'other environment variables',
    code: `console.log(process.env.NODE_ENV, process.env.AWS_REGION, process.env.HOME, process.env.AWS_ACCESS_KEY_ID);
console.log(Object.keys(process.env));`,
  },
  {
    name: 'masked with core.setSecret first',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
core.setSecret(out.Credentials.SessionToken);
core.setSecret(process.env.AWS_SECRET_ACCESS_KEY);
core.setOutput('aws-session-token', out.Credentials.SessionToken);
core.exportVariable('AWS_SECRET_ACCESS_KEY', process.env.AWS_SECRET_ACCESS_KEY);
core.info(\`token: \${out.Credentials.SessionToken}\`);`,
  },
  {
    name: 'masked through an alias',
    code: `const { Credentials } = await sts.send(new AssumeRoleCommand(params));
const token = Credentials.SessionToken;
core.setSecret(token);
core.exportVariable('AWS_SESSION_TOKEN', Credentials.SessionToken);`,
  },
  {
    name: 'comparisons and tests',
    code: `if (process.env.AWS_SESSION_TOKEN === undefined) console.log('no token');
console.log(\`token \${process.env.AWS_SESSION_TOKEN ? 'present' : 'absent'}\`);
console.log('has token', Boolean(process.env.AWS_SESSION_TOKEN));`,
  },
  {
    name: 'CloudFront signed URLs are not signed with AWS credentials',
    code: `import { getSignedUrl } from '@aws-sdk/cloudfront-signer';
console.log(getSignedUrl({ url, keyPairId, privateKey, dateLessThan }));`,
  },
  {
    name: 'Google Cloud Storage signed URLs',
    code: `const [url] = await storage.bucket(b).file(f).getSignedUrl({ action: 'read' });
console.log(url);`,
  },
  {
    name: 'not a sink: a non-logger with a log-like method',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
tokens.push(out.Credentials.SessionToken);
store.info(out.Credentials);
catalog.error(out.Credentials.SessionToken);`,
  },
  {
    name: 'a response that is not an HTTP result',
    code: `async function vend() {
  const out = await sts.send(new AssumeRoleCommand(params));
  return { credentials: out.Credentials };
}`,
  },
  {
    name: 'allowResponses: a deliberate credential-vending endpoint',
    code: `app.get('/credentials', async (req, res) => {
  const out = await sts.send(new AssumeRoleCommand(params));
  res.json(out.Credentials);
});
export const handler = async () => {
  const out = await sts.send(new AssumeRoleCommand(params));
  return { statusCode: 200, body: JSON.stringify(out.Credentials) };
};`,
    options: [{ allowResponses: true }],
  },
  {
    name: 'a file without any source word',
    code: `console.log(user, config, process.argv);`,
  },
];

const INVALID: Invalid[] = [
  {
    name: 'L1: the official assume-role example logs the whole response',
    code: `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
const client = new STSClient({});
export const main = async () => {
  const response = await client.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/Example', RoleSessionName: 's' }));
  console.log(response);
};`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 5,
        column: 15,
        suggestions: [
          {
            messageId: 'project',
            output: `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
const client = new STSClient({});
export const main = async () => {
  const response = await client.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/Example', RoleSessionName: 's' }));
  console.log({ AssumedRoleUser: response.AssumedRoleUser, Expiration: response.Credentials?.Expiration });
};`,
          },
          {
            messageId: 'redact',
            output: `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
const client = new STSClient({});
export const main = async () => {
  const response = await client.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/Example', RoleSessionName: 's' }));
  console.log('[REDACTED]');
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'L2: field by field, a template literal with two secrets',
    code: `sts.getSessionToken({ SerialNumber, TokenCode }, (err, data) => {
  console.log(\`export AWS_SECRET_ACCESS_KEY=\${data.Credentials.SecretAccessKey}\\nexport AWS_SESSION_TOKEN=\${data.Credentials.SessionToken}\`);
});`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 2,
        column: 47,
        suggestions: [
          {
            messageId: 'redact',
            output: `sts.getSessionToken({ SerialNumber, TokenCode }, (err, data) => {
  console.log(\`export AWS_SECRET_ACCESS_KEY=[REDACTED]\\nexport AWS_SESSION_TOKEN=\${data.Credentials.SessionToken}\`);
});`,
          },
        ],
      },
      {
        messageId: 'exposed',
        line: 2,
        column: 109,
        suggestions: [
          {
            messageId: 'redact',
            output: `sts.getSessionToken({ SerialNumber, TokenCode }, (err, data) => {
  console.log(\`export AWS_SECRET_ACCESS_KEY=\${data.Credentials.SecretAccessKey}\\nexport AWS_SESSION_TOKEN=[REDACTED]\`);
});`,
          },
        ],
      },
    ],
  },
  {
    name: 'L3: Amplify credentials',
    code: `console.log(await Auth.currentCredentials());`,
    output: null,
    errors: [{ messageId: 'exposed', line: 1, column: 13, suggestions: [{ messageId: 'redact', output: `console.log('[REDACTED]');` }] }],
  },
  {
    name: 'L4: the getting-started snippet logs the secret of AWS.config.credentials',
    code: `AWS.config.getCredentials((err) => {
  console.log('Access key:', AWS.config.credentials.accessKeyId);
  console.log('Secret access key:', AWS.config.credentials.secretAccessKey);
});`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 3,
        column: 37,
        suggestions: [
          {
            messageId: 'redact',
            output: `AWS.config.getCredentials((err) => {
  console.log('Access key:', AWS.config.credentials.accessKeyId);
  console.log('Secret access key:', '[REDACTED]');
});`,
          },
        ],
      },
    ],
  },
  {
    name: 'checkAccessKeyId: the key id alone',
    code: `console.log('Access key:', AWS.config.credentials.accessKeyId, process.env.AWS_ACCESS_KEY_ID);`,
    output: null,
    options: [{ checkAccessKeyId: true }],
    errors: [
      { messageId: 'exposed', line: 1, column: 28, suggestions: [{ messageId: 'redact', output: `console.log('Access key:', '[REDACTED]', process.env.AWS_ACCESS_KEY_ID);` }] },
      { messageId: 'exposed', line: 1, column: 64, suggestions: [{ messageId: 'redact', output: `console.log('Access key:', AWS.config.credentials.accessKeyId, '[REDACTED]');` }] },
    ],
  },
  {
    name: 'checkAccessKeyId: the projection leaves the key id out',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
console.log(out.Credentials);`,
    output: null,
    options: [{ checkAccessKeyId: true }],
    errors: [
      {
        messageId: 'exposed',
        line: 2,
        column: 13,
        suggestions: [
          { messageId: 'project', output: `const out = await sts.send(new AssumeRoleCommand(params));\nconsole.log({ Expiration: out.Credentials?.Expiration });` },
          { messageId: 'redact', output: `const out = await sts.send(new AssumeRoleCommand(params));\nconsole.log('[REDACTED]');` },
        ],
      },
    ],
  },
  {
    name: 'L6: JSON.stringify, util.inspect, String() and spreads propagate',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
logger.debug('sts ' + JSON.stringify(out.Credentials));
logger.debug(util.inspect({ ...out.Credentials, note: 'x' }, { depth: 3 }));
logger.debug(String(out.Credentials.SessionToken).trim());`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 2,
        column: 38,
        suggestions: [
          {
            messageId: 'project',
            output: `const out = await sts.send(new AssumeRoleCommand(params));
logger.debug('sts ' + JSON.stringify({ AccessKeyId: out.Credentials?.AccessKeyId, Expiration: out.Credentials?.Expiration }));
logger.debug(util.inspect({ ...out.Credentials, note: 'x' }, { depth: 3 }));
logger.debug(String(out.Credentials.SessionToken).trim());`,
          },
          {
            messageId: 'redact',
            output: `const out = await sts.send(new AssumeRoleCommand(params));
logger.debug('sts ' + JSON.stringify('[REDACTED]'));
logger.debug(util.inspect({ ...out.Credentials, note: 'x' }, { depth: 3 }));
logger.debug(String(out.Credentials.SessionToken).trim());`,
          },
        ],
      },
      {
        messageId: 'exposed',
        line: 3,
        column: 32,
        suggestions: [
          {
            messageId: 'project',
            output: `const out = await sts.send(new AssumeRoleCommand(params));
logger.debug('sts ' + JSON.stringify(out.Credentials));
logger.debug(util.inspect({ ...{ AccessKeyId: out.Credentials?.AccessKeyId, Expiration: out.Credentials?.Expiration }, note: 'x' }, { depth: 3 }));
logger.debug(String(out.Credentials.SessionToken).trim());`,
          },
        ],
      },
      {
        messageId: 'exposed',
        line: 4,
        column: 21,
        suggestions: [
          {
            messageId: 'redact',
            output: `const out = await sts.send(new AssumeRoleCommand(params));
logger.debug('sts ' + JSON.stringify(out.Credentials));
logger.debug(util.inspect({ ...out.Credentials, note: 'x' }, { depth: 3 }));
logger.debug(String('[REDACTED]').trim());`,
          },
        ],
      },
    ],
  },
  {
    name: 'L7: an object literal and an array that contain a source, a shorthand property',
    code: `const { Credentials } = await sts.send(new AssumeRoleCommand(params));
const { SessionToken } = Credentials;
log.info({ role: RoleArn, SessionToken });
log.info([Credentials.AccessKeyId, Credentials.SecretAccessKey]);`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 3,
        column: 27,
        suggestions: [
          {
            messageId: 'redact',
            output: `const { Credentials } = await sts.send(new AssumeRoleCommand(params));
const { SessionToken } = Credentials;
log.info({ role: RoleArn, SessionToken: '[REDACTED]' });
log.info([Credentials.AccessKeyId, Credentials.SecretAccessKey]);`,
          },
        ],
      },
      {
        messageId: 'exposed',
        line: 4,
        column: 36,
        suggestions: [
          {
            messageId: 'redact',
            output: `const { Credentials } = await sts.send(new AssumeRoleCommand(params));
const { SessionToken } = Credentials;
log.info({ role: RoleArn, SessionToken });
log.info([Credentials.AccessKeyId, '[REDACTED]']);`,
          },
        ],
      },
    ],
  },
  {
    name: 'a message built first, then logged',
    code: `const token = process.env.AWS_SESSION_TOKEN;
const message = \`Using session token \${token}\`;
console.warn(message);`,
    output: null,
    errors: [{ messageId: 'exposed', line: 3, column: 14, suggestions: [{ messageId: 'redact', output: `const token = process.env.AWS_SESSION_TOKEN;\nconst message = \`Using session token \${token}\`;\nconsole.warn('[REDACTED]');` }] }],
  },
  {
    name: 'a slice that keeps almost everything is no redaction',
    code: `console.log(process.env.AWS_SECRET_ACCESS_KEY.slice(4));`,
    output: null,
    errors: [{ messageId: 'exposed', line: 1, column: 13, suggestions: [{ messageId: 'redact', output: `console.log('[REDACTED]'.slice(4));` }] }],
  },
  {
    name: 'an error message with the result of a function whose name says secret',
    code: `function readSecret() { return process.env.AWS_SECRET_ACCESS_KEY; }
throw new Error(\`bad key \${readSecret()}\`);`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 2,
        column: 28,
        suggestions: [{ messageId: 'redact', output: `function readSecret() { return process.env.AWS_SECRET_ACCESS_KEY; }\nthrow new Error(\`bad key [REDACTED]\`);` }],
      },
    ],
  },
  {
    name: 'L8: throw of a string',
    code: `throw 'cannot use token ' + process.env.AWS_SESSION_TOKEN;`,
    output: null,
    errors: [{ messageId: 'exposed', line: 1, column: 29, suggestions: [{ messageId: 'redact', output: `throw 'cannot use token ' + '[REDACTED]';` }] }],
  },
  {
    name: 'L9: process.env spread into a log',
    code: `logger.info({ ...process.env, pid: process.pid });`,
    output: null,
    errors: [{ messageId: 'environment', line: 1, column: 18, suggestions: [] }],
  },
  {
    name: 'L10: X-Ray annotation of the Lambda token',
    code: `AWSXRay.getSegment().addAnnotation('AWS_SESSION_TOKEN', process.env.AWS_SESSION_TOKEN);`,
    output: null,
    errors: [{ messageId: 'exposed', line: 1, column: 57, suggestions: [{ messageId: 'redact', output: `AWSXRay.getSegment().addAnnotation('AWS_SESSION_TOKEN', '[REDACTED]');` }] }],
  },
  {
    name: 'L12: presigned URL through .then, v2 callback and createPresignedPost',
    code: `getSignedUrl(client, command).then((signed) => console.log(signed));
s3.getSignedUrl('getObject', params, (err, link) => logger.info('link', link));
const post = await createPresignedPost(client, { Bucket, Key });
console.log(post);`,
    output: null,
    errors: [
      { messageId: 'signed', line: 1, column: 60, suggestions: [{ messageId: 'redact', output: `getSignedUrl(client, command).then((signed) => console.log('[REDACTED]'));\ns3.getSignedUrl('getObject', params, (err, link) => logger.info('link', link));\nconst post = await createPresignedPost(client, { Bucket, Key });\nconsole.log(post);` }] },
      { messageId: 'signed', line: 2, column: 73, suggestions: [{ messageId: 'redact', output: `getSignedUrl(client, command).then((signed) => console.log(signed));\ns3.getSignedUrl('getObject', params, (err, link) => logger.info('link', '[REDACTED]'));\nconst post = await createPresignedPost(client, { Bucket, Key });\nconsole.log(post);` }] },
      { messageId: 'signed', line: 4, column: 13, suggestions: [{ messageId: 'redact', output: `getSignedUrl(client, command).then((signed) => console.log(signed));\ns3.getSignedUrl('getObject', params, (err, link) => logger.info('link', link));\nconst post = await createPresignedPost(client, { Bucket, Key });\nconsole.log('[REDACTED]');` }] },
    ],
  },
  {
    name: 'L13: a Lambda handler returns credentials in its body',
    code: `export const handler = async () => {
  const { Credentials } = await sts.send(new AssumeRoleCommand(params));
  return { statusCode: 200, body: JSON.stringify({ token: Credentials.SessionToken }) };
};`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 3,
        column: 59,
        suggestions: [
          {
            messageId: 'redact',
            output: `export const handler = async () => {
  const { Credentials } = await sts.send(new AssumeRoleCommand(params));
  return { statusCode: 200, body: JSON.stringify({ token: '[REDACTED]' }) };
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'L13: an arrow returning a proxy result, and Response.json',
    code: `const handler = async () => ({ statusCode: 200, body: process.env.AWS_SECRET_ACCESS_KEY });
export function GET() { return Response.json({ env: process.env }); }`,
    output: null,
    errors: [
      { messageId: 'exposed', line: 1, column: 55, suggestions: [{ messageId: 'redact', output: `const handler = async () => ({ statusCode: 200, body: '[REDACTED]' });\nexport function GET() { return Response.json({ env: process.env }); }` }] },
      { messageId: 'environment', line: 2, column: 53, suggestions: [{ messageId: 'redact', output: `const handler = async () => ({ statusCode: 200, body: process.env.AWS_SECRET_ACCESS_KEY });\nexport function GET() { return Response.json({ env: '[REDACTED]' }); }` }] },
    ],
  },
  {
    name: 'L14: core.exportVariable without setSecret (autofix keeps the indentation)',
    code: `async function run() {
  const { Credentials } = await sts.send(new AssumeRoleWithWebIdentityCommand(params));
  core.exportVariable('AWS_SECRET_ACCESS_KEY', Credentials.SecretAccessKey);
  await core.exportVariable('AWS_SESSION_TOKEN', Credentials.SessionToken);
}`,
    output: `async function run() {
  const { Credentials } = await sts.send(new AssumeRoleWithWebIdentityCommand(params));
  core.setSecret(Credentials.SecretAccessKey);
  core.exportVariable('AWS_SECRET_ACCESS_KEY', Credentials.SecretAccessKey);
  core.setSecret(Credentials.SessionToken);
  await core.exportVariable('AWS_SESSION_TOKEN', Credentials.SessionToken);
}`,
    errors: [
      { messageId: 'unmasked', line: 3, column: 48, suggestions: [] },
      { messageId: 'unmasked', line: 4, column: 50, suggestions: [] },
    ],
  },
  {
    name: 'L14: one setSecret autofix per value; later outputs get it as a suggestion',
    code: `core.exportVariable('AWS_SESSION_TOKEN', process.env.AWS_SESSION_TOKEN);
core.setOutput('token', process.env.AWS_SESSION_TOKEN);`,
    output: `core.setSecret(process.env.AWS_SESSION_TOKEN);
core.exportVariable('AWS_SESSION_TOKEN', process.env.AWS_SESSION_TOKEN);
core.setOutput('token', process.env.AWS_SESSION_TOKEN);`,
    errors: [
      { messageId: 'unmasked', line: 1, column: 42, suggestions: [] },
      {
        messageId: 'unmasked',
        line: 2,
        column: 25,
        suggestions: [
          {
            messageId: 'setSecret',
            output: `core.exportVariable('AWS_SESSION_TOKEN', process.env.AWS_SESSION_TOKEN);
core.setSecret(process.env.AWS_SESSION_TOKEN);
core.setOutput('token', process.env.AWS_SESSION_TOKEN);`,
          },
        ],
      },
    ],
  },
  {
    name: 'L14: setSecret after the output does not count; a non-statement output has no fix',
    code: `core.setOutput('token', process.env.AWS_SESSION_TOKEN);
core.setSecret(process.env.AWS_SESSION_TOKEN);
ok && core.setOutput('secret', process.env.AWS_SECRET_ACCESS_KEY);`,
    output: `core.setSecret(process.env.AWS_SESSION_TOKEN);
core.setOutput('token', process.env.AWS_SESSION_TOKEN);
core.setSecret(process.env.AWS_SESSION_TOKEN);
ok && core.setOutput('secret', process.env.AWS_SECRET_ACCESS_KEY);`,
    errors: [
      { messageId: 'unmasked', line: 1, column: 25, suggestions: [] },
      { messageId: 'exposed', line: 3, column: 32, suggestions: [] },
    ],
  },
  {
    name: 'L14: a whole credentials object as an Actions output',
    code: `const out = await sts.send(new AssumeRoleCommand(params));
core.setOutput('credentials', JSON.stringify(out.Credentials));`,
    output: null,
    errors: [
      {
        messageId: 'exposed',
        line: 2,
        column: 46,
        suggestions: [
          { messageId: 'project', output: `const out = await sts.send(new AssumeRoleCommand(params));\ncore.setOutput('credentials', JSON.stringify({ AccessKeyId: out.Credentials?.AccessKeyId, Expiration: out.Credentials?.Expiration }));` },
        ],
      },
    ],
  },
  {
    name: 'loggers option: a callee, a receiver and a function',
    code: `dbg.log1('body', process.env.AWS_SESSION_TOKEN);
audit.record(process.env.AWS_SECRET_ACCESS_KEY);
emit(process.env.AWS_SESSION_TOKEN);`,
    output: null,
    options: [{ loggers: ['dbg', 'audit.record', 'emit'] }],
    errors: [
      { messageId: 'exposed', line: 1, column: 18, suggestions: [{ messageId: 'redact', output: `dbg.log1('body', '[REDACTED]');\naudit.record(process.env.AWS_SECRET_ACCESS_KEY);\nemit(process.env.AWS_SESSION_TOKEN);` }] },
      { messageId: 'exposed', line: 2, column: 14, suggestions: [{ messageId: 'redact', output: `dbg.log1('body', process.env.AWS_SESSION_TOKEN);\naudit.record('[REDACTED]');\nemit(process.env.AWS_SESSION_TOKEN);` }] },
      { messageId: 'exposed', line: 3, column: 6, suggestions: [{ messageId: 'redact', output: `dbg.log1('body', process.env.AWS_SESSION_TOKEN);\naudit.record(process.env.AWS_SECRET_ACCESS_KEY);\nemit('[REDACTED]');` }] },
    ],
  },
  {
    name: 'IAM CreateAccessKey: a long-term secret is still a secret',
    code: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
console.log(AccessKey.SecretAccessKey);`,
    output: null,
    errors: [{ messageId: 'exposed', line: 2, column: 13, suggestions: [{ messageId: 'redact', output: `const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));\nconsole.log('[REDACTED]');` }] }],
  },
  {
    name: 'a v2 AWS.Credentials built in place, and AWS.config',
    code: `const creds = new AWS.Credentials(key, secret, token);
console.log(creds, AWS.config);`,
    output: null,
    errors: [
      { messageId: 'exposed', line: 2, column: 13, suggestions: [{ messageId: 'redact', output: `const creds = new AWS.Credentials(key, secret, token);\nconsole.log('[REDACTED]', AWS.config);` }] },
      { messageId: 'exposed', line: 2, column: 20, suggestions: [{ messageId: 'redact', output: `const creds = new AWS.Credentials(key, secret, token);\nconsole.log(creds, '[REDACTED]');` }] },
    ],
  },
  {
    name: 'L9: dumping the environment one variable at a time (for…of entries, forEach, for…in)',
    code: `for (const [key, value] of Object.entries(process.env)) console.log(key, value);
Object.entries(process.env).forEach(([name, v]) => logger.debug(\`\${name}=\${v}\`));
for (const key in process.env) console.log(key, process.env[key]);`,
    output: null,
    errors: [
      { messageId: 'environment', line: 1, column: 74, suggestions: [{ messageId: 'redact', output: `for (const [key, value] of Object.entries(process.env)) console.log(key, '[REDACTED]');
Object.entries(process.env).forEach(([name, v]) => logger.debug(\`\${name}=\${v}\`));
for (const key in process.env) console.log(key, process.env[key]);` }] },
      { messageId: 'environment', line: 2, column: 76, suggestions: [{ messageId: 'redact', output: `for (const [key, value] of Object.entries(process.env)) console.log(key, value);
Object.entries(process.env).forEach(([name, v]) => logger.debug(\`\${name}=[REDACTED]\`));
for (const key in process.env) console.log(key, process.env[key]);` }] },
      { messageId: 'environment', line: 3, column: 49, suggestions: [{ messageId: 'redact', output: `for (const [key, value] of Object.entries(process.env)) console.log(key, value);
Object.entries(process.env).forEach(([name, v]) => logger.debug(\`\${name}=\${v}\`));
for (const key in process.env) console.log(key, '[REDACTED]');` }] },
    ],
  },
  {
    name: 'L13: secrets on a child process command line (exec string, spawn and execFile arguments)',
    code: `const { execSync } = require('child_process');
execSync(\`aws configure set aws_session_token \${process.env.AWS_SESSION_TOKEN}\`);`,
    output: null,
    errors: [{ messageId: 'commandLine', line: 2, column: 49, suggestions: [] }],
  },
  {
    name: 'L13: STS credentials on command lines, through a default import and an arguments array',
    code: `import { spawn } from 'node:child_process';
import cp from 'child_process';
const out = await sts.send(new AssumeRoleCommand(params));
spawn('tool', ['--token', out.Credentials.SessionToken]);
cp.exec('echo ' + JSON.stringify(out.Credentials));`,
    output: null,
    errors: [
      { messageId: 'commandLine', line: 4, column: 27, suggestions: [] },
      { messageId: 'commandLine', line: 5, column: 34, suggestions: [] },
    ],
  },
  {
    name: 'L11: an STS client with logger: console prints every session token',
    code: `import { STSClient } from '@aws-sdk/client-sts';
const sts = new STSClient({ region: 'us-east-1', logger: console });`,
    output: null,
    errors: [
      {
        messageId: 'sdkLogger',
        line: 2,
        column: 58,
        suggestions: [{ messageId: 'removeLogger', output: `import { STSClient } from '@aws-sdk/client-sts';
const sts = new STSClient({ region: 'us-east-1' });` }],
      },
    ],
  },
  {
    name: 'L11: Cognito Identity (require, aggregated class), a pino logger and an object with info',
    code: `const { CognitoIdentity, CognitoIdentityClient } = require('@aws-sdk/client-cognito-identity');
const STS = require('@aws-sdk/client-sts');
const log = pino();
new CognitoIdentity({ logger: log });
new CognitoIdentityClient({
  logger: { info: (...args) => console.log(...args), warn: console.warn },
});
new STS.STSClient({ logger: globalThis.console });`,
    output: null,
    errors: [
      {
        messageId: 'sdkLogger',
        line: 4,
        column: 31,
        suggestions: [{ messageId: 'removeLogger', output: `const { CognitoIdentity, CognitoIdentityClient } = require('@aws-sdk/client-cognito-identity');
const STS = require('@aws-sdk/client-sts');
const log = pino();
new CognitoIdentity({});
new CognitoIdentityClient({
  logger: { info: (...args) => console.log(...args), warn: console.warn },
});
new STS.STSClient({ logger: globalThis.console });` }],
      },
      {
        messageId: 'sdkLogger',
        line: 6,
        column: 11,
        suggestions: [{ messageId: 'removeLogger', output: `const { CognitoIdentity, CognitoIdentityClient } = require('@aws-sdk/client-cognito-identity');
const STS = require('@aws-sdk/client-sts');
const log = pino();
new CognitoIdentity({ logger: log });
new CognitoIdentityClient({
});
new STS.STSClient({ logger: globalThis.console });` }],
      },
      {
        messageId: 'sdkLogger',
        line: 8,
        column: 29,
        suggestions: [{ messageId: 'removeLogger', output: `const { CognitoIdentity, CognitoIdentityClient } = require('@aws-sdk/client-cognito-identity');
const STS = require('@aws-sdk/client-sts');
const log = pino();
new CognitoIdentity({ logger: log });
new CognitoIdentityClient({
  logger: { info: (...args) => console.log(...args), warn: console.warn },
});
new STS.STSClient({});` }],
      },
    ],
  },
  {
    name: 'Sentry context and breadcrumbs',
    code: `Sentry.setContext('aws', { token: process.env.AWS_SESSION_TOKEN });
scope.setExtra('secret', process.env.AWS_SECRET_ACCESS_KEY);`,
    output: null,
    errors: [
      { messageId: 'exposed', line: 1, column: 35, suggestions: [{ messageId: 'redact', output: `Sentry.setContext('aws', { token: '[REDACTED]' });\nscope.setExtra('secret', process.env.AWS_SECRET_ACCESS_KEY);` }] },
      { messageId: 'exposed', line: 2, column: 26, suggestions: [{ messageId: 'redact', output: `Sentry.setContext('aws', { token: process.env.AWS_SESSION_TOKEN });\nscope.setExtra('secret', '[REDACTED]');` }] },
    ],
  },
  {
    name: 'insertAdjacentHTML and process.stdout.write',
    code: `el.insertAdjacentHTML('beforeend', \`<pre>\${process.env.AWS_SESSION_TOKEN}</pre>\`);
process.stdout.write(process.env.AWS_SECRET_ACCESS_KEY + '\\n');`,
    output: null,
    errors: [
      { messageId: 'exposed', line: 1, column: 44, suggestions: [{ messageId: 'redact', output: `el.insertAdjacentHTML('beforeend', \`<pre>[REDACTED]</pre>\`);\nprocess.stdout.write(process.env.AWS_SECRET_ACCESS_KEY + '\\n');` }] },
      { messageId: 'exposed', line: 2, column: 22, suggestions: [{ messageId: 'redact', output: `el.insertAdjacentHTML('beforeend', \`<pre>\${process.env.AWS_SESSION_TOKEN}</pre>\`);\nprocess.stdout.write('[REDACTED]' + '\\n');` }] },
    ],
  },
];

createRuleTester().run('no-credential-logging', rule, {
  valid: QUIET,
  invalid: [...INVALID, ...matrix(), ...actionsMatrix()],
});

// Plain JavaScript, as ESLint's default parser reads it.
const javascript = await createJavaScriptRuleTester();
javascript.run('no-credential-logging (JavaScript)', rule, {
  valid: QUIET,
  invalid: [...INVALID, ...matrix(), ...actionsMatrix()],
});

// With type information, any expression typed as SDK credentials or an STS / Cognito / SSO output is a source.
createTypedRuleTester().run('no-credential-logging (typed)', rule, {
  valid: [
    {
      name: 'typed: any, unrelated types with credentials / token properties',
      code: `declare const anything: any;
declare const user: { credentials: { token: string }; sessionToken: string; Credentials: { SessionToken: string } };
console.log(anything.SessionToken, user.credentials, user.sessionToken, user.Credentials.SessionToken, user);`,
    },
    {
      name: 'typed: safe fields and idioms of typed credentials',
      code: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import { loadIdentity } from './helpers.js';
declare const out: AssumeRoleCommandOutput;
const id = await loadIdentity();
console.log(out.AssumedRoleUser, out.Credentials?.Expiration, out.Credentials?.AccessKeyId, id.accessKeyId, id.expiration);
console.log(!!id.sessionToken, id.secretAccessKey.length, id.sessionToken?.slice(0, 4), out.Credentials?.SessionToken ? 'set' : 'missing');`,
    },
    {
      name: 'typed: the error of an AWS call',
      code: `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
const sts = new STSClient({});
try { await sts.send(new AssumeRoleCommand({ RoleArn: 'arn', RoleSessionName: 's' })); } catch (err) { console.error(err); }`,
    },
  ],
  invalid: [
    {
      name: 'typed: a declared AssumeRoleCommandOutput',
      code: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
declare const out: AssumeRoleCommandOutput;
console.log(out);`,
      output: null,
      errors: [
        {
          messageId: 'exposed',
          line: 3,
          column: 13,
          suggestions: [
            { messageId: 'project', output: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';\ndeclare const out: AssumeRoleCommandOutput;\nconsole.log({ AssumedRoleUser: out.AssumedRoleUser, Expiration: out.Credentials?.Expiration });` },
            { messageId: 'redact', output: `import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';\ndeclare const out: AssumeRoleCommandOutput;\nconsole.log('[REDACTED]');` },
          ],
        },
      ],
    },
    {
      name: 'typed: STS Credentials returned by a helper module',
      code: `import { getRoleCredentials } from './helpers.js';
const c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');
logger.info(\`token=\${c?.SessionToken}\`);`,
      output: null,
      errors: [{ messageId: 'exposed', line: 3, column: 22, suggestions: [{ messageId: 'redact', output: `import { getRoleCredentials } from './helpers.js';\nconst c = await getRoleCredentials('arn:aws:iam::123456789012:role/app');\nlogger.info(\`token=[REDACTED]\`);` }] }],
    },
    {
      name: 'typed: an AwsCredentialIdentity from another module, whole and its secret',
      code: `import { loadIdentity } from './helpers.js';
const identity = await loadIdentity();
console.debug(identity);
throw new Error('bad secret ' + identity.secretAccessKey);`,
      output: null,
      errors: [
        {
          messageId: 'exposed',
          line: 3,
          column: 15,
          suggestions: [
            { messageId: 'project', output: `import { loadIdentity } from './helpers.js';\nconst identity = await loadIdentity();\nconsole.debug({ accessKeyId: identity.accessKeyId, expiration: identity.expiration });\nthrow new Error('bad secret ' + identity.secretAccessKey);` },
            { messageId: 'redact', output: `import { loadIdentity } from './helpers.js';\nconst identity = await loadIdentity();\nconsole.debug('[REDACTED]');\nthrow new Error('bad secret ' + identity.secretAccessKey);` },
          ],
        },
        {
          messageId: 'exposed',
          line: 4,
          column: 33,
          suggestions: [{ messageId: 'redact', output: `import { loadIdentity } from './helpers.js';\nconst identity = await loadIdentity();\nconsole.debug(identity);\nthrow new Error('bad secret ' + '[REDACTED]');` }],
        },
      ],
    },
    {
      name: 'typed: Cognito and SSO outputs',
      code: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
import type { GetRoleCredentialsCommandOutput } from '@aws-sdk/client-sso';
declare const cognito: GetCredentialsForIdentityCommandOutput;
declare const sso: GetRoleCredentialsCommandOutput;
res.json({ secret: cognito.Credentials?.SecretKey, sso });`,
      output: null,
      errors: [
        {
          messageId: 'exposed',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'redact',
              output: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
import type { GetRoleCredentialsCommandOutput } from '@aws-sdk/client-sso';
declare const cognito: GetCredentialsForIdentityCommandOutput;
declare const sso: GetRoleCredentialsCommandOutput;
res.json({ secret: '[REDACTED]', sso });`,
            },
          ],
        },
        {
          messageId: 'exposed',
          line: 5,
          column: 52,
          suggestions: [
            {
              messageId: 'project',
              output: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
import type { GetRoleCredentialsCommandOutput } from '@aws-sdk/client-sso';
declare const cognito: GetCredentialsForIdentityCommandOutput;
declare const sso: GetRoleCredentialsCommandOutput;
res.json({ secret: cognito.Credentials?.SecretKey, sso: { expiration: sso.roleCredentials?.expiration } });`,
            },
            {
              messageId: 'redact',
              output: `import type { GetCredentialsForIdentityCommandOutput } from '@aws-sdk/client-cognito-identity';
import type { GetRoleCredentialsCommandOutput } from '@aws-sdk/client-sso';
declare const cognito: GetCredentialsForIdentityCommandOutput;
declare const sso: GetRoleCredentialsCommandOutput;
res.json({ secret: cognito.Credentials?.SecretKey, sso: '[REDACTED]' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a parameter typed AwsCredentialIdentity goes to an Actions output',
      code: `import type { AwsCredentialIdentity } from '@aws-sdk/types';
export function publish(creds: AwsCredentialIdentity): void {
  core.setOutput('aws-session-token', creds.sessionToken);
}`,
      output: `import type { AwsCredentialIdentity } from '@aws-sdk/types';
export function publish(creds: AwsCredentialIdentity): void {
  core.setSecret(creds.sessionToken);
  core.setOutput('aws-session-token', creds.sessionToken);
}`,
      errors: [{ messageId: 'unmasked', line: 3, column: 39, suggestions: [] }],
    },
  ],
});
