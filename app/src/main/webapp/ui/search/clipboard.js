// "Copy answer": the best highlighted passages of a hit as plain text, onto the clipboard.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { toast } from '../core/ui.js';
import { plainPassage } from './labels.js';

/**
 * The answer text of a search hit, as plain text: the passage that answers the query, or (from an
 * older answer without one) its best fragments, at most two.
 */
export function answerText(hit) {
  if (!hit) return '';
  if (hit.passage) return plainPassage(hit.passage);
  const passages = (hit.fragments?.length ? hit.fragments : [hit.snippet]).filter(Boolean).slice(0, 2);
  return passages.map(plainPassage).filter(Boolean).join('\n…\n');
}

function legacyCopy(text) {
  const area = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
  area.value = text;
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  focused?.focus?.({ preventScroll: true });
  return ok;
}

function manualCopy(text) {
  const area = h('textarea', { rows: 6, readonly: true, dataset: { test: 'copy-fallback' } });
  area.value = text;
  const dlg = h('dialog', { class: 'dialog', 'aria-label': t('search.copyTitle') },
    h('form', { method: 'dialog' },
      h('h2', null, t('search.copyTitle')),
      h('p', null, t('search.copyFailed')),
      area,
      h('div', { class: 'actions' }, h('button', { class: 'primary', value: 'ok' }, t('common.close')))));
  dlg.addEventListener('close', () => dlg.remove());
  document.body.append(dlg);
  dlg.showModal();
  area.select();
}

/** Copies text; confirms with a toast, falls back to execCommand, then to a dialog to copy by hand. */
export async function copyText(text) {
  if (!text) {
    toast(t('search.nothingToCopy'));
    return false;
  }
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
  } catch {
    if (!legacyCopy(text)) {
      manualCopy(text);
      return false;
    }
  }
  toast(t('search.copied'), 'success');
  return true;
}
