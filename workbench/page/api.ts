/** Calls to the workbench server. */

import type { WorkbenchEvent } from '../server/session';
import type { SheetWindow, WorkbookView } from '../server/viewTypes';

async function reply<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

/** GET a JSON resource. */
async function getJson<T>(path: string): Promise<T> {
  return reply<T>(await fetch(path, { cache: 'no-store' }));
}

/** POST JSON and read the JSON answer. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return reply<T>(
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** What importing a file answers. */
interface ImportReply {
  file: string;
  sheets: string[];
  message: string;
}

/** Sends a file's bytes to be inserted as new sheets (File › Import › Insert new sheet(s)). */
export async function importFile(file: File): Promise<ImportReply> {
  return reply<ImportReply>(
    await fetch(`/api/import?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    }),
  );
}

/** The workbook's tabs, menus and people. */
export const loadWorkbook = () => getJson<WorkbookView>('/api/workbook');

/** A window of a sheet. */
export const loadSheet = (name: string, start: number, count: number) =>
  getJson<SheetWindow>(`/api/sheet?name=${encodeURIComponent(name)}&start=${start}&count=${count}`);

/** What the script showed after event `since`, and the questions it waits on now. */
export const loadEvents = (since: number) =>
  getJson<{ version: number; lastSeq: number; events: WorkbenchEvent[]; waiting: WorkbenchEvent[] }>(
    `/api/events?since=${since}`,
  );
