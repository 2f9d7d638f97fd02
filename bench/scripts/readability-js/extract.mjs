// Runs Mozilla's readability.js (with jsdom, as Firefox's reader view runs it in a browser) on the
// pages `./marsad bench extraction-quality --write-pages OUT` wrote, and writes each page's text
// beside it as <page>.txt for `--texts OUT` to score. Times one page at a time on one thread after
// a warm-up pass, parsing included, as the other extractors are timed.
//
// usage: node extract.mjs OUT [FROM TO]   (FROM TO: only pages FROM..TO-1 of the sorted list, so that a
// large set runs in several processes: jsdom's memory grows page after page until it thrashes)
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const out = process.argv[2];
const [from, to] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? Infinity)];
if (!out || !existsSync(out)) {
  console.error("usage: node extract.mjs OUT   (OUT written by marsad bench extraction-quality --write-pages)");
  process.exit(2);
}

const bases = [];
for (const set of readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
  for (const file of readdirSync(join(out, set.name)).filter((f) => f.endsWith(".html")).sort()) {
    bases.push(join(out, set.name, file.slice(0, -".html".length)));
  }
}
const pages = bases.slice(from, to).map((base) => {
  const url = existsSync(base + ".url") ? readFileSync(base + ".url", "utf8").trim() : "";
  return { base, html: readFileSync(base + ".html"), url: url || "http://fakehost/test/page.html" };
});

// jsdom reports every stylesheet it cannot parse; that is noise here
const quiet = new VirtualConsole();

function extract(page) {
  try {
    // a Buffer lets jsdom decode as a browser would: BOM, then <meta charset>, then windows-1252
    const dom = new JSDOM(page.html, { url: page.url, contentType: "text/html", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article ? article.content : "";
  } catch {
    return ""; // a page readability.js or jsdom fails on counts as nothing found
  }
}

// Blocks end with a line break, so that words of adjacent paragraphs are not glued into one token.
function text(content) {
  if (!content) return "";
  const marked = content.replace(/<\/(p|div|li|h[1-6]|blockquote|pre|td|th|tr|section|article|figcaption|dd|dt)>/gi, "$&\n")
    .replace(/<br\s*\/?>/gi, "\n");
  return JSDOM.fragment(marked).textContent.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

for (const page of pages) extract(page); // warm-up pass, not timed

let nanos = 0n;
let bytes = 0;
for (const page of pages) {
  const start = process.hrtime.bigint();
  const content = extract(page);
  nanos += process.hrtime.bigint() - start;
  bytes += page.html.length;
  writeFileSync(page.base + ".txt", text(content));
}
const seconds = Number(nanos) / 1e9;
const mib = bytes / 1048576;
console.log(`readability.js (jsdom, one thread, after a warm-up pass): `
  + `${pages.length} pages, ${mib.toFixed(1)} MiB, ${(pages.length / seconds).toFixed(1)} pages/s, ${(mib / seconds).toFixed(2)} MiB/s`);
