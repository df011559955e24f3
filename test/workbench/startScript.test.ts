/**
 * `npm start -- --workbook file.xlsx` as a person uses it: a new file starts from the demo and is
 * written at once; an edit made in the browser survives Ctrl-C, because SIGINT saves before exiting.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator';
import { openWorkbookXlsx } from '../../workbench/xlsx/importXlsx';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'suki-start-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts workbench/start.ts and resolves with its URL once it prints it. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workbench/start.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolveStart, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Suki workbench: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolveStart({ child, url: match[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null) resolveExit(child.exitCode);
    else child.once('exit', (code) => resolveExit(code));
  });
}

describe('npm start with --workbook', () => {
  it('writes a new file from the demo, and saves an edit on SIGINT before exiting', async () => {
    const path = join(dir, 'book.xlsx');
    const { child, url, output } = await start(['--workbook', path, '--port', '0', '--clients', '20']);
    expect(existsSync(path)).toBe(true);
    expect(output()).toContain(`Saving to ${path}`);

    const reply = await fetch(`${url}api/edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: 'Clients', row: 2, column: 2, value: 'Renamed by a person' }),
    });
    expect(await reply.json()).toEqual({ accepted: true });

    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('SIGINT: saving, then stopping');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const reopened = createEmulator({ timeZone: 'Asia/Manila' });
    await openWorkbookXlsx(reopened, path);
    expect(reopened.sheetValues('Clients')[1]?.[1]).toBe('Renamed by a person');
    expect(reopened.sheetValues('Clients')).toHaveLength(21);
  }, 60_000);

  it('refuses a request that names another host', async () => {
    const { child, url } = await start(['--port', '0', '--clients', '5']);
    const port = new URL(url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolveStatus, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/api/workbook',
        headers: { host: `evil.example:${port}` },
      });
      req.on('response', (response) => resolveStatus(response.statusCode));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const form = await fetch(`${url}api/menu`, { method: 'POST', body: 'functionName=setUpWorkbook' });
    expect(form.status).toBe(415);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 60_000);
});
