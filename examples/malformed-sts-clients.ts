// Reporting service: reads tenants' buckets with an assumed role and signs OpenSearch requests.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';

const sts = new STSClient({ region: 'eu-west-1' });

export async function tenantObject(roleArn: string, bucket: string, key: string) {
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'reports' }));
  // STS answers in PascalCase: the client reads camelCase and fails with "Resolved credential object is not valid".
  const s3 = new S3Client({ region: 'eu-west-1', credentials: out.Credentials as never });
  return s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
}

export function searchSigner(accessKeyId: string, secret: string, token: string) {
  // Misspelt secret and a PascalCase token: both silently ignored.
  return new SignatureV4({
    service: 'es',
    region: 'eu-west-1',
    sha256: Sha256,
    credentials: { accessKeyId, secretAcessKey: secret, SessionToken: token } as never,
  });
}

// Generated code put the role where the credentials go and never set params.RoleArn.
export const crossAccount = fromTemporaryCredentials({
  masterCredentials: { roleArn: process.env.CROSS_ACCOUNT_ROLE_ARN, region: 'eu-west-1' } as never,
} as never);
