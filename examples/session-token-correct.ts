// The same jobs done right: nothing in this file is reported.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';

const sts = new STSClient({});

export async function assumed(roleArn: string): Promise<S3Client> {
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok' }));
  return new S3Client({
    credentials: {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken,
    },
  });
}

// Better still: providers refresh themselves and never lose the token.
export const chained = new S3Client({ credentials: fromNodeProviderChain() });
export const crossAccount = new S3Client({ credentials: fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } }) });

// A deliberately long-term pair, said out loud.
export const legacy = new S3Client({
  credentials: { accessKeyId: process.env.LEGACY_KEY_ID!, secretAccessKey: process.env.LEGACY_SECRET!, sessionToken: undefined },
});

// MinIO in development: not AWS, no session.
export const dev = new S3Client({
  endpoint: 'http://localhost:9000',
  forcePathStyle: true,
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! },
});
