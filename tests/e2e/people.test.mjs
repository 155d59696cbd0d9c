// People and consent in a real browser, JavaScript off and hydrated: a family invites an advocate by
// link, the advocate makes an account through the link and writes in the record, the family reads
// who has looked, withdraws, and the advocate's very next request (in the session still open) is
// refused. A SENCo invited by email adds the school's view at a review point and a note, each marked as theirs. A young person sorts picture cards on their own page. Every new page is checked with axe
// in English, right to left, Easy Read and a reading mode, at 320 px without sideways scrolling.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWS, JS_MODES, DEMO_EMAIL, DEMO_PASSWORD, PASSWORD, fileFixture, withPage, visit, pathOf, submitForm,
  checkAxe, assertNoHorizontalScroll, createAccount, uniqueEmail, newContext, submitSignIn,
  setLocaleCookie, setReadingCookie, waitForHydration, launchBrowser, emailsTo,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

// Each lands where their work is: the young person on her own page, the advocate on her families.
const YOUNG_PERSON = { email: 'amira@example.org', password: 'heard-demo-amira', lands: /^\/children\/\d+\/my-page$/ };
const ADVOCATE = { email: 'advocate@example.org', password: 'heard-demo-advocate', lands: /^\/advocate$/ };

/** Signs in through the form and follows wherever it leads. */
async function signInAs(page, { email, password, lands = /^\/family$/ }) {
  await visit(page, '/sign-in');
  await submitSignIn(page, email, password);
  assert.match(pathOf(page), lands, `signing in as ${email}`);
}

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

