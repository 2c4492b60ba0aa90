import JSZip from 'jszip';
import { decodeEscapes } from './cell-text';
import { streamXml } from './xml-stream';

/**
 * The shared strings, rich text flattened to its plain text. Phonetic runs (<rPh>, Japanese
 * readings) are not part of the text Excel shows, so they are left out.
 */
export async function sharedStrings(zip: JSZip, path: string | undefined): Promise<string[]> {
  const entry = path ? zip.file(path) : null;
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  await streamXml(entry, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') strings.push(decodeEscapes(current.join('')));
    },
  });
  return strings;
}
