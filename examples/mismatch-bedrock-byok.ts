// Multi-tenant chat backend on a platform that injects its own AWS_* variables (Vercel, EKS, Lambda).
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { S3Client } from '@aws-sdk/client-s3';

interface TenantKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

// The app's own keys under custom names, paired with the platform's token.
export const assets = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: process.env.APP_AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.APP_AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});

// A tenant's bring-your-own key, paired with the platform's token.
export function bedrockFor(tenant: TenantKeys) {
  return createAmazonBedrock({
    region: 'us-east-1',
    accessKeyId: tenant.accessKeyId,
    secretAccessKey: tenant.secretAccessKey,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  });
}

// Fine: the tenant's keys with no token at all.
export function bedrockLongTerm(tenant: TenantKeys) {
  return createAmazonBedrock({ region: 'us-east-1', accessKeyId: tenant.accessKeyId, secretAccessKey: tenant.secretAccessKey, sessionToken: undefined });
}
