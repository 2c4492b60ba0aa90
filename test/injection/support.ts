/**
 * The hostile workbook (every sheet kind with injection payloads in its text) and ways to look
 * at what each writer made of it: the cells that hold user text, and the raw XML of an .xlsx.
 */
import JSZip from 'jszip';
import { defaultRuleSet } from '../../src/domain';
import { Grid } from '../../src/sheets/grid';
import { PlanCell, SheetPlan, WorkbookPlan } from '../../src/sheets/plan';
import { SHEET_KINDS } from '../../src/sheets/registry';
import { ReadContext, SheetKindModule } from '../../src/sheets/sheet-kind';
import { cellAddress } from '../../src/sheets/address';
import { HOSTILE, hostileBudget, hostileFollowUp, hostileFye, hostileParticipants, hostileSocialBudget, hostileStakeholders } from './hostile-models';

export interface HostileSheet {
  readonly kind: string;
  readonly model: unknown;
}

/** One model per sheet kind a person writes text into, in the order `finsam build` takes them. */
export const HOSTILE_SHEETS: readonly HostileSheet[] = [
  { kind: 'budget', model: hostileBudget() },
  { kind: 'socialBudget', model: hostileSocialBudget() },
  { kind: 'stakeholders', model: hostileStakeholders() },
  { kind: 'followUp', model: hostileFollowUp() },
  { kind: 'participants', model: hostileParticipants() },
  { kind: 'fullYearEquivalents', model: hostileFye() },
];

export function kindOf(kind: string): SheetKindModule<unknown> {
  const module = SHEET_KINDS.find((candidate) => candidate.kind === kind);
  if (!module) throw new Error(`no sheet kind ${kind}`);
  return module;
}

export function hostilePlan(): WorkbookPlan {
  return { sheets: [...HOSTILE_SHEETS.map(({ kind, model }) => kindOf(kind).plan(model)), kindOf('rules').plan(defaultRuleSet(2022))] };
}

/** The literal text cells of a sheet plan that carry a payload (the user's text). */
export function hostileCells(sheet: SheetPlan): PlanCell[] {
  return sheet.cells.filter((cell) => cell.formula === undefined && typeof cell.value === 'string' && HOSTILE.some((payload) => (cell.value as string).includes(payload)));
}

export function contextOf(grids: readonly Grid[]): ReadContext {
  return { rules: defaultRuleSet(2022), grids };
}

/** A grid cell as { value, formula } (null for no formula). */
export function cellOf(grid: Grid, cell: { row: number; col: number }): { value: unknown; formula: string | null } {
  return { value: grid.values[cell.row]?.[cell.col] ?? null, formula: grid.formulas?.[cell.row]?.[cell.col] ?? null };
}

/** Each sheet's worksheet XML by sheet name, through workbook.xml and its relationships. */
export async function sheetXml(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = (targets.get(match[2]) ?? '').replace(/^\/?(xl\/)?/, '');
    const name = match[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    sheets.set(name, await zip.file(`xl/${target}`)!.async('string'));
  }
  return sheets;
}

/** The <c> element of a cell in worksheet XML, or undefined. */
export function cellElement(xml: string, cell: { row: number; col: number }): string | undefined {
  const address = cellAddress(cell.row, cell.col);
  return new RegExp(`<c r="${address}"(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];
}
