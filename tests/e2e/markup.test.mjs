// Typed text never becomes markup. The demo family is filled with markup in every name and text a
// person or a feed can supply (`heard demo --markup-in-text`: closing textarea, title, style and
// script tags, attribute quotes, script and elements with handlers, a `javascript:` link in the Local
// Offer feed). Then a parent, the young person and an advocate each open every page they can reach by
// following links, hydrated, and no page may hold an injected element, run injected script, or carry
// a `javascript:` link; and the words must be there as text, so the sweep cannot pass by showing
// nothing.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_EMAIL, DEMO_PASSWORD, fileFixture, withPage, signIn } from './harness.mjs';

const f = fileFixture({ before, after }, { demo: 'markup' });

const PEOPLE = [
  { label: 'a parent', email: DEMO_EMAIL, password: DEMO_PASSWORD, start: ['/family'] },
  { label: 'the young person', email: 'amira@example.org', password: 'heard-demo-amira', lands: /^\/children\/\d+\/my-page$/, start: ['/family'] },
  { label: 'an advocate', email: 'advocate@example.org', password: 'heard-demo-advocate', lands: /^\/advocate$/, start: ['/family', '/advocate'] },
];

// Searches whose results hold the marked services, and a service page through them.
const LOCAL_OFFER = ['/local-offer?q=speech', '/local-offer?q=autism', '/local-offer?q=therapy'];

/** Where a link leads, as the crawler keys it; null for links it does not follow. */
function pageKey(href, origin) {
  let url;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (/^\/(pkg|style)\//.test(url.pathname) || url.pathname.endsWith('.json')) return null;
  // The same page with another way back is the same page.
  url.searchParams.delete('return_to');
  url.hash = '';
  // Local Offer searches and filters are endless; their pages are checked through LOCAL_OFFER.
  if (url.pathname === '/local-offer' && url.search) return null;
  return url.pathname + url.search;
}

/** What is wrong on the page as it is now. Runs in the page. */
function injectionProblems() {
  const problems = [];
  for (const el of document.querySelectorAll('[data-injected]')) problems.push(`an injected <${el.tagName.toLowerCase()}>`);
  if (window.__injected !== undefined) problems.push('injected script ran');
  for (const el of document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]')) {
    problems.push(`an event handler attribute on <${el.tagName.toLowerCase()}>`);
  }
  for (const el of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction');
    if (/^\s*javascript:/i.test(value)) problems.push(`a javascript: address on <${el.tagName.toLowerCase()}>`);
  }
  const fields = [...document.querySelectorAll('textarea, input')].map((el) => el.value);
  return {
    problems,
    // The marker shown as text: in the words, the title, or a box's value.
    shownAsText: document.body.innerText.includes('data-injected')
      || document.title.includes('</title>')
      || fields.some((value) => value.includes('</textarea>') || value.includes('data-injected')),
    titleHoldsMarkup: document.title.includes('</title>'),
    textBoxHoldsMarkup: [...document.querySelectorAll('textarea')].some((el) => el.value.includes('</textarea>')),
    // A download (a document, a voice note) is not a page to check.
    links: [...document.querySelectorAll('a[href]:not([download])')].map((a) => a.getAttribute('href')),
  };
}

describe('typed text is text on every page', () => {
  for (const person of PEOPLE) {
    test(`every page ${person.label} can reach, hydrated`, async (t) => {
      await withPage(f.browser, t, { javaScript: true, baseURL: f.baseURL }, async ({ page }) => {
        await signIn(page, person.email, person.password, person.lands);
        const origin = new URL(f.baseURL).origin;
        const queue = [...person.start, ...LOCAL_OFFER];
        const seen = new Set(queue);
        const failures = [];
        let shown = 0;
        let titles = 0;
        let textBoxes = 0;
        let visited = 0;
        // Bounded, so a page that links to ever new addresses cannot run the test for ever.
        while (queue.length && visited < 150) {
          const path = queue.shift();
          const response = await page.goto(path, { waitUntil: 'load' });
          visited += 1;
          const status = response?.status() ?? 0;
          if (status >= 500) failures.push(`${path}: answered ${status}`);
          const found = await page.evaluate(injectionProblems);
          if (found.problems.length) failures.push(`${path}: ${[...new Set(found.problems)].join(', ')}`);
          if (found.shownAsText) shown += 1;
          if (found.titleHoldsMarkup) titles += 1;
          if (found.textBoxHoldsMarkup) textBoxes += 1;
          for (const href of found.links) {
            const key = pageKey(href, origin);
            // Signing out would end the sweep; everything else a link offers is a page to check.
            if (key && !seen.has(key) && !key.startsWith('/sign-out')) {
              seen.add(key);
              queue.push(key);
            }
          }
        }
        t.diagnostic(`${person.label}: ${visited} pages, the markup shown as text on ${shown}, in the title on ${titles}, in a text box on ${textBoxes}`);
        assert.deepEqual(failures, [], `typed markup became part of the page:\n${failures.join('\n')}`);
        // The sweep means something only if the marked words reached the pages.
        assert.ok(visited >= 15, `only ${visited} pages were reachable`);
        assert.ok(shown >= 10, `the marked words showed as text on only ${shown} pages`);
        assert.ok(titles >= 5, `a child's name with markup was in the title of only ${titles} pages`);
        if (person.label !== 'the young person') {
          assert.ok(textBoxes >= 1, 'no text box held marked words (an edit page with the saved text)');
        }
      });
    });
  }
});
