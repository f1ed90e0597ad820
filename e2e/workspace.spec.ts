import { test, expect } from "./support/fixtures";
import { importWorkspaceArticle } from "./support/workspace-article";

/** The reviewer workspace: keyboard review, queue filters in the URL, highlight ↔ claim. */
test.use({ as: "editor" });

test("keyboard-only review of three claims: open, add source, verdict, next", async ({ page }) => {
  const path = await importWorkspaceArticle(page, `kb-${Date.now()}`);
  const queue = page.getByRole("list", { name: "Claims" });
  const rows = queue.locator("[data-claim-link]");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await page.locator("body").click({ position: { x: 1, y: 1 } }); // focus the document, not a control
  await page.locator("h1").focus();

  const reviewed: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("j");
    await expect(rows.nth(i)).toHaveAttribute("aria-current", "true");
    const claimId = (await rows.nth(i).getAttribute("data-claim-link"))!;
    await expect(page).toHaveURL(new RegExp(`/claims/${claimId}`));
    await expect(page.locator("#claim-panel-title")).toBeFocused();
    reviewed.push(claimId);

    await page.keyboard.press("s");
    await expect(page.getByLabel("Source URL")).toBeFocused();
    await page.keyboard.type(`https://example.org/evidence-${i}`);
    await page.keyboard.press("Tab");
    await page.keyboard.type(`Evidence ${i}`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Add source" }).getByText("Source added.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Sources" })).toContainText(`Evidence ${i}`);

    await page.keyboard.press("Escape");
    await page.keyboard.press(String(i + 1)); // True, Mostly true, Misleading
    await expect(page.getByLabel("Rationale")).toBeFocused();
    await page.keyboard.type(`Checked against evidence ${i}.`);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByRole("form", { name: "Verdict" }).getByText("Verdict saved.")).toBeVisible();
    await page.keyboard.press("Escape");
  }
  const labels = ["True", "Mostly true", "Misleading"];
  for (const [i, id] of reviewed.entries()) {
    await expect(queue.locator(`[data-claim-link="${id}"]`)).toContainText(labels[i]!);
  }
  // k goes back
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`/claims/${reviewed[1]}`));
  expect(page.url()).toContain(path);
});

test("filters and search narrow the queue, and the URL carries them", async ({ page }) => {
  const path = await importWorkspaceArticle(page, `filter-${Date.now()}`);
  const queue = page.getByRole("list", { name: "Claims" });
  const all = await queue.locator("[data-claim-link]").count();

  // speaker names come from the extractor: pick the first one offered
  const speakers = await page.getByLabel("Speaker").locator("option").allTextContents();
  await page.getByLabel("Speaker").selectOption({ label: speakers[1]! });
  await expect(page).toHaveURL(/speaker=/);
  const bySpeaker = await queue.locator("[data-claim-link]").count();
  expect(bySpeaker).toBeLessThan(all);

  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(page).not.toHaveURL(/speaker=/);

  const search = page.getByRole("searchbox", { name: "Search claims" });
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await search.fill("cargo");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=cargo/);
  await expect(queue.locator("[data-claim-link]")).toHaveCount(1);
  await expect(queue).toContainText("cargo volume rose 12%");
  await expect(page.getByRole("status").filter({ hasText: /Showing 1 of \d+ claims/ })).toBeVisible();

  await page.getByLabel("Status", { exact: true }).selectOption("new");
  await expect(page).toHaveURL(/status=new/);
  await expect(page).toHaveURL(/q=cargo/);

  // The URL alone restores the view (shareable).
  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  await expect(queue.locator("[data-claim-link]")).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Search claims" })).toHaveValue("cargo");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("new");

  await page.getByLabel("Status", { exact: true }).selectOption("published");
  await expect(page.getByText("No claim matches this search and these filters.")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(path);
});

test("highlight and claim navigate to each other; the legend explains the colours", async ({ page }) => {
  await importWorkspaceArticle(page, `hl-${Date.now()}`);
  const legend = page.locator("details.legend");
  await expect(legend.getByRole("list", { name: "Highlight by status" })).toContainText("In review");
  await expect(legend.getByRole("list", { name: "Underline by verdict" })).toContainText("Mostly false");

  const highlight = page.locator(".article-body mark a").filter({ hasText: "cargo volume rose 12%" });
  await highlight.click();
  await expect(page).toHaveURL(/\/claims\//);
  const panel = page.getByRole("region", { name: "Claim", exact: true });
  await expect(panel.locator("blockquote").first()).toContainText("cargo volume rose 12%");
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.locator(`[data-claim-link="${id}"]`)).toHaveAttribute("aria-current", "true");

  const other = page.getByRole("list", { name: "Claims" }).locator("[data-claim-link]").filter({ hasText: "Fishing exports doubled" });
  await other.click();
  const otherId = await other.getAttribute("data-claim-link");
  const mark = page.locator("mark").filter({ has: page.locator(`a[data-claim-highlight="${otherId}"]`) });
  await expect(mark).toHaveClass(/active/);
  await expect(mark).toBeInViewport();
  await expect(mark.getByRole("link")).toHaveAttribute("title", /New · No verdict yet/);
});

