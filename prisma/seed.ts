import path from "node:path";
import { createArticle } from "../lib/articles/create-article";
import { readSeedArticles } from "../lib/articles/seed-files";
import { authFor } from "../lib/auth/server-auth";
import { createPrismaClient } from "../lib/db/create-client";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { defaultScale, scalePresets } from "../lib/ratings/presets";
import { ensureScale } from "../lib/ratings/ensure-scale";
import { ensureSeedAccounts } from "../lib/users/seed-accounts";

/**
 * Run by `npm start` after migrations. Idempotent: the default scale, the
 * accounts and each seed article are created only when missing.
 */
async function main() {
  const target = resolveDatabaseTarget();
  const db = createPrismaClient(target);
  try {
    if (target.kind === "sqlite") {
      // WAL lets readers work while one writer commits; it is stored in the file.
      await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    }
    await db.$transaction(async (tx) => {
      await ensureScale(tx, defaultScale, true);
      for (const preset of scalePresets) if (preset !== defaultScale) await ensureScale(tx, preset);
    });
    const adminId = await ensureSeedAccounts(db, await authFor(db));
    const seeds = await readSeedArticles(path.join(process.cwd(), "seeds"));
    let added = 0;
    for (const seed of seeds) {
      const exists = await db.article.findUnique({ where: { seedKey: seed.seedKey }, select: { id: true } });
      if (exists) continue;
      const article = await createArticle(db, seed.input, { actorId: adminId, seedKey: seed.seedKey });
      console.log(`seed: added "${article.title}" (${article.claimCount} claims)`);
      added++;
    }
    console.log(`seed: ${added} article(s) added, ${seeds.length - added} already present`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
