/**
 * Typed rows from table records, driven by the tables' ColumnSpecs. A row declaration names each
 * field of a row and the column it is read from; everything about reading the cell comes from that
 * column's spec: its type (text, number, integer, date, instant, choice), its min and max, its
 * choices and its default. The row types are derived the same way (`RowOf`), so a table's schema is
 * declared once, in src/core/tables. CellReader reads the cells (nothing throws: junk is logged in the
 * issue log and read as blank).
 */
import type { ColumnSpec, TableRecord } from '../tables/tableSpec';
import { CellReader, type IssueSink, NO_ISSUES } from './cellReader';
import type { Day } from './days';

/** How an analysis needs a column (a field given as a bare column key needs nothing: blank is null). */
interface ColumnField<K extends string = string> {
  readonly column: K;
  /**
   * `key`: the row is skipped as soon as this cell is unusable, and nothing after it is read;
   * `required`: the row is skipped, but its other cells are still read, so all their junk is logged.
   */
  readonly need?: 'key' | 'required';
  /** With need 'key': a later row with a value already seen is skipped, logged as `duplicateId`. */
  readonly unique?: true;
  /** A blank or unusable choice reads as the column's default value. */
  readonly orDefault?: true;
  /** Read for display only: junk reads as blank and is not logged, as no analysis uses it. */
  readonly quiet?: true;
}

/** A field computed from the fields read before it. */
interface DerivedField<V> {
  readonly derive: (row: never) => V;
}

type KeyOf<Cols extends readonly ColumnSpec[]> = Cols[number]['key'];

/** A row declaration over the columns `Cols`: field name → column key, ColumnField or DerivedField. */
type RowFields<Cols extends readonly ColumnSpec[]> = Readonly<
  Record<string, KeyOf<Cols> | ColumnField<KeyOf<Cols>> | DerivedField<unknown>>
>;

/** What a cell of column `C` reads as (before blank: null). */
type CellValue<C> = C extends { readonly type: 'choice'; readonly choices: readonly (infer V)[] }
  ? V
  : C extends { readonly type: 'integer' | 'number' | 'currency' }
    ? number
    : C extends { readonly type: 'date' | 'datetime' }
      ? Day
      : string;
type ColumnNamed<Cols extends readonly ColumnSpec[], K> = Extract<Cols[number], { readonly key: K }>;
type NeverBlank = { readonly need: 'key' | 'required' } | { readonly orDefault: true };
type FieldValue<Cols extends readonly ColumnSpec[], F> =
  F extends DerivedField<infer V>
    ? V
    : F extends string
      ? CellValue<ColumnNamed<Cols, F>> | null
      : F extends ColumnField<infer K>
        ? CellValue<ColumnNamed<Cols, K>> | (F extends NeverBlank ? never : null)
        : never;
type UsedColumn<F> = F extends string ? F : F extends ColumnField<infer K> ? K : never;
type RestOf<Cols extends readonly ColumnSpec[], F> = {
  readonly [C in Exclude<
    Cols[number],
    { readonly key: UsedColumn<F[keyof F]> }
  > as C['key']]: CellValue<C> | null;
};
type Flat<T> = { readonly [K in keyof T]: T[K] };

/** The row a declaration `F` over `Cols` reads; with `Rest`, every other column too, under its key. */
type RowOf<Cols extends readonly ColumnSpec[], F, Rest extends boolean = false> = Flat<
  { readonly [N in keyof F]: FieldValue<Cols, F[N]> } & (Rest extends true ? RestOf<Cols, F> : unknown)
>;

type Words<S extends string> = S extends `${infer Head} ${infer Tail}` ? Head | Words<Tail> : S;

/**
 * Fields named as their columns, in this order, from a space-separated list: `sameNames('name owner')`
 * is `{ name: 'name', owner: 'owner' }` (spread it into a declaration; a word that is no column of the
 * table fails to compile there).
 */
export function sameNames<const S extends string>(names: S): { readonly [K in Words<S>]: K } {
  const fields: Record<string, string> = {};
  for (const name of names.split(' ')) fields[name] = name;
  return fields as { readonly [K in Words<S>]: K };
}

/** How a cell is read, from its column's type: the CellReader method, and whether it takes bounds or choices. */
type ReadKind = 'text' | 'number' | 'integer' | 'day' | 'instantDay' | 'choice' | 'rowId';

interface FieldPlan {
  readonly name: string;
  readonly column: string;
  readonly kind: ReadKind;
  readonly need: 'key' | 'required' | null;
  readonly unique: boolean;
  readonly quiet: boolean;
  readonly min: number;
  readonly max: number;
  readonly choices: ReadonlySet<string>;
  readonly fallback: string | null;
}

