/**
 * The workbench's routes: the page and its bundle, the workbook's state and sheets, the menu, the
 * google.script.run bridge, typed cells, acting user, importing a file as new sheets, and saving or
 * downloading the .xlsx.
 */
import type { MenuEntry } from '../emulator';
import { ImportRefused, importedMessage, importFile } from '../files/importFile';
import { xlsxBuffer } from '../xlsx/exportXlsx';
import { withBridge } from './bridge';
import { HttpError, json, type Reply, type Route, text } from './http';
import { type PageBundle, pageHtml } from './pageBundle';
import type { WorkbookSession } from './session';
import { activeSheetName, sheetTabs, sheetWindow } from './sheetView';
import type { WorkbookView } from './viewTypes';

/** What the routes need besides the session. */
interface RouteContext {
  session: WorkbookSession;
  page: PageBundle;
  /** Where Save writes, or null when there is no file. */
  savePath: string | null;
  /** Saves to savePath; resolves when the file is in place. */
  save: () => Promise<void>;
}

/** The largest file the page may import. @forTests */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function stringField(body: unknown, name: string): string {
  const value = field(body, name);
  if (typeof value !== 'string') throw new HttpError(400, `Field ${name} must be a string.`);
  return value;
}

function positiveInteger(value: unknown, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new HttpError(400, `Field ${name} must be a positive integer.`);
  return n;
}

function menuFunctions(items: readonly MenuEntry[], into = new Set<string>()): Set<string> {
  for (const item of items) {
    if (item.kind === 'item') into.add(item.functionName);
    else if (item.kind === 'submenu') menuFunctions(item.items, into);
  }
  return into;
}

function workbookView(ctx: RouteContext): WorkbookView {
  const { session } = ctx;
  const emulator = session.emulator;
  return {
    title: emulator.uncounted(() => emulator.spreadsheet.getName()),
    version: session.version,
    lastSeq: session.lastSeq(),
    sheets: sheetTabs(emulator),
    activeSheet: activeSheetName(emulator),
    menus: session.menus(),
    user: session.activeUser(),
    acting: session.actingChoices(),
    savePath: ctx.savePath,
  };
}

