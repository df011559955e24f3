/**
 * Importing a file into the running workbench (issue #12): `startWorkbench({ imports })` and
 * `npm start -- --import <file>` insert files once the workbook is ready, and the page's POST
 * /api/import takes a file's raw bytes (its name in ?name=), inserts its sheets and makes the first
 * one active, refusing an oversized body, another content type and files it cannot read.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../workbench/server';
import { MAX_IMPORT_BYTES } from '../../workbench/server/routes';
import type { WorkbookView } from '../../workbench/server/viewTypes';
import { writeClientListCsv, writeClientListXlsx } from '../fixtures/messyLists';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'suki-import-route-'));
const logged: string[] = [];
let workbench: Workbench;
let csv: ReturnType<typeof writeClientListCsv>;
let xlsxPath: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  csv = writeClientListCsv(dir);
  xlsxPath = (await writeClientListXlsx(dir)).path;
  workbench = await startWorkbench({
    port: 0,
    seed: { size: { clients: 5 } },
    imports: [csv.path],
    log: (line) => logged.push(line),
  });
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await workbench?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** POSTs bytes to /api/import as the page does. */
function post(name: string | null, body: Uint8Array<ArrayBuffer>, type = 'application/octet-stream') {
  const query = name === null ? '' : `?name=${encodeURIComponent(name)}`;
  return fetch(`${workbench.url}api/import${query}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
}

const workbook = async () => (await (await fetch(`${workbench.url}api/workbook`)).json()) as WorkbookView;

describe('importing files into the running workbench', () => {
  it('inserts the files it was started with after the demo', async () => {
    const view = await workbook();
    expect(view.sheets.at(-1)?.name).toBe('Mga Kliyente');
    expect(workbench.session.emulator.sheetValues('Mga Kliyente')).toEqual(csv.rows);
    expect(logged).toContain(
      "Imported 'Mga Kliyente.csv' as sheet 'Mga Kliyente'. Run Suki › Import a list… to bring its rows into a table.",
    );
  });

  it('takes a file’s bytes, answers the new sheets, and shows the first one', async () => {
    const before = (await workbook()).version;
    const reply = await post('listahan.xlsx', new Uint8Array(readFileSync(xlsxPath)));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({
      ok: true,
      file: 'listahan.xlsx',
      sheets: ['Mga Kliyente (2)'],
      message:
        "Imported 'listahan.xlsx' as sheet 'Mga Kliyente (2)'. Run Suki › Import a list… to bring its rows into a table.",
    });
    const view = await workbook();
    expect(view.activeSheet).toBe('Mga Kliyente (2)');
    expect(view.version).toBeGreaterThan(before);
  });

  it('refuses a body over 20 MB with 413, naming the file, and adds no sheet', async () => {
    const count = (await workbook()).sheets.length;
    const reply = await post('malaki.csv', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(reply.status).toBe(413);
    expect(await reply.json()).toEqual({
      error: "Cannot import 'malaki.csv': it is larger than 20 MB, the most the workbench imports.",
    });
    // Sent in chunks with no declared length, it is read to its end and refused all the same.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(MAX_IMPORT_BYTES));
        controller.enqueue(new Uint8Array(1));
        controller.close();
      },
    });
    // `duplex` is required by Node's fetch for a stream body but missing from the DOM typings.
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: chunks,
      duplex: 'half',
    };
    const streamed = await fetch(`${workbench.url}api/import?name=malaki.csv`, init as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await workbook()).sheets).toHaveLength(count);
  });

  it('refuses another content type, a missing name and a file it does not read', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    expect((await post('a.csv', bytes, 'application/json')).status).toBe(415);
    expect((await post('a.csv', bytes, 'text/plain')).status).toBe(415);
    const nameless = await post(null, bytes);
    expect([nameless.status, await nameless.json()]).toEqual([
      400,
      { error: 'Give the file name as ?name=.' },
    ]);
    const pdf = await post('kontrata.pdf', bytes);
    expect([pdf.status, await pdf.json()]).toEqual([
      422,
      { error: "Cannot import 'kontrata.pdf': only .xlsx, .csv, .tsv and .txt files can be imported." },
    ]);
  });
});

describe('npm start -- --import', () => {
  it('inserts each file given, in order, and says so', async () => {
    const args = ['--import', csv.path, '--import', xlsxPath, '--clients', '5', '--port', '0'];
    const started = spawn(process.execPath, ['--import', 'tsx', 'workbench/start.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    const url = await new Promise<string>((resolveUrl, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Suki workbench: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match?.[1]) resolveUrl(match[1]);
      };
      started.stdout?.on('data', onData);
      started.stderr?.on('data', onData);
      started.once('exit', (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
    });
    expect(output).toContain("Imported 'Mga Kliyente.csv' as sheet 'Mga Kliyente'.");
    expect(output).toContain("Imported 'listahan.xlsx' as sheet 'Mga Kliyente (2)'.");
    const view = (await (await fetch(`${url}api/workbook`)).json()) as WorkbookView;
    expect(view.sheets.slice(-2).map((sheet) => sheet.name)).toEqual(['Mga Kliyente', 'Mga Kliyente (2)']);
    started.kill('SIGTERM');
  }, 60_000);
});
