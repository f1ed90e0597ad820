import { z } from "zod";

const reasonsSchema = z.array(z.string());

/** Claim.reasons is stored as a JSON array of strings; a damaged value reads as no reasons. */
export function parseReasons(raw: string): string[] {
  try {
    const parsed = reasonsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
