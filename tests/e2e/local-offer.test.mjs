// The Local Offer in a real browser, JavaScript off and hydrated: searching (typing slips put right,
// filters, why each service is there), opening a service, saving it to a child's record with a note
// and removing it; hydrated, results follow the typing without losing focus and the count is said
// in a live region; axe in English, Urdu (right to left) and dark theme with the largest text, with
// no sideways scrolling at 320 px. Runs on `heard demo`, which has a fictional Local Offer.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  viewsFor,
  JS_MODES, DEMO_EMAIL, DEMO_PASSWORD, fileFixture, withPage, visit, pathOf, submitForm, checkAxe,
  assertPageFrame, assertNoHorizontalScroll, chooseLocale, saveReadingOptions, signIn, htmlAttributes,
  waitForHydration,
  firstChildId, setLocaleCookie,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

const FORM = 'form.search-form';

/** The demo family's first child's id, from the family page. */

async function openFilters(page) {
  const details = page.locator(`${FORM} details.search-filters`);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/**
 * Runs the search the form now holds and waits for its results: with JavaScript off by pressing
 * Search (a GET: the results are a new page at a new address); hydrated, by waiting for the island
 * to swap in results for an address matching `expectURL`.
 */
async function searchNow(page, { javaScript }, expectURL) {
  if (javaScript) {
    await page.waitForURL(expectURL, { timeout: 10_000 });
    await page.waitForFunction(
      () => document.getElementById('results-status')?.textContent.trim() ===
        document.getElementById('results')?.dataset.announce?.trim(),
      null,
      { timeout: 10_000 },
    );
  } else {
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.locator(`${FORM} button[type="submit"]`).click(),
    ]);
    assert.match(page.url(), expectURL);
  }
}

async function resultsText(page) {
  return page.locator('#results').innerText();
}

