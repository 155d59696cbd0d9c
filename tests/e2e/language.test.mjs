// Journey 3: choose Urdu (right to left), keep it across reloads and pages, choose English again.
// Runs twice: with JavaScript off, and hydrated.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import woff2 from 'wawoff2';
import {
  JS_MODES, LOCALES, fileFixture, withPage, visit, htmlAttributes, chooseLocale, assertPageFrame, submitForm,
  pathOf, launchBrowser, repoRoot,
} from './harness.mjs';

const f = fileFixture({ before, after });

async function assertLocale(page, lang, dir, label) {
  const attrs = await htmlAttributes(page);
  assert.equal(attrs.lang, lang, `${label}: <html lang> should be ${lang}, got ${attrs.lang}`);
  assert.equal(attrs.dir, dir, `${label}: <html dir> should be ${dir}, got ${attrs.dir}`);
}

for (const mode of JS_MODES) {
  describe(`language, ${mode.label}`, () => {
    test('every language is one tap away at the foot of every page, by its own name, and you stay on the page', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        // Three pages, three languages in three scripts; each switch keeps you where you were.
        const journeys = [
          { path: '/help/ehc-plan', locale: 'pl', name: 'Polski' },
          { path: '/local-offer', locale: 'ar', name: 'العربية' },
          { path: '/reading-options', locale: 'pa', name: 'ਪੰਜਾਬੀ' },
          { path: '/help/ehc-plan', locale: 'en-GB-easyread', name: 'Easy Read' },
        ];
        for (const { path, locale, name } of journeys) {
          await visit(page, path);
          const before = await page.locator('h1').innerText();
          const buttons = page.locator('footer form[action="/language"] button[name="locale"]');
          assert.equal(await buttons.count(), LOCALES.length, `${path}: a button for each of the ${LOCALES.length} languages`);
          const button = page.locator(`footer button[name="locale"][value="${locale}"]`);
          assert.equal((await button.innerText()).trim(), name, `${path}: the ${locale} button says its own name`);
          const { lang, dir } = LOCALES.find((l) => l.locale === locale);
          assert.equal(await button.getAttribute('lang'), lang, `the ${name} button is marked lang=${lang}`);
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
          assert.equal(pathOf(page), path, `choosing ${name} on ${path} comes back to ${path}`);
          const attrs = await htmlAttributes(page);
          assert.equal(attrs.lang, lang, `${path} in ${name}: <html lang>`);
          assert.equal(attrs.dir, dir, `${path} in ${name}: <html dir>`);
          assert.equal(
            await page.locator(`footer button[name="locale"][aria-current="true"]`).getAttribute('value'),
            locale,
            'the chosen language is marked current',
          );
          const after = await page.locator('h1').innerText();
          if (locale !== 'en-GB-easyread') {
            assert.notEqual(after, before, `${path}: the heading changed language (${before} -> ${after})`);
          }
          if (locale === 'en-GB-easyread') {
            assert.equal(await page.locator('html[data-easy-read]').count(), 1, 'Easy Read marks <html>');
          }
          await assertPageFrame(page);
        }
      });
    });

    test('the language page lists all eight languages, each in itself', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/language');
        const form = page.locator('main form[action="/language"]');
        const values = await form.locator('input[name="locale"]').evaluateAll((inputs) => inputs.map((i) => i.value));
        assert.deepEqual(values, LOCALES.map((l) => l.locale));
        for (const { locale } of LOCALES) {
          await chooseLocale(page, locale);
          const expected = LOCALES.find((l) => l.locale === locale);
          const attrs = await htmlAttributes(page);
          assert.equal(attrs.lang, expected.lang, `after choosing ${locale}`);
          assert.equal(attrs.dir, expected.dir, `after choosing ${locale}`);
        }
      });
    });

    test('the language form offers en-GB and ur, with a way back to the page you were on', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/language');
        const form = page.locator('main form[action="/language"]');
        assert.equal(await form.count(), 1, 'one language form');
        assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post');
        for (const value of ['en-GB', 'ur']) {
          const radio = form.locator(`input[name="locale"][value="${value}"]`);
          assert.equal(await radio.count(), 1, `a radio for ${value}`);
          assert.equal(await radio.getAttribute('type'), 'radio');
        }
        assert.equal(await form.locator('input[type="hidden"][name="return_to"]').count(), 1, 'a hidden return_to');
        // Each language's own name is marked up in that language, so screen readers say it right.
        const urLabel = await form.locator('input[name="locale"][value="ur"]').evaluate((input) => {
          const label = input.labels?.[0];
          const marked = label?.querySelector('[lang]') ?? label?.closest('[lang]');
          return marked ? marked.getAttribute('lang') : null;
        });
        assert.ok(urLabel === 'ur', `the Urdu option's label is marked lang="ur" (found ${urLabel})`);
      });
    });

    test('journey 3: switch to Urdu, stay right to left across reloads and pages, switch back', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/help');
        await assertLocale(page, 'en-GB', 'ltr', 'before choosing');

        await chooseLocale(page, 'ur');
        await assertLocale(page, 'ur', 'rtl', 'after choosing Urdu');
        await page.reload({ waitUntil: 'load' });
        await assertLocale(page, 'ur', 'rtl', 'after a reload');
        for (const path of ['/', '/sign-in', '/reading-options']) {
          await visit(page, path);
          await assertLocale(page, 'ur', 'rtl', `on ${path}`);
          await assertPageFrame(page);
        }

        // The layout really flips: the header's first item sits at the right-hand side.
        const flipped = await page.evaluate(() => getComputedStyle(document.body).direction);
        assert.equal(flipped, 'rtl', 'the computed direction of <body> is rtl');

        await chooseLocale(page, 'en-GB');
        await assertLocale(page, 'en-GB', 'ltr', 'after choosing English again');
        await page.reload({ waitUntil: 'load' });
        await assertLocale(page, 'en-GB', 'ltr', 'after a reload');
      });
    });

    test('choosing a language returns you to the page you came from', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/privacy');
        const link = page.locator('header a[href^="/language"]').first();
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
        assert.equal(new URL(page.url()).pathname, '/language');
        await page.locator('main form[action="/language"] input[name="locale"][value="ur"]').check();
        await submitForm(page, 'main form[action="/language"]');
        assert.equal(new URL(page.url()).pathname, '/privacy', 'back on the page the language link was followed from');
        await assertLocale(page, 'ur', 'rtl', 'after choosing Urdu');
      });
    });

    test('Accept-Language: ur gives Urdu without choosing; a choice overrides it', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, locale: 'ur-PK' }, async ({ page }) => {
        await visit(page, '/');
        await assertLocale(page, 'ur', 'rtl', 'with Accept-Language ur-PK');
        await chooseLocale(page, 'en-GB');
        await assertLocale(page, 'en-GB', 'ltr', 'after choosing English');
        await visit(page, '/help');
        await assertLocale(page, 'en-GB', 'ltr', 'the choice beats Accept-Language on the next page');
      });
    });

    test('an unknown Accept-Language falls back to en-GB', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, locale: 'ja-JP' }, async ({ page }) => {
        await visit(page, '/');
        await assertLocale(page, 'en-GB', 'ltr', 'with Accept-Language ja-JP');
      });
    });
  });
}

