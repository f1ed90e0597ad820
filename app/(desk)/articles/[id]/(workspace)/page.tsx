import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getArticleQueue } from "@/lib/review/queries";
import { queueHref } from "@/lib/review/claim-queue";
import { claimPath } from "@/lib/review/paths";
import { articlePageParams } from "@/lib/schemas/route-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

/** The workspace with no claim open: the panel's place says what to do. */
export default async function ArticleWorkspacePage({ params, searchParams }: Props) {
  const search = await searchParams;
  const parsed = articlePageParams.safeParse({ ...(await params), ...search });
  if (!parsed.success) notFound();
  if (parsed.data.claim) {
    // links from before the claim had its own address: /articles/[id]?claim=…
    const filters = Object.fromEntries(Object.entries(search).filter((e): e is [string, string] => typeof e[1] === "string"));
    redirect(claimPath(parsed.data.id, parsed.data.claim, queueHref("", filters, { claim: undefined })));
  }
  // the layout's read of the article (React cache): no query of its own
  const [article, t] = await Promise.all([getArticleQueue(parsed.data.id), getTranslations("workspace")]);
  return <p className="panel empty">{article?.claims.length ? t("pickClaim") : t("noClaimsHint")}</p>;
}
