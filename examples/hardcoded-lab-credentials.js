// Credentials pasted from an AWS Academy lab page ("AWS Details" → "Show"): they are temporary (ASIA…),
// expire when the lab session ends, and work only together with their session token.
const AWS = require('aws-sdk');

const LAB_SESSION_TOKEN = [
  'IQoJb3Jp', 'Z2luX2Vj', 'zpi+OvPB', 'r2cdJLT1', 'bc5gCO7F', 'COPOfsHY', 'ao9h5SlW', 'ZCzJs6Dd',
  'B1QRwmyj', 'C/FWfP64', 'ojXa+6eG', 'qAismkSV', 'RbSd37gl', '4jAYtzWK', 'jRJ/l+21', 'dIKR4W7t',
].join('');

AWS.config.update({
  region: 'us-east-1',
  accessKeyId: 'ASIA' + 'SVIZX3OR' + 'O7NZQDG4',
  secretAccessKey: 'fb7bsV0H' + 'd9oI22jC' + '8fqf6Ca1' + 'ezExRDDm' + 'GG1MHZlA',
  sessionToken: LAB_SESSION_TOKEN,
});

// A test helper that sets the environment for child processes, with a literal copied from the lab page.
function labEnvironment() {
  process.env.AWS_ACCESS_KEY_ID = 'ASIA' + 'W5LLTZQL' + 'I3N4FVU2';
  process.env.AWS_SECRET_ACCESS_KEY = 'pi89aAY6' + 'sA7xxHv6' + 'l9UF9d8d' + 'xA+raNFb' + 'Mkoo5kmo';
  return process.env;
}

// Test doubles are fine: placeholders are not reported.
process.env.AWS_REGION = 'us-east-1';

module.exports = { dynamo: new AWS.DynamoDB.DocumentClient(), labEnvironment };