describe('every language name in the footer is drawn, even on a device with no font for its script', () => {
  // This machine has no Gurmukhi font at all (Punjabi would be boxes) and draws Arabic letters in
  // DejaVu Sans. Chromium says which fonts drew a node's text and how many glyphs each drew: every
  // letter that is not plain ASCII must come from the names' own font, none from a fallback.
  for (const locale of ['en-GB', 'pa', 'ur']) {
    test(`on a page in ${locale}`, async (t) => {
      await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ context, page }) => {
        await context.addCookies([{ name: 'heard_locale', value: locale, url: f.baseURL }]);
        await visit(page, '/help');
        const cdp = await context.newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        // Fonts load when text needs them; wait until they have.
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        const buttons = await page.locator('footer button[name="locale"]').all();
        assert.equal(buttons.length, LOCALES.length);
        let checked = 0;
        for (const { locale: other } of LOCALES) {
          const { nodeId } = await cdp.send('DOM.querySelector', {
            nodeId: root.nodeId,
            selector: `footer button[name="locale"][value="${other}"]`,
          });
          const name = (await page.locator(`footer button[name="locale"][value="${other}"]`).innerText()).trim();
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          // Latin letters, spaces and brackets are the device's own business.
          const latin = [...name].filter((c) => c.charCodeAt(0) < 0x250).length;
          if (other === locale) {
            // The page's own language keeps the page's own face.
            const own = { pa: 'Noto Sans Gurmukhi', ur: 'Noto Nastaliq Urdu' }[locale];
            if (own) assert.deepEqual(fonts.map((font) => font.familyName), [own], `${name} on its own page`);
            continue;
          }
          if (latin === name.length) continue;
          const names = fonts.filter((font) => font.familyName === 'Heard Language Names');
          const elsewhere = fonts.filter((font) => font.familyName !== 'Heard Language Names');
          const fromElsewhere = elsewhere.reduce((sum, font) => sum + font.glyphCount, 0);
          assert.ok(names.length === 1 && names[0].isCustomFont, `${name} on a ${locale} page: drawn in ${JSON.stringify(fonts)}`);
          assert.ok(fromElsewhere <= latin, `${name} on a ${locale} page: only its ${latin} spaces and brackets may come from elsewhere, got ${JSON.stringify(fonts)}`);
          checked += 1;
        }
        assert.equal(checked, locale === 'en-GB' ? 4 : 3, 'every other name in a script beyond Latin was checked');
      });
    });
  }
});

