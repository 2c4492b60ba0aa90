/**
 * Formula injection through `finsam build model.json out.xlsx` (issue 8 item 5): a model file
 * with hostile labels in every sheet kind becomes a workbook in which each label is a string
 * cell with no formula, and the only formulas are the plans' own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { defaultRuleSet } from '../../src/domain';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { HOSTILE } from './hostile-models';
import { cellElement, cellOf, HOSTILE_SHEETS, hostileCells, hostilePlan, sheetXml } from './support';

const folder = mkdtempSync(join(tmpdir(), 'finsam-injection-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('finsam build writes every hostile label as text', async () => {
  const model = join(folder, 'modell.json');
  const out = join(folder, 'bok.xlsx');
  const sheets = [...HOSTILE_SHEETS.map(({ kind, model: sheetModel }) => ({ kind, model: sheetModel })), { kind: 'rules', model: defaultRuleSet(2022) }];
  writeFileSync(model, JSON.stringify({ sheets }));
  const lines: string[] = [];
  const code = await main(['build', model, out], { out: (line) => lines.push(line), err: (line) => lines.push(`fel: ${line}`) });
  expect({ code, lines }).toEqual({ code: 0, lines: [`Skrev ${out} (${sheets.length} blad).`] });

  const read = await readXlsxGrids(out);
  if (!read.ok) throw new Error(read.error.message);
  const xml = await sheetXml(readFileSync(out));
  const plan = hostilePlan();
  let checked = 0;
  for (const [index, sheet] of plan.sheets.slice(0, HOSTILE_SHEETS.length).entries()) {
    expect(read.value[index].sheet).toBe(sheet.name);
    for (const cell of hostileCells(sheet)) {
      const element = cellElement(xml.get(sheet.name) ?? '', cell) ?? '';
      expect({ sheet: sheet.name, at: [cell.row, cell.col], string: /\bt="s"/.test(element), f: element.includes('<f'), ...cellOf(read.value[index], cell) }).toEqual({
        sheet: sheet.name,
        at: [cell.row, cell.col],
        string: true,
        f: false,
        value: String(cell.value).replace(/\r\n?/g, '\n'),
        formula: null,
      });
      checked += 1;
    }
    const planned = new Set(sheet.cells.filter((cell) => cell.formula !== undefined).map((cell) => `${cell.row},${cell.col}`));
    const formulas = (read.value[index].formulas ?? []).flatMap((cells, row) => cells.flatMap((formula, col) => (formula === null ? [] : [`${row},${col}`])));
    // A spilled formula's block holds cached values, not formulas; every formula is a planned one.
    expect(formulas.filter((at) => !planned.has(at))).toEqual([]);
  }
  expect(checked).toBeGreaterThan(HOSTILE.length * 5);
}, 60_000);
