// The audit log: filters (actor, action, date range) kept in the address, newest first, and
// "load more" following the keyset cursor (`next` → ?before=).
import { api } from '../core/api.js';
import { field, h, replace } from '../core/dom.js';
import { formatDateTime, locale, t } from '../core/i18n.js';
import { cursorOf, failure, loading, sectionHeader, select, table } from './common.js';

export const ACTIONS = [
  'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'USER_CREATED', 'ROLES_CHANGED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET',
  'GROUP_CREATED', 'GROUP_DELETED', 'GROUP_MEMBER_ADDED', 'GROUP_MEMBER_REMOVED', 'SPACE_CREATED', 'GRANT_CHANGED', 'GRANT_REVOKED',
  'ARTICLE_RESTRICTED', 'ARTICLE_PUBLISHED', 'ARTICLE_REJECTED', 'ARTICLE_ARCHIVED', 'ARTICLE_UNARCHIVED',
  'ARTICLE_DELETED', 'ARTICLE_MOVED', 'CATEGORY_DELETED', 'ATTACHMENT_DELETED', 'IMPORT_COMPLETED', 'SYNONYMS_CHANGED',
];
const PAGE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

let view = null;

/** The start of a local calendar day as an ISO instant (the server filters by instants). */
function dayStart(date, plusDays = 0) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function actionName(action) {
  const key = `admin.action.${action}`;
  const text = t(key);
  return text === key ? action : text;
}

