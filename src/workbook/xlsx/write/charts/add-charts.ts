import JSZip from 'jszip';
import { posix } from 'path';
import { addOverride, addRelationship, freeRelationshipId, RELATIONSHIPS_NS } from '../../../../export/package-edit';
import { WorkbookPlan } from '../../../../sheets/plan';
import { workbookParts } from '../../read/package-parts';
import { ComputedSheet } from '../computed-values';
import { chartXml } from './chart-xml';
import { drawingXml } from './drawing-xml';

const CHART_TYPE = `${RELATIONSHIPS_NS}/chart`;
const DRAWING_TYPE = `${RELATIONSHIPS_NS}/drawing`;
const CONTENT = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

/** Elements that follow <drawing> in CT_Worksheet (ECMA-376), so <drawing> goes before the first of them. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * ExcelJS 4 writes no charts, so the plan's charts are added to the package it wrote: per sheet
 * with charts a drawing part (xl/drawings/drawingN.xml and its relationships), a chart part per
 * chart (xl/charts/chartN.xml), their content-type overrides, and the sheet's <drawing r:id>.
 * Every other part keeps its bytes. A workbook without charts comes back untouched.
 */
export async function addChartParts(bytes: Buffer, plan: WorkbookPlan, computed: ReadonlyMap<string, ComputedSheet>): Promise<Buffer> {
  const withCharts = plan.sheets.filter((sheet) => (sheet.charts ?? []).length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await workbookParts(zip);
  if (!parts) throw new Error('ExcelJS wrote no workbook part');
  let types = await text(zip, '[Content_Types].xml');
  let chartNumber = 0;
  for (const [index, sheet] of withCharts.entries()) {
    const path = parts.sheets.find((part) => part.name === sheet.name)?.path;
    const values = computed.get(sheet.name);
    if (!path || !values) throw new Error(`no part for sheet ${sheet.name}`);
    const drawing = `xl/drawings/drawing${index + 1}.xml`;
    let drawingRels: string | undefined;
    for (const [n, chart] of (sheet.charts ?? []).entries()) {
      chartNumber += 1;
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPath, chartXml(sheet, chart, values));
      drawingRels = addRelationship(drawingRels, `rId${n + 1}`, CHART_TYPE, `../charts/chart${chartNumber}.xml`);
      types = addOverride(types, `/${chartPath}`, CONTENT.chart);
    }
    zip.file(drawing, drawingXml(sheet.charts ?? []));
    zip.file(`xl/drawings/_rels/drawing${index + 1}.xml.rels`, drawingRels ?? '');
    types = addOverride(types, `/${drawing}`, CONTENT.drawing);
    const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);
    const rels = zip.file(relsPath) ? await text(zip, relsPath) : undefined;
    const id = rels ? freeRelationshipId(rels) : 'rId1';
    zip.file(relsPath, addRelationship(rels, id, DRAWING_TYPE, posix.relative(posix.dirname(path), drawing)));
    zip.file(path, withDrawing(await text(zip, path), id));
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The sheet XML with <drawing r:id> where CT_Worksheet wants it: before the first element that follows it. */
export function withDrawing(sheetXml: string, id: string): string {
  const root = /<((?:[A-Za-z_][\w.-]*:)?)worksheet[\s>]/.exec(sheetXml);
  const prefix = root?.[1] ?? '';
  const element = `<${prefix}drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`;
  const after = AFTER_DRAWING.map((local) => sheetXml.indexOf(`<${prefix}${local}`)).filter((at) => at >= 0);
  const at = after.length > 0 ? Math.min(...after) : sheetXml.lastIndexOf(`</${prefix}worksheet>`);
  if (at < 0) throw new Error('sheet part without </worksheet>');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw new Error(`no part ${path}`);
  return entry.async('string');
}
