import { test } from "node:test";
import assert from "node:assert/strict";
import { claimPublicPath, parsePublisherConfig } from "./publisher-config";

test("defaults: Claimdesk on localhost at PORT", () => {
  assert.deepEqual(parsePublisherConfig({}), { orgName: "Claimdesk", orgUrl: "http://localhost:3000", publicUrl: "http://localhost:3000" });
  assert.equal(parsePublisherConfig({ PORT: "4000" }).publicUrl, "http://localhost:4000");
});

test("configured values, trailing slash removed; org URL falls back to the public URL", () => {
  assert.deepEqual(
    parsePublisherConfig({ CLAIMDESK_ORG_NAME: " Checagem ", CLAIMDESK_PUBLIC_URL: "https://checagem.example.org/", CLAIMDESK_ORG_URL: "" }),
    { orgName: "Checagem", orgUrl: "https://checagem.example.org", publicUrl: "https://checagem.example.org" },
  );
});

test("a bad URL is refused with the variable's name", () => {
  assert.throws(() => parsePublisherConfig({ CLAIMDESK_PUBLIC_URL: "javascript:alert(1)" }), /CLAIMDESK_PUBLIC_URL must be a full http\(s\) address/);
  assert.throws(() => parsePublisherConfig({ CLAIMDESK_ORG_URL: "example.org" }), /CLAIMDESK_ORG_URL/);
});

test("public paths", () => {
  assert.equal(claimPublicPath("art1", "c1"), "/r/art1/c1");
});
