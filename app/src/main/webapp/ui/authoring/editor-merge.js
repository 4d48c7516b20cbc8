// Conflicts: someone else saved first. When only the workflow state moved on, saving simply
// retries on the new version; otherwise the merge view shows base, mine and theirs, and the author
// applies a merge (and saves) or discards their own changes. Work is never lost silently.
import { t } from '../core/i18n.js';
import { confirmDialog, errorMessage, toast } from '../core/ui.js';
import { compareVersions, getArticle, listVersions } from './editor-api.js';
import { clearLocal } from './editor-draft.js';
import { baseOf, sameList } from './editor-fields.js';
import { mergeView } from './merge-view.js';

/** Adds the merge actions to the editor `ed`. */
export function mergeActions(ed) {
  const { username, id, message, saveState, mergeHolder, markdown } = ed;

  async function startMerge(mergeBase, { retried = false } = {}) {
    const mine = ed.snapshot();
    let latest;
    let latestEtag;
    try {
      const got = await getArticle(id);
      latest = got.data;
      latestEtag = got.etag;
    } catch (error) {
      message.textContent = errorMessage(error);
      return false;
    }
    const sameContent = latest.version === mergeBase.version
      || (latest.title === mergeBase.title && latest.body === mergeBase.body && sameList(latest.tags, mergeBase.tags));
    if (sameContent && mergeBase === ed.base && !retried) {
      // Only the workflow state moved on (e.g. a submit or approval): nothing to merge.
      ed.adopt(latest, latestEtag); // the fields keep the author's text; only the base moves on
      toast(t('merge.onlyStatus'), 'info');
      return ed.save({ retried: true });
    }
    const [diff, versions] = await Promise.all([
      latest.version !== mergeBase.version ? compareVersions(id, mergeBase.version, latest.version) : Promise.resolve(null),
      listVersions(id),
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
        ed.adopt(latest, latestEtag);
        ed.fill({ ...mine, title: merged.title, body: merged.body, tags: merged.tags, category: keepCategory });
        hideMerge();
        ed.drawHeader();
        ed.changed();
        if (andSave) {
          if (await ed.save()) {
            markdown.focus();
            saveState.textContent = t('merge.savedMerged', { n: ed.article.latestVersion });
          }
        } else {
          markdown.focus();
          toast(t('merge.applied'), 'info');
        }
      },
      onDiscardMine: async () => {
        if (!await confirmDialog(t('merge.discardTitle'), t('merge.discardText'), { confirmLabel: t('merge.discardMine'), danger: true })) return;
        ed.adopt(latest, latestEtag);
        ed.fill({ ...baseOf(latest) });
        hideMerge();
        clearLocal(username, id);
        ed.drawHeader();
        ed.changed();
        markdown.focus();
        toast(t('merge.discarded'), 'info');
      },
    }));
    return false;
  }

  function showMerge(view) {
    hideMerge();
    ed.merging = view;
    mergeHolder.append(view);
    ed.form.hidden = true;
    ed.actionBar.hidden = true;
    saveState.textContent = t('merge.pending');
    view.focusHeading();
  }

  function hideMerge() {
    if (!ed.merging) return;
    ed.merging.cleanup?.();
    ed.merging.remove();
    ed.merging = null;
    ed.form.hidden = false;
    ed.actionBar.hidden = false;
  }

  return { startMerge };
}
