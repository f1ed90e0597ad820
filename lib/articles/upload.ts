import { DomainError } from "@/lib/errors";
import { MAX_ARTICLE_CHARS } from "@/lib/schemas/article";
import { articleFromFile, kindOfFile, type ArticleFromFile } from "./article-file";

/** Largest upload accepted (bytes); the article text limit applies after conversion too. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Reads an uploaded article file: .txt, .md or .html, UTF-8 only (a
 * replacement character silently stored would corrupt quotes and offsets).
 */
export async function readArticleUpload(file: File): Promise<ArticleFromFile> {
  const kind = kindOfFile(file.name);
  if (!kind) throw new DomainError("invalid", "Upload a .txt, .md or .html file.", { file: ["Upload a .txt, .md or .html file"] });
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new DomainError("invalid", "The file is too large.", { file: [`The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB`] });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new DomainError("invalid", "The file is not UTF-8 text.", { file: ["The file is not UTF-8 text (is it a PDF or a Word document? Save it as text first)"] });
  }
  const converted = articleFromFile(kind, text.replace(/^\uFEFF/, ""));
  if (converted.body.trim() === "") throw new DomainError("invalid", "The file has no article text.", { file: ["No article text was found in this file"] });
  if (converted.body.length > MAX_ARTICLE_CHARS) throw new DomainError("invalid", "The article is too long.", { file: ["The article text is longer than the limit"] });
  return converted;
}
