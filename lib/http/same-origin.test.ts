import { test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin } from "./same-origin";

const req = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/x", { method: "POST", headers });

test("same-origin requests pass, foreign, missing or malformed origins are refused", () => {
  assertSameOrigin(req({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }));
  assertSameOrigin(req({ origin: "https://desk.example.org", host: "internal:3000", "x-forwarded-host": "desk.example.org" }));
  const refused: Record<string, string>[] = [
    { origin: "https://evil.example", host: "127.0.0.1:3000" },
    { host: "127.0.0.1:3000" },
    { origin: "null", host: "127.0.0.1:3000" },
  ];
  for (const headers of refused) {
    assert.throws(() => assertSameOrigin(req(headers)), (e: unknown) => e instanceof DomainError && e.code === "forbidden");
  }
});
