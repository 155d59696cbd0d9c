// Which emails a person wants: a family member turns one kind of reminder off on /account/emails
// with JavaScript off, and the choice sticks across pages and a new sign-in.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileFixture, withPage, visit, createAccount, uniqueEmail, submitForm, pathOf, signOut, signIn, checkAxe,
  assertPageFrame,
} from './harness.mjs';

const f = fileFixture({ before, after });

const KINDS = ['review-soon', 'deadline', 'invitation', 'record-changed', 'access-ending'];
const FORM = 'main form[action="/account/emails"]';

async function ticked(page) {
  const on = {};
  for (const kind of KINDS) {
    on[kind] = await page.locator(`${FORM} input[name="on"][value="${kind}"]`).isChecked();
  }
  return on;
}

describe('email choices, JavaScript off', () => {
  test('a family member turns off one kind of email, and the choice sticks', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      const email = uniqueEmail('emails');
      await createAccount(page, email);
      await visit(page, '/account/emails');
      await assertPageFrame(page, { signedIn: true });
      assert.equal(await page.locator('h1').innerText(), 'Emails from Heard');
      // Every kind is on until the person says otherwise, each with a label that says what it is.
      assert.deepEqual(await ticked(page), Object.fromEntries(KINDS.map((k) => [k, true])));
      const box = page.getByLabel('someone outside the family changes a child\'s record');
      assert.equal(await box.count(), 1, 'the box is named by its label');
      await checkAxe(page, '/account/emails');

      await box.uncheck();
      await submitForm(page, FORM);
      assert.equal(pathOf(page), '/account/emails');
      assert.match(await page.locator('main p.notice[role="status"]').innerText(), /Your choices are saved/);
      const expected = Object.fromEntries(KINDS.map((k) => [k, k !== 'record-changed']));
      assert.deepEqual(await ticked(page), expected, 'shown as saved');

      // Elsewhere and back, then signed out and in again: still off, the rest still on.
      await visit(page, '/family');
      await visit(page, '/account/emails');
      assert.deepEqual(await ticked(page), expected, 'kept after leaving the page');
      assert.equal(await page.locator('main p.notice[role="status"]').count(), 0, 'the saved note is only shown after saving');
      await signOut(page);
      await signIn(page, email);
      await visit(page, '/account/emails');
      assert.deepEqual(await ticked(page), expected, 'kept in the account, not the browser');
    });
  });

  test('signed out, the page sends you to sign in first', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      await page.goto('/account/emails');
      assert.equal(pathOf(page), '/sign-in');
    });
  });
});
