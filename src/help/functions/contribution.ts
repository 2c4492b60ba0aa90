import { FunctionHelp } from '../types';

export const CONTRIBUTION: FunctionHelp = {
  name: 'CONTRIBUTION',
  summary: 'En medlems bidrag enligt 50/25/25.',
  description: 'En medlems bidrag enligt 50/25/25: staten betalar statens tilldelning, regionen hälften av den, kommunerna tillsammans hälften fördelat efter arbetsför befolkning.',
  details: [
    'Staten (genom Försäkringskassan) står för hälften av förbundets medel, regionen för en fjärdedel och kommunerna tillsammans för en fjärdedel (lag 2003:1210). Därför är regionens bidrag och kommunernas sammanlagda bidrag vardera hälften av statens tilldelning.',
    'Kommunernas hälft fördelas som FINSAM.SHARE gör, efter arbetsför befolkning (20–64 år); med decimaler summerar kommunernas bidrag exakt till hälften.',
    'Medlemmen skrivs stat, staten, FK eller Försäkringskassan; region eller landsting; eller kommun.',
  ],
  parameters: [
    { name: 'stateAllocation', swedishName: 'statensTilldelning', optional: false, description: 'Statens tilldelning via Försäkringskassan (tkr).' },
    { name: 'member', swedishName: 'medlem', optional: false, description: 'Medlemmen: stat (staten, FK, Försäkringskassan), region (landsting) eller kommun.' },
    { name: 'population', swedishName: 'befolkning', optional: true, description: 'Kommunens arbetsföra befolkning (krävs för kommun).' },
    { name: 'populations', swedishName: 'befolkningar', optional: true, description: 'Alla medlemskommuners arbetsföra befolkning (krävs för kommun).' },
    { name: 'decimals', swedishName: 'decimaler', optional: true, description: 'Avrunda till så många decimaler med största-rest-metoden (valfritt).' },
  ],
  returns: 'Medlemmens bidrag (tkr).',
  errors: [
    {
      code: '#VALUE!',
      when: 'Medlemmen är inte stat, region eller kommun.',
      formula: '=FINSAM.CONTRIBUTION(5980;"Umeå")',
      message: 'Medlemmen är "Umeå"; skriv stat (eller FK, Försäkringskassan), region (eller landsting) eller kommun.',
    },
    {
      code: '#VALUE!',
      when: 'En kommun utan befolkning och befolkningar.',
      formula: '=FINSAM.CONTRIBUTION(5980;"kommun")',
      message: 'En kommuns andel kräver befolkning och befolkningar (arbetsför befolkning per kommun).',
    },
    {
      code: '#VALUE!',
      when: 'Kommunens befolkning finns inte bland befolkningarna.',
      formula: '=FINSAM.CONTRIBUTION(5980;"kommun";999;{8342;531;415;308;404};0)',
      message: 'Delen 999 finns inte bland delarna; den ska vara en av dem.',
    },
    { code: '#VALUE!', when: 'Statens tilldelning är negativ.', formula: '=FINSAM.CONTRIBUTION(-5980;"stat")', message: 'Statens tilldelning är -5 980; det får inte vara negativt.' },
  ],
  examples: [
    { formula: '=FINSAM.CONTRIBUTION(5980;"kommun";8342;{8342;531;415;308;404};0)', result: '2494', explanation: 'Umeå kommun 2018 (seed 001): hälften av 5 980 fördelad efter befolkning.' },
    { formula: '=FINSAM.CONTRIBUTION(5980;"region")', result: '2990', explanation: 'Regionen betalar hälften av statens tilldelning.' },
    { formula: '=FINSAM.CONTRIBUTION(5980;"Försäkringskassan")', result: '5980', explanation: 'Staten betalar sin tilldelning.' },
    {
      formula: '=FINSAM.CONTRIBUTION(5980;"kommun";Befolkning[@2018];Befolkning[2018];0)',
      result: '2494',
      explanation: 'Bredvid tabellen Befolkning på bladet Budget, på Umeå kommuns rad: samma som Umeås bidrag i budgeten.',
      on: { workbook: 'budget-2018', sheet: 'Budget', cell: 'C45', sameAs: 'B6' },
    },
  ],
  readme: "a member's part under 50/25/25",
};
