// Passkeys in the browser: adding one on /account/passkeys and signing in with one on /sign-in.
// A small same-origin module loaded only on those two pages (no WebAssembly). Without it, or in a
// browser that cannot use passkeys, the parts it drives stay hidden and the password form works
// as ever. The server checks everything; this only carries the challenge and the answer.

const supported =
  typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;

// WebAuthn speaks in bytes; the server's JSON in base64url.
const bytes = (text) => {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0)).buffer;
};
const text = (buffer) => {
  let raw = '';
  for (const b of new Uint8Array(buffer)) raw += String.fromCharCode(b);
  return btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

// Options the server leaves empty arrive as null, which the browser refuses: leave them out.
const withoutNulls = (value) => {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
};

async function post(url, body) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    return response.ok ? { data } : { problem: data.problem, message: data.message };
  } catch {
    return { problem: 'unavailable' };
  }
}

// Shows a problem: the server's words, or the page's for what only the browser knows.
function say(box, problem, message) {
  const key = (problem || 'unavailable').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  box.textContent = message || box.dataset[key] || box.dataset.unavailable;
  box.hidden = false;
}

// What the browser's refusal means for the person.
function refusal(error) {
  console.warn('passkey refused by the browser:', error && error.name, error && error.message);
  if (error && error.name === 'InvalidStateError') return 'already-added';
  if (error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) return 'cancelled';
  return 'unavailable';
}

// Runs one ceremony from a form's submit, with its button held down meanwhile.
function ceremony(form, run) {
  const box = form.querySelector('[data-passkey-problem]');
  const button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    box.hidden = true;
    try {
      const outcome = await run();
      if (outcome.go) {
        window.location.assign(outcome.go);
        return;
      }
      say(box, outcome.problem, outcome.message);
    } finally {
      button.disabled = false;
    }
  });
}

const adding = document.getElementById('passkey-add-form');
if (adding && supported) {
  document.querySelector('[data-passkey-add]').hidden = false;
  document.querySelector('[data-passkey-unsupported]').hidden = true;
  ceremony(adding, async () => {
    const name = adding.elements['passkey-name'].value;
    const started = await post(adding.dataset.start, { name });
    if (started.problem) return started;
    const options = withoutNulls(started.data.publicKey);
    options.challenge = bytes(options.challenge);
    options.user.id = bytes(options.user.id);
    for (const c of options.excludeCredentials || []) c.id = bytes(c.id);
    let made;
    try {
      made = await navigator.credentials.create({ publicKey: options });
    } catch (error) {
      return { problem: refusal(error) };
    }
    if (!made) return { problem: 'cancelled' };
    const credential = {
      id: made.id,
      rawId: text(made.rawId),
      type: made.type,
      response: {
        attestationObject: text(made.response.attestationObject),
        clientDataJSON: text(made.response.clientDataJSON),
      },
    };
    const finished = await post(adding.dataset.finish, { name, credential });
    return finished.problem ? finished : finished.data;
  });
}

const signingIn = document.getElementById('passkey-sign-in-form');
// Until this script has looked, the page keeps the passkey part's place (style/heard.css) so the
// page does not move when it appears; now it has looked, it shows or takes no room.
const signInPart = document.querySelector('[data-passkey-sign-in]');
if (signInPart) signInPart.dataset.checked = '';
if (signingIn && supported) {
  document.querySelector('[data-passkey-sign-in]').hidden = false;
  ceremony(signingIn, async () => {
    const started = await post(signingIn.dataset.start, {});
    if (started.problem) return started;
    const options = withoutNulls(started.data.publicKey);
    options.challenge = bytes(options.challenge);
    for (const c of options.allowCredentials || []) c.id = bytes(c.id);
    let used;
    try {
      used = await navigator.credentials.get({ publicKey: options });
    } catch (error) {
      return { problem: refusal(error) };
    }
    if (!used) return { problem: 'cancelled' };
    const credential = {
      id: used.id,
      rawId: text(used.rawId),
      type: used.type,
      response: {
        authenticatorData: text(used.response.authenticatorData),
        clientDataJSON: text(used.response.clientDataJSON),
        signature: text(used.response.signature),
        userHandle: used.response.userHandle ? text(used.response.userHandle) : null,
      },
    };
    // Back to the page that asked them to sign in, as the password form does.
    const returnTo = document.querySelector('input[name="return_to"]');
    const finished = await post(signingIn.dataset.finish, {
      credential,
      return_to: returnTo ? returnTo.value : '/',
    });
    return finished.problem ? finished : finished.data;
  });
}
