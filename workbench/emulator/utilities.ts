/** Utilities, Logger and console. Sleeping advances the emulated clock; nothing really waits. */
import { randomUUID } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import { asGas, type EmulatorContext } from './context';
import { formatDate } from './dateFormat';
import { Charset } from './enums';

type Utilities = GoogleAppsScript.Utilities.Utilities;
type Blob = GoogleAppsScript.Base.Blob;

/** Apps Script bytes are signed (-128..127). */
function toSigned(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
}

/** Java String.format's common conversions: %s, %d, %f, %.Nf, %%. */
function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return template.replace(/%(\.(\d+))?([sdf%])/g, (_m, _p, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const arg = args[i++];
    if (conv === 'd') return String(Math.trunc(Number(arg)));
    if (conv === 'f') return Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
    return String(arg);
  });
}

class FakeBlob
  implements
    Pick<Blob, 'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName'>
{
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return asGas(this);
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return asGas(this);
  }
}

/** The Utilities global. */
export function createUtilities(ctx: EmulatorContext): Utilities {
  const service: Pick<
    Utilities,
    | 'Charset'
    | 'formatDate'
    | 'formatString'
    | 'getUuid'
    | 'sleep'
    | 'base64Encode'
    | 'base64Decode'
    | 'base64EncodeWebSafe'
    | 'base64DecodeWebSafe'
    | 'newBlob'
  > = {
    Charset: asGas(Charset),
    formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, pattern: string) =>
      formatDate(date, timeZone, pattern),
    formatString,
    getUuid: () => randomUUID(),
    sleep: (ms: number) => {
      if (ms > 300000) throw new Error('Invalid argument: milliseconds');
      ctx.advance(ms);
    },
    base64Encode: (data: string | number[]) => toBuffer(data).toString('base64'),
    base64Decode: (encoded: string) => toSigned(Buffer.from(encoded, 'base64')),
    base64EncodeWebSafe: (data: string | number[]) =>
      toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64DecodeWebSafe: (encoded: string) => toSigned(Buffer.from(encoded, 'base64url')),
    newBlob: (data: string | number[], contentType?: string, name?: string) =>
      asGas(ctx.track(new FakeBlob(toBuffer(data), contentType ?? null, name ?? null), 'Blob')),
  };
  return asGas(ctx.track(service, 'Utilities'));
}

function line(args: unknown[]): string {
  return nodeFormat(...args);
}

/** The Logger global; lines go to emulator.logs. */
export function createLogger(ctx: EmulatorContext): GoogleAppsScript.Base.Logger {
  const logger: GoogleAppsScript.Base.Logger = {
    log: (data?: unknown, ...values: unknown[]) => {
      const text = typeof data === 'string' && values.length ? formatString(data, ...values) : line([data]);
      ctx.logs.push(text);
      return asGas(proxy);
    },
    getLog: () => ctx.logs.join('\n'),
    clear: () => {
      ctx.logs.length = 0;
    },
  };
  const proxy = ctx.track(logger, 'Logger');
  return proxy;
}

/** The console global of Apps Script's V8 runtime; warnings and errors are prefixed in emulator.logs. */
export function createConsole(ctx: EmulatorContext): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const make =
    (prefix: string) =>
    (...args: unknown[]) => {
      ctx.logs.push(prefix + line(args));
    };
  return ctx.track(
    { log: make(''), info: make(''), warn: make('[warn] '), error: make('[error] ') },
    'console',
  );
}
