import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3061';
const [who, pw, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
await page.goto(base + '/sign-in');
await page.fill('#email', who); await page.fill('#password', pw);
await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
let i = 0;
for (const p of paths) {
  const r = await page.goto(base + p);
  console.log(p, r.status());
  await page.screenshot({ path: `/tmp/s6/shot-${i++}.png`, fullPage: true });
}
await browser.close();
