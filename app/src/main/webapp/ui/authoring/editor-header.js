// What the editor shows about the article: status, versions and links in the header, the
// workflow notices and activity, the action buttons the user may press in this state, and the
// save state line ("unsaved changes", "saved at …").
import { h, replace } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { activityList, authorNotice, statusBadge } from './workflow.js';

/** Creates the header's elements on the editor `ed` and adds the drawing actions to it. */
export function createHeader(ed) {
  const headerStatus = h('div', { class: 'editor-status' });
  const headerLinks = h('nav', { class: 'editor-links', 'aria-label': t('editor.related') });
  const heading = h('h1', { class: 'editor-title', tabindex: '-1' }, ed.article ? t('editor.editTitle') : t('editor.newTitle'));
  const notices = h('div', { class: 'editor-notices' });
  const workflowNotice = h('div');
  const localNotice = h('div');
  notices.append(workflowNotice, localNotice);
  const activity = h('div', { class: 'editor-activity' });
  const actionButtons = h('div', { class: 'editor-buttons' });
  const message = h('div', { class: 'form-message editor-message', role: 'alert', dataset: { test: 'editor-message' } });
  const saveState = h('p', { class: 'save-state', 'aria-live': 'polite', dataset: { test: 'save-state' } });
  const saveButton = h('button', { type: 'button', class: 'primary', dataset: { test: 'save' }, title: t('editor.saveKey'), onclick: () => ed.save() }, t('editor.save'));
  Object.assign(ed, { headerStatus, headerLinks, heading, notices, localNotice, activity, actionButtons, message, saveState });

  function drawHeader() {
    const { article, id } = ed;
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
      article?.status === 'IN_REVIEW' && ed.canPublish() ? h('a', { href: `#/articles/${id}/review`, dataset: { test: 'review-link' } }, t('editor.openReview')) : null,
      article && ed.canPublish() ? h('a', { href: `#/articles/${id}/reading`, dataset: { test: 'reading-link' } }, t('editor.reading')) : null);
    replace(workflowNotice, ...[authorNotice(ed.events, status)].filter(Boolean));
    if (status === 'ARCHIVED') workflowNotice.append(h('p', { class: 'notice notice-info', role: 'note' }, t('editor.archivedNote')));
    replace(activity, h('h3', null, t('editor.activity')), activityList(ed.events));
    drawActions();
  }

  function drawActions() {
    const { article } = ed;
    const status = article?.status || 'DRAFT';
    const publisher = article ? ed.canPublish() : false;
    saveButton.disabled = ed.saving || status === 'ARCHIVED';
    // Redrawing must not drop the keyboard focus of whoever just pressed one of these buttons.
    const focused = actionButtons.contains(document.activeElement) ? document.activeElement.dataset.test : null;
    replace(actionButtons,
      article && ed.can(article.space, 'ADMINISTER') ? h('button', { type: 'button', class: 'secondary danger-text', dataset: { test: 'delete' }, onclick: ed.remove }, t('editor.delete')) : null,
      publisher && status !== 'ARCHIVED' ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'archive' }, onclick: () => ed.transition('archive') }, t('editor.archive')) : null,
      publisher && status === 'ARCHIVED' ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'unarchive' }, onclick: () => ed.transition('unarchive') }, t('editor.unarchive')) : null,
      publisher && (status === 'DRAFT' || status === 'IN_REVIEW' || (status === 'PUBLISHED' && ed.isDirty())) ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'publish' }, onclick: () => ed.transition('publish') }, t('editor.publish')) : null,
      article && (status === 'DRAFT' || (status === 'PUBLISHED' && ed.isDirty())) ? h('button', { type: 'button', class: 'secondary', dataset: { test: 'submit' }, onclick: () => ed.transition('submit') }, t('editor.submit')) : null,
      saveButton);
    if (focused) (actionButtons.querySelector(`[data-test="${focused}"]`) || saveButton).focus();
  }

  function setSaveState() {
    if (ed.merging) saveState.textContent = t('merge.pending');
    else if (ed.saving) saveState.textContent = t('editor.saving');
    else if (ed.isDirty()) saveState.textContent = t('editor.unsaved');
    else if (ed.lastSavedAt) saveState.textContent = t('editor.savedAt', { at: formatDateTime(ed.lastSavedAt) });
    else saveState.textContent = ed.article ? t('editor.noChanges') : '';
    saveState.classList.toggle('dirty', !ed.saving && ed.isDirty());
  }

  return { drawHeader, drawActions, setSaveState };
}
