import { exportMessages } from '../text/export-messages';
import { cellAddress, columnLetters } from '../sheets/address';
import { Conversion } from './conversion';
import { cellText } from './xml-text';

const WIDTHS = [22, 8, 60, 80, 60];

/**
 * The sheet "Konverterat" as a worksheet part of its own: sheet, cell, old formula, new formula
 * (or "värde") and the reason, one row per converted cell. Inline strings, so the shared strings
 * stay as they were, and a formula written here is text that no program ever parses.
 */
export function conversionSheetXml(conversions: readonly Conversion[]): string {
  const rows: string[][] = [[...exportMessages.conversionColumns]];
  for (const conversion of conversions) {
    rows.push([conversion.sheet, cellAddress(conversion.row, conversion.col), conversion.oldFormula, conversion.newFormula ?? exportMessages.valueInstead, conversion.reason ?? '']);
  }
  if (conversions.length === 0) rows.push([exportMessages.nothingConverted()]);
  const data = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => textCell(r, c, text)).join('')}</row>`).join('');
  const cols = WIDTHS.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${columnLetters(Math.max(...rows.map((cells) => cells.length)) - 1)}${rows.length}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${data}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function textCell(row: number, col: number, text: string): string {
  return `<c r="${cellAddress(row, col)}" t="inlineStr"><is><t xml:space="preserve">${cellText(text)}</t></is></c>`;
}
