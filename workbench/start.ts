/**
 * `npm start` (after `npm run build`): serves Suki's workbench on 127.0.0.1.
 *
 *   npm start                                  a fresh demo workbook, on a free port
 *   npm start -- --port 8080                   a fixed port (or PORT=8080)
 *   npm start -- --workbook clients.xlsx       open an .xlsx, save back to it (the demo, if it is new)
 *   npm start -- --clients 5000                a bigger demo (default 120 clients)
 *   npm start -- --history-months 48           months of orders in the demo, 13 to 48 (default 30)
 *   npm start -- --import list.xlsx            insert a file's sheets (.xlsx, .csv, .tsv, .txt); repeatable
 *
 * With --workbook the file is saved on the page's Save button and on Ctrl-C or SIGTERM: written to a
 * temporary file and renamed over the old one, then the process exits.
 */
import { parseArgs } from 'node:util';
import type { SeedOptions } from './seed';
import { startWorkbench } from './server';

function portOf(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${raw}`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workbook: { type: 'string' },
      clients: { type: 'string' },
      'history-months': { type: 'string' },
      import: { type: 'string', multiple: true },
    },
  });
  const history = values['history-months'];
  const seed: SeedOptions = {
    ...(values.clients ? { size: { clients: Number(values.clients) } } : {}),
    ...(history ? { historyMonths: Number(history) } : {}),
  };
  const workbench = await startWorkbench({
    port: portOf(values.port ?? process.env.PORT),
    ...(values.workbook ? { workbook: values.workbook } : {}),
    seed,
    imports: values.import ?? [],
    log: (line) => console.log(line),
  });
  const port = new URL(workbench.url).port;
  if (workbench.savePath) console.log(`Saving to ${workbench.savePath} on Save and on exit.`);
  console.log(`Suki workbench: ${workbench.url}  (also http://localhost:${port}/)`);
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.log('Still saving; please wait.');
      return;
    }
    stopping = true;
    console.log(`\n${signal}: ${workbench.savePath ? 'saving, then stopping' : 'stopping'}…`);
    workbench
      .save()
      .then(() => workbench.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
