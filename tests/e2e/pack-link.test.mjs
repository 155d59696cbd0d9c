// Sharing the review pack by a link, in a real browser, JavaScript off and hydrated: a parent makes a
// link for the class teacher from the review pack, the teacher opens it in a browser with no account,
// the parent sees the opening in "who has looked", stops the link, and the link answers 410 at once.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, fileFixture, visit, pathOf, submitForm, checkAxe, assertNoHorizontalScroll, createAccount,
  uniqueEmail, newContext,
} from './harness.mjs';

const f = fileFixture({ before, after });

const TEACHER = 'Mr Jones (class teacher)';

/** A new family with one child, made through the forms; returns the child's record path. */
async function familyWithChild(page, name) {
  await createAccount(page, uniqueEmail('family'));
  await visit(page, '/children/new');
  const form = 'form[action="/children/new"]';
  await page.locator(`${form} input[name="called-name"]`).fill(name);
  await page.locator(`${form} input[name="date-of-birth-day"]`).fill('14');
  await page.locator(`${form} input[name="date-of-birth-month"]`).fill('3');
  await page.locator(`${form} input[name="date-of-birth-year"]`).fill('2014');
  await page.locator(`${form} input[value="ehc-plan"]`).check();
  await submitForm(page, form);
  const path = pathOf(page);
  assert.match(path, /^\/children\/\d+$/);
  return path;
}

describe('a parent shares the review pack by a link, sees it opened, and stops it', () => {
  for (const mode of JS_MODES) {
    test(mode.label, async () => {
      const family = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      const teacher = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      try {
        const page = await family.newPage();
        const name = `Zofia ${mode.javaScript ? 'on' : 'off'}`;
        const child = await familyWithChild(page, name);

        // From the review pack to the sharing page; the people page offers it too.
        await visit(page, `${child}/people`);
        assert.equal(await page.locator(`main a[href="${child}/review-pack/share"]`).count(), 1);
        await visit(page, `${child}/review-pack`);
        await page.locator(`main a[href="${child}/review-pack/share"]`).click();
        await page.waitForURL(`**${child}/review-pack/share`);
        const form = `form[action="${child}/review-pack/share"]`;
        assert.ok(await page.locator(`${form} input[name="how-long"][value="14"]`).isChecked(), '14 days unless chosen');
        await page.locator(`${form} input[name="for-name"]`).fill(TEACHER);
        const made = await submitForm(page, form);
        assert.equal(made.status(), 201);
        const link = await page.locator('#pack-link').inputValue();
        assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/pack\/[0-9a-f]{64}$/);
        assert.match(await page.locator('main').innerText(), /It works until 20 December 2026/);
        await checkAxe(page, 'the link just made');

        // The teacher, with no account, opens it.
        const reader = await teacher.newPage();
        const opened = await visit(reader, new URL(link).pathname);
        assert.equal(opened.status(), 200);
        assert.equal(opened.headers()['referrer-policy'], 'no-referrer');
        assert.equal(await reader.locator('h1').innerText(), `Review pack for ${name}`);
        assert.match(await reader.locator('main').innerText(), /shared this pack with you\. The link works until 20 December 2026\./);
        await checkAxe(reader, 'the shared pack');
        await assertNoHorizontalScroll(reader, 'the shared pack');

        // The parent sees the opening in who has looked, with its time.
        await visit(page, `${child}/seen`);
        const entry = page.locator('.access-log-entry', { hasText: `A link for ${TEACHER} opened the review pack.` });
        assert.equal(await entry.count(), 1);
        assert.equal(await entry.locator('time').count(), 1);

        // The parent stops it: asked once, then gone at once.
        await visit(page, `${child}/review-pack/share`);
        assert.match(await page.locator('.pack-links').innerText(), /opened once/);
        await page.locator(`a[aria-label="Stop the link for ${TEACHER}"]`).click();
        await page.waitForURL(/withdraw=\d+/);
        await submitForm(page, '#withdraw form');
        assert.equal(pathOf(page), `${child}/review-pack/share`);
        assert.match(await page.locator('main').innerText(), /There are no links that work now\./);
        const gone = await reader.goto(new URL(link).pathname);
        assert.equal(gone.status(), 410);
        assert.equal(await reader.locator('h1').innerText(), 'This link does not work any more');
        assert.doesNotMatch(await reader.locator('main').innerText(), new RegExp(name));
      } finally {
        await family.close();
        await teacher.close();
      }
    });
  }
});
