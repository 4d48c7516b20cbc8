// The frame around every screen: skip link, header with navigation by role, language switch and
// sign-out, and the <main> outlet the router renders into.
import { h } from './core/dom.js';
import { locale, setLocale, t } from './core/i18n.js';
import { api } from './core/api.js';
import { hasRole } from './core/ui.js';

let markActive = null;

export function renderShell(root, session, { signOut }) {
  const author = hasRole(session, 'AUTHOR', 'TRAINER', 'ADMIN');
  const link = (hash, label, test) => h('a', { href: hash, dataset: { test }, class: 'nav-link' }, label);
  const links = [
    link('#/', t('nav.search'), 'nav-search'),
    link('#/reading', t('nav.reading'), 'nav-reading'),
    link('#/work', author ? t('nav.work') : t('nav.myRequests'), 'nav-work'),
    author && link('#/articles/new', t('nav.new'), 'nav-new'),
    author && link('#/import', t('nav.import'), 'nav-import'),
    hasRole(session, 'ADMIN') && link('#/admin', t('nav.admin'), 'nav-admin'),
  ];
  const main = h('main', { id: 'main', tabindex: '-1', class: 'main' });
  root.replaceChildren(
    h('a', { class: 'skip-link', href: '#main', onclick: (e) => { e.preventDefault(); main.focus(); } }, t('app.skip')),
    h('header', { class: 'topbar' },
      h('a', { class: 'brand', href: '#/', 'aria-label': t('app.name') }, h('img', { src: '/ui/css/icon.svg', alt: '', width: 24, height: 24 }), h('span', { class: 'brand-name' }, t('app.name'))),
      h('nav', { 'aria-label': t('nav.main'), class: 'nav' }, links),
      h('div', { class: 'topbar-end' },
        h('button', {
          type: 'button', class: 'link-button', lang: locale() === 'en' ? 'zh-CN' : 'en',
          'aria-label': t('nav.switchToLabel'), dataset: { test: 'language' },
          onclick: () => setLocale(locale() === 'en' ? 'zh-CN' : 'en'),
        }, t('nav.switchTo')),
        h('span', { class: 'user', title: t('nav.signedInAs', { name: session.username }), dataset: { test: 'user' } }, session.displayName || session.username),
        h('a', { href: '#/account/password', class: 'link-button', dataset: { test: 'change-password' } }, t('nav.password')),
        h('button', { type: 'button', class: 'secondary small', onclick: signOut, dataset: { test: 'sign-out' } }, t('nav.signOut')),
      ),
    ),
    main,
  );
  if (markActive) window.removeEventListener('kb:routed', markActive);
  markActive = () => {
    const path = (location.hash.replace(/^#/, '').split('?')[0]) || '/';
    root.querySelectorAll('.nav-link').forEach((a) => {
      const target = a.getAttribute('href').slice(1);
      const active = target === '/' ? path === '/' || (path.startsWith('/articles/') && !path.endsWith('/new')) : path.startsWith(target);
      if (active) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  };
  window.addEventListener('kb:routed', markActive);
  markActive();
  showPendingReading(root);
  if (renewCount) window.removeEventListener('kb:acknowledged', renewCount);
  renewCount = () => showPendingReading(root);
  window.addEventListener('kb:acknowledged', renewCount);
  return main;
}

/** The number of mandatory articles still to confirm, beside "To read" (renewed on confirming). */
function showPendingReading(root) {
  api.get('/acknowledgements/pending').then(({ data }) => {
    const link = root.querySelector('[data-test=nav-reading]');
    if (!link) return;
    link.querySelector('.nav-count')?.remove();
    if (data.length) {
      link.append(h('span', { class: 'nav-count', dataset: { test: 'reading-count' } }, String(data.length)));
    }
  }).catch(() => {});
}

let renewCount = null;
