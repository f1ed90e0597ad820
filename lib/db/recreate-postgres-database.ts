import pg from "pg";

/**
 * Drops and creates a throwaway PostgreSQL database (for tests and load
 * runs). Refuses the maintenance database and any name that is not a
 * plain identifier, so it can never be pointed at something real by accident.
 */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name) || name === "postgres") throw new Error(`refusing to recreate "${name}": name a throwaway database`);
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
