import { readFile } from "node:fs/promises";
import { test, expect } from "./support/fixtures";

/**
 * The vertical slice as a new user tries it: open the seed article, find its
 * claims, attach a source and a verdict (getting clear errors for bad input
 * first), restart the server, and download a report that shows all of it.
 */
test("review a claim of the seed article and download its report", async ({ page, server }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("link", { name: /Putin planeja se encontrar com Kim Jong Un/ }).click();

  const claims = page.getByRole("list", { name: "Claims" });
  await expect(claims.getByRole("link", { name: /suprimentos alimentares/ })).toBeVisible();
  await expect(claims.getByRole("link", { name: /progresso muito tangível/ })).toBeVisible();

  await claims.getByRole("link", { name: /suprimentos alimentares/ }).click();
  const panel = page.getByRole("region", { name: "Claim" });
  await expect(panel.getByRole("blockquote").or(panel.locator("blockquote")).first()).toContainText("suprimentos alimentares");

  // A javascript: URL and an empty title are refused next to their fields.
  const sourceForm = page.getByRole("form", { name: "Add source" });
  await sourceForm.getByLabel("Source URL").fill("javascript:alert(1)");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(sourceForm.getByText("Source URL must start with http:// or https://")).toBeVisible();
  await expect(sourceForm.getByText("Title is required")).toBeVisible();
  await expect(sourceForm.getByLabel("Source URL")).toHaveValue("javascript:alert(1)");

  await sourceForm.getByLabel("Source URL").fill("https://www.nytimes.com/2023/09/04/us/politics/kim-jong-un-putin-russia.html");
  await sourceForm.getByLabel("Title").fill("Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales");
  await sourceForm.getByLabel("Excerpt").fill("In exchange, Mr. Kim wants Russia to provide North Korea with food aid.");
  await sourceForm.getByLabel("Stance").selectOption("supports");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(sourceForm.getByText("Source added.")).toBeVisible();
  const sources = panel.getByRole("list", { name: "Sources" });
  await expect(sources.getByRole("link", { name: "Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales" })).toBeVisible();

  // The verdict needs a rating and a rationale.
  const verdictForm = page.getByRole("form", { name: "Verdict" });
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdictForm.getByText("Choose a verdict from the scale")).toBeVisible();
  await expect(verdictForm.getByText("Rationale is required")).toBeVisible();

  await verdictForm.getByLabel("Verdict", { exact: true }).selectOption({ label: "True" });
  await verdictForm.getByLabel("Rationale").fill("The New York Times report says Kim wants food aid in exchange.");
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdictForm.getByText("Verdict saved.")).toBeVisible();
  await expect(panel.locator("dt:text-is('Current verdict') + dd")).toContainText("True");

  // Both survive a server restart.
  const claimUrl = page.url();
  await page.goto("about:blank"); // no prefetches against a stopped server
  await server.restart();
  await page.goto(claimUrl);
  await expect(page.getByRole("region", { name: "Claim" }).getByRole("list", { name: "Sources" })).toContainText(
    "Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales",
  );
  await expect(page.getByRole("region", { name: "Claim" }).locator("dt:text-is('Current verdict') + dd")).toContainText("True");
  await expect(page.getByRole("list", { name: "Claims" }).getByRole("link", { name: /suprimentos alimentares/ })).toContainText("True");
  await expect(page.getByText(/[1-9]\d* \/ \d+ reviewed/)).toBeVisible();

  // The report shows the claim, its verdict (in the article's language) and its source.
  await page.getByRole("link", { name: "Fact-check report" }).click();
  const report = page.getByRole("article").filter({ hasText: "suprimentos alimentares" });
  await expect(report.getByText("Verdadeiro")).toBeVisible();
  await expect(report.getByRole("link", { name: "Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales" })).toBeVisible();
  await expect(report).toContainText("The New York Times report says Kim wants food aid in exchange.");

  for (const [label, check] of [
    ["Download Markdown", (text: string) => {
      expect(text).toContain("suprimentos alimentares");
      expect(text).toContain("**Verdadeiro**");
      expect(text).toContain("Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales");
    }],
    ["Download JSON", (text: string) => {
      const json = JSON.parse(text) as { claims: { text: string; verdict: { label: string } | null; sources: { title: string }[] }[] };
      const claim = json.claims.find((c) => c.text.includes("suprimentos alimentares"));
      expect(claim?.verdict?.label).toBe("Verdadeiro");
      expect(claim?.sources.map((s) => s.title)).toContain("Kim Jong Un to Meet Putin in Russia to Discuss Arms Sales");
    }],
  ] as const) {
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: label }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^fact-check-putin-planeja.*\.(md|json)$/);
    check(await readFile((await download.path())!, "utf8"));
  }
});
