import { ReportView } from "@/components/report/report-view";
import { reportCss } from "@/components/report/report-styles";
import type { ReportModel } from "./report-model";
import { reportWords } from "./report-text";

type ReactDomServer = typeof import("react-dom/server");

/**
 * Next refuses a static `react-dom/server` import in the server graph (route
 * handlers run under the react-server condition, where it is not available).
 * Loaded at run time from node_modules instead, like any Node dependency:
 * the bundler leaves this import alone.
 */
async function loadReactDomServer(): Promise<Pick<ReactDomServer, "renderToStaticMarkup">> {
  const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "react-dom/server")) as ReactDomServer & { default?: ReactDomServer };
  return mod.default ?? mod;
}

/**
 * The report as one standalone HTML file: the same component as the report
 * page, its stylesheet inlined (screen and print), no scripts. React escapes
 * every text and attribute value.
 */
export async function renderHtml(model: ReportModel): Promise<string> {
  const { renderToStaticMarkup } = await loadReactDomServer();
  const w = reportWords(model.locale);
  const markup = renderToStaticMarkup(
    <html lang={model.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Claimdesk" />
        <title>{`${w.report}: ${model.article.title}`}</title>
        <style dangerouslySetInnerHTML={{ __html: `body{font-family:system-ui,sans-serif;color:#1f2933;margin:2rem auto;padding:0 1rem;max-width:52rem}a{color:#1d4ed8}${reportCss}` }} />
      </head>
      <body>
        <main>
          <ReportView model={model} claimHref={model.audience === "public" ? (c) => c.publicUrl : undefined} />
        </main>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>\n${markup}\n`;
}
