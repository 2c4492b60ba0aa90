/**
 * The page's only style sheet, inline: A4 for print with each social report area kept on one
 * page where it fits; status colours always come with the status word (readable in grey print).
 */
export const PAGE_STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Liberation Sans", Arial, sans-serif; color: #242424; margin: 24px; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 15pt; margin: 24px 0 8px; border-bottom: 2px solid #0f6cbd; padding-bottom: 2px; }
h3 { font-size: 12.5pt; margin: 16px 0 6px; }
.meta { color: #616161; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9.5pt; }
th, td { border: 1px solid #d1d1d1; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.number { text-align: right; white-space: nowrap; }
.summary { display: flex; gap: 16px; align-items: center; }
.summary p { margin: 0; flex: 1; }
.status { font-weight: 600; white-space: nowrap; }
.status-achieved { background: #dff6dd; color: #0e700e; }
.status-near { background: #fdf0d5; color: #8a5300; }
.status-notAchieved { background: #fde7e9; color: #b10e1c; }
.status-achieved::before { content: "● "; }
.status-near::before { content: "◐ "; }
.status-notAchieved::before { content: "○ "; }
.finding-error { color: #b10e1c; font-weight: 600; }
.none { color: #0e700e; }
@media print {
  body { margin: 0; font-size: 10pt; }
  section.sheet + section.sheet, section.budget, section.findings { break-before: page; }
  section.area { break-inside: avoid; }
  tr, .summary { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
