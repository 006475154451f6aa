// One realistic mistake per rule of the `recommended` config, for the editor test: the document, and the exact
// text the squiggle must cover. Every rule in `recommended` must have a sample here (the test fails otherwise).
import { fakeCredentials, MISSING_TOKEN } from '../cli/helpers.js';

export interface Sample {
  /** File name in the workspace; the extension picks the parser and the LSP language id. */
  file: string;
  text: string;
  /** The exact text the diagnostic's range covers: its first occurrence in `text`, or inside `within`. */
  squiggle: string;
  within?: string;
  /** Whether the rule autofixes this mistake (a "Fix this … problem" quick fix). */
  fix: boolean;
  /** How many suggestions the rule offers here (each one a quick fix). */
  suggestions: number;
}

const { longTermKeyId, secret } = fakeCredentials();

const ASSUME_ROLE = `import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

const sts = new STSClient({});
const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'app' }));
`;

export const SAMPLES: Record<string, Sample> = {
  'no-credential-logging': {
    file: 'logging.ts',
    text: `${ASSUME_ROLE}console.log('assumed role', Credentials);\n`,
    squiggle: 'Credentials',
    within: "'assumed role', Credentials)",
    fix: false,
    suggestions: 2,
  },
  'no-hardcoded-credentials': {
    file: 'hardcoded.js',
    text: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  credentials: {
    accessKeyId: '${longTermKeyId}',
    secretAccessKey: '${secret}',
  },
});
`,
    squiggle: longTermKeyId,
    fix: false,
    suggestions: 2,
  },
  'no-malformed-credentials': {
    file: 'malformed.ts',
    text: `import { S3Client } from '@aws-sdk/client-s3';\n${ASSUME_ROLE}export const s3 = new S3Client({ credentials: Credentials });\n`,
    squiggle: 'Credentials',
    within: 'credentials: Credentials }',
    fix: true,
    suggestions: 0,
  },
  'no-mismatched-session-token': {
    file: 'mismatched.js',
    text: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  credentials: {
    accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});
`,
    squiggle: 'process.env.AWS_SESSION_TOKEN',
    fix: false,
    suggestions: 2,
  },
  // `strict` only today; here for the day it joins `recommended`.
  'prefer-credential-provider': {
    file: 'provider.js',
    text: `import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

const credentials = await fromNodeProviderChain()();
export const s3 = new S3Client({ credentials });
`,
    squiggle: 'credentials',
    within: '{ credentials }',
    fix: false,
    suggestions: 1,
  },
  'require-session-token': {
    file: 'handler.ts',
    text: MISSING_TOKEN,
    squiggle: 'accessKeyId: Credentials.AccessKeyId',
    fix: true,
    suggestions: 0,
  },
};
