// Synonym sets, global or per space (?scope=KEY): list, add, edit (If-Match; 412 reloads), delete.
import { api } from '../core/api.js';
import { field, h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { confirmDialog, errorMessage, showError, toast } from '../core/ui.js';
import { chips, failure, formDialog, loading, localError, sectionHeader, select, table } from './common.js';

let view = null;

/** Terms typed as one text: split at commas (also Chinese ones), 、, semicolons and new lines. */
export function parseTerms(text) {
  const seen = new Set();
  return text.split(/[,，、;；\n]+/).map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => {
    const key = s.toLowerCase();
    if (!s || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function render(body, params, ctx) {
  const scope = select([{ value: '', label: t('admin.synonyms.global') }], params.scope || '', { dataset: { test: 'synonym-scope' } });
  const listArea = h('div', { 'aria-live': 'polite' });
  const terms = h('input', { type: 'text', name: 'terms', placeholder: t('admin.synonyms.placeholder'), autocomplete: 'off', dataset: { test: 'synonym-terms' } });
  const message = h('p', { class: 'form-message', role: 'alert', dataset: { test: 'synonym-message' } });
  const add = h('button', { type: 'submit', class: 'primary', dataset: { test: 'synonym-add' } }, t('admin.synonyms.add'));
  const form = h('form', { class: 'card admin-synonym-form' },
    field(t('admin.synonyms.newSet'), terms, t('admin.synonyms.termsHint')),
    h('div', { class: 'admin-inline-row' }, add), message);
  body.append(
    sectionHeader(t('admin.synonyms.title'), t('admin.synonyms.intro')),
    h('p', { class: 'admin-note', dataset: { test: 'synonym-note' } }, t('admin.synonyms.immediate')),
    h('div', { class: 'toolbar' }, field(t('admin.synonyms.scope'), scope)),
    form,
    listArea,
  );
  view = { scope, listArea, ctx, sets: [] };
  scope.addEventListener('change', () => ctx.navigate('/admin/synonyms', { scope: scope.value }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const list = parseTerms(terms.value);
    if (list.length < 2) {
      message.textContent = t('admin.synonyms.tooFew');
      terms.focus();
      return;
    }
    add.disabled = true;
    try {
      await api.post('/synonyms', { space: scope.value || null, terms: list });
      terms.value = '';
      toast(t('admin.synonyms.added', { terms: list.join(' · ') }), 'success');
      await load();
    } catch (error) {
      message.textContent = errorMessage(error);
    } finally {
      add.disabled = false;
    }
  });
  try {
    const spaces = (await api.get('/spaces')).data;
    scope.append(...spaces.map((s) => h('option', { value: s.key, selected: s.key === params.scope }, `${s.name} (${s.key})`)));
  } catch (error) {
    showError(error);
  }
  await load();
  return () => { view = null; };
}

export function update(params) {
  if (!view) return;
  view.scope.value = params.scope || '';
  load();
}

async function load() {
  const v = view;
  if (!v) return;
  v.listArea.replaceChildren(loading());
  try {
    const { data } = await api.get('/synonyms', { space: v.scope.value || null });
    if (view !== v) return;
    v.sets = data.items;
    draw();
  } catch (error) {
    v.listArea.replaceChildren(failure(error, load));
  }
}

function draw() {
  const v = view;
  const scopeName = v.scope.selectedOptions[0]?.textContent || '';
  v.listArea.replaceChildren(
    h('p', { class: 'muted admin-count' }, t('admin.synonyms.count', { count: v.sets.length, scope: scopeName })),
    table({
      caption: t('admin.synonyms.title'), test: 'synonyms-table', items: v.sets, empty: t('admin.synonyms.empty'), rowTest: (s) => `synonym-${s.id}`,
      columns: [
        { label: t('admin.synonyms.terms'), cell: (s) => chips(s.terms, 'terms') },
        { label: t('admin.synonyms.updated'), cell: (s) => [h('div', null, s.updatedBy || s.createdBy || ''), h('small', { class: 'muted' }, formatDateTime(s.updatedAt || s.createdAt))] },
        {
          label: t('admin.actions'), class: 'admin-actions-cell',
          cell: (s) => h('div', { class: 'admin-row-actions' },
            h('button', { type: 'button', class: 'secondary small', onclick: () => edit(s), 'aria-label': t('admin.synonyms.editOf', { terms: s.terms.join(', ') }), dataset: { test: 'synonym-edit' } }, t('admin.edit')),
            h('button', { type: 'button', class: 'secondary small danger-text', onclick: () => remove(s), 'aria-label': t('admin.synonyms.deleteOf', { terms: s.terms.join(', ') }), dataset: { test: 'synonym-delete' } }, t('common.delete'))),
        },
      ],
    }),
  );
}

async function edit(set) {
  let etag;
  let current = set;
  try {
    const response = await api.get(`/synonyms/${encodeURIComponent(set.id)}`);
    etag = response.etag;
    current = response.data;
  } catch (error) {
    showError(error);
    if (error.status === 404) load();
    return;
  }
  const terms = h('textarea', { name: 'terms', rows: 4, value: current.terms.join('\n'), dataset: { test: 'synonym-edit-terms' } });
  const saved = await formDialog({
    title: t('admin.synonyms.editTitle'), test: 'synonym-dialog',
    fields: [{ name: 'terms', label: t('admin.synonyms.terms'), control: terms, hint: t('admin.synonyms.termsHintLines') }],
    onSubmit: async () => {
      const list = parseTerms(terms.value);
      if (list.length < 2) throw localError(t('admin.synonyms.tooFew'), [{ field: 'terms', message: t('admin.synonyms.tooFew') }]);
      try {
        return (await api.put(`/synonyms/${encodeURIComponent(set.id)}`, { space: current.space || null, terms: list }, { ifMatch: etag })).data;
      } catch (error) {
        if (error.status === 412) {
          const fresh = await api.get(`/synonyms/${encodeURIComponent(set.id)}`);
          etag = fresh.etag;
          current = fresh.data;
          load();
          throw localError(t('admin.synonyms.stale', { who: current.updatedBy || '', terms: current.terms.join(' · ') }));
        }
        throw error;
      }
    },
  });
  if (saved) {
    toast(t('admin.synonyms.saved'), 'success');
    load();
  }
}

async function remove(set) {
  const ok = await confirmDialog(t('admin.synonyms.deleteTitle'), t('admin.synonyms.deleteConfirm', { terms: set.terms.join(' · ') }), { confirmLabel: t('common.delete'), danger: true });
  if (!ok) return;
  try {
    await api.del(`/synonyms/${encodeURIComponent(set.id)}`);
    toast(t('admin.synonyms.deleted'), 'success');
  } catch (error) {
    if (error.status !== 404) showError(error);
  }
  load();
}
