// The local copy of unsaved work (kept in localStorage by editor-draft.js): written shortly after
// every change, offered back when the editor opens (merged when it was written on an older
// version), and handed from one render of the same editor to the next (e.g. a language switch).
import { debounce, h, replace } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { confirmDialog, errorMessage, toast } from '../core/ui.js';
import { getVersion } from './editor-api.js';
import { clearLocal, loadLocal, saveLocal } from './editor-draft.js';
import { sameList } from './editor-fields.js';

// Unsaved work handed from one render of the same editor to the next (e.g. a language switch
// re-renders the screen): {key, at}.
let carried = null;

/** Adds the local-copy actions to the editor `ed`, and `changed`, which every edit calls. */
export function localCopyActions(ed) {
  const { username, id, localNotice } = ed;

  const keepLocal = () => saveLocal(username, id, { ...ed.snapshot(), baseVersion: ed.base.version, template: ed.template });

  const storeLocal = debounce(() => {
    if (ed.leaving) return;
    if (ed.isDirty()) keepLocal();
    else clearLocal(username, id);
  }, 600);

  let wasDirty = false;
  function changed() {
    ed.setSaveState();
    storeLocal();
    const dirty = ed.isDirty();
    if (dirty !== wasDirty) {
      wasDirty = dirty;
      ed.drawActions(); // e.g. "Submit for review" appears once a published article has changes
    }
  }

  function takeTemplate(local) {
    if (!ed.article && local.template) { ed.template = local.template; ed.templateSelect.value = local.template; }
  }

  function offerLocalCopy() {
    const local = loadLocal(username, id);
    if (!local) return;
    const { article, base } = ed;
    if (carried && carried.key === `${username}.${id}` && Date.now() - carried.at < 2000 && local.baseVersion === base.version) {
      carried = null;
      ed.fill({ ...ed.snapshot(), ...local });
      takeTemplate(local);
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
      ed.titleInput.focus();
    });
    restore.addEventListener('click', async () => {
      localNotice.replaceChildren();
      if (stale) {
        // Written on an older version: merge it with what has been saved since, never overwrite.
        try {
          const old = await getVersion(id, local.baseVersion);
          ed.fill({ ...ed.snapshot(), ...local });
          await ed.startMerge({ title: old.title, body: old.body, tags: old.tags || [], category: local.category, version: old.number });
        } catch (error) {
          toast(errorMessage(error), 'error');
        }
        return;
      }
      ed.fill({ ...ed.snapshot(), ...local });
      takeTemplate(local);
      changed();
      ed.markdown.focus();
      toast(t('editor.localRestored'), 'success');
    });
  }

  /** On leaving with unsaved work: keep it locally and tell the author, unless the same editor picks it up at once. */
  function handOver() {
    keepLocal();
    const handed = { key: `${username}.${id}`, at: Date.now() };
    carried = handed;
    setTimeout(() => { if (carried === handed) toast(t('editor.keptLocally'), 'info'); }, 400);
  }

  return { storeLocal, changed, offerLocalCopy, keepLocal, handOver };
}
