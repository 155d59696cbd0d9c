// What a first visit costs a phone: every byte each page brings over the network, by type, in a fresh
// browser (empty cache), as Chromium receives it (headers included, compressed as sent). Part of
// scripts/bench; not a test.
//
//   node tests/bench/first-visit.mjs BASE_URL
//
// Prints a markdown table: one row per page and language. Chromium advertises brotli only over HTTPS,
// so the request asks for it by header, as a phone on the real (HTTPS) site would.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../e2e/package.json'));
const { chromium } = require('playwright-core');

const base = process.argv[2];
if (!base) {
  console.error('usage: node tests/bench/first-visit.mjs BASE_URL');
  process.exit(2);
}

const FAMILY = ['family@example.org', 'heard-demo-family'];
const AMIRA = ['amira@example.org', 'heard-demo-amira'];

// [name, path (or a function of the signed-in page's links), who signs in]
const PAGES = [
  ['home', '/', null],
  ['search', '/local-offer?q=speach+therapy', null],
  ['a service', 'first-service', null],
  ['record: goals', 'first-child-goals', FAMILY],
  ['record: a new goal', 'first-child-new-goal', FAMILY],
  ['my page', 'my-page', AMIRA],
];
const LOCALES = ['en-GB', 'ur'];
const TYPES = ['document', 'script', 'wasm', 'stylesheet', 'font', 'image', 'other'];

function typeOf(resourceType, mime) {
  if (mime === 'application/wasm') return 'wasm';
  const t = resourceType.toLowerCase();
  if (TYPES.includes(t)) return t;
  if (mime.startsWith('font/')) return 'font';
  if (mime.startsWith('image/')) return 'image';
  if (mime.includes('javascript')) return 'script';
  return 'other';
}

async function signIn(context, [email, password]) {
  // Through the API, so the sign-in page's files do not land in the cache before the visit.
  const answer = await context.request.post(`${base}/sign-in`, {
    form: { email, password },
    headers: { Origin: base },
    maxRedirects: 0,
  });
  if (answer.status() !== 303) throw new Error(`sign-in as ${email} answered ${answer.status()}`);
  return answer.headers().location;
}

async function resolvePath(context, where, landing) {
  if (where === 'first-service') {
    const page = await context.newPage();
    await page.goto(`${base}/local-offer?q=speech`);
    const href = await page.locator('main a[href^="/local-offer/services/"]').first().getAttribute('href');
    await page.close();
    return href;
  }
  if (where === 'first-child-goals' || where === 'first-child-new-goal') {
    const page = await context.newPage();
    await page.goto(`${base}/family`);
    const href = await page.locator('main a[href^="/children/"]').first().getAttribute('href');
    await page.close();
    const goals = `${href.match(/^\/children\/\d+/)[0]}/goals`;
    return where === 'first-child-goals' ? goals : `${goals}/new`;
  }
  if (where === 'my-page') return landing;
  return where;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const rows = [];
for (const [name, where, who] of PAGES) {
  for (const locale of LOCALES) {
    // One context finds the address (it may sign in and browse); a fresh one measures it.
    const finder = await browser.newContext();
    const landing = who ? await signIn(finder, who) : null;
    const target = await resolvePath(finder, where, landing);
    await finder.close();

    const context = await browser.newContext({
      locale,
      viewport: { width: 412, height: 823 },
      extraHTTPHeaders: { 'Accept-Encoding': 'br, gzip' },
    });
    await context.addCookies([{ name: 'heard_locale', value: locale, url: base }]);
    if (who) await signIn(context, who);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const kinds = new Map();
    const bytes = Object.fromEntries(TYPES.map((t) => [t, 0]));
    cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, typeOf(e.type, e.response.mimeType)));
    cdp.on('Network.loadingFinished', (e) => {
      const kind = kinds.get(e.requestId) ?? 'other';
      bytes[kind] += e.encodedDataLength;
    });
    await page.goto(`${base}${target}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await context.close();
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    rows.push([name, locale, ...TYPES.map((t) => bytes[t]), total]);
  }
}
await browser.close();

const kib = (n) => (n / 1024).toFixed(1);
console.log(`| page | language | ${TYPES.join(' | ')} | all (KiB) |`);
console.log(`|---|---|${TYPES.map(() => '---:').join('|')}|---:|`);
for (const [name, locale, ...numbers] of rows) {
  console.log(`| ${name} | ${locale} | ${numbers.map(kib).join(' | ')} |`);
}
