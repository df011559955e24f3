/**
 * The local workbench: Suki's built bundle (dist/) running on the emulator, over a demo workbook or
 * an .xlsx file (with other files imported into it as new sheets), served to a browser on 127.0.0.1. `npm start` runs it through workbench/start.ts;
 * tests start it in-process with `startWorkbench({ port: 0 })`.
 */

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { isoDateInZone } from '../../src/core/dates';
import { importedMessage, importFilePath } from '../files/importFile';
import { type SeedOptions, seedDemoWorkbook, WORKBENCH_SEED } from '../seed';
import { saveWorkbookXlsx } from '../xlsx/exportXlsx';
import { openWorkbookXlsx } from '../xlsx/importXlsx';
import { createHttpServer } from './http';
import { bundlePage } from './pageBundle';
import { workbenchRoutes } from './routes';
import { createSukiRuntime, WorkbookSession } from './session';

/** How to start the workbench. */
interface WorkbenchOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** An .xlsx to open and save back to; when it does not exist, the demo is saved there. */
  workbook?: string;
  /** Files (.xlsx, .csv, .tsv, .txt) inserted as new sheets once the workbook is ready, in order. */
  imports?: readonly string[];
  /** Demo generator options, when no workbook file is opened, over WORKBENCH_SEED's. */
  seed?: SeedOptions;
  /** Where the build put Code.js and the pages (default: dist/ at the repository root). */
  distDir?: string;
  /** Where to report what happens (default: nowhere). */
  log?: (line: string) => void;
}

/** A running workbench. @forTests The browser tests drive it. */
export interface Workbench {
  url: string;
  session: WorkbookSession;
  /** The .xlsx Save writes, or null. */
  savePath: string | null;
  /** Saves to the workbook file (no-op without one). Saves never overlap. */
  save(): Promise<void>;
  /** Stops serving and stops the execution worker. Does not save. */
  close(): Promise<void>;
}

const DEFAULT_DIST = resolve(import.meta.dirname, '../../dist');

/** Starts the workbench and resolves once it is listening. */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const log = options.log ?? (() => undefined);
  const distDir = options.distDir ?? DEFAULT_DIST;
  if (!existsSync(resolve(distDir, 'Code.js'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first.`);
  }
  const page = await bundlePage();
  const { emulator, runtime } = createSukiRuntime(distDir);
  const savePath = options.workbook ? resolve(options.workbook) : null;
  const fromFile = savePath !== null && existsSync(savePath);
  if (fromFile) {
    await openWorkbookXlsx(emulator, savePath);
    log(`Opened ${savePath}.`);
  } else {
    // The demo is dated today, in the workbook's zone, so "overdue" and "due soon" mean now.
    const asOf = isoDateInZone(
      new Date(),
      emulator.uncounted(() => emulator.spreadsheet.getSpreadsheetTimeZone()),
    );
    const seeded = seedDemoWorkbook(emulator, runtime, { asOf, ...WORKBENCH_SEED, ...options.seed });
    const rows = Object.values(seeded.rows).reduce((sum, n) => sum + n, 0);
    log(`Demo workbook as of ${seeded.asOf}: ${rows} rows over ${Object.keys(seeded.rows).length} tables.`);
  }
  for (const path of options.imports ?? []) log(importedMessage(await importFilePath(emulator, path)));

  const session = new WorkbookSession(emulator, runtime, log);
  const head = session.team().find((member) => member.role === 'head');
  if (head) emulator.setActiveUser(head.email);
  session.open();

  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (!savePath) return Promise.resolve();
    const next = saving.catch(() => undefined).then(() => saveWorkbookXlsx(emulator, savePath));
    saving = next;
    return next.then(() => log(`Saved ${savePath}.`));
  };
  if (savePath && !fromFile) await save();

  const server = createHttpServer(workbenchRoutes({ session, page, savePath, save }), log);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    savePath,
    save,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
      await session.close();
    },
  };
}
