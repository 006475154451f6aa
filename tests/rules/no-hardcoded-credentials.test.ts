import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { isPlaceholderKeyId, isSecretAccessKeyShape, isSessionTokenShape } from '../../src/analysis/secrets.js';
import rule from '../../src/rules/no-hardcoded-credentials.js';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester.js';

// ---------------------------------------------------------------------------------------------------------
// Credentials are built at run time from a seeded generator: no whole key id, secret or token sits in the
// repository, and the values are the same on every run (stable columns, reproducible failures).

function generator(seed: number): (alphabet: string, length: number) => string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, length) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const draw = generator(0x2026_1122);
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function until<T>(make: () => T, ok: (value: T) => boolean): T {
  for (;;) {
    const value = make();
    if (ok(value)) return value;
  }
}

/** A key id body of 16 base32 characters that no placeholder check would skip. */
const body = (): string => until(() => draw(BASE32, 16), (value) => !isPlaceholderKeyId(`AK${'IA'}${value}`));
const id = (prefix: string): string => prefix + body();

const LONG = id('AK' + 'IA');
const TEMP = id('AS' + 'IA');
const BEARER = id('AB' + 'IA');
const CONTEXT = id('AC' + 'CA');
const SECRET = until(() => draw(BASE64, 40), isSecretAccessKeyShape);
const SECRET_2 = until(() => draw(BASE64, 40), isSecretAccessKeyShape);
/** Current STS tokens start with base64 of "…origin_ec"; older ones with "…er/aws". */
const TOKEN = until(() => 'IQoJb3Jp' + 'Z2luX2Vj' + draw(BASE64, 360), isSessionTokenShape);
const OLD_TOKEN = until(() => 'FwoGZXIv' + 'YXdz' + draw(BASE64, 300), isSessionTokenShape);
/** A token without a known prefix: only its slot says what it is. */
const PLAIN_TOKEN = until(() => draw(BASE64, 200), (value) => isSessionTokenShape(value) && !/oJb3JpZ2lu|ZXIvYXdz|oDYXdz/u.test(value));
const PLANTED = [LONG, TEMP, BEARER, CONTEXT, SECRET, SECRET_2, TOKEN, OLD_TOKEN, PLAIN_TOKEN];

const tail = (keyId: string): string => `${keyId.slice(0, 4)}…${keyId.slice(-4)}`;

// ---------------------------------------------------------------------------------------------------------

