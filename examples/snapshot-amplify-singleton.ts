// Web app: a lazily-built S3 client for the signed-in user's uploads.
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { fetchAuthSession } from 'aws-amplify/auth';

let client: S3Client | undefined;

async function s3(): Promise<S3Client> {
  if (!client) {
    const session = await fetchAuthSession();
    // Cognito identity pool credentials last an hour; this client keeps them for the whole tab's life.
    client = new S3Client({ region: 'eu-west-1', credentials: session.credentials });
  }
  return client;
}

export async function upload(bucket: string, key: string, body: Blob): Promise<void> {
  await (await s3()).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

// Fine: a client per call.
export async function uploadOnce(bucket: string, key: string, body: Blob): Promise<void> {
  const { credentials } = await fetchAuthSession();
  await new S3Client({ region: 'eu-west-1', credentials }).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}
