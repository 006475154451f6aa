// Output never contains a secret: keys, secrets and tokens planted in linted files (in code the rules
// report, in code that does not parse, in fixable code) never appear whole in stylish, json or sarif output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeCredentials, MISSING_TOKEN, project, runCli } from './helpers.js';

const credentials = fakeCredentials();
const { temporaryKeyId, longTermKeyId, secret, token } = credentials;
const planted = Object.entries(credentials);

const FILES: Record<string, string> = {
  // Hardcoded in a client: every rule that looks at literals sees them.
  'src/hardcoded.ts': `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: '${temporaryKeyId}', secretAccessKey: '${secret}' },
});
export const other = new S3Client({
  credentials: { accessKeyId: '${longTermKeyId}', secretAccessKey: '${secret}', sessionToken: '${token}' },
});
`,
  // Key and secret swapped, logged, in constants and environment defaults.
  'src/logged.js': `const key = '${longTermKeyId}';
const secretKey = '${secret}';
console.log('creds', key, secretKey, '${token}');
process.env.AWS_SESSION_TOKEN = process.env.AWS_SESSION_TOKEN || '${token}';
export const swapped = { accessKeyId: secretKey, secretAccessKey: key };
`,
  'src/url.mjs': `export const url = 'https://bucket.s3.amazonaws.com/o?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${temporaryKeyId}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(token)}&X-Amz-Signature=abc';\n`,
  // Parse errors quote the offending token: the key id, the secret and the token right where parsing stops.
  'src/broken-key.js': `const a = 1 ${temporaryKeyId};\n`,
  'src/broken-secret.js': `const b = 1 '${secret}';\n`,
  'src/broken-token.ts': `const c = 1 ${token.replace(/[+/=]/gu, 'x')} '${token}';\n`,
  'src/broken.jsx': `const d = <div ${longTermKeyId}="${secret}" {>;\n`,
  // A fixable mistake next to a secret: json with fixes must not carry the file text.
  'src/fixable.js': `${MISSING_TOKEN}\n// rotated: ${secret} ${token}\n`,
};

let dir = '';
let cleanup = (): void => {};
beforeAll(() => {
  ({ dir, cleanup } = project(FILES));
});
afterAll(() => cleanup());

function expectNoSecret(output: string): void {
  for (const [name, value] of planted) {
    expect(output.includes(value), `${name} appears whole in the output`).toBe(false);
  }
  // Nor its URL-encoded form, nor the part a formatter might keep after cutting at `/` or `+`.
  expect(output.includes(encodeURIComponent(token))).toBe(false);
  for (const piece of secret.split(/[+/]/u).filter((part) => part.length >= 16)) expect(output.includes(piece)).toBe(false);
}

describe('no secret in the output', () => {
  it('planted four distinct credentials', () => {
    expect(new Set(planted.map(([, value]) => value)).size).toBe(4);
    for (const [, value] of planted) expect(value).not.toContain('EXAMPLE');
  });

  it.each([
    ['stylish', []],
    ['json', []],
    ['sarif', []],
    ['json', ['--fix-dry-run']],
    ['sarif', ['--strict']],
    ['stylish', ['--strict', '--fix-dry-run']],
  ] as const)('--format %s %j', async (format, extra) => {
    const { code, stdout, stderr } = await runCli(['--format', format, ...extra], dir, { SARIF_ESLINT_EMBED: 'true' });
    expect(code).toBe(1);
    // The run reported things (parse errors and findings), so there was something to leak.
    expect(stdout).toMatch(/Parsing error/u);
    expect(stdout).toMatch(/aws-credentials\/require-session-token/u);
    expectNoSecret(stdout);
    expectNoSecret(stderr);
  });
});
