// Cross-account helper, modelled on AWS's own assume-role example: it logs what it got back.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
import pino from 'pino';

const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
// A debugging aid left in: the SDK logs every command's output, and STS masks only the secret in it.
const sts = new STSClient({ region: process.env.AWS_REGION, logger: console });

export async function assumeTargetRole(roleArn: string): Promise<S3Client> {
  const response = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'cross-account' }));
  // Prints SecretAccessKey and SessionToken: the SDK's own log filter is bypassed here.
  console.log(response);

  const { Credentials } = response;
  if (!Credentials?.SessionToken) {
    throw new Error(`AssumeRole returned no session token for ${roleArn}`);
  }
  // Fine: key id, expiry and "is it set" checks carry nothing secret.
  log.info({ keyId: Credentials.AccessKeyId, expires: Credentials.Expiration, hasToken: !!Credentials.SessionToken }, 'assumed role');
  log.debug(`session token prefix ${Credentials.SessionToken.slice(0, 4)}… (length ${Credentials.SessionToken.length})`);

  // Leaks: the whole credentials object goes into every debug line.
  log.debug({ credentials: Credentials }, 'using credentials');

  return new S3Client({
    credentials: {
      accessKeyId: Credentials.AccessKeyId!,
      secretAccessKey: Credentials.SecretAccessKey!,
      sessionToken: Credentials.SessionToken,
    },
  });
}
