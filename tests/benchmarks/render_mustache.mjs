// The same 12 prompts rendered with mustache.js (the npm `mustache`
// package), for comparison with PromptDeck's engine. Reads what
// `bench_promptdeck render SESSION DIR` wrote into DIR; escaping is off, as
// PromptDeck's prompts have it.
//
//   node render_mustache.mjs DIR MUSTACHE_MODULE_PATH
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [dir, modulePath] = process.argv.slice(2);
const Mustache = createRequire(import.meta.url)(modulePath);
Mustache.escape = (text) => text;

const partials = {};
for (const name of readdirSync(join(dir, 'partials')))
  partials[name.replace(/\.mustache$/, '')] = readFileSync(join(dir, 'partials', name), 'utf8');
const cards = readdirSync(dir).filter((name) => /^card-\d+\.mustache$/.test(name)).sort()
  .map((name) => readFileSync(join(dir, name), 'utf8'));
const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));

function renderAll() {
  let bytes = 0;
  for (const card of cards)
    bytes += Buffer.byteLength(Mustache.render(card, data, partials));
  return bytes;
}

renderAll(); // warm-up, and the templates' parse cache
const times = [];
let bytes = 0;
for (let run = 0; run < 7; ++run) {
  const start = process.hrtime.bigint();
  bytes = renderAll();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const ms = times[3];
console.log(`RESULT mustachejs_ms ${ms.toFixed(3)} 0 ms`);
console.log(`RESULT mustachejs_throughput ${(bytes / 1e9 / (ms / 1000)).toFixed(3)} 0 GB/s`);
