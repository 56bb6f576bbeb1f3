import { check } from 'ssml-check-core';
import type { Speech } from '../../src/core';
import { breakDurations, guidedRate, toPlainText, toSsml } from '../../src/speech';

describe('breakDurations', () => {
  it.each([
    [0, []],
    [0.3, [300]],
    [3.2, [3200]],
    [10, [10000]],
    [10.5, [10000, 500]],
    [25, [10000, 10000, 5000]],
    [60, [10000, 10000, 10000, 10000, 10000, 10000]],
    [-4, []],
  ])('splits %p s into breaks of at most 10 s: %p', (seconds, expected) => {
    expect(breakDurations(seconds, 10000)).toEqual(expected);
  });
});

describe('toSsml', () => {
  it.each([
    ['an ampersand', 'Tom & Jerry', 'Tom &amp; Jerry'],
    ['angle brackets', '<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['quotes and apostrophes', `"I'm here"`, '&quot;I&apos;m here&quot;'],
    ['markup that looks like SSML', "<break time='99s'/>", '&lt;break time=&apos;99s&apos;/&gt;'],
  ])('escapes %s', async (_name, text, escaped) => {
    const ssml = toSsml([{ type: 'text', text }]);
    expect(ssml).toBe(`<speak>${escaped}</speak>`);
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });

  it('chains a long silence, merging adjacent ones, so no break exceeds 10 s', () => {
    const ssml = toSsml([
      { type: 'text', text: 'Rest.' },
      { type: 'pause', seconds: 8 },
      { type: 'pause', seconds: 8 },
      { type: 'text', text: 'Back.' },
    ]);
    expect(ssml).toBe("<speak>Rest. <break time='10000ms'/> <break time='6000ms'/> Back.</speak>");
  });

  it('says guided words slower and conversation at the normal pace', () => {
    const ssml = toSsml([
      { type: 'text', text: 'Here we go.' },
      { type: 'text', text: 'Breathe in.', isGuided: true },
    ]);
    expect(ssml).toBe(
      `<speak>Here we go. <prosody rate='${guidedRate}'>Breathe in.</prosody></speak>`,
    );
  });

  it('reads phone numbers digit by digit, with a short pause between groups', async () => {
    const ssml = toSsml([{ type: 'digits', digits: '116 123' }]);
    expect(ssml).toBe(
      "<speak><say-as interpret-as='digits'>116</say-as> <break time='300ms'/> <say-as interpret-as='digits'>123</say-as></speak>",
    );
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });

  it('never lets anything but digits into a say-as', () => {
    const ssml = toSsml([{ type: 'digits', digits: '988</say-as><audio src="x"/>' }]);
    expect(ssml).not.toMatch(/audio/);
  });

  it('drops empty words rather than writing empty tags', () => {
    expect(toSsml([{ type: 'text', text: '  ', isGuided: true }])).toBe('<speak></speak>');
  });
});

describe('toPlainText', () => {
  const speech: Speech = [
    { type: 'text', text: 'Breathe in.', isGuided: true },
    { type: 'pause', seconds: 3.2 },
    { type: 'pause', seconds: 1 },
    { type: 'text', text: 'Call' },
    { type: 'digits', digits: '988' },
    { type: 'text', text: '.' },
  ];

  it('shows pauses when asked, merged, and keeps punctuation tight', () => {
    expect(toPlainText(speech, { isShowingPauses: true })).toBe(
      'Breathe in. [pause 4.2s] Call 988.',
    );
  });

  it('leaves pauses out by default, for cards and chat channels', () => {
    expect(toPlainText(speech)).toBe('Breathe in. Call 988.');
  });
});
