import { test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "@/lib/errors";
import { nestingDepth, readJsonBody } from "./read-json";

const post = (body: BodyInit, type = "application/json") => new Request("http://x/api", { method: "POST", body, headers: { "content-type": type } });
const refused = (re: RegExp) => (e: unknown) => e instanceof DomainError && e.code === "invalid" && re.test(e.message);

test("valid JSON objects are read", async () => {
  assert.deepEqual(await readJsonBody(post('{"a":[1,{"b":"ç"}]}')), { a: [1, { b: "ç" }] });
});

test("wrong type, bad JSON, invalid UTF-8, oversize and deep nesting are refused in words", async () => {
  await assert.rejects(readJsonBody(post("{}", "text/plain")), refused(/application\/json/));
  await assert.rejects(readJsonBody(post("{nope")), refused(/not valid JSON/));
  await assert.rejects(readJsonBody(post(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))), refused(/UTF-8/));
  await assert.rejects(readJsonBody(post("x".repeat(2000)), 1000), refused(/larger than/));
  await assert.rejects(readJsonBody(post("[".repeat(50) + "]".repeat(50))), refused(/nested/));
});

test("nesting depth ignores brackets inside strings", () => {
  assert.equal(nestingDepth('{"a":"[[[[{{{{","b":[1,[2]]}'), 3);
  assert.equal(nestingDepth('"\\"[["'), 0);
});