describe('inviting an advocate, who writes, is logged, and loses access at once when withdrawn', () => {
  for (const mode of JS_MODES) {
    test(mode.label, async (t) => {
      const family = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      const familyPage = await family.newPage();
      const advocate = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      const advocatePage = await advocate.newPage();
      try {
        const child = await familyWithChild(familyPage, `Nadia ${mode.javaScript ? 'on' : 'off'}`);

        // The family invites an advocate: goals and progress, read and write.
        await visit(familyPage, `${child}/people`);
        await familyPage.locator(`main a[href="${child}/people/invite"]`).click();
        await familyPage.waitForURL(`**${child}/people/invite`);
        const inviteForm = `form[action="${child}/people/invite"]`;
        await familyPage.locator(`${inviteForm} input[name="role"][value="advocate"]`).check();
        // A problem first: nothing ticked to share. What was typed stays.
        await familyPage.locator(`${inviteForm} input[name="for-name"]`).fill('Sam from SENDIASS');
        const refused = await submitForm(familyPage, inviteForm);
        assert.equal(refused.status(), 422);
        await familyPage.locator('.error-summary a[href="#parts"]').waitFor();
        assert.equal(await familyPage.locator(`${inviteForm} input[name="for-name"]`).inputValue(), 'Sam from SENDIASS');
        assert.ok(await familyPage.locator(`${inviteForm} input[name="role"][value="advocate"]`).isChecked());
        await familyPage.locator(`${inviteForm} input[name="parts"][value="goals"]`).check();
        await familyPage.locator(`${inviteForm} input[name="may-change"][value="yes"]`).check();
        await submitForm(familyPage, inviteForm);
        assert.match(pathOf(familyPage), new RegExp(`^${child}/people/invitations/\\d+$`));
        const link = await familyPage.locator('#invitation-link').inputValue();
        assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/invitations\/[0-9a-f]{32}$/);
        assert.equal(await familyPage.locator('.qr-code svg').count(), 1, 'the link as a QR code');
        const sms = await familyPage.locator('a[href^="sms:"]').getAttribute('href');
        assert.ok(decodeURIComponent(sms).includes(link), 'the text message carries the link');
        await checkAxe(familyPage, 'the invitation link page');

        // The advocate follows the link, makes an account, and comes back to say yes.
        const invitation = new URL(link).pathname;
        await visit(advocatePage, invitation);
        assert.match(await advocatePage.locator('main').innerText(), /invites you to help with Nadia/);
        assert.match(await advocatePage.locator('main').innerText(), /goals and progress/);
        await advocatePage.locator('main a[href^="/account/new"]').click();
        await advocatePage.waitForURL(/\/account\/new\?return_to=/);
        const email = uniqueEmail('advocate');
        await advocatePage.locator('form[action="/account/new"] input[name="email"]').fill(email);
        await advocatePage.locator('form[action="/account/new"] input[name="password"]').fill(PASSWORD);
        await submitForm(advocatePage, 'form[action="/account/new"]');
        assert.equal(pathOf(advocatePage), invitation, 'back at the invitation after making the account');
        await advocatePage.locator(`form[action="${invitation}"] input[name="name"]`).fill('Sam Test');
        await submitForm(advocatePage, `form[action="${invitation}"]`);
        assert.equal(pathOf(advocatePage), '/advocate');
        const families = await advocatePage.locator('main').innerText();
        assert.match(families, /Nadia/);
        assert.match(families, /Can read, and write with you/);
        await checkAxe(advocatePage, 'the advocate page');

        // The link works once.
        const third = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
        const thirdPage = await third.newPage();
        const gone = await thirdPage.goto(invitation);
        assert.equal(gone.status(), 410);
        await third.close();

        // The advocate sees only what was shared, and writes a goal.
        await visit(advocatePage, child);
        const nav = await advocatePage.locator('nav.child-nav').innerText();
        assert.match(nav, /Goals/);
        assert.doesNotMatch(nav, /All about me|Who can see/);
        assert.equal((await advocatePage.goto(`${child}/about-me`)).status(), 404);
        await visit(advocatePage, `${child}/goals/new`);
        const goalForm = `form[action="${child}/goals/new"]`;
        await advocatePage.locator(`${goalForm} textarea[name="outcome"]`).fill('Nadia will ask for a break when the room is too loud.');
        await advocatePage.locator(`${goalForm} input[name="theme"][value="need:communication"]`).check();
        await submitForm(advocatePage, goalForm);
        assert.equal(pathOf(advocatePage), `${child}/goals`);

        // The family sees who wrote it, and reads the log in plain words.
        await visit(familyPage, `${child}/goals`);
        assert.match(await familyPage.locator('main').innerText(), /Written by Sam Test, an advocate, with the family\./);
        await visit(familyPage, `${child}/seen`);
        const log = await familyPage.locator('ol.access-log').innerText();
        assert.match(log, /Sam Test \(advocate\) looked at goals and progress\./);
        assert.match(log, /Sam Test \(advocate\) changed goals and progress\./);
        await checkAxe(familyPage, 'who has looked');

        // The family stops sharing.
        await visit(familyPage, `${child}/people`);
        await checkAxe(familyPage, 'who can see');
        const withdraw = familyPage.locator('form[action*="/shares/"][action$="/withdraw"]');
        assert.equal(await withdraw.count(), 1);
        await submitForm(familyPage, `form[action="${await withdraw.getAttribute('action')}"]`);
        assert.equal(pathOf(familyPage), `${child}/people`);
        assert.match(await familyPage.locator('main').innerText(), /No advocate can see this record\./);
        assert.match(await familyPage.locator('main').innerText(), /Sam Test/, 'the ended share is still listed');

        // The advocate's session is still open; their next request is refused.
        const next = await advocatePage.goto(`${child}/goals`);
        assert.equal(next.status(), 404);
        assert.doesNotMatch(await advocatePage.locator('main').innerText(), /ask for a break/);
        const post = await advocatePage.request.post(`${child}/goals/new`, {
          form: { outcome: 'Written after the family said stop', theme: 'need:communication' },
          headers: { origin: f.baseURL },
        });
        assert.equal(post.status(), 404);
        await visit(advocatePage, '/advocate');
        assert.doesNotMatch(await advocatePage.locator('main').innerText(), /Nadia/);
        await visit(familyPage, `${child}/goals`);
        assert.doesNotMatch(await familyPage.locator('main').innerText(), /Written after the family said stop/);
      } catch (error) {
        const { saveArtifacts } = await import('./harness.mjs');
        await saveArtifacts(familyPage, `${t.name}-family`);
        await saveArtifacts(advocatePage, `${t.name}-advocate`);
        throw error;
      } finally {
        await family.close();
        await advocate.close();
      }
    });
  }
});

