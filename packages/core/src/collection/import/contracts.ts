import { z } from 'zod';
import { SORT_DIRECTIONS, zCleanString, ZId, zText } from '../../workspace/contracts.js';
import { TIMESTAMP_FORMATS } from './dates.js';
import { IMPORT_KINDS } from './kinds.js';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows of one file: all of them go in one transaction. */
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_COLUMNS = 200;
/** Rows shown on the mapping screen. */
export const PREVIEW_ROWS = 10;

export const ZImportKind = z.enum(IMPORT_KINDS);
export const ZTimestampFormat = z.enum(TIMESTAMP_FORMATS);
export const ZImportFormat = z.enum(['csv', 'xlsx']);
export const IMPORT_STATUSES = ['uploaded', 'invalid', 'ready', 'importing', 'done', 'failed'] as const;
export const ZImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ZImportStatus>;

/** A column of the file, by position (0 = the first); headers may repeat or be blank. */
export const ZColumnIndex = z.number().int().min(0).max(MAX_IMPORT_COLUMNS - 1);
export const PROPERTY_TYPES = ['text', 'number', 'money'] as const;
export const ZPropertyType = z.enum(PROPERTY_TYPES);
export type PropertyType = z.infer<typeof ZPropertyType>;

/** Input text is trimmed and NFC (zText); what the server answers is plain text (a transform cannot be encoded). */
type TextOf = (max: number) => z.ZodType<string, string>;
const plain: TextOf = (max) => z.string().max(max);

const propertyShape = (text: TextOf) =>
  z.object({
    column: ZColumnIndex,
    /** The property's name on the event (editable; suggested from the header). */
    name: text(100),
    type: ZPropertyType,
  });
export const ZPropertyMapping = propertyShape(zText as TextOf);
export type PropertyMapping = z.infer<typeof ZPropertyMapping>;

const mappingShape = (text: TextOf) => ({
  kind: ZImportKind,
  /** The event name for every row; null takes the kind's own ("Ghé cửa hàng"…). */
  event: text(200).nullable().default(null),
  /** `custom`: each row's event name from this column. */
  eventColumn: ZColumnIndex.nullable().default(null),
  /** context.channel; null takes the kind's own. */
  channel: text(60).nullable().default(null),
  userId: ZColumnIndex.nullable().default(null),
  phone: ZColumnIndex.nullable().default(null),
  email: ZColumnIndex.nullable().default(null),
  name: ZColumnIndex.nullable().default(null),
  timestamp: ZColumnIndex,
  timestampFormat: ZTimestampFormat,
  properties: z.array(propertyShape(text)).max(MAX_IMPORT_COLUMNS).default([]),
});
/** A mapping as stored and shown (a suggestion may still lack a customer column). */
export const ZImportMappingDraft = z.object(mappingShape(plain));
/** A mapping as saved: complete. */
export const ZImportMapping = z.object(mappingShape(zText as TextOf)).superRefine((m, ctx) => {
    if (m.userId === null && m.phone === null && m.email === null) {
      ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Map a customer id, phone or email column' });
    }
    if (m.kind === 'custom' && m.eventColumn === null && m.event === null) {
      ctx.addIssue({ code: 'custom', path: ['eventColumn'], message: 'A custom import needs an event name or an event column' });
    }
    const names = new Set<string>();
    m.properties.forEach((p, i) => {
      if (names.has(p.name)) ctx.addIssue({ code: 'custom', path: ['properties', i, 'name'], message: 'Property names must be unique' });
      names.add(p.name);
    });
  });
export type ImportMapping = z.infer<typeof ZImportMapping>;
export type ImportMappingInput = z.input<typeof ZImportMapping>;

export const ZImportIssue = z.object({
  code: z.string(),
  /** The column it is about, when one is. */
  column: z.number().int().nullable(),
  columnName: z.string().nullable(),
  value: z.string().nullable(),
  /** In the request's language. */
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ZImportIssue>;

/** A bad row: its number as a spreadsheet shows it (the header is row 1) and every reason. */
export const ZImportErrorRow = z.object({ row: z.number().int(), issues: z.array(ZImportIssue) });
export type ImportErrorRow = z.infer<typeof ZImportErrorRow>;

export const ZImportSummary = z.object({
  id: ZId,
  fileName: z.string(),
  format: ZImportFormat,
  kind: ZImportKind.nullable(),
  status: ZImportStatus,
  rowCount: z.number().int(),
  errorCount: z.number().int(),
  /** Events added by the import; null until it ran. */
  imported: z.number().int().nullable(),
  /** Rows already imported before (the same file again): skipped. */
  duplicates: z.number().int().nullable(),
  jobId: ZId.nullable(),
  error: z.string().nullable(),
  createdBy: z.object({ id: ZId, name: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ZImportSummary>;

export const ZImport = ZImportSummary.extend({
  columns: z.array(z.string()),
  /** The first rows, as read. */
  preview: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  /** The saved mapping, or the suggested one until a mapping is saved. */
  mapping: ZImportMappingDraft,
  mappingSaved: z.boolean(),
  timeZone: z.string(),
});
export type Import = z.infer<typeof ZImport>;

export const ZImportQuery = z.object({
  q: zCleanString().max(200).optional(),
  status: ZImportStatus.optional(),
  sort: z.enum(['createdAt', 'fileName', 'rowCount', 'status']).default('createdAt'),
  order: z.enum(SORT_DIRECTIONS).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ImportQuery = z.infer<typeof ZImportQuery>;

export const ZImportErrorQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZImportUploadQuery = z.object({ fileName: zText(200) });
export const ZImportTemplateQuery = z.object({ kind: ZImportKind });
