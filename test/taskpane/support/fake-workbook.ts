import { Grid } from '../../../src/sheets/grid';
import { CellContent, SheetPlan } from '../../../src/sheets/plan';
import { ApplyOptions, ApplyResult, WorkbookPort } from '../../../src/workbook/port';

/**
 * An in-memory Workbook port for the pane's tests: sheets as grids in tab order, every call
 * recorded. A plan becomes a grid of its literal values (formulas as text, no calculation).
 */
export class FakeWorkbook implements WorkbookPort {
  readonly applied: { plan: SheetPlan; options: ApplyOptions }[] = [];
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly reads: (readonly string[] | undefined)[] = [];
  /** When set, the next writes fail with this Swedish reason, leaving the sheets as they were. */
  failWith?: string;
  private grids: Grid[];

  constructor(grids: readonly Grid[] = []) {
    this.grids = [...grids];
  }

  async sheetNames(): Promise<string[]> {
    return this.grids.map((grid) => grid.sheet);
  }

  async readGrids(sheets?: readonly string[]): Promise<Grid[]> {
    this.reads.push(sheets);
    return this.grids.filter((grid) => !sheets || sheets.includes(grid.sheet));
  }

  async applyPlan(plan: SheetPlan, options: ApplyOptions): Promise<ApplyResult> {
    this.applied.push({ plan, options });
    const exists = this.grids.some((grid) => grid.sheet === plan.name);
    if (exists && options.existing === 'fail') return { ok: false, reason: 'exists', message: `Bladet ${plan.name} finns redan.` };
    if (this.failWith) return { ok: false, reason: 'failed', message: this.failWith };
    let keptCopy: string | undefined;
    if (exists) {
      keptCopy = this.freeName(`${plan.name} (gammal)`);
      this.grids = this.grids.map((grid) => (grid.sheet === plan.name ? { ...grid, sheet: keptCopy! } : grid));
    }
    this.grids.push(gridOfPlan(plan));
    return keptCopy ? { ok: true, sheet: plan.name, keptCopy } : { ok: true, sheet: plan.name };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
  }

  grid(sheet: string): Grid | undefined {
    return this.grids.find((grid) => grid.sheet === sheet);
  }

  private freeName(base: string): string {
    const taken = new Set(this.grids.map((grid) => grid.sheet));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) {
      const name = base.replace(/\)$/, ` ${n})`);
      if (!taken.has(name)) return name;
    }
  }
}

export function gridOfPlan(plan: SheetPlan): Grid {
  const rows = Math.max(0, ...plan.cells.map((cell) => cell.row + 1));
  const cols = Math.max(0, ...plan.cells.map((cell) => cell.col + 1));
  const values: CellContent[][] = Array.from({ length: rows }, () => Array<CellContent>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const cell of plan.cells) {
    values[cell.row][cell.col] = cell.value ?? null;
    formulas[cell.row][cell.col] = cell.formula ?? null;
  }
  return { sheet: plan.name, values, formulas };
}

/** A Storage in memory for persistence tests that need a fresh one. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
