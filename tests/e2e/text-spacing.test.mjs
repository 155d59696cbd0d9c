// Reading modes in every language: at 200% text size, and with the WCAG 1.4.12 text-spacing override
// (line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraph spacing 2em), no page
// scrolls sideways, no text is cut off by its box, and no two pieces of text sit on top of each other.
// Every page, in all eight languages, right to left too, with the demo family's full record.
// On the same visits, the name a screen reader says for every link and button reads as written: no
// space before a colon or comma ("Zobacz lub zmień : Jesień"), no drawn tick ("Not sure ✓"); and a
// symbol CSS draws beside a button's words has a gap ("Not sure✓" is not).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  PAGES, RECORD_PAGES, LOCALES, DEMO_EMAIL, DEMO_PASSWORD, fileFixture, withPage, visit, signIn,
  firstChildId, setLocaleCookie, saveArtifacts,
} from './harness.mjs';

const f = fileFixture({ before, after }, { demo: true });

const CONDITIONS = [
  {
    label: '200% text',
    viewport: { width: 1280, height: 800 },
    css: ':root { font-size: 200% !important; }',
  },
  {
    label: 'text-spacing override, phone width',
    viewport: { width: 390, height: 844 },
    css: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
          p { margin-block-end: 2em !important; }`,
  },
];

/** Everything wrong with the layout as it is now, in words. Runs in the page. */
function layoutProblems() {
  const problems = [];
  const html = document.documentElement;
  if (html.scrollWidth > html.clientWidth + 1) {
    problems.push(`the page scrolls sideways (${html.scrollWidth} > ${html.clientWidth})`);
  }
  const describe = (el) => {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${text}"`;
  };
  const shown = (el) => {
    // Not rendered: hidden, or inside a closed <details> (its content keeps a stale box).
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers: it has no box to overlap.
    return rect.width > 2 && rect.height > 2;
  };
  // A symbol drawn by CSS beside a control's words ("Not sure ✓"): in a flex box a space in `content`
  // is dropped, so only a margin or the box's gap keeps it apart from the last word.
  for (const el of document.querySelectorAll('button, a, .button')) {
    if (!shown(el)) continue;
    const box = getComputedStyle(el);
    if (!/flex|grid/.test(box.display)) continue;
    for (const which of ['::before', '::after']) {
      const drawn = getComputedStyle(el, which);
      const text = drawn.content.match(/^"(.*?)"/)?.[1] ?? '';
      if (!text.trim()) continue;
      const margin = parseFloat(which === '::after' ? drawn.marginInlineStart : drawn.marginInlineEnd) || 0;
      if (margin <= 0 && !(parseFloat(box.columnGap) > 0)) problems.push(`"${text.trim()}" is drawn against the words of ${describe(el)}`);
    }
  }
  // Cut off: a box that hides its overflow and has more content than room.
  for (const el of document.querySelectorAll('body *')) {
    if (!shown(el) || !el.innerText?.trim()) continue;
    const style = getComputedStyle(el);
    const hidesX = ['hidden', 'clip'].includes(style.overflowX);
    const hidesY = ['hidden', 'clip'].includes(style.overflowY);
    if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
      problems.push(`text is cut off in ${describe(el)}`);
    }
  }
  // On top of each other: the boxes of text and controls that are not inside one another.
  const pieces = [...document.querySelectorAll(
    'h1, h2, h3, p, li, dt, dd, label, legend, button, input, select, textarea, .button, .hint, .field-error, th, td, summary, .language-button',
  )].filter((el) => shown(el) && !el.closest('[popover], .skip-link, .visually-hidden')
    // Plain inline boxes (a link in a line) are as tall as the font, not the line: in a tall script
    // such as Nastaliq they always reach into the next line's box without any letters touching.
    // Their lines are checked through the blocks that hold them.
    && getComputedStyle(el).display !== 'inline');
  const boxes = pieces.map((el) => ({ el, r: el.getBoundingClientRect() }));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 2 && y > 2) problems.push(`${describe(a.el)} overlaps ${describe(b.el)} (${Math.round(x)}x${Math.round(y)} px)`);
    }
  }
  return problems;
}

/**
 * Names of links, buttons and form controls that do not read as written, from Chromium's own
 * accessibility tree (what a screen reader is given, CSS-generated text included).
 */
async function badNames(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const problems = [];
  for (const node of nodes) {
    if (node.ignored || !['link', 'button', 'checkbox', 'radio', 'textbox', 'combobox'].includes(node.role?.value)) continue;
    const name = String(node.name?.value ?? '');
    // A tick drawn by CSS is decoration (aria-pressed says "chosen"): it has no place in a name.
    if (/\s[:;,.!?؟،؛]/u.test(name) || /[✓✔✗✘]/u.test(name)) {
      problems.push(`${node.role.value} named ${JSON.stringify(name)}`);
    }
  }
  return problems;
}

for (const [index, condition] of CONDITIONS.entries()) {
  describe(`reading: ${condition.label}`, () => {
    for (const { locale, dir } of LOCALES) {
      test(`every page, ${locale} (${dir})`, async (t) => {
        await withPage(f.browser, t, { javaScript: false, baseURL: f.baseURL, viewport: condition.viewport }, async ({ page, context }) => {
          await setLocaleCookie(context, f.baseURL, locale);
          // The override goes at the end of the stylesheet itself, as a person's user style would
          // win over it: scripts are off, so nothing can be injected into the page.
          await context.route('**/style/heard.css', async (route) => {
            const response = await route.fetch({ headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
            await route.fulfill({ response, body: `${await response.text()}\n${condition.css}` });
          });
          const failures = [];
          // Names do not depend on the layout: checked once, in the first condition.
          const cdp = index === 0 ? await context.newCDPSession(page) : null;
          const check = async (path) => {
            await visit(page, path);
            const problems = await page.evaluate(layoutProblems);
            if (cdp) problems.push(...await badNames(cdp));
            if (problems.length) {
              failures.push(`${path}:\n  ${problems.slice(0, 8).join('\n  ')}${problems.length > 8 ? `\n  ... and ${problems.length - 8} more` : ''}`);
              await saveArtifacts(page, `${condition.label} ${locale} ${path}`);
            }
          };
          for (const { path, signedIn } of PAGES) if (!signedIn) await check(path);
          await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
          const child = await firstChildId(page);
          for (const { path, signedIn } of PAGES) if (signedIn) await check(path);
          for (const path of RECORD_PAGES) await check(path.replace(':child', child));
          await check('/local-offer?q=speech+therapy');
          assert.equal(failures.length, 0, `${failures.length} page(s) with layout problems (${condition.label}, ${locale}):\n${failures.join('\n')}`);
        });
      });
    }
  });
}
