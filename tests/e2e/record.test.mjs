// The child's record in a real browser, JavaScript off and hydrated: adding a child (with a problem
// first, and nothing typed lost), and every record page of the demo family checked with axe in
// English, in Urdu (right to left) and in a reading mode, at 320 px without sideways scrolling.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  viewsFor,
  JS_MODES, RECORD_PAGES, DEMO_EMAIL, DEMO_PASSWORD, fileFixture, withPage, visit, pathOf, submitForm,
  checkAxe, assertPageFrame, assertNoHorizontalScroll, chooseLocale, saveReadingOptions, signIn,
  createAccount, uniqueEmail, htmlAttributes, waitForHydration, newContext,
  firstChildId, TEST_TODAY, LOCALES, setLocaleCookie,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

/** The demo family's first child (Amira) and her id, found from the family page. */

describe('adding a child', () => {
  for (const mode of JS_MODES) {
    test(`problems are shown beside the fields and nothing typed is lost, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        await createAccount(page, uniqueEmail('child'));
        await visit(page, '/children/new');
        const form = 'form[action="/children/new"]';
        await page.locator(`${form} input[name="called-name"]`).fill('Zara');
        await page.locator(`${form} input[name="date-of-birth-day"]`).fill('31');
        await page.locator(`${form} input[name="date-of-birth-month"]`).fill('2');
        await page.locator(`${form} input[name="date-of-birth-year"]`).fill('2016');
        await page.locator(`${form} input[name="setting"]`).fill('Oak Hill Primary');
        await page.locator(`${form} input[value="sen-support"]`).check();
        await page.locator(`${form} input[name="area-of-need"][value="learning"]`).check();
        const refused = await submitForm(page, form);
        assert.equal(refused.status(), 422);
        assert.match(await page.title(), /^Error:/);
        await assert.doesNotReject(page.locator('.error-summary a[href="#date-of-birth"]').waitFor());
        assert.match(await page.locator('#date-of-birth .field-error').innerText(), /not a real date/);
        // Everything typed is still there.
        assert.equal(await page.locator(`${form} input[name="called-name"]`).inputValue(), 'Zara');
        assert.equal(await page.locator(`${form} input[name="setting"]`).inputValue(), 'Oak Hill Primary');
        assert.ok(await page.locator(`${form} input[value="sen-support"]`).isChecked());
        assert.ok(await page.locator(`${form} input[name="area-of-need"][value="learning"]`).isChecked());

        await page.locator(`${form} input[name="date-of-birth-day"]`).fill('28');
        await submitForm(page, form);
        assert.match(pathOf(page), /^\/children\/\d+$/);
        assert.equal(await page.locator('h1').innerText(), 'Zara');
        const details = await page.locator('.summary-list').innerText();
        assert.match(details, /28 February 2016/);
        assert.match(details, /SEN support/);
        assert.match(details, /Cognition and learning/);
        await visit(page, '/family');
        assert.equal(await page.locator('a.child-card-link', { hasText: 'Zara' }).count(), 1);
      });
    });
  }

  test('another family cannot open the child, even by guessing the address', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      const id = await firstChildId(page);
      await createAccount(page, uniqueEmail('stranger'));
      for (const path of RECORD_PAGES.filter((p) => p.includes(':child'))) {
        const response = await visit(page, path.replace(':child', id), { expectStatus: false });
        assert.equal(response.status(), 404, `${path} for another family's child`);
        assert.doesNotMatch(await page.locator('main').innerText(), /Amira/);
      }
    });
  });
});


describe('every record page', () => {
  for (const mode of JS_MODES) {
    for (const view of viewsFor(mode)) {
      test(`axe, page frame and 320 px, ${view.label}, ${mode.label}`, async (t) => {
        await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 320, height: 800 } }, async ({ page }) => {
          await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
          const id = await firstChildId(page);
          // Saved to the shared demo account each time, so no test inherits another's choice.
          await chooseLocale(page, view.locale);
          await saveReadingOptions(page, view.reading ?? { theme: 'auto', text_size: 'standard' });
          const failures = [];
          for (const template of RECORD_PAGES) {
            const path = template.replace(':child', id);
            try {
              await visit(page, path);
              assert.equal((await htmlAttributes(page)).dir, view.dir);
              await assertPageFrame(page, { signedIn: true });
              await checkAxe(page, `${path} (${view.label}, ${mode.label})`);
              await assertNoHorizontalScroll(page, path);
            } catch (error) {
              failures.push(`${path}: ${error.message}`);
            }
          }
          if (failures.length) assert.fail(`${failures.length} page(s) failed:\n\n${failures.join('\n\n')}`);
        });
      });
    }
  }
});

