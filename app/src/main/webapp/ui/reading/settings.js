// Required-reading settings and report of one article (#/articles/:id/reading), for publishers:
// which groups must read it, and who has confirmed the published version.
import './messages.js';
import { api } from '../core/api.js';
import { field, h, replace } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { emptyState, showError, spinner, toast } from '../core/ui.js';

export async function render(outlet, params) {
  const id = params.id;
  const back = h('a', { href: `#/articles/${encodeURIComponent(id)}` }, `← ${t('reading.back')}`);
  const body = h('div', null, spinner());
  outlet.append(h('p', null, back), body);
  let article;
  try {
    article = (await api.get(`/articles/${encodeURIComponent(id)}`)).data;
  } catch (error) {
    replace(body, emptyState(showError(error)));
    return;
  }
  const report = h('section', { 'aria-labelledby': 'reading-report' });
  replace(body,
    h('h1', null, t('reading.settingsTitle', { title: article.title })),
    h('p', { class: 'muted' }, t('reading.settingsIntro')),
    await settingsForm(id, () => loadReport(id, report)),
    report);
  await loadReport(id, report);
}

async function settingsForm(id, onSaved) {
  const current = (await api.get(`/articles/${encodeURIComponent(id)}/mandatory`)).data;
  const groups = h('input', { type: 'text', value: (current.groups || []).join(', '), dataset: { test: 'reading-groups' } });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' }, describe(current));
  const form = h('form', { class: 'card' },
    field(t('reading.groups'), groups, t('reading.groupsHint')),
    status,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', dataset: { test: 'reading-save' } }, t('reading.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const keys = groups.value.split(/[,，\s]+/).map((k) => k.trim()).filter(Boolean);
    try {
      const { data } = await api.put(`/articles/${encodeURIComponent(id)}/mandatory`, { groups: keys });
      groups.value = data.groups.join(', ');
      status.textContent = describe(data);
      toast(t('reading.saved'), 'success');
      onSaved();
    } catch (error) {
      showError(error);
    }
  });
  return form;
}

function describe(view) {
  if (!view.mandatory) return t('reading.notMandatory');
  return view.requiredSince ? t('reading.requiredSince', { version: view.requiredSince }) : t('reading.notPublished');
}

async function loadReport(id, container) {
  replace(container, spinner());
  try {
    const { data } = await api.get(`/articles/${encodeURIComponent(id)}/acknowledgements/report`);
    if (!data.groups?.length) {
      replace(container);
      return;
    }
    replace(container,
      h('h2', { id: 'reading-report' }, t('reading.report')),
      h('p', { dataset: { test: 'reading-totals' } }, t('reading.totals', data)),
      h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('reading.member')),
          h('th', { scope: 'col' }, t('reading.confirmed')),
          h('th', { scope: 'col' }, t('reading.when')))),
        h('tbody', null, (data.members || []).map((m) => h('tr', null,
          h('td', null, m.username),
          h('td', null, m.acknowledged ? t('reading.yes', { version: m.version }) : t('reading.no')),
          h('td', null, m.at ? formatDateTime(m.at) : '—')))))));
  } catch (error) {
    replace(container, emptyState(showError(error)));
  }
}
