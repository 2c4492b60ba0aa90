import { SettingUnit } from '../../domain';
import { formats } from '../plan';

/** How FINSAM-regler shows a setting's value, by what it measures (the descriptors live in src/domain/rule-set.ts). */
export const FORMAT_OF_UNIT: Readonly<Record<SettingUnit, string>> = {
  year: formats.whole,
  share: formats.percentOne,
  change: formats.percentOne,
  count: formats.whole,
  index: formats.index,
  tkr: formats.tkr,
  choice: formats.text,
};