describe("a phone with its own fonts downloads none of ours", () => {
  // Android and iOS ship Noto Nastaliq Urdu (and Android Noto Sans Gurmukhi). A second Chromium gets
  // them as system fonts through its own fontconfig file; the first, like a phone without them,
  // downloads ours. Urdu's Nastaliq is 123 KB, so this is most of an Urdu first visit.
  const pages = [
    { locale: 'ur', font: 'Noto Nastaliq Urdu', file: 'NotoNastaliqUrdu-Regular.woff2' },
    { locale: 'pa', font: 'Noto Sans Gurmukhi', file: 'NotoSansGurmukhi-Regular.woff2' },
    { locale: 'ar', font: 'Noto Sans Arabic', file: 'NotoSansArabic-Regular.woff2' },
  ];

  async function visitAndListFonts(browser, t, locale) {
    const fetched = [];
    let drawnIn = [];
    await withPage(browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ context, page }) => {
      page.on('request', (request) => {
        if (request.url().includes('/style/fonts/')) fetched.push(request.url().split('/').pop());
      });
      await context.addCookies([{ name: 'heard_locale', value: locale, url: f.baseURL }]);
      await visit(page, '/help');
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
      drawnIn = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts.map((font) => font.familyName);
    });
    return { fetched, drawnIn };
  }

  test("Urdu, Punjabi and Arabic pages use the device's faces when it has them, and ours when not", async (t) => {
    const home = mkdtempSync(join(tmpdir(), 'heard-fonts-'));
    let withFonts;
    try {
      const fonts = join(home, 'fonts');
      mkdirSync(fonts);
      for (const name of readdirSync(join(repoRoot, 'style', 'fonts'))) {
        // Installed as a phone has them: plain TrueType (Chromium will not take a WOFF2 file as a system font).
        if (!name.startsWith('Noto') || !name.endsWith('.woff2')) continue;
        const sfnt = await woff2.decompress(readFileSync(join(repoRoot, 'style', 'fonts', name)));
        writeFileSync(join(fonts, name.replace(/\.woff2$/, '.ttf')), sfnt);
      }
      writeFileSync(join(home, 'fonts.conf'), `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(home, 'cache')}</cachedir></fontconfig>
`);
      withFonts = await launchBrowser({ env: { FONTCONFIG_FILE: join(home, 'fonts.conf') } });
      for (const { locale, font, file } of pages) {
        const own = await visitAndListFonts(withFonts, t, locale);
        assert.ok(own.drawnIn.includes(font), `${locale}: drawn in ${own.drawnIn} on a device with ${font}`);
        assert.deepEqual(own.fetched.filter((name) => name.startsWith('Noto')), [], `${locale}: a device with ${font} downloads none of our faces`);
        const without = await visitAndListFonts(f.browser, t, locale);
        assert.ok(without.fetched.includes(file), `${locale}: a device without ${font} downloads ${file} (got ${without.fetched})`);
        assert.ok(without.drawnIn.includes(font), `${locale}: drawn in ${without.drawnIn} from our file`);
      }
    } finally {
      await withFonts?.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