/** The invitation link in the newest email to `to`, waiting for it (it is sent after the page answers). */
async function emailedInvitation(to) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = emailsTo(to).map((e) => e.text.match(/\/invitations\/[0-9a-f]{32}/)?.[0]).filter(Boolean);
    if (found.length) return found[found.length - 1];
    if (Date.now() > deadline) throw new Error(`no invitation emailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe("inviting a SENCo, who adds the school's view at a review point, marked as theirs", () => {
  for (const mode of JS_MODES) {
    test(mode.label, async (t) => {
      const family = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      const familyPage = await family.newPage();
      const school = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
      const schoolPage = await school.newPage();
      try {
        const child = await familyWithChild(familyPage, `Leo ${mode.javaScript ? 'on' : 'off'}`);
        await visit(familyPage, `${child}/goals/new`);
        const goalForm = `form[action="${child}/goals/new"]`;
        await familyPage.locator(`${goalForm} textarea[name="outcome"]`).fill('Leo will read a short book aloud.');
        await familyPage.locator(`${goalForm} input[name="theme"][value="need:communication"]`).check();
        await submitForm(familyPage, goalForm);

        // The family invites the SENCo, by email: goals and progress, read and write.
        await visit(familyPage, `${child}/people/invite`);
        const inviteForm = `form[action="${child}/people/invite"]`;
        await familyPage.locator(`${inviteForm} input[name="role"][value="professional"]`).check();
        await familyPage.locator(`${inviteForm} input[name="job"][value="senco"]`).check();
        await familyPage.locator(`${inviteForm} input[name="organisation"]`).fill('Riverside Academy');
        await familyPage.locator(`${inviteForm} input[name="parts"][value="goals"]`).check();
        await familyPage.locator(`${inviteForm} input[name="parts"][value="notes"]`).check();
        await familyPage.locator(`${inviteForm} input[name="may-change"][value="yes"]`).check();
        const email = uniqueEmail('senco');
        await familyPage.locator(`${inviteForm} input[name="email"]`).fill(email);
        await submitForm(familyPage, inviteForm);
        assert.match(pathOf(familyPage), new RegExp(`^${child}/people/invitations/\\d+$`));

        // The SENCo follows the emailed link, makes an account, and says yes.
        const invitation = await emailedInvitation(email);
        await visit(schoolPage, invitation);
        assert.match(await schoolPage.locator('main').innerText(), /invites you to help with Leo/);
        await schoolPage.locator('main a[href^="/account/new"]').click();
        await schoolPage.waitForURL(/\/account\/new\?return_to=/);
        await schoolPage.locator('form[action="/account/new"] input[name="email"]').fill(email);
        await schoolPage.locator('form[action="/account/new"] input[name="password"]').fill(PASSWORD);
        await submitForm(schoolPage, 'form[action="/account/new"]');
        assert.equal(pathOf(schoolPage), invitation);
        await schoolPage.locator(`form[action="${invitation}"] input[name="name"]`).fill('Ms Patel');
        await submitForm(schoolPage, `form[action="${invitation}"]`);
        assert.equal(pathOf(schoolPage), '/professional');
        const children = await schoolPage.locator('main').innerText();
        assert.match(children, /Leo/);
        assert.match(children, /SENCo, Riverside Academy/);
        await checkAxe(schoolPage, "the professional's page");

        // The SENCo adds the school's view at a review point, and nothing else is offered.
        await visit(schoolPage, `${child}/reviews`);
        const link = schoolPage.locator('a.review-point-link').first();
        const review = await link.getAttribute('href');
        await link.click();
        await schoolPage.waitForURL(`**${review}`);
        const schoolForm = `form[action="${review}/school"]`;
        assert.equal(await schoolPage.locator('textarea[name^="family-comment-"]').count(), 0);
        await schoolPage.locator(`${schoolForm} input[name^="school-rating-"][value="nearly-there"]`).check();
        await schoolPage.locator(`${schoolForm} textarea[name^="school-comment-"]`).fill('Reads aloud to a partner every day.');
        await checkAxe(schoolPage, "the school's view form");
        await submitForm(schoolPage, schoolForm);
        assert.equal(pathOf(schoolPage), `${child}/reviews`);

        // The family sees it at the review point, marked with who wrote it.
        await visit(familyPage, review);
        const seen = await familyPage.locator('main').innerText();
        assert.match(seen, /Written by Ms Patel \(SENCo, Riverside Academy\)\./);
        assert.match(seen, /Reads aloud to a partner every day\./);
        // The school's view is theirs: the family's form shows it to read, with nothing to change it.
        assert.match(seen, /School's rating\s+[^\n]*nearly there/);
        assert.equal(await familyPage.locator('input[name^="school-rating-"]').count(), 0);
        assert.equal(await familyPage.locator('textarea[name^="school-comment-"]').count(), 0);
        await checkAxe(familyPage, "the family's review form with the school's view to read");
        // A school rating forged into the family's save changes nothing of it; the family's words are saved.
        const familyForm = `form[action="${review}"]`;
        const comment = familyPage.locator(`${familyForm} textarea[name^="family-comment-"]`);
        const goal = (await comment.getAttribute('name')).replace('family-comment-', '');
        const forged = await familyPage.request.post(review, {
          form: {
            'based-on-version': await familyPage.locator(`${familyForm} input[name="based-on-version"]`).getAttribute('value'),
            'held-on-day': '10', 'held-on-month': '7', 'held-on-year': '2026',
            [`family-comment-${goal}`]: 'He reads to his sister at bedtime.',
            [`school-rating-${goal}`]: 'achieved',
          },
          headers: { origin: f.baseURL },
          maxRedirects: 0,
        });
        assert.equal(forged.status(), 303);
        await visit(familyPage, review);
        const after = await familyPage.locator('main').innerText();
        assert.match(after, /School's rating\s+[^\n]*nearly there/);
        assert.match(after, /Written by Ms Patel \(SENCo, Riverside Academy\)\./);
        assert.equal(await comment.inputValue(), 'He reads to his sister at bedtime.');

        // The SENCo writes a note from their own page; the family reads it, marked with who wrote it.
        await visit(schoolPage, '/professional');
        await schoolPage.locator(`main a[href="${child}/notes"]`).click();
        await schoolPage.waitForURL(`**${child}/notes`);
        const noteForm = `form[action="${child}/notes#note-add"]`;
        await schoolPage.locator(`${noteForm} input[name="about-day"]`).fill('20');
        await schoolPage.locator(`${noteForm} input[name="about-month"]`).fill('11');
        await schoolPage.locator(`${noteForm} input[name="about-year"]`).fill('2026');
        await schoolPage.locator(`${noteForm} textarea[name="text"]`).fill('<b>Leo</b> read to the class <script>window.__injected=1</script>');
        await checkAxe(schoolPage, 'the notes page with the form to add one');
        await submitForm(schoolPage, noteForm);
        assert.equal(pathOf(schoolPage), `${child}/notes`);
        await visit(familyPage, `${child}/notes`);
        const notes = await familyPage.locator('main').innerText();
        assert.match(notes, /About 20 November 2026/);
        assert.match(notes, /<b>Leo<\/b> read to the class <script>window.__injected=1<\/script>/);
        assert.match(notes, /Written by Ms Patel \(SENCo, Riverside Academy\)\./);
        assert.equal(await familyPage.evaluate(() => window.__injected), undefined);
        assert.equal(await familyPage.locator('main .note b, main .note script').count(), 0);
        assert.equal(await familyPage.locator('textarea[name="text"]').count(), 0, 'the family does not write notes');
        await checkAxe(familyPage, 'the notes page as the family reads it');
      } catch (error) {
        const { saveArtifacts } = await import('./harness.mjs');
        await saveArtifacts(familyPage, `${t.name}-family`);
        await saveArtifacts(schoolPage, `${t.name}-school`);
        throw error;
      } finally {
        await family.close();
        await school.close();
      }
    });
  }
});

describe("the young person's own page", () => {
  // One card at a time: the card, its picture and its three choices, then the piles so far. With
  // JavaScript off each press is a form post and a new page at the next card; with it on, the island
  // posts the same form to the same address and swaps the cards in place.
  test('sorting a picture card, JavaScript off: the form posts and the next card shows', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await signInAs(page, YOUNG_PERSON);
      const myPage = pathOf(page);
      assert.equal(await page.locator('h1').innerText(), 'My page');
      await visit(page, `${myPage}?card=trains`);
      const now = page.locator('#card-now');
      assert.equal(await now.getAttribute('data-card'), 'trains');
      assert.match(await page.locator('#card-now-title').innerText(), /Card \d+ of 16\s+Trains/);
      assert.ok((await now.locator('.card-picture').getAttribute('aria-label'))?.trim(), 'the picture has a text alternative');
      const choice = now.locator('button[value="like"]');
      assert.equal(await choice.getAttribute('aria-pressed'), 'false');
      for (const button of await now.locator('button.card-choice').all()) {
        const box = await button.boundingBox();
        assert.ok(box.height >= 44 && box.width >= 44, `each choice is a 44 px target, got ${JSON.stringify(box)}`);
      }
      // By keyboard: focus the button and press Enter. The post loads the page at the next card.
      await choice.focus();
      const navigated = page.waitForNavigation({ waitUntil: 'load' });
      await page.keyboard.press('Enter');
      await navigated;
      assert.equal(pathOf(page), myPage);
      assert.match(await page.locator('#card-now .card-sorted').innerText(), /Trains is now in the pile: I like/);
      assert.notEqual(await page.locator('#card-now').getAttribute('data-card'), 'trains', 'on to another card');
      assert.equal(await page.locator('#pile-like-cards a[data-card="trains"]').count(), 1, 'Trains is in "I like"');
      await visit(page, `${myPage}?card=trains`);
      assert.equal(await page.locator('#card-now button[value="like"]').getAttribute('aria-pressed'), 'true');
      await checkAxe(page, 'my page');
      await assertNoHorizontalScroll(page, 'my page at 390 px');
    });
  });

  test('sorting a picture card, JavaScript on: in place, focus on the next card, said politely, and kept', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await signInAs(page, YOUNG_PERSON);
      await waitForHydration(page, 'card-sorter');
      // A mark on this window: a page load would wipe it.
      await page.evaluate(() => { window.heardMark = 'still here'; });
      const first = await page.locator('#card-now').getAttribute('data-card');
      const name = (await page.locator('#card-now-title .card-now-name').innerText()).trim();
      await page.locator('#card-now button[value="like"]').focus();
      await page.keyboard.press('Enter');
      const status = page.locator('#cards-status');
      await page.waitForFunction(
        (name) => document.getElementById('cards-status')?.textContent.includes(name),
        name,
        { timeout: 15_000 },
      );
      assert.match(await status.innerText(), new RegExp(`${name} is now in the pile: I like`));
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await page.evaluate(() => window.heardMark), 'still here', 'the page did not reload');
      // Focus is on the next card's name, so it is read out and the next Tab reaches its choices.
      const next = await page.locator('#card-now').getAttribute('data-card');
      assert.notEqual(next, first, 'the next card is shown');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'card-now-title');
      assert.equal(await page.locator(`#pile-like-cards a[data-card="${first}"]`).count(), 1, 'in "I like" at once');
      // Keyboard on from there: Tab reaches the next card's first choice.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'like');
      // "Skip this card" brings the next one in place too.
      const skip = page.locator('#card-now .card-skip a');
      const skipTo = await skip.getAttribute('data-card');
      await skip.click();
      await page.locator(`#card-now[data-card="${skipTo}"]`).waitFor();
      assert.equal(await page.evaluate(() => window.heardMark), 'still here', 'skipping did not reload the page');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'card-now-title');
      // Stored: after a reload it is still in its pile.
      await page.reload({ waitUntil: 'load' });
      assert.equal(await page.locator(`#pile-like-cards a[data-card="${first}"]`).count(), 1, 'kept after a reload');
      await waitForHydration(page, 'card-sorter');
      await checkAxe(page, 'my page, hydrated');
      await assertNoHorizontalScroll(page, 'my page at 390 px, hydrated');
    });
  });

  test('in Easy Read with the largest text and the dyslexia font, a card and its choices fit one phone screen', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ context, page }) => {
      await signInAs(page, YOUNG_PERSON);
      await setLocaleCookie(context, f.baseURL, 'en-GB-easyread');
      await setReadingCookie(context, f.baseURL, { text_size: 'largest', font: 'dyslexia' });
      await visit(page, pathOf(page));
      assert.equal(await page.locator('html').getAttribute('data-font'), 'dyslexia');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      t.diagnostic(`my page is ${height} px tall at 390 px in Easy Read, largest text, dyslexia font`);
      // It was about 20,400 px (24 phone screens) with every card and its buttons listed; one card at
      // a time it is about 12,000 (the rest is the young person's words, goals and voice notes).
      assert.ok(height < 15_000, `the page is ${height} px tall`);
      // The card, its picture and all its choices fit in one screen.
      const card = await page.locator('#card-now-title').boundingBox();
      const last = await page.locator('#card-now button.card-choice').last().boundingBox();
      const tall = last.y + last.height - card.y;
      t.diagnostic(`the card and its choices take ${Math.round(tall)} px`);
      assert.ok(tall <= 844, `the card and its choices take ${tall} px`);
    });
  });

  test('the recorder shows only with JavaScript, and the typed way is always there', async (t) => {
    for (const mode of JS_MODES) {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await signInAs(page, YOUNG_PERSON);
        const recorder = page.locator('[data-island="voice-note"]');
        if (mode.javaScript) {
          await waitForHydration(page, 'voice-note');
          assert.ok(await recorder.isVisible(), 'the recorder shows when hydrated');
        } else {
          assert.equal(await recorder.isVisible(), false, 'no dead recorder without JavaScript');
        }
        const form = 'form.my-words-form';
        const words = `I like the quiet room at lunch (${mode.label})`;
        await page.locator(`${form} textarea[name="text"]`).fill(words);
        await submitForm(page, form);
        await page.goto(new URL(page.url()).pathname.replace(/about-me.*$/, 'my-page'));
        assert.match(await page.locator('main').innerText(), new RegExp(words.replace(/[()]/g, '\\$&')));
      });
    }
  });
});

