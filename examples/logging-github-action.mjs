// A GitHub Action that assumes a role with the workflow's OIDC token and exports the credentials.
import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';

async function run() {
  const webIdentityToken = await core.getIDToken('sts.amazonaws.com');
  const sts = new STSClient({ region: core.getInput('aws-region') });
  const { Credentials } = await sts.send(
    new AssumeRoleWithWebIdentityCommand({ RoleArn: core.getInput('role-to-assume'), RoleSessionName: 'gha', WebIdentityToken: webIdentityToken }),
  );

  // The secret is masked before it is exported; the token is not.
  core.setSecret(Credentials.SecretAccessKey);
  core.exportVariable('AWS_ACCESS_KEY_ID', Credentials.AccessKeyId);
  core.exportVariable('AWS_SECRET_ACCESS_KEY', Credentials.SecretAccessKey);
  core.exportVariable('AWS_SESSION_TOKEN', Credentials.SessionToken);
  core.setOutput('aws-session-token', Credentials.SessionToken);
  core.debug(`assumed role, token ${Credentials.SessionToken}`);
  core.info(`credentials expire at ${Credentials.Expiration.toISOString()}`);
}

run().catch((error) => core.setFailed(error.message));
