import { DEFAULT_STAKEHOLDER_SCALE } from '../../domain';
import { Stakeholder, StakeholderModel } from '../../domain/models/stakeholders';

const MUNICIPALITIES = 'Arbete och försörjning till medborgarna; effektivare samordning som visar mervärde; bryta rundgång.';

const rated = (name: string, interest: number, influence: number, expectation = ''): Stakeholder => ({ name, interest, influence, expectation });

/**
 * The stakeholder analysis for the social annual report 2020 (seed 002, Bilaga 2): the core
 * stakeholders of its "intressentstjärna" with their expectations in short. The seed prints
 * no ratings, so interest and influence (1–5) are invented.
 */
export function stakeholderAnalysis2020(): StakeholderModel {
  return {
    year: 2020,
    scale: DEFAULT_STAKEHOLDER_SCALE,
    stakeholders: [
      rated('Samordningsförbundets styrelse', 5, 5, 'Att uppnå målen enligt social budget och verksamhetsplan; minskat utanförskap i regionen; jämlik samverkan.'),
      rated('Umeå kommun', 5, 5, MUNICIPALITIES),
      rated('Vännäs kommun', 4, 3, MUNICIPALITIES),
      rated('Nordmalings kommun', 4, 3, MUNICIPALITIES),
      rated('Vindelns kommun', 4, 3, MUNICIPALITIES),
      rated('Robertsfors kommun', 4, 3, MUNICIPALITIES),
      rated('Region Västerbotten', 4, 5, 'Friska människor som mår bra; minskade vårdbehov; lägre kostnader för regionen.'),
      rated('Försäkringskassan', 4, 5, 'Att verksamheten påverkar Försäkringskassans uppdrag, t.ex. sjukpenningtalet.'),
      rated('Arbetsförmedlingen', 4, 4),
      rated('Deltagarna', 5, 2, 'En för individen positiv lösning: arbete eller studier; ökad arbetsförmåga och egenmakt; förbättrad livssituation.'),
      rated('Personalen', 5, 3, 'Trivsel med uppdraget; meningsfullhet och resultat i arbetet.'),
      rated('Arbetsgivare', 2, 4, 'Samverkan med företag, ideella krafter och föreningsliv i det löpande arbetet.'),
    ],
    source:
      'Intressentanalys för 2020 års sociala bokslut (Samordningsförbundet Umeåregionen, styrelsen 2021-02-19, bilaga 2): intressentstjärnan och förväntningarna. Betydelseindex = intresse + inflytande.',
    notes: [
      'Intresse och inflytande är påhittade: analysen anger inga skattningar. Skalan 1–5 är FINSAM:s val.',
      'Intressentstjärnan 2020 visar fem medlemskommuner; Bjurholms kommun saknas där och därför också här.',
      'Förväntningarna är kortade ur analysen; för Arbetsförmedlingen går de inte att skilja från de andra parternas och är lämnade tomma.',
    ],
  };
}
