const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function seconds(time: string): number {
  const match = /^([\d.]+)(ms|s)$/.exec(time);
  if (!match) return 0;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

function formatPause(totalSeconds: number): string {
  const rounded = Math.round(totalSeconds * 10) / 10;
  return `[pause ${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)}s]`;
}

/** SSML as a listener would hear it, in readable text: tags dropped, breaks shown as "[pause 4s]". */
export function ssmlToText(ssml: string): string {
  const withPauses = ssml.replace(/(?:\s*<break\s+time=['"]([^'"]+)['"]\s*\/>\s*)+/g, (run) => {
    const total = [...run.matchAll(/time=['"]([^'"]+)['"]/g)].reduce(
      (sum, match) => sum + seconds(match[1] ?? ''),
      0,
    );
    return total >= 0.5 ? ` ${formatPause(total)} ` : ' ';
  });
  return withPauses
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
