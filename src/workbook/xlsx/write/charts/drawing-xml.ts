import { escapeXml } from '../../../../export/xml-text';
import { PlanChart } from '../../../../sheets/plan';

/**
 * The drawing part of one sheet (xl/drawings/drawingN.xml): each chart in a frame anchored to
 * cells (two-cell anchor from its place's top-left to past its bottom-right), pointing at its
 * chart part through the drawing's relationship `rId{n}` (n from 1, in the charts' order).
 */
export function drawingXml(charts: readonly PlanChart[]): string {
  const anchors = charts.map((chart, index) => {
    const { row, col, width, height } = chart.place;
    const marker = (tag: string, r: number, c: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', row, col) +
      marker('to', row + height, col + width) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(`Diagram ${index + 1}: ${chart.title}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}
