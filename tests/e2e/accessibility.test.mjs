// Accessibility on every page: axe (WCAG 2.2 AA and best practice) in the default mode, in Urdu
// (right to left) and in each reading mode; no sideways scrolling at 320 px (WCAG 1.4.10); and the
// skip link is the first thing a keyboard reaches, shows when focused, and moves focus to <main>.
//
// Each test goes through every page and reports every problem it finds, not only the first.
// The mode is chosen through the site's own forms while signed out; /family is checked last, after
// creating a fresh account (so no test depends on options another test saved to an account).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, PAGES, LOCALES, READING_MODE_SWEEPS, fileFixture, withPage, visit, pathOf, checkAxe, assertPageFrame,
  assertNoHorizontalScroll, assertSkipLinkFirst, saveReadingOptions, chooseLocale, createAccount,
  uniqueEmail, assertReadingAttributes, htmlAttributes, waitForHydration, saveArtifacts,
} from './harness.mjs';

const f = fileFixture({ before, after });

/**
 * Visits every page in PAGES (signed-out ones first, then /family after creating an account), runs
 * `check(page, path)` on each, and fails at the end with every page's failure.
 */
async function onEveryPage(t, page, { javaScript }, check) {
  const failures = [];
  const run = async (path) => {
    try {
      await visit(page, path);
      assert.equal(pathOf(page), path, `GET ${path} ended on ${page.url()}`);
      if (javaScript && path === '/reading-options') await waitForHydration(page, 'reading-options');
      await check(page, path);
    } catch (error) {
      failures.push(`${path}: ${error.message}`);
      await saveArtifacts(page, `${t.name} ${path}`);
    }
  };
  for (const { path, signedIn } of PAGES) if (!signedIn) await run(path);
  await createAccount(page, uniqueEmail('a11y'));
  for (const { path, signedIn } of PAGES) if (signedIn) await run(path);
  if (failures.length) assert.fail(`${failures.length} page(s) failed:\n\n${failures.join('\n\n')}`);
}

// English, Urdu (right to left) and Easy Read both ways; the other languages hydrated, the way most
// people see them (the server's HTML is the same, so their JavaScript-off run would add only time).
const BOTH_WAYS = ['en-GB', 'ur', 'en-GB-easyread'];

describe('axe', () => {
  for (const mode of JS_MODES) {
    for (const { locale, lang, dir } of LOCALES.filter((l) => mode.javaScript || BOTH_WAYS.includes(l.locale))) {
      test(`every page, ${locale}, ${mode.label}`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
          if (locale !== 'en-GB') await chooseLocale(page, locale);
          await onEveryPage(t, page, mode, async (p, path) => {
            const attrs = await htmlAttributes(p);
            assert.equal(attrs.lang, lang, `<html lang> is ${attrs.lang}`);
            assert.equal(attrs.dir, dir, `<html dir> is ${attrs.dir}`);
            await assertPageFrame(p, { signedIn: PAGES.some((page) => page.path === path && page.signedIn) });
            await checkAxe(p, `${path} (${locale}, ${mode.label})`);
          });
        });
      });
    }
  }

  // The reading modes change only CSS and <html> attributes: checked hydrated, the way most people
  // see them (and a check that hydration keeps the mode), combined so every mode is on in one of three.
  const hydrated = JS_MODES.find((m) => m.javaScript);
  for (const options of READING_MODE_SWEEPS) {
    const name = Object.entries(options).map(([k, v]) => `${k}=${v}`).join(' ');
    test(`every page, reading mode ${name}, ${hydrated.label}`, async (t) => {
      await withPage(f.browser, t, { ...hydrated, baseURL: f.baseURL }, async ({ page }) => {
        await saveReadingOptions(page, options);
        await onEveryPage(t, page, hydrated, async (p, path) => {
          await assertReadingAttributes(p, options);
          await checkAxe(p, `${path} (${name})`);
        });
      });
    });
  }

  // Dark and contrast themes also when the device asks for dark (theme=auto follows it).
  test(`every page, theme auto on a dark device, ${hydrated.label}`, async (t) => {
    await withPage(f.browser, t, { ...hydrated, baseURL: f.baseURL, colorScheme: 'dark' }, async ({ page }) => {
      await onEveryPage(t, page, hydrated, async (p, path) => {
        await checkAxe(p, `${path} (theme auto, prefers dark)`);
      });
    });
  });
});

describe('reflow at 320 px', () => {
  const narrow = { width: 320, height: 640 };
  for (const mode of JS_MODES) {
    // As for axe: every language hydrated; with JavaScript off the ones whose HTML differs most.
    for (const { locale } of LOCALES.filter((l) => mode.javaScript || BOTH_WAYS.includes(l.locale))) {
      test(`no sideways scrolling on any page, ${locale}, ${mode.label}`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: narrow }, async ({ page }) => {
          if (locale !== 'en-GB') await chooseLocale(page, locale);
          await onEveryPage(t, page, mode, (p, path) => assertNoHorizontalScroll(p, `${path} (${locale})`));
        });
      });
    }
  }
  for (const { locale } of LOCALES) {
    test(`no sideways scrolling with the largest text and wide spacing, ${locale}`, async (t) => {
      const mode = JS_MODES[0];
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: narrow }, async ({ page }) => {
        if (locale !== 'en-GB') await chooseLocale(page, locale);
        await saveReadingOptions(page, { text_size: 'largest', spacing: 'wide', font: 'dyslexia' });
        await onEveryPage(t, page, mode, (p, path) => assertNoHorizontalScroll(p, `${path} (${locale}, largest)`));
      });
    });
  }
});

describe('keyboard', () => {
  for (const mode of JS_MODES) {
    // The skip link does not change with the language, only with its direction.
    for (const { locale } of LOCALES.filter((l) => BOTH_WAYS.includes(l.locale))) {
      test(`the first Tab reaches a visible skip link that moves focus to main, ${locale}, ${mode.label}`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 390, height: 740 } }, async ({ page }) => {
          if (locale !== 'en-GB') await chooseLocale(page, locale);
          await onEveryPage(t, page, mode, async (p, path) => {
            await assertSkipLinkFirst(p, `${path} (${locale})`);
            await p.keyboard.press('Enter');
            await p.waitForFunction(() => location.hash === '#main', null, { timeout: 3_000 }).catch(() => {});
            const target = await p.evaluate(() => {
              const main = document.getElementById('main');
              const el = document.activeElement;
              return { hash: location.hash, inMain: Boolean(main && el && main.contains(el)), active: el?.tagName };
            });
            assert.equal(target.hash, '#main', `${path}: following the skip link goes to #main`);
            assert.ok(target.inMain, `${path}: after the skip link, focus is in <main> (focused ${target.active})`);
          });
        });
      });
    }
  }
});
