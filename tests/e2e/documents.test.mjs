// Documents on a child's record in a real browser, JavaScript off and hydrated: a parent adds the EHC
// plan as a PDF and a phone's photo of a letter through the plain file input (no `capture`, so a phone
// offers its camera or its files), sees both listed, downloads one, and a web page called a PDF is
// refused beside the field with what was typed kept.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, fileFixture, withPage, visit, pathOf, submitForm, createAccount, uniqueEmail, checkAxe, chooseLocale,
} from './harness.mjs';

const f = fileFixture({ before, after });

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const FORM = 'form#document-upload';

async function addChild(page) {
  await visit(page, '/children/new');
  const form = 'form[action="/children/new"]';
  await page.locator(`${form} input[name="called-name"]`).fill('Amira');
  await page.locator(`${form} input[name="date-of-birth-day"]`).fill('12');
  await page.locator(`${form} input[name="date-of-birth-month"]`).fill('3');
  await page.locator(`${form} input[name="date-of-birth-year"]`).fill('2013');
  await page.locator(`${form} input[value="ehc-plan"]`).check();
  await submitForm(page, form);
  assert.match(pathOf(page), /^\/children\/\d+$/);
  return pathOf(page);
}

async function fill(page, { kind, day, month, year, note, file }) {
  await page.locator(`${FORM} input[name="kind"][value="${kind}"]`).check();
  await page.locator(`${FORM} input[name="date-day"]`).fill(day);
  await page.locator(`${FORM} input[name="date-month"]`).fill(month);
  await page.locator(`${FORM} input[name="date-year"]`).fill(year);
  await page.locator(`${FORM} textarea[name="note"]`).fill(note);
  await page.locator(`${FORM} input[type="file"]`).setInputFiles(file);
}

describe('documents on the record', () => {
  for (const mode of JS_MODES) {
    test(`a parent adds the EHC plan and a photo of a letter, and downloads one, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, acceptDownloads: true }, async ({ page }) => {
        await createAccount(page, uniqueEmail('documents'));
        const child = await addChild(page);
        await page.locator('a.record-part-link', { hasText: 'Documents' }).click();
        await page.waitForLoadState('load');
        assert.equal(pathOf(page), `${child}/documents`);
        assert.match(await page.locator('#documents-list').innerText(), /no documents here yet/);
        const input = page.locator(`${FORM} input[type="file"]`);
        assert.equal(await input.getAttribute('capture'), null, 'a phone offers its camera or its files');
        assert.match(await input.getAttribute('accept'), /application\/pdf.*image\/jpeg.*image\/heic.*\.docx/);

        // A web page under a PDF's name: refused beside the field, everything typed still there.
        await fill(page, {
          kind: 'ehc-plan', day: '27', month: '3', year: '2025', note: 'Final plan after the tribunal',
          file: { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') },
        });
        const refused = await submitForm(page, FORM);
        assert.equal(refused.status(), 415);
        assert.match(await page.locator('#file-error').innerText(), /not a PDF, a photo or a Word file/);
        assert.ok(await page.locator(`${FORM} input[name="kind"][value="ehc-plan"]`).isChecked());
        assert.equal(await page.locator(`${FORM} input[name="date-day"]`).inputValue(), '27');
        assert.equal(await page.locator(`${FORM} textarea[name="note"]`).inputValue(), 'Final plan after the tribunal');
        assert.equal(await page.locator('li.document').count(), 0);

        // The real plan: only the file needs choosing again.
        await page.locator(`${FORM} input[type="file"]`).setInputFiles({ name: 'EHC plan.pdf', mimeType: 'application/pdf', buffer: PDF });
        await submitForm(page, FORM);
        assert.equal(pathOf(page), `${child}/documents`);
        assert.match(await page.locator('#document-saved').innerText(), /Your document is saved/);

        // A phone's photo of a letter.
        await fill(page, {
          kind: 'letter', day: '2', month: '12', year: '2025', note: 'From the council',
          file: { name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: JPEG },
        });
        await submitForm(page, FORM);
        const listed = page.locator('li.document');
        assert.equal(await listed.count(), 2);
        const list = await page.locator('#documents-list').innerText();
        assert.match(list, /Letter, 2 December 2025/);
        assert.match(list, /EHC plan, 27 March 2025/);
        assert.match(list, /From the council/);

        // Downloaded, never opened as a page.
        const plan = listed.filter({ hasText: 'EHC plan, 27 March 2025' });
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          plan.locator('a', { hasText: 'Download' }).click(),
        ]);
        assert.equal(download.suggestedFilename(), 'EHC plan.pdf');
        assert.equal(pathOf(page), `${child}/documents`);

        // The browser draws a file input's button at about 21 px; ours is a 44 px target.
        const box = await page.locator(`${FORM} input[type="file"]`).boundingBox();
        assert.ok(box.height >= 44, `the file input is ${box.height} px tall`);
        await checkAxe(page);

        // In Urdu, right to left, the Latin file name and its size each stay whole: "1 KB" must not
        // read "KB 1", nor the name's full stop jump to its other end.
        await chooseLocale(page, 'ur');
        await visit(page, `${child}/documents`);
        const line = page.locator('li.document p.hint', { hasText: 'EHC plan.pdf' });
        assert.deepEqual(await line.locator('bdi').allInnerTexts(), ['EHC plan.pdf', '1 KB']);
        assert.match(await line.innerText(), /^EHC plan\.pdf، 1 KB$/);
        await checkAxe(page, `${child}/documents (ur)`);
      });
    });
  }
});
