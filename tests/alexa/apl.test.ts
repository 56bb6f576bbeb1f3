import type { ResponseEnvelope } from 'ask-sdk-model';
import { invokeChecked } from '../support/alexa';
import { intentEnvelope, launchEnvelope } from '../support/envelopes';

type Command = {
  type: string;
  duration?: number;
  delay?: number;
  repeatCount?: number;
  commands?: Command[];
  componentId?: string;
};
type RenderDocument = {
  type: string;
  token: string;
  document: {
    type: string;
    version: string;
    onMount?: Command[];
    mainTemplate: { items: unknown[] };
  };
};

const renderDirective = (response: ResponseEnvelope) =>
  (response.response.directives ?? []).find(
    (directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  ) as RenderDocument | undefined;

async function practiceOn(hasScreen: boolean, name: string, slots: Record<string, string>) {
  const launched = await invokeChecked(launchEnvelope({ hasScreen }));
  return invokeChecked(
    intentEnvelope(name, slots, { hasScreen, attributes: launched.sessionAttributes }),
  );
}

describe('the breathing circle on Echo Show', () => {
  it('grows, holds and shrinks in time with the cues', async () => {
    const response = await practiceOn(true, 'BreatheIntent', { rounds: '3', pattern: 'box' });
    const directive = renderDirective(response);
    expect(directive?.document).toMatchObject({
      type: 'APL',
      version: expect.stringMatching(/^\d{4}\.\d+$/),
    });
    const [lead, rounds] = directive?.document.onMount ?? [];
    expect(lead?.type).toBe('Idle');
    expect(rounds).toMatchObject({ type: 'Sequential', repeatCount: 2 });
    const phases = rounds?.commands ?? [];
    expect(phases.map((command) => command.type)).toEqual([
      'AnimateItem',
      'Idle',
      'AnimateItem',
      'Idle',
    ]);
    expect(phases.map((command) => command.duration ?? command.delay)).toEqual([
      4000, 4000, 4000, 4000,
    ]);
    expect(
      phases
        .filter((command) => command.type === 'AnimateItem')
        .every((command) => command.componentId === 'breathingCircle'),
    ).toBe(true);
    expect(JSON.stringify(directive?.document)).toContain('"id":"breathingCircle"');
    expect(JSON.stringify(directive?.document)).toContain('box breathing');
  });

  it.each([
    ['four-seven-eight', [4000, 7000, 8000]],
    ['resonance', [5500, 5500]],
    ['cyclic-sighing', [3000, 1500, 6000]],
    ['extended-exhale', [4000, 6000]],
  ])('times the %s pattern exactly', async (pattern, durations) => {
    const directive = renderDirective(
      await practiceOn(true, 'BreatheIntent', { rounds: '2', pattern }),
    );
    const phases = directive?.document.onMount?.[1]?.commands ?? [];
    expect(phases.map((command) => command.duration ?? command.delay)).toEqual(durations);
  });

  it.each(['box', 'four-seven-eight', 'extended-exhale', 'resonance', 'cyclic-sighing'])(
    "keeps %s at its longest, with the circle, within Alexa's response limits",
    async (pattern) => {
      const response = await practiceOn(true, 'BreatheIntent', { minutes: '10', pattern });
      const ssml = (response.response.outputSpeech as { ssml: string }).ssml;
      expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(24_000);
      expect(ssml.length).toBeLessThan(8000);
      expect(ssml.split('<audio').length - 1).toBeLessThanOrEqual(5);
      expect(renderDirective(response)).toBeDefined();
    },
  );

  it('shows the words of a self-compassion break', async () => {
    const directive = renderDirective(await practiceOn(true, 'CompassionBreakIntent', {}));
    expect(JSON.stringify(directive?.document)).toMatch(/not alone/);
  });

  it.each([
    ['BreatheIntent', { rounds: '2' }],
    ['CompassionBreakIntent', {}],
    ['AffirmationIntent', {}],
  ])('sends nothing visual to a device without a screen (%s)', async (name, slots) => {
    const response = await practiceOn(false, name, slots);
    expect(renderDirective(response)).toBeUndefined();
  });
});
