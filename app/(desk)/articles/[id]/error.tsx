"use client";
import { ErrorView } from "@/components/error-view";

export default function ArticleError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorView reset={reset} titleKey="article" />;
}
