// Helpers shared by the end-to-end tests: start a fresh Heard server, drive Debian's Chromium through
// playwright-core, and check pages with axe. Run through `scripts/e2e` (Node's built-in test runner).
//
// Environment:
//   HEARD_BIN        the server binary (default target/debug/heard, relative to the repository root)
//   HEARD_SITE_ROOT  passed on to the server when set (where it serves target/site from)
//   CHROMIUM_PATH    the browser (default /usr/bin/chromium)
//   E2E_SERVER_LOG   set to 1 to copy the server's output to stderr as it runs

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every page a person can reach without data of their own. `signedIn` pages need an account. */
export const PAGES = [
  { path: '/' },
  { path: '/account/new' },
  { path: '/sign-in' },
  { path: '/forgot-password' },
  { path: '/family', signedIn: true },
  { path: '/account', signedIn: true },
  { path: '/account/name', signedIn: true },
  { path: '/account/email', signedIn: true },
  { path: '/account/password', signedIn: true },
  { path: '/reading-options' },
  { path: '/language' },
  { path: '/privacy' },
  { path: '/offline' },
  { path: '/help' },
  { path: '/help/words' },
  { path: '/help/sen-support' },
  { path: '/help/ehc-plan' },
  { path: '/help/rights' },
  { path: '/help/adulthood' },
  { path: '/help/complain' },
  { path: '/help/advice' },
  { path: '/local-offer' },
  { path: '/account/passkeys', signedIn: true },
  { path: '/professional', signedIn: true },
];

/** Every language Heard is offered in: the `heard_locale` cookie value, `<html lang>` and direction. */
export const LOCALES = [
  { locale: 'en-GB', lang: 'en-GB', dir: 'ltr' },
  { locale: 'en-GB-easyread', lang: 'en-GB', dir: 'ltr' },
  { locale: 'pl', lang: 'pl', dir: 'ltr' },
  { locale: 'ur', lang: 'ur', dir: 'rtl' },
  { locale: 'ckb', lang: 'ckb', dir: 'rtl' },
  { locale: 'pa', lang: 'pa', dir: 'ltr' },
  { locale: 'ro', lang: 'ro', dir: 'ltr' },
  { locale: 'ar', lang: 'ar', dir: 'rtl' },
];

/** The day every test server takes as today (`HEARD_TODAY`). */
export const TEST_TODAY = '2026-12-06';

/** The demo family (`heard demo`), whose record fills every page of a child's record. */
export const DEMO_EMAIL = 'family@example.org';
export const DEMO_PASSWORD = 'heard-demo-family';

/** The pages of a child's record; `:child` is the child's id. */
export const RECORD_PAGES = [
  '/children/:child',
  '/children/:child/edit',
  '/children/new',
  '/children/:child/about-me',
  '/children/:child/about-me/new?part=hopes-and-dreams',
  '/children/:child/goals',
  '/children/:child/goals/new',
  '/children/:child/reviews',
  '/children/:child/progress',
  '/children/:child/next-steps',
  '/children/:child/prepare',
  '/children/:child/review-pack',
  '/children/:child/review-pack?for=school',
  '/children/:child/review-pack/share',
  '/children/:child/my-page',
  '/children/:child/documents',
  '/children/:child/notes',
  '/children/:child/people',
  '/children/:child/people/invite',
  '/children/:child/seen',
  '/children/:child/your-data',
];

/** One reading mode at a time, each as the reading-options form would save it. */
export const READING_MODES = [
  { text_size: 'large' },
  { text_size: 'largest' },
  { spacing: 'wide' },
  { font: 'dyslexia' },
  { theme: 'light' },
  { theme: 'dark' },
  { theme: 'contrast' },
  { motion: 'reduce' },
];

/**
 * The reading modes as the page sweeps check them: three combinations that between them turn on every
 * mode in READING_MODES (one per theme, since themes exclude each other). Combined is the harder case
 * for layout, and three sweeps instead of eight keep the browser stage inside CI's time.
 */
