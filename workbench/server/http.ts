/**
 * A minimal HTTP layer: a route table, JSON bodies in and out, and two guards for a server that
 * drives a workbook on a developer's machine: the Host header must name this server (so a web page
 * elsewhere cannot reach it by DNS rebinding) and a POST must be JSON (so a plain HTML form on
 * another site cannot post to it). A route that takes a file takes raw bytes instead, sent as
 * application/octet-stream: no HTML form can send that type, and a script on another site cannot
 * send it without a CORS preflight, which this server never answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A request as a route sees it. */
interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The raw body of a route with `bytes` (absent or null for any other). */
  bytes?: Buffer | null;
  params: string[];
}

/** What a route answers. */
export interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** One route: a method, a path pattern (its groups become params) and a handler. */
export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: (request: Request) => Reply | Promise<Reply>;
  /** The route takes an application/octet-stream body of at most `maxBytes`; `tooLarge` says why more is refused. */
  bytes?: { maxBytes: number; tooLarge: (query: URLSearchParams) => string };
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** A JSON reply. */
export function json(value: unknown, status = 200): Reply {
  return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

/** A reply of some text type. */
export function text(body: string, type = 'text/plain; charset=utf-8', status = 200): Reply {
  return { status, type, body };
}

/** An error that becomes a JSON reply with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'The body is not JSON.');
  }
}

/**
 * A raw body of at most `maxBytes`. A declared length over it is refused before reading; a body that
 * grows past it is read to its end (so the refusal reaches the sender) but not kept.
 */
async function readBytes(request: IncomingMessage, maxBytes: number, tooLarge: string): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > maxBytes) throw new HttpError(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  if (size > maxBytes) throw new HttpError(413, tooLarge);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'content-type': reply.type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  });
  response.end(reply.body);
}

/** True when the Host header names this machine's loopback (any port; the socket is loopback-only). */
function localHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

async function handle(routes: readonly Route[], request: IncomingMessage): Promise<Reply> {
  if (!localHost(request.headers.host)) throw new HttpError(403, 'Unknown host.');
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(url.pathname);
    if (!match) continue;
    let body: unknown = {};
    let bytes: Buffer | null = null;
    const type = request.headers['content-type'] ?? '';
    if (method === 'POST' && route.bytes) {
      if (!type.startsWith('application/octet-stream')) {
        throw new HttpError(415, 'This POST body must be application/octet-stream.');
      }
      bytes = await readBytes(request, route.bytes.maxBytes, route.bytes.tooLarge(url.searchParams));
    } else if (method === 'POST') {
      if (!type.startsWith('application/json')) {
        throw new HttpError(415, 'POST bodies must be application/json.');
      }
      body = await readBody(request);
    }
    return route.handler({
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      bytes,
      params: match.slice(1),
    });
  }
  throw new HttpError(404, `Nothing at ${method} ${url.pathname}.`);
}

/** An HTTP server over `routes`. Errors become JSON `{ error }` replies; unexpected ones are logged. */
export function createHttpServer(routes: readonly Route[], log: (line: string) => void): Server {
  return createServer((request, response) => {
    handle(routes, request).then(
      (reply) => send(response, reply),
      (error: unknown) => {
        if (error instanceof HttpError) {
          send(response, json({ error: error.message }, error.status));
          return;
        }
        log(`Request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        send(response, json({ error: error instanceof Error ? error.message : String(error) }, 500));
      },
    );
  });
}