test("an open claim has its own address; older ?claim= links land there with their filters", async ({ page }) => {
  const path = await importWorkspaceArticle(page, `addr-${Date.now()}`);
  const row = page.getByRole("list", { name: "Claims" }).locator("[data-claim-link]").first();
  const id = (await row.getAttribute("data-claim-link"))!;
  await page.goto(`${path}?claim=${id}&status=new`);
  await expect(page).toHaveURL(new RegExp(`${path}/claims/${id}\\?status=new$`));
  await expect(page.getByRole("region", { name: "Claim", exact: true })).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("new");
});

test("? lists every shortcut in a dialog that gives the focus back", async ({ page }) => {
  await importWorkspaceArticle(page, `help-${Date.now()}`);
  const opener = page.getByRole("button", { name: "Keyboard shortcuts (?)" });
  await opener.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const key of ["j", "k", "1 – 9", "Ctrl + Enter", "s", "/", "Esc", "?"]) await expect(dialog.locator("kbd", { hasText: key }).first()).toBeVisible();
  await expect(dialog).toContainText("nothing is saved until");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("bulk assign, assigned-to-me view, bulk status and a comment", async ({ page }) => {
  await importWorkspaceArticle(page, `bulk-${Date.now()}`);
  const queue = page.getByRole("list", { name: "Claims" });
  await queue.getByRole("checkbox", { name: "Select claim 1" }).check();
  await queue.getByRole("checkbox", { name: "Select claim 2" }).check();
  const bulk = page.getByRole("form", { name: "Bulk actions" });
  await bulk.getByLabel("Assign selected to").selectOption({ label: "Carla Editor" });
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(bulk.getByText("2 claims changed.")).toBeVisible();

  await page.getByLabel("Assignee").selectOption("me");
  await expect(page).toHaveURL(/assignee=me/);
  await expect(queue.locator("[data-claim-link]")).toHaveCount(2);
  await expect(queue).toContainText("Assigned to Carla Editor");

  await queue.getByRole("checkbox", { name: "Select claim 1" }).check();
  await bulk.getByLabel("Move selected to").selectOption("dismissed");
  await bulk.getByRole("button", { name: "Change status" }).click();
  await expect(bulk.getByText("Give a reason for dismissing")).toBeVisible();
  await bulk.getByLabel("Reason (for dismissing)").fill("Not a factual claim");
  await bulk.getByRole("button", { name: "Change status" }).click();
  await expect(bulk.getByText("1 claim changed.")).toBeVisible();
  await expect(queue.locator("[data-claim-link]").first()).toContainText("Dismissed");

  await queue.locator("[data-claim-link]").nth(1).click();
  const comments = page.getByRole("form", { name: "Add comment" });
  await comments.getByLabel("Comment", { exact: true }).fill("Ask the port for the 2023 annual report.");
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Ask the port for the 2023 annual report.");
  await expect(comments.getByText("Comment added.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("commented");
});

test("an editor can change the rating scale until the first verdict, and not after", async ({ page }) => {
  const path = await importWorkspaceArticle(page, `scale-${Date.now()}`);
  const chooser = page.getByRole("group").filter({ has: page.getByText("Rating scale", { exact: true }) });
  await page.getByText("Rating scale", { exact: true }).click();
  const select = page.getByLabel("Scale for this article");
  const options = await select.locator("option").allInnerTexts();
  expect(options.length).toBeGreaterThanOrEqual(2);
  const other = options.find((name) => name !== (options[0] ?? ""))!;
  await select.selectOption({ label: other });
  await page.getByRole("button", { name: "Use this scale" }).click();
  await expect(page.getByText("Scale changed.")).toBeVisible();
  await expect(page.locator("main > p.muted").first()).toContainText(other);

  // the first verdict fixes the scale: the chooser is gone
  await page.getByRole("list", { name: "Claims" }).locator("[data-claim-link]").first().click();
  const verdict = page.getByRole("form", { name: "Verdict" });
  await verdict.getByLabel("Verdict", { exact: true }).selectOption({ index: 1 });
  await verdict.getByLabel("Rationale").fill("Checked.");
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByText("Verdict saved.")).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Rating scale", { exact: true })).toHaveCount(0);
  await expect(chooser).toHaveCount(0);
});