/** Every route of the workbench. */
export function workbenchRoutes(ctx: RouteContext): Route[] {
  const { session } = ctx;
  const page = (body: string, type: string): Reply => text(body, type);
  return [
    {
      method: 'GET',
      pattern: /^\/$/,
      handler: () => page(pageHtml('Suki workbench'), 'text/html; charset=utf-8'),
    },
    {
      method: 'GET',
      pattern: /^\/page\.js$/,
      handler: () => page(ctx.page.js, 'text/javascript; charset=utf-8'),
    },
    { method: 'GET', pattern: /^\/page\.css$/, handler: () => page(ctx.page.css, 'text/css; charset=utf-8') },
    {
      method: 'GET',
      pattern: /^\/favicon\.ico$/,
      handler: () => ({ status: 204, type: 'image/x-icon', body: '' }),
    },
    { method: 'GET', pattern: /^\/api\/workbook$/, handler: () => json(workbookView(ctx)) },
    {
      method: 'GET',
      pattern: /^\/api\/sheet$/,
      handler: ({ query }) =>
        json(
          sheetWindow(
            session.emulator,
            query.get('name') ?? '',
            Number(query.get('start') ?? 1),
            Number(query.get('count') ?? 200),
          ),
        ),
    },
    {
      method: 'GET',
      pattern: /^\/api\/events$/,
      handler: ({ query }) =>
        json({
          version: session.version,
          lastSeq: session.lastSeq(),
          events: session.eventsSince(Number(query.get('since') ?? 0)),
          waiting: session.waitingQuestions(),
        }),
    },
    {
      method: 'GET',
      pattern: /^\/frame\/(\d+)$/,
      handler: ({ params }) => {
        const html = session.frameHtml(Number(params[0]));
        if (html === undefined) throw new HttpError(404, 'No such page.');
        return text(withBridge(html, session.runtime.functionNames()), 'text/html; charset=utf-8');
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/menu$/,
      // Answered when the execution ends: meanwhile its alerts and prompts wait on /api/answer.
      handler: async ({ body }) => {
        const name = stringField(body, 'functionName');
        const known = new Set<string>();
        for (const menu of session.menus()) menuFunctions(menu.items, known);
        if (!known.has(name)) throw new HttpError(404, `No menu item runs ${name}.`);
        await session.runMenuItem(name);
        return json({ ok: true });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/run$/,
      handler: async ({ body }) => {
        const name = stringField(body, 'name');
        const args = field(body, 'args') ?? [];
        if (!Array.isArray(args)) throw new HttpError(400, 'Field args must be an array.');
        try {
          return json({ ok: true, value: await session.runFromPage(name, args) });
        } catch (error) {
          return json({ ok: false, error: error instanceof Error ? error.message : String(error) });
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/answer$/,
      // The person's answer to an alert or prompt the script waits on: { seq, button, text? }.
      handler: ({ body }) => {
        const text = field(body, 'text') ?? '';
        if (typeof text !== 'string') throw new HttpError(400, 'Field text must be a string.');
        try {
          session.answer(positiveInteger(field(body, 'seq'), 'seq'), stringField(body, 'button'), text);
        } catch (error) {
          throw new HttpError(409, error instanceof Error ? error.message : String(error));
        }
        return json({ ok: true });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/edit$/,
      handler: ({ body }) =>
        json(
          session.edit(
            stringField(body, 'sheet'),
            positiveInteger(field(body, 'row'), 'row'),
            positiveInteger(field(body, 'column'), 'column'),
            stringField(body, 'value'),
          ),
        ),
    },
    {
      method: 'POST',
      pattern: /^\/api\/select$/,
      handler: ({ body }) => {
        session.select(
          stringField(body, 'sheet'),
          positiveInteger(field(body, 'row'), 'row'),
          positiveInteger(field(body, 'column'), 'column'),
        );
        return json({ ok: true });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/user$/,
      // { email } acts as that address; { hidden: true } as someone whose e-mail Google hides.
      handler: ({ body }) => {
        const hidden = field(body, 'hidden');
        if (hidden !== undefined && hidden !== true && hidden !== false)
          throw new HttpError(400, 'Field hidden must be true or false.');
        if (hidden === true) {
          if (field(body, 'email') !== undefined) throw new HttpError(400, 'Give either email or hidden.');
          session.actAs('');
        } else {
          const email = stringField(body, 'email').trim();
          if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new HttpError(400, 'Not an e-mail address.');
          session.actAs(email);
        }
        return json({ ok: true, user: session.activeUser() });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/import$/,
      // The file's bytes as the body, its name in ?name=: File › Import › Insert new sheet(s).
      bytes: {
        maxBytes: MAX_IMPORT_BYTES,
        tooLarge: (query) =>
          `Cannot import '${query.get('name') ?? 'the file'}': it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most the workbench imports.`,
      },
      handler: async ({ query, bytes }) => {
        const name = query.get('name') ?? '';
        if (name.trim() === '') throw new HttpError(400, 'Give the file name as ?name=.');
        try {
          const imported = await importFile(session.emulator, name, bytes ?? Buffer.alloc(0));
          return json({ ok: true, ...imported, message: importedMessage(imported) });
        } catch (error) {
          if (error instanceof ImportRefused) throw new HttpError(422, error.message);
          throw error;
        } finally {
          session.changed();
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/save$/,
      handler: async () => {
        if (!ctx.savePath) throw new HttpError(409, 'Started without --workbook: use Download instead.');
        await ctx.save();
        return json({ ok: true, path: ctx.savePath });
      },
    },
    {
      method: 'GET',
      pattern: /^\/workbook\.xlsx$/,
      handler: async () => ({
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await xlsxBuffer(session.emulator),
        headers: { 'content-disposition': 'attachment; filename="suki-workbook.xlsx"' },
      }),
    },
  ];
}
