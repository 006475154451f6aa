// Deploy script: runs the AWS CLI and Terraform with a deployment user's keys.
const { spawn, execSync } = require('node:child_process');

function syncAssets(deployKeys, bucket) {
  // Overrides key and secret, but inherits the developer's AWS_SESSION_TOKEN from their SSO session.
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: deployKeys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: deployKeys.secretAccessKey,
  };
  return spawn('aws', ['s3', 'sync', 'dist/', `s3://${bucket}`], { env, stdio: 'inherit' });
}

function terraformApply(key, secret) {
  execSync('terraform apply -auto-approve', {
    env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret },
    stdio: 'inherit',
  });
}

// Fine: the token is cleared for long-term keys.
function plan(key, secret) {
  execSync('terraform plan', { env: { ...process.env, AWS_ACCESS_KEY_ID: key, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: '' } });
}

module.exports = { syncAssets, terraformApply, plan };
