import { Children, type ComponentProps, type ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import { pdfSafeText } from "../pdf-text";
import type { ReactPdf } from "./react-pdf";
import { pdfStyles as s } from "./styles";

const blockTags = new Set(["p", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]);

const safeHref = (href: unknown) => (typeof href === "string" && /^https?:\/\//i.test(href) ? href : undefined);

/**
 * Markdown elements as PDF primitives. Raw HTML is skipped; links keep only
 * http(s) targets; images are never fetched (their alt text is shown).
 */
function markdownComponents({ Link, Text, View }: ReactPdf): Components {
  /** Strings directly inside a View must be wrapped in Text; the newlines Markdown leaves between blocks are dropped. */
  function Block({ children, style }: { children?: ReactNode; style?: ComponentProps<ReactPdf["View"]>["style"] }) {
    const kids = Children.toArray(children).filter((k) => typeof k !== "string" || k.trim() !== "");
    return <View style={style}>{kids.map((k, i) => (typeof k === "string" || typeof k === "number" ? <Text key={i}>{k}</Text> : k))}</View>;
  }
  const components: Components = {
  p: ({ children }) => <Text style={s.paragraph}>{children}</Text>,
  h1: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  h2: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  h3: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  h4: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  h5: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  h6: ({ children }) => <Text style={s.mdHeading}>{children}</Text>,
  strong: ({ children }) => <Text style={s.bold}>{children}</Text>,
  em: ({ children }) => <Text style={s.italic}>{children}</Text>,
  del: ({ children }) => <Text>{children}</Text>,
  code: ({ children }) => <Text style={s.code}>{children}</Text>,
  pre: ({ children }) => <Block style={s.pre}>{children}</Block>,
  blockquote: ({ children }) => <Block style={s.quote}>{children}</Block>,
  ul: ({ children }) => <Block style={s.list}>{children}</Block>,
  ol: ({ children }) => <Block style={s.list}>{children}</Block>,
  li: ({ node, children }) => {
    // a tight list item holds inline content (one Text); a loose one holds paragraphs or lists (Views)
    const blockChild = node?.children.some((c) => c.type === "element" && blockTags.has(c.tagName));
    return blockChild ? (
      <View style={s.listItem}>
        <Text>• </Text>
        <Block style={s.listBody}>{children}</Block>
      </View>
    ) : (
      <Text style={s.paragraph}>• {children}</Text>
    );
  },
  a: ({ href, children }) => {
    const target = safeHref(href);
    return target ? (
      <Link src={target} style={s.link}>
        {children}
      </Link>
    ) : (
      <Text>{children}</Text>
    );
  },
  img: ({ alt }) => <Text>{alt ? `[${pdfSafeText(alt)}]` : ""}</Text>,
  hr: () => <View style={s.rule} />,
  br: () => <Text>{"\n"}</Text>,
  };
  return components;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/**
 * A rehype plugin: Markdown leaves "\n" text nodes between blocks, which
 * react-pdf refuses outside <Text>. Whitespace-only text between blocks goes;
 * text inside paragraphs and code stays.
 */
function dropBlockWhitespace() {
  const keep = new Set(["p", "li", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "a", "del"]);
  const walk = (node: HastNode) => {
    if (!node.children) return;
    if (node.type === "root" || (node.tagName && !keep.has(node.tagName)) || (node.tagName === "li" && node.children.some((c) => c.tagName && blockTags.has(c.tagName)))) {
      node.children = node.children.filter((c) => c.type !== "text" || (c.value ?? "").trim() !== "");
    }
    node.children.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}
const rehypePlugins = [dropBlockWhitespace];

const cache = new WeakMap<ReactPdf, Components>();

/**
 * The reviewer's rationale (Markdown) in the PDF. Its blocks go straight into
 * the claim's View, with no wrapper of their own: Markdown has no text
 * outside blocks, and dropBlockWhitespace removes the newlines between them.
 */
export function PdfMarkdown({ pdf, source }: { pdf: ReactPdf; source: string }) {
  let components = cache.get(pdf);
  if (!components) cache.set(pdf, (components = markdownComponents(pdf)));
  return (
    <Markdown skipHtml components={components} rehypePlugins={rehypePlugins}>
      {pdfSafeText(source)}
    </Markdown>
  );
}
