// Starts Heard's service worker (/service-worker.js) and tells it the page's language, so the page
// it shows offline is in that language. A page with no way to sign out is a signed-out phone: the
// service worker then forgets every record kept on it (the offline page, never signed in, is left
// out). Without JavaScript there is none, and nothing changes.
if ('serviceWorker' in navigator) {
  const html = document.documentElement;
  const locale = html.hasAttribute('data-easy-read') ? 'en-GB-easyread' : html.lang;
  const offlinePage = document.querySelector('[data-offline-page]');
  const signedOut = !document.querySelector('form[action="/sign-out"]') && !offlinePage;
  navigator.serviceWorker.register('/service-worker.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!registration.active) return;
      if (signedOut) registration.active.postMessage({ forgetRecords: true });
      registration.active.postMessage({ offlineIn: locale });
    })
    .catch(() => {});

  // The offline page is kept without cookies, so in the default reading mode: each page notes the
  // person's reading options on the phone (they are not personal), and the offline page takes them.
  const READING = ['data-text-size', 'data-spacing', 'data-font', 'data-theme', 'data-motion'];
  try {
    if (offlinePage) {
      const saved = JSON.parse(localStorage.getItem('heard-reading') || '{}');
      for (const name of READING) {
        if (typeof saved[name] === 'string' && /^[a-z-]{1,20}$/.test(saved[name])) html.setAttribute(name, saved[name]);
      }
    } else {
      localStorage.setItem('heard-reading', JSON.stringify(Object.fromEntries(READING.map((name) => [name, html.getAttribute(name)]))));
    }
  } catch {
    // No storage (a private window may refuse it): the offline page keeps the default mode.
  }
}
