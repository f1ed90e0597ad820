import { z } from "zod";
import { DomainError } from "@/lib/errors";

/**
 * Keyset ("seek") pagination. A page is read as `WHERE sortKey after cursor
 * ORDER BY sortKey LIMIT n + 1`: the cost of page 1000 is the cost of page 1
 * (an index range scan), unlike OFFSET, and rows inserted meanwhile do not
 * shift the pages. A cursor is the sort key of the last row shown, as
 * base64url JSON; it is opaque to clients and validated with zod when it
 * comes back.
 */
export interface Page<T> {
  items: T[];
  /** pass back as `cursor` for the next page; null on the last page */
  nextCursor: string | null;
}

export const pageLimitSchema = z.coerce.number().int().min(1).max(100).default(20);

/** Sort key of "newest first" lists: createdAt, then id to break ties. */
export const createdAtIdKey = z.object({ createdAt: z.iso.datetime(), id: z.string().min(1).max(64) });
export type CreatedAtIdKey = z.infer<typeof createdAtIdKey>;

/** Sort key of "text order" lists (claims of an article): start offset, then id. */
export const startIdKey = z.object({ start: z.number().int().min(0), id: z.string().min(1).max(64) });
export type StartIdKey = z.infer<typeof startIdKey>;

/** Sort key of "most recently added first" lists kept by a sequence (search results). */
export const seqKey = z.object({ seq: z.number().int().min(1) });
export type SeqKey = z.infer<typeof seqKey>;

export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key inside a cursor, or null without one; a damaged or foreign cursor is a 400. */
export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | null | undefined): z.infer<S> | null {
  if (cursor === undefined || cursor === null || cursor === "") return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

const invalidCursor = () => new DomainError("invalid", "cursor is not valid; start again from the first page");

/** Rows were read with `take: limit + 1`: the extra row only tells that another page exists. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Record<string, unknown>): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** Prisma `where` for "strictly after `key`" in (createdAt DESC, id DESC) order. */
export function beforeCreatedAtId(key: CreatedAtIdKey | null) {
  if (!key) return {};
  const createdAt = new Date(key.createdAt);
  // the first conjunct gives both databases an index range to start from
  return { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { id: { lt: key.id } }] };
}

/** Prisma `where` for "strictly after `key`" in (start ASC, id ASC) order. */
export function afterStartId(key: StartIdKey | null) {
  if (!key) return {};
  return { start: { gte: key.start }, OR: [{ start: { gt: key.start } }, { id: { gt: key.id } }] };
}

/** For pages: a cursor that does not decode is simply ignored (first page), never an error screen. */
export function validCursorOrNull<S extends z.ZodType>(schema: S, cursor: string | null | undefined): string | null {
  try {
    return decodeCursor(schema, cursor) === null ? null : (cursor ?? null);
  } catch {
    return null;
  }
}
