/**
 * Every icon the manifest names is a committed PNG in assets/ of the size Office asks for:
 * IconUrl 32 px, HighResolutionIconUrl 64 px, ribbon images the size their <bt:Image> gives.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { Check, DEV_ORIGIN, ROOT_DIR } from './checks';
import { at, descendants, XmlElement } from './xml';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, or undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkIcon(url: string | undefined, size: number, label: string): string[] {
  if (url === undefined || !url.startsWith(DEV_ORIGIN)) return [`${label}: no icon URL under ${DEV_ORIGIN}`];
  const file = join(ROOT_DIR, url.slice(DEV_ORIGIN.length));
  if (!existsSync(file)) return [`${label}: ${url} has no file in the repository`];
  const found = pngSize(file);
  if (found === undefined) return [`${label}: ${url} is not a PNG`];
  return found.width === size && found.height === size
    ? []
    : [`${label}: ${url} is ${found.width}×${found.height}, not ${size}×${size}`];
}

function imageUrls(manifest: XmlElement): Map<string, string> {
  const images = at(manifest, 'VersionOverrides', 'Resources', 'bt:Images');
  return new Map(
    (images ? descendants(images) : [])
      .filter((element) => element.name === 'bt:Image')
      .map((element) => [element.attributes.id, element.attributes.DefaultValue]),
  );
}

export const iconFiles: Check = (manifest) => {
  const urls = imageUrls(manifest);
  const ribbonImages = descendants(manifest).filter(
    (element) => element.name === 'bt:Image' && element.attributes.resid !== undefined,
  );
  return [
    ...checkIcon(at(manifest, 'IconUrl')?.attributes.DefaultValue, 32, 'IconUrl'),
    ...checkIcon(at(manifest, 'HighResolutionIconUrl')?.attributes.DefaultValue, 64, 'HighResolutionIconUrl'),
    ...(ribbonImages.length === 0 ? ['no ribbon icons found'] : []),
    ...ribbonImages.flatMap((image) =>
      checkIcon(urls.get(image.attributes.resid), Number(image.attributes.size), `bt:Image ${image.attributes.resid}`),
    ),
  ];
};
