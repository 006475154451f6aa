import { execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
/** The command as users run it: the package's bin file, which imports dist/cli (run `npm run build` first). */
export const BIN = path.join(ROOT, 'bin', 'aws-credentials-lint.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/aws-credentials-lint.js …` in `cwd`, like a user in a shell. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A temporary folder with the given files (paths relative to it); removed by the returned cleanup. */
export function project(files: Record<string, string>, prefix = 'aws-credentials-lint-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  writeFiles(dir, files);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const pick = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/**
 * Credentials that look real, made at test time (never one literal in the repository, never `EXAMPLE`):
 * a temporary and a long-term key id, a secret access key and a session token.
 */
export function fakeCredentials(): { temporaryKeyId: string; longTermKeyId: string; secret: string; token: string } {
  const id = (prefix: string): string => {
    for (;;) {
      const value = prefix + pick(BASE32, 16);
      if (!value.includes('EXAMPLE')) return value;
    }
  };
  // Secrets and tokens always mix upper case, lower case and digits.
  const generated = (length: number): string => `Aa1${pick(BASE64, length - 6)}Zz9`;
  return {
    temporaryKeyId: id('AS' + 'IA'),
    longTermKeyId: id('AK' + 'IA'),
    secret: generated(40),
    token: `IQoJb3JpZ2luX2Vj${randomBytes(270).toString('base64').replace(/=+$/u, '')}`,
  };
}

/** The missing-token mistake `require-session-token` reports (and fixes) — the README's first example. */
export const MISSING_TOKEN = `import { S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

const sts = new STSClient({});
const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'app' }));
export const s3 = new S3Client({
  credentials: {
    accessKeyId: Credentials.AccessKeyId,
    secretAccessKey: Credentials.SecretAccessKey,
  },
});
`;

export const MISSING_TOKEN_FIXED = MISSING_TOKEN.replace(
  'secretAccessKey: Credentials.SecretAccessKey,\n',
  'secretAccessKey: Credentials.SecretAccessKey,\n    sessionToken: Credentials.SessionToken,\n',
);