export const READING_MODE_SWEEPS = [
  { theme: 'light', text_size: 'large', spacing: 'wide' },
  { theme: 'dark', text_size: 'largest', font: 'dyslexia' },
  { theme: 'contrast', text_size: 'largest', spacing: 'wide', font: 'dyslexia', motion: 'reduce' },
];
for (const mode of READING_MODES) {
  const [[name, value]] = Object.entries(mode);
  if (!READING_MODE_SWEEPS.some((sweep) => sweep[name] === value)) {
    throw new Error(`READING_MODE_SWEEPS never checks ${name}=${value}`);
  }
}

/** The form field name of each reading option, and the `<html>` attribute it sets. */
export const READING_ATTRIBUTES = {
  text_size: 'data-text-size',
  spacing: 'data-spacing',
  font: 'data-font',
  theme: 'data-theme',
  motion: 'data-motion',
};

/** Both ways every journey runs: as the server sends it, and hydrated. */
// The views every page is checked in: the source language, a right-to-left one, and the hardest
// reading mode to lay out.
export const VIEWS = [
  { label: 'English', locale: 'en-GB', dir: 'ltr' },
  { label: 'Urdu, right to left', locale: 'ur', dir: 'rtl' },
  { label: 'Easy Read', locale: 'en-GB-easyread', dir: 'ltr' },
  { label: 'dark theme and largest text', locale: 'en-GB', dir: 'ltr', reading: { theme: 'dark', text_size: 'largest' } },
];

export const JS_MODES = [
  { javaScript: false, label: 'JavaScript off' },
  { javaScript: true, label: 'JavaScript on (hydrated)' },
];

/**
 * The views a page sweep checks in one JavaScript mode: every view hydrated, the way most people see
 * pages; with JavaScript off only English and Urdu, since the server's HTML for Easy Read or a reading
 * mode differs from theirs only in words and <html> attributes, which the hydrated run checks.
 */
