import { z } from "zod";

/**
 * Who publishes the fact-checks (the ClaimReview `author`) and where the
 * public pages live (the ClaimReview `url`). Read from the environment once,
 * validated here and nowhere else; documented in docs/report-formats.md.
 */
export interface PublisherConfig {
  /** the fact-checking organisation */
  orgName: string;
  orgUrl: string;
  /** origin of the public pages, without a trailing slash: `${publicUrl}/r/<article>/<claim>` */
  publicUrl: string;
}

const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && ["http:", "https:"].includes(new URL(v).protocol), {
      message: `${name} must be a full http(s) address, like https://factcheck.example.org`,
    })
    .transform((v) => v.replace(/\/+$/, ""));

const emptyIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const envSchema = z
  .object({
    CLAIMDESK_ORG_NAME: z.preprocess(emptyIsUnset, z.string().trim().max(200, "CLAIMDESK_ORG_NAME must be at most 200 characters").default("Claimdesk")),
    CLAIMDESK_ORG_URL: z.preprocess(emptyIsUnset, httpUrl("CLAIMDESK_ORG_URL").optional()),
    CLAIMDESK_PUBLIC_URL: z.preprocess(emptyIsUnset, httpUrl("CLAIMDESK_PUBLIC_URL").optional()),
    PORT: z.preprocess(emptyIsUnset, z.coerce.number().int().min(1).max(65535).default(3000)).catch(3000),
  })
  .transform((env): PublisherConfig => {
    const publicUrl = env.CLAIMDESK_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    return { orgName: env.CLAIMDESK_ORG_NAME, orgUrl: env.CLAIMDESK_ORG_URL ?? publicUrl, publicUrl };
  });

/** Parses the variables; throws a readable error naming the bad variable. */
export function parsePublisherConfig(env: Record<string, string | undefined>): PublisherConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid publisher configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

let cached: PublisherConfig | undefined;

/** The configuration of this process (read once). */
export function publisherConfig(): PublisherConfig {
  cached ??= parsePublisherConfig(process.env);
  return cached;
}

export const articlePublicPath = (articleId: string) => `/r/${encodeURIComponent(articleId)}`;
export const claimPublicPath = (articleId: string, claimId: string) => `${articlePublicPath(articleId)}/${encodeURIComponent(claimId)}`;
