import type { TextVisual } from '../../../core';

/** An APL document showing the words of a practice, so they can be read along or afterwards. */
export function textDocument(visual: TextVisual): object {
  return {
    type: 'APL',
    version: '2023.3',
    theme: 'dark',
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'ScrollView',
          width: '100vw',
          height: '100vh',
          item: {
            type: 'Container',
            paddingLeft: '8vw',
            paddingRight: '8vw',
            paddingTop: '6vh',
            items: [
              {
                type: 'Text',
                text: visual.title,
                fontSize: '34dp',
                color: '#F4EDE4',
                paddingBottom: '3vh',
              },
              {
                type: 'Text',
                text: visual.text,
                fontSize: '26dp',
                lineHeight: 1.4,
                color: '#D8E2DC',
              },
            ],
          },
        },
      ],
    },
  };
}
