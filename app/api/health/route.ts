import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** GET /api/health → 200 { status: "ok", database: "ok" } when the database answers, else 503. */
export async function GET() {
  const started = performance.now();
  const ok = await checkDatabase();
  const body = { status: ok ? "ok" : "degraded", database: ok ? "ok" : "unreachable", ms: Math.round(performance.now() - started) };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
