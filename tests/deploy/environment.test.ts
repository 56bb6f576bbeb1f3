import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Every TypeScript file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The variables the code reads: `process.env.NAME`, or `environment.NAME` where the environment is passed in. */
function variablesRead(): Set<string> {
  const found = new Set<string>();
  const folders = ['src', 'scripts', join('tests', 'support'), join('tests', 'web')].map((folder) =>
    join(root, folder),
  );
  for (const file of folders.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:process\.env|environment)\.([A-Z][A-Z0-9_]+)/g)) {
      found.add(match[1]!);
    }
    // Destructured: `const { AWS_REGION: region, ... } = environment`.
    for (const match of text.matchAll(/\{([^{}]*)\}\s*=\s*(?:process\.env|environment)\b/g)) {
      for (const name of match[1]!.matchAll(/\b([A-Z][A-Z0-9_]+)\b/g)) found.add(name[1]!);
    }
  }
  for (const match of readFileSync(join(root, 'serverless.yml'), 'utf8').matchAll(
    /^\s+([A-Z][A-Z0-9_]+): /gm,
  )) {
    found.add(match[1]!);
  }
  // The shell's own, not the project's.
  found.delete('PATH');
  return found;
}

/** The variables named in the first column of the README's environment table. */
function variablesDocumented(): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Environment'), readme.indexOf('## Scripts'));
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Set(
    rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]!)),
  );
}

describe("the README's environment table", () => {
  it('names every variable the code and the deployment read, and no other', () => {
    expect([...variablesDocumented()].sort()).toEqual([...variablesRead()].sort());
  });

  it('gives each a default and what reads it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Environment'), readme.indexOf('## Scripts'));
    section
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .forEach((row) => {
        const cells = row.split('|').map((cell) => cell.trim());
        expect(cells[2]).not.toBe('');
        expect(cells[3]).not.toBe('');
      });
  });
});
