// Workflow steps from the editor (submit, publish, archive, unarchive), saving unsaved work first;
// reloading the article after a step or an attachment change; deleting the article.
import { t } from '../core/i18n.js';
import { confirmDialog, errorMessage, promptDialog, toast } from '../core/ui.js';
import { deleteArticle, getArticle, getEvents } from './editor-api.js';
import { clearLocal } from './editor-draft.js';
import { baseOf } from './editor-fields.js';
import { step } from './workflow.js';

/** Adds the workflow actions to the editor `ed`. */
export function workflowActions(ed) {
  const { ctx, username, id, message, saveState, heading } = ed;

  async function transition(name) {
    message.textContent = '';
    if (ed.isDirty() && !(await ed.save())) return;
    if (!ed.article) return;
    let comment = null;
    if (name === 'submit' || name === 'publish') {
      comment = await promptDialog(t(`editor.${name}Title`), t('editor.commentOptional'), { multiline: true });
      if (comment === null) return;
    } else if (name === 'archive' || name === 'unarchive') {
      if (!await confirmDialog(t(`editor.${name}Title`), t(`editor.${name}Text`), { confirmLabel: t(`editor.${name}`) })) return;
    }
    try {
      const { etag: newEtag } = await step(id, name, { comment, etag: ed.etag });
      ed.etag = newEtag || ed.etag;
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
      const [{ data, etag: newEtag }, evts] = await Promise.all([getArticle(id), getEvents(id, ed.events)]);
      ed.events = evts;
      const dirty = ed.isDirty();
      const mine = ed.snapshot();
      ed.adopt(data, newEtag);
      if (!dirty) ed.fill(baseOf(data));
      else ed.fill(mine); // keep what the author typed meanwhile
      ed.drawHeader();
      ed.setSaveState();
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }

  async function remove() {
    if (!await confirmDialog(t('editor.deleteTitle'), t('editor.deleteText', { title: ed.article.title }), { confirmLabel: t('editor.delete'), danger: true })) return;
    try {
      await deleteArticle(id);
      ed.leaving = true;
      ed.storeLocal.cancel();
      clearLocal(username, id);
      toast(t('editor.deleted', { title: ed.article.title }), 'success');
      ctx.navigate('/work');
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }

  // An attachment change on a published article (or one in review) writes the next version as a
  // draft, which changes the ETag: take it when that version is the only new one, so the author
  // can still save; if someone else saved too, saving shows the merge view as usual.
  async function attachmentsChanged() {
    try {
      const { data } = await getArticle(id);
      if (data.latestVersion === ed.article.latestVersion + 1) await reload();
    } catch (error) {
      message.textContent = errorMessage(error);
    }
  }

  return { transition, remove, attachmentsChanged };
}
