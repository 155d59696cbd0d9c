// The account's email, JavaScript off: sign up, confirm by the emailed link, forget the password,
// make a new one from the emailed link, and sign in with it. Email goes to the server's mail folder.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileFixture, withPage, visit, pathOf, uniqueEmail, createAccount, confirmEmail, emailedLink,
  signIn, signOut, submitForm, submitSignIn, checkAxe,
} from './harness.mjs';

const f = fileFixture({ before, after });

describe('account email, JavaScript off', () => {
  test('sign up, confirm by email, forget the password, make a new one, sign in with it', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      const email = uniqueEmail('parent');
      await createAccount(page, email, undefined, { confirm: false });
      // Until the address is confirmed, every page says so, with the day the account goes.
      const banner = page.locator('.confirm-banner');
      assert.equal(await banner.count(), 1, 'the banner to confirm');
      assert.match(await banner.innerText(), /We sent a link to/);
      assert.match(await banner.innerText(), /\d{1,2} \w+ \d{4}/);
      await checkAxe(page, '/family, not confirmed');

      await confirmEmail(page, email);
      await visit(page, '/family');
      assert.equal(await page.locator('.confirm-banner').count(), 0, 'no banner once confirmed');
      await signOut(page);

      // Forgot the password: asked from the sign-in page.
      await visit(page, '/sign-in');
      await page.locator('main a[href="/forgot-password"]').click();
      await page.waitForURL('**/forgot-password');
      await page.locator('form[action="/forgot-password"] input[name="email"]').fill(email);
      await submitForm(page, 'form[action="/forgot-password"]');
      assert.match(await page.locator('main').innerText(), /If there is an account with this email address/);
      await checkAxe(page, '/forgot-password, sent');

      const link = await emailedLink(email, '/reset-password/');
      await visit(page, link);
      const form = `form[action="${link}"]`;
      // A password too short is said beside the field, and the link still works.
      await page.locator(`${form} input[name="password"]`).fill('short');
      await submitForm(page, form);
      assert.equal(await page.locator('#password-error').count(), 1, 'the problem beside the field');
      await checkAxe(page, '/reset-password, a mistake');
      const newPassword = 'a new password for the parent';
      await page.locator(`${form} input[name="password"]`).fill(newPassword);
      await submitForm(page, form);
      assert.equal(pathOf(page), '/family', `a new password signs in, got ${page.url()}`);
      await signOut(page);

      // The link is used up; the old password no longer works; the new one does.
      await visit(page, link);
      await page.locator(`${form} input[name="password"]`).fill('yet another new password');
      await submitForm(page, form);
      assert.match(await page.locator('main').innerText(), /does not work any more/);
      await visit(page, '/sign-in');
      await submitSignIn(page, email, 'correct horse battery staple 42');
      assert.equal(pathOf(page), '/sign-in', 'the old password is refused');
      await signIn(page, email, newPassword);
    });
  });
});
