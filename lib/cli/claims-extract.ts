// `claims extract <file> [--lang pt|en] [--format json|table] [--threshold N]`
// argv is everything after the word "extract". Returns the exit code:
// 0 ok, 1 unreadable file, 2 bad arguments.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractClaims, type ExtractedClaim } from "../claims/index";

const USAGE = "usage: claims extract <file> [--lang pt|en] [--format json|table] [--threshold N]";

const Args = z.object({
  file: z.string({ error: "missing <file> argument" }).min(1, "missing <file> argument"),
  lang: z.enum(["pt", "en"], { error: "--lang must be pt or en" }).optional(),
  format: z.enum(["json", "table"], { error: "--format must be json or table" }).default("json"),
  threshold: z.coerce
    .number({ error: "--threshold must be a number between 0 and 1" })
    .min(0, "--threshold must be between 0 and 1")
    .max(1, "--threshold must be between 0 and 1")
    .optional(),
});

function table(claims: ExtractedClaim[]): string {
  const rows = claims.map((c) =>
    [c.group + (c.isGroupRep ? "*" : ""), c.score.toFixed(2), c.checkworthy ? "yes" : "no", c.speaker ?? "—", c.text.replace(/\s+/g, " ")].join("\t"),
  );
  return ["group\tscore\tcheck\tspeaker\ttext", ...rows].join("\n");
}

export async function runExtract(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { lang: { type: "string" }, format: { type: "string" }, threshold: { type: "string" } },
    });
  } catch (err) {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length > 1) {
    process.stderr.write(`error: expected one file, got ${parsed.positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const args = Args.safeParse({ file: parsed.positionals[0], ...parsed.values });
  if (!args.success) {
    for (const issue of args.error.issues) process.stderr.write(`error: ${issue.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let body: string;
  try {
    body = await readFile(args.data.file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(`error: cannot read ${args.data.file}${code ? ` (${code})` : ""}\n`);
    return code === "ENOENT" ? 2 : 1;
  }
  const { claims } = extractClaims(body, { language: args.data.lang, threshold: args.data.threshold });
  if (args.data.format === "table") {
    process.stdout.write(`${table(claims)}\n`);
  } else {
    const out = claims.map(({ text, start, end, speaker, speakerStart, speakerEnd, score, checkworthy, reasons, group }) => ({
      text, start, end, speaker, speakerStart, speakerEnd, score, checkworthy, reasons, group,
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return 0;
}
