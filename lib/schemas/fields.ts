import { z } from "zod";

/**
 * Text that every database and export can hold: no null bytes (PostgreSQL
 * refuses them in text) and no lone UTF-16 surrogates (they cannot be
 * encoded as UTF-8 at all). Everything else, RTL marks and emoji included,
 * is kept as typed; exports neutralise what is dangerous in their format.
 */
export const isStorableText = (v: string) => !v.includes("\u0000") && v.isWellFormed();
export const storableTextMessage = (label: string) => `${label} contains characters that cannot be stored (a null byte or a broken character)`;

/** Form fields arrive as strings; an empty optional field means "not given". */
export const optionalText = (max: number, label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string({ error: `${label} must be text` })
      .trim()
      .max(max, `${label} must be at most ${max} characters`)
      .refine(isStorableText, storableTextMessage(label))
      .optional(),
  );

export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine(isStorableText, storableTextMessage(label));

/**
 * Only http(s) links: a `javascript:` or `data:` URL stored as evidence would
 * run in a reader's browser the moment someone clicks it in a report.
 */
export const webUrl = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(2048, `${label} must be at most 2048 characters`)
    .refine(isStorableText, storableTextMessage(label))
    .refine((v) => URL.canParse(v), { message: `${label} must be a full web address, like https://example.org/page` })
    .refine((v) => !URL.canParse(v) || ["http:", "https:"].includes(new URL(v).protocol), {
      message: `${label} must start with http:// or https://`,
    });

export const optionalWebUrl = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), webUrl(label).optional());

/** Ids are cuids; anything else is refused before it reaches the database. */
export const entityId = (label: string) =>
  z.string({ error: `${label} is required` }).trim().regex(/^[a-z0-9]{10,40}$/i, `${label} is not a valid id`);
