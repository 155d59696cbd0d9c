// Starts Heard's service worker (/service-worker.js) and tells it the page's language, so the page
// it shows offline is in that language. A page with no way to sign out is a signed-out phone: the
// service worker then forgets every record kept on it (the offline page, never signed in, is left
// out). Without JavaScript there is none, and nothing changes.
if ('serviceWorker' in navigator) {
  const html = document.documentElement;
  const locale = html.hasAttribute('data-easy-read') ? 'en-GB-easyread' : html.lang;
  const signedOut = !document.querySelector('form[action="/sign-out"]') && !document.querySelector('[data-offline-page]');
  navigator.serviceWorker.register('/service-worker.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!registration.active) return;
      if (signedOut) registration.active.postMessage({ forgetRecords: true });
      registration.active.postMessage({ offlineIn: locale });
    })
    .catch(() => {});
}