/** A real WAV file: a second of quiet, as a phone's recorder might save it. */
function quietWav() {
  const rate = 8000;
  const samples = rate;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}

describe('a voice note without recording in the browser', () => {
  test('JavaScript off: the page says why it cannot record, and a recording from the phone is uploaded', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await signInAs(page, YOUNG_PERSON);
      const myPage = pathOf(page);
      const said = page.locator('.voice-note-needs-script');
      assert.ok(await said.isVisible(), 'it says recording needs JavaScript');
      assert.match(await said.innerText(), /needs JavaScript/);
      assert.match(await said.getAttribute('class'), /notice-warning/);
      const form = 'form.voice-note-upload';
      const file = page.locator(`${form} input[type="file"][name="recording"]`);
      assert.ok(await file.isVisible(), 'a way to upload a recording instead');
      assert.equal(await file.getAttribute('accept'), 'audio/*');
      assert.notEqual(await file.getAttribute('capture'), null, 'a phone offers its recorder');
      assert.equal(await page.locator(`${form} label[for="recording"]`).innerText(), 'Upload a recording');
      const before = await page.locator('li.voice-note-saved').count();

      // A picture renamed as a recording: said beside the field, nothing kept.
      await file.setInputFiles({ name: 'Recording 1.m4a', mimeType: 'audio/mp4', buffer: Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1') });
      const refused = await submitForm(page, form);
      assert.equal(refused.status(), 415);
      assert.match(await page.locator(`${form} #recording-error`).innerText(), /This is not a sound recording that Heard can keep/);
      assert.equal(await file.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('li.voice-note-saved').count(), before, 'nothing was kept');
      await checkAxe(page, 'my page, an upload refused');

      // No file chosen.
      await submitForm(page, form);
      assert.match(await page.locator(`${form} #recording-error`).innerText(), /Choose a recording first/);

      // A real recording: kept, said, and listed to play back.
      await file.setInputFiles({ name: 'Voice 001.wav', mimeType: 'audio/x-wav', buffer: quietWav() });
      await submitForm(page, form);
      assert.equal(pathOf(page), myPage);
      assert.match(await page.locator('#voice-note-uploaded').innerText(), /Your recording is saved/);
      assert.equal(await page.locator('li.voice-note-saved').count(), before + 1);
      const src = await page.locator('li.voice-note-saved audio').first().getAttribute('src');
      const sound = await page.request.get(src);
      assert.equal(sound.headers()['content-type'], 'audio/wav');
      assert.equal((await sound.body()).length, quietWav().length);
      await checkAxe(page, 'my page, a recording uploaded');
      await assertNoHorizontalScroll(page, 'my page with the upload form at 390 px');
    });
  });

  test('JavaScript on, no microphone: a warning that points at the writing box, which is near', async (t) => {
    // The file's browser has no fake microphone, and the page is given no permission for one.
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await signInAs(page, YOUNG_PERSON);
      await waitForHydration(page, 'voice-note');
      assert.equal(await page.locator('.voice-note-needs-script').isVisible(), false, 'no "needs JavaScript" with JavaScript on');
      const recorder = page.locator('[data-island="voice-note"]');
      await recorder.locator('button.voice-note-record').click();
      const warning = recorder.locator('.voice-note-warning');
      await warning.waitFor({ timeout: 20_000 });
      assert.match(await warning.getAttribute('class'), /\bnotice\b.*\bnotice-warning\b/);
      assert.match(await warning.innerText(), /We could not use the microphone/);
      assert.equal(await recorder.locator('[role="status"] .voice-note-warning').count(), 1, 'said aloud too');
      const link = warning.locator('a.voice-note-write-instead');
      assert.equal(await link.innerText(), 'Write it in the box above instead');
      assert.equal(await link.getAttribute('href'), '#text');
      // The box is near: less than a phone screen above the warning.
      const box = page.locator('form.my-words-form textarea#text');
      const [boxAt, warningAt] = [await box.boundingBox(), await warning.boundingBox()];
      assert.ok(warningAt.y - (boxAt.y + boxAt.height) < 844, `the box is ${warningAt.y - boxAt.y} px above the warning`);
      await link.click();
      await page.waitForFunction(() => location.hash === '#text');
      assert.ok(await box.isVisible());
      const inView = await box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      });
      assert.ok(inView, 'the link brings the box into view');
      // The upload form is offered with JavaScript on too.
      assert.ok(await page.locator('form.voice-note-upload input[type="file"]').isVisible());
      await checkAxe(page, 'my page, no microphone');
    });
  });
});

