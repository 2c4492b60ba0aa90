import { defaultRuleSet } from '../../domain';
import { FyeModel, FyeRow } from '../../domain/models/fye';

const row = (municipality: string, previous: [number, number], current: [number, number]): FyeRow => ({
  municipality,
  previous: { fye: previous[0], population: previous[1] },
  current: { fye: current[0], population: current[1] },
});

/**
 * Full-year equivalents January–June 2021 and 2022 for the six member municipalities. The
 * seeds give the goal (seed 001: the share falls by 1 % a year per municipality, measured as
 * FYE per working-age population) and say SCB published January–June 2022 (seed 004 item 11),
 * but no per-municipality figures: these are invented, with populations near the shares of
 * the 2022 budget (82,9/5,1/4,0/2,9/3,7/1,3 %), and two municipalities miss the goal.
 */
export function fullYearEquivalents2022(): FyeModel {
  const rules = defaultRuleSet(2022);
  return {
    period: 'januari–juni',
    previousYear: 2021,
    year: 2022,
    goal: rules.fyeGoal,
    mode: rules.fyeMode,
    rows: [
      row('Umeå kommun', [7920, 79850], [7610, 80420]),
      row('Vännäs kommun', [455, 4930], [462, 4945]),
      row('Nordmalings kommun', [412, 3850], [398, 3830]),
      row('Vindelns kommun', [268, 2810], [271, 2790]),
      row('Robertsfors kommun', [318, 3560], [309, 3555]),
      row('Bjurholms kommun', [131, 1250], [127, 1240]),
    ],
    source:
      'Målet ur verksamhetsplanen (Samordningsförbundet Umeåregionen, 2018): andelen som har ersättning från det offentliga trygghetssystemet ska minska med 1 procent jämfört med föregående år per kommun, mätt i helårsekvivalenter i förhållande till befolkningen i arbetsför ålder. SCB redovisar helårsekvivalenter 20–64 år per halvår.',
    notes: [
      'Siffrorna är påhittade: underlagen anger inga helårsekvivalenter per kommun. Befolkningen ligger nära andelarna i budgeten 2022 (82,9/5,1/4,0/2,9/3,7/1,3 %).',
      'Förändringen är relativ: (andel i år − andel i fjol) / andel i fjol. Med beräkningssättet "pp" blir den skillnaden i procentenheter.',
    ],
  };
}
