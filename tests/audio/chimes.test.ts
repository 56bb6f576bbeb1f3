import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { soundSeconds } from '../../src/core/breathingPatterns';
import { chimeMp3 } from '../../scripts/synthesiseChimes';

/** MPEG-2 layer III bit rates (kbps) and sample rates (Hz) by their header index. */
const mpeg2BitRates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const mpeg2SampleRates = [22050, 24000, 16000];

interface Frame {
  readonly version: string;
  readonly layer: number;
  readonly kbps: number;
  readonly sampleRate: number;
}

/** Walks an MP3 frame by frame, reading each header; throws on anything that is not a frame. */
function frames(bytes: Buffer): Frame[] {
  const found: Frame[] = [];
  let offset =
    bytes.subarray(0, 3).toString('latin1') === 'ID3'
      ? 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!)
      : 0;
  while (offset + 4 <= bytes.length) {
    const header = bytes.readUInt32BE(offset);
    if (header >>> 21 !== 0x7ff) throw new Error(`no frame sync at byte ${offset}`);
    const versionBits = (header >>> 19) & 3;
    const layerBits = (header >>> 17) & 3;
    const kbps = mpeg2BitRates[(header >>> 12) & 15] ?? 0;
    const sampleRate = mpeg2SampleRates[(header >>> 10) & 3] ?? 0;
    const padding = (header >>> 9) & 1;
    const frame = {
      version: versionBits === 2 ? 'MPEG-2' : `bits ${versionBits}`,
      layer: 4 - layerBits,
      kbps,
      sampleRate,
    };
    found.push(frame);
    const length = Math.floor((72 * kbps * 1000) / sampleRate) + padding;
    if (length <= 0) throw new Error(`bad frame length at byte ${offset}`);
    offset += length;
  }
  return found;
}

describe.each(Object.keys(soundSeconds) as (keyof typeof soundSeconds)[])(
  'audio/%s.mp3',
  (sound) => {
    const bytes = readFileSync(join(__dirname, '..', '..', 'audio', `${sound}.mp3`));
    const all = frames(bytes);

    it('is MPEG-2 layer III at 48 kbps and 24000 Hz in every frame, as Alexa requires', () => {
      expect(all.length).toBeGreaterThan(10);
      all.forEach((frame) =>
        expect(frame).toEqual({ version: 'MPEG-2', layer: 3, kbps: 48, sampleRate: 24000 }),
      );
    });

    it('lasts its listed length, far under 240 s', () => {
      const seconds = (all.length * 576) / 24000;
      expect(seconds).toBeGreaterThanOrEqual(soundSeconds[sound]);
      expect(seconds).toBeLessThan(soundSeconds[sound] + 0.2);
    });

    it('is what the synthesis script makes today', () => {
      expect(chimeMp3(sound).equals(bytes)).toBe(true);
    });
  },
);
