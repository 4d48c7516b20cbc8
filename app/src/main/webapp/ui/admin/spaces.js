// Spaces and permissions: the spaces, creating one, and for the selected space (?space=KEY) its
// grants (user / group / everyone at a level) and its category tree.
import { api } from '../core/api.js';
import { field, h, uid } from '../core/dom.js';
import { formatDate, formatDateTime, t } from '../core/i18n.js';
import { badge, confirmDialog, errorMessage, promptDialog, showError, toast } from '../core/ui.js';
import { failure, formDialog, loading, localError, sectionHeader, select, table } from './common.js';

const KEY = /^[A-Z][A-Z0-9_]{0,15}$/;
const LEVELS = ['VIEW', 'EDIT', 'PUBLISH', 'ADMINISTER'];
const TYPES = ['USER', 'GROUP', 'EVERYONE'];

let view = null;

export async function render(body, params, ctx) {
  const listArea = h('div', { class: 'admin-spaces-list' });
  const detail = h('div', { class: 'admin-space-detail', 'aria-live': 'polite' });
  body.append(
    sectionHeader(t('admin.spaces.title'), t('admin.spaces.intro'),
      h('button', { type: 'button', class: 'primary', onclick: () => create(ctx), dataset: { test: 'space-new' } }, t('admin.spaces.new'))),
    h('div', { class: 'admin-spaces' }, listArea, detail),
  );
  view = { listArea, detail, ctx, spaces: [], selected: params.space || null, users: null, groups: null };
  await loadSpaces();
  return () => { view = null; };
}

export function update(params) {
  if (!view) return;
  view.selected = params.space || null;
  drawSpaces();
  drawDetail();
}

async function loadSpaces() {
  const v = view;
  v.listArea.replaceChildren(loading());
  try {
    v.spaces = (await api.get('/spaces')).data;
    if (view !== v) return;
    drawSpaces();
    drawDetail();
  } catch (error) {
    v.listArea.replaceChildren(failure(error, loadSpaces));
  }
}

function drawSpaces() {
  const v = view;
  v.listArea.replaceChildren(table({
    caption: t('admin.spaces.title'), test: 'spaces-table', items: v.spaces, empty: t('admin.spaces.empty'), rowTest: (s) => `space-${s.key}`,
    columns: [
      { label: t('admin.spaces.key'), cell: (s) => h('span', { class: 'mono' }, s.key) },
      { label: t('admin.spaces.name'), cell: (s) => [h('div', null, s.name), s.description ? h('small', { class: 'muted admin-clamp' }, s.description) : null] },
      {
        label: t('admin.actions'), class: 'admin-actions-cell',
        cell: (s) => h('a', {
          href: `#/admin/spaces?space=${encodeURIComponent(s.key)}`, class: ['button', 'small', s.key === v.selected ? 'primary' : 'secondary'],
          'aria-current': s.key === v.selected ? 'true' : null, 'aria-label': t('admin.spaces.manageOf', { name: s.name }), dataset: { test: 'space-manage' },
        }, t('admin.spaces.manage')),
      },
    ],
  }));
}

async function drawDetail() {
  const v = view;
  const space = v.spaces.find((s) => s.key === v.selected);
  if (!space) {
    v.detail.replaceChildren(h('div', { class: 'card admin-placeholder' }, h('p', { class: 'muted' }, v.spaces.length ? t('admin.spaces.pick') : t('admin.spaces.empty'))));
    return;
  }
  const grantsArea = h('div', null, loading());
  const categoriesArea = h('div', null, loading());
  v.detail.replaceChildren(h('div', { class: 'card', dataset: { test: 'space-detail' } },
    h('h3', { class: 'admin-space-title' }, space.name, ' ', h('span', { class: 'muted mono' }, space.key)),
    space.description ? h('p', { class: 'muted' }, space.description) : null,
    h('p', { class: 'muted small' }, t('admin.spaces.createdOn', { date: formatDate(space.createdAt) })),
    h('div', { class: 'admin-space-links' },
      h('a', { href: `/api/spaces/${encodeURIComponent(space.key)}/export`, download: `${space.key}.zip`, class: 'button small secondary', dataset: { test: 'space-export' } }, t('admin.spaces.export')),
      h('a', { href: `#/import?space=${encodeURIComponent(space.key)}`, class: 'button small secondary', dataset: { test: 'space-import' } }, t('admin.spaces.import'))),
    h('h4', null, t('admin.grants.title')),
    h('p', { class: 'muted small' }, t('admin.grants.intro')),
    grantsArea,
    h('h4', null, t('admin.categories.title')),
    categoriesArea));
  if (!v.users) {
    try {
      const [u, g] = await Promise.all([api.get('/admin/users'), api.get('/admin/groups')]);
      v.users = u.data;
      v.groups = g.data;
    } catch {
      v.users = [];
      v.groups = [];
    }
  }
  loadGrants(space, grantsArea);
  loadCategories(space, categoriesArea);
}