export function viewsFor(mode) {
  return mode.javaScript ? VIEWS : VIEWS.filter((view) => !view.reading && view.locale !== 'en-GB-easyread');
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `heard serve` on a free loopback port with a database in a fresh temporary folder, and waits
 * until `/readyz` answers 200 (the database answers and the search index is built), so no test
 * meets a server that is still starting. Returns { baseURL, stop(), output() }.
 */
export async function startServer({ env = {}, timeoutMs = 30_000, demo = false, dataDir: keptDataDir } = {}) {
  const bin = resolve(repoRoot, process.env.HEARD_BIN || 'target/debug/heard');
  if (!existsSync(bin)) {
    throw new Error(`the server binary ${bin} does not exist: build it (scripts/build) or set HEARD_BIN`);
  }
  // A folder the caller keeps (`dataDir`) outlives this server: the next one starts on the same data.
  const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'heard-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // A fixed day for the demo family's dates and every page's idea of today, so a test means the same
  // on any day it runs. Chosen where the record is fullest: a review point just held this term (so
  // progress tables have ratings and "not started" rows side by side), the next one to come.
  const serverEnv = { ...process.env, HEARD_TODAY: TEST_TODAY, ...env };
  if (process.env.HEARD_SITE_ROOT) serverEnv.HEARD_SITE_ROOT = process.env.HEARD_SITE_ROOT;
  // The command line below decides these; stale values from the caller's shell must not.
  delete serverEnv.HEARD_ADDR;
  delete serverEnv.HEARD_DATABASE_URL;
  // Every browser in a test file makes its accounts from 127.0.0.1, far more than one address would
  // in an hour; a test that checks the sign-up limit passes its own.
  if (!env.HEARD_SIGN_UPS_PER_HOUR) serverEnv.HEARD_SIGN_UPS_PER_HOUR = '10000';

  // Email goes into a folder of this server's own (no SMTP server), where tests read it.
  const mailFolder = env.HEARD_MAIL_FOLDER ?? join(dataDir, 'mail-outbox');
  if (!env.HEARD_SMTP_URL) serverEnv.HEARD_MAIL_FOLDER = mailFolder;
  lastMailFolder = mailFolder;
  const databaseURL = `sqlite://${join(dataDir, 'heard.db')}`;
  if (demo) {
    // The fictional family of `heard demo`: two children with a full record.
    // `demo: 'markup'`: the same family with markup in every text (`heard demo --markup-in-text`).
    const extra = demo === 'markup' ? ['--markup-in-text'] : [];
    const filled = spawnSync(bin, ['demo', ...extra, '--database-url', databaseURL], { cwd: repoRoot, env: serverEnv, encoding: 'utf8' });
    if (filled.status !== 0) throw new Error(`heard demo failed: ${filled.stderr}`);
  }
  const child = spawn(
    bin,
    ['serve', '--addr', `127.0.0.1:${port}`, '--database-url', `sqlite://${join(dataDir, 'heard.db')}`],
    { cwd: repoRoot, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (chunk) => {
    log += chunk;
    if (log.length > 200_000) log = log.slice(-100_000);
    if (process.env.E2E_SERVER_LOG === '1') process.stderr.write(chunk);
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  let exited = null;
  const exitPromise = new Promise((r) => child.on('exit', (code, signal) => { exited = { code, signal }; r(); }));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const killed = await Promise.race([exitPromise.then(() => true), sleep(5_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the server exited (${JSON.stringify(exited)}) before /readyz answered:\n${log}`);
    }
    try {
      const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`/readyz did not answer 200 within ${timeoutMs} ms:\n${log}`);
    }
    await sleep(150);
  }
  return { baseURL, stop, output: () => log, mailFolder };
}

/**
 * A real SMTP server (scripts/smtp-sink, Debian's aiosmtpd) on a free port, writing each message it
 * receives into `folder` as NNNNNN.eml; `env` points a server at it.
 */
export function startSmtpSink() {
  const folder = mkdtempSync(join(tmpdir(), 'heard-smtp-'));
  const started = spawnSync(join(repoRoot, 'scripts', 'smtp-sink'), ['start', folder], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`scripts/smtp-sink start failed: ${started.stderr}`);
  const port = started.stdout.trim().split('\n').pop().trim();
  return {
    folder,
    env: { HEARD_SMTP_URL: `smtp://127.0.0.1:${port}?tls=none`, HEARD_MAIL_FROM: 'Heard <heard@example.org>' },
    stop() {
      spawnSync(join(repoRoot, 'scripts', 'smtp-sink'), ['stop', folder]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Every email to `to` in `folder` so far, oldest first, as { subject, text } (bodies decoded). */
export function emailsTo(to, folder = lastMailFolder) {
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.eml')).sort() : [];
  const found = [];
  for (const name of names) {
    const raw = readFileSync(join(folder, name), 'utf8');
    if (!new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(raw)) continue;
    const header = raw.match(/^Subject: (.*(?:\r?\n[ \t].*)*)/mi)?.[1] ?? '';
    const subject = header.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?b\?([^?]*)\?=\s*/gi, (_, b64) => Buffer.from(b64, 'base64').toString('utf8')).trim();
    found.push({ subject, text: readable(raw) });
  }
  return found;
}

/** The mail folder of the server this test file started last. */
let lastMailFolder = null;

/** An email's raw text with quoted-printable soft line breaks and base64 bodies opened up. */
function readable(raw) {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const decoded = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})/g)]
    .map((m) => Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'));
  return [unfolded, ...decoded].join('\n');
}

/**
 * The path of the newest link starting with `prefix` (e.g. '/confirm-email/') in an email to `to`
 * in the server's mail folder, waiting for it to arrive (sending happens after the page answers).
 */
export async function emailedLink(to, prefix, { folder = lastMailFolder, timeoutMs = 20_000, not = [] } = {}) {
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`${prefix.replace(/[/]/g, '\\/')}[0-9a-f]{64}`, 'g');
  for (;;) {
    const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.eml')).sort() : [];
    const links = [];
    for (const name of names) {
      const text = readable(readFileSync(join(folder, name), 'utf8'));
      if (!new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(text)) continue;
      for (const m of text.matchAll(pattern)) if (!not.includes(m[0]) && !links.includes(m[0])) links.push(m[0]);
    }
    if (links.length) return links[links.length - 1];
    if (Date.now() > deadline) throw new Error(`no email to ${to} with a ${prefix} link in ${folder}`);
    await sleep(150);
  }
}

/** Confirms the address `email` by the link emailed to it: opens it and presses the button. */
export async function confirmEmail(page, email) {
  const link = await emailedLink(email, '/confirm-email/');
  await visit(page, link);
  await submitForm(page, `main form[action="${link}"]`);
  // In any language: the banner asking to confirm is gone, here and on the next page.
  assert.equal(await page.locator('.confirm-banner').count(), 0, `${email} is confirmed`);
}

/** Debian's Chromium, headless, with no connections of its own to the outside. */
export async function launchBrowser({ extraArgs = [], env } = {}) {
  // playwright-core makes a fresh, empty user data folder for every launch.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
}

/** The options each context was made with (axe's copy of a page needs them). */
const optionsOf = new WeakMap();

/**
 * A new browser context (fresh cookies). `javaScript` is required: every journey says which way it runs.
 * Also accepts `baseURL`, `locale` (sets Accept-Language), `viewport`, `reducedMotion`, `colorScheme`.
 */
export async function newContext(browser, { javaScript, locale = 'en-GB', viewport, ...rest }) {
  assert.equal(typeof javaScript, 'boolean', 'newContext needs { javaScript: true | false }');
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    locale,
    viewport: viewport ?? { width: 1280, height: 800 },
    ...rest,
  });
  optionsOf.set(context, { javaScript, ...rest });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  return context;
}

/** Opens a page at `path` and checks the server answered with success. */
export async function visit(page, path, { expectStatus = true } = {}) {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (expectStatus) {
    assert.ok(response, `no response for ${path}`);
    assert.ok(response.ok(), `GET ${path} answered ${response.status()} (final URL ${page.url()})`);
  }
  return response;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/**
 * Clicks the submit button of the form `formSelector` and waits until the post is done: with a full
 * navigation (forms without JavaScript, and post-redirect-get) until the next page has loaded; when an
 * island sends the form itself, until the server has answered.
 */
export async function submitForm(page, formSelector) {
  const form = page.locator(formSelector);
  const action = new URL((await form.getAttribute('action')) ?? pathOf(page), page.url()).pathname;
  const navigated = page.waitForNavigation({ waitUntil: 'load', timeout: 20_000 }).then(() => true, () => false);
  const posted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith(action),
    { timeout: 20_000 },
  );
  await form.locator('button[type="submit"], input[type="submit"], button:not([type])').first().click();
  const response = await posted;
  if (response.request().isNavigationRequest()) {
    assert.ok(await navigated, `the post to ${action} did not finish loading a page`);
  } else {
    await response.finished();
  }
  return response;
}

/** The attributes on `<html>` the server and the islands set. */
export async function htmlAttributes(page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const out = {};
    for (const name of ['lang', 'dir', 'data-text-size', 'data-spacing', 'data-font', 'data-theme', 'data-motion']) {
      out[name] = html.getAttribute(name);
    }
    return out;
  });
}

/** Checks the parts every page has: the skip link, the header links, one main, the footer links. */
export async function assertPageFrame(page, { signedIn = false } = {}) {
  const where = pathOf(page);
  assert.equal(await page.locator('a.skip-link[href="#main"]').count(), 1, `${where}: one skip link to #main`);
  assert.equal(await page.locator('main').count(), 1, `${where}: exactly one <main>`);
  assert.equal(await page.locator('main#main').count(), 1, `${where}: <main id="main">`);
  const header = page.locator('header').first();
  assert.ok(await header.locator('a[href="/"]').count() >= 1, `${where}: header links to /`);
  assert.ok(await header.locator('a[href^="/language"]').count() >= 1, `${where}: header links to /language`);
  assert.ok(await header.locator('a[href^="/reading-options"]').count() >= 1, `${where}: header links to /reading-options`);
  const footer = page.locator('footer').last();
  assert.ok(await footer.locator('a[href^="/help"]').count() >= 1, `${where}: footer links to /help`);
  assert.ok(await footer.locator('a[href^="/privacy"]').count() >= 1, `${where}: footer links to /privacy`);
  const signOut = await header.locator('form[action="/sign-out"]').count();
  if (signedIn) assert.equal(signOut, 1, `${where}: the signed-in header has a sign-out form`);
  else assert.equal(signOut, 0, `${where}: no sign-out form when signed out`);
  const signInLinks = await header.locator('a[href^="/sign-in"]').count();
  if (signedIn) assert.equal(signInLinks, 0, `${where}: no sign-in link when signed in`);
  else assert.equal(signInLinks, 1, `${where}: the signed-out header offers signing in`);
  const attrs = await htmlAttributes(page);
  for (const [name, value] of Object.entries(attrs)) {
    assert.ok(value, `${where}: <html ${name}> is set`);
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe cannot run in a page with scripts off: Chromium runs evaluated code there, but none of the
 * timers and callbacks axe waits on. So check a copy of the page as the server sent it: its DOM
 * (without scripts, and with <noscript> content shown, as it is with scripts off) served at the
 * same address to a page with scripts on, with the same stylesheets, fonts and window size.
 */
async function axeOnServerRenderedCopy(page) {
  const url = page.url();
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<noscript\b([^>]*)>/gi, '<div data-was-noscript$1>')
    .replace(/<\/noscript>/gi, '</div>');
  const { colorScheme, reducedMotion, forcedColors } = optionsOf.get(page.context()) ?? {};
  const context = await page.context().browser().newContext({
    javaScriptEnabled: true,
    colorScheme,
    reducedMotion,
    forcedColors,
    viewport: page.viewportSize() ?? undefined,
  });
  try {
    await context.route((u) => u.href === url, (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.continue());
    const copy = await context.newPage();
    await copy.goto(url, { waitUntil: 'load' });
    return await new AxeBuilder({ page: copy }).withTags(AXE_TAGS).analyze();
  } finally {
    await context.close();
  }
}

/** Runs axe on the page as it is now and fails with every violation's id, help and nodes. */
export async function checkAxe(page, label = pathOf(page)) {
  const results = optionsOf.get(page.context())?.javaScript === false
    ? await axeOnServerRenderedCopy(page)
    : await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length > 0) {
    const lines = [`axe: ${results.violations.length} violation(s) on ${label} (${page.url()})`];
    for (const v of results.violations) {
      lines.push(`- ${v.id} [${v.impact}]: ${v.help} (${v.helpUrl})`);
      for (const node of v.nodes.slice(0, 10)) {
        lines.push(`    at ${JSON.stringify(node.target)}: ${node.html.slice(0, 200)}`);
        if (node.failureSummary) lines.push(`       ${node.failureSummary.replace(/\n/g, ' | ').slice(0, 300)}`);
      }
      if (v.nodes.length > 10) lines.push(`    ... and ${v.nodes.length - 10} more`);
    }
    assert.fail(lines.join('\n'));
  }
  return results;
}

/** Fails when the page scrolls sideways (for the 320 px check: WCAG 1.4.10 Reflow). */
export async function assertNoHorizontalScroll(page, label = pathOf(page)) {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // Name the widest elements, to say where the overflow comes from.
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 0.5 || r.left < -0.5) {
        wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} [${Math.round(r.left)}..${Math.round(r.right)}]`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest: wide.slice(0, 8) };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `${label}: scrolls sideways at ${clientWidth} px (scrollWidth ${scrollWidth}); outside the viewport: ${widest.join(', ')}`,
  );
}

/** Presses Tab once from the top of a freshly loaded page: the skip link must take focus and show. */
export async function assertSkipLinkFirst(page, label = pathOf(page)) {
  // Start from the document itself, as a keyboard user does after the page loads.
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), cls: el.className, href: el.getAttribute('href') } : null;
  });
  assert.ok(
    focused && focused.tag === 'a' && String(focused.cls).split(/\s+/).includes('skip-link') && focused.href === '#main',
    `${label}: the first Tab should focus a.skip-link[href="#main"], focused ${JSON.stringify(focused)}`,
  );
  // Give a CSS transition on :focus time to finish.
  await page.waitForTimeout(350);
  const box = await page.locator('a.skip-link').boundingBox();
  const viewport = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  assert.ok(box, `${label}: the focused skip link has no box (it is not rendered)`);
  assert.ok(
    box.width >= 1 && box.height >= 1 && box.x >= 0 && box.y >= 0 &&
      box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5,
    `${label}: the focused skip link should be inside the viewport ${JSON.stringify(viewport)}, box ${JSON.stringify(box)}`,
  );
  const visible = await page.locator('a.skip-link').evaluate((el) => {
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.opacity !== '0' && s.clipPath !== 'inset(50%)' && s.clip !== 'rect(0px, 0px, 0px, 0px)';
  });
  assert.ok(visible, `${label}: the focused skip link is hidden (visibility, opacity or clip)`);
}

let emailCounter = 0;
/** An email address no other test uses. */
/** The id of the first child on /family (the signed-in family's). */
export async function firstChildId(page) {
  await visit(page, '/family');
  const href = await page.locator('a.child-card-link').first().getAttribute('href');
  const id = href?.match(/^\/children\/(\d+)$/)?.[1];
  assert.ok(id, `a child link on /family, got ${href}`);
  return id;
}

export function uniqueEmail(tag = 'family') {
  emailCounter += 1;
  return `${tag}-${process.pid}-${Date.now().toString(36)}-${emailCounter}@example.org`;
}

export const PASSWORD = 'correct horse battery staple 42';

/** Creates an account through the form and checks it lands on /family. */
export async function createAccount(page, email, password = PASSWORD, { confirm = true } = {}) {
  await visit(page, '/account/new');
  const form = 'form[action="/account/new"]';
  await page.locator(`${form} input[name="email"]`).fill(email);
  await page.locator(`${form} input[name="password"]`).fill(password);
  await submitForm(page, form);
  assert.equal(pathOf(page), '/family', `creating an account should lead to /family, got ${page.url()}`);
  // Confirmed by its emailed link, as a family would, so sharing works; then back where they were.
  if (confirm) {
    await confirmEmail(page, email);
    await visit(page, '/family');
  }
}

/** Fills and sends the sign-in form (does not check the outcome). */
export async function submitSignIn(page, email, password) {
  if (pathOf(page) !== '/sign-in') await visit(page, '/sign-in');
  const form = 'form[action="/sign-in"]';
  await page.locator(`${form} input[name="email"]`).fill(email);
  await page.locator(`${form} input[name="password"]`).fill(password);
  return submitForm(page, form);
}

/** Signs in from the sign-in page; `lands` is where this person should arrive (a young person on her
 * own page, an advocate on her families, anyone else on /family). */
export async function signIn(page, email, password = PASSWORD, lands = /^\/family$/) {
  await visit(page, '/sign-in');
  await submitSignIn(page, email, password);
  assert.match(pathOf(page), lands, `signing in should lead to ${lands}, got ${page.url()}`);
}

export async function signOut(page) {
  await submitForm(page, 'header form[action="/sign-out"]');
  assert.equal(pathOf(page), '/', `signing out should lead to /, got ${page.url()}`);
}

/** Chooses a language on /language through its form. */
export async function chooseLocale(page, locale) {
  await visit(page, '/language');
  const form = 'main form[action="/language"]';
  await page.locator(`${form} input[name="locale"][value="${locale}"]`).check();
  await submitForm(page, form);
}

/** Saves reading options through the /reading-options form, e.g. { text_size: 'large', theme: 'dark' }. */
export async function saveReadingOptions(page, options) {
  await visit(page, '/reading-options');
  const form = 'form[action="/reading-options"]';
  for (const [name, value] of Object.entries(options)) {
    await page.locator(`${form} input[name="${name}"][value="${value}"]`).check();
  }
  await submitForm(page, form);
}

/** Sets the reading-options cookie directly (for speed where the form itself is not under test). */
export async function setReadingCookie(context, baseURL, options) {
  const value = new URLSearchParams(options).toString();
  await context.addCookies([{ name: 'heard_reading', value, url: baseURL }]);
}

export async function setLocaleCookie(context, baseURL, locale) {
  await context.addCookies([{ name: 'heard_locale', value: locale, url: baseURL }]);
}

/** Asserts `<html>` carries the given reading options, e.g. { text_size: 'large' }. */
export async function assertReadingAttributes(page, options, label = pathOf(page)) {
  const attrs = await htmlAttributes(page);
  for (const [name, value] of Object.entries(options)) {
    const attr = READING_ATTRIBUTES[name];
    assert.equal(attrs[attr], value, `${label}: <html ${attr}> should be ${value}, got ${attrs[attr]}`);
  }
}

/** Waits for the islands to hydrate (JavaScript on). */
export async function waitForHydration(page, island = 'reading-options') {
  await page.locator(`[data-island="${island}"][data-hydrated="true"]`).waitFor({ state: 'attached', timeout: 15_000 });
}

const artifactsDir = join(repoRoot, 'tests', 'e2e', 'artifacts');

/** Saves a screenshot and the HTML of a page that failed a test, under tests/e2e/artifacts/. */
export async function saveArtifacts(page, label) {
  try {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(artifactsDir, { recursive: true });
    const base = join(artifactsDir, label.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 150));
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
    writeFileSync(`${base}.html`, `<!-- ${page.url()} -->\n${await page.content()}`);
    process.stderr.write(`  saved ${base}.png and .html\n`);
  } catch {
    // The page may already be gone; the assertion message says what went wrong.
  }
}

/**
 * Runs `fn({ context, page })` in a fresh context made with `options` (see newContext), closes it
 * afterwards, saves a screenshot when it fails, and with JavaScript on fails on uncaught page errors
 * and on islands left asleep.
 * Pass the node:test context `t` so artifacts are named after the test.
 */
export async function withPage(browser, t, options, fn) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  // Leptos says so when a page has an island its WebAssembly leaves out (islands::Bundle): the
  // island would never wake.
  page.on('console', (message) => {
    if (message.text().includes('Could not find WASM function')) pageErrors.push(`${page.url()}: ${message.text()}`);
  });
  try {
    await fn({ context, page });
    if (pageErrors.length) assert.fail(`uncaught errors in the page:\n${pageErrors.join('\n')}`);
  } catch (error) {
    await saveArtifacts(page, t?.fullName ?? t?.name ?? 'failure');
    throw error;
  } finally {
    await context.close();
  }
}

/** Starts one server and one browser for a test file; returns an object filled in by `before`. */
export function fileFixture({ before, after }, { demo = false } = {}) {
  const fixture = { server: null, browser: null, baseURL: null };
  before(async () => {
    fixture.server = await startServer({ demo });
    fixture.baseURL = fixture.server.baseURL;
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}
