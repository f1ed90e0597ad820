import { test } from "node:test";
import assert from "node:assert/strict";
import { scanQuotes } from "./quotes";

test("curly quotes open and close", () => {
  const q = scanQuotes("Ele disse “progresso muito tangível” ontem.", 0);
  assert.ok(q.hasQuote);
  assert.equal(q.depthAfter, 0);
  assert.equal(q.ranges.length, 1);
});

test("a quote left open carries into the next sentence and closes there", () => {
  const a = scanQuotes("“Isso vai gerar muita atenção.", 0);
  assert.equal(a.depthAfter, 1);
  assert.ok(a.startsQuoted);
  const b = scanQuotes("Isso está mostrando ajuda”, disse Hertling.", a.depthAfter);
  assert.equal(b.depthAfter, 0);
  assert.ok(b.closesCarried);
  assert.ok(b.startsQuoted);
});

test("straight quotes, guillemets and apostrophes", () => {
  assert.equal(scanQuotes('"We will win," she said.', 0).depthAfter, 0);
  assert.ok(scanQuotes("«Basta», disse.", 0).hasQuote);
  assert.ok(!scanQuotes("The port's operator didn't answer.", 0).hasQuote);
});
