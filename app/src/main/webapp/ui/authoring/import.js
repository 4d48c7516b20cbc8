// Import documents as drafts (#/import?space=KEY): choose a space you edit in, then pick or drop
// files (or a ZIP); each upload becomes its own job, followed file by file.
import { api } from '../core/api.js';
import { field, h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { href } from '../core/router.js';
import { can, hasRole } from '../core/ui.js';
import { ImportJobCard } from './import-job.js';
import './history-messages.js';

const ACCEPT = '.docx,.pptx,.pdf,.html,.htm,.md,.markdown,.txt,.zip';
const RECENT_KEY = 'kb.importJobs';
const RECENT_MAX = 10;

export function render(outlet, params, ctx) {
  const { session } = ctx;
  document.title = t('import.title');
  const heading = h('h1', null, t('import.title'));
  if (!hasRole(session, 'AUTHOR', 'TRAINER', 'ADMIN')) {
    replace(outlet, h('div', { class: 'import-page' }, heading,
      h('p', { class: 'card import-notice', role: 'alert', dataset: { test: 'import-not-allowed' } }, t('import.notAllowed'))));
    return undefined;
  }
  const spaces = session.spaces.filter((s) => can(session, s.key, 'EDIT'));
  if (!spaces.length) {
    replace(outlet, h('div', { class: 'import-page' }, heading,
      h('p', { class: 'card import-notice', role: 'alert', dataset: { test: 'import-no-spaces' } }, t('import.noSpaces'))));
    return undefined;
  }
  const spaceNames = Object.fromEntries(session.spaces.map((s) => [s.key, s.name]));
  const cards = [];
  const live = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', dataset: { test: 'import-live' } });
  const jobs = h('div', { class: 'import-jobs', dataset: { test: 'import-jobs' } });
  const empty = h('p', { class: 'muted import-empty' }, t('import.jobsEmpty'));

  const spaceSelect = h('select', { dataset: { test: 'import-space' } },
    spaces.map((s) => h('option', { value: s.key, selected: s.key === params.space }, `${s.name} (${s.key})`)));
  const categorySelect = h('select', { dataset: { test: 'import-category' } });
  const categoryField = field(t('import.category'), categorySelect);
  categoryField.hidden = true;

  const input = h('input', {
    type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden', tabindex: '-1',
    'aria-hidden': 'true', dataset: { test: 'import-input' },
  });
  const typesId = 'import-types';
  const dropLabel = h('span', { class: 'import-drop-label' }, t('import.drop'));
  const drop = h('button', {
    type: 'button', class: 'import-drop', dataset: { test: 'import-drop' }, 'aria-describedby': typesId,
    onclick: () => input.click(),
  },
  h('span', { class: 'import-drop-icon', 'aria-hidden': 'true' }, '⇪'),
  dropLabel,
  h('span', { class: 'import-drop-hint' }, t('import.dropHint')));

  const start = (files) => {
    const list = [...(files || [])];
    if (!list.length) return;
    const space = spaceSelect.value;
    const category = categoryField.hidden ? '' : categorySelect.value;
    empty.hidden = true;
    for (const file of list) {
      const card = newCard();
      card.start(file, { space, spaceName: spaceNames[space], category });
    }
    input.value = '';
  };

  const newCard = () => {
    const card = new ImportJobCard({
      onJob: (id) => remember(session.username, id),
      onFinished: (text) => { live.textContent = text; },
    });
    card.spaceNames = spaceNames;
    cards.push(card);
    jobs.prepend(card.el);
    return card;
  };

  input.addEventListener('change', () => start(input.files));
  let depth = 0;
  const zone = h('div', { class: 'import-zone' }, drop, input);
  zone.addEventListener('dragenter', (e) => { e.preventDefault(); depth += 1; zone.classList.add('import-dragging'); dropLabel.textContent = t('import.dropActive'); });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; });
  const leave = () => { depth = 0; zone.classList.remove('import-dragging'); dropLabel.textContent = t('import.drop'); };
  zone.addEventListener('dragleave', () => { depth -= 1; if (depth <= 0) leave(); });
  zone.addEventListener('drop', (e) => { e.preventDefault(); leave(); start(e.dataTransfer?.files); });

  let categoryRequest = 0;
  const loadCategories = async () => {
    const request = ++categoryRequest;
    categoryField.hidden = true;
    try {
      const { data } = await api.get(`/spaces/${encodeURIComponent(spaceSelect.value)}/categories`);
      if (request !== categoryRequest) return;
      const options = [h('option', { value: '' }, t('import.noCategory'))];
      const walk = (nodes, depthLevel) => (nodes || []).forEach((c) => {
        options.push(h('option', { value: c.id }, `${'\u2003'.repeat(depthLevel)}${c.name}`));
        walk(c.children, depthLevel + 1);
      });
      walk(data, 0);
      replace(categorySelect, options);
      categoryField.hidden = options.length === 1;
    } catch {
      categoryField.hidden = true;
    }
  };
  spaceSelect.addEventListener('change', () => {
    history.replaceState(null, '', href('/import', { space: spaceSelect.value }));
    loadCategories();
  });
  loadCategories();

  replace(outlet, h('div', { class: 'import-page' },
    heading,
    h('p', { class: 'muted' }, t('import.intro')),
    h('section', { class: 'card import-form', 'aria-label': t('import.title') },
      h('div', { class: 'import-targets' }, field(t('import.space'), spaceSelect), categoryField),
      zone,
      h('p', { class: 'hint', id: typesId, dataset: { test: 'import-types' } }, t('import.types'))),
    h('section', { class: 'import-jobs-section', 'aria-labelledby': 'import-jobs-heading' },
      h('h2', { id: 'import-jobs-heading' }, t('import.jobs')),
      empty, jobs, live)));

  // Imports started earlier in this tab (before leaving the page) are shown again and followed.
  for (const id of recent(session.username).reverse()) {
    empty.hidden = true;
    newCard().follow(id, null);
  }

  return () => cards.forEach((card) => card.stop());
}

function recent(username) {
  try {
    const list = JSON.parse(sessionStorage.getItem(`${RECENT_KEY}.${username}`) || '[]');
    return Array.isArray(list) ? list.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(username, id) {
  const list = [id, ...recent(username).filter((other) => other !== id)].slice(0, RECENT_MAX);
  sessionStorage.setItem(`${RECENT_KEY}.${username}`, JSON.stringify(list));
}
