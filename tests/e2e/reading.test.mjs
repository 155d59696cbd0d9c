// Journeys 4 and 5: reading options kept on the device and with the account; the live preview once
// the reading-options island has hydrated. Journey 4 runs with JavaScript off and hydrated.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, READING_ATTRIBUTES, fileFixture, withPage, visit, htmlAttributes, saveReadingOptions,
  assertReadingAttributes, createAccount, signIn, signOut, uniqueEmail, waitForHydration, submitForm,
} from './harness.mjs';

const f = fileFixture({ before, after });

const DEFAULTS = { text_size: 'standard', spacing: 'standard', font: 'standard', theme: 'auto', motion: 'auto' };
const CHOICES = {
  text_size: ['standard', 'large', 'largest'],
  spacing: ['standard', 'wide'],
  font: ['standard', 'dyslexia'],
  theme: ['auto', 'light', 'dark', 'contrast'],
  motion: ['auto', 'reduce'],
};

for (const mode of JS_MODES) {
  describe(`reading options, ${mode.label}`, () => {
    test('the form offers every option as a radio group, with the current choice checked', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/reading-options');
        const form = page.locator('form[action="/reading-options"]');
        assert.equal(await form.count(), 1, 'one reading-options form');
        assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post');
        for (const [name, values] of Object.entries(CHOICES)) {
          for (const value of values) {
            const radio = form.locator(`input[name="${name}"][value="${value}"]`);
            assert.equal(await radio.count(), 1, `a radio ${name}=${value}`);
            assert.equal(await radio.getAttribute('type'), 'radio', `${name}=${value} is a radio`);
          }
          const checked = await form.locator(`input[name="${name}"]:checked`).getAttribute('value');
          assert.equal(checked, DEFAULTS[name], `${name}: the default ${DEFAULTS[name]} is checked`);
          // Each group is a fieldset with a legend.
          const inFieldset = await form.locator(`input[name="${name}"]`).first().evaluate(
            (input) => Boolean(input.closest('fieldset')?.querySelector('legend')),
          );
          assert.ok(inFieldset, `${name}: the radios sit in a fieldset with a legend`);
        }
        await assertReadingAttributes(page, DEFAULTS, 'defaults');
      });
    });

    test('journey 4: saved reading options stay after a reload and on other pages', async (t) => {
      const chosen = { text_size: 'large', font: 'dyslexia', theme: 'contrast' };
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/');
        await assertReadingAttributes(page, DEFAULTS, 'before saving');
        await saveReadingOptions(page, chosen);
        await page.reload({ waitUntil: 'load' });
        await assertReadingAttributes(page, { ...DEFAULTS, ...chosen }, 'after saving and a reload');
        for (const path of ['/', '/help', '/sign-in']) {
          await visit(page, path);
          await assertReadingAttributes(page, { ...DEFAULTS, ...chosen }, `on ${path}`);
        }
        // The form shows what is saved.
        await visit(page, '/reading-options');
        for (const [name, value] of Object.entries(chosen)) {
          assert.equal(await page.locator(`form[action="/reading-options"] input[name="${name}"]:checked`).getAttribute('value'), value,
            `the form shows ${name}=${value} as chosen`);
        }
        // And back to the defaults.
        await saveReadingOptions(page, DEFAULTS);
        await page.reload({ waitUntil: 'load' });
        await assertReadingAttributes(page, DEFAULTS, 'after saving the defaults again');
      });
    });

    test('journey 4, signed in: saved options follow the account to a fresh browser', async (t) => {
      const email = uniqueEmail(mode.javaScript ? 'js-reading' : 'nojs-reading');
      const chosen = { text_size: 'largest', spacing: 'wide', theme: 'dark', motion: 'reduce' };
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await createAccount(page, email);
        await saveReadingOptions(page, chosen);
        await page.reload({ waitUntil: 'load' });
        await assertReadingAttributes(page, { ...DEFAULTS, ...chosen }, 'after saving while signed in');
        await signOut(page);
      });
      // Another device: nothing saved on it yet.
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/');
        await assertReadingAttributes(page, DEFAULTS, 'a fresh browser, signed out');
        await signIn(page, email);
        await assertReadingAttributes(page, { ...DEFAULTS, ...chosen }, '/family right after signing in');
        await visit(page, '/help');
        await assertReadingAttributes(page, { ...DEFAULTS, ...chosen }, '/help, signed in');
      });
    });
  });
}

describe('reading options, hydrated only', () => {
  test('journey 5: the island hydrates and previews a choice at once, before saving', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page }) => {
      await visit(page, '/reading-options');
      await waitForHydration(page, 'reading-options');
      const island = page.locator('[data-island="reading-options"]');
      assert.equal(await island.count(), 1, 'one reading-options island');
      assert.ok(await island.locator('input[type="radio"][name="text_size"]').count() >= 1, 'the radios are inside the island');

      const preview = { text_size: 'largest', spacing: 'wide', font: 'dyslexia', theme: 'dark', motion: 'reduce' };
      for (const [name, value] of Object.entries(preview)) {
        const attr = READING_ATTRIBUTES[name];
        await page.locator(`form[action="/reading-options"] input[name="${name}"][value="${value}"]`).check();
        await page.waitForFunction(
          ([a, v]) => document.documentElement.getAttribute(a) === v,
          [attr, value],
          { timeout: 5_000 },
        ).catch(async () => {
          const attrs = await htmlAttributes(page);
          assert.fail(`live preview: after choosing ${name}=${value}, <html ${attr}> is ${attrs[attr]}`);
        });
      }

      // Not saved yet: a reload shows the saved (default) options again.
      await page.reload({ waitUntil: 'load' });
      await assertReadingAttributes(page, DEFAULTS, 'after a reload without saving');

      // Saving from the hydrated island keeps the choice.
      await waitForHydration(page, 'reading-options');
      await page.locator('form[action="/reading-options"] input[name="theme"][value="contrast"]').check();
      await submitForm(page, 'form[action="/reading-options"]');
      await assertReadingAttributes(page, { theme: 'contrast' }, 'right after saving');
      await page.reload({ waitUntil: 'load' });
      await assertReadingAttributes(page, { ...DEFAULTS, theme: 'contrast' }, 'after saving and a reload');
      await waitForHydration(page, 'reading-options');
      await assertReadingAttributes(page, { ...DEFAULTS, theme: 'contrast' }, 'after hydrating again');
    });
  });

  test('hydration does not change what the server rendered on <html>', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL, locale: 'ur-PK' }, async ({ page }) => {
      await visit(page, '/reading-options');
      const before = await htmlAttributes(page);
      await waitForHydration(page, 'reading-options');
      await page.waitForTimeout(200);
      assert.deepEqual(await htmlAttributes(page), before, '<html> attributes after hydration');
      assert.equal(before.dir, 'rtl');
    });
  });
});