describe('planted values', () => {
  it('look real and never contain EXAMPLE', () => {
    for (const value of PLANTED) expect(value).not.toMatch(/EXAMPLE/iu);
    expect(LONG).toMatch(/^AKIA[A-Z2-7]{16}$/u);
    expect(SECRET).toHaveLength(40);
  });
});

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-credentials', rule, {
  valid: [
    { name: 'AWS documentation key ids', code: `const a = 'AKIAIOSFODNN7EXAMPLE'; const b = 'ASIAIOSFODNN7EXAMPLE'; const c = 'AKIAI44QH8DHBEXAMPLE';` },
    {
      name: 'the AWS documentation secret in a secret slot',
      code: `new S3Client({ credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } });`,
    },
    { name: 'placeholder key ids', code: `const ids = ['AKIAXXXXXXXXXXXXXXXX', 'AKIA${'A'.repeat(16)}', 'ASIA${'TEST'.repeat(4)}', 'AKIA${'ABCDEFGH'.repeat(2)}'];` },
    { name: 'placeholder secrets', code: `const c = { accessKeyId: process.env.KEY, secretAccessKey: '${'x'.repeat(40)}' }; const d = { secretAccessKey: 'your-secret-access-key' };` },
    { name: 'a typed placeholder secret', code: `const secretAccessKey = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN';` },
    { name: 'IAM unique ids are not credentials', code: ['AIDA', 'AROA', 'AGPA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'ASCA'].map((prefix, i) => `const u${i} = '${prefix}${LONG.slice(4)}';`).join('\n') },
    { name: 'an invalid base32 body (0, 1, 8, 9 are not base32)', code: `const a = '${LONG.slice(0, 10)}0${LONG.slice(11)}'; const b = '${LONG.slice(0, 19)}8';` },
    { name: 'the prefix inside a longer word', code: `const a = 'X${LONG}'; const b = '${LONG}Z'; const c = '${LONG.toLowerCase()}';` },
    { name: 'words and regions', code: `const zone = 'Asia/Tokyo'; const region = 'ap-southeast-1'; // Eurasia, ASIA PACIFIC, AKIAK village` },
    { name: 'a hex digest in a secret slot', code: `const c = { accessKeyId: process.env.A, secretAccessKey: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' };` },
    { name: 'integrity strings and base64 blobs outside any credential slot', code: `const integrity = 'sha512-${draw(BASE64, 86)}=='; const etag = '${SECRET}'; const blob = '${PLAIN_TOKEN}';` },
    { name: 'token-shaped values under web-app token names, in a file that says aws', code: `// aws\nconst csrfToken = '${PLAIN_TOKEN}'; const token = '${PLAIN_TOKEN}'; const opts = { cancelToken: '${PLAIN_TOKEN}' };` },
    { name: 'a 40-character value under a generic secret name, with no key beside it', code: `const secret = '${SECRET}'; const cfg = { secretKey: '${SECRET}' };` },
    { name: 'a JWT in a token slot is another rule’s business', code: `const c = { sessionToken: 'eyJhbGciOiJIUzI1NiJ9.${draw(BASE64, 120).replace(/[+/]/gu, 'a')}.${draw(BASE64, 43).replace(/[+/]/gu, 'b')}' };` },
    { name: 'loading from the environment', code: `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });` },
    { name: 'test doubles assigned to the environment', code: `process.env.AWS_ACCESS_KEY_ID = 'test'; process.env.AWS_SECRET_ACCESS_KEY = 'test'; process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';` },
    {
      name: 'a non-AWS endpoint: MinIO keys are left to generic scanners',
      code: `new Minio.Client({ endPoint: 'play.min.io', accessKey: 'Q3AM3UQ867SPQQA43P2F', secretKey: '${SECRET}' });`,
    },
    {
      name: 'a non-AWS endpoint: R2 through the S3 client',
      code: `new S3Client({ endpoint: 'https://acct.r2.cloudflarestorage.com', credentials: { accessKeyId: process.env.R2_KEY!, secretAccessKey: '${SECRET}' } });`,
    },
    { name: 'a presigned URL signed with a documentation key', code: `const url = 'https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=abc';` },
    { name: 'SDK signing code that names the SigV4 headers and parameters', code: "const headers = { 'X-Amz-Date': date, 'X-Amz-Content-Sha256': hash, 'X-Amz-Security-Token': credentials.sessionToken };\nconst query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${scope}&X-Amz-SignedHeaders=host`;" },
    { name: 'a presigned URL built at run time', code: 'const url = `https://b.s3.amazonaws.com/k?X-Amz-Credential=${keyId}%2F${date}&X-Amz-Security-Token=${token}`;' },
    {
      name: 'browser env names that are not credentials',
      code: `const a = import.meta.env.VITE_AWS_REGION; const b = import.meta.env.VITE_AWS_COGNITO_IDENTITY_POOL_ID; const c = process.env.REACT_APP_AWS_SECRET_NAME; const d = process.env.NEXT_PUBLIC_API_TOKEN; const e = process.env.AWS_SECRET_ACCESS_KEY;`,
    },
    { name: 'the token prefix alone is too short to be a token', code: `const prefix = 'IQoJb3JpZ2luX2Vj';` },
    { name: 'allow: an exact value', code: `const key = '${LONG}';`, options: [{ allow: [LONG] }] },
    { name: 'allow: a regular expression', code: `const key = '${LONG}'; const c = { secretAccessKey: '${SECRET}' };`, options: [{ allow: ['/^AKIA/u', `/^${SECRET.slice(0, 10).replace(/[+/]/gu, '.')}/`] }] },
    { name: 'allow: a browser env name', code: `const s = import.meta.env.VITE_AWS_ACCESS_KEY_ID;`, options: [{ allow: ['VITE_AWS_ACCESS_KEY_ID'] }] },
    { name: 'ignoreTestFiles skips *.test.* files', filename: 'src/__tests__/upload.test.ts', code: `const key = '${LONG}';`, options: [{ ignoreTestFiles: true }] },
  ],
  invalid: [
    {
      name: 'a long-term key id in a variable',
      code: `const key = '${LONG}';`,
      output: null,
      errors: [
        {
          messageId: 'longTermKeyId',
          data: { keyId: tail(LONG) },
          line: 1,
          column: 14,
          endColumn: 34,
          suggestions: [{ messageId: 'useEnvironment', data: { replacement: 'process.env.AWS_ACCESS_KEY_ID!' }, output: `const key = process.env.AWS_ACCESS_KEY_ID!;` }],
        },
      ],
    },
    {
      // The whole string has the shape of a secret (40 characters): the key id inside it is still found.
      name: 'a long-term key id at the start of a secret-shaped string',
      code: `const pair = '${LONG}/${SECRET.slice(0, 19)}';`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', data: { keyId: tail(LONG) }, line: 1, column: 15, endColumn: 35, suggestions: [] }],
    },
    {
      name: 'a temporary triple in a v3 client: key id, secret by slot, token by prefix',
      code: `new S3Client({
  credentials: {
    accessKeyId: '${TEMP}',
    secretAccessKey: '${SECRET}',
    sessionToken: '${TOKEN}',
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'temporaryKeyId',
          line: 3,
          column: 19,
          suggestions: [
            {
              messageId: 'useEnvironment',
              output: `new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: '${SECRET}',
    sessionToken: '${TOKEN}',
  },
});`,
            },
            { messageId: 'useDefaultChain', output: `new S3Client({\n});` },
          ],
        },
        {
          messageId: 'secretAccessKey',
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: 'useEnvironment',
              output: `new S3Client({
  credentials: {
    accessKeyId: '${TEMP}',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: '${TOKEN}',
  },
});`,
            },
            { messageId: 'useDefaultChain', output: `new S3Client({\n});` },
          ],
        },
        {
          messageId: 'sessionToken',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'useEnvironment',
              output: `new S3Client({
  credentials: {
    accessKeyId: '${TEMP}',
    secretAccessKey: '${SECRET}',
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});`,
            },
            { messageId: 'useDefaultChain', output: `new S3Client({\n});` },
          ],
        },
      ],
    },
    {
      name: 'v2 service options: removing key and secret lets the SDK use its chain',
      code: `const s3 = new AWS.S3({
  region: 'eu-west-1',
  accessKeyId: '${LONG}',
  secretAccessKey: '${SECRET}',
});`,
      output: null,
      errors: [
        {
          messageId: 'longTermKeyId',
          line: 3,
          column: 17,
          suggestions: [
            { messageId: 'useEnvironment', output: `const s3 = new AWS.S3({\n  region: 'eu-west-1',\n  accessKeyId: process.env.AWS_ACCESS_KEY_ID!,\n  secretAccessKey: '${SECRET}',\n});` },
            { messageId: 'useDefaultChain', output: `const s3 = new AWS.S3({\n  region: 'eu-west-1',\n});` },
          ],
        },
        {
          messageId: 'secretAccessKey',
          line: 4,
          column: 20,
          suggestions: [
            { messageId: 'useEnvironment', output: `const s3 = new AWS.S3({\n  region: 'eu-west-1',\n  accessKeyId: '${LONG}',\n  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,\n});` },
            { messageId: 'useDefaultChain', output: `const s3 = new AWS.S3({\n  region: 'eu-west-1',\n});` },
          ],
        },
      ],
    },
    {
      name: 'aws4.sign: dropping the credentials argument makes aws4 read the environment',
      code: `import aws4 from 'aws4';\naws4.sign(request, { accessKeyId: '${LONG}', secretAccessKey: '${SECRET}' });`,
      output: null,
      errors: [
        {
          messageId: 'longTermKeyId',
          line: 2,
          column: 36,
          suggestions: [
            { messageId: 'useEnvironment', output: `import aws4 from 'aws4';\naws4.sign(request, { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: '${SECRET}' });` },
            { messageId: 'useDefaultChain', output: `import aws4 from 'aws4';\naws4.sign(request);` },
          ],
        },
        {
          messageId: 'secretAccessKey',
          line: 2,
          column: 76,
          suggestions: [
            { messageId: 'useEnvironment', output: `import aws4 from 'aws4';\naws4.sign(request, { accessKeyId: '${LONG}', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! });` },
            { messageId: 'useDefaultChain', output: `import aws4 from 'aws4';\naws4.sign(request);` },
          ],
        },
      ],
    },
    {
      name: 'v2 positional credentials',
      code: `AWS.config.credentials = new AWS.Credentials('${TEMP}', '${SECRET}', '${OLD_TOKEN}');`,
      output: null,
      errors: [
        {
          messageId: 'temporaryKeyId',
          line: 1,
          column: 47,
          suggestions: [{ messageId: 'useEnvironment', output: `AWS.config.credentials = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, '${SECRET}', '${OLD_TOKEN}');` }],
        },
        {
          messageId: 'secretAccessKey',
          line: 1,
          column: 70,
          suggestions: [{ messageId: 'useEnvironment', output: `AWS.config.credentials = new AWS.Credentials('${TEMP}', process.env.AWS_SECRET_ACCESS_KEY!, '${OLD_TOKEN}');` }],
        },
        {
          messageId: 'sessionToken',
          line: 1,
          column: 115,
          suggestions: [{ messageId: 'useEnvironment', output: `AWS.config.credentials = new AWS.Credentials('${TEMP}', '${SECRET}', process.env.AWS_SESSION_TOKEN);` }],
        },
      ],
    },
    {
      name: 'STS bearer and context-specific ids',
      code: `const ids = ['${BEARER}', '${CONTEXT}'];`,
      output: null,
      errors: [
        {
          messageId: 'otherKeyId',
          data: { kind: 'STS bearer token', keyId: tail(BEARER) },
          line: 1,
          column: 15,
          suggestions: [{ messageId: 'useEnvironment', output: `const ids = [process.env.AWS_ACCESS_KEY_ID!, '${CONTEXT}'];` }],
        },
        {
          messageId: 'otherKeyId',
          data: { kind: 'context-specific credential', keyId: tail(CONTEXT) },
          line: 1,
          column: 39,
          suggestions: [{ messageId: 'useEnvironment', output: `const ids = ['${BEARER}', process.env.AWS_ACCESS_KEY_ID!];` }],
        },
      ],
    },
    {
      name: 'commented-out credentials (line and block comments)',
      code: `// accessKeyId: '${LONG}', secretAccessKey: '${SECRET}'\n/*\n * sessionToken: '${TOKEN}'\n */\nnew S3Client({});`,
      output: null,
      errors: [
        { messageId: 'longTermKeyId', line: 1, column: 18, suggestions: [] },
        { messageId: 'secretAccessKey', line: 1, column: 59, suggestions: [] },
        { messageId: 'sessionToken', line: 3, column: 19, suggestions: [] },
      ],
    },
    {
      name: 'a key id inside a longer string and a template quasi',
      code: `throw new Error('Key ${TEMP} was rejected');\nconst t = \`id=${LONG}&user=\${user}\`;`,
      output: null,
      errors: [
        { messageId: 'temporaryKeyId', line: 1, column: 22, suggestions: [] },
        { messageId: 'longTermKeyId', line: 2, column: 15, suggestions: [] },
      ],
    },
    {
      name: 'a credentials file in a template literal: key id and labelled secret on their own lines',
      code: `const ini = \`[default]\naws_access_key_id = ${LONG}\naws_secret_access_key = ${SECRET}\n\`;`,
      output: null,
      errors: [
        { messageId: 'longTermKeyId', line: 2, column: 21, suggestions: [] },
        { messageId: 'secretAccessKey', line: 3, column: 25, suggestions: [] },
      ],
    },
    {
      name: 'labels alone: a commented-out secret and token, a secret in a JSON string',
      code: `// secretAccessKey: '${SECRET}'\n// sessionToken: '${PLAIN_TOKEN}'\nconst body = '{"accessKeyId":"x","secretAccessKey":"${SECRET_2}"}';`,
      output: null,
      errors: [
        { messageId: 'secretAccessKey', line: 1, column: 22, suggestions: [] },
        { messageId: 'sessionToken', line: 2, column: 19, suggestions: [] },
        { messageId: 'secretAccessKey', line: 3, column: 53, suggestions: [] },
      ],
    },
    {
      name: 'a key id as an object key, bare and quoted',
      code: `const owners = { ${LONG}: 'ci', '${TEMP}': 'lab' };`,
      output: null,
      errors: [
        { messageId: 'longTermKeyId', line: 1, column: 18, suggestions: [] },
        { messageId: 'temporaryKeyId', line: 1, column: 47, suggestions: [] },
      ],
    },
    {
      name: 'a key id in a parameter’s literal type',
      code: `function f(key: '${LONG}') {}`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', line: 1, column: 18, suggestions: [] }],
    },
    {
      name: 'a key id in a type',
      code: `type Key = '${LONG}';`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', line: 1, column: 13, suggestions: [] }],
    },
    {
      name: 'secrets by name: variable, class field, parameter default, member assignment',
      code: `const secretAccessKey = '${SECRET}';
class Config { awsSecretKey = '${SECRET}'; }
function connect(secret_access_key = '${SECRET}') {}
config.AWS_SECRET_KEY = '${SECRET}';`,
      output: null,
      errors: [
        {
          messageId: 'secretAccessKey',
          line: 1,
          column: 25,
          suggestions: [{ messageId: 'useEnvironment', output: `const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY!;\nclass Config { awsSecretKey = '${SECRET}'; }\nfunction connect(secret_access_key = '${SECRET}') {}\nconfig.AWS_SECRET_KEY = '${SECRET}';` }],
        },
        {
          messageId: 'secretAccessKey',
          line: 2,
          column: 31,
          suggestions: [{ messageId: 'useEnvironment', output: `const secretAccessKey = '${SECRET}';\nclass Config { awsSecretKey = process.env.AWS_SECRET_ACCESS_KEY!; }\nfunction connect(secret_access_key = '${SECRET}') {}\nconfig.AWS_SECRET_KEY = '${SECRET}';` }],
        },
        {
          messageId: 'secretAccessKey',
          line: 3,
          column: 38,
          suggestions: [{ messageId: 'useEnvironment', output: `const secretAccessKey = '${SECRET}';\nclass Config { awsSecretKey = '${SECRET}'; }\nfunction connect(secret_access_key = process.env.AWS_SECRET_ACCESS_KEY!) {}\nconfig.AWS_SECRET_KEY = '${SECRET}';` }],
        },
        {
          messageId: 'secretAccessKey',
          line: 4,
          column: 25,
          suggestions: [{ messageId: 'useEnvironment', output: `const secretAccessKey = '${SECRET}';\nclass Config { awsSecretKey = '${SECRET}'; }\nfunction connect(secret_access_key = '${SECRET}') {}\nconfig.AWS_SECRET_KEY = process.env.AWS_SECRET_ACCESS_KEY!;` }],
        },
      ],
    },
    {
      name: 'a secret beside a key id, under names that say nothing',
      code: `const pair = { id: '${LONG}', key: '${SECRET_2}' };`,
      output: null,
      errors: [
        { messageId: 'longTermKeyId', line: 1, column: 21, suggestions: [{ messageId: 'useEnvironment', output: `const pair = { id: process.env.AWS_ACCESS_KEY_ID!, key: '${SECRET_2}' };` }] },
        { messageId: 'secretAccessKey', line: 1, column: 49, suggestions: [{ messageId: 'useEnvironment', output: `const pair = { id: '${LONG}', key: process.env.AWS_SECRET_ACCESS_KEY! };` }] },
      ],
    },
    {
      name: 'minio against AWS: `secretKey` in a bundle',
      code: `new Minio.Client({ endPoint: 's3.amazonaws.com', accessKey: process.env.KEY, secretKey: '${SECRET}' });`,
      output: null,
      errors: [{ messageId: 'secretAccessKey', line: 1, column: 89, suggestions: [{ messageId: 'useEnvironment', output: `new Minio.Client({ endPoint: 's3.amazonaws.com', accessKey: process.env.KEY, secretKey: process.env.AWS_SECRET_ACCESS_KEY! });` }] }],
    },
    {
      name: 'a literal fallback after an environment read',
      code: `const awsSecret = process.env.AWS_SECRET_ACCESS_KEY ?? '${SECRET}';`,
      output: null,
      errors: [{ messageId: 'secretAccessKey', line: 1, column: 56, suggestions: [{ messageId: 'removeFallback', output: `const awsSecret = process.env.AWS_SECRET_ACCESS_KEY;` }] }],
    },
    {
      name: 'a token without a known prefix, in a token slot',
      code: `const sessionToken = '${PLAIN_TOKEN}';`,
      output: null,
      errors: [{ messageId: 'sessionToken', line: 1, column: 22, suggestions: [{ messageId: 'useEnvironment', output: `const sessionToken = process.env.AWS_SESSION_TOKEN;` }] }],
    },
    {
      // The text gates pass these on `aws` with `token`, and on `security-token`: no other credential word is there.
      name: 'a token without a known prefix under an aws…token name',
      code: `const awsToken = '${PLAIN_TOKEN}';`,
      output: null,
      errors: [{ messageId: 'sessionToken', line: 1, column: 18, suggestions: [{ messageId: 'useEnvironment', output: `const awsToken = process.env.AWS_SESSION_TOKEN;` }] }],
    },
    {
      name: 'a token without a known prefix under a dashed security-token key',
      code: `const headers = { 'x-security-token': '${PLAIN_TOKEN}' };`,
      output: null,
      errors: [{ messageId: 'sessionToken', line: 1, column: 39, suggestions: [{ messageId: 'useEnvironment', output: `const headers = { 'x-security-token': process.env.AWS_SESSION_TOKEN };` }] }],
    },
    {
      name: 'literals assigned to the standard environment variables',
      code: `process.env.AWS_ACCESS_KEY_ID = '${TEMP}';\nprocess.env.AWS_SECRET_ACCESS_KEY = '${SECRET}';\nprocess.env.AWS_SESSION_TOKEN = '${PLAIN_TOKEN}';`,
      output: null,
      errors: [
        { messageId: 'temporaryKeyId', line: 1, column: 34, suggestions: [] },
        { messageId: 'secretAccessKey', line: 2, column: 37, suggestions: [] },
        { messageId: 'sessionToken', line: 3, column: 33, suggestions: [] },
      ],
    },
    {
      name: 'a key id split across a concatenation',
      code: `const key = 'AKIA' + '${LONG.slice(4, 12)}' + '${LONG.slice(12)}';`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', line: 1, column: 13, suggestions: [{ messageId: 'useEnvironment', output: `const key = process.env.AWS_ACCESS_KEY_ID!;` }] }],
    },
    {
      name: 'a key id with a split prefix, in a credential slot',
      code: `const c = { accessKeyId: 'AK' + 'IA' + '${LONG.slice(4)}' };`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', line: 1, column: 26, suggestions: [{ messageId: 'useEnvironment', output: `const c = { accessKeyId: process.env.AWS_ACCESS_KEY_ID! };` }] }],
    },
    {
      name: 'a key id joined from an array, and a secret concatenated in its slot',
      code: `const c = { accessKeyId: ['${LONG.slice(0, 10)}', '${LONG.slice(10)}'].join(''), secretAccessKey: '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}' };`,
      output: null,
      errors: [
        { messageId: 'longTermKeyId', line: 1, column: 26, suggestions: [{ messageId: 'useEnvironment', output: `const c = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}' };` }] },
        { messageId: 'secretAccessKey', line: 1, column: 82, suggestions: [{ messageId: 'useEnvironment', output: `const c = { accessKeyId: ['${LONG.slice(0, 10)}', '${LONG.slice(10)}'].join(''), secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };` }] },
      ],
    },
    {
      name: 'a presigned URL with a temporary key id and its token',
      code: `const url = 'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${TEMP}%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-Signature=${draw('0123456789abcdef', 64)}';`,
      output: null,
      errors: [{ messageId: 'signedRequest', data: { thing: 'presigned URL', what: `the temporary access key id ${tail(TEMP)} and a session token` }, line: 1, column: 93, suggestions: [] }],
    },
    {
      name: 'a presigned URL whose only credential is its token (no key-id prefix in the text)',
      code: `const url = 'https://b.s3.amazonaws.com/k?X-Amz-Date=20250101T000000Z&X-Amz-Security-Token=${encodeURIComponent(PLAIN_TOKEN)}&X-Amz-Signature=${draw('0123456789abcdef', 64)}';`,
      output: null,
      errors: [{ messageId: 'signedRequest', data: { thing: 'presigned URL', what: 'a session token' }, line: 1, column: 92, suggestions: [] }],
    },
    {
      name: 'a signed Authorization header',
      code: `headers.Authorization = 'AWS4-HMAC-SHA256 Credential=${LONG}/20250101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${draw('0123456789abcdef', 64)}';`,
      output: null,
      errors: [{ messageId: 'signedRequest', data: { thing: 'signed `Authorization` header', what: `the long-term access key id ${tail(LONG)}` }, line: 1, column: 54, suggestions: [] }],
    },
    {
      name: 'browser-inlined environment variables that hold AWS credentials',
      code: `const a = import.meta.env.VITE_AWS_SECRET_ACCESS_KEY;
const b = process.env.REACT_APP_AWS_ACCESS_KEY_ID;
const c = process.env['NEXT_PUBLIC_AWS_SESSION_TOKEN'];
const { VITE_S3_SECRET_KEY } = import.meta.env;`,
      output: null,
      errors: [
        { messageId: 'browserEnvironment', data: { name: 'VITE_AWS_SECRET_ACCESS_KEY', what: 'secret access key' }, line: 1, column: 11, suggestions: [] },
        { messageId: 'browserEnvironment', data: { name: 'REACT_APP_AWS_ACCESS_KEY_ID', what: 'access key id' }, line: 2, column: 11, suggestions: [] },
        { messageId: 'browserEnvironment', data: { name: 'NEXT_PUBLIC_AWS_SESSION_TOKEN', what: 'session token' }, line: 3, column: 11, suggestions: [] },
        { messageId: 'browserEnvironment', data: { name: 'VITE_S3_SECRET_KEY', what: 'secret access key' }, line: 4, column: 9, suggestions: [] },
      ],
    },
    {
      name: 'SvelteKit public env and other public prefixes',
      code: `import { PUBLIC_AWS_SECRET_ACCESS_KEY } from '$env/static/public';\nconst k = process.env.EXPO_PUBLIC_AWS_ACCESS_KEY_ID ?? process.env.GATSBY_AWS_SECRET_KEY;`,
      output: null,
      errors: [
        { messageId: 'browserEnvironment', line: 1, column: 10, suggestions: [] },
        { messageId: 'browserEnvironment', line: 2, column: 11, suggestions: [] },
        { messageId: 'browserEnvironment', line: 2, column: 56, suggestions: [] },
      ],
    },
    {
      name: 'allow: other values are still reported',
      code: `const a = '${LONG}'; const b = '${TEMP}';`,
      options: [{ allow: ['/^AKIA/'] }],
      output: null,
      errors: [{ messageId: 'temporaryKeyId', line: 1, column: 46, suggestions: [{ messageId: 'useEnvironment', output: `const a = '${LONG}'; const b = process.env.AWS_ACCESS_KEY_ID!;` }] }],
    },
    {
      name: 'test files are checked by default',
      filename: 'src/__tests__/upload.test.ts',
      code: `const key = '${LONG}';`,
      output: null,
      errors: [{ messageId: 'longTermKeyId', line: 1, column: 14, suggestions: [{ messageId: 'useEnvironment', output: `const key = process.env.AWS_ACCESS_KEY_ID!;` }] }],
    },
  ],
});

