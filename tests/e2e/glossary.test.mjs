// Words explained where they appear: a SEND term in the text is a button that opens its plain meaning
// (an HTML popover, so it works with JavaScript off), reached and opened from the keyboard, closed with
// Escape, explained once per page, linking to the glossary page that lists every term. And Easy Read's
// pictures: beside key messages in Easy Read only, each with words for screen readers.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { JS_MODES, fileFixture, withPage, visit, chooseLocale, pathOf, checkAxe } from './harness.mjs';

const f = fileFixture({ before, after });

for (const mode of JS_MODES) {
  describe(`words explained, ${mode.label}`, () => {
    for (const { locale, meaning } of [
      { locale: 'en-GB', meaning: /legal plan/i },
      { locale: 'ur', meaning: /قانونی منصوبہ/ },
    ]) {
      test(`a term opens its meaning from the keyboard and closes with Escape (${locale})`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
          if (locale !== 'en-GB') await chooseLocale(page, locale);
          await visit(page, '/help/ehc-plan');
          const term = page.locator('main button.term', { hasText: 'EHC plan' }).first();
          assert.equal(await term.count(), 1, 'the first "EHC plan" is a button');
          const popoverId = await term.getAttribute('popovertarget');
          const explanation = page.locator(`#${popoverId}`);
          assert.equal(await explanation.isVisible(), false, 'the meaning is closed to begin with');
          // Screen readers hear the meaning as the button's description, even while it is closed.
          const describedBy = await term.getAttribute('aria-describedby');
          assert.match(await page.locator(`#${describedBy}`).textContent(), meaning);
          await term.focus();
          await page.keyboard.press('Enter');
          await explanation.waitFor({ state: 'visible' });
          assert.match(await explanation.innerText(), meaning);
          await checkAxe(page, `/help/ehc-plan with a meaning open (${locale}, ${mode.label})`);
          await page.keyboard.press('Escape');
          await explanation.waitFor({ state: 'hidden' });
          // Each term is explained where it first appears, once.
          const sameTerm = await page.locator('main button.term').evaluateAll(
            (buttons) => buttons.filter((b) => document.getElementById(b.getAttribute('popovertarget'))
              .querySelector('a').getAttribute('href').endsWith('#term-ehc-plan')).length,
          );
          assert.equal(sameTerm, 1, 'EHC plan is explained once on the page');
          // The explanation links to the full list.
          await term.click();
          await explanation.locator('a').click();
          await page.waitForURL(/\/help\/words#term-ehc-plan$/);
          assert.equal(pathOf(page), '/help/words');
          assert.equal(await page.locator('dl.glossary dt').count(), 25, 'the glossary lists every term');
          assert.equal(await page.locator('#term-ehc-plan').count(), 1);
        });
      });
    }

    test('Easy Read puts a picture with words beside key messages; English does not', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/help');
        assert.equal(await page.locator('main .easy-symbol').count(), 0, 'no pictures in en-GB');
        await chooseLocale(page, 'en-GB-easyread');
        await visit(page, '/help');
        const picture = page.locator('main .with-symbol .easy-symbol[role="img"]').first();
        assert.ok(await picture.isVisible(), 'a picture beside the heading');
        assert.ok((await picture.getAttribute('aria-label'))?.trim(), 'the picture has words');
        const size = await picture.boundingBox();
        assert.ok(size.width >= 40, `the picture is big enough to see (${size.width} px)`);
      });
    });
  });
}
