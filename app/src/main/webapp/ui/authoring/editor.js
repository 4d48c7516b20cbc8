// The article editor (#/articles/new and #/articles/:id/edit): metadata, Markdown with live
// preview, save with If-Match, a merge view instead of lost work when someone saved first, a
// local copy of unsaved work, attachments, and the workflow steps the user may take.
import { api } from '../core/api.js';
import { debounce, field, h, replace } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { can, confirmDialog, emptyState, errorMessage, promptDialog, spinner, toast } from '../core/ui.js';
import { attachmentsPanel } from './editor-attachments.js';
import { clearLocal, loadLocal, saveLocal } from './editor-draft.js';
import { markdownEditor } from './editor-markdown.js';
import { tagInput } from './editor-tags.js';
import { mergeView } from './merge-view.js';
import { activityList, authorNotice, history, statusBadge, step } from './workflow.js';
import './messages.js';

const TEMPLATES = ['FAQ', 'HOW_TO', 'TROUBLESHOOTING', 'KCS'];
let focusBodyOnArrival = false;
// Unsaved work handed from one render of the same editor to the next (e.g. a language switch
// re-renders the screen): {key, values, at}.
let carried = null;

function flattenCategories(tree, depth = 0, out = []) {
  for (const node of tree || []) {
    out.push({ id: node.id, name: node.name, depth });
    flattenCategories(node.children, depth + 1, out);
  }
  return out;
}

function sameList(a, b) {
  return (a || []).length === (b || []).length && (a || []).every((x, i) => x === b[i]);
}

