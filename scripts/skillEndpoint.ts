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

/** The manifest as text, formatted as the project formats JSON, so `npm run lint` stays green after a change. */
async function manifestText(skill: unknown, path: string): Promise<string> {
  const { default: prettier } = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(skill), { ...options, parser: 'json' });
}

async function main(): Promise<void> {
  const value = process.argv[2];
  // A second argument names another manifest file (the tests use a copy).
  const path = process.argv[3] ?? manifestPath;
  if (!value) {
    console.error(
      'Say where Alexa should send requests, for example:\n' +
        '  npm run skill:endpoint -- arn:aws:lambda:us-east-1:111122223333:function:kind-recovery-production-alexa\n' +
        '  npm run skill:endpoint -- https://kind-recovery.example.org/alexa',
    );
    process.exit(1);
  }
  try {
    const skill = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    writeFileSync(path, await manifestText(withEndpoint(skill, value), path));
    console.log(`${relative(process.cwd(), path)} now points Alexa at ${value}.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (require.main === module) void main();
