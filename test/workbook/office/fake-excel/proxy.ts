import { FakeDocument } from './state';

/**
 * The proxy-object model of Office.js (docs: develop/application-specific-api-model.md): a
 * call or a property write only queues a statement; `context.sync()` runs the queue in order;
 * a property is readable only after `load` and a sync. Reading too early throws as
 * office-addin-mock does ("Error, property was not loaded", "Error, context.sync() was not
 * called").
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; statement?: string };

  constructor(
    readonly code: string,
    message: string,
    statement?: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, statement };
  }
}

export interface Statement {
  readonly text: string;
  /** Changes the document (edit mode and protection refuse these). */
  readonly writes: boolean;
  readonly sheetId?: () => string | undefined;
  readonly run: () => void;
}

export interface Host {
  readonly document: FakeDocument;
  sync(statements: Statement[]): void;
}

export class Queue {
  statements: Statement[] = [];

  constructor(readonly host: Host) {}

  get document(): FakeDocument {
    return this.host.document;
  }

  add(statement: Statement): void {
    this.statements.push(statement);
  }
}

export abstract class Proxy {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly queue: Queue,
    protected readonly type: string,
  ) {}

  /** Queues the load of "name", "items/name", "worksheet/name" … (comma-separated or an array). */
  load(properties: string | string[]): this {
    const paths = (Array.isArray(properties) ? properties : properties.split(',')).map((path) => path.trim()).filter(Boolean);
    for (const path of paths) this.requested.add(path.split('/')[0]);
    this.queue.add({ text: `${this.type}.load(${paths.join(',')})`, writes: false, run: () => this.capture(paths) });
    return this;
  }

  /** Runs at sync: copies the document's current values into this proxy. */
  capture(paths: readonly string[]): void {
    const heads = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      this.requested.add(head);
      heads.set(head, [...(heads.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    }
    for (const [head, rest] of heads) this.loaded.set(head, this.current(head, rest));
  }

  protected property<T>(name: string): T {
    if (!this.requested.has(name)) throw new Error(`Error, property was not loaded: ${this.type}.${name}`);
    if (!this.loaded.has(name)) throw new Error(`Error, context.sync() was not called: ${this.type}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** The document's value of a property now; `rest` are the sub-paths of a navigation property. */
  protected abstract current(name: string, rest: readonly string[]): unknown;

  protected write(text: string, run: () => void, sheetId?: () => string | undefined): void {
    this.queue.add({ text: `${this.type}.${text}`, writes: true, sheetId, run });
  }

  protected navigate(text: string, run: () => void): void {
    this.queue.add({ text: `${this.type}.${text}`, writes: false, run });
  }
}

export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}
