import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportArticleForm } from "@/components/forms/import-article-form";
import { MAX_UPLOAD_BYTES } from "@/lib/articles/upload";
import { importArticleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("pageTitle") };
}

export default async function NewArticlePage() {
  const t = await getTranslations("import");
  return (
    <div style={{ maxWidth: "48rem" }}>
      <h1>{t("pageTitle")}</h1>
      <p>{t("intro")}</p>
      <ImportArticleForm action={importArticleAction} maxUploadBytes={MAX_UPLOAD_BYTES} />
    </div>
  );
}
