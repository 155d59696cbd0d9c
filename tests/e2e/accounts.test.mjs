// Journeys 1 and 2: create an account, sign out and in again; a wrong password, and the sign-in limit.
// Each runs twice: with JavaScript off, and hydrated.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  JS_MODES, PASSWORD, fileFixture, withPage, visit, pathOf, uniqueEmail, createAccount, signIn,
  signOut, submitSignIn, submitForm, assertPageFrame,
} from './harness.mjs';

const f = fileFixture({ before, after });

async function errorSummaryText(page) {
  return (await page.locator('.error-summary').first().innerText()).trim();
}

/** The error summary pattern: an alert that can take focus and links to the field in error. */
async function assertErrorSummary(page, label, { linksToField = true } = {}) {
  const summary = page.locator('.error-summary');
  assert.equal(await summary.count(), 1, `${label}: one .error-summary`);
  assert.ok(await summary.isVisible(), `${label}: the error summary is visible`);
  assert.equal(await summary.getAttribute('role'), 'alert', `${label}: the error summary has role="alert"`);
  const tabindex = await summary.getAttribute('tabindex');
  assert.ok(tabindex !== null && Number(tabindex) <= 0, `${label}: the error summary can take focus (tabindex -1 or 0), got ${tabindex}`);
  if (!linksToField) return;
  const links = summary.locator('a[href="#email"], a[href="#password"]');
  assert.ok(await links.count() >= 1, `${label}: the error summary links to #email or #password`);
  const target = await links.first().getAttribute('href');
  assert.equal(await page.locator(target).count(), 1, `${label}: the error summary link target ${target} exists`);
}

