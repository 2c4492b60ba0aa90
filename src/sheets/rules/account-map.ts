import { AccountRule, accountRule, LedgerFinding } from '../../domain/ledger';
import { cellOf, Grid, readLabel } from '../grid';
import { formats, PlanCell, SheetPlan } from '../plan';
import { findHeader } from '../reading';

/** The Kontoplan block on FINSAM-regler (DOMAIN.md §8): account or range → budget line, visible for audit. */
export const accountMapLabels = {
  title: 'Kontoplan: bokföringens konton till uppföljningens rader',
  note: 'Ett konto (3010), ett intervall (3000–3099) eller en klass (30xx) per rad; det snävaste som passar gäller. Konton med belopp men utan rad blir fynd, de tappas aldrig. Rader märkta "förslag" är FINSAM:s gissning från kontoklass och kontonamn: kontrollera dem.',
  accounts: 'Konto',
  line: 'Budgetrad',
  name: 'Kontonamn',
  status: 'Status',
  proposed: 'förslag',
  confirmed: 'bekräftad',
  table: 'Kontoplan',
} as const;

export interface AccountMapRow {
  readonly accounts: string;
  readonly line: string;
  readonly name?: string;
  readonly proposed?: boolean;
}

/** The block below the rules sheet's own tables, two rows under its last cell. */
export function withAccountMap(plan: SheetPlan, rows: readonly AccountMapRow[]): SheetPlan {
  const top = plan.cells.reduce((last, cell) => Math.max(last, cell.row), 0) + 2;
  const header = top + 2;
  const cells: PlanCell[] = [
    { row: top, col: 0, value: accountMapLabels.title, style: 'subtitle' },
    { row: top + 1, col: 0, value: accountMapLabels.note, style: 'note' },
    ...[accountMapLabels.accounts, accountMapLabels.line, accountMapLabels.name, accountMapLabels.status].map((value, col): PlanCell => ({ row: header, col, value, style: 'header' })),
  ];
  rows.forEach((row, index) => {
    const at = header + 1 + index;
    cells.push({ row: at, col: 0, value: row.accounts, style: 'input', numberFormat: formats.text });
    cells.push({ row: at, col: 1, value: row.line, style: 'input' });
    if (row.name) cells.push({ row: at, col: 2, value: row.name, style: 'note' });
    cells.push({ row: at, col: 3, value: row.proposed ? accountMapLabels.proposed : accountMapLabels.confirmed, style: 'input' });
  });
  const table = { name: accountMapLabels.table, top: header, left: 0, columns: [accountMapLabels.accounts, accountMapLabels.line, accountMapLabels.name, accountMapLabels.status], bodyRows: Math.max(1, rows.length) };
  const widths = [...plan.columnWidths];
  while (widths.length < 4) widths.push(30);
  return { ...plan, cells: [...plan.cells, ...cells], tables: [...plan.tables, table], columnWidths: widths };
}

export interface ReadAccountMap {
  /** Whether the sheet has a Kontoplan table at all. */
  readonly found: boolean;
  readonly rows: AccountMapRow[];
  readonly rules: AccountRule[];
  readonly findings: LedgerFinding[];
}

/** The Kontoplan rows down to the first blank one; a row that is no account or range is a finding. */
export function readAccountMap(grid: Grid): ReadAccountMap {
  const header = findHeader(grid, [accountMapLabels.accounts, accountMapLabels.line], [accountMapLabels.name, accountMapLabels.status]);
  if (!header) return { found: false, rows: [], rules: [], findings: [] };
  const col = (label: string) => header.columns.get(label);
  const rows: AccountMapRow[] = [];
  const rules: AccountRule[] = [];
  const findings: LedgerFinding[] = [];
  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const text = (label: string) => {
      const at = col(label);
      const cell = at === undefined ? null : cellOf(grid, row, at);
      return typeof cell === 'number' ? String(cell) : readLabel(cell);
    };
    const accounts = text(accountMapLabels.accounts);
    const line = text(accountMapLabels.line);
    if (accounts === '' && line === '') break;
    const rule = accountRule(accounts, line, row - header.row);
    if ('severity' in rule) {
      findings.push({ ...rule, message: `${grid.sheet}!A${row + 1}: ${rule.message}` });
      continue;
    }
    rules.push(rule);
    rows.push({ accounts, line, name: text(accountMapLabels.name) || undefined, proposed: text(accountMapLabels.status) === accountMapLabels.proposed });
  }
  return { found: true, rows, rules, findings };
}
