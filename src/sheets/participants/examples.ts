import { defaultRuleSet } from '../../domain';
import { Gender, ParticipantRow, ParticipantsModel } from '../../domain/models/participants';

const UMEA = 'Umeå (Ungdomstorget/Vuxentorget)';
const SMALL = 'Kranskommunernas samordningsteam';

const row = (platform: string, gender: Gender, finished: number, positive: number, work: number, studies: number): ParticipantRow =>
  ({ platform, gender, finished, positive, work, studies });

/**
 * Tertial 2, 2022 (seed 004, "Statistik för perioden"). The finished counts by gender are the
 * seed's (Umeå 27 women/40 men, the small municipalities 7/7); the report gives rates, not
 * counts, so the positive, work and studies counts are invented: 44 of 67 (the count nearest
 * "65 %") and 12 of 14 (the count nearest "85,5 %", which no count of 14 gives).
 */
export function participantsTertial2of2022(): ParticipantsModel {
  const rules = defaultRuleSet(2022);
  return {
    year: 2022,
    period: 'tertial 2',
    rows: [row(UMEA, 'women', 27, 18, 6, 5), row(UMEA, 'men', 40, 26, 10, 5), row(SMALL, 'women', 7, 6, 3, 2), row(SMALL, 'men', 7, 6, 2, 1)],
    targets: { positive: rules.positiveTarget, work: rules.workTarget, studies: rules.studiesTarget },
    varavBase: rules.varavBase,
    stated: [
      { platform: UMEA, finished: 67, rate: 0.65 },
      { platform: SMALL, finished: 14, rate: 0.855 },
    ],
    source:
      'Tertialrapport 2 2022, "Statistik för perioden" (Samordningsförbundet Umeåregionen, styrelsen 2022-10-26): Umeå 67 avslutade (27 kvinnor/40 män), 65 % positiv lösning; kranskommunerna 14 avslutade (7/7), 85,5 % positiv lösning. Mål 80/35/25 % enligt verksamhetsplanen 2022 (§7.3).',
    notes: [
      'Antalen med positiv lösning, arbete och studier är påhittade: rapporten anger bara andelar. 44 av 67 och 12 av 14 är de antal som ligger närmast rapportens andelar.',
      'Inget helt antal av 14 ger 85,5 % (12 av 14 är 85,7 %); andelen bygger troligen på ett medelvärde av kommunernas andelar.',
      'Inte heller 65 % av 67 går att få med avrundning (44 av 67 är 65,7 %); rapporten har troligen kortat av andelen.',
    ],
  };
}