async function loadGrants(space, area) {
  const v = view;
  area.replaceChildren(loading());
  try {
    const grants = (await api.get(`/spaces/${encodeURIComponent(space.key)}/grants`)).data;
    if (view !== v || v.selected !== space.key || !area.isConnected) return;
    area.replaceChildren(
      table({
        caption: t('admin.grants.title'), test: 'grants-table', items: grants, empty: t('admin.grants.empty'),
        rowTest: (g) => `grant-${g.principalType}-${g.principal || 'everyone'}`,
        columns: [
          { label: t('admin.grants.principal'), cell: (g) => principalLabel(g) },
          {
            label: t('admin.grants.level'),
            cell: (g) => {
              const control = select(LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) })), g.level, {
                'aria-label': t('admin.grants.levelOf', { name: principalText(g) }), dataset: { test: 'grant-level' }, class: 'admin-compact',
              });
              control.addEventListener('change', async () => {
                control.disabled = true;
                try {
                  await api.put(`/spaces/${encodeURIComponent(space.key)}/grants`, { principalType: g.principalType, principal: g.principal, level: control.value });
                  toast(t('admin.grants.changed', { name: principalText(g), level: t(`level.${control.value}`) }), 'success');
                  loadGrants(space, area);
                } catch (error) {
                  control.value = g.level;
                  showError(error);
                } finally {
                  control.disabled = false;
                }
              });
              return control;
            },
          },
          { label: t('admin.grants.by'), cell: (g) => [h('div', null, g.grantedBy || ''), g.grantedAt ? h('small', { class: 'muted' }, formatDateTime(g.grantedAt)) : null] },
          {
            label: t('admin.actions'), class: 'admin-actions-cell',
            cell: (g) => h('button', {
              type: 'button', class: 'secondary small danger-text', 'aria-label': t('admin.grants.revokeOf', { name: principalText(g) }), dataset: { test: 'grant-revoke' },
              onclick: async () => {
                const ok = await confirmDialog(t('admin.grants.revokeTitle'), t('admin.grants.revokeConfirm', { name: principalText(g), space: space.name }), { confirmLabel: t('admin.grants.revoke'), danger: true });
                if (!ok) return;
                try {
                  await api.del(`/spaces/${encodeURIComponent(space.key)}/grants`, { query: { principalType: g.principalType, principal: g.principal } });
                  toast(t('admin.grants.revoked', { name: principalText(g) }), 'success');
                  loadGrants(space, area);
                } catch (error) {
                  showError(error);
                }
              },
            }, t('admin.grants.revoke')),
          },
        ],
      }),
      grantForm(space, () => loadGrants(space, area)),
    );
  } catch (error) {
    area.replaceChildren(failure(error, () => loadGrants(space, area)));
  }
}

function principalText(g) {
  if (g.principalType === 'EVERYONE') return t('admin.grants.everyone');
  return `${t(`admin.grants.type.${g.principalType}`)} ${g.principal}`;
}

