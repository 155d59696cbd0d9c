// Plain English, measured: the English text of every page scores Flesch-Kincaid grade 5 or below, in
// en-GB and in Easy Read. Each page is read as the server sends it (JavaScript off), with the demo
// family signed in so the record pages are full. Only Heard's own words are scored: what a family
// typed (marked dir="auto") and the council's service text (marked lang="en") are left out, and so
// are form values. Headings, labels, buttons and list items count as sentences of their own.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { syllable } from 'syllable';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PAGES, RECORD_PAGES, DEMO_EMAIL, DEMO_PASSWORD, fileFixture, withPage, visit, signIn, firstChildId,
  setLocaleCookie, repoRoot,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

export const MAX_GRADE = 5;

/** Words are runs with a letter in them; numbers and symbols are not words to a reader's eye. */
function wordsOf(text) {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
}

/**
 * Syllables of a word. An abbreviation in capitals is read letter by letter ("EHC" is three), except
 * the few said as words; everything else goes to the `syllable` package.
 */
const SAID_AS_WORDS = { SEND: 1, SENCO: 2, SENDCO: 2, SENDIASS: 3, CAMHS: 1, SALT: 1, IPSEA: 3, EOTAS: 3, SEMH: 4, SOS: 3, OK: 2 };
function syllablesOf(word) {
  if (word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) {
    return SAID_AS_WORDS[word] ?? [...word].filter((c) => /\p{L}/u.test(c)).length;
  }
  return Math.max(1, syllable(word));
}

/** Flesch-Kincaid grade of text given as lines, where each line holds one or more whole sentences. */
export function grade(lines) {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const line of lines) {
    const parts = line.split(/(?<=[.!?])\s+/).filter((p) => wordsOf(p).length > 0);
    for (const part of parts) {
      const found = wordsOf(part);
      sentences += 1;
      words += found.length;
      syllables += found.reduce((sum, w) => sum + syllablesOf(w), 0);
    }
  }
  if (words === 0) return { grade: 0, words, sentences };
  const value = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(value * 10) / 10, words, sentences };
}

/** The page's own English, one line per block, with family and council text taken out. */
async function ownWords(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    for (const el of main.querySelectorAll('[dir="auto"], [lang]:not([lang^="en-GB"]), textarea, select, script, noscript')) {
      el.remove();
    }
    return main.innerText.split('\n').map((l) => l.trim()).filter(Boolean);
  });
}

test('the scorer knows plain from hard', () => {
  assert.ok(grade(['We keep your words safe. You choose who sees them.']).grade <= 2);
  assert.ok(
    grade(['The local authority must, within the statutory timeframe, determine whether an Education, Health and Care needs assessment is necessary.']).grade > 12,
  );
  assert.equal(syllablesOf('EHCP'), 4);
  assert.equal(syllablesOf('SENDIASS'), 3);
});

for (const locale of ['en-GB', 'en-GB-easyread']) {
  describe(`readability, ${locale}`, () => {
    test(`every page is at grade ${MAX_GRADE} or below`, async (t) => {
      await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL }, async ({ page, context }) => {
        await setLocaleCookie(context, f.baseURL, locale);
        const scores = [];
        for (const { path } of PAGES.filter((p) => !p.signedIn)) {
          await visit(page, path);
          scores.push({ path, ...grade(await ownWords(page)) });
        }
        await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
        const child = await firstChildId(page);
        const signedIn = [
          ...PAGES.filter((p) => p.signedIn).map((p) => p.path),
          ...RECORD_PAGES.map((p) => p.replace(':child', child)),
          '/local-offer?q=speech+therapy',
          '/account/emails',
        ];
        for (const path of signedIn) {
          await visit(page, path);
          scores.push({ path, ...grade(await ownWords(page)) });
        }
        // A service page: the council's words are left out, Heard's headings and notes stay.
        await visit(page, '/local-offer?q=speech+therapy');
        const service = await page.locator('main a[href^="/local-offer/services/"]').first().getAttribute('href');
        await visit(page, service);
        scores.push({ path: service, ...grade(await ownWords(page)) });
        const table = scores.map((s) => `${s.grade.toFixed(1).padStart(5)}  ${String(s.words).padStart(4)} words  ${s.path}`).join('\n');
        t.diagnostic(`Flesch-Kincaid grade by page (${locale}):\n${table}`);
        const hard = scores.filter((s) => s.grade > MAX_GRADE);
        assert.equal(hard.length, 0, `pages above grade ${MAX_GRADE} in ${locale}:\n${hard.map((s) => `${s.grade} ${s.path}`).join('\n')}\n\nall pages:\n${table}`);
      });
    });
  });
}

/**
 * Every email Heard sends, as its English messages: `mail-*` and `reminder-*` in en-GB, one email a
 * group (`reminder-review-subject`, `-body` and `-prepare` are the review reminder). Placeables get a
 * plausible value; a link is not words to read, so it is left out.
 */
function emailTexts() {
  const ftl = readFileSync(join(repoRoot, 'locales', 'en-GB', 'heard-app.ftl'), 'utf8');
  const sample = { name: 'Sam', date: '15 March 2027', who: 'Jo', term: 'spring', step: 'The council decides', parts: 'goals', link: '', email: '', address: '' };
  const emails = new Map();
  for (const line of ftl.split('\n')) {
    const m = line.match(/^((mail|reminder)-[a-z-]+) = (.*)$/);
    if (!m) continue;
    const group = m[1].split('-').slice(0, 2).join('-');
    const text = m[3].replace(/\{ *\$([a-z]+) *\}/g, (_, name) => {
      assert.ok(name in sample, `${m[1]}: no sample value for $${name}`);
      return sample[name];
    });
    emails.set(group, [...(emails.get(group) ?? []), text]);
  }
  // The greeting, the footer and "if this was not you" are in each email of their kind, not emails.
  const shared = { reminder: ['reminder-hello', 'reminder-footer'], mail: ['mail-hello', 'mail-not'] };
  for (const [kind, groups] of Object.entries(shared)) {
    const lines = groups.flatMap((g) => emails.get(g) ?? []);
    for (const g of groups) emails.delete(g);
    for (const [group, text] of emails) if (group.startsWith(`${kind}-`) && group !== 'mail-test') emails.set(group, [...lines, ...text]);
  }
  return emails;
}

test(`every email Heard sends is at grade ${MAX_GRADE} or below`, (t) => {
  const emails = emailTexts();
  assert.ok(emails.size >= 10, `the emails were found: ${[...emails.keys()].join(', ')}`);
  const scores = [...emails].map(([group, lines]) => ({ group, ...grade(lines) }));
  const table = scores.map((s) => `${s.grade.toFixed(1).padStart(5)}  ${String(s.words).padStart(4)} words  ${s.group}`).join('\n');
  t.diagnostic(`Flesch-Kincaid grade by email:\n${table}`);
  const hard = scores.filter((s) => s.grade > MAX_GRADE);
  assert.equal(hard.length, 0, `emails above grade ${MAX_GRADE}:\n${table}`);
});
