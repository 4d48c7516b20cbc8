// Small widgets every screen uses: toasts, dialogs, error messages, badges, progress, spinners.
import { h, field } from './dom.js';
import { t } from './i18n.js';

let toastRegion = null;

/** A short message in the corner, read out by screen readers. kind: info | success | error */
export function toast(message, kind = 'info') {
  if (!toastRegion || !toastRegion.isConnected) {
    toastRegion = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite', dataset: { test: 'toasts' } });
    document.body.append(toastRegion);
  }
  const item = h('div', { class: ['toast', `toast-${kind}`], role: kind === 'error' ? 'alert' : null }, message);
  toastRegion.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
  return item;
}

/** The localised, human text for an error thrown by api.js (or anything else). */
export function errorMessage(error) {
  if (!error || error.name === 'AbortError') return '';
  const status = error.status;
  if (status === 0 || error instanceof TypeError) return t('error.network');
  const generic = {
    400: 'error.400', 401: 'error.401', 403: 'error.403', 404: 'error.404', 409: 'error.409',
    412: 'error.412', 413: 'error.413', 415: 'error.415', 428: 'error.428', 503: 'error.503',
  }[status];
  const base = generic ? t(generic) : t('error.other');
  const fields = (error.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
  const detail = error.detail && status !== 401 && status < 500 ? error.detail : '';
  return [base, detail, fields].filter(Boolean).join(' — ');
}

/** Shows an error as a toast and returns the text. */
export function showError(error) {
  const text = errorMessage(error);
  if (text) toast(text, 'error');
  return text;
}

export function spinner(label) {
  return h('span', { class: 'spinner', role: 'status', 'aria-label': label || t('common.loading') });
}

/** badge('verified' | 'needs-review' | 'draft' | …, text) */
export function badge(kind, text) {
  return h('span', { class: ['badge', `badge-${kind}`] }, text);
}

/** A labelled progress bar; set(fraction) updates it. */
export function progressBar(label) {
  const bar = h('progress', { max: 100, value: 0, 'aria-label': label });
  const text = h('span', { class: 'progress-text', 'aria-hidden': 'true' }, '0%');
  const el = h('div', { class: 'progress' }, bar, text);
  el.set = (fraction) => {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    bar.value = percent;
    text.textContent = `${percent}%`;
  };
  return el;
}

function dialog(title, body, buttons) {
  return new Promise((resolve) => {
    const dlg = h('dialog', { class: 'dialog', 'aria-labelledby': 'dlg-title' });
    const form = h('form', { method: 'dialog' }, h('h2', { id: 'dlg-title' }, title), body, h('div', { class: 'actions' }, buttons(dlg, resolve)));
    dlg.append(form);
    dlg.addEventListener('close', () => { dlg.remove(); resolve(dlg.returnValue === 'ok' ? (dlg.result ?? true) : null); });
    document.body.append(dlg);
    dlg.showModal();
  });
}

/** Resolves true when confirmed, null when cancelled. */
export function confirmDialog(title, message, { confirmLabel, danger = false } = {}) {
  return dialog(title, h('p', null, message), () => [
    h('button', { value: 'cancel', class: 'secondary', formnovalidate: true }, t('common.cancel')),
    h('button', { value: 'ok', class: danger ? 'danger' : 'primary', dataset: { test: 'confirm' } }, confirmLabel || t('common.ok')),
  ]);
}

/** Asks for a text; resolves the text, or null when cancelled. required: must not be blank. */
export function promptDialog(title, label, { required = false, multiline = false, value = '' } = {}) {
  const control = multiline ? h('textarea', { rows: 4, required, value }) : h('input', { type: 'text', required, value });
  control.dataset.test = 'prompt-input';
  return dialog(title, field(label, control), (dlg) => [
    h('button', { value: 'cancel', class: 'secondary', formnovalidate: true }, t('common.cancel')),
    h('button', {
      value: 'ok', class: 'primary', dataset: { test: 'prompt-ok' },
      onclick: () => { dlg.result = control.value.trim(); },
    }, t('common.ok')),
  ]);
}

/** An empty state or message block. */
export function emptyState(text, ...extra) {
  return h('div', { class: 'empty' }, h('p', null, text), ...extra);
}

/** The caller's level in a space ('VIEW' | 'EDIT' | 'PUBLISH' | 'ADMINISTER' | null). */
export function levelIn(session, spaceKey) {
  return session.spaces.find((s) => s.key === spaceKey)?.level || null;
}

const ORDER = ['VIEW', 'EDIT', 'PUBLISH', 'ADMINISTER'];
/** Whether the session has at least `level` in the space (admins everywhere). */
export function can(session, spaceKey, level) {
  if (session.roles.includes('ADMIN')) return true;
  const actual = levelIn(session, spaceKey);
  return actual !== null && ORDER.indexOf(actual) >= ORDER.indexOf(level);
}

export function hasRole(session, ...roles) {
  return roles.some((role) => session.roles.includes(role));
}
