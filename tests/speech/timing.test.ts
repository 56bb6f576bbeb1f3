import { estimateSpeechSeconds, guidedRateFactor, toSsml } from '../../src/speech';

describe('estimateSpeechSeconds', () => {
  it.each([
    ['Breathe in.', 1, 0.8],
    ['Breathe in.', guidedRateFactor, 0.889],
    ['Hold.', 1, 0.4],
    ['', 1, 0],
    [
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
      1,
      6,
    ],
    ['  spaced   out  , words  ', 1, 1.2],
  ])(
    'says "%s" at %p of the normal rate in about %p s (150 words a minute)',
    (text, rate, seconds) => {
      expect(estimateSpeechSeconds(text, rate)).toBeCloseTo(seconds, 2);
    },
  );
});

describe('chimes', () => {
  const speech = [
    { type: 'sound', sound: 'bell', seconds: 1 },
    { type: 'text', text: 'Breathe in.', isGuided: true },
    { type: 'pause', seconds: 3 },
  ] as const;

  it('play from an https AUDIO_BASE_URL', () => {
    expect(toSsml(speech, undefined, { audioBaseUrl: 'https://cdn.example.com/audio/' })).toContain(
      "<audio src='https://cdn.example.com/audio/bell.mp3'/>",
    );
  });

  it.each([undefined, '', 'http://cdn.example.com/audio', 'not a url', 'javascript:alert(1)'])(
    'are heard as silence of the same length with AUDIO_BASE_URL %p',
    (audioBaseUrl) => {
      const ssml = toSsml(speech, undefined, { audioBaseUrl });
      expect(ssml).not.toContain('<audio');
      expect(ssml).toMatch(/^<speak><break time='1000ms'\/>/);
    },
  );
});