function principalLabel(g) {
  if (g.principalType === 'EVERYONE') return badge('draft', t('admin.grants.everyone'));
  const group = g.principalType === 'GROUP' ? view.groups?.find((x) => x.key === g.principal) : null;
  const user = g.principalType === 'USER' ? view.users?.find((x) => x.username === g.principal) : null;
  const name = group?.name || (user?.displayName && user.displayName !== user.username ? user.displayName : null);
  return [h('span', { class: 'admin-principal-type' }, t(`admin.grants.type.${g.principalType}`)), ' ', h('span', { class: 'mono' }, g.principal), name ? h('small', { class: 'muted' }, ` ${name}`) : null];
}

/** The inline form that adds (or replaces) a grant. */
function grantForm(space, reload) {
  const type = select(TYPES.map((x) => ({ value: x, label: t(`admin.grants.type.${x}`) })), 'GROUP', { dataset: { test: 'grant-type' } });
  const listId = uid('principals');
  const principal = h('input', { type: 'text', list: listId, autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', dataset: { test: 'grant-principal' } });
  const datalist = h('datalist', { id: listId });
  const level = select(LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) })), 'VIEW', { dataset: { test: 'grant-new-level' } });
  const message = h('p', { class: 'form-message', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', dataset: { test: 'grant-add' } }, t('admin.grants.add'));
  const principalField = field(t('admin.grants.who'), principal);
  function options() {
    const everyone = type.value === 'EVERYONE';
    principalField.hidden = everyone;
    principal.required = !everyone;
    const items = type.value === 'USER'
      ? (view.users || []).map((u) => h('option', { value: u.username }, u.displayName))
      : (view.groups || []).map((g) => h('option', { value: g.key }, g.name));
    datalist.replaceChildren(...items);
  }
  type.addEventListener('change', () => { principal.value = ''; options(); });
  options();
  const form = h('form', { class: 'admin-grant-form', dataset: { test: 'grant-form' } },
    h('fieldset', null,
      h('legend', null, t('admin.grants.addTitle')),
      h('div', { class: 'admin-grant-row' }, field(t('admin.grants.principalType'), type), principalField, field(t('admin.grants.level'), level),
        h('div', { class: 'field admin-grant-submit' }, submit)),
      datalist, message));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const who = principal.value.trim();
    if (type.value !== 'EVERYONE' && !who) {
      message.textContent = t('admin.grants.whoRequired');
      principal.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api.put(`/spaces/${encodeURIComponent(space.key)}/grants`, { principalType: type.value, principal: type.value === 'EVERYONE' ? null : who, level: level.value });
      toast(t('admin.grants.added', { name: type.value === 'EVERYONE' ? t('admin.grants.everyone') : who, level: t(`level.${level.value}`) }), 'success');
      reload();
    } catch (error) {
      message.textContent = error.status === 404 ? t(`admin.grants.noSuch.${type.value}`, { name: who }) : errorMessage(error);
      submit.disabled = false;
    }
  });
  return form;
}

async function loadCategories(space, area) {
  const v = view;
  area.replaceChildren(loading());
  try {
    const tree = (await api.get(`/spaces/${encodeURIComponent(space.key)}/categories`)).data;
    if (view !== v || v.selected !== space.key || !area.isConnected) return;
    const reload = () => loadCategories(space, area);
    area.replaceChildren(
      tree.length ? h('ul', { class: 'admin-tree', dataset: { test: 'categories' } }, tree.map((c) => categoryItem(space, c, reload)))
        : h('p', { class: 'muted' }, t('admin.categories.empty')),
      h('button', { type: 'button', class: 'secondary small', onclick: () => addCategory(space, null, reload), dataset: { test: 'category-add' } }, t('admin.categories.add')),
    );
  } catch (error) {
    area.replaceChildren(failure(error, () => loadCategories(space, area)));
  }
}

function categoryItem(space, c, reload) {
  return h('li', { dataset: { test: `category-${c.id}` } },
    h('div', { class: 'admin-tree-row' },
      h('span', { class: 'admin-tree-name' }, c.name),
      h('span', { class: 'admin-row-actions' },
        h('button', { type: 'button', class: 'link-button', 'aria-label': t('admin.categories.renameOf', { name: c.name }), onclick: () => rename(c, reload) }, t('admin.categories.rename')),
        h('button', { type: 'button', class: 'link-button', 'aria-label': t('admin.categories.addUnder', { name: c.name }), onclick: () => addCategory(space, c, reload) }, t('admin.categories.addChild')),
        h('button', { type: 'button', class: 'link-button danger-text', 'aria-label': t('admin.categories.deleteOf', { name: c.name }), onclick: () => removeCategory(c, reload) }, t('common.delete')))),
    c.children?.length ? h('ul', null, c.children.map((child) => categoryItem(space, child, reload))) : null);
}

