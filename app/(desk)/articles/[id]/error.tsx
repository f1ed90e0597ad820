"use client";
import Link from "next/link";

export default function ArticleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" aria-label="Page error">
      <h1>This article could not be shown</h1>
      <p>Something went wrong while loading it. Your saved work is not affected.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Back to articles</Link>
      </p>
    </div>
  );
}
