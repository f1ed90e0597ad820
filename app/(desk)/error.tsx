"use client";
import { ErrorView } from "@/components/error-view";

export default function DeskError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorView reset={reset} titleKey="page" />;
}
