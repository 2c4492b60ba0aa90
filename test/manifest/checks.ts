/**
 * The invariants of manifest.xml (ADDIN.md §2), one function each. A check returns the
 * problems it finds, so a test can show both that the real manifest passes and that each
 * check catches the mistake it exists for.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTION_NAMESPACE } from '../../src/taskpane/formula';
import { at, childrenNamed, descendants, XmlElement } from './xml';

export const ROOT_DIR = join(__dirname, '..', '..');
export const DEV_ORIGIN = 'https://localhost:3000/';
const SHARED_PAGE = 'Taskpane.Url';
const NAMESPACE_MAX_LENGTH = 32;
const SHORT_STRING_MAX_LENGTH = 125;
const LONG_STRING_MAX_LENGTH = 250;

type Resource = { readonly kind: string; readonly value: string };
export type Check = (manifest: XmlElement) => string[];

const problemIf = (condition: boolean, problem: string): string[] => (condition ? [problem] : []);

function resources(manifest: XmlElement): Map<string, Resource> {
  const found = new Map<string, Resource>();
  const resourceElement = at(manifest, 'VersionOverrides', 'Resources');
  for (const element of resourceElement ? descendants(resourceElement) : []) {
    if (['bt:Url', 'bt:String', 'bt:Image'].includes(element.name) && element.attributes.id) {
      found.set(element.attributes.id, { kind: element.name, value: element.attributes.DefaultValue ?? '' });
    }
  }
  return found;
}

function workbookHost(manifest: XmlElement): XmlElement | undefined {
  return childrenNamed(at(manifest, 'VersionOverrides', 'Hosts'), 'Host').find(
    (host) => host.attributes['xsi:type'] === 'Workbook',
  );
}

function customFunctions(manifest: XmlElement): XmlElement | undefined {
  return childrenNamed(at(workbookHost(manifest), 'AllFormFactors'), 'ExtensionPoint').find(
    (point) => point.attributes['xsi:type'] === 'CustomFunctions',
  );
}

function urlOf(manifest: XmlElement, element: XmlElement | undefined): string | undefined {
  const resid = element?.attributes.resid;
  return resid === undefined ? undefined : resources(manifest).get(resid)?.value;
}

export const sharedRuntimeRequirement: Check = (manifest) => {
  const sets = childrenNamed(at(manifest, 'Requirements', 'Sets'), 'Set');
  const shared = sets.find((set) => set.attributes.Name === 'SharedRuntime');
  return problemIf(shared?.attributes.MinVersion !== '1.1', 'Requirements lack <Set Name="SharedRuntime" MinVersion="1.1"/>');
};

export const runtimeFirstInHost: Check = (manifest) => {
  const host = workbookHost(manifest);
  if (host === undefined) return ['VersionOverrides has no Workbook host'];
  const runtimes = childrenNamed(at(host, 'Runtimes'), 'Runtime');
  return [
    ...problemIf(host.children[0]?.name !== 'Runtimes', 'Runtimes is not the first child of the Workbook host'),
    ...problemIf(runtimes.length !== 1, `expected one Runtime, found ${runtimes.length}`),
    ...problemIf(runtimes[0]?.attributes.resid !== SHARED_PAGE, `Runtime resid is not ${SHARED_PAGE}`),
    ...problemIf(runtimes[0]?.attributes.lifetime !== 'long', 'Runtime lifetime is not "long"'),
  ];
};

export const onePageForEverything: Check = (manifest) => {
  const host = workbookHost(manifest);
  const actions = descendants(host ?? manifest).filter((element) => element.name === 'Action');
  const defaultPage = at(manifest, 'DefaultSettings', 'SourceLocation')?.attributes.DefaultValue;
  return [
    ...problemIf(at(customFunctions(manifest), 'Page', 'SourceLocation')?.attributes.resid !== SHARED_PAGE, `custom functions Page does not use ${SHARED_PAGE}`),
    ...problemIf(at(host, 'DesktopFormFactor', 'FunctionFile')?.attributes.resid !== SHARED_PAGE, `FunctionFile does not use ${SHARED_PAGE}`),
    ...problemIf(actions.length === 0, 'no ribbon Action opens the task pane'),
    ...actions.flatMap((action) => [
      ...problemIf(at(action, 'SourceLocation')?.attributes.resid !== SHARED_PAGE, `an Action does not use ${SHARED_PAGE}`),
      ...problemIf(at(action, 'TaskpaneId') !== undefined, 'an Action has a TaskpaneId (one task pane in a shared runtime)'),
    ]),
    ...problemIf(defaultPage === undefined || defaultPage !== resources(manifest).get(SHARED_PAGE)?.value, 'DefaultSettings SourceLocation is not the shared page'),
  ];
};

export const customFunctionFiles: Check = (manifest) => {
  const point = customFunctions(manifest);
  if (point === undefined) return ['no CustomFunctions extension point in the Workbook host'];
  return [
    ...problemIf(!urlOf(manifest, at(point, 'Script', 'SourceLocation'))?.endsWith('/functions.js'), 'Script does not point to functions.js'),
    ...problemIf(!urlOf(manifest, at(point, 'Metadata', 'SourceLocation'))?.endsWith('/functions.json'), 'Metadata does not point to functions.json'),
  ];
};

export const functionNamespace: Check = (manifest) => {
  const resid = at(customFunctions(manifest), 'Namespace')?.attributes.resid;
  const shortString = childrenNamed(at(manifest, 'VersionOverrides', 'Resources', 'bt:ShortStrings'), 'bt:String').find(
    (element) => element.attributes.id === resid,
  );
  const namespace = shortString?.attributes.DefaultValue ?? '';
  return [
    ...problemIf(resid !== 'Functions.Namespace', 'Namespace resid is not Functions.Namespace'),
    ...problemIf(namespace !== FUNCTION_NAMESPACE, `namespace "${namespace}" is not ${FUNCTION_NAMESPACE} (src/taskpane/formula.ts)`),
    ...problemIf(namespace.length === 0 || namespace.length > NAMESPACE_MAX_LENGTH, `namespace "${namespace}" is not 1–${NAMESPACE_MAX_LENGTH} characters`),
  ];
};

export const readWritePermission: Check = (manifest) =>
  problemIf(at(manifest, 'Permissions')?.text !== 'ReadWriteDocument', 'Permissions is not ReadWriteDocument');

const RESID_KINDS: Readonly<Record<string, string>> = {
  'bt:Image': 'bt:Image',
  SourceLocation: 'bt:Url',
  Runtime: 'bt:Url',
  FunctionFile: 'bt:Url',
  LearnMoreUrl: 'bt:Url',
  Label: 'bt:String',
  Title: 'bt:String',
  Description: 'bt:String',
  Namespace: 'bt:String',
};

export const residsResolve: Check = (manifest) => {
  const defined = resources(manifest);
  const referring = descendants(manifest).filter((element) => element.attributes.resid !== undefined);
  return [
    ...problemIf(referring.length === 0, 'no resid references found'),
    ...referring.flatMap((element) => {
      const resid = element.attributes.resid;
      const resource = defined.get(resid);
      if (resource === undefined) return [`<${element.name} resid="${resid}"> refers to nothing`];
      const expected = RESID_KINDS[element.name];
      return problemIf(expected !== resource.kind, `<${element.name} resid="${resid}"> needs a ${expected}, not a ${resource.kind}`);
    }),
  ];
};

export const stringLengths: Check = (manifest) => {
  const limits: [string, number][] = [['bt:ShortStrings', SHORT_STRING_MAX_LENGTH], ['bt:LongStrings', LONG_STRING_MAX_LENGTH]];
  return limits.flatMap(([group, limit]) =>
    descendants(at(manifest, 'VersionOverrides', 'Resources', group) ?? manifest)
      .flatMap((element) => [element.attributes.DefaultValue, element.attributes.Value])
      .filter((value): value is string => value !== undefined && value.length > limit)
      .map((value) => `${group} entry longer than ${limit} characters: "${value.slice(0, 40)}…"`),
  );
};

const URL_ELEMENTS = ['bt:Url', 'bt:Image', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'];

export const devServerUrls: Check = (manifest) => {
  const urls = descendants(manifest)
    .filter((element) => URL_ELEMENTS.includes(element.name))
    .flatMap((element) => [element, ...childrenNamed(element, 'Override'), ...childrenNamed(element, 'bt:Override')])
    .flatMap((element) => [element.attributes.DefaultValue, element.attributes.Value])
    .filter((value): value is string => value !== undefined);
  return [
    ...problemIf(urls.length === 0, 'no URLs found'),
    ...urls.filter((url) => !url.startsWith(DEV_ORIGIN)).map((url) => `${url} is not under ${DEV_ORIGIN}`),
  ];
};

export const identity: Check = (manifest) => {
  const packageVersion = (JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  return [
    ...problemIf(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(at(manifest, 'Id')?.text ?? ''), 'Id is not a GUID'),
    ...problemIf(at(manifest, 'Version')?.text !== `${packageVersion}.0`, `Version is not ${packageVersion}.0 (package.json)`),
    ...problemIf(at(manifest, 'ProviderName')?.text !== 'FINSAM', 'ProviderName is not FINSAM'),
    ...problemIf(at(manifest, 'DisplayName')?.attributes.DefaultValue !== 'FINSAM för Excel', 'DisplayName is not "FINSAM för Excel"'),
    ...problemIf(at(manifest, 'Hosts', 'Host')?.attributes.Name !== 'Workbook', 'the add-in is not for Workbook (Excel)'),
  ];
};
