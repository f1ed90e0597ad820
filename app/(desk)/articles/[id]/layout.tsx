import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { articleExists } from "@/lib/articles/queries";
import { entityId } from "@/lib/schemas/fields";

/**
 * Answers an unknown article with a real 404 before the page streams: once
 * loading.tsx has sent its shell, notFound() could only render a 200.
 */
export default async function ArticleLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const id = entityId("Article").safeParse((await params).id);
  if (!id.success || !(await articleExists(id.data))) notFound();
  return children;
}
