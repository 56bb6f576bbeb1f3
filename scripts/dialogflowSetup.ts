import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What the Dialogflow scripts need before they call Google: a project, and credentials to call it with. */
export function dialogflowProjectOrExplain(): string {
  const projectId = process.env.DIALOGFLOW_PROJECT_ID ?? process.env.GOOGLE_CLOUD_PROJECT;
  const credentials = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  const defaultCredentials = join(
    homedir(),
    '.config',
    'gcloud',
    'application_default_credentials.json',
  );
  const problems = [
    ...(projectId
      ? []
      : [
          'Set DIALOGFLOW_PROJECT_ID to the Google Cloud project that holds the Dialogflow ES agent.',
        ]),
    ...(credentials && !existsSync(credentials)
      ? [`GOOGLE_APPLICATION_CREDENTIALS points to ${credentials}, which does not exist.`]
      : []),
    ...(!credentials && !existsSync(defaultCredentials)
      ? [
          'No Google credentials found: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file ' +
            '(with the Dialogflow API Admin role), or run `gcloud auth application-default login`.',
        ]
      : []),
  ];
  if (problems.length > 0 || !projectId) {
    console.error(`Cannot reach Dialogflow yet:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  return projectId;
}
