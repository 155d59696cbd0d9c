// Passkeys: add one on /account/passkeys, sign out, sign in with it (no password), remove it. The
// device is Chromium's virtual authenticator (DevTools protocol, `WebAuthn` domain), which unlocks
// at once. WebAuthn needs a site name, and browsers refuse IP addresses, so these pages are visited
// at http://localhost (a secure context) rather than 127.0.0.1: the server takes its relying party
// from the Host it was asked for when no --public-url is set.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileFixture, withPage, visit, pathOf, signIn, signOut, checkAxe, DEMO_EMAIL, DEMO_PASSWORD,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });
const onLocalhost = () => f.baseURL.replace('127.0.0.1', 'localhost');

/** A phone-like authenticator that keeps passkeys and unlocks (user verification) at once. */
async function virtualAuthenticator(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

describe('passkeys, JavaScript on', () => {
  test('add a passkey, sign out, sign in with it, land on the family page, remove it', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: onLocalhost() }, async ({ context, page }) => {
      const { cdp, authenticatorId } = await virtualAuthenticator(context, page);
      page.on('console', (message) => t.diagnostic(`console: ${message.text()}`));
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);

      await visit(page, '/account/passkeys');
      assert.match(await page.locator('main').innerText(), /You have no passkeys yet/);
      const add = page.locator('[data-passkey-add]');
      await add.waitFor({ state: 'visible' });
      assert.equal(await page.locator('[data-passkey-unsupported]').isVisible(), false, 'the "use a browser that can" note is hidden');
      await checkAxe(page, '/account/passkeys, empty');

      // No name: the server says so before the device is asked.
      await add.getByRole('button', { name: 'Add a passkey' }).click();
      const problem = add.locator('[data-passkey-problem]');
      await problem.waitFor({ state: 'visible' });
      assert.match(await problem.innerText(), /Give the passkey a name/);
      const { credentials: none } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(none.length, 0, 'no passkey made without a name');

      await add.getByLabel('A name for this passkey').fill('My phone');
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/account/passkeys' && !url.search, { waitUntil: 'load' }),
        add.getByRole('button', { name: 'Add a passkey' }).click(),
      ]);
      await page.locator('.passkey-name', { hasText: 'My phone' }).waitFor();
      const listed = await page.locator('.passkeys').innerText();
      assert.match(listed, /Added on/);
      assert.match(listed, /Not used yet/);
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(credentials.length, 1, 'the authenticator keeps one passkey');
      assert.equal(credentials[0].isResidentCredential, true, 'a discoverable passkey');
      await checkAxe(page, '/account/passkeys, one passkey');

      await signOut(page);
      await visit(page, '/sign-in');
      const passkeySignIn = page.locator('[data-passkey-sign-in]');
      await passkeySignIn.waitFor({ state: 'visible' });
      await checkAxe(page, '/sign-in with passkeys');
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/family', { waitUntil: 'load' }),
        passkeySignIn.getByRole('button', { name: 'Sign in with a passkey' }).click(),
      ]);
      assert.match(await page.locator('header').innerText(), /Sign out/, 'signed in');
      const cookies = await context.cookies();
      assert.ok(cookies.some((c) => c.name === 'heard_device'), 'the device is remembered, as after a password');

      await visit(page, '/account/passkeys');
      assert.match(await page.locator('.passkeys').innerText(), /Last used on/);
      await page.getByRole('link', { name: 'Remove My phone' }).click();
      await page.waitForURL((url) => url.search === `?remove=${url.searchParams.get('remove')}` && url.searchParams.has('remove'));
      const confirm = page.locator('#remove-passkey');
      assert.match(await confirm.innerText(), /Remove the passkey .My phone.\?/);
      await checkAxe(page, '/account/passkeys, removing');
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/account/passkeys' && !url.search, { waitUntil: 'load' }),
        confirm.getByRole('button', { name: 'Yes, remove it' }).click(),
      ]);
      assert.match(await page.locator('main').innerText(), /You have no passkeys yet/);

      // The device still holds it, but Heard no longer knows it.
      await signOut(page);
      await visit(page, '/sign-in');
      await passkeySignIn.getByRole('button', { name: 'Sign in with a passkey' }).click();
      const refused = passkeySignIn.locator('[data-passkey-problem]');
      await refused.waitFor({ state: 'visible' });
      assert.match(await refused.innerText(), /We did not know that passkey/);
      assert.equal(pathOf(page), '/sign-in');
    });
  });

  test('pages without passkeys load no passkey script', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: onLocalhost() }, async ({ page }) => {
      const scripts = [];
      page.on('request', (request) => {
        if (['script', 'fetch', 'other'].includes(request.resourceType())) scripts.push(new URL(request.url()).pathname);
      });
      await visit(page, '/');
      await visit(page, '/help');
      assert.ok(!scripts.includes('/passkeys.js'), `loaded: ${scripts.join(', ')}`);
      await visit(page, '/sign-in');
      await page.locator('[data-passkey-sign-in]').waitFor({ state: 'visible' });
      assert.ok(scripts.includes('/passkeys.js'), 'the sign-in page loads it');
    });
  });
});

describe('passkeys, JavaScript off', () => {
  test('the sign-in page shows only the password form, which works; the passkeys page says what is needed', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: onLocalhost() }, async ({ page }) => {
      await visit(page, '/sign-in');
      assert.equal(await page.locator('[data-passkey-sign-in]').isVisible(), false, 'no passkey button without JavaScript');
      assert.doesNotMatch(await page.locator('main').innerText(), /passkey/i);
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await visit(page, '/account/passkeys');
      assert.equal(await page.locator('[data-passkey-add]').isVisible(), false, 'no form that cannot work');
      assert.match(await page.locator('[data-passkey-unsupported]').innerText(), /with JavaScript turned on/);
      await checkAxe(page, '/account/passkeys, JavaScript off');
    });
  });
});