describe('searching the Local Offer', () => {
  for (const mode of JS_MODES) {
    test(`search, filter and open a service, signed out, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
        await visit(page, '/');
        await page.locator('header a[href="/local-offer"]').click();
        await page.waitForURL(/\/local-offer$/);
        if (mode.javaScript) await waitForHydration(page, 'live-search');
        assert.match(await resultsText(page), /\d+ services found/);
        assert.ok(await page.locator('#results .popular-searches a').count() >= 3, 'popular searches');

        await page.locator(`${FORM} input[name="q"]`).fill('speach therapy');
        await searchNow(page, mode, /q=speach(\+|%20)therapy/);
        const found = await resultsText(page);
        assert.match(found, /We read speach as speech\./);
        assert.match(found, /Little Voices Speech and Language Therapy/);
        assert.match(found, /Why this is here:/);

        await openFilters(page);
        await page.locator(`${FORM} input[name="age"]`).fill('7');
        await page.locator(`${FORM} input[name="free"][value="yes"]`).check();
        await searchNow(page, mode, /age=7.*free=yes/);
        const filtered = await page.locator('#results li.result').allInnerTexts();
        assert.ok(filtered.length > 0, 'some free services for age 7');
        for (const card of filtered) {
          assert.match(card, /for age 7/, card);
          assert.match(card, /\bfree\b/, card);
          assert.match(card, /Free/, card);
        }
        // The address is the search: opened again, it shows the same.
        const address = page.url();
        await visit(page, address);
        assert.deepEqual(await page.locator('#results li.result').allInnerTexts(), filtered);
        assert.equal(await page.locator(`${FORM} input[name="age"]`).inputValue(), '7');

        await page.locator('#results .result-name a', { hasText: 'Little Voices' }).click();
        await page.waitForURL(/\/local-offer\/services\//);
        assert.equal(await page.locator('h1').innerText(), 'Little Voices Speech and Language Therapy');
        const main = await page.locator('main').innerText();
        for (const heading of ['What it is', 'Who it is for', 'Cost', 'How to get it', 'Contact', 'Where and when', 'Languages']) {
          assert.ok(main.includes(heading), `the service page has "${heading}"`);
        }
        assert.match(main, /Monday to Friday, 9:00 to 17:00/);
        assert.match(main, /Last updated \d+ \w+ \d{4}/);
        assert.ok(await page.locator('main a[href^="tel:"]').count() >= 1, 'tap to call');
        assert.ok(await page.locator('main a[href^="mailto:"]').count() >= 1, 'an email link');
        assert.match(main, /Sign in to save this service/);
      });
    });

    test(`a bad age is said beside the field and nothing typed is lost, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/local-offer');
        if (mode.javaScript) await waitForHydration(page, 'live-search');
        await page.locator(`${FORM} input[name="q"]`).fill('swimming');
        await openFilters(page);
        await page.locator(`${FORM} input[name="age"]`).fill('seven');
        await searchNow(page, mode, /age=seven/);
        assert.match(await resultsText(page), /Type an age in years, from 0 to 25/);
        if (!mode.javaScript) {
          assert.match(await page.title(), /^Error:/);
          await page.locator('.error-summary a[href="#age"]').waitFor();
          assert.match(await page.locator('#age-error').innerText(), /Type an age in years/);
        }
        assert.equal(await page.locator(`${FORM} input[name="q"]`).inputValue(), 'swimming');
        assert.equal(await page.locator(`${FORM} input[name="age"]`).inputValue(), 'seven');
        await checkAxe(page, 'a search with a problem');

        await page.locator(`${FORM} input[name="age"]`).fill('9');
        await searchNow(page, mode, /age=9/);
        assert.match(await resultsText(page), /services? found/);
        if (mode.javaScript) {
          // The message beside the field goes once the problem is put right.
          assert.equal(await page.locator('#age-error:visible').count(), 0);
        }
      });
    });
  }

  test('hydrated: results follow the typing, focus stays, and the count is said', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page }) => {
      await visit(page, '/local-offer');
      await waitForHydration(page, 'live-search');
      const box = page.locator(`${FORM} input[name="q"]`);
      await box.click();
      const requests = [];
      page.on('request', (r) => { if (r.url().includes('/local-offer?')) requests.push(r.url()); });
      // Type with a pause in the middle, long enough for a search to run while typing goes on.
      await box.pressSequentially('swim', { delay: 60 });
      await page.waitForTimeout(700);
      await box.pressSequentially('ming', { delay: 60 });
      await page.waitForURL(/q=swimming$/);
      await page.waitForFunction(() => document.getElementById('results-status')?.textContent.includes('found'));
      assert.equal(await box.inputValue(), 'swimming', 'no typing lost');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'q', 'focus stays in the box');
      const status = page.locator('#results-status');
      assert.equal(await status.getAttribute('role'), 'status');
      const said = (await status.textContent()).trim();
      assert.equal(said, (await page.locator('#results').getAttribute('data-announce')).trim());
      assert.match(said, /^\d+ services? found$/);
      assert.match(await resultsText(page), /Splash Inclusive Swimming/);
      assert.ok(requests.length >= 1 && requests.length <= 4, `a few fetches, not one per key: ${requests.length}`);
      // No full page load happened: the island is still the same one.
      assert.equal(await page.locator('[data-island="live-search"][data-hydrated="true"]').count(), 1);

      // The Search button searches in place too.
      await box.fill('autism');
      await page.locator(`${FORM} button[type="submit"]`).click();
      await page.waitForURL(/q=autism$/);
      await page.waitForFunction(() => document.getElementById('results')?.dataset.announce?.includes('found'));
      assert.match(await resultsText(page), /Spectrum Saturday Club/);
    });
  });

  test('hydrated: "use my location" measures from the device, and says so when refused', async (t) => {
    const geo = { geolocation: { latitude: 52.9341, longitude: -1.5 }, permissions: ['geolocation'] };
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL, ...geo }, async ({ page }) => {
      await visit(page, '/local-offer');
      await waitForHydration(page, 'use-my-location');
      await openFilters(page);
      await page.locator(`${FORM} input[name="near"]`).fill('DE1');
      await page.locator('button.use-location-button').click();
      await page.waitForURL(/lat=52\.93&lon=-1\.50/);
      await page.waitForFunction(() => document.getElementById('results')?.dataset.announce?.includes('found'));
      assert.equal(await page.locator(`${FORM} input[name="near"]`).inputValue(), '', 'the postcode is cleared');
      assert.match(await resultsText(page), /miles? away/);
    });
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page }) => {
      await visit(page, '/local-offer');
      await waitForHydration(page, 'use-my-location');
      await openFilters(page);
      await page.locator('button.use-location-button').click();
      await page.locator('.use-location-message .field-error').waitFor({ state: 'visible' });
      assert.match(await page.locator('.use-location-message').innerText(), /could not get your location/);
    });
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      await visit(page, '/local-offer');
      await openFilters(page);
      assert.equal(await page.locator('button.use-location-button').isVisible(), false, 'no button without JavaScript');
    });
  });
});