describe('the review pack', () => {
  test('prints on A4 with every part, and in Urdu the headings carry English too', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await chooseLocale(page, 'en-GB');
      await saveReadingOptions(page, { theme: 'auto', text_size: 'standard' });
      const id = await firstChildId(page);
      await visit(page, `/children/${id}/review-pack`);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.site-header').isVisible(), false, 'the site header is not printed');
      const pack = await page.locator('article.review-pack').innerText();
      for (const expected of ['All about me', 'Goals and how they are going', 'Our questions', 'brilliant artist']) {
        assert.ok(pack.includes(expected), `the pack has "${expected}"`);
      }
      assert.ok(await page.locator('article.review-pack figure.progress table').count() >= 2, 'a progress table per goal');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'a real PDF');

      await page.emulateMedia({ media: 'screen' });
      await chooseLocale(page, 'ur');
      await visit(page, `/children/${id}/review-pack`);
      assert.equal(await page.locator('h2 .pack-english[lang="en"]', { hasText: 'All about me' }).count(), 1);
      await chooseLocale(page, 'en-GB');
    });
  });

  for (const mode of JS_MODES) {
    test(`a Polish family prints the pack in English for school, with their own words marked as theirs, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        // Count the browser's print calls instead of opening its dialog.
        await page.addInitScript(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
        await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
        const id = await firstChildId(page);
        /** The pack's text with the family's own words (marked with a language) left out. */
        const labels = () => page.locator('article.review-pack').evaluate((pack) => {
          const copy = pack.cloneNode(true);
          for (const own of copy.querySelectorAll('[lang]')) own.remove();
          return copy.innerText.replace(/\s+/g, ' ').trim();
        });
        await chooseLocale(page, 'en-GB');
        await visit(page, `/children/${id}/review-pack`);
        const english = await labels();
        assert.equal(await page.locator('a[href$="?for=school"]').count(), 0, 'an English pack is already for school');

        await chooseLocale(page, 'pl');
        await visit(page, `/children/${id}/review-pack`);
        await page.locator(`a[href="/children/${id}/review-pack?for=school"]`).click();
        await page.waitForURL(/for=school/);
        assert.equal(await page.locator('article.review-pack').getAttribute('lang'), 'en-GB');
        assert.equal(await labels(), english, 'every label, rating, summary and date is as in the English pack');
        const own = await page.locator('article.review-pack [lang="pl"]').allInnerTexts();
        assert.ok(own.some((text) => text.includes('brilliant artist')), 'the family\'s words are marked as Polish');
        assert.match(await page.locator('main').innerText(), /Zobacz pakiet w swoim języku/, 'the way back is in Polish');

        const print = page.locator('button[data-print]');
        if (mode.javaScript) {
          await print.waitFor({ state: 'visible' });
          await print.click();
          assert.equal(await page.evaluate(() => window.printed), 1);
        } else {
          assert.equal(await print.isVisible(), false, 'no button that cannot work');
        }
        await chooseLocale(page, 'en-GB');
      });
    });
  }
});

describe('nothing typed is lost', () => {
  test('text being typed comes back after a reload, and is forgotten once saved (hydrated)', async (t) => {
    await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      await chooseLocale(page, 'en-GB');
      const id = await firstChildId(page);
      const path = `/children/${id}/about-me/new?part=hopes-and-dreams`;
      await visit(page, path);
      await waitForHydration(page, 'keep-while-typing');
      const box = page.locator('textarea[name="text"]');
      await box.fill('I want to learn to drive');
      // Leaving the box keeps it on the server too, posted as a plain form.
      const keptOnServer = page.waitForResponse((r) => r.url().endsWith('/api/keep-draft') && r.request().method() === 'POST');
      await box.blur();
      const answer = await keptOnServer;
      assert.equal(answer.status(), 200, 'the server kept the draft');
      assert.match(answer.request().postData(), /^place=child%2F\d+%2Fabout-me%2Fnew%2Fhopes-and-dreams&body=I\+want\+to\+learn\+to\+drive$/);
      await page.reload({ waitUntil: 'load' });
      await waitForHydration(page, 'keep-while-typing');
      assert.equal(await box.inputValue(), 'I want to learn to drive', 'the text is put back');
      assert.ok(await page.locator('.draft-restored').isVisible(), 'and the person is told');

      await submitForm(page, `form[action^="/children/${id}/about-me/new"]`);
      assert.equal(pathOf(page), `/children/${id}/about-me`);
      assert.match(await page.locator('main').innerText(), /I want to learn to drive/);
      await visit(page, path);
      await waitForHydration(page, 'keep-while-typing');
      assert.equal(await box.inputValue(), '', 'once saved, the kept copy is gone');
      assert.equal(await page.locator('.draft-restored').isVisible(), false);
    });
  });

  for (const mode of JS_MODES) {
    test(`two people changing the same entry: the second is told and sees both, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL }, async ({ page }) => {
        const other = await newContext(f.browser, { ...mode, baseURL: f.baseURL });
        const second = await other.newPage();
        try {
          await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
          await chooseLocale(page, 'en-GB');
          await signIn(second, DEMO_EMAIL, DEMO_PASSWORD);
          const id = await firstChildId(page);
          await visit(page, `/children/${id}/about-me`);
          const edit = await page.locator('main a[href*="/about-me/"]:not([href*="/new"]):not([href$="/history"])').first().getAttribute('href');
          await visit(page, edit);
          await visit(second, edit);
          const form = `form[action="${edit}"]`;
          await page.locator(`${form} textarea[name="text"]`).fill(`First person's words ${mode.label}`);
          await submitForm(page, form);
          await second.locator(`${form} textarea[name="text"]`).fill(`Second person's words ${mode.label}`);
          const answer = await submitForm(second, form);
          assert.equal(answer.status(), 409);
          const main = await second.locator('main').innerText();
          assert.match(main, /Someone else saved a change/);
          assert.ok(main.includes(`First person's words ${mode.label}`), 'the saved version is shown');
          assert.equal(await second.locator(`${form} textarea[name="text"]`).inputValue(), `Second person's words ${mode.label}`, 'and theirs is kept');
          await checkAxe(second, 'the conflict page');
        } finally {
          await other.close();
        }
      });
    });
  }
});

