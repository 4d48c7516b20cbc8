// Users: the list, creating a user (with a password strength hint), changing roles. Removing
// ADMIN from the last administrator is refused by the server with 409: shown in the dialog.
import { api } from '../core/api.js';
import { h, uid } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { badge, confirmDialog, showError, toast } from '../core/ui.js';
import { chips, failure, formDialog, loading, localError, sectionHeader, table } from './common.js';

export const ROLES = ['AGENT', 'LEARNER', 'AUTHOR', 'TRAINER', 'ADMIN'];
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/;

export async function render(body, params, ctx) {
  let users = [];
  let filter = '';
  const listArea = h('div', { 'aria-live': 'polite' });
  const filterInput = h('input', {
    type: 'search', placeholder: t('admin.users.filter'), 'aria-label': t('admin.users.filter'), class: 'admin-filter',
    dataset: { test: 'users-filter' },
    oninput: () => { filter = filterInput.value.trim().toLowerCase(); draw(); },
  });
  body.append(
    sectionHeader(t('admin.users.title'), t('admin.users.intro'),
      h('button', { type: 'button', class: 'primary', onclick: create, dataset: { test: 'user-new' } }, t('admin.users.new'))),
    h('div', { class: 'toolbar' }, filterInput),
    listArea,
  );

  async function load() {
    listArea.replaceChildren(loading());
    try {
      users = (await api.get('/admin/users')).data;
      draw();
    } catch (error) {
      listArea.replaceChildren(failure(error, load));
    }
  }

  function draw() {
    const shown = users.filter((u) => !filter || u.username.toLowerCase().includes(filter) || (u.displayName || '').toLowerCase().includes(filter));
    listArea.replaceChildren(
      h('p', { class: 'muted admin-count' }, t('admin.users.count', { count: shown.length, total: users.length })),
      table({
        caption: t('admin.users.title'), test: 'users-table', items: shown, rowTest: (u) => `user-${u.username}`,
        columns: [
          { label: t('admin.users.username'), cell: (u) => h('span', { class: 'mono' }, u.username) },
          { label: t('admin.users.displayName'), cell: (u) => u.displayName || '' },
          { label: t('admin.users.roles'), cell: (u) => (u.roles.length ? chips(ROLES.filter((r) => u.roles.includes(r)).map((r) => t(`role.${r}`))) : h('span', { class: 'muted' }, t('admin.users.noRoles'))) },
          { label: t('admin.users.status'), cell: (u) => (u.enabled ? badge('verified', t('admin.users.enabled')) : badge('archived', t('admin.users.disabled'))) },
          { label: t('admin.users.createdAt'), class: 'admin-nowrap', cell: (u) => h('time', { datetime: u.createdAt }, formatDate(u.createdAt)) },
          {
            label: t('admin.actions'), class: 'admin-actions-cell',
            cell: (u) => h('div', { class: 'admin-row-actions' },
              h('button', {
                type: 'button', class: 'secondary small', onclick: () => editRoles(u),
                'aria-label': t('admin.users.editRolesOf', { name: u.username }), dataset: { test: 'user-edit-roles' },
              }, t('admin.users.editRoles')),
              h('button', {
                type: 'button', class: 'secondary small', onclick: () => resetPassword(u),
                'aria-label': t('admin.users.resetPasswordOf', { name: u.username }), dataset: { test: 'user-reset-password' },
              }, t('admin.users.resetPassword')),
              u.username === ctx.session.username ? null : h('button', {
                type: 'button', class: ['secondary', 'small', u.enabled && 'danger-text'], onclick: () => setEnabled(u, !u.enabled),
                'aria-label': t(u.enabled ? 'admin.users.disableOf' : 'admin.users.enableOf', { name: u.username }), dataset: { test: u.enabled ? 'user-disable' : 'user-enable' },
              }, t(u.enabled ? 'admin.users.disable' : 'admin.users.enable'))),
          },
        ],
      }),
    );
  }

  async function create() {
    const username = h('input', { type: 'text', name: 'username', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', required: true, maxlength: 64, dataset: { test: 'user-username' } });
    const displayName = h('input', { type: 'text', name: 'displayName', maxlength: 200, dataset: { test: 'user-display-name' } });
    const password = passwordInput();
    const roles = roleBoxes(['AGENT']);
    const created = await formDialog({
      title: t('admin.users.new'), submitLabel: t('admin.users.create'), test: 'user-dialog',
      fields: [
        { name: 'username', label: t('admin.users.username'), control: username, hint: t('admin.users.usernameHint') },
        { name: 'displayName', label: t('admin.users.displayName'), control: displayName, hint: t('admin.users.displayNameHint') },
        { name: 'password', label: t('admin.users.password'), control: password.wrap, target: password.input, group: true },
        { name: 'roles', label: t('admin.users.roles'), control: roles.fieldset, group: true },
      ],
      onSubmit: async () => {
        const errors = [];
        if (!USERNAME.test(username.value.trim())) errors.push({ field: 'username', message: t('admin.form.seeRules') });
        if (password.input.value.length < 10) errors.push({ field: 'password', message: t('admin.users.passwordTooShort') });
        if (!roles.value().length) errors.push({ field: 'roles', message: t('admin.users.rolesRequired') });
        if (errors.length) throw localError(t('admin.form.fixFields'), errors);
        try {
          const { data } = await api.post('/admin/users', {
            username: username.value.trim(), displayName: displayName.value.trim() || null, password: password.input.value, roles: roles.value(),
          });
          return data;
        } catch (error) {
          if (error.status === 409) throw localError(t('admin.form.fixFields'), [{ field: 'username', message: t('admin.users.taken', { name: username.value.trim() }) }]);
          throw error;
        }
      },
    });
    if (created) {
      toast(t('admin.users.created', { name: created.username }), 'success');
      await load();
    }
  }

  async function editRoles(user) {
    const roles = roleBoxes(user.roles);
    const self = user.username === ctx.session.username;
    const saved = await formDialog({
      title: t('admin.users.editRolesOf', { name: user.displayName && user.displayName !== user.username ? `${user.displayName} (${user.username})` : user.username }),
      intro: self ? t('admin.users.selfWarning') : t('admin.users.rolesIntro'),
      submitLabel: t('common.save'), test: 'roles-dialog',
      fields: [{ name: 'roles', label: t('admin.users.roles'), control: roles.fieldset, group: true }],
      onSubmit: async () => {
        try {
          return (await api.put(`/admin/users/${encodeURIComponent(user.username)}/roles`, { roles: roles.value() })).data;
        } catch (error) {
          if (error.status === 409 && user.roles.includes('ADMIN') && !roles.value().includes('ADMIN')) throw localError(t('admin.users.lastAdmin'));
          throw error;
        }
      },
    });
    if (saved) {
      toast(t('admin.users.rolesSaved', { name: saved.username }), 'success');
      if (self && !saved.roles.includes('ADMIN')) {
        location.hash = '#/';
        location.reload();
        return;
      }
      await load();
    }
  }

  async function setEnabled(user, enabled) {
    const name = user.displayName && user.displayName !== user.username ? `${user.displayName} (${user.username})` : user.username;
    if (!enabled) {
      const ok = await confirmDialog(t('admin.users.disableTitle'), t('admin.users.disableConfirm', { name }), { confirmLabel: t('admin.users.disable'), danger: true });
      if (!ok) return;
    }
    try {
      await api.put(`/admin/users/${encodeURIComponent(user.username)}/enabled`, { enabled });
      toast(t(enabled ? 'admin.users.enabledNow' : 'admin.users.disabledNow', { name }), 'success');
      await load();
    } catch (error) {
      if (error.status === 409) toast(t('admin.users.cannotDisable'), 'error');
      else showError(error);
    }
  }

  async function resetPassword(user) {
    const password = passwordInput(t('admin.users.newPassword'));
    const saved = await formDialog({
      title: t('admin.users.resetPasswordOf', { name: user.username }), intro: t('admin.users.resetIntro'),
      submitLabel: t('admin.users.resetPassword'), test: 'password-dialog',
      fields: [{ name: 'password', label: t('admin.users.newPassword'), control: password.wrap, target: password.input, group: true }],
      onSubmit: async () => {
        if (password.input.value.length < 10) throw localError(t('admin.form.fixFields'), [{ field: 'password', message: t('admin.users.passwordTooShort') }]);
        return (await api.put(`/admin/users/${encodeURIComponent(user.username)}/password`, { password: password.input.value })).data;
      },
    });
    if (saved) toast(t('admin.users.passwordSaved', { name: user.username }), 'success');
  }

  await load();
}

/** Check boxes for the roles, in a fieldset; value() gives the ticked ones. */
export function roleBoxes(selected) {
  const boxes = ROLES.map((role) => h('input', { type: 'checkbox', value: role, checked: selected.includes(role), dataset: { test: `role-${role}` } }));
  const fieldset = h('fieldset', { class: 'admin-roles', 'data-field': 'roles' },
    h('legend', null, t('admin.users.roles')),
    ROLES.map((role, i) => h('label', { class: 'checkbox' }, boxes[i], h('span', null, t(`role.${role}`)), h('small', { class: 'muted' }, t(`admin.roleHint.${role}`)))));
  return { fieldset, value: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

/** A password field with show/hide, a generator and a live strength hint. */
function passwordInput(labelText = t('admin.users.password')) {
  const input = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true, minlength: 10, maxlength: 200, dataset: { test: 'user-password' } });
  const meter = h('meter', { min: 0, max: 4, low: 2, high: 3, optimum: 4, value: 0, 'aria-hidden': 'true' });
  const hint = h('small', { class: 'hint', id: uid('pw-hint'), 'aria-live': 'polite', dataset: { test: 'password-strength' } }, t('admin.pw.rule'));
  input.setAttribute('aria-describedby', hint.id);
  const toggle = h('button', {
    type: 'button', class: 'secondary small', 'aria-pressed': 'false',
    onclick: () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      toggle.setAttribute('aria-pressed', String(show));
      toggle.textContent = show ? t('admin.pw.hide') : t('admin.pw.show');
    },
  }, t('admin.pw.show'));
  const generate = h('button', {
    type: 'button', class: 'secondary small', dataset: { test: 'password-generate' },
    onclick: () => {
      input.value = generatePassword();
      input.type = 'text';
      toggle.setAttribute('aria-pressed', 'true');
      toggle.textContent = t('admin.pw.hide');
      rate();
      input.focus();
    },
  }, t('admin.pw.generate'));
  const label = h('label', { for: input.id = uid('pw') }, labelText);
  function rate() {
    const score = strength(input.value);
    meter.value = score;
    const key = input.value.length < 10 ? 'admin.pw.tooShort' : ['admin.pw.weak', 'admin.pw.weak', 'admin.pw.fair', 'admin.pw.good', 'admin.pw.strong'][score];
    hint.textContent = input.value ? `${t(key)} · ${t('admin.pw.rule')}` : t('admin.pw.rule');
  }
  input.addEventListener('input', rate);
  const wrap = h('div', { class: 'admin-password', 'data-field': 'password' },
    label,
    h('div', { class: 'admin-password-row' }, input, toggle, generate),
    h('div', { class: 'admin-password-meter' }, meter, hint));
  return { wrap, input };
}

/** 0–4: length and variety of characters; common patterns cost. */
export function strength(password) {
  if (!password || password.length < 10) return 0;
  let classes = 0;
  if (/[a-z]/.test(password)) classes += 1;
  if (/[A-Z]/.test(password)) classes += 1;
  if (/[0-9]/.test(password)) classes += 1;
  if (/[^A-Za-z0-9]/.test(password)) classes += 1;
  let score = 1;
  if (password.length >= 12) score += 1;
  if (password.length >= 16) score += 1;
  if (classes >= 3) score += 1;
  if (classes <= 1) score -= 1;
  if (/(.)\1{2,}/.test(password) || /^(?:password|123456|qwerty|admin)/i.test(password)) score -= 1;
  return Math.max(0, Math.min(4, score));
}

function generatePassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_!';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12)}`;
}
