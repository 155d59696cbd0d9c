// The shared form components, every example at once (app/src/components/examples.rs), on the test-only
// page /component-examples that the server shows only with HEARD_COMPONENT_EXAMPLES=1: axe in every
// language and in every reading mode (in English and in Urdu, right to left), no sideways scrolling at
// 320 px, and what was typed read back by the browser exactly as it was typed.
//
// One server and one hydrated browser context for the whole file; each check only changes the
// language and reading cookies, so the file stays quick.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  LOCALES, READING_MODE_SWEEPS, startServer, launchBrowser, newContext, visit, checkAxe, htmlAttributes,
  assertNoHorizontalScroll, assertReadingAttributes, setLocaleCookie, setReadingCookie, saveArtifacts,
} from './harness.mjs';

const PATH = '/component-examples';
// The hard inputs, as in app/src/components/examples.rs.
const MARKUP = `"><script>alert('x')</script></textarea><img src=x onerror=alert(1)> Tom & Jerry &amp; </a>`;
const KEPT_LINES = 'She likes the quiet room at lunch.\n\nShe does not like the bell.\n  - It is too loud.';
const RIGHT_TO_LEFT = 'زویا کو Lego اور تصویروں والی کہانیاں پسند ہیں۔';

let server;
let browser;
let context;
let page;
const pageErrors = [];

before(async () => {
  server = await startServer({ env: { HEARD_COMPONENT_EXAMPLES: '1' } });
  browser = await launchBrowser();
  context = await newContext(browser, { javaScript: true, baseURL: server.baseURL });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the page in `locale` with the reading `options` (cookies only: the forms are tested elsewhere). */
async function open(t, { locale = 'en-GB', reading = {}, viewport = { width: 1280, height: 800 } } = {}) {
  await context.clearCookies();
  await setLocaleCookie(context, server.baseURL, locale);
  if (Object.keys(reading).length) await setReadingCookie(context, server.baseURL, reading);
  await page.setViewportSize(viewport);
  await visit(page, PATH);
  const { lang, dir } = LOCALES.find((l) => l.locale === locale);
  const attrs = await htmlAttributes(page);
  assert.equal(attrs.lang, lang, `${t.name}: <html lang>`);
  assert.equal(attrs.dir, dir, `${t.name}: <html dir>`);
  await assertReadingAttributes(page, reading, t.name);
}

async function checked(t, fn) {
  try {
    await fn();
    if (pageErrors.length) assert.fail(`uncaught errors in the page:\n${pageErrors.splice(0).join('\n')}`);
  } catch (error) {
    await saveArtifacts(page, t.fullName ?? t.name);
    throw error;
  }
}

describe('component examples', () => {
  test('the page shows every example, and the browser reads back what was typed exactly', async (t) => {
    await checked(t, async () => {
      await open(t);
      assert.ok(await page.locator('section.component-example').count() >= 30, 'about thirty examples');
      const main = page.locator('main');
      assert.equal(await main.locator('script, img, style').count(), 0, 'no markup from anyone\'s text became an element');
      // Escaped once on the server, read back whole by the browser.
      assert.equal(await page.locator('#text-markup').inputValue(), MARKUP);
      assert.equal(await page.locator('#area-markup').inputValue(), MARKUP);
      assert.equal(await page.locator('#date-markup-day').inputValue(), MARKUP);
      assert.equal(await page.locator('#area-problem').inputValue(), KEPT_LINES);
      assert.equal(await page.locator('#area-rtl').inputValue(), RIGHT_TO_LEFT);
      // Every link in an error summary goes to a field on the page.
      const targets = await page.locator('.error-summary a').evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href'), found: Boolean(document.getElementById(a.getAttribute('href').slice(1))) })));
      assert.ok(targets.length >= 6, `summary links: ${JSON.stringify(targets)}`);
      for (const { href, found } of targets) assert.ok(found, `${href} is on the page`);
    });
  });

  for (const { locale } of LOCALES) {
    test(`axe, and no sideways scrolling at 320 px, ${locale}`, async (t) => {
      await checked(t, async () => {
        await open(t, { locale });
        await checkAxe(page, `${PATH} (${locale})`);
        await open(t, { locale, viewport: { width: 320, height: 640 } });
        await assertNoHorizontalScroll(page, `${PATH} (${locale}, 320 px)`);
        await open(t, { locale, reading: { text_size: 'largest', spacing: 'wide', font: 'dyslexia' }, viewport: { width: 320, height: 640 } });
        await assertNoHorizontalScroll(page, `${PATH} (${locale}, 320 px, largest text)`);
      });
    });
  }

  for (const locale of ['en-GB', 'ur']) {
    for (const reading of READING_MODE_SWEEPS) {
      const name = Object.entries(reading).map(([k, v]) => `${k}=${v}`).join(' ');
      test(`axe, reading mode ${name}, ${locale}`, async (t) => {
        await checked(t, async () => {
          await open(t, { locale, reading });
          await checkAxe(page, `${PATH} (${locale}, ${name})`);
        });
      });
    }
  }
});
