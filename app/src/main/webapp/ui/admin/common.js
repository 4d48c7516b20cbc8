// Building blocks the administration sections share: tables, form dialogs that keep field errors
// next to their fields, chips, and the cursor of a keyset "next" link.
import { field, h, uid } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { errorMessage } from '../core/ui.js';

/**
 * A table with a caption (for screen readers), column headers and one row per item.
 * columns: [{label, cell: (item) => node|string, class}]; empty: text when there are no items.
 */
export function table({ caption, columns, items, empty, test, rowTest }) {
  if (!items.length) return h('p', { class: 'empty admin-empty', dataset: { test: `${test}-empty` } }, empty || t('common.none'));
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'admin-table', dataset: { test } },
      caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
      h('tbody', null, items.map((item) => h('tr', { dataset: rowTest ? { test: rowTest(item) } : null },
        columns.map((c, i) => (i === 0
          ? h('th', { scope: 'row', class: c.class }, c.cell(item))
          : h('td', { class: c.class, 'data-label': c.label }, c.cell(item)))))))));
}

/** Small labelled pills, e.g. the roles of a user or the terms of a synonym set. */
export function chips(values, kind = '') {
  return h('ul', { class: ['chips', kind && `chips-${kind}`] }, values.map((v) => h('li', { class: 'chip' }, v)));
}

/** A section heading with its actions on the right. */
export function sectionHeader(title, intro, ...actions) {
  return h('div', { class: 'admin-head' },
    h('div', null, h('h2', null, title), intro ? h('p', { class: 'muted admin-intro' }, intro) : null),
    h('div', { class: 'admin-head-actions' }, actions));
}

/** The cursor value of a "next" address (absolute URL with ?param=…), or null. */
export function cursorOf(next, param) {
  if (!next) return null;
  try {
    return new URL(next, location.origin).searchParams.get(param);
  } catch {
    return null;
  }
}

/**
 * A modal form. fields: [{name, label, control, hint}] (control: an input/select/textarea or a
 * fieldset-like node, given data-field=name for errors). onSubmit(form) may throw an ApiError:
 * field errors from problem+json errors[] appear next to their fields, anything else above the
 * buttons; the dialog stays open. Resolves with onSubmit's result, or null when cancelled.
 */
export function formDialog({ title, intro, fields, submitLabel, onSubmit, test, wide }) {
  return new Promise((resolve) => {
    const titleId = uid('dlg');
    const dlg = h('dialog', { class: ['dialog', 'admin-dialog', wide && 'admin-dialog-wide'], 'aria-labelledby': titleId, dataset: { test } });
    const message = h('p', { class: 'form-message', role: 'alert', dataset: { test: 'form-message' } });
    const errorEls = new Map();
    const rows = fields.map((f) => {
      const error = h('small', { class: 'field-error', id: uid('err'), dataset: { test: `error-${f.name}` } });
      const row = f.group
        ? h('div', { class: 'field' }, f.control, f.hint ? h('small', { class: 'hint' }, f.hint) : null)
        : field(f.label, f.control, f.hint);
      row.append(error);
      errorEls.set(f.name, { error, control: f.target || f.control, row });
      return row;
    });
    const submit = h('button', { type: 'submit', class: 'primary', dataset: { test: 'dialog-submit' } }, submitLabel || t('common.save'));
    const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => dlg.close('cancel') }, t('common.cancel'));
    const form = h('form', { novalidate: true },
      h('h2', { id: titleId }, title),
      intro ? h('p', { class: 'muted' }, intro) : null,
      rows, message, h('div', { class: 'actions' }, cancel, submit));
    let result = null;
    form.addEventListener('input', (event) => {
      for (const { error, control, row } of errorEls.values()) {
        if (row.contains(event.target) && error.textContent) {
          error.textContent = '';
          control.removeAttribute('aria-invalid');
        }
      }
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors();
      submit.disabled = true;
      try {
        result = await onSubmit(form);
        dlg.close('ok');
      } catch (error) {
        showErrors(error);
      } finally {
        submit.disabled = false;
      }
    });
    function clearErrors() {
      message.textContent = '';
      for (const { error, control } of errorEls.values()) {
        error.textContent = '';
        control.removeAttribute('aria-invalid');
      }
    }
    function showErrors(error) {
      const unmatched = [];
      for (const e of error.errors || []) {
        const name = String(e.field).replace(/\[\d+\]$/, '');
        const target = errorEls.get(name);
        if (target) {
          target.error.textContent = target.error.textContent ? `${target.error.textContent}; ${e.message}` : e.message;
          target.control.setAttribute('aria-invalid', 'true');
          const describedBy = (target.control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          if (!describedBy.includes(target.error.id)) target.control.setAttribute('aria-describedby', [...describedBy, target.error.id].join(' '));
        } else {
          unmatched.push(e);
        }
      }
      const matched = (error.errors || []).length - unmatched.length;
      if (error.local) message.textContent = error.message;
      else if (!matched) message.textContent = errorMessage(error);
      else if (unmatched.length) message.textContent = errorMessage({ status: error.status, errors: unmatched });
      else message.textContent = t('admin.form.fixFields');
      const firstInvalid = form.querySelector('[aria-invalid="true"]');
      (firstInvalid || message).focus?.();
    }
    dlg.addEventListener('close', () => {
      dlg.remove();
      resolve(dlg.returnValue === 'ok' ? (result ?? true) : null);
    });
    dlg.append(form);
    document.body.append(dlg);
    dlg.showModal();
    const first = form.querySelector('input:not([type=hidden]), select, textarea');
    first?.focus();
  });
}

/** An error the form itself raises (client-side check), shown like a server one. */
export function localError(message, errors = []) {
  const error = new Error(message);
  error.local = true;
  error.errors = errors;
  return error;
}

/** A <select> with options [{value, label}], the current value selected. */
export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
}

/** "Loading…" placeholder while a section fetches its data. */
export function loading() {
  return h('p', { class: 'muted admin-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', t('common.loading'));
}

/** An inline error block with a retry button. */
export function failure(error, retry) {
  return h('div', { class: 'admin-failure', role: 'alert' },
    h('p', null, errorMessage(error)),
    retry ? h('button', { type: 'button', class: 'secondary small', onclick: retry }, t('common.retry')) : null);
}
