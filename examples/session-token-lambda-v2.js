// A Lambda function on the v2 SDK that reads one queue and forwards to another account.
const AWS = require('aws-sdk');

const sts = new AWS.STS();

exports.handler = async (event) => {
  // Lambda's own credentials are temporary: these two variables are useless without AWS_SESSION_TOKEN.
  const sqs = new AWS.SQS({
    region: 'us-east-1',
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  });
  await sqs.deleteMessage({ QueueUrl: process.env.QUEUE_URL, ReceiptHandle: event.Records[0].receiptHandle }).promise();

  const data = await sts.assumeRole({ RoleArn: process.env.TARGET_ROLE_ARN, RoleSessionName: 'forwarder' }).promise();
  AWS.config.credentials = new AWS.Credentials(data.Credentials.AccessKeyId, data.Credentials.SecretAccessKey);
  return new AWS.SNS().publish({ TopicArn: process.env.TOPIC_ARN, Message: event.Records[0].body }).promise();
};

// The older callback style has the same mistake.
exports.legacy = (event, context, callback) => {
  sts.getSessionToken({ DurationSeconds: 900 }, (err, result) => {
    if (err) return callback(err);
    const s3 = new AWS.S3({ accessKeyId: result.Credentials.AccessKeyId, secretAccessKey: result.Credentials.SecretAccessKey });
    s3.listBuckets(callback);
  });
};
