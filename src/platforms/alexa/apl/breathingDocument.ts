import type { BreathingVisual } from '../../../core';

/** The circle's size when the lungs are empty, full, and topped up (cyclic sighing). */
const scales = { empty: 0.55, full: 1, toppedUp: 1.12 } as const;

type PhaseName = BreathingVisual['phases'][number]['phase'];

/** How each phase moves the circle: grow, hold still, top up, or shrink. */
const targetScale: Readonly<Record<PhaseName, number | undefined>> = {
  breatheIn: scales.full,
  topUp: scales.toppedUp,
  holdIn: undefined,
  breatheOut: scales.empty,
  holdOut: undefined,
};

/** The APL commands for one round: AnimateItem to grow and shrink the circle, Idle to hold, in time with the cues. */
function roundCommands(visual: BreathingVisual): object[] {
  let scale: number = scales.empty;
  return visual.phases.map(({ phase, seconds }) => {
    const duration = Math.round(seconds * 1000);
    const to = targetScale[phase];
    if (to === undefined) return { type: 'Idle', delay: duration };
    const from = scale;
    scale = to;
    return {
      type: 'AnimateItem',
      componentId: 'breathingCircle',
      duration,
      easing: 'ease-in-out',
      value: [{ property: 'transform', from: [{ scale: from }], to: [{ scale: to }] }],
    };
  });
}

/** An APL document: the pattern's name, the rounds, and a circle that breathes with the listener. */
export function breathingDocument(visual: BreathingVisual): object {
  const lastRound = visual.firstRound + visual.rounds - 1;
  const roundText =
    visual.rounds === 1
      ? `Round ${visual.firstRound} of ${visual.totalRounds}`
      : `Rounds ${visual.firstRound} to ${lastRound} of ${visual.totalRounds}`;
  return {
    type: 'APL',
    version: '2023.3',
    theme: 'dark',
    onMount: [
      { type: 'Idle', delay: Math.round(visual.leadInSeconds * 1000) },
      { type: 'Sequential', repeatCount: visual.rounds - 1, commands: roundCommands(visual) },
    ],
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Container',
          width: '100vw',
          height: '100vh',
          alignItems: 'center',
          justifyContent: 'spaceAround',
          items: [
            {
              type: 'Text',
              text: visual.title,
              fontSize: '36dp',
              textAlign: 'center',
              color: '#F4EDE4',
            },
            {
              type: 'Frame',
              id: 'breathingCircle',
              width: '45vmin',
              height: '45vmin',
              borderRadius: '22.5vmin',
              backgroundColor: '#7FB8A4',
              opacity: 0.85,
              transform: [{ scale: scales.empty }],
            },
            {
              type: 'Text',
              text: roundText,
              fontSize: '24dp',
              textAlign: 'center',
              color: '#C9D6CF',
            },
          ],
        },
      ],
    },
  };
}