async function addCategory(space, parent, reload) {
  const name = await promptDialog(parent ? t('admin.categories.addUnder', { name: parent.name }) : t('admin.categories.add'), t('admin.categories.name'), { required: true });
  if (!name) return;
  try {
    await api.post(`/spaces/${encodeURIComponent(space.key)}/categories`, { name, parentId: parent ? parent.id : null });
    toast(t('admin.categories.added', { name }), 'success');
    reload();
  } catch (error) {
    showError(error);
  }
}

async function rename(c, reload) {
  const name = await promptDialog(t('admin.categories.renameOf', { name: c.name }), t('admin.categories.name'), { required: true, value: c.name });
  if (!name || name === c.name) return;
  try {
    await api.put(`/categories/${encodeURIComponent(c.id)}`, { name });
    toast(t('admin.categories.renamed', { name }), 'success');
    reload();
  } catch (error) {
    showError(error);
  }
}

async function removeCategory(c, reload) {
  const ok = await confirmDialog(t('admin.categories.deleteTitle'), t('admin.categories.deleteConfirm', { name: c.name }), { confirmLabel: t('common.delete'), danger: true });
  if (!ok) return;
  try {
    await api.del(`/categories/${encodeURIComponent(c.id)}`);
    toast(t('admin.categories.deleted', { name: c.name }), 'success');
    reload();
  } catch (error) {
    if (error.status === 409) toast(t('admin.categories.notEmpty', { name: c.name }), 'error');
    else showError(error);
  }
}

async function create(ctx) {
  const key = h('input', { type: 'text', name: 'key', required: true, maxlength: 16, autocapitalize: 'characters', spellcheck: 'false', dataset: { test: 'space-key' } });
  key.addEventListener('input', () => { key.value = key.value.toUpperCase(); });
  const name = h('input', { type: 'text', name: 'name', required: true, maxlength: 200, dataset: { test: 'space-name' } });
  const description = h('textarea', { name: 'description', rows: 3, maxlength: 2000 });
  const restricted = h('input', { type: 'checkbox', name: 'restricted', dataset: { test: 'space-restricted' } });
  const created = await formDialog({
    title: t('admin.spaces.new'), submitLabel: t('admin.spaces.create'), test: 'space-dialog',
    fields: [
      { name: 'key', label: t('admin.spaces.key'), control: key, hint: t('admin.spaces.keyHint') },
      { name: 'name', label: t('admin.spaces.name'), control: name },
      { name: 'description', label: t('admin.spaces.description'), control: description },
      { name: 'restricted', control: h('label', { class: 'checkbox' }, restricted, t('admin.spaces.restricted')), target: restricted, group: true, hint: t('admin.spaces.restrictedHint') },
    ],
    onSubmit: async () => {
      const errors = [];
      if (!KEY.test(key.value.trim())) errors.push({ field: 'key', message: t('admin.form.seeRules') });
      if (!name.value.trim()) errors.push({ field: 'name', message: t('admin.form.required') });
      if (errors.length) throw localError(t('admin.form.fixFields'), errors);
      try {
        return (await api.post('/spaces', { key: key.value.trim(), name: name.value.trim(), description: description.value.trim() || null, restricted: restricted.checked })).data;
      } catch (error) {
        if (error.status === 409) throw localError(t('admin.form.fixFields'), [{ field: 'key', message: t('admin.spaces.taken', { key: key.value.trim() }) }]);
        throw error;
      }
    },
  });
  if (created) {
    toast(t('admin.spaces.created', { name: created.name }), 'success');
    if (view) {
      try {
        view.spaces = (await api.get('/spaces')).data;
      } catch {
        view.spaces.push(created);
      }
    }
    ctx.navigate('/admin/spaces', { space: created.key });
  }
}
