// Reads back what edito published to the reference Bluesky server and checks it, exits 1 on the first problem.
// Usage: node pds-check.mjs ACCOUNT.json IMAGE_FILE
// Checks: exactly the expected records (no duplicate), their texts, facets, langs, the image (alt text, aspect
// ratio, the exact bytes through com.atproto.sync.getBlob), the link card and its thumbnail, the thread's reply
// references, createdAt in milliseconds.
import fs from 'node:fs';
import crypto from 'node:crypto';

const [accountFile, imageFile] = process.argv.slice(2);
const account = JSON.parse(fs.readFileSync(accountFile, 'utf8'));
const image = fs.readFileSync(imageFile);
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');
const fail = (msg) => { console.error(`pds check: ${msg}`); process.exit(1); };
const expect = (cond, msg) => { if (!cond) fail(msg); };

async function get(method, params) {
  const r = await fetch(`${account.service}/xrpc/${method}?${new URLSearchParams(params)}`);
  if (r.status !== 200) fail(`${method} answered ${r.status}: ${await r.text()}`);
  return r;
}

const records = [];
let cursor;
do {
  const page = await (await get('com.atproto.repo.listRecords', { repo: account.did,
    collection: 'app.bsky.feed.post', limit: '100', ...(cursor ? { cursor } : {}) })).json();
  records.push(...page.records);
  cursor = page.records.length ? page.cursor : undefined;
} while (cursor);
const byText = new Map();
for (const r of records) {
  expect(!byText.has(r.value.text), `duplicate post: ${JSON.stringify(r.value.text)}`);
  byText.set(r.value.text, r);
}
const want = ['Plain post from edito CI: details on bsky.app #EditoCI', 'Tram 28 at dusk, from edito CI',
  'A thread from edito CI (1/3)', '2/3 second item', '3/3 third item', 'Our conditions, from edito CI'];
expect(records.length === want.length, `${records.length} records, expected ${want.length}: `
  + JSON.stringify([...byText.keys()]));
for (const t of want) expect(byText.has(t), `no record with text ${JSON.stringify(t)}`);

const plain = byText.get(want[0]).value;
expect(JSON.stringify(plain.langs) === '["en"]', `langs ${JSON.stringify(plain.langs)}`);
const link = plain.facets?.find((f) => f.features[0].$type === 'app.bsky.richtext.facet#link');
expect(link && link.features[0].uri === 'https://bsky.app', `bare domain facet: ${JSON.stringify(plain.facets)}`);
const tag = plain.facets?.find((f) => f.features[0].$type === 'app.bsky.richtext.facet#tag');
expect(tag && tag.features[0].tag === 'EditoCI', `tag facet: ${JSON.stringify(plain.facets)}`);
expect(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(plain.createdAt), `createdAt ${plain.createdAt}`);

async function blobMatches(blob, bytes, what) {
  const cid = blob.ref.$link;
  const got = Buffer.from(await (await get('com.atproto.sync.getBlob', { did: account.did, cid })).arrayBuffer());
  expect(sha(got) === sha(bytes), `${what}: getBlob gave ${got.length} bytes, not the ${bytes.length} uploaded`);
}

const img = byText.get(want[1]).value.embed;
expect(img?.$type === 'app.bsky.embed.images', `image post embed: ${JSON.stringify(img)}`);
expect(img.images[0].alt === 'A red tram climbing a street in Lisbon', `alt text ${img.images[0].alt}`);
expect(img.images[0].aspectRatio?.width > 0 && img.images[0].aspectRatio?.height > 0,
  `aspectRatio ${JSON.stringify(img.images[0].aspectRatio)}`);
await blobMatches(img.images[0].image, image, 'image');

const root = byText.get(want[2]);
for (const t of want.slice(3, 5)) {
  const reply = byText.get(t).value.reply;
  expect(reply?.root?.uri === root.uri && reply.root.cid === root.cid, `${t}: root ${JSON.stringify(reply)}`);
}
expect(byText.get(want[3]).value.reply.parent.uri === root.uri, 'item 2 does not answer item 1');
expect(byText.get(want[4]).value.reply.parent.uri === byText.get(want[3]).uri, 'item 3 does not answer item 2');

const card = byText.get(want[5]).value.embed;
expect(card?.$type === 'app.bsky.embed.external', `link post embed: ${JSON.stringify(card)}`);
expect(card.external.title === 'Conditions & fares' && card.external.description === 'Baggage, changes, refunds.',
  `card ${JSON.stringify(card.external)}`);
expect(card.external.thumb, 'card without thumbnail');
await blobMatches(card.external.thumb, image, 'card thumbnail');
console.log(`pds check: ${records.length} records as expected, image and thumbnail bytes identical`);