const NO_CHOICES: ReadonlySet<string> = new Set();

function kindOf(column: ColumnSpec, needed: boolean): ReadKind {
  switch (column.type) {
    case 'integer':
      return 'integer';
    case 'number':
    case 'currency':
      return 'number';
    case 'date':
      return 'day';
    case 'datetime':
      return 'instantDay';
    case 'choice':
      return 'choice';
    case 'id':
      // The row's ID as CellReader.start read it; read again only when the row needs it.
      return needed ? 'text' : 'rowId';
    default:
      return 'text';
  }
}

/** The plan of one field, from its column's spec; throws on a declaration that cannot be (a bug). */
function planField(table: string, name: string, field: string | ColumnField, spec: ColumnSpec): FieldPlan {
  const options: ColumnField = typeof field === 'string' ? { column: field } : field;
  const need = options.need ?? null;
  if ((need !== null && options.quiet) || (options.unique && need !== 'key'))
    throw new Error(`${table}.${name}: a quiet field needs nothing, and only a key is unique`);
  if (options.orDefault && spec.defaultValue === undefined)
    throw new Error(`${table}.${name}: column ${spec.key} has no default value`);
  return {
    name,
    column: spec.key,
    kind: kindOf(spec, need !== null),
    need,
    unique: options.unique === true,
    quiet: options.quiet === true,
    min: spec.min ?? Number.NEGATIVE_INFINITY,
    max: spec.max ?? Number.POSITIVE_INFINITY,
    choices: spec.choices ? new Set(spec.choices) : NO_CHOICES,
    fallback: options.orDefault ? (spec.defaultValue ?? null) : null,
  };
}

/** The CellReader call that reads field `i` (its bounds, choices and default come from `p[i]`). */
function readExpression(plan: FieldPlan, i: number): string {
  if (plan.kind === 'rowId') return 'r.id';
  const reader = plan.quiet ? 'q' : 'r';
  const key = JSON.stringify(plan.column);
  const required = String(plan.need !== null);
  const args =
    plan.kind === 'number'
      ? `${required}, p[${i}].min, p[${i}].max`
      : plan.kind === 'integer'
        ? `p[${i}].min, p[${i}].max, ${required}`
        : plan.kind === 'choice'
          ? `p[${i}].choices, ${required}`
          : required;
  const call = `${reader}.${plan.kind}(record[${key}], ${key}, ${args})`;
  return plan.fallback === null ? call : `${call} ?? p[${i}].fallback`;
}

type ReadRow = (
  r: CellReader,
  q: CellReader,
  record: TableRecord,
  p: readonly FieldPlan[],
  d: readonly ((row: never) => unknown)[],
  firstSight: (value: string) => boolean,
) => Record<string, unknown> | null;

/**
 * The row reader compiled once per table: the code one would write by hand (a CellReader call per
 * field with the column's key written out, then one object literal), so V8 reads 500,000 rows as
 * fast as a hand-written parser; a loop over the plans with `record[key]` runs about twice as long.
 * Only JSON-quoted column keys and field names enter the source; bounds, choices and defaults are
 * passed in as values.
 */
function compileRow(plans: readonly FieldPlan[], derived: readonly string[]): ReadRow {
  const lines = ['r.start(record);'];
  plans.forEach((plan, i) => {
    lines.push(`const v${i} = ${readExpression(plan, i)};`);
    if (plan.need === 'key')
      lines.push(`if (v${i} === null${plan.unique ? ` || !firstSight(v${i})` : ''}) return null;`);
  });
  lines.push('if (r.skip) return null;');
  const fields = plans.map((plan, i) => `${JSON.stringify(plan.name)}: v${i}`);
  for (const name of derived) fields.push(`${JSON.stringify(name)}: null`);
  lines.push(`const row = { ${fields.join(', ')} };`);
  derived.forEach((name, i) => {
    lines.push(`row[${JSON.stringify(name)}] = d[${i}](row);`);
  });
  lines.push('return row;');
  try {
    return new Function('r', 'q', 'record', 'p', 'd', 'firstSight', lines.join('\n')) as ReadRow;
  } catch {
    // A runtime that refuses to compile code (a content policy): the same reading, as a loop.
    return interpretRow(plans, derived);
  }
}