export async function render(body, params, ctx) {
  const actor = h('input', { type: 'text', name: 'actor', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', dataset: { test: 'audit-actor' } });
  const action = select([{ value: '', label: t('admin.audit.anyAction') }, ...ACTIONS.map((a) => ({ value: a, label: actionName(a) }))], '', { name: 'action', dataset: { test: 'audit-action' } });
  const from = h('input', { type: 'date', name: 'from', dataset: { test: 'audit-from' } });
  const to = h('input', { type: 'date', name: 'to', dataset: { test: 'audit-to' } });
  const apply = h('button', { type: 'submit', class: 'primary', dataset: { test: 'audit-apply' } }, t('admin.audit.apply'));
  const reset = h('button', { type: 'button', class: 'secondary', onclick: () => ctx.navigate('/admin/audit', {}) }, t('admin.audit.reset'));
  const form = h('form', { class: 'admin-filters', 'aria-label': t('admin.audit.filters') },
    field(t('admin.audit.actor'), actor), field(t('admin.audit.action'), action),
    field(t('admin.audit.from'), from), field(t('admin.audit.to'), to),
    h('div', { class: 'field admin-filter-buttons' }, h('div', { class: 'admin-inline-row' }, apply, reset)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = { actor: actor.value.trim(), action: action.value, from: from.value, to: to.value };
    if (ctx.navigate && JSON.stringify(query) !== JSON.stringify(view?.query || {})) ctx.navigate('/admin/audit', query);
    else load();
  });
  const count = h('p', { class: 'muted admin-count', role: 'status', 'aria-live': 'polite', dataset: { test: 'audit-count' } });
  const listArea = h('div');
  body.append(sectionHeader(t('admin.audit.title'), t('admin.audit.intro')), form, count, listArea);
  view = { actor, action, from, to, count, listArea, items: [], next: null, query: null };
  update(params);
  return () => { view = null; };
}

export function update(params) {
  if (!view) return;
  view.query = {
    actor: params.actor || '', action: ACTIONS.includes(params.action) ? params.action : '',
    from: DATE.test(params.from || '') ? params.from : '', to: DATE.test(params.to || '') ? params.to : '',
  };
  view.actor.value = view.query.actor;
  view.action.value = view.query.action;
  view.from.value = view.query.from;
  view.to.value = view.query.to;
  load();
}

async function load(before) {
  const v = view;
  if (!v) return;
  if (!before) {
    v.items = [];
    v.listArea.replaceChildren(loading());
  }
  const q = v.query;
  try {
    const { data } = await api.get('/admin/audit', {
      actor: q.actor, action: q.action,
      from: q.from ? dayStart(q.from) : null, to: q.to ? dayStart(q.to, 1) : null,
      before, limit: PAGE,
    });
    if (view !== v) return;
    v.items.push(...data.items);
    v.next = data.next;
    draw();
  } catch (error) {
    v.listArea.replaceChildren(failure(error, () => load()));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function target(e) {
  const type = e.targetType ? t(`admin.target.${e.targetType}`) : '';
  const typeText = type.startsWith('admin.target.') ? e.targetType : type;
  const id = e.targetId || '';
  const shown = UUID.test(id) ? `${id.slice(0, 8)}…` : id;
  let link = null;
  if (e.targetType === 'article' && id) link = h('a', { href: `#/articles/${encodeURIComponent(id)}`, class: 'mono', title: id, 'aria-label': `${typeText} ${id}` }, shown);
  else if (e.targetType === 'space' && id) link = h('a', { href: `#/admin/spaces?space=${encodeURIComponent(id)}`, class: 'mono' }, id);
  else if (id) link = h('span', { class: 'mono', title: id }, shown);
  return [h('span', { class: 'muted' }, typeText), ' ', link];
}

const ROLE_NAMES = ['AGENT', 'LEARNER', 'AUTHOR', 'TRAINER', 'ADMIN'];
const LEVEL_NAMES = ['VIEW', 'EDIT', 'PUBLISH', 'ADMINISTER'];

/** The detail text, with role lists and grant levels in the interface language. */
function detail(e) {
  const text = e.detail || '';
  if ((e.action === 'USER_CREATED' || e.action === 'ROLES_CHANGED')) {
    const roles = text.split(', ').filter(Boolean);
    if (!roles.length) return t('admin.users.noRoles');
    if (roles.every((r) => ROLE_NAMES.includes(r))) return roles.map((r) => t(`role.${r}`)).join(locale() === 'en' ? ', ' : '、');
  }
  if (e.action === 'ARTICLE_PUBLISHED') {
    const m = /^version (\d+)( \(significant\))?$/.exec(text);
    if (m) return t(m[2] ? 'admin.audit.versionSignificant' : 'admin.audit.version', { n: Number(m[1]) });
  }
  if (e.action === 'GRANT_CHANGED') {
    const m = /^(.*) = (\w+)$/.exec(text);
    if (m && LEVEL_NAMES.includes(m[2])) return `${m[1]} → ${t(`level.${m[2]}`)}`;
  }
  return text;
}

function draw() {
  const v = view;
  v.count.textContent = v.items.length ? t(v.next ? 'admin.audit.countMore' : 'admin.audit.count', { count: v.items.length }) : '';
  const more = h('button', {
    type: 'button', class: 'secondary', dataset: { test: 'audit-more' },
    onclick: async () => { more.disabled = true; await load(cursorOf(v.next, 'before')); },
  }, t('common.more'));
  replace(v.listArea,
    table({
      caption: t('admin.audit.title'), test: 'audit-table', items: v.items, empty: t('admin.audit.empty'),
      rowTest: (e) => `audit-${e.action}`,
      columns: [
        { label: t('admin.audit.when'), class: 'admin-nowrap', cell: (e) => h('time', { datetime: e.at }, formatDateTime(e.at)) },
        { label: t('admin.audit.actor'), cell: (e) => h('span', { class: 'mono' }, e.actor) },
        { label: t('admin.audit.action'), class: 'admin-nowrap', cell: (e) => h('span', { class: ['admin-action', e.action === 'LOGIN_FAILED' && 'danger-text'], title: e.action }, actionName(e.action)) },
        { label: t('admin.audit.target'), class: 'admin-nowrap', cell: target },
        { label: t('admin.audit.detail'), cell: (e) => h('span', { class: 'admin-detail', title: e.detail || null }, detail(e)) },
      ],
    }),
    v.next ? h('div', { class: 'toolbar admin-more' }, more) : null,
  );
}
