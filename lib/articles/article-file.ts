import { parse, type HTMLElement } from "node-html-parser";

export type ArticleFileKind = "txt" | "md" | "html";

export interface ArticleFromFile {
  body: string;
  /** a title found in the file (HTML <title>/<h1>, Markdown # heading) */
  title: string | null;
}

/** Elements that are never article text: scripts, styles, navigation, page furniture. */
const DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, [role=navigation], [aria-hidden=true]";
const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD", "DT", "DD"]);

export function kindOfFile(fileName: string): ArticleFileKind | null {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "txt") return "txt";
  if (ext === "md" || ext === "markdown") return "md";
  if (ext === "html" || ext === "htm") return "html";
  return null;
}

/**
 * Turns an uploaded file into an article body. Text and Markdown are kept
 * exactly as given (claim offsets index into the stored body); HTML is parsed
 * with a real parser, page furniture dropped, and each block becomes a
 * paragraph (list items keep a "• " bullet).
 */
export function articleFromFile(kind: ArticleFileKind, content: string): ArticleFromFile {
  if (kind === "txt") return { body: content, title: null };
  if (kind === "md") {
    const heading = /^#\s+(.+)$/m.exec(content);
    return { body: content, title: heading?.[1]?.trim() ?? null };
  }
  const root = parse(content, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const title = root.querySelector("title")?.text.trim() || root.querySelector("h1")?.text.trim() || null;
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  const scope = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("body") ?? root;
  const paragraphs: string[] = [];
  collectBlocks(scope, paragraphs);
  return { body: paragraphs.join("\n\n"), title };
}

function collectBlocks(el: HTMLElement, out: string[]): void {
  for (const child of el.childNodes) {
    if (!("tagName" in child) || !child.tagName) continue;
    const node = child as HTMLElement;
    if (BLOCKS.has(node.tagName) && !node.querySelector("p, li, h1, h2, h3, blockquote")) {
      const text = node.text.replace(/\s+/g, " ").trim();
      if (text) out.push(node.tagName === "LI" ? `• ${text}` : text);
    } else {
      collectBlocks(node, out);
    }
  }
}
