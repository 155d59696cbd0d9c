// Heard's service worker: keeps Heard's own built files (WebAssembly, scripts, styles, fonts,
// pictures) on the phone so a second visit starts at once, and shows a plain page in the person's
// language when there is no connection. It never keeps a page of anyone's record: pages always come
// from the server, and only the offline page (fetched without cookies, so it holds nobody's data)
// is kept. The server writes the version of the built files below; a new version empties the old
// files.
const VERSION = '__HEARD_FILES_VERSION__';
const FILES = `heard-files-${VERSION}`;
const OFFLINE = 'heard-offline';
const OFFLINE_PAGE = '/offline';

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

// Each page says which language it is in; the offline page is kept in that language.
self.addEventListener('message', (event) => {
  const locale = event.data && event.data.offlineIn;
  if (typeof locale !== 'string' || !/^[A-Za-z-]{2,20}$/.test(locale)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(OFFLINE);
    const kept = await cache.match(OFFLINE_PAGE);
    if (kept && kept.headers.get('X-Heard-Offline-Locale') === locale) return;
    const answer = await fetch(OFFLINE_PAGE, { credentials: 'omit', headers: { 'Accept-Language': locale } });
    if (!answer.ok) return;
    const headers = new Headers(answer.headers);
    headers.set('X-Heard-Offline-Locale', locale);
    await cache.put(OFFLINE_PAGE, new Response(await answer.blob(), { status: 200, headers }));
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () => {
      const page = await caches.match(OFFLINE_PAGE, { cacheName: OFFLINE });
      return page || Response.error();
    }));
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
