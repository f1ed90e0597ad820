import { accounts } from "./support/accounts";
import { expect, signIn, test } from "./support/fixtures";
import { baseURL } from "./support/paths";
import { claimUrl } from "./support/seed-claims";

test.describe("signing in and out", () => {
  test.use({ as: null });

  test("an anonymous visitor is sent to sign in, a wrong password says so, the right one gets back to the page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
    await page.getByLabel("Email").fill(accounts.reviewer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(accounts.reviewer.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await page.getByLabel("Password").fill(accounts.reviewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ana Reviewer (Reviewer)" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the JSON API refuses anonymous readers of unpublished work", async ({ request }) => {
    const res = await request.get("/api/articles");
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { error: string }).error).toContain("Sign in");
  });

  test("every page carries the security headers", async ({ request }) => {
    const res = await request.get("/sign-in");
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("editorial sign-off", () => {
  test.use({ as: "reviewer" });

  test("a reviewer proposes a verdict but cannot publish it", async ({ page, request }) => {
    await page.goto(await claimUrl(request, "colocaram dezenas de milhares de minas"));
    const verdict = page.getByRole("form", { name: "Verdict" });
    await verdict.getByLabel("Verdict", { exact: true }).selectOption({ label: "Mostly true" });
    await verdict.getByLabel("Rationale").fill("Ukrainian and Western estimates put Russian mines in the tens of thousands.");
    await verdict.getByRole("button", { name: "Save verdict" }).click();
    await expect(verdict.getByText("Verdict saved.")).toBeVisible();
    await expect(page.getByText("Awaiting approval by an editor.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  });
});

test.describe("two-person rule", () => {
  test.use({ as: "editor" });

  test("an editor cannot approve their own verdict; another editor can", async ({ page, request, browser }) => {
    const url = await claimUrl(request, "Em junho, a Ucrânia lançou");
    await page.goto(url);
    const verdict = page.getByRole("form", { name: "Verdict" });
    await verdict.getByLabel("Verdict", { exact: true }).selectOption({ label: "True" });
    await verdict.getByLabel("Rationale").fill("The counteroffensive began in early June 2023.");
    await verdict.getByRole("button", { name: "Save verdict" }).click();
    await expect(verdict.getByText("Verdict saved.")).toBeVisible();
    await expect(page.getByText("You wrote this verdict: another editor must approve it (two-person rule).")).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

    const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await signIn(otherPage, "editor2");
    await otherPage.goto(url);
    // the open claim's highlight is marked once the page has hydrated: only then does the form post through React
    await expect(otherPage.locator("mark.active")).toHaveCount(1);
    await otherPage.getByRole("button", { name: "Approve and publish" }).click();
    await expect(otherPage.getByText("Approved by Diego Editor; the claim is published.")).toBeVisible();
    await expect(otherPage.getByRole("list", { name: "Timeline" })).toContainText("Diego Editor approved the verdict and published the claim");
    await expect(otherPage.getByRole("list", { name: "Timeline" })).toContainText("Carla Editor proposed a verdict");
    await other.close();
  });
});

test.describe("concurrent editing", () => {
  test.use({ as: "editor" });

  test("the second of two simultaneous saves is refused and shows both texts", async ({ page, request, browser }) => {
    const url = await claimUrl(request, "desesperação");
    const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await signIn(otherPage, "reviewer2");
    await Promise.all([page.goto(url), otherPage.goto(url)]);

    const mine = page.getByRole("form", { name: "Verdict" });
    await mine.getByLabel("Verdict", { exact: true }).selectOption({ label: "Misleading" });
    await mine.getByLabel("Rationale").fill("Blinken's characterisation is an opinion, not a fact.");
    await mine.getByRole("button", { name: "Save verdict" }).click();
    await expect(mine.getByText("Verdict saved.")).toBeVisible();

    const theirs = otherPage.getByRole("form", { name: "Verdict" });
    await theirs.getByLabel("Verdict", { exact: true }).selectOption({ label: "Unverifiable" });
    await theirs.getByLabel("Rationale").fill("Nothing public supports or refutes this.");
    await theirs.getByRole("button", { name: "Save verdict" }).click();
    const conflict = theirs.getByRole("region", { name: "Their change" });
    await expect(conflict).toContainText("Carla Editor saved this meanwhile");
    await expect(conflict).toContainText("Blinken's characterisation is an opinion, not a fact.");
    await expect(theirs.getByLabel("Rationale")).toHaveValue("Nothing public supports or refutes this.");
    await expect(theirs.getByText(/Someone else changed this claim/)).toBeVisible();
    await other.close();
  });
});