describe('searching in your own language, near you', () => {
  for (const mode of JS_MODES) {
    test(`a Polish search for "logopeda" near DE22 at 390 px, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ context, page }) => {
        await setLocaleCookie(context, f.baseURL, 'pl');
        await visit(page, '/local-offer');
        assert.equal((await htmlAttributes(page)).lang, 'pl');
        if (mode.javaScript) await waitForHydration(page, 'live-search');
        // The postcode box is there to see without opening "Narrow your search".
        assert.equal(await page.locator(`${FORM} details.search-filters`).evaluate((d) => d.open), false);
        assert.ok(await page.locator(`${FORM} input[name="near"]`).isVisible(), 'the postcode box is visible');
        // The whole list comes a page at a time.
        assert.ok(await page.locator('#results li.result').count() <= 20, 'one page of results');
        assert.ok(await page.locator('#results .pagination a[rel="next"]').isVisible(), 'a next page link');

        await page.locator(`${FORM} input[name="q"]`).fill('logopeda');
        await page.locator(`${FORM} input[name="near"]`).fill('DE22');
        await searchNow(page, mode, /q=logopeda.*near=DE22/);
        const found = await resultsText(page);
        assert.match(found, /Pokazujemy usługi dla: speech therapy/);
        assert.equal(await page.locator('#results .results-searched-for bdi').getAttribute('lang'), 'en-GB');
        assert.doesNotMatch(found, /Sprawdź pisownię/);
        assert.doesNotMatch(found, /Nie znaleziono/);
        const cards = await page.locator('#results li.result').allInnerTexts();
        assert.ok(cards.some((card) => card.includes('Little Voices Speech and Language Therapy')), cards.join('\n---\n'));
        // Each card says its distance once, as Polish writes numbers and miles ("0,6 mili stąd", "3 mile stąd").
        for (const card of cards) {
          const distances = card.match(/\d+(,\d)? (mila|mile|mil|mili) stąd/g) ?? [];
          assert.equal(distances.length, 1, `one distance from DE22, written in Polish: ${card}`);
        }
        for (const facts of await page.locator('#results li.result .result-facts').allInnerTexts()) {
          assert.doesNotMatch(facts, /\d\.\d/, `no English decimal point: ${facts}`);
        }
        await checkAxe(page, `a Polish search (${mode.label})`);
        await assertNoHorizontalScroll(page, 'a Polish search');
      });
    });
  }
});

describe('saving a service to a child\'s record', () => {
  for (const mode of JS_MODES) {
    test(`save with a note, see it on the child's page, remove it, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
        await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
        await chooseLocale(page, 'en-GB');
        const child = await firstChildId(page);
        await visit(page, '/local-offer?q=swimming');
        await page.locator('#results .result-name a', { hasText: 'Splash Inclusive Swimming' }).click();
        await page.waitForURL(/\/local-offer\/services\//);
        const service = pathOf(page);
        const form = `form[action="${service}/save"]`;
        const note = `We rang on 3 March. They will call back. (${mode.label})`;

        // Nothing chosen: told beside the field, the note kept.
        await page.locator(`${form} textarea[name="note"]`).fill(note);
        const refused = await submitForm(page, form);
        assert.equal(refused.status(), 422);
        await page.locator('.error-summary a[href="#child"]').waitFor();
        assert.equal(await page.locator(`${form} textarea[name="note"]`).inputValue(), note);

        await page.locator(`${form} select[name="child"]`).selectOption(child);
        await submitForm(page, form);
        assert.equal(pathOf(page), `/children/${child}`);
        assert.match(page.url(), /#saved-services$/);
        const saved = page.locator('#saved-services li.saved-service', { hasText: 'Splash Inclusive Swimming' });
        assert.equal(await saved.count(), 1);
        const text = await saved.innerText();
        assert.ok(text.includes(note), 'the note is shown');
        assert.match(text, /Saved on \d+ \w+ \d{4}/);
        assert.equal(await saved.locator(`a[href="${service}"]`).count(), 1, 'it links to the service');
        await checkAxe(page, 'the child page with a saved service');

        await submitForm(page, `#saved-services li.saved-service:has-text("Splash Inclusive Swimming") form`);
        assert.equal(pathOf(page), `/children/${child}`);
        assert.equal(await page.locator('#saved-services li.saved-service', { hasText: 'Splash Inclusive Swimming' }).count(), 0);
      });
    });
  }
});


describe('the Local Offer pages', () => {
  for (const mode of JS_MODES) {
    for (const view of viewsFor(mode)) {
      test(`axe, page frame and 320 px, ${view.label}, ${mode.label}`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 320, height: 800 } }, async ({ page }) => {
          await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
          await chooseLocale(page, view.locale);
          await saveReadingOptions(page, view.reading ?? { theme: 'auto', text_size: 'standard' });
          await visit(page, '/local-offer?q=salt');
          const service = await page.locator('#results .result-name a').first().getAttribute('href');
          const failures = [];
          for (const [path, open] of [
            ['/local-offer', false],
            ['/local-offer?q=speach+therapy&age=7&near=DE22&within=10', true],
            ['/local-offer?q=zzzqqq', false],
            ['/local-offer?q=logopeda&near=DE22', false],
            ['/local-offer?age=seven', true],
            [service, false],
          ]) {
            try {
              await visit(page, path, { expectStatus: false });
              assert.equal((await htmlAttributes(page)).dir, view.dir);
              const searchPage = path === '/local-offer' || path.startsWith('/local-offer?');
              if (mode.javaScript && searchPage) await waitForHydration(page, 'live-search');
              if (open) await openFilters(page);
              await assertPageFrame(page, { signedIn: true });
              await checkAxe(page, `${path} (${view.label}, ${mode.label})`);
              await assertNoHorizontalScroll(page, path);
            } catch (error) {
              failures.push(`${path}: ${error.message}`);
            }
          }
          if (failures.length) assert.fail(`${failures.length} page(s) failed:\n\n${failures.join('\n\n')}`);
        });
      });
    }
  }
});