export async function render(outlet, params, ctx) {
  const { session } = ctx;
  const id = params.id || null;
  const username = session.username;
  const writable = session.spaces.filter((s) => can(session, s.key, 'EDIT'));
  const loading = h('p', { class: 'muted' }, spinner(), ' ', t('common.loading'));
  replace(outlet, loading);

  let article = null;
  let etag = null;
  let templates = [];
  let events = [];
  try {
    if (id) {
      const [loaded, evts] = await Promise.all([api.get(`/articles/${id}`), history(id).catch(() => [])]);
      article = loaded.data;
      etag = loaded.etag;
      events = evts;
    } else {
      templates = (await api.get('/templates')).data || [];
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
  const baseOf = (a) => ({
    title: a.title, body: a.body || '', tags: [...(a.tags || [])], category: a.category || '', space: a.space,
    version: a.version, owner: a.owner || '', reviewIntervalDays: a.reviewIntervalDays ?? '', restrictedTo: [...(a.restrictedTo || [])].sort(),
  });
  const initialSpace = article?.space || (writable.some((s) => s.key === params.space) ? params.space : writable[0].key);
  let base = article ? baseOf(article) : {
    title: '', body: '', tags: [], category: params.category || '', space: initialSpace, version: 0, owner: '', reviewIntervalDays: '', restrictedTo: [],
  };
  let template = article?.template || (TEMPLATES.includes(params.template) ? params.template : '');
  let templateBody = null; // the skeleton last put into the body, so that an untouched one can be swapped
  let saving = false;
  let merging = null; // the merge view element while shown
  let leaving = false;
  let lastSavedAt = null;

  const canPublish = () => can(session, spaceSelect.value, 'PUBLISH');

  // ---- fields ----
  // A new article may come with a suggested title (e.g. an agent's request: #/articles/new?title=…).
  const titleInput = h('input', { type: 'text', maxlength: 300, required: true, value: article ? base.title : (params.title || '').slice(0, 300), autocomplete: 'off', dataset: { test: 'editor-title' } });
  const spaceSelect = h('select', { dataset: { test: 'editor-space' } },
    writable.map((s) => h('option', { value: s.key, selected: s.key === base.space }, `${s.name} (${s.key})`)));
  if (article && !writable.some((s) => s.key === article.space)) {
    spaceSelect.prepend(h('option', { value: article.space, selected: true }, article.space));
  }
  const categorySelect = h('select', { dataset: { test: 'editor-category' } });
  const templateSelect = h('select', { dataset: { test: 'editor-template' } },
    h('option', { value: '' }, t('editor.templateNone')),
    templates.map((tpl) => h('option', { value: tpl.key, selected: tpl.key === template }, t(`template.${tpl.key}`))));
  const templateHint = h('span', { 'aria-live': 'polite' });
  const tags = tagInput({ label: t('editor.tags'), tags: base.tags, onChange: () => changed() });
  const changeNote = h('input', { type: 'text', maxlength: 500, autocomplete: 'off', dataset: { test: 'change-note' } });
  const ownerInput = h('input', { type: 'text', maxlength: 64, value: base.owner, placeholder: base.owner || username, autocomplete: 'off', dataset: { test: 'editor-owner' } });
  const intervalInput = h('input', { type: 'number', min: 0, max: 3650, step: 1, value: base.reviewIntervalDays === '' ? '' : String(base.reviewIntervalDays), placeholder: '180', dataset: { test: 'editor-interval' } });
  const restricted = tagInput({ label: t('editor.restrictedTo'), tags: base.restrictedTo, hint: t('editor.restrictedHint'), onChange: () => changed(), test: 'restricted' });
  const editor = markdownEditor({ value: base.body, label: t('editor.body'), onInput: () => changed() });
  const message = h('div', { class: 'form-message editor-message', role: 'alert', dataset: { test: 'editor-message' } });
  const saveState = h('p', { class: 'save-state', 'aria-live': 'polite', dataset: { test: 'save-state' } });

  const snapshot = () => ({
    title: titleInput.value.trim(),
    body: editor.value(),
    tags: tags.tags(),
    category: categorySelect.value,
    space: spaceSelect.value,
    owner: ownerInput.value.trim(),
    reviewIntervalDays: intervalInput.value === '' ? '' : Number(intervalInput.value),
    restrictedTo: restricted.tags().sort(),
  });
  const isDirty = () => {
    const now = snapshot();
    const baseBody = !article && templateBody !== null ? templateBody : base.body;
    return now.title !== base.title || now.body !== baseBody || !sameList(now.tags, base.tags)
      || now.category !== base.category || now.space !== base.space || now.owner !== (base.owner || '')
      || String(now.reviewIntervalDays) !== String(base.reviewIntervalDays) || !sameList(now.restrictedTo, base.restrictedTo);
  };

  // ---- categories ----
  async function loadCategories(spaceKey, selected) {
    replace(categorySelect, h('option', { value: '' }, t('editor.categoryNone')));
    try {
      const { data } = await api.get(`/spaces/${encodeURIComponent(spaceKey)}/categories`);
      for (const c of flattenCategories(data)) {
        categorySelect.append(h('option', { value: c.id, selected: c.id === selected }, `${'\u00a0\u00a0\u00a0\u00a0'.repeat(c.depth)}${c.depth ? '└ ' : ''}${c.name}`));
      }
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
    categorySelect.value = selected || '';
  }

  // ---- templates ----
  function applyTemplate(key, { force = false } = {}) {
    template = key;
    templateHint.replaceChildren();
    const skeleton = templates.find((tpl) => tpl.key === key)?.body ?? '';
    const current = editor.value();
    const untouched = current.trim() === '' || (templateBody !== null && current === templateBody);
    if (untouched || force) {
      editor.setValue(skeleton);
      templateBody = skeleton;
      changed();
    } else if (key) {
      templateHint.append(t('editor.templateKept'), ' ', h('button', {
        type: 'button', class: 'link-button small', dataset: { test: 'template-replace' },
        onclick: async () => {
          if (await confirmDialog(t('editor.templateReplaceTitle'), t('editor.templateReplaceText'), { confirmLabel: t('editor.templateReplace'), danger: true })) {
            applyTemplate(key, { force: true });
            editor.focus();
          }
        },
      }, t('editor.templateReplace')));
    }
  }
  templateSelect.addEventListener('change', () => applyTemplate(templateSelect.value));

  // ---- header, notices, actions ----
  const headerStatus = h('div', { class: 'editor-status' });
  const headerLinks = h('nav', { class: 'editor-links', 'aria-label': t('editor.related') });
  const heading = h('h1', { class: 'editor-title', tabindex: '-1' }, article ? t('editor.editTitle') : t('editor.newTitle'));
  const notices = h('div', { class: 'editor-notices' });
  const workflowNotice = h('div');
  const localNotice = h('div');
  notices.append(workflowNotice, localNotice);
  const activity = h('div', { class: 'editor-activity' });
  const actionButtons = h('div', { class: 'editor-buttons' });
  const mergeHolder = h('div', { class: 'editor-merge' });

  const saveButton = h('button', { type: 'button', class: 'primary', dataset: { test: 'save' }, title: t('editor.saveKey'), onclick: () => save() }, t('editor.save'));

  function drawHeader() {
    const status = article?.status || 'DRAFT';
    replace(headerStatus,
      statusBadge(status),
      article ? h('span', { class: 'muted', dataset: { test: 'editor-version' } }, t('editor.versionInfo', { n: article.latestVersion })) : h('span', { class: 'muted' }, t('editor.notSaved')),
      article?.publishedVersion && article.publishedVersion !== article.latestVersion
        ? h('span', { class: 'muted' }, t('editor.liveVersion', { n: article.publishedVersion })) : null,
      article?.updatedAt ? h('span', { class: 'muted' }, t('editor.updatedAt', { at: formatDateTime(article.updatedAt) })) : null);
    replace(headerLinks,
      article?.live ? h('a', { href: `#/articles/${id}`, dataset: { test: 'view-article' } }, t('editor.viewArticle')) : null,
      article ? h('a', { href: `#/articles/${id}/history`, dataset: { test: 'history-link' } }, t('editor.history')) : null,
      article?.status === 'IN_REVIEW' && canPublish() ? h('a', { href: `#/articles/${id}/review`, dataset: { test: 'review-link' } }, t('editor.openReview')) : null,
      article && canPublish() ? h('a', { href: `#/articles/${id}/reading`, dataset: { test: 'reading-link' } }, t('editor.reading')) : null);
    replace(workflowNotice, ...[authorNotice(events, status)].filter(Boolean));
    if (status === 'ARCHIVED') workflowNotice.append(h('p', { class: 'notice notice-info', role: 'note' }, t('editor.archivedNote')));
    replace(activity, h('h3', null, t('editor.activity')), activityList(events));
    drawActions();
  }

  function drawActions() {
    const status = article?.status || 'DRAFT';
    const publisher = article ? canPublish() : false;
    saveButton.disabled = saving || status === 'ARCHIVED';
    // Redrawing must not drop the keyboard focus of whoever just pressed one of these buttons.
    const focused = actionButtons.contains(document.activeElement) ? document.activeElement.dataset.test : null;
    replace(actionButtons,
      article && can(session, article.space, 'ADMINISTER') ? h('button', { type: 'button', class: 'secondary danger-text', dataset: { test: 'delete' }, onclick: remove }, t('editor.delete')) : null,
      publisher && status !== 'ARCHIVED' ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'archive' }, onclick: () => transition('archive') }, t('editor.archive')) : null,
      publisher && status === 'ARCHIVED' ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'unarchive' }, onclick: () => transition('unarchive') }, t('editor.unarchive')) : null,
      publisher && (status === 'DRAFT' || status === 'IN_REVIEW' || (status === 'PUBLISHED' && isDirty())) ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'publish' }, onclick: () => transition('publish') }, t('editor.publish')) : null,
      article && (status === 'DRAFT' || (status === 'PUBLISHED' && isDirty())) ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'submit' }, onclick: () => transition('submit') }, t('editor.submit')) : null,
      saveButton);
    if (focused) (actionButtons.querySelector(`[data-test="${focused}"]`) || saveButton).focus();
  }

  function setSaveState() {
    if (merging) saveState.textContent = t('merge.pending');
    else if (saving) saveState.textContent = t('editor.saving');
    else if (isDirty()) saveState.textContent = t('editor.unsaved');
    else if (lastSavedAt) saveState.textContent = t('editor.savedAt', { at: formatDateTime(lastSavedAt) });
    else saveState.textContent = article ? t('editor.noChanges') : '';
    saveState.classList.toggle('dirty', !saving && isDirty());
  }

  // ---- local copy ----
  const storeLocal = debounce(() => {
    if (leaving) return;
    if (isDirty()) saveLocal(username, id, { ...snapshot(), baseVersion: base.version, template });
    else clearLocal(username, id);
  }, 600);

  let wasDirty = false;
  function changed() {
    setSaveState();
    storeLocal();
    const dirty = isDirty();
    if (dirty !== wasDirty) {
      wasDirty = dirty;
      drawActions(); // e.g. "Submit for review" appears once a published article has changes
    }
  }

  function offerLocalCopy() {
    const local = loadLocal(username, id);
    if (!local) return;
    if (carried && carried.key === `${username}.${id}` && Date.now() - carried.at < 2000 && local.baseVersion === base.version) {
      carried = null;
      fill({ ...snapshot(), ...local });
      if (!article && local.template) { template = local.template; templateSelect.value = local.template; }
      changed();
      return;
    }
    const differs = local.title !== base.title || local.body !== (article ? base.body : '') || !sameList(local.tags || [], base.tags);
    if (!differs) {
      clearLocal(username, id);
      return;
    }
    const stale = article && local.baseVersion !== base.version;
    const restore = h('button', { type: 'button', class: 'small primary', dataset: { test: 'restore-local' } }, t('editor.localRestore'));
    const discard = h('button', { type: 'button', class: 'small secondary', dataset: { test: 'discard-local' } }, t('editor.localDiscard'));
    replace(localNotice, h('div', { class: 'notice notice-warning', role: 'note', dataset: { test: 'local-copy' } },
      h('p', null, t(stale ? 'editor.localFoundStale' : 'editor.localFound', { at: formatDateTime(local.savedAt), version: local.baseVersion })),
      h('div', { class: 'toolbar' }, restore, discard)));
    discard.addEventListener('click', async () => {
      if (!await confirmDialog(t('editor.localDiscardTitle'), t('editor.localDiscardText'), { confirmLabel: t('editor.localDiscard'), danger: true })) return;
      clearLocal(username, id);
      localNotice.replaceChildren();
      titleInput.focus();
    });
    restore.addEventListener('click', async () => {
      localNotice.replaceChildren();
      if (stale) {
        // Written on an older version: merge it with what has been saved since, never overwrite.
        try {
          const { data: old } = await api.get(`/articles/${id}/versions/${local.baseVersion}`);
          fill({ ...snapshot(), ...local });
          await startMerge({ title: old.title, body: old.body, tags: old.tags || [], category: local.category, version: old.number });
        } catch (error) {
          toast(errorMessage(error), 'error');
        }
        return;
      }
      fill({ ...snapshot(), ...local });
      if (!article && local.template) { template = local.template; templateSelect.value = local.template; }
      changed();
      editor.focus();
      toast(t('editor.localRestored'), 'success');
    });
  }

  function fill(values) {
    titleInput.value = values.title ?? '';
    editor.setValue(values.body ?? '');
    tags.setTags(values.tags || []);
    if (values.space && values.space !== spaceSelect.value && [...spaceSelect.options].some((o) => o.value === values.space)) {
      spaceSelect.value = values.space;
      loadCategories(values.space, values.category);
    } else if (values.category !== undefined) {
      categorySelect.value = values.category || '';
    }
    if (values.owner !== undefined) ownerInput.value = values.owner;
    if (values.reviewIntervalDays !== undefined) intervalInput.value = values.reviewIntervalDays === '' ? '' : String(values.reviewIntervalDays);
    if (values.restrictedTo) restricted.setTags(values.restrictedTo);
  }

  // ---- saving ----
  function payload(values) {
    const body = {
      space: values.space,
      category: values.category || null,
      title: values.title,
      body: values.body,
      tags: values.tags,
    };
    if (values.owner) body.owner = values.owner;
    if (values.reviewIntervalDays !== '') body.reviewIntervalDays = values.reviewIntervalDays;
    if (canPublish()) body.restrictedTo = values.restrictedTo;
    if (!article && template) body.template = template;
    return body;
  }

  function validate(values) {
    if (!values.title) {
      message.textContent = t('editor.titleRequired');
      titleInput.setAttribute('aria-invalid', 'true');
      titleInput.focus();
      return false;
    }
    titleInput.removeAttribute('aria-invalid');
    if (values.reviewIntervalDays !== '' && !(Number.isInteger(values.reviewIntervalDays) && values.reviewIntervalDays >= 0 && values.reviewIntervalDays <= 3650)) {
      message.textContent = t('editor.intervalInvalid');
      advanced.open = true;
      intervalInput.focus();
      return false;
    }
    return true;
  }

  function adopt(saved, newEtag) {
    article = saved;
    etag = newEtag || etag;
    base = baseOf(saved);
    template = saved.template || template;
  }

  /** Saves the form; true when the server has it. */
  async function save({ retried = false } = {}) {
    if (saving || merging) return false;
    tags.commit();
    restricted.commit();
    const values = snapshot();
    message.textContent = '';
    if (!validate(values)) return false;
    saving = true;
    setSaveState();
    drawActions();
    try {
      if (!article) {
        const { data: created } = await api.post('/articles', payload(values));
        clearLocal(username, null);
        leaving = true;
        focusBodyOnArrival = true;
        toast(t('editor.created'), 'success');
        ctx.navigate(`/articles/${created.id}/edit`, {}, { replace: true });
        return true;
      }
      const body = payload(values);
      if (changeNote.value.trim()) body.changeNote = changeNote.value.trim();
      const { data: saved, etag: newEtag } = await api.put(`/articles/${id}`, body, { ifMatch: etag });
      adopt(saved, newEtag);
      changeNote.value = '';
      lastSavedAt = new Date().toISOString();
      storeLocal.cancel();
      clearLocal(username, id);
      toast(t('editor.saved', { n: saved.latestVersion }), 'success');
      return true;
    } catch (error) {
      if (error.status === 412) {
        saving = false;
        return await startMerge(base, { retried });
      }
      message.textContent = errorMessage(error);
      if (error.status === 409 && article?.status === 'ARCHIVED') message.textContent = t('editor.archivedNote');
      return false;
    } finally {
      saving = false;
      if (!leaving) {
        drawHeader();
        setSaveState();
      }
    }
  }

  // ---- conflicts: someone else saved first ----
  async function startMerge(mergeBase, { retried = false } = {}) {
    const mine = snapshot();
    let latest;
    let latestEtag;
    try {
      const got = await api.get(`/articles/${id}`);
      latest = got.data;
      latestEtag = got.etag;
    } catch (error) {
      message.textContent = errorMessage(error);
      return false;
    }
    const sameContent = latest.version === mergeBase.version
      || (latest.title === mergeBase.title && latest.body === mergeBase.body && sameList(latest.tags, mergeBase.tags));
    if (sameContent && mergeBase === base && !retried) {
      // Only the workflow state moved on (e.g. a submit or approval): nothing to merge.
      adopt(latest, latestEtag); // the fields keep the author's text; only the base moves on
      toast(t('merge.onlyStatus'), 'info');
      return save({ retried: true });
    }
    const [diff, versions] = await Promise.all([
      latest.version !== mergeBase.version
        ? api.get(`/articles/${id}/versions/compare`, { from: mergeBase.version, to: latest.version }).then((r) => r.data).catch(() => null)
        : Promise.resolve(null),
      api.get(`/articles/${id}/versions`).then((r) => r.data).catch(() => []),
    ]);
    const info = (versions || []).find((v) => v.number === latest.version) || {};
    const theirs = { title: latest.title, body: latest.body || '', tags: latest.tags || [], version: latest.version, author: info.author, changeNote: info.changeNote, at: info.createdAt || latest.updatedAt };
    showMerge(mergeView({
      base: mergeBase,
      mine,
      theirs,
      diff,
      onApply: async (merged, { save: andSave }) => {
        const keepCategory = mine.category !== mergeBase.category ? mine.category : (latest.category || '');
        adopt(latest, latestEtag);
        fill({ ...mine, title: merged.title, body: merged.body, tags: merged.tags, category: keepCategory });
        hideMerge();
        drawHeader();
        changed();
        if (andSave) {
          if (await save()) {
            editor.focus();
            saveState.textContent = t('merge.savedMerged', { n: article.latestVersion });
          }
        } else {
          editor.focus();
          toast(t('merge.applied'), 'info');
        }
      },
      onDiscardMine: async () => {
        if (!await confirmDialog(t('merge.discardTitle'), t('merge.discardText'), { confirmLabel: t('merge.discardMine'), danger: true })) return;
        adopt(latest, latestEtag);
        fill({ ...baseOf(latest) });
        hideMerge();
        clearLocal(username, id);
        drawHeader();
        changed();
        editor.focus();
        toast(t('merge.discarded'), 'info');
      },
    }));
    return false;
  }

  function showMerge(view) {
    hideMerge();
    merging = view;
    mergeHolder.append(view);
    form.hidden = true;
    actionBar.hidden = true;
    saveState.textContent = t('merge.pending');
    view.focusHeading();
  }

  function hideMerge() {
    if (!merging) return;
    merging.cleanup?.();
    merging.remove();
    merging = null;
    form.hidden = false;
    actionBar.hidden = false;
  }

  // ---- workflow steps ----
  async function transition(name) {
    message.textContent = '';
    if (isDirty() && !(await save())) return;
    if (!article) return;
    let comment = null;
    if (name === 'submit' || name === 'publish') {
      comment = await promptDialog(t(`editor.${name}Title`), t('editor.commentOptional'), { multiline: true });
      if (comment === null) return;
    } else if (name === 'archive' || name === 'unarchive') {
      if (!await confirmDialog(t(`editor.${name}Title`), t(`editor.${name}Text`), { confirmLabel: t(`editor.${name}`) })) return;
    }
    try {
      const { etag: newEtag } = await step(id, name, { comment, etag });
      etag = newEtag || etag;
      toast(t(`editor.done.${name}`), 'success');
    } catch (error) {
      if (error.status === 412) {
        // Someone saved in between; there is nothing unsaved here (we saved first), so reload.
        message.textContent = t('editor.stepStale');
      } else {
        message.textContent = errorMessage(error);
      }
    }
    await reload();
    saveState.textContent = message.textContent || t(`editor.done.${name}`);
    heading.focus();
  }

  async function reload() {
    try {
      const [{ data, etag: newEtag }, evts] = await Promise.all([api.get(`/articles/${id}`), history(id).catch(() => events)]);
      events = evts;
      const dirty = isDirty();
      const mine = snapshot();
      adopt(data, newEtag);
      if (!dirty) fill(baseOf(data));
      else fill(mine); // keep what the author typed meanwhile
      drawHeader();
      setSaveState();
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }

  async function remove() {
    if (!await confirmDialog(t('editor.deleteTitle'), t('editor.deleteText', { title: article.title }), { confirmLabel: t('editor.delete'), danger: true })) return;
    try {
      await api.del(`/articles/${id}`);
      leaving = true;
      storeLocal.cancel();
      clearLocal(username, id);
      toast(t('editor.deleted', { title: article.title }), 'success');
      ctx.navigate('/work');
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }

  // ---- layout ----
  const advanced = h('details', { class: 'editor-advanced', dataset: { test: 'advanced' } },
    h('summary', null, t('editor.advanced')),
    field(t('editor.owner'), ownerInput, t('editor.ownerHint')),
    field(t('editor.interval'), intervalInput, t('editor.intervalHint')),
    restricted.el);
  // Only publishers restrict articles; others see an existing restriction but cannot change it.
  const updateRestricted = () => {
    const allowed = canPublish();
    restricted.el.hidden = !allowed && !base.restrictedTo.length;
    restricted.el.querySelectorAll('input, button').forEach((c) => { c.disabled = !allowed; });
  };
  updateRestricted();

  // An attachment change on a published article (or one in review) writes the next version as a
  // draft, which changes the ETag: take it when that version is the only new one, so the author
  // can still save; if someone else saved too, saving shows the merge view as usual.
  async function attachmentsChanged() {
    try {
      const { data } = await api.get(`/articles/${id}`);
      if (data.latestVersion === article.latestVersion + 1) await reload();
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }
  const attachments = article ? attachmentsPanel({ articleId: id, canEdit: true, onInsert: (md) => editor.insertBlock(md), onChanged: attachmentsChanged }) : null;

  const form = h('form', { class: 'editor-form', novalidate: true, dataset: { test: 'editor-form' } },
    h('div', { class: 'editor-meta' },
      h('div', { class: 'editor-title-field' }, field(t('editor.titleLabel'), titleInput)),
      field(t('editor.space'), spaceSelect),
      article ? null : field(t('editor.template'), templateSelect, templateHint),
      field(t('editor.category'), categorySelect),
      h('div', { class: 'editor-tags-field' }, tags.el)),
    editor.el,
    h('div', { class: 'editor-lower' },
      h('section', { class: 'card editor-details' },
        article ? field(t('editor.changeNote'), changeNote, t('editor.changeNoteHint')) : null,
        advanced,
        article ? activity : null),
      attachments ? attachments.el : h('section', { class: 'card att-panel' }, h('h2', null, t('att.title')), h('p', { class: 'muted' }, t('att.saveFirst')))));
  // The save state, messages and buttons stay in view under the top bar while the article scrolls.
  const actionBar = h('div', { class: 'editor-actions', dataset: { test: 'editor-actions' } }, saveState, message, actionButtons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  for (const control of [titleInput, categorySelect, ownerInput, intervalInput]) {
    control.addEventListener('input', changed);
    control.addEventListener('change', changed);
  }
  spaceSelect.addEventListener('change', async () => {
    await loadCategories(spaceSelect.value, '');
    updateRestricted();
    changed();
    drawActions();
  });

  replace(outlet, h('div', { class: 'editor', dataset: { test: 'editor' } },
    h('header', { class: 'editor-head' }, h('div', null, heading, headerStatus), headerLinks),
    actionBar, notices, mergeHolder, form));

  await loadCategories(spaceSelect.value, base.category);
  if (!article && template) applyTemplate(template);
  drawHeader();
  setSaveState();
  offerLocalCopy();
  attachments?.load();
  if (focusBodyOnArrival) {
    focusBodyOnArrival = false;
    editor.focus({ preventScroll: true });
  } else if (!article) {
    titleInput.focus();
  }

  // ---- keyboard and leaving ----
  const onKey = (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!merging) save();
    }
  };
  const onBeforeUnload = (event) => {
    if (!leaving && (isDirty() || merging)) {
      saveLocal(username, id, { ...snapshot(), baseVersion: base.version, template });
      event.preventDefault();
      event.returnValue = '';
    }
  };
  const onClick = async (event) => {
    const link = event.target.closest?.('a[href^="#/"]');
    if (!link || leaving || link.target === '_blank' || event.defaultPrevented) return;
    if (!(isDirty() || merging) || link.getAttribute('href') === location.hash) return;
    event.preventDefault();
    event.stopPropagation();
    saveLocal(username, id, { ...snapshot(), baseVersion: base.version, template });
    const ok = await confirmDialog(t('editor.leaveTitle'), t('editor.leaveText'), { confirmLabel: t('editor.leave'), danger: true });
    if (ok) {
      leaving = true;
      location.hash = link.getAttribute('href');
    }
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('click', onClick, true);

  return () => {
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('click', onClick, true);
    storeLocal.cancel();
    if (!leaving && (isDirty() || merging)) {
      saveLocal(username, id, { ...snapshot(), baseVersion: base.version, template });
      const handed = { key: `${username}.${id}`, at: Date.now() };
      carried = handed;
      // Tell the author, unless the same editor picks the work up again at once.
      setTimeout(() => { if (carried === handed) toast(t('editor.keptLocally'), 'info'); }, 400);
    }
    merging?.cleanup?.();
    editor.destroy();
  };
}
