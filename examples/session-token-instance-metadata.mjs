// Signs requests to an API Gateway endpoint with the EC2 instance role, without the SDK.
import aws4 from 'aws4';
import { AwsClient } from 'aws4fetch';
import { fetchAuthSession } from 'aws-amplify/auth';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';

const METADATA = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';

export async function callApi(role, path) {
  const response = await fetch(METADATA + role);
  const creds = await response.json();
  // Instance metadata spells the token `Token`, and it is required.
  const request = aws4.sign(
    { host: 'abc123.execute-api.eu-west-1.amazonaws.com', path, service: 'execute-api', region: 'eu-west-1' },
    { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey },
  );
  return fetch(`https://${request.host}${request.path}`, { headers: request.headers });
}

export async function appSyncSigner() {
  // Browser code with Cognito identity pool credentials from Amplify.
  const { credentials } = await fetchAuthSession();
  return new SignatureV4({
    service: 'appsync',
    region: 'eu-west-1',
    sha256: Sha256,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
  });
}

export async function r2Client() {
  // Not reported: Cloudflare R2 keys are long-term and R2 has no sessions.
  return new AwsClient({ accessKeyId: process.env.R2_ACCESS_KEY_ID, secretAccessKey: process.env.R2_SECRET_ACCESS_KEY });
}
