// Starts Heard's service worker (/service-worker.js) and tells it the page's language, so the page
// it shows offline is in that language. Without JavaScript there is none, and nothing changes.
if ('serviceWorker' in navigator) {
  const html = document.documentElement;
  const locale = html.hasAttribute('data-easy-read') ? 'en-GB-easyread' : html.lang;
  navigator.serviceWorker.register('/service-worker.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active && registration.active.postMessage({ offlineIn: locale }))
    .catch(() => {});
}
