import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "node-html-parser";
import { renderHtml } from "./render-html";
import { HOSTILE, hostileReport, sampleReport } from "./test-fixture";

test("a standalone HTML document with the whole report, methodology and corrections", async () => {
  const html = await renderHtml(sampleReport());
  assert.match(html, /^<!DOCTYPE html>\n<html lang="pt-BR">/);
  const doc = parse(html);
  assert.equal(doc.querySelector("title")?.text, "Relatório de checagem: Putin e Kim");
  assert.match(doc.querySelector("style")?.text ?? "", /@media print/);
  const claim = doc.querySelector("article.report-claim")!;
  assert.match(claim.text, /Kim está procurando suprimentos alimentares/);
  assert.match(claim.text, /o relatório/);
  assert.match(claim.text, /Verdadeiro/);
  assert.equal(claim.querySelector(".report-rationale strong")?.text, "duas");
  const links = claim.querySelectorAll("a").map((a) => a.getAttribute("href"));
  assert.deepEqual(links, ["https://example.org/nyt", "https://web.archive.org/web/2023/https://example.org/nyt"]);
  assert.match(claim.querySelector("blockquote")!.text, /Kim seeks food/);
  assert.match(doc.querySelector("#report-methodology")!.parentNode!.text, /fontes estão listadas/);
  assert.match(doc.querySelector("#report-corrections")!.parentNode!.text, /Checagem Exemplo \(https:\/\/checagem\.example\.org\)/);
});

test("hostile text is escaped: no script, no injected tags, no javascript: link", async () => {
  const html = await renderHtml(hostileReport());
  const doc = parse(html);
  assert.equal(doc.querySelectorAll("script").length, 0);
  assert.equal(doc.querySelectorAll("img").length, 1, "only the rationale's Markdown image");
  assert.equal(doc.querySelector("img")?.getAttribute("onerror"), undefined);
  assert.doesNotMatch(html, /javascript:/);
  assert.doesNotMatch(html, /<script|<b>|<!--/i);
  const h2 = doc.querySelector("article h2")!;
  assert.ok(h2.text.includes(HOSTILE.claim.replace("&", "&")), "the claim is shown literally");
  // public audience: the heading links to the claim's public page
  assert.equal(h2.querySelector("a")?.getAttribute("href"), "https://checagem.example.org/r/art1/c1");
});
