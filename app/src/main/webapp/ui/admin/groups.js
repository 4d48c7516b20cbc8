// Groups: the list with members, creating and deleting groups, adding and removing members.
import { api } from '../core/api.js';
import { h, uid } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { confirmDialog, errorMessage, showError, toast } from '../core/ui.js';
import { chips, failure, formDialog, loading, localError, sectionHeader, table } from './common.js';

const KEY = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

export async function render(body) {
  let groups = [];
  let users = [];
  const listArea = h('div', { 'aria-live': 'polite' });
  body.append(
    sectionHeader(t('admin.groups.title'), t('admin.groups.intro'),
      h('button', { type: 'button', class: 'primary', onclick: create, dataset: { test: 'group-new' } }, t('admin.groups.new'))),
    listArea,
  );

  async function load() {
    listArea.replaceChildren(loading());
    try {
      const [g, u] = await Promise.all([api.get('/admin/groups'), api.get('/admin/users')]);
      groups = g.data;
      users = u.data;
      draw();
    } catch (error) {
      listArea.replaceChildren(failure(error, load));
    }
  }

  function draw() {
    listArea.replaceChildren(table({
      caption: t('admin.groups.title'), test: 'groups-table', items: groups, empty: t('admin.groups.empty'), rowTest: (g) => `group-${g.key}`,
      columns: [
        { label: t('admin.groups.key'), cell: (g) => h('span', { class: 'mono' }, g.key) },
        { label: t('admin.groups.name'), cell: (g) => [h('div', null, g.name), g.description ? h('small', { class: 'muted' }, g.description) : null] },
        {
          label: t('admin.groups.members'),
          cell: (g) => (g.members.length
            ? [h('span', { class: 'visually-hidden' }, t('admin.groups.memberCount', { count: g.members.length })), chips(g.members)]
            : h('span', { class: 'muted' }, t('admin.groups.noMembers'))),
        },
        { label: t('admin.users.createdAt'), class: 'admin-nowrap', cell: (g) => h('time', { datetime: g.createdAt }, formatDate(g.createdAt)) },
        {
          label: t('admin.actions'), class: 'admin-actions-cell',
          cell: (g) => h('div', { class: 'admin-row-actions' },
            h('button', { type: 'button', class: 'secondary small', onclick: () => members(g), 'aria-label': t('admin.groups.manageOf', { name: g.name }), dataset: { test: 'group-members' } }, t('admin.groups.manage')),
            h('button', { type: 'button', class: 'secondary small danger-text', onclick: () => remove(g), 'aria-label': t('admin.groups.deleteOf', { name: g.name }), dataset: { test: 'group-delete' } }, t('common.delete'))),
        },
      ],
    }));
  }

  async function create() {
    const key = h('input', { type: 'text', name: 'key', required: true, maxlength: 64, autocapitalize: 'off', spellcheck: 'false', dataset: { test: 'group-key' } });
    const name = h('input', { type: 'text', name: 'name', required: true, maxlength: 200, dataset: { test: 'group-name' } });
    const description = h('textarea', { name: 'description', rows: 2, maxlength: 2000 });
    key.addEventListener('input', () => { key.value = key.value.toLowerCase(); });
    const created = await formDialog({
      title: t('admin.groups.new'), submitLabel: t('admin.groups.create'), test: 'group-dialog',
      fields: [
        { name: 'key', label: t('admin.groups.key'), control: key, hint: t('admin.groups.keyHint') },
        { name: 'name', label: t('admin.groups.name'), control: name },
        { name: 'description', label: t('admin.groups.description'), control: description },
      ],
      onSubmit: async () => {
        const errors = [];
        if (!KEY.test(key.value.trim())) errors.push({ field: 'key', message: t('admin.form.seeRules') });
        if (!name.value.trim()) errors.push({ field: 'name', message: t('admin.form.required') });
        if (errors.length) throw localError(t('admin.form.fixFields'), errors);
        try {
          return (await api.post('/admin/groups', { key: key.value.trim(), name: name.value.trim(), description: description.value.trim() || null })).data;
        } catch (error) {
          if (error.status === 409) throw localError(t('admin.form.fixFields'), [{ field: 'key', message: t('admin.groups.taken', { key: key.value.trim() }) }]);
          throw error;
        }
      },
    });
    if (created) {
      toast(t('admin.groups.created', { name: created.name }), 'success');
      await load();
    }
  }

  async function remove(group) {
    const ok = await confirmDialog(t('admin.groups.deleteTitle'), t('admin.groups.deleteConfirm', { name: group.name, key: group.key }), { confirmLabel: t('common.delete'), danger: true });
    if (!ok) return;
    try {
      await api.del(`/admin/groups/${encodeURIComponent(group.key)}`);
      toast(t('admin.groups.deleted', { name: group.name }), 'success');
      await load();
    } catch (error) {
      if (error.status === 409) toast(t('admin.groups.inUse', { name: group.name }), 'error');
      else showError(error);
    }
  }

  /** A dialog listing the members, each with Remove, and a field to add one. */
  function members(group) {
    let current = group;
    const listId = uid('users');
    const dlg = h('dialog', { class: 'dialog admin-dialog', 'aria-labelledby': `${listId}-title`, dataset: { test: 'members-dialog' } });
    const list = h('ul', { class: 'admin-members', 'aria-live': 'polite', dataset: { test: 'members-list' } });
    const message = h('p', { class: 'form-message', role: 'alert' });
    const input = h('input', { type: 'text', list: listId, autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', dataset: { test: 'member-username' } });
    const datalist = h('datalist', { id: listId }, users.map((u) => h('option', { value: u.username }, u.displayName && u.displayName !== u.username ? u.displayName : null)));
    const add = h('button', { type: 'submit', class: 'primary', dataset: { test: 'member-add' } }, t('admin.groups.add'));
    const inputId = uid('member');
    input.id = inputId;
    const form = h('form', { class: 'admin-inline-form' },
      h('label', { for: inputId }, t('admin.groups.addMember')),
      h('div', { class: 'admin-inline-row' }, input, add), datalist);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const username = input.value.trim();
      message.textContent = '';
      if (!username) { message.textContent = t('admin.groups.pickUser'); input.focus(); return; }
      if (current.members.includes(username)) { message.textContent = t('admin.groups.already', { name: username }); return; }
      add.disabled = true;
      try {
        current = (await api.put(`/admin/groups/${encodeURIComponent(group.key)}/members/${encodeURIComponent(username)}`)).data;
        input.value = '';
        drawMembers();
        toast(t('admin.groups.memberAdded', { user: username, name: group.name }), 'success');
      } catch (error) {
        message.textContent = error.status === 404 ? t('admin.groups.noSuchUser', { name: username }) : errorMessage(error);
      } finally {
        add.disabled = false;
        input.focus();
      }
    });
    function drawMembers() {
      list.replaceChildren(...(current.members.length
        ? current.members.map((m) => h('li', { dataset: { test: `member-${m}` } },
          h('span', { class: 'mono' }, m),
          users.find((u) => u.username === m)?.displayName ? h('span', { class: 'muted' }, users.find((u) => u.username === m).displayName) : null,
          h('button', {
            type: 'button', class: 'secondary small', 'aria-label': t('admin.groups.removeOf', { user: m }), dataset: { test: 'member-remove' },
            onclick: async () => {
              try {
                current = (await api.del(`/admin/groups/${encodeURIComponent(group.key)}/members/${encodeURIComponent(m)}`)).data;
                drawMembers();
                toast(t('admin.groups.memberRemoved', { user: m, name: group.name }), 'success');
                input.focus();
              } catch (error) {
                message.textContent = errorMessage(error);
              }
            },
          }, t('admin.groups.remove'))))
        : [h('li', { class: 'muted' }, t('admin.groups.noMembers'))]));
    }
    drawMembers();
    dlg.append(
      h('h2', { id: `${listId}-title` }, t('admin.groups.membersOf', { name: group.name })),
      list, form, message,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => dlg.close(), dataset: { test: 'members-close' } }, t('common.close'))));
    dlg.addEventListener('close', () => { dlg.remove(); load(); });
    document.body.append(dlg);
    dlg.showModal();
    input.focus();
  }

  await load();
}
