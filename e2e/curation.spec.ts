import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { runDir } from "./support/paths";
import { claimUrl } from "./support/seed-claims";

test.use({ as: "reviewer" });

const englishArticle = [
  "Harbour authority reports record cargo",
  "",
  "The Port of Lisbon handled 1,200 container ships in 2023, the harbour authority said on Monday.",
  "",
  "According to the authority, cargo volume rose 12% compared with 2022.",
  "",
  "Officials expect the new terminal to open next year.",
].join("\n");

test("import a pasted article, then curate its claims without losing work on re-extraction", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByText("Paste the article text or choose a file")).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill("Harbour authority reports record cargo");
  await page.getByLabel("Article text").fill(englishArticle);
  await page.getByLabel("Article URL").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByText("Article URL must start with http:// or https://")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(englishArticle);

  await page.getByLabel("Article URL").fill("https://example.org/lisbon-port");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour authority reports record cargo" })).toBeVisible();
  const claims = page.getByRole("list", { name: "Claims" });
  const shipsClaim = claims.getByRole("link", { name: /1,200 container ships/ });
  await expect(shipsClaim).toContainText("Speaker: the harbour authority");

  // Select words in the text and add them as a claim.
  await page.evaluate(() => {
    const body = document.querySelector(".article-body")!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const at = node.textContent!.indexOf("Officials expect");
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + "Officials expect the new terminal to open next year".length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }
  });
  await expect(page.getByText("Selected: “Officials expect the new terminal to open next year”")).toBeVisible();
  await page.getByRole("button", { name: "Add selection as claim" }).click();
  await expect(page.getByText("Claim added.")).toBeVisible();

  // Edit the speaker of the ships claim.
  const panel = page.getByRole("region", { name: "Claim" });
  await shipsClaim.click();
  await expect(panel.locator("blockquote").first()).toContainText("1,200 container ships");
  await page.getByText("Edit, split, merge or dismiss this claim").click();
  const edit = page.getByRole("form", { name: "Edit claim" });
  await edit.getByLabel("Speaker").fill("Port of Lisbon harbour authority");
  await edit.getByRole("button", { name: "Save claim" }).click();
  await expect(edit.getByText("Claim saved.")).toBeVisible();
  await expect(claims.getByRole("link", { name: /1,200 container ships/ })).toContainText("Speaker: Port of Lisbon harbour authority");

  // Dismiss the cargo-volume claim with a reason.
  await claims.getByRole("link", { name: /cargo volume rose 12%/ }).click();
  await expect(panel.locator("blockquote").first()).toContainText("cargo volume rose 12%");
  await page.getByText("Edit, split, merge or dismiss this claim").click();
  const dismiss = page.getByRole("form", { name: "Dismiss claim" });
  await dismiss.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(dismiss.getByText("Reason is required")).toBeVisible();
  await dismiss.getByLabel("Reason for dismissing").fill("Duplicate of the authority's press release figure");
  await dismiss.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(claims.getByRole("link", { name: /cargo volume rose 12%/ })).toContainText("Dismissed");

  // Re-running extraction keeps every claim a person touched.
  await page.getByRole("button", { name: "Re-run extraction" }).click();
  await expect(page.getByText("Extraction re-run; reviewed claims kept.")).toBeVisible();
  await expect(claims.getByRole("link", { name: /1,200 container ships/ })).toContainText("Speaker: Port of Lisbon harbour authority");
  await expect(claims.getByRole("link", { name: /cargo volume rose 12%/ })).toContainText("Dismissed");
  await expect(claims.getByRole("link", { name: /^Officials expect the new terminal to open next year(?!\.)/ })).toBeVisible();
});

test("upload an HTML article; binary files are refused in words", async ({ page }) => {
  const html = path.join(runDir, "upload.html");
  await writeFile(
    html,
    `<html><head><title>Reservatórios em queda</title><script>alert(1)</script></head><body><nav>Menu</nav><article><h1>Reservatórios em queda</h1>
     <p>O nível dos reservatórios caiu para 31% em outubro, segundo o Operador Nacional do Sistema.</p></article></body></html>`,
  );
  const binary = path.join(runDir, "binary.txt");
  await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]));

  await page.goto("/articles/new");
  await page.getByLabel("Or upload a file").setInputFiles(binary);
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByText(/The file is not UTF-8 text/).first()).toBeVisible();

  await page.getByLabel("Or upload a file").setInputFiles(html);
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reservatórios em queda" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Claims" })).toContainText("O nível dos reservatórios caiu para 31% em outubro");
  await expect(page.locator(".article-body")).not.toContainText("alert(1)");
  await expect(page.locator(".article-body")).not.toContainText("Menu");
});

test("a claim already checked in another article links to that verdict", async ({ page, request }) => {
  await page.goto(await claimUrl(request, "pesadas perdas"));
  const verdict = page.getByRole("form", { name: "Verdict" });
  await verdict.getByLabel("Verdict", { exact: true }).selectOption({ label: "Mostly true" });
  await verdict.getByLabel("Rationale").fill("Western estimates put Russian losses in the hundreds of thousands.");
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByText("Verdict saved.")).toBeVisible();

  await page.goto("/articles/new");
  await page.getByLabel("Title", { exact: true }).fill("Perdas russas");
  await page.getByLabel("Article text").fill("Desde fevereiro de 2022, a Rússia sofreu pesadas perdas de pessoal militar e de recursos, segundo analistas.");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await page.getByRole("list", { name: "Claims" }).getByRole("link").first().click();
  const already = page.getByRole("region", { name: "Already checked" });
  await expect(already).toContainText("tem sofrido pesadas perdas tanto de pessoal militar quanto de recursos");
  await already.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Putin planeja");
});
