import { randomUUID } from "node:crypto";
import type { DatabaseTarget } from "../lib/db/database-url";

/**
 * Driver adapter for the Prisma CLI's JS schema engine (migrate deploy / dev /
 * diff). CLI-only workarounds for Prisma 6.19.3 (../shared/PRISMA-OFFLINE.md):
 *
 * SQLite — the shadow database replays a multi-statement migration through
 * one argument-less `executeRaw`, which better-sqlite3 refuses (P3006): run
 * those with `executeScript` instead.
 *
 * PostgreSQL — catalog columns of type `name` / `"char"` cannot be read by
 * adapter-pg (prisma/orm#27403): report them as text; scripts run whole (the
 * stock `executeScript` splits on every `;`, even inside a string); the shadow
 * database is connected by host/port/user/database (a connectionString would
 * override its name) and dropped WITH (FORCE) after its pool is closed; pools
 * let the process exit when idle.
 */
export async function cliAdapterFactory(target: DatabaseTarget) {
  if (target.kind === "sqlite") return sqliteCliFactory(target.url);
  return pgCliFactory(target.url);
}

async function sqliteCliFactory(url: string) {
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const base = new PrismaBetterSQLite3({ url });
  return {
    provider: "sqlite" as const,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    async connectToShadowDb() {
      const shadow = await base.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

const PG_TEXT_OID = 25;
const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;

/**
 * The WASM schema engine arms a 10 s timer per PostgreSQL operation and never
 * clears it, so the CLI would sit idle 10 s before exiting. CLI process only:
 * let such timers fire if the process is still alive, but not keep it alive.
 */
function unrefLongTimers() {
  const g = globalThis as { claimdeskTimersPatched?: boolean };
  if (g.claimdeskTimersPatched) return;
  g.claimdeskTimersPatched = true;
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  }) as typeof globalThis.setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

async function pgCliFactory(url: string) {
  unrefLongTimers();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { default: pg } = await import("pg");
  type Pool = InstanceType<typeof pg.Pool>;
  type Fields = { dataTypeID: number }[];

  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  const connection = {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
  };
  const mainDatabase = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";

  const retype = (result: unknown) => {
    const fields = (result as { fields?: Fields } | undefined)?.fields;
    for (const f of fields ?? []) if (f.dataTypeID === PG_NAME_OID || f.dataTypeID === PG_CHAR_OID) f.dataTypeID = PG_TEXT_OID;
    return result;
  };

  const makePool = (database: string): Pool => {
    const pool = new pg.Pool({ ...connection, database, allowExitOnIdle: true, max: 4 });
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const last = args[args.length - 1];
        if (typeof last === "function") {
          args[args.length - 1] = (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, retype(res));
          return query(...args);
        }
        const out = query(...args);
        return out instanceof Promise ? out.then(retype) : out;
      };
    });
    return pool;
  };

  const adapterFor = async (pool: Pool, onDispose: () => Promise<void>) => {
    const adapter = await new PrismaPg(pool, { schema }).connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    adapter.dispose = onDispose;
    return adapter;
  };

  const admin = async (sql: string) => {
    const client = new pg.Client({ ...connection, database: mainDatabase });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const pool = makePool(mainDatabase);
      return adapterFor(pool, () => pool.end());
    },
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, "")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const pool = makePool(name);
      return adapterFor(pool, async () => {
        await pool.end();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
