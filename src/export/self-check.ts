import { exportMessages } from '../text/export-messages';
import { Grid } from '../sheets/grid';
import { cellKey, engineValueAt, engineWith, SheetValues, sameValue, shownValue, valueAt } from './cell-values';
import { contentOf, Conversion } from './conversion';

/**
 * The native formulas computed in the embedded engine, each compared with the add-in's value
 * for its cell. One that differs (an input the FINSAM function refuses with an error, a rule the
 * native formula cannot see) becomes the value with a note. A cell that changed to a value can
 * change cells that read it, so the check runs again until nothing changes; every round turns
 * at least one formula into a value, so it ends.
 */
export function checkConversions(grids: readonly Grid[], candidates: readonly Conversion[], addin: SheetValues): Conversion[] {
  let current = [...candidates];
  for (;;) {
    const overrides = new Map(current.map((conversion) => [cellKey(conversion.sheet, conversion.row, conversion.col), contentOf(conversion)]));
    const roots = current.map(({ sheet, row, col }) => ({ sheet: grids.findIndex((grid) => grid.sheet === sheet), row, col })).filter((at) => at.sheet >= 0);
    const { engine } = engineWith(grids, overrides, roots);
    let changed = false;
    current = current.map((conversion) => {
      if (conversion.newFormula === undefined) return conversion;
      const got = engineValueAt(engine, conversion.sheet, conversion.row, conversion.col);
      const expected = valueAt(addin, conversion.sheet, conversion.row, conversion.col);
      if (sameValue(got, expected) || sameValue(got, conversion.value)) return conversion;
      changed = true;
      const { sheet, row, col, oldFormula, value } = conversion;
      return { sheet, row, col, oldFormula, value, reason: exportMessages.differs(shownValue(got), shownValue(conversion.value)) };
    });
    if (!changed) return current;
  }
}
