import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Sound } from '../src/core/breathingPatterns';
import { soundSeconds } from '../src/core/breathingPatterns';

/** Alexa plays MPEG-2 layer III at 48 kbps; 24000 Hz is one of its three sample rates. */
export const sampleRate = 24000;
export const bitRate = 48;

interface Mp3Encoder {
  encodeBuffer(samples: Int16Array): Int8Array;
  flush(): Int8Array;
}

/** lamejs's packaged build sets a global rather than exporting, so it is loaded in a sandbox of its own. */
function mp3Encoder(): Mp3Encoder {
  const source = readFileSync(require.resolve('lamejs/lame.all.js'), 'utf8');
  const lamejs = runInNewContext(`${source}; lamejs`, {}) as {
    Mp3Encoder: new (channels: number, rate: number, kbps: number) => Mp3Encoder;
  };
  return new lamejs.Mp3Encoder(1, sampleRate, bitRate);
}

/** How each chime sounds: the closing bell, like a singing bowl. */
const voices: Readonly<Record<Sound, (t: number, seconds: number) => number>> = {
  bell: (t) =>
    [1, 2.76, 5.4].reduce(
      (sum, ratio, index) =>
        sum +
        (Math.exp(-t * (1.6 + index * 1.2)) * Math.sin(2 * Math.PI * 432 * ratio * t)) /
          (index + 1),
      0,
    ) * Math.min(1, t / 0.01),
};

/** One chime as MP3 bytes, quiet (about -12 dBFS at its peak) and exactly its listed length. */
export function chimeMp3(sound: Sound): Buffer {
  const seconds = soundSeconds[sound];
  const samples = new Int16Array(Math.round(seconds * sampleRate));
  const voice = voices[sound];
  const peak = Math.max(
    ...Array.from({ length: samples.length }, (_, i) => Math.abs(voice(i / sampleRate, seconds))),
  );
  samples.forEach((_, i) => {
    samples[i] = Math.round((voice(i / sampleRate, seconds) / peak) * 0.25 * 32767);
  });
  const encoder = mp3Encoder();
  const frames: Int8Array[] = [];
  for (let start = 0; start < samples.length; start += 1152)
    frames.push(encoder.encodeBuffer(samples.subarray(start, start + 1152)));
  frames.push(encoder.flush());
  return Buffer.concat(
    frames.map((frame) => Buffer.from(frame.buffer, frame.byteOffset, frame.length)),
  );
}

/** The chimes folder the skill serves from `AUDIO_BASE_URL`. */
export const audioFolder = join(__dirname, '..', 'audio');

function main(): void {
  for (const sound of Object.keys(soundSeconds) as Sound[]) {
    const path = join(audioFolder, `${sound}.mp3`);
    writeFileSync(path, chimeMp3(sound));
    console.log(`wrote audio/${sound}.mp3`);
  }
}

if (require.main === module) main();