for (const mode of JS_MODES) {
  describe(`accounts, ${mode.label}`, () => {
    test('the create-account and sign-in forms are well formed', async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/account/new');
        const form = page.locator('form[action="/account/new"]');
        assert.equal(await form.count(), 1, 'one create-account form');
        assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post');
        const email = form.locator('input[name="email"]');
        assert.equal(await email.getAttribute('type'), 'email');
        assert.equal(await email.getAttribute('autocomplete'), 'email');
        const password = form.locator('input[name="password"]');
        assert.equal(await password.getAttribute('type'), 'password');
        assert.equal(await password.getAttribute('autocomplete'), 'new-password');
        assert.ok(await form.locator('button[type="submit"], button:not([type]), input[type="submit"]').count() >= 1, 'a submit button');
        await assertPageFrame(page);

        await visit(page, '/sign-in');
        const signInForm = page.locator('form[action="/sign-in"]');
        assert.equal(await signInForm.count(), 1, 'one sign-in form');
        assert.equal((await signInForm.getAttribute('method'))?.toLowerCase(), 'post');
        assert.equal(await signInForm.locator('input[name="email"]').getAttribute('type'), 'email');
        assert.equal(await signInForm.locator('input[name="password"]').getAttribute('type'), 'password');
        assert.equal(await signInForm.locator('input[name="password"]').getAttribute('autocomplete'), 'current-password');
        await assertPageFrame(page);
      });
    });

    test('journey 1: create an account, sign out, sign in again', async (t) => {
      const email = uniqueEmail(mode.javaScript ? 'js' : 'nojs');
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await visit(page, '/family', { expectStatus: false });
        assert.equal(pathOf(page), '/sign-in', 'signed out, /family sends you to /sign-in');

        await createAccount(page, email);
        assert.ok(await page.locator('main h1').count() >= 1, '/family has an h1 in main');
        assert.ok((await page.locator('body').innerText()).includes(email), '/family shows the email address');
        await assertPageFrame(page, { signedIn: true });

        // Signed in, the session lasts across pages.
        await visit(page, '/help');
        await assertPageFrame(page, { signedIn: true });
        await visit(page, '/family');
        assert.equal(pathOf(page), '/family');

        await signOut(page);
        await assertPageFrame(page, { signedIn: false });
        await visit(page, '/family', { expectStatus: false });
        assert.equal(pathOf(page), '/sign-in', 'after signing out, /family sends you to /sign-in');

        await signIn(page, email);
        assert.ok((await page.locator('body').innerText()).includes(email), '/family shows the email address after signing in');
        await assertPageFrame(page, { signedIn: true });
      });
    });

    test('signing up with a taken email tells a stranger nothing and opens nothing of the first account', async (t) => {
      const email = uniqueEmail('dup');
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page, context }) => {
        await createAccount(page, email);
        await context.clearCookies();
        await visit(page, '/account/new');
        await page.locator('form[action="/account/new"] input[name="email"]').fill(email);
        await page.locator('form[action="/account/new"] input[name="password"]').fill(`${PASSWORD} again`);
        await submitForm(page, 'form[action="/account/new"]');
        // The same answer as for a new address: a new account, waiting for its address to be confirmed.
        assert.equal(pathOf(page), '/family', 'a sign-up looks the same whatever the address');
        assert.equal(await page.locator('.error-summary').count(), 0, 'no error says the address is taken');
        assert.equal(await page.locator('.confirm-banner').count(), 1, 'the new account is not confirmed');
        await context.clearCookies();
        // The first account is untouched and its owner signs in to it, confirmed.
        await signIn(page, email);
        assert.equal(await page.locator('.confirm-banner').count(), 0, 'the owner signs in to the confirmed account');
      });
    });

    test('journey 2: a wrong password shows the error and keeps the email; after 5 wrong passwords sign-in waits', async (t) => {
      const email = uniqueEmail(mode.javaScript ? 'js-wrong' : 'nojs-wrong');
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await createAccount(page, email);
        await signOut(page);

        await submitSignIn(page, email, 'not the password');
        assert.equal(pathOf(page), '/sign-in', 'a wrong password stays on /sign-in');
        await assertErrorSummary(page, 'wrong password');
        assert.ok(await page.locator('.field-error').count() >= 1, 'an error message next to the field (.field-error)');
        assert.ok(await page.locator('.field-error').first().isVisible(), 'the field error is visible');
        assert.equal(await page.locator('form[action="/sign-in"] input[name="email"]').inputValue(), email, 'the email field keeps the typed email');
        assert.equal(await page.locator('form[action="/sign-in"] input[name="password"]').inputValue(), '', 'the password is not sent back');
        const wrongPasswordText = await errorSummaryText(page);
        await visit(page, '/family', { expectStatus: false });
        assert.equal(pathOf(page), '/sign-in', 'a wrong password does not sign in');

        // Four more wrong passwords: five within the window.
        for (let i = 2; i <= 5; i += 1) {
          await submitSignIn(page, email, `wrong password ${i}`);
          assert.equal(pathOf(page), '/sign-in', `wrong password ${i} stays on /sign-in`);
          await assertErrorSummary(page, `wrong password ${i}`);
        }

        // The sixth, even with the right password, waits a minute, with a different message. (This
        // browser made the account, so these are its own wrong passwords: a stranger's would not count.)
        await submitSignIn(page, email, PASSWORD);
        assert.equal(pathOf(page), '/sign-in', 'after 5 wrong passwords the right one is refused for now');
        assert.match(await errorSummaryText(page), /Wait 1 minute,/, 'the wait starts at one minute');
        // Not about one field, so the summary need not link to one.
        await assertErrorSummary(page, 'too many tries', { linksToField: false });
        const limitText = await errorSummaryText(page);
        assert.notEqual(limitText, wrongPasswordText, 'the "too many tries" message differs from the wrong-password one');
        assert.equal(await page.locator('form[action="/sign-in"] input[name="email"]').inputValue(), email, 'the email field keeps the typed email');
        await visit(page, '/family', { expectStatus: false });
        assert.equal(pathOf(page), '/sign-in', 'sign-in was refused: /family still sends you to /sign-in');
      });
    });
  });
}
