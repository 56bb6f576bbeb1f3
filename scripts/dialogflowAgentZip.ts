import AdmZip from 'adm-zip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The generated agent folder, which Dialogflow imports with agent.json at the root of the zip. */
export const agentFolder = join(__dirname, '..', 'interaction-models', 'dialogflow', 'agent');

/** The agent as a zip Dialogflow's console and `restoreAgent` accept. */
export function agentZip(): Buffer {
  const zip = new AdmZip();
  zip.addLocalFolder(agentFolder);
  return zip.toBuffer();
}

function main(): void {
  const target = process.argv[2] ?? join(__dirname, '..', 'dist', 'kind-recovery-agent.zip');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, agentZip());
  console.log(
    `Wrote ${relative(process.cwd(), target)}: import it in the Dialogflow ES console (Settings, Export and Import, Restore from zip).`,
  );
}

if (require.main === module) main();
