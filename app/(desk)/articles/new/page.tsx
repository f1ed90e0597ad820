import type { Metadata } from "next";
import { ImportArticleForm } from "@/components/forms/import-article-form";
import { MAX_UPLOAD_BYTES } from "@/lib/articles/upload";
import { importArticleAction } from "./actions";

export const metadata: Metadata = { title: "Import an article" };

export default function NewArticlePage() {
  return (
    <div style={{ maxWidth: "48rem" }}>
      <h1>Import an article</h1>
      <p>Paste the article text or upload a .txt, .md or .html file. Claimdesk keeps the text exactly as given and lists its claims.</p>
      <ImportArticleForm action={importArticleAction} maxUploadBytes={MAX_UPLOAD_BYTES} />
    </div>
  );
}
