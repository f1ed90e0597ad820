import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createArticleSchema, languageSchema, type CreateArticleInput } from "@/lib/schemas/article";

/**
 * Articles shipped in seeds/: `<name>.<lang>.txt`, with optional
 * `<name>.meta.json` ({ title, url, publisher, publishedAt }). Reference
 * annotations (`<name>.claims.json`) are for the evaluation only.
 */
const metaSchema = z
  .object({
    title: z.string().min(1).optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    publishedAt: z.string().optional(),
  })
  .strict();

export interface SeedArticle {
  seedKey: string;
  input: CreateArticleInput;
}

const seedFileName = /^(?<name>[a-z0-9-]+)\.(?<lang>pt|en)\.txt$/;

export async function readSeedArticles(dir: string): Promise<SeedArticle[]> {
  const files = (await readdir(dir)).filter((f) => seedFileName.test(f)).sort();
  const out: SeedArticle[] = [];
  for (const file of files) {
    const { name, lang } = seedFileName.exec(file)!.groups as { name: string; lang: string };
    const body = await readFile(path.join(dir, file), "utf8");
    const meta = await readMeta(path.join(dir, `${name}.meta.json`));
    const input = createArticleSchema.parse({
      title: meta.title ?? firstLine(body),
      body,
      language: languageSchema.parse(lang),
      url: meta.url ?? "",
      publisher: meta.publisher ?? "",
      publishedAt: meta.publishedAt ?? "",
    });
    out.push({ seedKey: file, input });
  }
  return out;
}

async function readMeta(file: string): Promise<z.infer<typeof metaSchema>> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return {};
  }
  const parsed = metaSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function firstLine(body: string): string {
  const line = body.split(/\r?\n/).find((l) => l.trim() !== "") ?? "Untitled article";
  return line.trim().slice(0, 200);
}
