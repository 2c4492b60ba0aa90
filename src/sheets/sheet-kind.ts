import { RuleSet } from '../domain';
import { Finding } from './findings';
import { Grid } from './grid';
import { SheetKind, SheetPlan } from './plan';

/** What every sheet kind provides: a plan from its model, a reader back, and its checks. */
export interface SheetKindModule<Model> {
  readonly kind: SheetKind;
  /** The Swedish sheet name the plan uses by default ("Budget", "Social budget" …). */
  readonly defaultName: string;
  /** Whether a grid looks like this kind (its title or headers), whatever the sheet is called. */
  detect(grid: Grid): boolean;
  /**
   * For a grid no kind detects: why it looks like this kind but cannot be read, with the cell
   * where reading stopped (error findings); empty when it does not look like this kind.
   */
  unreadable?(grid: Grid): readonly Finding[];
  plan(model: Model, sheetName?: string): SheetPlan;
  /** The model back from a grid, or findings saying precisely what could not be read. */
  read(grid: Grid, context: ReadContext): ReadResult<Model>;
  /** Findings on the sheet as it is now. */
  validate(grid: Grid, context: ReadContext): Finding[];
}

export interface ReadContext {
  /** The rule set of the workbook (sheet FINSAM-regler), or the defaults of the year. */
  readonly rules: RuleSet;
  /** Every sheet of the workbook, for checks across sheets. */
  readonly grids: readonly Grid[];
}

export type ReadResult<Model> = { readonly ok: true; readonly model: Model; readonly findings: readonly Finding[] } | { readonly ok: false; readonly findings: readonly Finding[] };

/** A scan's outcome as the sheets' scanners return it: what was read, or the reader's findings. */
export type ScanOutcome<Model> = { readonly ok: true; readonly scan: { readonly model: Model } } | { readonly ok: false; readonly reader: { readonly findings: readonly Finding[] } };

/** The model back from a scan; what cannot be read is a finding, never a guess. */
export function readScanned<Model>(scanned: ScanOutcome<Model>): ReadResult<Model> {
  return scanned.ok ? { ok: true, model: scanned.scan.model, findings: [] } : { ok: false, findings: scanned.reader.findings };
}