/** A date of birth that puts a child in Year 9 in the school year of the test server's today. */
function year9BirthYear() {
  const now = new Date(`${TEST_TODAY}T12:00:00Z`);
  const schoolYearStart = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return String(schoolYearStart - 13);
}

describe('a goal through a school year', () => {
  for (const mode of JS_MODES) {
    test(`add a goal, record three review points, see the chart and the table, ${mode.label}`, async (t) => {
      await withPage(f.browser, t, { ...mode, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
        await createAccount(page, uniqueEmail('goal'));
        await visit(page, '/children/new');
        const childForm = 'form[action="/children/new"]';
        await page.locator(`${childForm} input[name="called-name"]`).fill('Kai');
        await page.locator(`${childForm} input[name="date-of-birth-day"]`).fill('14');
        await page.locator(`${childForm} input[name="date-of-birth-month"]`).fill('3');
        await page.locator(`${childForm} input[name="date-of-birth-year"]`).fill(year9BirthYear());
        await page.locator(`${childForm} input[value="sen-support"]`).check();
        await submitForm(page, childForm);
        const child = pathOf(page);

        await visit(page, `${child}/goals/new`);
        const goalForm = `form[action="${child}/goals/new"]`;
        // Year 9: Preparing for Adulthood themes are offered.
        assert.equal(await page.locator(`${goalForm} input[name="theme"][value="adulthood:independent-living"]`).count(), 1);
        await page.locator(`${goalForm} textarea[name="outcome"]`).fill('Kai will catch the bus to school on his own.');
        await page.locator(`${goalForm} input[name="theme"][value="adulthood:independent-living"]`).check();
        await page.locator(`${goalForm} textarea[name="support"]`).fill('Practice trips with his dad.');
        await submitForm(page, goalForm);
        assert.equal(pathOf(page), `${child}/goals`);
        assert.match(await page.locator('main').innerText(), /Kai will catch the bus to school on his own\./);

        await visit(page, `${child}/reviews`);
        const points = await page.locator(`main a[href^="${child}/reviews/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.equal(points.length, 3, 'three review points this school year');
        const ratings = ['not-started', 'getting-there', 'achieved'];
        for (const [index, point] of [...points].sort().entries()) {
          await visit(page, point);
          const form = `form[action="${point}"]`;
          await page.locator(`${form} input[name^="rating-"][value="${ratings[index]}"]`).first().check();
          await page.locator(`${form} textarea[name^="family-comment-"]`).fill(`Comment ${index + 1}`);
          await page.locator(`${form} textarea[name="what-is-working"]`).fill('The bus driver knows him.');
          await submitForm(page, form);
          assert.equal(pathOf(page), `${child}/reviews`);
        }

        await visit(page, `${child}/progress`);
        const figure = page.locator('figure.progress').first();
        assert.equal(await figure.locator('svg[role="img"]').count(), 1, 'a chart');
        // It uses the column: as wide as the text beside it, up to 40rem (640 px at the standard size).
        const chart = await figure.locator('svg[role="img"]').boundingBox();
        const column = await page.locator('main h1').boundingBox();
        assert.ok(chart.width >= Math.min(column.width, 640) - 2, `the chart is ${chart.width} px wide in a ${column.width} px column`);
        const labelledBy = await figure.locator('svg[role="img"]').getAttribute('aria-labelledby');
        assert.match(await page.locator(`[id="${labelledBy}"]`).innerText(), /not started.*achieved/s, 'its text alternative');
        const rows = await figure.locator('tbody tr').allInnerTexts();
        assert.equal(rows.length, 3);
        ratings.forEach((rating, i) => assert.match(rows[i], new RegExp(rating.replace('-', ' '))));
        assert.match(await page.locator('main').innerText(), /Moved on/);
        await checkAxe(page, 'progress with three review points');
      });
    });
  }
});

describe('progress in December', () => {
  test('each goal shows its latest rating and last school year before what is still missing', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      const child = await firstChildId(page);
      await visit(page, `/children/${child}/progress`);
      // The demo's goals have three ratings last school year and one this autumn (TEST_TODAY is in December).
      const year = page.locator('section.progress-year');
      const items = await year.locator('ul.movements > li').allInnerTexts();
      assert.ok(items.length > 0, 'the goals are listed, not only "not enough ratings"');
      assert.ok(items.some((item) => /Latest rating: Autumn/.test(item)), items.join('\n'));
      assert.ok(items.some((item) => /Last school year: Moved on/.test(item)), items.join('\n'));
      const order = await year.evaluate((section) => [...section.children].map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')));
      assert.ok(order.indexOf('ul.movements') < order.indexOf('p.hint'), `what there is comes before what is missing: ${order}`);
    });
  });
});

/** Pairs of words in a chart's SVG that touch, each word taken as the turned box it is drawn in. Runs in the page. */
function chartLabelsTouching(svg) {
  const quads = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim()).map((text) => {
    const box = text.getBBox();
    const m = text.getScreenCTM();
    const at = (x, y) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
    return {
      text: text.textContent.trim(),
      corners: [at(box.x, box.y), at(box.x + box.width, box.y), at(box.x + box.width, box.y + box.height), at(box.x, box.y + box.height)],
    };
  });
  // Separating axis test for two convex quadrilaterals, with 1 px of grace.
  const apart = (a, b) => [a, b].some((quad) => quad.corners.some((p, i) => {
    const q = quad.corners[(i + 1) % 4];
    const axis = { x: -(q.y - p.y), y: q.x - p.x };
    const length = Math.hypot(axis.x, axis.y) || 1;
    const project = (c) => c.corners.map((r) => (r.x * axis.x + r.y * axis.y) / length);
    const [pa, pb] = [project(a), project(b)];
    return Math.max(...pa) <= Math.min(...pb) + 1 || Math.max(...pb) <= Math.min(...pa) + 1;
  }));
  const touching = [];
  for (let i = 0; i < quads.length; i += 1) {
    for (let j = i + 1; j < quads.length; j += 1) {
      if (!apart(quads[i], quads[j])) touching.push(`"${quads[i].text}" and "${quads[j].text}"`);
    }
  }
  return touching;
}

describe('the progress chart on a phone', () => {
  test('no two words on the chart touch, in any language, at 390 px', async (t) => {
    await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: { width: 390, height: 844 } }, async ({ page, context }) => {
      await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
      const child = await firstChildId(page);
      const problems = [];
      for (const { locale } of LOCALES) {
        await setLocaleCookie(context, f.baseURL, locale);
        await visit(page, `/children/${child}/progress`);
        await page.evaluate(() => document.fonts.ready);
        for (const [index, svg] of (await page.locator('figure.progress svg[role="img"]').all()).entries()) {
          const touching = await svg.evaluate(chartLabelsTouching);
          if (touching.length) problems.push(`${locale}, chart ${index + 1}: ${touching.join('; ')}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
});
