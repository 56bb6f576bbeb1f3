import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The manifest the ASK CLI deploys (`ask deploy` reads skill-package/ through ask-resources.json). */
export const manifestPath = join(__dirname, '..', 'skill-package', 'skill.json');

const lambdaArn =
  /^arn:aws:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/;

/** A skill endpoint: a Lambda function by ARN, or an HTTPS URL whose path ends in /alexa. */
export function endpointFor(value: string): { uri: string; sslCertificateType?: 'Trusted' } {
  if (lambdaArn.test(value)) return { uri: value };
  const neither = new Error(
    `"${value}" is neither a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>) nor a web address.`,
  );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw neither;
  }
  if (url.protocol === 'http:') throw new Error('Alexa calls skills over HTTPS only.');
  if (url.protocol !== 'https:') throw neither;
  if (!url.pathname.endsWith('/alexa')) throw new Error('The server answers Alexa at /alexa.');
  return { uri: url.toString(), sslCertificateType: 'Trusted' };
}

interface Manifest {
  manifest: { apis: { custom: { endpoint: unknown } }; events: { endpoint: unknown } };
}

/** The manifest with both the skill's endpoint and its events endpoint pointing at `value`. */
export function withEndpoint<T extends Manifest>(skill: T, value: string): T {
  const endpoint = endpointFor(value);
  const copy = structuredClone(skill);
  copy.manifest.apis.custom.endpoint = endpoint;
  copy.manifest.events.endpoint = endpoint;
  return copy;
}

function main(): void {
  const value = process.argv[2];
  if (!value) {
    console.error(
      'Say where Alexa should send requests, for example:\n' +
        '  npm run skill:endpoint -- arn:aws:lambda:us-east-1:111122223333:function:kind-recovery-production-alexa\n' +
        '  npm run skill:endpoint -- https://kind-recovery.example.org/alexa',
    );
    process.exit(1);
  }
  try {
    const skill = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    writeFileSync(manifestPath, `${JSON.stringify(withEndpoint(skill, value), null, 2)}\n`);
    console.log(`${relative(process.cwd(), manifestPath)} now points Alexa at ${value}.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (require.main === module) main();
