// A Vite + React upload form that talks to S3 straight from the browser.
// Everything read from import.meta.env.VITE_* is pasted into the JavaScript bundle at build time.
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { useState } from 'react';

const s3 = new S3Client({
  region: import.meta.env.VITE_AWS_REGION, // not a credential: fine
  credentials: {
    accessKeyId: import.meta.env.VITE_AWS_ACCESS_KEY_ID,
    secretAccessKey: import.meta.env.VITE_AWS_SECRET_ACCESS_KEY,
  },
});

// A presigned link generated once on a laptop and pasted here: it embeds the signer's key id.
const SAMPLE_REPORT_URL =
  'https://reports-bucket.s3.eu-west-1.amazonaws.com/sample.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
  '&X-Amz-Credential=' + 'AKIA' + 'PYCDYBK3' + '77OXTZQ6' + '%2F20260101%2Feu-west-1%2Fs3%2Faws4_request' +
  '&X-Amz-Date=20260101T000000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=0f3a';

export function UploadForm() {
  const [file, setFile] = useState<File | null>(null);
  const upload = async () => {
    if (!file) return;
    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: file.name, Body: file }));
  };
  return (
    <form onSubmit={(event) => { event.preventDefault(); void upload(); }}>
      <input type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      <a href={SAMPLE_REPORT_URL}>Sample report</a>
      <button type="submit">Upload</button>
    </form>
  );
}
