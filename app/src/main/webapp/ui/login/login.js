// The sign-in form. Wrong credentials get one clear message; nothing says which of the two was wrong.
import { api, ApiError } from '../core/api.js';
import { field, h } from '../core/dom.js';
import { locale, setLocale, t } from '../core/i18n.js';
import { errorMessage } from '../core/ui.js';

export function renderLogin(root, { onSignedIn, reason }) {
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'off', spellcheck: 'false', dataset: { test: 'login-username' } });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true, dataset: { test: 'login-password' } });
  const message = h('p', { class: 'form-message', role: 'alert', 'aria-live': 'assertive', dataset: { test: 'login-message' } });
  if (reason === 'ended') message.textContent = t('login.ended');
  else if (reason === 'signedOut') { message.textContent = t('login.signedOut'); message.classList.add('info'); }
  else if (reason) message.textContent = errorMessage(reason);
  const submit = h('button', { type: 'submit', class: 'primary wide', dataset: { test: 'login-submit' } }, t('login.submit'));

  const form = h('form', { class: 'login-form', novalidate: true, 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, t('login.title')),
    h('p', { class: 'muted' }, t('login.subtitle')),
    field(t('login.username'), username),
    field(t('login.password'), password),
    message,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      message.classList.remove('info');
      message.textContent = t('login.wrong');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('login.busy');
    try {
      const { data } = await api.post('/session', { username: username.value.trim(), password: password.value });
      onSignedIn(data);
    } catch (error) {
      message.classList.remove('info');
      message.textContent = error instanceof ApiError && (error.status === 401 || error.status === 400) ? t('login.wrong') : errorMessage(error);
      password.value = '';
      password.focus();
      submit.disabled = false;
      submit.textContent = t('login.submit');
    }
  });

  root.replaceChildren(
    h('div', { class: 'login-page' },
      h('div', { class: 'login-card' },
        h('div', { class: 'login-brand' }, h('img', { src: '/ui/css/icon.svg', alt: '', width: 40, height: 40 }), h('span', null, t('app.name'))),
        form,
        h('button', {
          type: 'button', class: 'link-button', lang: locale() === 'en' ? 'zh-CN' : 'en',
          'aria-label': t('nav.switchToLabel'), dataset: { test: 'language' },
          onclick: () => setLocale(locale() === 'en' ? 'zh-CN' : 'en'),
        }, t('nav.switchTo')),
      ),
    ),
  );
  username.focus();
}
