// Change your own password (#/account/password): the current one is required, so that nobody at
// an unattended, signed-in screen can take the account over; other sessions are signed out.
import './messages.js';
import { api, ApiError } from '../core/api.js';
import { field, h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { errorMessage, toast } from '../core/ui.js';

export function render(outlet) {
  const input = (name, autocomplete) => h('input', { type: 'password', name, autocomplete, required: true, dataset: { test: `password-${name}` } });
  const current = input('current', 'current-password');
  const next = input('new', 'new-password');
  const again = input('confirm', 'new-password');
  const message = h('p', { class: 'form-message', role: 'alert', 'aria-live': 'assertive', dataset: { test: 'password-message' } });
  const submit = h('button', { type: 'submit', class: 'primary', dataset: { test: 'password-submit' } }, t('account.submit'));
  const form = h('form', { class: 'narrow-form', novalidate: true },
    field(t('account.current'), current),
    field(t('account.new'), next, t('account.newHint')),
    field(t('account.confirm'), again),
    message,
    submit,
  );
  const refuse = (text, focus) => { message.textContent = text; focus.focus(); };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!current.value) return refuse(t('account.wrongCurrent'), current);
    if (next.value.length < 10) return refuse(t('account.tooShort'), next);
    if (next.value !== again.value) return refuse(t('account.mismatch'), again);
    submit.disabled = true;
    try {
      await api.put('/session/password', { currentPassword: current.value, newPassword: next.value });
      form.reset();
      message.textContent = '';
      toast(t('account.changed'), 'success');
    } catch (error) {
      const fields = error instanceof ApiError ? (error.problem?.errors || []).map((e) => e.field) : [];
      if (error instanceof ApiError && error.status === 429) {
        refuse(t('account.throttled', { seconds: error.headers?.get?.('Retry-After') || 60 }), current);
      } else if (fields.includes('currentPassword')) {
        current.value = '';
        refuse(t('account.wrongCurrent'), current);
      } else {
        refuse(errorMessage(error), next);
      }
    } finally {
      submit.disabled = false;
    }
  });
  outlet.append(h('h1', null, t('account.passwordTitle')), h('p', { class: 'muted' }, t('account.passwordIntro')), form);
  current.focus();
}
