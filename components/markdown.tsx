import Markdown from "react-markdown";

/**
 * A rationale in Markdown, rendered safely: raw HTML in the source is
 * dropped (never injected), link targets go through react-markdown's URL
 * filter (no javascript: or data: links) and open without an opener.
 */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <Markdown
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {text}
            </a>
          ),
          img: ({ alt }) => <span>{alt ? `[${alt}]` : null}</span>,
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