// JSX (typescript-eslint's parser with JSX on).
ruleTester.run('no-hardcoded-credentials (JSX)', rule, {
  valid: [{ name: 'documentation key in JSX text', filename: 'react.tsx', code: `const a = <p>Use AKIAIOSFODNN7EXAMPLE in the docs only</p>;`, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }],
  invalid: [
    {
      name: 'JSX text and a JSX attribute',
      filename: 'react.tsx',
      code: `const a = <Upload accessKeyId="${LONG}" secretAccessKey="${SECRET}">Key ${TEMP}</Upload>;`,
      output: null,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        {
          messageId: 'longTermKeyId',
          line: 1,
          column: 32,
          suggestions: [{ messageId: 'useEnvironment', data: { replacement: 'process.env.AWS_ACCESS_KEY_ID' }, output: `const a = <Upload accessKeyId={process.env.AWS_ACCESS_KEY_ID} secretAccessKey="${SECRET}">Key ${TEMP}</Upload>;` }],
        },
        {
          messageId: 'secretAccessKey',
          line: 1,
          column: 70,
          suggestions: [{ messageId: 'useEnvironment', output: `const a = <Upload accessKeyId="${LONG}" secretAccessKey={process.env.AWS_SECRET_ACCESS_KEY}>Key ${TEMP}</Upload>;` }],
        },
        { messageId: 'temporaryKeyId', line: 1, column: 117, suggestions: [] },
      ],
    },
  ],
});