/** Reads field `plan` of `record` exactly as readExpression's generated call does. */
function readField(r: CellReader, q: CellReader, record: TableRecord, plan: FieldPlan): unknown {
  if (plan.kind === 'rowId') return r.id;
  const reader = plan.quiet ? q : r;
  const cell = record[plan.column];
  const required = plan.need !== null;
  const value =
    plan.kind === 'number'
      ? reader.number(cell, plan.column, required, plan.min, plan.max)
      : plan.kind === 'integer'
        ? reader.integer(cell, plan.column, plan.min, plan.max, required)
        : plan.kind === 'choice'
          ? reader.choice(cell, plan.column, plan.choices, required)
          : reader[plan.kind](cell, plan.column, required);
  return plan.fallback === null ? value : (value ?? plan.fallback);
}

/** The row reader as a loop over the plans: what compileRow falls back to where code cannot be compiled. */
function interpretRow(plans: readonly FieldPlan[], derived: readonly string[]): ReadRow {
  return (r, q, record, _p, d, firstSight) => {
    r.start(record);
    const values: unknown[] = [];
    for (const plan of plans) {
      const value = readField(r, q, record, plan);
      if (plan.need === 'key' && (value === null || (plan.unique && !firstSight(value as string))))
        return null;
      values.push(value);
    }
    if (r.skip) return null;
    const row: Record<string, unknown> = {};
    plans.forEach((plan, i) => {
      row[plan.name] = values[i];
    });
    for (const name of derived) row[name] = null;
    derived.forEach((name, i) => {
      row[name] = d[i]?.(row as never);
    });
    return row;
  };
}

/** Reads one table's records as typed rows, field by field in declaration order. */
export class RowReader<Row> {
  /**
   * The columns the declared fields read, and the ID (each row's issues name it), in declaration
   * order: all an analysis needs of the table, so a reader of the sheet may fetch just these. The
   * `rest` columns are not among them: they are carried when a record holds them (the client card's
   * own row) and read as blank otherwise.
   */
  readonly columns: readonly string[];
  private readonly plans: FieldPlan[] = [];
  private readonly derivedNames: string[] = [];
  private readonly derive: ((row: never) => unknown)[] = [];
  private compiled: ReadRow | null = null;

  constructor(
    readonly table: string,
    columns: readonly ColumnSpec[],
    fields: RowFields<readonly ColumnSpec[]>,
    rest: boolean,
  ) {
    const used = new Set<string>();
    for (const [name, field] of Object.entries(fields)) {
      if (typeof field === 'object' && 'derive' in field) {
        this.derivedNames.push(name);
        this.derive.push(field.derive);
        continue;
      }
      const key = typeof field === 'string' ? field : field.column;
      const spec = columns.find((c) => c.key === key);
      if (!spec) throw new Error(`${table} has no column ${key}`);
      used.add(key);
      this.plans.push(planField(table, name, field, spec));
    }
    if (this.plans.filter((plan) => plan.unique).length > 1)
      throw new Error(`${table}: one unique key at most`);
    const withId = used.has('id') || !columns.some((c) => c.key === 'id');
    this.columns = withId ? [...used] : [...used, 'id'];
    if (!rest) return;
    for (const spec of columns)
      if (!used.has(spec.key))
        this.plans.push(planField(table, spec.key, { column: spec.key, quiet: true }, spec));
  }

  /** The rows of `records` (rows that lack what they need are skipped), junk logged in `log`. */
  read(records: readonly TableRecord[], log: IssueSink): Row[] {
    // Compiled on first use, so a page that only imports the declarations generates no code.
    if (this.compiled === null) this.compiled = compileRow(this.plans, this.derivedNames);
    const readRow = this.compiled;
    const reader = new CellReader(log, this.table);
    const quiet = new CellReader(NO_ISSUES, this.table);
    const seen = new Set<string>();
    const column = this.plans.find((plan) => plan.unique)?.column ?? '';
    const firstSight = (value: string): boolean => {
      if (!seen.has(value)) {
        seen.add(value);
        return true;
      }
      log.add({
        table: this.table,
        recordId: value,
        column,
        problem: 'duplicateId',
        value,
        rowSkipped: true,
      });
      return false;
    };
    const rows: Row[] = [];
    for (const record of records) {
      const row = readRow(reader, quiet, record, this.plans, this.derive, firstSight);
      if (row !== null) rows.push(row as Row);
    }
    return rows;
  }
}

/**
 * The reader of the rows `fields` declares over a table's literal `columns` (each field: a column key,
 * a ColumnField, or a DerivedField); with `rest`, every column not named is carried too, quietly.
 */
export function rowReader<
  const Cols extends readonly ColumnSpec[],
  const F extends RowFields<Cols>,
  const Rest extends boolean = false,
>(
  table: string,
  columns: Cols,
  fields: F,
  options?: { readonly rest: Rest },
): RowReader<RowOf<Cols, F, Rest>> {
  return new RowReader(table, columns, fields, options?.rest ?? false);
}
