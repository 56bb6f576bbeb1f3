import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { alexaLocales, toAlexaModel } from './alexaModel';
import { toDialogflowAgent } from './dialogflowAgent';
import { languageModel } from './languageModel';
import { validateLanguageModel } from './validate';

/** The skill package's copy of the Alexa models, where the ASK CLI looks for them. */
const skillPackageModels = join('..', 'skill-package', 'interactionModels', 'custom');

/** Every generated file, by path, with the text it should hold. */
export function generatedFiles(root = __dirname): Map<string, string> {
  const files = new Map<string, string>();
  const alexaModel = `${JSON.stringify(toAlexaModel(languageModel), null, 2)}\n`;
  for (const locale of alexaLocales) {
    files.set(join(root, 'alexa', `${locale}.json`), alexaModel);
    files.set(join(root, skillPackageModels, `${locale}.json`), alexaModel);
  }
  for (const [path, text] of toDialogflowAgent(languageModel)) {
    files.set(join(root, 'dialogflow', 'agent', path), text);
  }
  return files;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Files in the generated folders that the model no longer produces (a renamed intent, say). */
function leftoverFiles(generated: Map<string, string>, root = __dirname): string[] {
  return ['alexa', join('dialogflow', 'agent'), skillPackageModels]
    .map((folder) => join(root, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name)),
    )
    .filter((path) => !generated.has(path));
}

function main(): void {
  const errors = validateLanguageModel(languageModel);
  if (errors.length > 0) {
    console.error(`The language model has ${errors.length} problem(s) Alexa would reject:`);
    errors.forEach((error) => console.error(`  - ${error}`));
    process.exit(1);
  }
  const isChecking = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, text] of generatedFiles()) {
    if (readOrEmpty(path) === text) continue;
    if (isChecking) {
      stale.push(relative(process.cwd(), path));
    } else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${relative(process.cwd(), path)}`);
    }
  }
  const generated = generatedFiles();
  for (const path of leftoverFiles(generated)) {
    if (isChecking) {
      stale.push(`${relative(process.cwd(), path)} (no longer generated)`);
    } else {
      rmSync(path);
      console.log(`removed ${relative(process.cwd(), path)}`);
    }
  }
  if (stale.length > 0) {
    console.error(`Generated models are stale; run \`npm run models\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (isChecking) console.log('Generated models are up to date.');
}

if (require.main === module) main();
