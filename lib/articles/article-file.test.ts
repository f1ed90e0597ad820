import { test } from "node:test";
import assert from "node:assert/strict";
import { articleFromFile, kindOfFile } from "./article-file";

test("file kinds come from the extension", () => {
  assert.equal(kindOfFile("a.TXT"), "txt");
  assert.equal(kindOfFile("a.md"), "md");
  assert.equal(kindOfFile("a.htm"), "html");
  assert.equal(kindOfFile("a.pdf"), null);
});

test("text and Markdown bodies are kept exactly", () => {
  const md = "# Title here\n\nBody  with  spaces.\n";
  assert.deepEqual(articleFromFile("md", md), { body: md, title: "Title here" });
  assert.equal(articleFromFile("txt", " a\r\nb ").body, " a\r\nb ");
});

test("HTML: scripts, styles and navigation are dropped, blocks become paragraphs", () => {
  const html = `<html><head><title>Page</title><style>p{}</style></head><body>
    <nav><a href="/">Home</a><p>Menu text</p></nav>
    <article><h1>Headline</h1><p>First  paragraph
    with <b>bold</b>.</p><script>alert("x")</script><ul><li>Bullet one</li><li>Bullet two</li></ul></article>
    <footer><p>Copyright</p></footer></body></html>`;
  const { body, title } = articleFromFile("html", html);
  assert.equal(title, "Page");
  assert.equal(body, "Headline\n\nFirst paragraph with bold.\n\n• Bullet one\n\n• Bullet two");
});

test("HTML with only scripts gives an empty body", () => {
  assert.equal(articleFromFile("html", "<script>alert(1)</script><style>x{}</style>").body, "");
});
