import { FunctionHelp } from '../types';

export const FYESHARE: FunctionHelp = {
  name: 'FYESHARE',
  summary: 'Helårsekvivalenter som andel av befolkningen.',
  description: 'Helårsekvivalenternas andel av den arbetsföra befolkningen.',
  details: ['Andelen är målet för förbundets arbete: den ska minska (bladet FINSAM-regler anger hur mycket). Befolkningen är den arbetsföra, 20–64 år, som SCB redovisar.'],
  parameters: [
    { name: 'fye', swedishName: 'helårsekvivalenter', optional: false, description: 'Antal helårsekvivalenter.' },
    { name: 'population', swedishName: 'befolkning', optional: false, description: 'Arbetsför befolkning (20–64 år).' },
  ],
  returns: 'Andel 0–1.',
  errors: [
    { code: '#VALUE!', when: 'Helårsekvivalenterna är negativa.', formula: '=FINSAM.FYESHARE(-1;10)', message: 'Helårsekvivalenter är -1; det får inte vara negativt.' },
    { code: '#VALUE!', when: 'Befolkningen är negativ.', formula: '=FINSAM.FYESHARE(1000;-5)', message: 'Befolkning är -5; det får inte vara negativt.' },
    { code: '#DIV/0!', when: 'Befolkningen är 0.', formula: '=FINSAM.FYESHARE(1000;0)', message: 'Befolkningen är 0; andelen kan inte beräknas (division med noll).' },
  ],
  examples: [
    { formula: '=FINSAM.FYESHARE(1000;20000)', result: '0,05', explanation: '1 000 helårsekvivalenter av 20 000 i arbetsför ålder.' },
    {
      formula: '=FINSAM.FYESHARE([@[Helårsekvivalenter 2022]];[@[Arbetsför befolkning 2022]])',
      result: '0,0946…',
      explanation: 'I kolumnen Andel 2022 på Umeå kommuns rad: 7 610 av 80 420.',
      on: { workbook: 'helarsekvivalenter-2022', sheet: 'Helårsekvivalenter', cell: 'G8', sameAs: 'G8' },
    },
  ],
  readme: 'FYE per working-age inhabitant',
};
