// The browser defences every response carries, proved in Chromium with JavaScript on: every page,
// signed out and as each kind of person in the demo family, wakes all its islands and reports no
// Content-Security-Policy violation (nor a Permissions-Policy error), including searching as you
// type, "use my location", and recording, listening back to and saving a voice note. The
// microphone is allowed only on a young person's own page, and the location only on the Local Offer
// search. One browser context; each page is visited once.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  PAGES, RECORD_PAGES, DEMO_EMAIL, DEMO_PASSWORD, startServer, launchBrowser, withPage, visit,
  pathOf, submitForm, submitSignIn, signOut, firstChildId,
} from './harness.mjs';

const YOUNG_PERSON = { email: 'amira@example.org', password: 'heard-demo-amira' };
const ADVOCATE = { email: 'advocate@example.org', password: 'heard-demo-advocate' };

let server;
let browser;
before(async () => {
  server = await startServer({ demo: true });
  // Chromium's fake microphone, with permission granted without a prompt.
  browser = await launchBrowser({
    extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until every island on the page has woken up, naming any that did not. */
async function assertHydrated(page) {
  const where = pathOf(page);
  try {
    await page.waitForFunction(() => {
      const islands = [...document.querySelectorAll('[data-island]')];
      return islands.length > 0 && islands.every((island) => island.dataset.hydrated === 'true');
    }, null, { timeout: 20_000 });
  } catch {
    const asleep = await page.evaluate(() => [...document.querySelectorAll('[data-island]')]
      .filter((island) => island.dataset.hydrated !== 'true')
      .map((island) => island.dataset.island));
    assert.fail(`${where}: islands did not hydrate: ${asleep.join(', ') || '(the page has none)'}`);
  }
}

/** Which device features the page's Permissions-Policy allows (Chromium's document.featurePolicy). */
async function assertDeviceFeatures(page) {
  const where = pathOf(page);
  const allowed = await page.evaluate(() => ({
    microphone: document.featurePolicy.allowsFeature('microphone'),
    geolocation: document.featurePolicy.allowsFeature('geolocation'),
    camera: document.featurePolicy.allowsFeature('camera'),
  }));
  assert.deepEqual(allowed, {
    microphone: /^\/children\/\d+\/my-page$/.test(where),
    geolocation: where === '/local-offer',
    camera: false,
  }, `${where}: device features`);
}

test('every page, hydrated, reports no Content-Security-Policy violation', async (t) => {
  const options = {
    javaScript: true,
    baseURL: server.baseURL,
    permissions: ['microphone', 'geolocation'],
    geolocation: { latitude: 52.9341, longitude: -1.5 },
  };
  await withPage(browser, t, options, async ({ context, page }) => {
    const problems = [];
    await context.exposeBinding('reportPolicyViolation', ({ frame }, violation) => {
      problems.push(`${new URL(frame.url()).pathname}: ${JSON.stringify(violation)}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.reportPolicyViolation({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        });
      }, true);
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions.Policy|Refused to/i.test(message.text())) {
        problems.push(`${pathOf(page)}: console ${message.type()}: ${message.text()}`);
      }
    });
    const visited = [];
    const check = async (path, { status = 200 } = {}) => {
      const response = await visit(page, path, { expectStatus: false });
      assert.equal(response.status(), status, `GET ${path}`);
      assert.match(response.headers()['content-security-policy'] ?? '', /script-src [^;]*'nonce-/, `${path}: a CSP with a nonce`);
      await assertHydrated(page);
      await assertDeviceFeatures(page);
      visited.push(path);
    };

    // Signed out.
    for (const { path } of PAGES.filter((p) => !p.signedIn)) await check(path);
    await check('/account/deleted');
    await check('/no-such-page', { status: 404 });
    await check('/local-offer?q=speech');
    const service = await page.locator('main a[href^="/local-offer/services/"]').first().getAttribute('href');
    await check(service);
    // Searching as you type fetches results; "use my location" asks for the device's position.
    await check('/local-offer');
    await page.locator('form.search-form input[name="q"]').fill('autism');
    await page.waitForURL(/q=autism/);
    await page.waitForFunction(() => document.getElementById('results')?.dataset.announce?.includes('found'));
    const details = page.locator('form.search-form details.search-filters');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    await page.locator('button.use-location-button').click();
    await page.waitForURL(/lat=52\.93&lon=-1\.50/);
    // A form posted from another site is refused with a page of its own.
    await page.goto('about:blank');
    await page.setContent(`<form method="post" action="${server.baseURL}/language"><button>Go</button></form>`);
    const refused = page.waitForNavigation({ waitUntil: 'load' });
    await page.locator('button').click();
    assert.equal((await (await refused).status()), 403, 'the cross-site post is refused');
    visited.push('(the cross-site refusal page)');

    // The demo family: every page of Amira's record, and an invitation made for an advocate.
    await visit(page, '/sign-in');
    await submitSignIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    assert.equal(pathOf(page), '/family');
    const child = `/children/${await firstChildId(page)}`;
    await check('/family');
    for (const path of RECORD_PAGES) {
      await check(path.replace(':child', child.replace('/children/', '')));
    }
    const firstLink = async (from, pattern) => {
      await visit(page, from);
      const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const href = hrefs.find((h) => pattern.test(h));
      assert.ok(href, `${from} links to ${pattern}`);
      return href;
    };
    const entry = await firstLink(`${child}/about-me`, /\/about-me\/\d+$/);
    await check(entry);
    await check(`${entry}/history`);
    await check(await firstLink(`${child}/goals`, /\/goals\/\d+$/));
    await check(await firstLink(`${child}/reviews`, /\/reviews\/\d+$/));
    await check(`${child}/your-data/copy`);
    await check(`${child}/delete`);
    await check('/account/delete');
    await check('/account');
    await check('/account/name');
    await check('/account/emails');
    await visit(page, `${child}/people/invite`);
    const inviteForm = `form[action="${child}/people/invite"]`;
    await page.locator(`${inviteForm} input[name="role"][value="advocate"]`).check();
    await page.locator(`${inviteForm} input[name="for-name"]`).fill('Sam from SENDIASS');
    await page.locator(`${inviteForm} input[name="parts"][value="goals"]`).check();
    await page.locator(`${inviteForm} input[name="may-change"][value="yes"]`).check();
    await submitForm(page, inviteForm);
    assert.match(pathOf(page), /\/people\/invitations\/\d+$/);
    await check(pathOf(page));
    const invitation = new URL(await page.locator('#invitation-link').inputValue()).pathname;
    await signOut(page);
    await check(invitation);

    // Amira records a voice note on her own page, listens back to it and saves it.
    await visit(page, '/sign-in');
    await submitSignIn(page, YOUNG_PERSON.email, YOUNG_PERSON.password);
    await check('/family');
    const myPage = await page.locator('main a[href$="/my-page"]').getAttribute('href');
    await check(myPage);
    const recorder = page.locator('[data-island="voice-note"]');
    await recorder.locator('button.voice-note-record').click();
    await page.locator('[data-island="voice-note"][data-phase="recording"]').waitFor();
    await page.waitForTimeout(1000);
    await recorder.locator('button.voice-note-record').click();
    await page.locator('[data-island="voice-note"][data-phase="recorded"]').waitFor();
    // The recording plays from a blob: address before it is sent.
    await page.waitForFunction(() => document.querySelector('[data-island="voice-note"] audio')?.readyState >= 1);
    const reloaded = page.waitForNavigation({ waitUntil: 'load' });
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/voice-notes'));
    await recorder.locator('button.voice-note-save').click();
    assert.equal((await saved).status(), 201);
    await reloaded;
    await assertHydrated(page);
    // The saved note loads from the server (the page leaves it unloaded until played).
    await page.locator('li.voice-note-saved audio').first().evaluate((audio) => { audio.preload = 'metadata'; audio.load(); });
    await page.waitForFunction(() => document.querySelector('li.voice-note-saved audio')?.readyState >= 1);
    await signOut(page);

    // The advocate's own page.
    await visit(page, '/sign-in');
    await submitSignIn(page, ADVOCATE.email, ADVOCATE.password);
    await check('/advocate');

    t.diagnostic(`${visited.length} pages checked`);
    assert.deepEqual(problems, [], `policy violations:\n${problems.join('\n')}`);
  });
});
