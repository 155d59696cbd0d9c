// Heard on a phone's home screen: Chromium finds the manifest installable, the service worker keeps
// Heard's own files so a second visit starts from the phone, and with no connection a page says so in
// the person's language. A child's record is kept on the phone only when the family chooses, and is
// forgotten when the phone signs out.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileFixture, withPage, visit, chooseLocale, waitForHydration, signIn, signOut, checkAxe, saveReadingOptions, DEMO_EMAIL, DEMO_PASSWORD,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

/** Waits until the service worker controls the page and has kept the offline page in `locale`. */
async function offlinePageKeptIn(page, locale) {
  await page.waitForFunction(async (wanted) => {
    if (!navigator.serviceWorker.controller) return false;
    const kept = await (await caches.open('heard-offline')).match('/offline');
    return kept?.headers.get('X-Heard-Offline-Locale') === wanted;
  }, locale, { timeout: 15_000, polling: 200 });
}

/** Every address the phone keeps, by cache. */
async function keptAddresses(page) {
  return page.evaluate(async () => {
    const kept = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      kept[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return kept;
  });
}

/** The record caches the phone holds, by name. */
async function keptRecords(page) {
  return Object.fromEntries(Object.entries(await keptAddresses(page)).filter(([name]) => name.startsWith('heard-record-')));
}

describe('installable, and useful offline', () => {
  test('Chromium finds Heard installable from its manifest and icons (JavaScript on)', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ context, page }) => {
      await visit(page, '/');
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.match(manifest.url, /\/manifest\.webmanifest$/);
      assert.deepEqual(manifest.errors, [], 'the manifest parses');
      const data = manifest.data;
      assert.equal(JSON.parse(data).name, 'Heard');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // The test browser's contexts are private windows, which can never install; nothing else may stop it.
      const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
      assert.deepEqual(errors, [], 'nothing stops a phone adding Heard to its home screen');
      for (const icon of JSON.parse(data).icons) {
        const answer = await page.request.get(icon.src);
        assert.equal(answer.status(), 200, icon.src);
        assert.equal(answer.headers()['content-type'], icon.type, icon.src);
      }
    });
  });

  test('offline: the page says so in Urdu and the reading options chosen, read aloud still wakes from the kept files, and no record page is kept (JavaScript on)', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ context, page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await chooseLocale(page, 'ur');
      await saveReadingOptions(page, { theme: 'dark', text_size: 'largest' });
      await visit(page, '/family');
      await offlinePageKeptIn(page, 'ur');
      // A record page and a second visit, now through the service worker.
      await page.locator('main a[href^="/children/"]').first().click();
      await waitForHydration(page, 'read-aloud');
      const recordPage = new URL(page.url()).pathname;
      await visit(page, '/help');
      await waitForHydration(page, 'read-aloud');

      const kept = await keptAddresses(page);
      assert.deepEqual(kept['heard-offline'].sort(), ['/offline', '/service-worker-start.js'], 'the only page kept is the offline page, with the script that starts it');
      const files = Object.entries(kept).filter(([name]) => name.startsWith('heard-files-'));
      assert.equal(files.length, 1, 'one version of the files');
      const [, addresses] = files[0];
      assert.ok(addresses.includes('/pkg/heard-read-aloud.wasm'), `the WebAssembly is kept: ${addresses}`);
      assert.ok(addresses.includes('/style/heard.css'), 'the stylesheet is kept');
      assert.ok(addresses.every((a) => a.startsWith('/pkg/') || a.startsWith('/style/')), `only built files: ${addresses}`);
      assert.ok(!Object.values(kept).flat().includes(recordPage), 'the record page is not kept');

      // The kept offline page was fetched without cookies: nobody's name or email is in it.
      const offlineHtml = await page.evaluate(async () => (await (await caches.open('heard-offline')).match('/offline')).text());
      assert.ok(!offlineHtml.includes(DEMO_EMAIL) && !offlineHtml.includes('Amira'), 'the offline page holds no one\'s data');

      await context.setOffline(true);
      const answer = await page.goto(`${f.baseURL}/help/rights`);
      assert.ok(answer.fromServiceWorker(), 'answered by the service worker');
      assert.equal(await page.locator('h1').innerText(), 'آپ آف لائن ہیں');
      assert.equal(await page.getAttribute('html', 'lang'), 'ur');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      // Kept without cookies, it still takes the person's reading options.
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 5_000 });
      assert.equal(await page.getAttribute('html', 'data-text-size'), 'largest');
      assert.equal(new URL(page.url()).pathname, '/help/rights', 'the address stays the page asked for');
      await waitForHydration(page, 'read-aloud');

      // Back online, "Try again" opens the page that was asked for.
      await context.setOffline(false);
      await page.locator('main a.button').click();
      await page.waitForURL(/\/help\/rights$/);
      assert.notEqual(await page.locator('h1').innerText(), 'آپ آف لائن ہیں');
    });
  });

  test('a parent keeps a record on the phone, reads it offline, and signing out forgets it', async (t) => {
    // Without JavaScript there is no service worker, so the choice is not offered.
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await visit(page, '/children/1');
      assert.equal(await page.locator('#keep-on-phone').isVisible(), false, 'not offered without JavaScript');
    });

    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ context, page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await chooseLocale(page, 'en-GB'); // saved to the demo account: the test before chose Urdu
      await visit(page, '/children/1');
      const part = page.locator('#keep-on-phone');
      await part.waitFor({ state: 'visible', timeout: 15_000 });
      assert.deepEqual(await keptRecords(page), {}, 'nothing is kept until the family chooses');
      await checkAxe(page, 'the record overview, with keep on this phone');

      await part.getByRole('button', { name: 'Keep on this phone' }).click();
      await page.waitForFunction(() => /kept on this phone/.test(document.querySelector('#keep-on-phone [role="status"]').textContent), null, { timeout: 30_000 });
      assert.match(await part.locator('[role="status"]').innerText(), /^Amira's record is kept on this phone\./);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Stop keeping it on this phone', 'focus moves to the button now shown');
      const kept = await keptRecords(page);
      assert.deepEqual(Object.keys(kept), ['heard-record-1'], 'only this child is kept');
      for (const path of ['/children/1', '/children/1/about-me', '/children/1/goals', '/children/1/reviews', '/children/1/documents']) {
        assert.ok(kept['heard-record-1'].includes(path), `${path} is kept: ${kept['heard-record-1']}`);
      }
      // Still kept when the page is opened again.
      await visit(page, '/children/1');
      await part.getByRole('button', { name: 'Stop keeping it on this phone' }).waitFor({ timeout: 15_000 });

      // With no connection the kept pages open; another child's record does not.
      await context.setOffline(true);
      const goals = await page.goto(`${f.baseURL}/children/1/goals`);
      assert.ok(goals.fromServiceWorker(), 'answered by the service worker');
      assert.equal(await page.locator('h1').innerText(), 'Goals for Amira');
      await page.goto(`${f.baseURL}/children/2`);
      assert.equal(await page.locator('h1').innerText(), 'You are offline');
      // The offline page, shown to a signed-in phone, is not taken for signing out.
      await page.goto(`${f.baseURL}/children/1/about-me`);
      assert.equal(await page.locator('h1').innerText(), 'All about me');
      await context.setOffline(false);

      // Signing out forgets every kept record, and offline the record is gone.
      await visit(page, '/family');
      await signOut(page);
      // The signed-out page tells the service worker once it is ready, a moment after it loads.
      const forgotten = Date.now() + 15_000;
      while (Object.keys(await keptRecords(page)).length > 0) {
        assert.ok(Date.now() < forgotten, 'signing out forgets every kept record');
        await page.waitForTimeout(200);
      }
      await context.setOffline(true);
      await page.goto(`${f.baseURL}/children/1/goals`);
      assert.equal(await page.locator('h1').innerText(), 'You are offline');
      await context.setOffline(false);
    });
  });
});
