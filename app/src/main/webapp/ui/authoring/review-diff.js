// The server's structured comparison of two versions (GET …/versions/compare), shown inline or
// side by side. Insertions are underlined, deletions struck through (not only coloured), and each
// carries hidden text for screen readers.
import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import './messages.js';

function insert(text) {
  return h('ins', { class: 'diff-ins' }, h('span', { class: 'visually-hidden' }, t('diff.srInserted')), text, h('span', { class: 'visually-hidden' }, t('diff.srEnd')));
}

function remove(text) {
  return h('del', { class: 'diff-del' }, h('span', { class: 'visually-hidden' }, t('diff.srDeleted')), text, h('span', { class: 'visually-hidden' }, t('diff.srEnd')));
}

/** Segments as one text with insertions and deletions in place. */
export function inlineDiff(segments) {
  return h('div', { class: 'diff-text', dataset: { test: 'diff-inline' } },
    (segments || []).map((s) => (s.op === 'insert' ? insert(s.text) : s.op === 'delete' ? remove(s.text) : s.text)));
}

/** Segments as two columns: before (with deletions) and after (with insertions). */
export function sideBySideDiff(segments, { beforeLabel, afterLabel } = {}) {
  const before = (segments || []).filter((s) => s.op !== 'insert').map((s) => (s.op === 'delete' ? remove(s.text) : s.text));
  const after = (segments || []).filter((s) => s.op !== 'delete').map((s) => (s.op === 'insert' ? insert(s.text) : s.text));
  return h('div', { class: 'diff-sides', dataset: { test: 'diff-sides' } },
    h('section', { class: 'diff-side', 'aria-label': beforeLabel || t('diff.before') },
      h('h4', { class: 'diff-side-title' }, beforeLabel || t('diff.before')), h('div', { class: 'diff-text' }, before)),
    h('section', { class: 'diff-side', 'aria-label': afterLabel || t('diff.after') },
      h('h4', { class: 'diff-side-title' }, afterLabel || t('diff.after')), h('div', { class: 'diff-text' }, after)));
}

export function changed(segments) {
  return (segments || []).some((s) => s.op !== 'equal');
}

/** Tags added and removed, as chips marked + and −. */
export function tagChanges(diff) {
  const added = diff.tagsAdded || [];
  const removed = diff.tagsRemoved || [];
  if (!added.length && !removed.length) return null;
  return h('ul', { class: 'diff-tags', 'aria-label': t('diff.tags') },
    added.map((tag) => h('li', { class: 'chip chip-added' }, h('span', { 'aria-hidden': 'true' }, '+ '), h('span', { class: 'visually-hidden' }, t('diff.tagAdded')), tag)),
    removed.map((tag) => h('li', { class: 'chip chip-removed' }, h('span', { 'aria-hidden': 'true' }, '− '), h('span', { class: 'visually-hidden' }, t('diff.tagRemoved')), h('del', null, tag))));
}

/**
 * A whole comparison: title (if changed), tags (if changed), counts, and the body with an
 * inline / side-by-side switch. Returns an element.
 */
export function diffPanel(diff, { beforeLabel, afterLabel, initialMode = 'inline' } = {}) {
  let mode = initialMode;
  const bodyHolder = h('div', { class: 'diff-body' });
  const show = () => {
    replace(bodyHolder, mode === 'inline' ? inlineDiff(diff.body) : sideBySideDiff(diff.body, { beforeLabel, afterLabel }));
    inlineBtn.setAttribute('aria-pressed', String(mode === 'inline'));
    sideBtn.setAttribute('aria-pressed', String(mode !== 'inline'));
  };
  const inlineBtn = h('button', { type: 'button', class: 'small secondary', dataset: { test: 'diff-mode-inline' }, onclick: () => { mode = 'inline'; show(); } }, t('diff.inline'));
  const sideBtn = h('button', { type: 'button', class: 'small secondary', dataset: { test: 'diff-mode-sides' }, onclick: () => { mode = 'sides'; show(); } }, t('diff.sideBySide'));
  const nothing = !changed(diff.title) && !changed(diff.body) && !(diff.tagsAdded || []).length && !(diff.tagsRemoved || []).length;
  const panel = h('div', { class: 'diff-panel', dataset: { test: 'diff-panel' } },
    h('div', { class: 'diff-head' },
      h('p', { class: 'diff-stats' },
        h('span', { class: 'diff-stat-ins' }, t('diff.inserted', { n: diff.inserted || 0 })), ' · ',
        h('span', { class: 'diff-stat-del' }, t('diff.deleted', { n: diff.deleted || 0 }))),
      h('div', { class: 'diff-modes', role: 'group', 'aria-label': t('diff.mode') }, inlineBtn, sideBtn)),
    nothing ? h('p', { class: 'muted' }, t('diff.none')) : null,
    changed(diff.title) ? h('div', { class: 'diff-title' }, h('h4', null, t('diff.title')), inlineDiff(diff.title)) : null,
    tagChanges(diff) ? h('div', { class: 'diff-tags-wrap' }, h('h4', null, t('diff.tags')), tagChanges(diff)) : null,
    changed(diff.body) ? h('div', null, h('h4', null, t('diff.body')), bodyHolder) : null);
  show();
  return panel;
}
