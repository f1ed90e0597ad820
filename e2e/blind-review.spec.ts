import { expect, signIn, test } from "./support/fixtures";
import { baseURL } from "./support/paths";

test.use({ as: "editor" });

test("blind second review hides the first verdict, flags disagreement and reports agreement", async ({ page, browser }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Title", { exact: true }).fill("Blind review test article");
  await page.getByLabel("Article text").fill("The city council approved a budget of 3.2 million euros on Tuesday, the mayor said.");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blind review test article" })).toBeVisible();
  await page.getByRole("button", { name: "Turn blind review on" }).click();
  await expect(page.getByText("Blind second review is on.")).toBeVisible();
  const articleUrl = page.url();

  async function reviewAs(who: "reviewer" | "reviewer2", rating: string) {
    const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const p = await context.newPage();
    await signIn(p, who);
    await p.goto(articleUrl);
    await p.getByRole("list", { name: "Claims" }).getByRole("link").first().click();
    const form = p.getByRole("form", { name: "Verdict" });
    await expect(form.getByLabel("Verdict", { exact: true })).toBeVisible();
    return { context, page: p, form, rating };
  }

  const first = await reviewAs("reviewer", "True");
  await first.form.getByLabel("Verdict", { exact: true }).selectOption({ label: "True" });
  await first.form.getByLabel("Rationale").fill("The council minutes show 3.2 million.");
  await first.form.getByRole("button", { name: "Save verdict" }).click();
  await expect(first.form.getByText("Verdict saved.")).toBeVisible();

  const second = await reviewAs("reviewer2", "Misleading");
  await expect(second.page.getByText("Hidden: blind review. Propose your own verdict first.")).toBeVisible();
  await expect(second.form.getByLabel("Rationale")).toHaveValue("");
  await second.form.getByLabel("Verdict", { exact: true }).selectOption({ label: "Misleading" });
  await second.form.getByLabel("Rationale").fill("The budget was approved, but the figure includes last year's carry-over.");
  await second.form.getByRole("button", { name: "Save verdict" }).click();
  await expect(second.form.getByText("Verdict saved.")).toBeVisible();
  await expect(second.page.getByRole("region", { name: "Claim", exact: true }).getByText("Reviewers disagree")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: "Blind second review" })).toContainText("over 1 double-reviewed claim, 1 disagreement");
  await page.goto("/");
  await expect(page.getByRole("row", { name: /Blind review test article/ })).toContainText("κ = 0.00 over 1 double-reviewed claim");
  await first.context.close();
  await second.context.close();
});
