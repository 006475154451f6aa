// An Express service with a Cognito identity pool and a debug route.
import express from 'express';
import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
import { Signer } from '@aws-sdk/rds-signer';
import winston from 'winston';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const cognito = new CognitoIdentityClient({ region: 'eu-west-1' });
const signer = new Signer({ hostname: process.env.DB_HOST, port: 5432, username: 'app', region: 'eu-west-1' });
const app = express();

app.get('/debug/cognito-credentials', async (req, res) => {
  const { Credentials } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId: req.query.id }));
  logger.info('credentials for %s: %o', req.query.id, Credentials);
  res.status(200).json({ accessKeyId: Credentials.AccessKeyId, secretKey: Credentials.SecretKey, expiration: Credentials.Expiration });
});

app.get('/db/connect', async (req, res) => {
  const token = await signer.getAuthToken();
  logger.debug('token: ' + token);
  try {
    await connect({ password: token });
    res.sendStatus(204);
  } catch (err) {
    // Fine: the error of the call, not the token.
    logger.error('connect failed', err);
    res.status(500).send('database unavailable');
  }
});

async function connect(options) {
  return options;
}

export default app;
