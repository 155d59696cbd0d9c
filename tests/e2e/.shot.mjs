// Screenshots for looking at pages by hand (not a test): node .shot.mjs BASE EMAIL PASSWORD LOCALE WIDTH OUT PATH...
import { chromium } from 'playwright-core';
const [base, email, password, locale, width, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ baseURL: base, viewport: { width: Number(width), height: 900 } });
const page = await context.newPage();
if (email !== '-') {
  await page.goto('/sign-in');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/sign-in"] button[type="submit"]')]);
}
if (locale !== 'en-GB') await context.addCookies([{ name: 'heard_locale', value: locale, url: base }]);
let n = 0;
for (const path of paths) {
  await page.goto(path);
  await page.waitForTimeout(1200);
  const target = process.env.SHOT_SELECTOR ? page.locator(process.env.SHOT_SELECTOR).first() : page;
  await target.screenshot({ path: `${out}-${n++}.png` });
}
await browser.close();
