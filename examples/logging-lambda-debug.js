// A Lambda function with a "debug" switch left on in production.
const AWSXRay = require('aws-xray-sdk-core');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');

const s3 = new S3Client({});

exports.handler = async (event) => {
  if (process.env.DEBUG === 'true') {
    // In Lambda the environment holds the execution role's key, secret and session token.
    console.log('Process env: ', process.env);
  }
  const segment = AWSXRay.getSegment();
  segment.addAnnotation('AWS_SESSION_TOKEN', process.env.AWS_SESSION_TOKEN);
  segment.addAnnotation('region', process.env.AWS_REGION);

  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }), { expiresIn: 900 });
  console.info(`download link for ${event.key}: ${url}`);

  if (!process.env.AWS_SESSION_TOKEN) {
    console.warn('no session token in the environment');
  }
  return { statusCode: 302, headers: { Location: url }, body: '' };
};
