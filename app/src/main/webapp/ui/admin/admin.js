// Administration: a tab per section (#/admin/users, #/admin/groups, …); each section is its own
// module, loaded when first opened. Only administrators get here (the server says 403 anyway).
import './messages.js';
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { hasRole } from '../core/ui.js';
import { failure, loading } from './common.js';

const SECTIONS = [
  { key: 'users', load: () => import('./users.js') },
  { key: 'groups', load: () => import('./groups.js') },
  { key: 'spaces', load: () => import('./spaces.js') },
  { key: 'synonyms', load: () => import('./synonyms.js') },
  { key: 'index', load: () => import('./search-index.js') },
  { key: 'audit', load: () => import('./audit.js') },
  { key: 'analytics', load: () => import('./analytics.js') },
];

let state = null; // {section, module, body, cleanup, ctx}

export async function render(outlet, params, ctx) {
  if (!hasRole(ctx.session, 'ADMIN')) {
    outlet.append(h('section', { class: 'admin admin-denied card', dataset: { test: 'admin-denied' } },
      h('h1', null, t('admin.title')),
      h('p', { role: 'alert' }, t('admin.denied')),
      h('a', { href: '#/', class: 'button' }, t('admin.backToSearch'))));
    return undefined;
  }
  const section = SECTIONS.find((s) => s.key === params.section) || (params.section ? null : SECTIONS[0]);
  if (!section) {
    ctx.navigate('/admin', {}, { replace: true });
    return undefined;
  }
  const tabs = h('nav', { class: 'tabs admin-tabs', 'aria-label': t('admin.sections') },
    SECTIONS.map((s) => h('a', {
      href: `#/admin/${s.key}`, 'aria-current': s === section ? 'page' : null, dataset: { test: `admin-tab-${s.key}` },
    }, t(`admin.tab.${s.key}`))));
  const body = h('div', { class: 'admin-body', dataset: { test: `admin-${section.key}` } }, loading());
  outlet.append(h('section', { class: 'admin' }, h('h1', { class: 'admin-title' }, t('admin.title')), tabs, body));
  document.title = `${t(`admin.tab.${section.key}`)} · ${t('admin.title')} · ${t('app.name')}`;
  state = { section, body, ctx, cleanup: null, module: null };
  const mine = state;
  try {
    const module = await section.load();
    if (state !== mine) return undefined;
    mine.module = module;
    body.replaceChildren();
    const cleanup = await module.render(body, params, ctx);
    mine.cleanup = typeof cleanup === 'function' ? cleanup : null;
  } catch (error) {
    body.replaceChildren(failure(error));
  }
  return () => {
    if (mine.cleanup) mine.cleanup();
    if (state === mine) state = null;
  };
}

/** Same section, other query (e.g. another space selected): the section updates in place. */
export function update(params) {
  if (!state?.module) return;
  if (state.module.update) {
    state.module.update(params);
  } else {
    if (state.cleanup) state.cleanup();
    state.body.replaceChildren();
    Promise.resolve(state.module.render(state.body, params, state.ctx)).then((c) => { if (state) state.cleanup = typeof c === 'function' ? c : null; });
  }
}
