// Sharing the review pack by a link, in a real browser, JavaScript off and hydrated: a parent keeps the
// EHC plan on the record and makes a link for the class teacher from the review pack, ticking the plan
// to go with it; the teacher opens it in a browser with no account and downloads the plan; the parent
// sees the opening and the download in "who has looked", stops the link, and the link and its
// download answer 410 at once.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  JS_MODES, fileFixture, visit, pathOf, submitForm, checkAxe, assertNoHorizontalScroll, createAccount,
  uniqueEmail, newContext,
} from './harness.mjs';

const f = fileFixture({ before, after });

const TEACHER = 'Mr Jones (class teacher)';
// The demo's EHC plan: a tiny PDF.
const PLAN = Buffer.from("%PDF-1.4\n% Amira's EHC plan (the demo's)\n%%EOF\n");
const UPLOAD = 'form#document-upload';

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
      const teacher = await newContext(f.browser, { ...mode, baseURL: f.baseURL, acceptDownloads: true });
      try {
        const page = await family.newPage();
        const name = `Zofia ${mode.javaScript ? 'on' : 'off'}`;
        const child = await familyWithChild(page, name);

        // The EHC plan, kept on the record through the documents page's plain form.
        await visit(page, `${child}/documents`);
        await page.locator(`${UPLOAD} input[name="kind"][value="ehc-plan"]`).check();
        await page.locator(`${UPLOAD} input[name="date-day"]`).fill('27');
        await page.locator(`${UPLOAD} input[name="date-month"]`).fill('3');
        await page.locator(`${UPLOAD} input[name="date-year"]`).fill('2025');
        await page.locator(`${UPLOAD} input[type="file"]`).setInputFiles({ name: 'EHC plan.pdf', mimeType: 'application/pdf', buffer: PLAN });
        await submitForm(page, UPLOAD);
        assert.match(await page.locator('#document-saved').innerText(), /Your document is saved/);

        // From the review pack to the sharing page; the people page offers it too.
        await visit(page, `${child}/people`);
        assert.equal(await page.locator(`main a[href="${child}/review-pack/share"]`).count(), 1);
        await visit(page, `${child}/review-pack`);
        await page.locator(`main a[href="${child}/review-pack/share"]`).click();
        await page.waitForURL(`**${child}/review-pack/share`);
        const form = `form[action="${child}/review-pack/share"]`;
        assert.ok(await page.locator(`${form} input[name="how-long"][value="14"]`).isChecked(), '14 days unless chosen');
        await page.locator(`${form} input[name="for-name"]`).fill(TEACHER);
        // The plan is offered, not ticked until the parent ticks it.
        const plan = page.locator(`${form} input[name="documents"]`);
        assert.equal(await plan.count(), 1);
        assert.equal(await plan.isChecked(), false, 'no document goes unless ticked');
        await page.locator(`${form} label`, { hasText: 'EHC plan, 27 March 2025: EHC plan.pdf' }).click();
        assert.ok(await plan.isChecked());
        // The family's file name is isolated, so an Urdu or Arabic label keeps it whole.
        assert.deepEqual(await page.locator(`${form} label bdi`).allInnerTexts(), ['EHC plan.pdf']);
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

        // The plan goes with it: listed, and downloaded as a file, never opened as a page.
        const shared = reader.locator('.pack-documents');
        assert.match(await shared.innerText(), /Documents shared with you[\s\S]*EHC plan, 27 March 2025/);
        const planLink = shared.locator('a', { hasText: 'Download' });
        const planPath = await planLink.getAttribute('href');
        assert.match(planPath, /^\/pack\/[0-9a-f]{64}\/documents\/\d+$/);
        const [download] = await Promise.all([reader.waitForEvent('download'), planLink.click()]);
        assert.equal(download.suggestedFilename(), 'EHC plan.pdf');
        assert.deepEqual(await readFile(await download.path()), PLAN);
        assert.equal(pathOf(reader), new URL(link).pathname);

        // The parent sees the opening in who has looked, with its time.
        await visit(page, `${child}/seen`);
        const entry = page.locator('.access-log-entry', { hasText: `A link for ${TEACHER} opened the review pack.` });
        assert.equal(await entry.count(), 1);
        assert.equal(await entry.locator('time').count(), 1);
        assert.equal(await page.locator('.access-log-entry', { hasText: `A link for ${TEACHER} downloaded a document.` }).count(), 1);

        // The parent stops it: asked once, then gone at once.
        await visit(page, `${child}/review-pack/share`);
        assert.match(await page.locator('.pack-links').innerText(), /opened once[\s\S]*1 document goes with it\./);
        await page.locator(`a[aria-label="Stop the link for ${TEACHER}"]`).click();
        await page.waitForURL(/withdraw=\d+/);
        await submitForm(page, '#withdraw form');
        assert.equal(pathOf(page), `${child}/review-pack/share`);
        assert.match(await page.locator('main').innerText(), /There are no links that work now\./);
        const gone = await reader.goto(new URL(link).pathname);
        assert.equal(gone.status(), 410);
        assert.equal(await reader.locator('h1').innerText(), 'This link does not work any more');
        assert.doesNotMatch(await reader.locator('main').innerText(), new RegExp(name));
        const planGone = await reader.request.get(planPath);
        assert.equal(planGone.status(), 410);
        assert.doesNotMatch(await planGone.text(), /%PDF/);
      } finally {
        await family.close();
        await teacher.close();
      }
    });
  }
});