describe('a voice note, recorded with a (fake) microphone', () => {
  test('record, listen back, save: it is kept with the record and plays back', async (t) => {
    // Chromium's fake microphone: a tone, and permission granted without a prompt.
    const browser = await launchBrowser({
      extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
    try {
      await withPage(browser, t, { javaScript: true, baseURL: f.baseURL, permissions: ['microphone'] }, async ({ page }) => {
        await signInAs(page, YOUNG_PERSON);
        await waitForHydration(page, 'voice-note');
        const before = await page.locator('li.voice-note-saved').count();
        const recorder = page.locator('[data-island="voice-note"]');
        await recorder.locator('button.voice-note-record').click();
        await page.locator('[data-island="voice-note"][data-phase="recording"]').waitFor();
        assert.match(await recorder.locator('[role="status"]').innerText(), /Recording/);
        await page.waitForTimeout(1500);
        await recorder.locator('button.voice-note-record').click();
        await page.locator('[data-island="voice-note"][data-phase="recorded"]').waitFor();
        assert.equal(await recorder.locator('audio').count(), 1, 'the recording can be listened to before saving');
        const reloaded = page.waitForNavigation({ waitUntil: 'load' });
        const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/voice-notes'));
        await recorder.locator('button.voice-note-save').click();
        assert.equal((await saved).status(), 201);
        await reloaded;
        assert.equal(await page.locator('li.voice-note-saved').count(), before + 1);
        const src = await page.locator('li.voice-note-saved audio').first().getAttribute('src');
        const sound = await page.request.get(src);
        assert.equal(sound.status(), 200);
        assert.match(sound.headers()['content-type'], /^audio\//);
        assert.ok((await sound.body()).length > 1000, 'a second and a half of sound');
        await checkAxe(page, 'my page with a voice note');
      });
    } finally {
      await browser.close();
    }
  });

  test('a note the server will not keep stays, and the recorder says why', async (t) => {
    const browser = await launchBrowser({
      extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
    try {
      await withPage(browser, t, { javaScript: true, baseURL: f.baseURL, permissions: ['microphone'] }, async ({ page }) => {
        await signInAs(page, YOUNG_PERSON);
        await waitForHydration(page, 'voice-note');
        // Use up this hour's saves with real posts (the start of a WebM file, as Chrome writes it),
        // in this browser's session.
        const child = pathOf(page).replace(/\/my-page$/, '');
        const webm = Buffer.from([
          0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81,
          0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d,
        ]);
        let status = 201;
        for (let n = 0; n < 40 && status === 201; n += 1) {
          const posted = await page.request.post(`${child}/voice-notes`, {
            // As the page's own script would send it: a post with the session must say where it is from.
            headers: { 'content-type': 'audio/webm', origin: new URL(f.baseURL).origin },
            data: webm,
          });
          status = posted.status();
        }
        assert.equal(status, 429, 'the hourly limit is reached');
        await visit(page, `${child}/my-page`);
        await waitForHydration(page, 'voice-note');
        const before = await page.locator('li.voice-note-saved').count();

        const recorder = page.locator('[data-island="voice-note"]');
        await recorder.locator('button.voice-note-record').click();
        await page.locator('[data-island="voice-note"][data-phase="recording"]').waitFor();
        await page.waitForTimeout(1000);
        await recorder.locator('button.voice-note-record').click();
        await page.locator('[data-island="voice-note"][data-phase="recorded"]').waitFor();
        const refused = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/voice-notes'));
        await recorder.locator('button.voice-note-save').click();
        assert.equal((await refused).status(), 429);
        // Back to "recorded": the recording is still there to listen to and save later.
        await page.locator('[data-island="voice-note"][data-phase="recorded"]').waitFor();
        assert.match(
          await recorder.locator('[role="status"]').innerText(),
          /You have saved a lot of voice notes this hour\. Wait \d+ minutes?, then save this one again\./,
        );
        assert.equal(await recorder.locator('audio').count(), 1, 'the recording is kept');
        assert.equal(await recorder.locator('button.voice-note-save').count(), 1);
        assert.equal(await page.locator('li.voice-note-saved').count(), before, 'nothing new was listed');
      });
    } finally {
      await browser.close();
    }
  });
});

describe('every new page: axe in English, right to left, Easy Read and a reading mode, and 320 px', () => {
  const who = [
    { label: 'family', account: { email: DEMO_EMAIL, password: DEMO_PASSWORD }, pages: (c) => [`${c}/people`, `${c}/people/invite`, `${c}/seen`, `${c}/your-data`, `${c}/your-data/copy`, `${c}/delete`, '/account/delete', '/account/name', `${c}/my-page`] },
    { label: 'young person', account: YOUNG_PERSON, pages: (c) => [`${c}/my-page`, `${c}/people`] },
    { label: 'advocate', account: ADVOCATE, pages: (c) => ['/advocate', c, `${c}/about-me`, `${c}/goals`] },
  ];
  for (const view of VIEWS) {
    for (const person of who) {
      test(`${person.label}, ${view.label}`, async (t) => {
        await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL, viewport: { width: 320, height: 800 } }, async ({ context, page }) => {
          await setLocaleCookie(context, f.baseURL, view.locale);
          if (view.reading) await setReadingCookie(context, f.baseURL, view.reading);
          await visit(page, '/sign-in');
          await submitSignIn(page, person.account.email, person.account.password);
          // Amira is the demo family's first child; every account here can open her record.
          const amira = '/children/1';
          for (const path of person.pages(amira)) {
            await visit(page, path);
            assert.equal(await page.locator('html').getAttribute('dir'), view.dir, `${path}: dir`);
            await checkAxe(page, `${path} (${person.label}, ${view.label})`);
            await assertNoHorizontalScroll(page, `${path} (${person.label}, ${view.label})`);
          }
        });
      });
    }
  }

  test('the invitation page, signed out, JavaScript off, in Urdu', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page: familyPage }) => {
      await signInAs(familyPage, { email: DEMO_EMAIL, password: DEMO_PASSWORD });
      await visit(familyPage, '/children/2/people/invite');
      const form = 'form[action="/children/2/people/invite"]';
      await familyPage.locator(`${form} input[name="role"][value="parent-or-carer"]`).check();
      await submitForm(familyPage, form);
      const link = await familyPage.locator('#invitation-link').inputValue();
      await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ context, page }) => {
        await setLocaleCookie(context, f.baseURL, 'ur');
        await visit(page, new URL(link).pathname);
        assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
        await checkAxe(page, 'the invitation, signed out, in Urdu');
        assert.equal((await page.goto('/invitations/0123456789abcdef0123456789abcdef')).status(), 404);
        await checkAxe(page, 'an unknown invitation');
      });
    });
  });
});
