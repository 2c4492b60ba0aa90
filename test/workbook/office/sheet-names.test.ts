import { cellBlocks, columnWidthPoints, styleRuns } from '../../../src/workbook/office/cell-blocks';
import { isValidSheetName, keptSheetName, keptTableName, temporarySheetName } from '../../../src/workbook/office/sheet-names';
import { hostilePlan } from './plans';

describe('names a build chooses', () => {
  test('the kept copy is "(gammal)", then "(gammal 2)", compared without case', () => {
    expect(keptSheetName('Budget', ['Budget'])).toBe('Budget (gammal)');
    expect(keptSheetName('Budget', ['Budget', 'BUDGET (GAMMAL)'])).toBe('Budget (gammal 2)');
  });

  test('a long name is shortened so the kept name fits Excel’s 31 characters', () => {
    const name = 'Social budget Umeåregionen 2023';
    expect(name).toHaveLength(31);
    const kept = keptSheetName(name, [name]);
    expect(kept).toBe('Social budget Umeåregi (gammal)');
    expect(kept.length).toBeLessThanOrEqual(31);
    expect(isValidSheetName(kept)).toBe(true);
  });

  test('the temporary name and the kept table name avoid every name in use', () => {
    expect(temporarySheetName(['FINSAM bygger'])).toBe('FINSAM bygger 2');
    expect(keptTableName('Befolkning', ['befolkning_gammal'])).toBe('Befolkning_gammal2');
  });

  test('Excel’s sheet name rules', () => {
    expect(['Budget', 'FINSAM-regler', 'Social budget'].every(isValidSheetName)).toBe(true);
    expect(['', 'a'.repeat(32), 'A/B', 'Budget [1]', "'Budget", 'history'].some(isValidSheetName)).toBe(false);
  });
});

describe('the blocks sent to Excel', () => {
  test('the default width 8,43 characters is 48 points (64 pixels)', () => {
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  test('text cells are "@", formula cells carry only formulas, literals only values', () => {
    const blocks = cellBlocks(hostilePlan())!;
    expect(blocks.address).toBe('A1:C10');
    expect(blocks.numberFormat[0]).toEqual(['@', '0', '0']);
    expect(blocks.values[0]).toEqual(['=HYPERLINK("http://example.com","Klicka")', 5, null]);
    expect(blocks.formulas[0]).toEqual([null, null, '=B1*2']);
    expect(blocks.numberFormat[1]).toEqual(['@', 'General', 'General']);
  });

  test('neighbouring cells with one look are styled as one range', () => {
    const plan = { ...hostilePlan(), cells: [0, 1, 2, 4].map((col) => ({ row: 3, col, value: 1, style: 'sum' as const })) };
    expect(styleRuns(plan)).toEqual([
      { style: 'sum', address: 'A4:C4' },
      { style: 'sum', address: 'E4' },
    ]);
  });
});
