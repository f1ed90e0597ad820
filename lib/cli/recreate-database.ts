/** `tsx lib/cli/recreate-database.ts postgresql://…/name`: drops and creates that (throwaway) PostgreSQL database. */
import pg from "pg";
import { z } from "zod";

const url = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "give a postgresql:// URL")
  .parse(process.argv[2]);
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[\w-]+$/.test(name) || name === "postgres") {
  console.error(`refusing to recreate "${name}": name a throwaway database`);
  process.exit(2);
}
target.pathname = "/postgres";

async function recreate() {
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

recreate().catch((error: unknown) => {
  console.error("recreate-database:", error instanceof Error ? error.message : error);
  process.exit(1);
});
