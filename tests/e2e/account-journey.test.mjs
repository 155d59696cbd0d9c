// A parent's whole account, as issue 15 asks, with JavaScript on and every email through a real SMTP
// server (scripts/smtp-sink): sign up, confirm by the emailed link, add a child, forget the password,
// make a new one from the emailed link, add a passkey, sign out, sign in with the passkey, and then,
// with the clock moved forward to two weeks before the child's spring review point (the server started
// again on the same data with a later HEARD_TODAY, never waiting), get the review reminder by email.
//
// Passkeys need a site name, and browsers refuse IP addresses, so pages are visited at localhost.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, startSmtpSink, launchBrowser, withPage, visit, pathOf, submitForm, createAccount,
  emailedLink, emailsTo, signOut, checkAxe, uniqueEmail,
} from './harness.mjs';

let sink;
let browser;
let dataDir;
before(async () => {
  sink = startSmtpSink();
  browser = await launchBrowser();
  dataDir = mkdtempSync(join(tmpdir(), 'heard-journey-'));
});
after(async () => {
  await browser?.close();
  sink?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Waits for an email to `to` whose subject is `subject`, and returns its text. */
async function emailAbout(to, subject) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = emailsTo(to, sink.folder).find((e) => e.subject === subject);
    if (found) return found.text;
    if (Date.now() > deadline) {
      const seen = emailsTo(to, sink.folder).map((e) => e.subject);
      throw new Error(`no email "${subject}" to ${to}; these came: ${JSON.stringify(seen)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Chromium's virtual authenticator: a phone that keeps passkeys and unlocks at once. */
async function virtualAuthenticator(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
}

describe('a parent keeps their account, JavaScript on, with real email', () => {
  test('sign up, confirm, reset the password, add a passkey, sign in with it, and get a review reminder', async (t) => {
    const email = uniqueEmail('journey');
    const newPassword = 'a brand new password for Sam';
    let child;
    // Sunday 6 December 2026, the suite's fixed today.
    const first = await startServer({ dataDir, env: { ...sink.env } });
    try {
      const onLocalhost = first.baseURL.replace('127.0.0.1', 'localhost');
      await withPage(browser, t, { javaScript: true, baseURL: onLocalhost }, async ({ context, page }) => {
        await virtualAuthenticator(context, page);

        // Sign up: usable at once, with a banner until the address is confirmed.
        await createAccount(page, email, undefined, { confirm: false });
        assert.equal(await page.locator('.confirm-banner').count(), 1, 'the banner asks to confirm');
        const confirmText = await emailAbout(email, 'Confirm your email address for Heard');
        // (A week from the real time of signing up, which the test clock does not move.)
        assert.match(confirmText, /we will delete the account and everything in it on \d{1,2} [A-Z][a-z]+ \d{4}\./);
        const confirmLink = await emailedLink(email, '/confirm-email/', { folder: sink.folder });
        await visit(page, confirmLink);
        await submitForm(page, `main form[action="${confirmLink}"]`);
        assert.match(await page.locator('main').innerText(), /Your email address is confirmed/);
        await visit(page, '/family');
        assert.equal(await page.locator('.confirm-banner').count(), 0, 'no banner once confirmed');

        // A child on SEN support: three review points a school year, the spring one on Monday 15
        // March 2027 until the family sets the real date.
        await visit(page, '/children/new');
        const form = 'form[action="/children/new"]';
        await page.locator(`${form} input[name="called-name"]`).fill('Sam');
        await page.locator(`${form} input[name="date-of-birth-day"]`).fill('14');
        await page.locator(`${form} input[name="date-of-birth-month"]`).fill('3');
        await page.locator(`${form} input[name="date-of-birth-year"]`).fill('2016');
        await page.locator(`${form} input[name="support-status"][value="sen-support"]`).check();
        await submitForm(page, form);
        child = pathOf(page);
        assert.match(child, /^\/children\/\d+$/);
        await signOut(page);

        // Forgot the password: the emailed link makes a new one and signs in.
        await visit(page, '/sign-in');
        await page.locator('main a[href="/forgot-password"]').click();
        await page.waitForURL('**/forgot-password');
        await page.locator('form[action="/forgot-password"] input[name="email"]').fill(email);
        await submitForm(page, 'form[action="/forgot-password"]');
        await emailAbout(email, 'Make a new password for Heard');
        const resetLink = await emailedLink(email, '/reset-password/', { folder: sink.folder });
        await visit(page, resetLink);
        await page.locator(`form[action="${resetLink}"] input[name="password"]`).fill(newPassword);
        await submitForm(page, `form[action="${resetLink}"]`);
        assert.equal(pathOf(page), '/family', 'the new password signs in');

        // A passkey, from the account page.
        await visit(page, '/account');
        await checkAxe(page, '/account');
        await page.locator('main a[href="/account/passkeys"]').click();
        await page.waitForURL('**/account/passkeys');
        const add = page.locator('[data-passkey-add]');
        await add.waitFor({ state: 'visible' });
        await add.getByLabel('A name for this passkey').fill('My phone');
        await Promise.all([
          page.waitForURL((url) => url.pathname === '/account/passkeys' && !url.search, { waitUntil: 'load' }),
          add.getByRole('button', { name: 'Add a passkey' }).click(),
        ]);
        await page.locator('.passkey-name', { hasText: 'My phone' }).waitFor();

        // Signed out, back in with the passkey alone.
        await signOut(page);
        await visit(page, '/sign-in');
        const passkeySignIn = page.locator('[data-passkey-sign-in]');
        await passkeySignIn.waitFor({ state: 'visible' });
        await Promise.all([
          page.waitForURL((url) => url.pathname === '/family', { waitUntil: 'load' }),
          passkeySignIn.getByRole('button', { name: 'Sign in with a passkey' }).click(),
        ]);
        assert.match(await page.locator('header').innerText(), /Sign out/, 'signed in by the passkey');
      });
    } finally {
      await first.stop();
    }
    assert.equal(
      emailsTo(email, sink.folder).filter((e) => e.subject === 'A review point is two weeks away').length,
      0,
      'no review reminder in December',
    );

    // Monday 1 March 2027: Heard starts again on the same data and catches up on what is due.
    const later = await startServer({ dataDir, env: { ...sink.env, HEARD_TODAY: '2027-03-01' } });
    try {
      const reminder = await emailAbout(email, 'A review point is two weeks away');
      assert.match(reminder, /Sam's Spring review point is on 15 March 2027\./);
      assert.ok(reminder.includes(`${child}/prepare`), `the getting-ready link: ${reminder}`);
      assert.ok(!/Sam/.test(emailsTo(email, sink.folder).map((e) => e.subject).join(' ')), 'no child\'s name in a subject');
    } finally {
      await later.stop();
    }
  });
});
