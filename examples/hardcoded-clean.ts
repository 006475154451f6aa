// Nothing here is reported by no-hardcoded-credentials: these are the near misses it knows.
import { S3Client } from '@aws-sdk/client-s3';

// The default provider chain finds credentials (environment, SSO, instance or container role).
export const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

// The AWS documentation values.
export const docs = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

// Placeholders in a template for new developers.
export const template = { accessKeyId: 'AKIAXXXXXXXXXXXXXXXX', secretAccessKey: '<your secret access key>' };

// IAM unique ids name a role and a user; they are not credentials.
export const owners = { role: 'AROA' + 'PYCDYBK377OXTZQ6', user: 'AIDA' + 'SVIZX3ORO7NZQDG4' };

// Hashes, integrity strings, regions and words.
export const lock = {
  integrity: 'sha512-' + 'Zm9vYmFyYmF6'.repeat(7) + '==',
  commit: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  region: 'ap-southeast-1',
  timezone: 'Asia/Singapore',
};

// A Vite variable that holds no credential.
export const poolId = import.meta.env.VITE_AWS_COGNITO_IDENTITY_POOL_ID;
