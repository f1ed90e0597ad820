import { z } from "zod";

/**
 * The JSON report format, version 1. Documented in docs/report-formats.md;
 * every export is validated against it before it leaves the server.
 * Breaking changes bump `schemaVersion`.
 */
export const REPORT_JSON_SCHEMA_VERSION = "claimdesk.report/1" as const;

const isoDate = z.iso.datetime();
const httpUrl = z.url({ protocol: /^https?$/ });

export const reportSourceJsonSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string(),
  publisher: z.string().nullable(),
  excerpt: z.string(),
  stance: z.enum(["supports", "refutes", "context"]),
  archiveUrl: z.url({ protocol: /^https?$/ }).nullable(),
  addedBy: z.string().nullable(),
  addedAt: isoDate,
});

export const reportJsonSchema = z.object({
  schemaVersion: z.literal(REPORT_JSON_SCHEMA_VERSION),
  generatedAt: isoDate,
  audience: z.enum(["desk", "public"]),
  article: z.object({
    id: z.string(),
    title: z.string(),
    language: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    /** the public report page; it lists only published verdicts */
    publicUrl: httpUrl,
  }),
  /** the fact-checking organisation publishing the report */
  organisation: z.object({ name: z.string(), url: httpUrl }),
  ratingScale: z.object({
    name: z.string(),
    bestRating: z.number().int(),
    worstRating: z.number().int(),
    ratings: z.array(z.object({ key: z.string(), label: z.string(), ratingValue: z.number().int().nullable() })),
  }),
  claims: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      speaker: z.string().nullable(),
      span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      status: z.string(),
      /** the claim's public page (answers once the verdict is published) */
      publicUrl: httpUrl,
      verdict: z
        .object({
          rating: z.string(),
          label: z.string(),
          ratingValue: z.number().int().nullable(),
          rationale: z.string(),
          author: z.string().nullable(),
          createdAt: isoDate,
          approvedBy: z.string().nullable(),
          approvedAt: isoDate.nullable(),
        })
        .nullable(),
      sources: z.array(reportSourceJsonSchema),
    }),
  ),
});
export type ReportJson = z.infer<typeof reportJsonSchema>;
