// "Keep this record on this phone" (app/src/components/keep_on_phone.rs). The part is hidden in the
// page and shown here, only where a service worker runs, since keeping pages needs one. The pages
// kept are the record's overview and the parts it links to; the service worker fetches and keeps
// them, and answers whether this record is kept.
const part = document.getElementById('keep-on-phone');
if (part && 'serviceWorker' in navigator && 'caches' in window) {
  const child = part.dataset.child;
  const status = part.querySelector('[role="status"]');
  const keep = part.querySelector('button[data-keep]');
  const forget = part.querySelector('button[data-forget]');

  const ask = async (message) => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data || {});
      registration.active.postMessage(message, [channel.port2]);
      setTimeout(() => reject(new Error('the service worker did not answer')), 60_000);
    });
  };
  // Whichever button is shown takes the focus the pressed one had.
  const show = (kept, said, moveFocus) => {
    keep.hidden = kept;
    forget.hidden = !kept;
    status.textContent = said;
    if (moveFocus) (kept ? forget : keep).focus();
  };
  const pages = () => [
    location.pathname,
    ...Array.from(document.querySelectorAll('a.record-part-link'), (link) => new URL(link.href).pathname),
  ];

  keep.addEventListener('click', async () => {
    keep.disabled = true;
    try {
      const answer = await ask({ keepRecord: child, pages: pages() });
      show(Boolean(answer.kept), answer.kept ? part.dataset.kept : part.dataset.failed, true);
    } catch {
      show(false, part.dataset.failed, true);
    }
    keep.disabled = false;
  });
  forget.addEventListener('click', async () => {
    forget.disabled = true;
    try {
      await ask({ forgetRecord: child });
      show(false, part.dataset.forgotten, true);
    } catch {
      show(true, part.dataset.failed, true);
    }
    forget.disabled = false;
  });

  ask({ isKept: child })
    .then((answer) => {
      show(Boolean(answer.kept), answer.kept ? part.dataset.kept : '', false);
      part.hidden = false;
    })
    .catch(() => {});
}
