import JSZip from 'jszip';
import { posix } from 'path';
import { attribute, streamXml } from './xml-stream';

/** The parts of an .xlsx package that a grid needs, found through its relationships (ECMA-376 part 2). */
export interface WorkbookParts {
  readonly zip: JSZip;
  readonly sheets: readonly { readonly name: string; readonly path: string }[];
  readonly sharedStringsPath?: string;
  readonly stylesPath?: string;
  readonly date1904: boolean;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Undefined when the zip holds no spreadsheet (a .docx, a plain zip, an .xlsb). */
export async function workbookParts(zip: JSZip): Promise<WorkbookParts | undefined> {
  const root = await relationships(zip, '_rels/.rels', '');
  const workbookPath = [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = zip.file(workbookPath);
  if (!workbook || !workbookPath.endsWith('.xml')) return undefined;
  const base = posix.dirname(workbookPath);
  const rels = await relationships(zip, posix.join(base, '_rels', `${posix.basename(workbookPath)}.rels`), base);
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  await streamXml(workbook, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name === 'sheet') listed.push({ name: attributes.name ?? '', id: attribute(attributes, 'id') ?? '' });
    },
  });
  // Chart sheets and dialog sheets have no cells; only worksheets become grids.
  const sheets = listed.flatMap(({ name, id }) => {
    const rel = rels.get(id);
    return rel?.type.endsWith('/worksheet') && zip.file(rel.target) ? [{ name, path: rel.target }] : [];
  });
  const targetOf = (suffix: string) => [...rels.values()].find((rel) => rel.type.endsWith(suffix))?.target;
  return { zip, sheets, sharedStringsPath: targetOf('/sharedStrings'), stylesPath: targetOf('/styles'), date1904 };
}

/** A relationships part as id → (type, target resolved to a path inside the zip). */
async function relationships(zip: JSZip, path: string, base: string): Promise<Map<string, Relationship>> {
  const entry = zip.file(path);
  const found = new Map<string, Relationship>();
  if (!entry) return found;
  await streamXml(entry, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      found.set(attributes.Id ?? '', { type: attributes.Type ?? '', target: resolve(base, attributes.Target ?? '') });
    },
  });
  return found;
}

function resolve(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
  return posix.normalize(path).replace(/^\.\//, '');
}
