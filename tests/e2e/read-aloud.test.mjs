// Read aloud: a control on every page that reads the main content with the browser's own speech
// synthesis, in the page's language. Without JavaScript there is nothing it could do, so it is not
// shown. Hydrated, it is reached and pressed from the keyboard; where the device has no voice for the
// page's language it says so plainly, naming the language. (Headless Chromium here has no voices at
// all, so that is the path these tests walk; with voices it pauses, carries on and stops the same way.)

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  PAGES, JS_MODES, fileFixture, withPage, visit, chooseLocale, waitForHydration, checkAxe,
} from './harness.mjs';

const f = fileFixture({ before, after });
const off = JS_MODES.find((m) => !m.javaScript);
const on = JS_MODES.find((m) => m.javaScript);

/** Tabs from the top of the page until the read aloud button has focus; how many presses it took. */
async function tabToReadAloud(page) {
  await page.locator('body').focus();
  for (let presses = 1; presses <= 25; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('read-aloud-button'))) return presses;
  }
  assert.fail('the read aloud button is never reached with Tab');
}

describe('read aloud', () => {
  test(`no dead control without JavaScript, on every page (${off.label})`, async (t) => {
    await withPage(f.browser, t, { ...off, baseURL: f.baseURL }, async ({ page }) => {
      for (const { path, signedIn } of PAGES) {
        if (signedIn) continue;
        await visit(page, path);
        assert.equal(await page.locator('.read-aloud').count(), 1, `${path}: the control is in the page`);
        assert.equal(await page.locator('.read-aloud').isVisible(), false, `${path}: but hidden with JavaScript off`);
        assert.equal(await page.locator('.read-aloud').boundingBox(), null, `${path}: and takes no room`);
      }
    });
  });

  test(`on every page, reachable and pressed from the keyboard, and nothing moves when it wakes (${on.label})`, async (t) => {
    await withPage(f.browser, t, { ...on, baseURL: f.baseURL }, async ({ page }) => {
      // Every layout shift of the page, as the browser scores them (CLS).
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const { path, signedIn } of PAGES) {
        if (signedIn) continue;
        await visit(page, path);
        await waitForHydration(page, 'read-aloud');
        // A frame after waking, so a shift it caused has been scored.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => window.layoutShifts);
        assert.deepEqual(shifts, [], `${path}: nothing on the page moves as it loads and read aloud wakes`);
        const button = page.locator('.read-aloud-button');
        assert.ok(await button.isVisible(), `${path}: the read aloud button shows`);
        assert.equal((await button.innerText()).trim(), 'Read aloud');
        const box = await button.boundingBox();
        assert.ok(box.height >= 44 && box.width >= 44, `${path}: the button is at least 44 px (${box.width}x${box.height})`);
        // It comes early: after the skip link and the header, before the page's own content.
        const presses = await tabToReadAloud(page);
        const focusVisible = await page.evaluate(() => document.activeElement.matches(':focus-visible'));
        assert.ok(focusVisible, `${path}: the focused button shows its focus`);
        assert.ok(presses <= 12, `${path}: reached in ${presses} presses of Tab`);
      }
    });
  });

  for (const { locale, language } of [
    { locale: 'en-GB', language: 'English' },
    { locale: 'ur', language: 'اردو' },
    { locale: 'pa', language: 'ਪੰਜਾਬੀ' },
  ]) {
    test(`says plainly when the device has no voice for ${locale} (${on.label})`, async (t) => {
      await withPage(f.browser, t, { ...on, baseURL: f.baseURL }, async ({ page }) => {
        if (locale !== 'en-GB') await chooseLocale(page, locale);
        await visit(page, '/help/ehc-plan');
        await waitForHydration(page, 'read-aloud');
        const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith(document.documentElement.lang.split('-')[0])).length);
        await tabToReadAloud(page);
        await page.keyboard.press('Enter');
        const control = page.locator('.read-aloud');
        if (voices === 0) {
          const notice = page.locator('.read-aloud-notice[role="status"]');
          await notice.filter({ hasText: language }).waitFor({ timeout: 5_000 });
          assert.match(await notice.innerText(), new RegExp(language), 'the notice names the language');
          assert.equal(await control.getAttribute('data-reading'), 'idle', 'nothing is read');
          assert.equal(await page.locator('.read-aloud-stop').isVisible(), false, 'no stop button when nothing is read');
          assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('read-aloud-button')), 'focus stays on the button');
        } else {
          await page.waitForFunction(() => document.querySelector('.read-aloud').dataset.reading === 'speaking');
          await page.keyboard.press('Enter');
          assert.equal(await control.getAttribute('data-reading'), 'paused');
          await page.keyboard.press('Enter');
          assert.equal(await control.getAttribute('data-reading'), 'speaking');
          await page.locator('.read-aloud-stop').click();
          assert.equal(await control.getAttribute('data-reading'), 'idle');
        }
        await checkAxe(page, `/help/ehc-plan with read aloud's notice (${locale})`);
      });
    });
  }
});
