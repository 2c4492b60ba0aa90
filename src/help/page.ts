/** The help page of one function (types.ts): what it does, its arguments, errors and examples. */
import { escapeHtml as h } from './html';
import { HELP_WORKBOOKS } from './workbooks';
import { parseShown, Shown } from './shown';
import { ErrorHelp, ExampleHelp, FunctionHelp } from './types';

const formula = (name: string) => `FINSAM.${name}`;
const code = (text: string) => `<code>${h(text)}</code>`;

/** As Excel's function dialog shows the arguments: their signature names, optional ones in brackets. */
export function excelSyntax(help: FunctionHelp): string {
  return `=${formula(help.name)}(${help.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ')})`;
}

/** As README names the arguments for a Swedish reader. */
export function swedishSyntax(help: FunctionHelp): string {
  return `${help.name}(${help.parameters.map((p) => (p.optional ? `[${p.swedishName}]` : p.swedishName)).join('; ')})`;
}

export function functionMain(help: FunctionHelp): string {
  return [
    `<h1>${h(formula(help.name))}</h1>`,
    `<p class="lead">${h(help.description)}</p>`,
    ...help.details.map((paragraph) => `<p>${h(paragraph)}</p>`),
    '<h2 id="syntax">Syntax</h2>',
    `<pre><code>${h(excelSyntax(help))}</code></pre>`,
    '<p>Excel visar argumentens namn så här, på engelska. Argument inom hakparentes är valfria. Svensk Excel skiljer argumenten med semikolon och skriver decimaler med komma.</p>',
    '<h2 id="argument">Argument</h2>',
    argumentTable(help),
    '<h2 id="resultat">Resultat</h2>',
    `<p>${h(help.returns)}</p>`,
    '<h2 id="fel">Fel</h2>',
    errorSection(help),
    '<h2 id="exempel">Exempel</h2>',
    exampleSection(help),
  ].join('\n');
}

function argumentTable(help: FunctionHelp): string {
  const rows = help.parameters.map(
    (p) => `<tr><th scope="row">${code(p.name)}</th><td>${h(p.swedishName)}</td><td>${p.optional ? 'Valfritt' : 'Krävs'}</td><td>${h(p.description)}</td></tr>`,
  );
  return table(`Argumenten till ${formula(help.name)}`, ['Argument i Excel', 'På svenska', 'Krävs', 'Beskrivning'], rows);
}

/** How Swedish Excel shows the error codes (as HyperFormula's svSE language, which follows Excel); files store the English codes. */
const SWEDISH_ERROR: Readonly<Record<ErrorHelp['code'], string>> = { '#VALUE!': '#VÄRDEFEL!', '#DIV/0!': '#DIVISION/0!', '#N/A': '#SAKNAS!' };

function errorSection(help: FunctionHelp): string {
  const intro =
    '<p>Fel indata ger aldrig ett tal utan ett Excel-fel med ett meddelande som säger vad som är fel och var, räknat från 1 inom argumentet. Svensk Excel visar felen som #VÄRDEFEL! (#VALUE!), #SAKNAS! (#N/A) och #DIVISION/0! (#DIV/0!). Meddelandet visas vid #VÄRDEFEL! och #SAKNAS! (peka på felet i cellen). Vid #DIVISION/0! visar Excel bara felkoden; meddelandet syns i FINSAM:s kontroll och i <code>finsam eval</code>.</p>';
  const rows = help.errors.map((error: ErrorHelp) => `<tr><th scope="row">${h(SWEDISH_ERROR[error.code])} (${h(error.code)})</th><td>${h(error.when)}</td><td>${code(error.formula)}</td><td>${h(error.message)}</td></tr>`);
  return `${intro}\n${table(`Fel från ${formula(help.name)}`, ['Fel', 'När', 'Exempel', 'Meddelande'], rows)}`;
}

function exampleSection(help: FunctionHelp): string {
  const constant = help.examples.filter((example) => !example.on);
  const onTables = help.examples.filter((example) => example.on);
  const parts = [
    '<h3>Med värden i formeln</h3>',
    '<p>Klistra in formeln i en cell i svensk Excel. <code>{10;10;6}</code> är en kolumn med tre värden.</p>',
    table('Exempel med värden', ['Formel', 'Resultat', 'Förklaring'], constant.map((example) => exampleRow(example, false))),
  ];
  if (onTables.length > 0) {
    parts.push(
      '<h3>På tabellerna som FINSAM bygger</h3>',
      '<p><code>Tabell[Kolumn]</code> är hela kolumnen i tabellen; <code>[@Kolumn]</code> är värdet på formelns egen rad och skrivs i en cell på tabellens rad. Kolumnnamn med mellanslag skrivs <code>[@[Kolumn med mellanslag]]</code>.</p>',
      ...workbooksOf(onTables).map((key) => `<p>${h(HELP_WORKBOOKS[key]?.description ?? key)}</p>`),
      table('Exempel med tabellreferenser', ['Formel', 'Resultat', 'Var', 'Förklaring'], onTables.map((example) => exampleRow(example, true))),
    );
  }
  return parts.join('\n');
}

function workbooksOf(examples: readonly ExampleHelp[]): string[] {
  return [...new Set(examples.map((example) => example.on?.workbook ?? ''))];
}

function exampleRow(example: ExampleHelp, withPlace: boolean): string {
  const place = example.on ? `Bladet ${example.on.sheet}${example.on.cell ? `, cell ${example.on.cell}` : ''}` : '';
  const cells = [`<th scope="row">${code(example.formula)}</th>`, `<td>${shownHtml(parseShown(example.result))}</td>`, ...(withPlace ? [`<td>${h(place)}</td>`] : []), `<td>${h(example.explanation)}</td>`];
  return `<tr>${cells.join('')}</tr>`;
}

/** A spilled result as the cells it fills; a single value as Excel shows it. */
function shownHtml(shown: Shown): string {
  if (shown.kind === 'array') {
    const rows = shown.rows.map((row) => `<tr>${row.map((cell) => `<td>${h(cellText(cell))}</td>`).join('')}</tr>`);
    return `<table class="spill"><caption>Spillt resultat, ${shown.rows.length} rader</caption><tbody>${rows.join('')}</tbody></table>`;
  }
  return h(cellText(shown));
}

function cellText(shown: Shown): string {
  if (shown.kind === 'text') return shown.value === '' ? '(tom text)' : shown.value;
  return shown.text;
}

function table(caption: string, headers: readonly string[], rows: readonly string[]): string {
  const head = `<thead><tr>${headers.map((header) => `<th scope="col">${h(header)}</th>`).join('')}</tr></thead>`;
  return `<table><caption>${h(caption)}</caption>${head}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
