import { expect, type Page } from "@playwright/test";

/** An English article with several check-worthy claims, two of them said by the same speaker. */
export function workspaceArticle(tag: string): { title: string; body: string } {
  const title = `Harbour review ${tag}`;
  const body = [
    title,
    "",
    "The Port of Lisbon handled 1,200 container ships in 2023, the harbour authority said on Monday.",
    "",
    "According to the authority, cargo volume rose 12% compared with 2022.",
    "",
    "Mayor Ana Costa said unemployment in the city fell to 5.1% in December.",
    "",
    "The new terminal cost 340 million euros, Costa said.",
    "",
    "Fishing exports doubled between 2019 and 2023, according to the national statistics office.",
  ].join("\n");
  return { title, body };
}

/** Imports the article through the real form and leaves the page on it; returns its path. */
export async function importWorkspaceArticle(page: Page, tag: string): Promise<string> {
  const { title, body } = workspaceArticle(tag);
  await page.goto("/articles/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByLabel("Language", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}
