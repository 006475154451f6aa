// A React Native upload helper that confused the user pool's JWT with AWS credentials.
import { S3Client } from '@aws-sdk/client-s3';
import { CreateAccessKeyCommand, IAMClient } from '@aws-sdk/client-iam';

declare const Auth: { currentSession(): Promise<{ getIdToken(): { getJwtToken(): string } }> };

export async function uploader(accessKeyId: string, secretAccessKey: string) {
  const session = await Auth.currentSession();
  return new S3Client({
    region: 'eu-west-1',
    credentials: { accessKeyId, secretAccessKey, sessionToken: session.getIdToken().getJwtToken() },
  });
}

// Rotating a service user's key, then testing it with the caller's leftover session token.
export async function rotateAndTest(userName: string, staleToken: string) {
  const iam = new IAMClient({});
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return new S3Client({
    credentials: {
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
      sessionToken: staleToken,
    },
  });
}
