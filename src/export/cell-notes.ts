import { exportMessages } from '../text/export-messages';
import { cellAddress } from '../sheets/address';
import { Conversion } from './conversion';
import { cellText } from './xml-text';

/** The notes of one sheet's value-instead cells: a comments part, and the VML drawing Excel shows them with. */
export interface NoteParts {
  readonly comments: string;
  readonly vml: string;
}

/** Shapes per VML id block (Excel's o:idmap counts blocks of 1 024 shape ids). */
const BLOCK = 1024;

/** `firstBlock`: a block number no other drawing of the workbook uses. */
export function noteParts(conversions: readonly Conversion[], firstBlock: number): NoteParts {
  const notes = conversions.map((conversion) => ({ row: conversion.row, col: conversion.col, text: exportMessages.cellNote(conversion.oldFormula, conversion.reason ?? '') }));
  const comments =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>FINSAM</author></authors><commentList>' +
    notes.map((note) => `<comment ref="${cellAddress(note.row, note.col)}" authorId="0"><text><r><t xml:space="preserve">${cellText(note.text)}</t></r></text></comment>`).join('') +
    '</commentList></comments>';
  const blocks = Array.from({ length: Math.max(1, Math.ceil((notes.length + 1) / BLOCK)) }, (_, index) => firstBlock + index);
  const shapes = notes.map((note, index) => shape(note.row, note.col, firstBlock * BLOCK + index + 1)).join('');
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`;
  return { comments, vml };
}

/** One hidden note box beside its cell, as Excel draws a note. */
function shape(row: number, col: number, id: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 6}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
