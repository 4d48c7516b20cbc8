// Saving: the request body from the fields, validation, create (then on to the new article's
// editor) or update with If-Match; a 412 (someone saved first) hands over to the merge view.
import { t } from '../core/i18n.js';
import { errorMessage, toast } from '../core/ui.js';
import { createArticle, updateArticle } from './editor-api.js';
import { clearLocal } from './editor-draft.js';
import { baseOf } from './editor-fields.js';

// Set when a new article was created: its editor opens next and puts the cursor into the body.
let focusBodyOnArrival = false;

/** True (once) when this editor opens right after its article was created. */
export function arrivedFromCreate() {
  const arrived = focusBodyOnArrival;
  focusBodyOnArrival = false;
  return arrived;
}

/** Adds the save actions to the editor `ed`. */
export function saveActions(ed) {
  const { ctx, username, id, message, titleInput, intervalInput, changeNote } = ed;

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
    if (ed.canPublish()) body.restrictedTo = values.restrictedTo;
    if (!ed.article && ed.template) body.template = ed.template;
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
      ed.advanced.open = true;
      intervalInput.focus();
      return false;
    }
    return true;
  }

  /** The server's article becomes the base the fields are compared with. */
  function adopt(saved, newEtag) {
    ed.article = saved;
    ed.etag = newEtag || ed.etag;
    ed.base = baseOf(saved);
    ed.template = saved.template || ed.template;
  }

  /** Saves the form; true when the server has it. */
  async function save({ retried = false } = {}) {
    if (ed.saving || ed.merging) return false;
    ed.tags.commit();
    ed.restricted.commit();
    const values = ed.snapshot();
    message.textContent = '';
    if (!validate(values)) return false;
    ed.saving = true;
    ed.setSaveState();
    ed.drawActions();
    try {
      if (!ed.article) {
        const created = await createArticle(payload(values));
        clearLocal(username, null);
        ed.leaving = true;
        focusBodyOnArrival = true;
        toast(t('editor.created'), 'success');
        ctx.navigate(`/articles/${created.id}/edit`, {}, { replace: true });
        return true;
      }
      const body = payload(values);
      if (changeNote.value.trim()) body.changeNote = changeNote.value.trim();
      const { data: saved, etag: newEtag } = await updateArticle(id, body, ed.etag);
      adopt(saved, newEtag);
      changeNote.value = '';
      ed.lastSavedAt = new Date().toISOString();
      ed.storeLocal.cancel();
      clearLocal(username, id);
      toast(t('editor.saved', { n: saved.latestVersion }), 'success');
      return true;
    } catch (error) {
      if (error.status === 412) {
        ed.saving = false;
        return await ed.startMerge(ed.base, { retried });
      }
      message.textContent = errorMessage(error);
      if (error.status === 409 && ed.article?.status === 'ARCHIVED') message.textContent = t('editor.archivedNote');
      return false;
    } finally {
      ed.saving = false;
      if (!ed.leaving) {
        ed.drawHeader();
        ed.setSaveState();
      }
    }
  }

  return { adopt, save };
}
