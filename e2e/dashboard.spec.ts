import { test, expect } from "./support/fixtures";
import { importWorkspaceArticle, workspaceArticle } from "./support/workspace-article";

test.use({ as: "reviewer" });

test("the dashboard's chart, progress and approval queue reflect a new verdict", async ({ page }) => {
  const tag = `dash-${Date.now()}`;
  const path = await importWorkspaceArticle(page, tag);
  const { title } = workspaceArticle(tag);

  await page.goto("/");
  const chart = page.getByRole("table", { name: "Verdict distribution" });
  const falseCount = async () => {
    if ((await chart.count()) === 0) return 0;
    const row = chart.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "False", exact: true }) });
    return (await row.count()) === 0 ? 0 : Number(await row.getByRole("cell").innerText());
  };
  const before = await falseCount();
  await expect(page.getByRole("progressbar", { name: `Progress of ${title}` })).toHaveAttribute("value", "0");

  await page.goto(path);
  await page.getByRole("list", { name: "Claims" }).locator("[data-claim-link]").filter({ hasText: "Fishing exports doubled" }).click();
  const verdict = page.getByRole("form", { name: "Verdict" });
  await verdict.getByLabel("Verdict", { exact: true }).selectOption({ label: "False" });
  await verdict.getByLabel("Rationale").fill("Statistics office data show a **40%** rise, not a doubling.");
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByText("Verdict saved.")).toBeVisible();
  await expect(page.locator(".markdown strong")).toHaveText("40%"); // Markdown rendered

  await page.goto("/");
  await expect.poll(falseCount).toBe(before + 1);
  await expect(page.getByRole("progressbar", { name: `Progress of ${title}` })).toHaveAttribute("value", "1");
  const waiting = page.getByRole("region", { name: /Waiting for approval/ });
  await expect(waiting.getByRole("link", { name: /Fishing exports doubled/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Work per reviewer" }).getByRole("row", { name: /Ana Reviewer/ })).toBeVisible();
});
