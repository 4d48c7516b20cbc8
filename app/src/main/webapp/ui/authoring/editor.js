// The article editor (#/articles/new and #/articles/:id/edit): metadata, Markdown with live
// preview, save with If-Match, a merge view instead of lost work when someone saved first, a
// local copy of unsaved work, attachments, and the workflow steps the user may take.
//
// This module loads the article, lays out the screen and wires its parts; each concern lives in
// its own module:
//   editor-api.js     requests                  editor-fields.js    fields, dirty state, templates
//   editor-header.js  status, buttons, save state  editor-save.js   validate and save
//   editor-merge.js   someone saved first       editor-workflow.js  steps, reload, delete
//   editor-local.js   local copy of unsaved work  editor-leave.js   Ctrl+S and leaving
//   editor-markdown.js, editor-tags.js, editor-attachments.js, editor-draft.js, merge-view.js
// They share one editor object (`ed`): its state (below) and elements, and each part's actions.
import { field, h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { can, emptyState, errorMessage, spinner } from '../core/ui.js';
import { getArticle, getEvents, getTemplates } from './editor-api.js';
import { attachmentsPanel } from './editor-attachments.js';
import { baseOf, createFields } from './editor-fields.js';
import { createHeader } from './editor-header.js';
import { guardLeaving } from './editor-leave.js';
import { localCopyActions } from './editor-local.js';
import { mergeActions } from './editor-merge.js';
import { arrivedFromCreate, saveActions } from './editor-save.js';
import { workflowActions } from './editor-workflow.js';
import './messages.js';

const TEMPLATES = ['FAQ', 'HOW_TO', 'TROUBLESHOOTING', 'KCS'];

export async function render(outlet, params, ctx) {
  const { session } = ctx;
  const id = params.id || null;
  const writable = session.spaces.filter((s) => can(session, s.key, 'EDIT'));
  const loading = h('p', { class: 'muted' }, spinner(), ' ', t('common.loading'));
  replace(outlet, loading);

  let article = null;
  let etag = null;
  let templates = [];
  let events = [];
  try {
    if (id) {
      const [loaded, evts] = await Promise.all([getArticle(id), getEvents(id, [])]);
      article = loaded.data;
      etag = loaded.etag;
      events = evts;
    } else {
      templates = await getTemplates();
    }
  } catch (error) {
    replace(outlet, h('h1', null, id ? t('editor.editTitle') : t('editor.newTitle')),
      emptyState(errorMessage(error), h('a', { href: '#/work' }, t('editor.backToWork'))));
    return undefined;
  }
  if (!id && !writable.length) {
    replace(outlet, h('h1', null, t('editor.newTitle')), emptyState(t('editor.noSpaces')));
    return undefined;
  }
  if (id && !can(session, article.space, 'EDIT')) {
    replace(outlet, h('h1', null, article.title), emptyState(t('editor.notEditable'), h('a', { href: `#/articles/${id}` }, t('editor.viewArticle'))));
    return undefined;
  }

  // ---- state ----
  const initialSpace = article?.space || (writable.some((s) => s.key === params.space) ? params.space : writable[0].key);
  const ed = {
    ctx,
    id,
    username: session.username,
    can: (spaceKey, permission) => can(session, spaceKey, permission),
    article,
    etag,
    templates,
    events,
    base: article ? baseOf(article) : {
      title: '', body: '', tags: [], category: params.category || '', space: initialSpace, version: 0, owner: '', reviewIntervalDays: '', restrictedTo: [],
    },
    template: article?.template || (TEMPLATES.includes(params.template) ? params.template : ''),
    templateBody: null, // the skeleton last put into the body, so that an untouched one can be swapped
    saving: false,
    merging: null, // the merge view element while shown
    leaving: false,
    lastSavedAt: null,
  };

  // ---- the parts, sharing the editor object ----
  Object.assign(ed, createFields(ed, { writable, params }));
  Object.assign(ed, createHeader(ed));
  ed.mergeHolder = h('div', { class: 'editor-merge' });
  Object.assign(ed, localCopyActions(ed), saveActions(ed), mergeActions(ed), workflowActions(ed));
  const { titleInput, spaceSelect, categorySelect, templateSelect, templateHint, tags, changeNote, ownerInput, intervalInput, restricted, markdown } = ed;

  // ---- layout ----
  const advanced = h('details', { class: 'editor-advanced', dataset: { test: 'advanced' } },
    h('summary', null, t('editor.advanced')),
    field(t('editor.owner'), ownerInput, t('editor.ownerHint')),
    field(t('editor.interval'), intervalInput, t('editor.intervalHint')),
    restricted.el);
  // Only publishers restrict articles; others see an existing restriction but cannot change it.
  const updateRestricted = () => {
    const allowed = ed.canPublish();
    restricted.el.hidden = !allowed && !ed.base.restrictedTo.length;
    restricted.el.querySelectorAll('input, button').forEach((c) => { c.disabled = !allowed; });
  };
  updateRestricted();

  const attachments = article ? attachmentsPanel({ articleId: id, canEdit: true, onInsert: (md) => markdown.insertBlock(md), onChanged: ed.attachmentsChanged }) : null;

  const form = h('form', { class: 'editor-form', novalidate: true, dataset: { test: 'editor-form' } },
    h('div', { class: 'editor-meta' },
      h('div', { class: 'editor-title-field' }, field(t('editor.titleLabel'), titleInput)),
      field(t('editor.space'), spaceSelect),
      article ? null : field(t('editor.template'), templateSelect, templateHint),
      field(t('editor.category'), categorySelect),
      h('div', { class: 'editor-tags-field' }, tags.el)),
    markdown.el,
    h('div', { class: 'editor-lower' },
      h('section', { class: 'card editor-details' },
        article ? field(t('editor.changeNote'), changeNote, t('editor.changeNoteHint')) : null,
        advanced,
        article ? ed.activity : null),
      attachments ? attachments.el : h('section', { class: 'card att-panel' }, h('h2', null, t('att.title')), h('p', { class: 'muted' }, t('att.saveFirst')))));
  // The save state, messages and buttons stay in view under the top bar while the article scrolls.
  const actionBar = h('div', { class: 'editor-actions', dataset: { test: 'editor-actions' } }, ed.saveState, ed.message, ed.actionButtons);
  Object.assign(ed, { advanced, form, actionBar });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ed.save();
  });
  for (const control of [titleInput, categorySelect, ownerInput, intervalInput]) {
    control.addEventListener('input', ed.changed);
    control.addEventListener('change', ed.changed);
  }
  spaceSelect.addEventListener('change', async () => {
    await ed.loadCategories(spaceSelect.value, '');
    updateRestricted();
    ed.changed();
    ed.drawActions();
  });

  replace(outlet, h('div', { class: 'editor', dataset: { test: 'editor' } },
    h('header', { class: 'editor-head' }, h('div', null, ed.heading, ed.headerStatus), ed.headerLinks),
    actionBar, ed.notices, ed.mergeHolder, form));

  await ed.loadCategories(spaceSelect.value, ed.base.category);
  if (!ed.article && ed.template) ed.applyTemplate(ed.template);
  ed.drawHeader();
  ed.setSaveState();
  ed.offerLocalCopy();
  attachments?.load();
  if (arrivedFromCreate()) {
    markdown.focus({ preventScroll: true });
  } else if (!ed.article) {
    titleInput.focus();
  }

  return guardLeaving(ed);
}
