// Journey 3: choose Urdu (right to left), keep it across reloads and pages, choose English again.
// Runs twice: with JavaScript off, and hydrated.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, fileFixture, withPage, visit, htmlAttributes, chooseLocale, assertPageFrame, submitForm,
} from './harness.mjs';

const f = fileFixture({ before, after });

async function assertLocale(page, lang, dir, label) {
  const attrs = await htmlAttributes(page);
  assert.equal(attrs.lang, lang, `${label}: <html lang> should be ${lang}, got ${attrs.lang}`);
  assert.equal(attrs.dir, dir, `${label}: <html dir> should be ${dir}, got ${attrs.dir}`);
}

for (const mode of JS_MODES) {
  describe(`language, ${mode.label}`, () => {
    test('the language form offers en-GB and ur, with a way back to the page you were on', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/language');
        const form = page.locator('form[action="/language"]');
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
        await page.locator('form[action="/language"] input[name="locale"][value="ur"]').check();
        await submitForm(page, 'form[action="/language"]');
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
