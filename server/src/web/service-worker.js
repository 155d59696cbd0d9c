// Heard's service worker: keeps Heard's own built files (WebAssembly, scripts, styles, fonts,
// pictures) on the phone so a second visit starts at once, and shows a plain page in the person's
// language when there is no connection. Pages of a child's record are kept only when the family
// chooses "Keep this record on this phone" (keep-on-phone.js), each record in its own cache,
// refreshed whenever a kept page opens with a connection, and all forgotten as soon as a page says
// the phone is signed out (service-worker-start.js). The offline page is fetched without cookies, so
// it holds nobody's data. The server writes the version of the built files below; a new version
// empties the old files.
const VERSION = '__HEARD_FILES_VERSION__';
const FILES = `heard-files-${VERSION}`;
const OFFLINE = 'heard-offline';
const OFFLINE_PAGE = '/offline';
const START_SCRIPT = '/service-worker-start.js';
const RECORD = 'heard-record-';
// A record's overview and its parts: more than this is not a record's pages.
const MOST_PAGES = 40;

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('heard-files-') && name !== FILES) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The kept record a page belongs to, if it is one: /children/{id} and the pages under it.
function recordOf(pathname) {
  const found = /^\/children\/(\d{1,12})(\/|$)/.exec(pathname);
  return found ? found[1] : null;
}

// Fetches and keeps a record's pages, in a fresh cache that replaces the old one only when every
// page came. A page that does not come as itself (signed out, so sent to sign in) keeps nothing.
async function keepRecord(child, pages) {
  if (!/^\d{1,12}$/.test(child) || !Array.isArray(pages) || pages.length > MOST_PAGES) return false;
  const wanted = new Set();
  for (const page of pages) {
    if (typeof page !== 'string') return false;
    const url = new URL(page, self.location.origin);
    if (url.origin !== self.location.origin || recordOf(url.pathname) !== child) return false;
    wanted.add(url.pathname);
  }
  const answers = [];
  for (const pathname of wanted) {
    const answer = await fetch(pathname, { credentials: 'same-origin' });
    const html = (answer.headers.get('Content-Type') || '').startsWith('text/html');
    if (!answer.ok || answer.redirected || !html) return false;
    answers.push([pathname, answer]);
  }
  await caches.delete(RECORD + child);
  const cache = await caches.open(RECORD + child);
  for (const [pathname, answer] of answers) await cache.put(pathname, answer);
  return answers.length > 0;
}

async function forgetRecords() {
  for (const name of await caches.keys()) {
    if (name.startsWith(RECORD)) await caches.delete(name);
  }
}

self.addEventListener('message', (event) => {
  const message = event.data || {};
  const reply = (answer) => event.ports[0] && event.ports[0].postMessage(answer);
  if (typeof message.keepRecord === 'string') {
    event.waitUntil(keepRecord(message.keepRecord, message.pages)
      .catch(() => false)
      .then((kept) => reply({ kept })));
  } else if (typeof message.forgetRecord === 'string' && /^\d{1,12}$/.test(message.forgetRecord)) {
    event.waitUntil(caches.delete(RECORD + message.forgetRecord).then(() => reply({ kept: false })));
  } else if (typeof message.isKept === 'string' && /^\d{1,12}$/.test(message.isKept)) {
    event.waitUntil(caches.has(RECORD + message.isKept).then((kept) => reply({ kept })));
  } else if (message.forgetRecords === true) {
    event.waitUntil(forgetRecords());
  } else if (typeof message.offlineIn === 'string') {
    // One at a time, in the order pages asked, so the page last seen sets the language.
    offlineQueue = offlineQueue.then(() => keepOfflinePage(message.offlineIn)).catch(() => {});
    event.waitUntil(offlineQueue);
  }
});

// Each page says which language it is in; the offline page is kept in that language.
let offlineQueue = Promise.resolve();
async function keepOfflinePage(locale) {
  if (!/^[A-Za-z-]{2,20}$/.test(locale)) return;
  const cache = await caches.open(OFFLINE);
  const kept = await cache.match(OFFLINE_PAGE);
  if (kept && kept.headers.get('X-Heard-Offline-Locale') === locale) return;
  const answer = await fetch(OFFLINE_PAGE, { credentials: 'omit', headers: { 'Accept-Language': locale } });
  if (!answer.ok) return;
  const headers = new Headers(answer.headers);
  headers.set('X-Heard-Offline-Locale', locale);
  await cache.put(OFFLINE_PAGE, new Response(await answer.blob(), { status: 200, headers }));
}

// A navigation: from the server when there is a connection (refreshing the page if its record is
// kept), else the kept page, else the offline page.
async function navigate(request, url) {
  const child = recordOf(url.pathname);
  const record = child && (await caches.has(RECORD + child)) ? await caches.open(RECORD + child) : null;
  try {
    const answer = await fetch(request);
    const html = (answer.headers.get('Content-Type') || '').startsWith('text/html');
    if (record && !url.search && answer.ok && !answer.redirected && html && (await record.match(url.pathname))) {
      await record.put(url.pathname, answer.clone());
    }
    return answer;
  } catch (offline) {
    const kept = record && !url.search ? await record.match(url.pathname) : null;
    if (kept) return kept;
    const page = await caches.match(OFFLINE_PAGE, { cacheName: OFFLINE });
    return page || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request, url));
    return;
  }
  // The script every page starts this worker with also gives the offline page its reading options,
  // so it is kept beside that page: from the server when there is a connection, else the kept copy.
  if (url.pathname === START_SCRIPT) {
    event.respondWith((async () => {
      const cache = await caches.open(OFFLINE);
      try {
        const answer = await fetch(request);
        if (answer.ok) await cache.put(START_SCRIPT, answer.clone());
        return answer;
      } catch (offline) {
        return (await cache.match(START_SCRIPT)) || Response.error();
      }
    })());
    return;
  }
  if (url.pathname.startsWith('/pkg/') || url.pathname.startsWith('/style/')) {
    event.respondWith((async () => {
      const cache = await caches.open(FILES);
      const kept = await cache.match(request);
      if (kept) return kept;
      const answer = await fetch(request);
      if (answer.ok) await cache.put(request, answer.clone());
      return answer;
    })());
  }
});
