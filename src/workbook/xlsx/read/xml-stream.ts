import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/**
 * A part of the package streamed through a SAX parser, so a 40 MB sheet never sits in memory as
 * one string (ExcelJS's own reader needed 510 MB for a 5 MB book; see README.md).
 * Element names come without their prefix ("x:c" is "c"): some writers prefix the main namespace.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export async function streamXml(entry: JSZip.JSZipObject, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  if (handlers.text) {
    const onText = handlers.text.bind(handlers);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const decoder = new TextDecoder('utf-8');
  await eachChunk(entry, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode());
  parser.close();
}

/**
 * JSZip's stream is a readable-stream 2 stream (not async-iterable); a handler that throws
 * (malformed XML, ReadStop) pauses it and rejects, instead of escaping from an event callback.
 */
export function eachChunk(entry: JSZip.JSZipObject, handle: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        handle(chunk);
      } catch (thrown) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(thrown);
      }
    });
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
}

export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** An attribute by its local name, whatever prefix the writer chose ("r:id"). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  const key = Object.keys(attributes).find((candidate) => localName(candidate) === name && candidate.includes(':'));
  return key === undefined ? undefined : attributes[key];
}
