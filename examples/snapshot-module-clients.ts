// Long-running API server: clients are built once when the module loads.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

// One copy of the credentials for the life of the process: dies after the session expires.
const credentials = await fromNodeProviderChain()();
export const table = new DynamoDBClient({ region: 'eu-west-1', credentials });

const sts = new STSClient({ region: 'eu-west-1' });
const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.DATA_ROLE_ARN, RoleSessionName: 'api' }));
export const dataLake = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: assumed.Credentials!.AccessKeyId!,
    secretAccessKey: assumed.Credentials!.SecretAccessKey!,
    sessionToken: assumed.Credentials!.SessionToken,
  },
});

// Fine: the provider is refreshed by the SDK.
export const logs = new S3Client({ region: 'eu-west-1', credentials: fromNodeProviderChain() });
