// Boot: find out who is signed in; show the sign-in form or the application.
import './core/messages.js';
import { api, setCsrfToken } from './core/api.js';
import { h } from './core/dom.js';
import { onLocaleChange, t } from './core/i18n.js';
import { refresh, startRouter, stopRouter } from './core/router.js';
import { routes } from './routes.js';
import { renderLogin } from './login/login.js';
import { renderShell } from './shell.js';

const root = document.getElementById('app');
let session = null;

async function boot() {
  try {
    const { data } = await api.get('/session');
    signedIn(data);
  } catch (error) {
    showLogin(error.status === 401 ? null : error);
  }
}

function signedIn(data) {
  session = data;
  setCsrfToken(data.csrfToken);
  const outlet = renderShell(root, session, { signOut });
  root.removeAttribute('aria-busy');
  startRouter(routes, outlet, { session });
}

function showLogin(reason) {
  stopRouter();
  session = null;
  setCsrfToken(null);
  root.removeAttribute('aria-busy');
  renderLogin(root, { onSignedIn: signedIn, reason });
}

async function signOut() {
  try {
    await api.del('/session');
  } finally {
    showLogin('signedOut');
  }
}

window.addEventListener('kb:signed-out', () => {
  if (session) showLogin('ended');
});

onLocaleChange(() => {
  if (session) {
    const outlet = renderShell(root, session, { signOut });
    stopRouter();
    startRouter(routes, outlet, { session });
  } else {
    showLogin(null);
  }
});

boot().catch((error) => {
  root.replaceChildren(h('p', { class: 'boot-error', role: 'alert' }, t('error.other'), ' ', String(error)));
});

export { refresh };
