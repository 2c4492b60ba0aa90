/**
 * manifest.xml keeps the shared-runtime invariants of ADDIN.md §2. Offline on purpose:
 * `office-addin-manifest validate` posts the XML to a Microsoft service (ADDIN.md §3).
 * The second block breaks the manifest once per check, so no check can pass vacuously.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { XMLValidator } from 'fast-xml-parser';
import {
  Check,
  customFunctionFiles,
  devServerUrls,
  functionNamespace,
  identity,
  onePageForEverything,
  readWritePermission,
  residsResolve,
  ROOT_DIR,
  runtimeFirstInHost,
  sharedRuntimeRequirement,
  stringLengths,
} from './manifest/checks';
import { iconFiles } from './manifest/icons';
import { parseXml } from './manifest/xml';

const MANIFEST = readFileSync(join(ROOT_DIR, 'manifest.xml'), 'utf8');

const CHECKS: Readonly<Record<string, Check>> = {
  'requires SharedRuntime 1.1': sharedRuntimeRequirement,
  'puts a long-lived Runtime on Taskpane.Url first in the Workbook host': runtimeFirstInHost,
  'points Page, FunctionFile, the ribbon action and the default page at Taskpane.Url': onePageForEverything,
  'loads functions.js and functions.json for the custom functions': customFunctionFiles,
  'uses the namespace FINSAM, at most 32 characters': functionNamespace,
  'asks for ReadWriteDocument': readWritePermission,
  'resolves every resid to a defined resource of the right kind': residsResolve,
  'keeps short strings to 125 and long strings to 250 characters': stringLengths,
  'serves every URL from https://localhost:3000/': devServerUrls,
  'carries a GUID, the package version and the FINSAM names': identity,
  'names committed PNG icons of the right sizes': iconFiles,
};

function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`mutation found nothing to replace: ${String(search)}`);
  return changed;
}

const RUNTIMES = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
const runtimesMovedLast = (xml: string) =>
  replaceOnce(replaceOnce(xml, RUNTIMES, ''), '</DesktopFormFactor>', `</DesktopFormFactor>${RUNTIMES.exec(xml)?.[0]}`);

// [check, what breaks, how]: each mutation must make exactly that check report a problem.
const MUTATIONS: [string, string, (xml: string) => string][] = [
  ['requires SharedRuntime 1.1', 'the SharedRuntime set removed', (xml) => replaceOnce(xml, '<Set Name="SharedRuntime" MinVersion="1.1"/>', '')],
  ['requires SharedRuntime 1.1', 'SharedRuntime 1.0', (xml) => replaceOnce(xml, 'Name="SharedRuntime" MinVersion="1.1"', 'Name="SharedRuntime" MinVersion="1.0"')],
  ['puts a long-lived Runtime on Taskpane.Url first in the Workbook host', 'lifetime short', (xml) => replaceOnce(xml, 'lifetime="long"', 'lifetime="short"')],
  ['puts a long-lived Runtime on Taskpane.Url first in the Workbook host', 'Runtimes last', runtimesMovedLast],
  ['puts a long-lived Runtime on Taskpane.Url first in the Workbook host', 'Runtime on another URL', (xml) => replaceOnce(xml, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"')],
  ['points Page, FunctionFile, the ribbon action and the default page at Taskpane.Url', 'Page on functions.js', (xml) => replaceOnce(xml, /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>')],
  ['points Page, FunctionFile, the ribbon action and the default page at Taskpane.Url', 'FunctionFile on functions.js', (xml) => replaceOnce(xml, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>')],
  ['points Page, FunctionFile, the ribbon action and the default page at Taskpane.Url', 'a TaskpaneId', (xml) => replaceOnce(xml, '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId1</TaskpaneId>')],
  ['points Page, FunctionFile, the ribbon action and the default page at Taskpane.Url', 'another default page', (xml) => replaceOnce(xml, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="https://localhost:3000/other.html"/>')],
  ['loads functions.js and functions.json for the custom functions', 'metadata renamed', (xml) => replaceOnce(xml, '3000/functions.json', '3000/metadata.json')],
  ['uses the namespace FINSAM, at most 32 characters', 'a 33-character namespace', (xml) => replaceOnce(xml, 'id="Functions.Namespace" DefaultValue="FINSAM"', `id="Functions.Namespace" DefaultValue="${'F'.repeat(33)}"`)],
  ['uses the namespace FINSAM, at most 32 characters', 'another namespace', (xml) => replaceOnce(xml, 'id="Functions.Namespace" DefaultValue="FINSAM"', 'id="Functions.Namespace" DefaultValue="CONTOSO"')],
  ['asks for ReadWriteDocument', 'ReadDocument', (xml) => replaceOnce(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>')],
  ['resolves every resid to a defined resource of the right kind', 'a misspelt resid', (xml) => replaceOnce(xml, '<Label resid="Finsam.Group.Label"/>', '<Label resid="Finsam.Group.Labl"/>')],
  ['resolves every resid to a defined resource of the right kind', 'a string where a URL belongs', (xml) => replaceOnce(xml, '<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>', '<LearnMoreUrl resid="GetStarted.Title"/>')],
  ['keeps short strings to 125 and long strings to 250 characters', 'a long tooltip', (xml) => replaceOnce(xml, 'DefaultValue="Öppna FINSAM-panelen', `DefaultValue="${'x'.repeat(250)}`)],
  ['serves every URL from https://localhost:3000/', 'plain http', (xml) => replaceOnce(xml, 'https://localhost:3000/functions.js', 'http://localhost:3000/functions.js')],
  ['serves every URL from https://localhost:3000/', 'another port', (xml) => replaceOnce(xml, 'https://localhost:3000/assets/icon-80.png', 'https://localhost:8080/assets/icon-80.png')],
  ['carries a GUID, the package version and the FINSAM names', 'a version ahead of package.json', (xml) => replaceOnce(xml, '<Version>0.1.0.0</Version>', '<Version>0.2.0.0</Version>')],
  ['carries a GUID, the package version and the FINSAM names', 'a broken Id', (xml) => replaceOnce(xml, /<Id>[^<]*<\/Id>/, '<Id>FINSAM</Id>')],
  ['names committed PNG icons of the right sizes', 'a missing icon file', (xml) => replaceOnce(xml, 'assets/icon-80.png', 'assets/icon-81.png')],
  ['names committed PNG icons of the right sizes', 'a 64 px icon as IconUrl', (xml) => replaceOnce(xml, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>')],
];

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
  });

  const manifest = parseXml(MANIFEST);
  it.each(Object.keys(CHECKS))('%s', (name) => {
    expect(CHECKS[name](manifest)).toEqual([]);
  });
});

describe('each manifest check catches its mistake', () => {
  it('has at least one mutation per check', () => {
    const covered = new Set(MUTATIONS.map(([check]) => check));
    expect(Object.keys(CHECKS).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(MUTATIONS)('%s: fails on %s', (check, _mistake, mutate) => {
    expect(CHECKS[check]).toBeDefined();
    expect(CHECKS[check](parseXml(mutate(MANIFEST)))).not.toEqual([]);
  });

  it('rejects XML that is not well-formed', () => {
    expect(XMLValidator.validate(MANIFEST.replace('</Permissions>', ''))).not.toBe(true);
  });
});