// Plain JavaScript with ESLint's default parser: no `!` in suggestions.
const javaScriptTester = await createJavaScriptRuleTester();
javaScriptTester.run('no-hardcoded-credentials (espree)', rule, {
  valid: [{ name: 'a placeholder in JS', filename: 'file.js', code: `const c = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: '<your secret>' };` }],
  invalid: [
    {
      name: 'a v3 client in JS',
      filename: 'file.js',
      code: `const s3 = new S3Client({ credentials: { accessKeyId: '${LONG}', secretAccessKey: '${SECRET}' } });`,
      output: null,
      errors: [
        {
          messageId: 'longTermKeyId',
          line: 1,
          column: 56,
          suggestions: [
            { messageId: 'useEnvironment', output: `const s3 = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: '${SECRET}' } });` },
            { messageId: 'useDefaultChain', output: `const s3 = new S3Client({});` },
          ],
        },
        {
          messageId: 'secretAccessKey',
          line: 1,
          column: 96,
          suggestions: [
            { messageId: 'useEnvironment', output: `const s3 = new S3Client({ credentials: { accessKeyId: '${LONG}', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY } });` },
            { messageId: 'useDefaultChain', output: `const s3 = new S3Client({});` },
          ],
        },
      ],
    },
    {
      name: 'template quasis and comments in JS',
      filename: 'file.js',
      code: `// ${TEMP}\nconst t = \`key \${a} ${LONG}\`;`,
      output: null,
      errors: [
        { messageId: 'temporaryKeyId', line: 1, column: 4, suggestions: [] },
        { messageId: 'longTermKeyId', line: 2, column: 21, suggestions: [] },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------

const lintConfig = (options?: object): Linter.Config[] => [
  {
    files: ['**/*.js'],
    plugins: { 'aws-credentials': plugin },
    rules: { 'aws-credentials/no-hardcoded-credentials': options ? ['error', options] : 'error' },
  },
];

describe('no-hardcoded-credentials never echoes a credential', () => {
  it('keeps every planted value out of messages and suggestion descriptions', () => {
    const code = [
      `new AWS.S3({ accessKeyId: '${LONG}', secretAccessKey: '${SECRET}', sessionToken: '${TOKEN}' });`,
      `new AWS.Credentials('${TEMP}', '${SECRET_2}', '${OLD_TOKEN}');`,
      `const ids = ['${BEARER}', '${CONTEXT}']; const sessionToken = '${PLAIN_TOKEN}';`,
      `// ${LONG} secret_access_key = ${SECRET}`,
      `const url = 'https://b.s3.amazonaws.com/k?X-Amz-Credential=${TEMP}%2F20250101&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}';`,
    ].join('\n');
    const messages = new Linter().verify(code, lintConfig(), 'file.js');
    expect(messages.length).toBeGreaterThanOrEqual(10);
    const texts = messages.flatMap((message) => [message.message, ...(message.suggestions ?? []).map((suggestion) => suggestion.desc)]);
    for (const text of texts) {
      for (const value of PLANTED) expect(text).not.toContain(value);
      expect(text).not.toMatch(/(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}/u);
      expect(text).not.toMatch(/[A-Za-z0-9/+]{40}/u);
    }
  });
});

describe('no-hardcoded-credentials options', () => {
  it('rejects invalid options with a clear message', () => {
    const linter = new Linter();
    expect(() => linter.verify('x', lintConfig({ allow: 'AKIA' }), 'file.js')).toThrow(/allow.*array|should be array/iu);
    expect(() => linter.verify('x', lintConfig({ allow: [''] }), 'file.js')).toThrow(/shorter than 1 characters/u);
    expect(() => linter.verify('x', lintConfig({ ignoreTests: true }), 'file.js')).toThrow(/additional properties/iu);
  });

  it('rejects an allow entry that is not a valid regular expression', () => {
    const linter = new Linter();
    expect(() => linter.verify(`const secret = 'x';`, lintConfig({ allow: ['/(unclosed/'] }), 'file.js')).toThrow(/not a valid regular expression/u);
  });
});
