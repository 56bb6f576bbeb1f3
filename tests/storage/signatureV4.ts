import { createHash, createHmac } from 'node:crypto';
import type { Received } from './dynamoStandIn';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) =>
  createHmac('sha256', key).update(text, 'utf8').digest();

/** The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
export function authorizationOf(header: string | undefined): {
  algorithm: string;
  credential: string;
  signedHeaders: string[];
  signature: string;
} {
  const [algorithm = '', ...rest] = (header ?? '').split(' ');
  const fields = Object.fromEntries(
    rest
      .join(' ')
      .split(/,\s*/)
      .map((pair) => pair.split('=') as [string, string]),
  );
  return {
    algorithm,
    credential: fields.Credential ?? '',
    signedHeaders: (fields.SignedHeaders ?? '').split(';'),
    signature: fields.Signature ?? '',
  };
}

/**
 * The Signature Version 4 signature a request should carry, worked out here from what was received, following
 * AWS's published steps (canonical request, string to sign, derived key), independently of the client's signer.
 */
export function expectedSignature(request: Received, secretAccessKey: string): string {
  const { credential, signedHeaders } = authorizationOf(request.headers.authorization);
  const [, day = '', region = '', service = ''] = credential.split('/');
  const amzDate = String(request.headers['x-amz-date']);
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${String(request.headers[name]).trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const [path, query = ''] = request.path.split('?');
  const canonicalRequest = [
    request.method,
    path,
    query,
    canonicalHeaders,
    signedHeaders.join(';'),
    sha256(request.body),
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), service),
    'aws4_request',
  );
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}
