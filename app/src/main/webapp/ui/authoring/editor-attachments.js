// The editor's attachments: the list (with text-extraction status), uploads with a progress bar
// each (choose files or drop them), deletion, and "insert into the text" as a Markdown link or image.
import { api } from '../core/api.js';
import { h, replace, uid } from '../core/dom.js';
import { formatBytes, formatDateTime, t } from '../core/i18n.js';
import { badge, confirmDialog, errorMessage, progressBar, toast } from '../core/ui.js';
import './messages.js';

function markdownFor(attachment) {
  const name = attachment.fileName.replace(/[[\]]/g, '');
  const href = attachment.href || `/api/attachments/${attachment.id}`;
  return attachment.mediaType?.startsWith('image/') ? `![${name}](${href})` : `[${name}](${href})`;
}

function extraction(attachment) {
  switch (attachment.extraction) {
    case 'EXTRACTED': return badge('verified', t('att.extracted'));
    case 'FAILED': return h('span', null, badge('danger', t('att.extractionFailed')), attachment.extractionReason ? h('small', { class: 'att-reason' }, ' ', attachment.extractionReason) : null);
    default: return null;
  }
}

function uploadError(error, file) {
  if (error.status === 413) return t('att.tooLarge', { name: file.name });
  if (error.status === 415) return t('att.badType', { name: file.name });
  return t('att.failed', { name: file.name, reason: errorMessage(error) });
}

/**
 * attachmentsPanel({articleId, canEdit, onInsert(markdown), onChanged()}) → {el, load()}
 * onChanged runs after an upload or a deletion: on a published article it wrote a new draft version.
 */
export function attachmentsPanel({ articleId, canEdit, onInsert, onChanged }) {
  const headingId = uid('att');
  const list = h('ul', { class: 'att-list', dataset: { test: 'attachments' } });
  const uploads = h('ul', { class: 'att-uploads', 'aria-live': 'polite', dataset: { test: 'uploads' } });
  const status = h('p', { class: 'muted att-empty' });
  let items = [];

  const row = (a) => h('li', { class: 'att-item', dataset: { test: 'attachment', name: a.fileName } },
    h('div', { class: 'att-main' },
      h('a', { href: a.href || `/api/attachments/${a.id}`, class: 'att-name', target: '_blank', rel: 'noopener' }, a.fileName),
      h('span', { class: 'att-meta muted' }, `${formatBytes(a.size)} · ${a.mediaType} · ${formatDateTime(a.uploadedAt)}`),
      extraction(a)),
    canEdit ? h('div', { class: 'att-actions' },
      h('button', {
        type: 'button', class: 'small secondary', dataset: { test: 'attachment-insert' },
        'aria-label': t('att.insertLabel', { name: a.fileName }), onclick: () => onInsert?.(markdownFor(a)),
      }, a.mediaType?.startsWith('image/') ? t('att.insertImage') : t('att.insertLink')),
      h('button', {
        type: 'button', class: 'small secondary danger-text', dataset: { test: 'attachment-delete' },
        'aria-label': t('att.deleteLabel', { name: a.fileName }), onclick: () => remove(a),
      }, t('common.delete'))) : null);

  const draw = () => {
    replace(list, ...items.map(row));
    status.textContent = items.length ? '' : t('att.none');
  };

  async function load() {
    try {
      const { data } = await api.get(`/articles/${articleId}/attachments`);
      items = data || [];
      draw();
    } catch (error) {
      status.textContent = errorMessage(error);
    }
  }

  async function remove(a) {
    const ok = await confirmDialog(t('att.deleteTitle'), t('att.deleteConfirm', { name: a.fileName }), { confirmLabel: t('common.delete'), danger: true });
    if (!ok) return;
    try {
      await api.del(`/attachments/${a.id}`);
      items = items.filter((x) => x.id !== a.id);
      draw();
      onChanged?.();
      toast(t('att.deleted', { name: a.fileName }), 'success');
      fileInput.focus();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  }

  async function upload(file) {
    const bar = progressBar(t('att.progress', { name: file.name }));
    const processing = h('span', { class: 'muted att-processing', dataset: { test: 'upload-processing' } });
    const line = h('li', { class: 'att-upload', dataset: { test: 'upload', name: file.name } },
      h('span', { class: 'att-upload-name' }, file.name, ' ', h('span', { class: 'muted' }, formatBytes(file.size))), bar, processing);
    uploads.append(line);
    try {
      const { data } = await api.upload(`/articles/${articleId}/attachments`, file, {
        query: { name: file.name },
        onProgress: (fraction) => {
          bar.set(fraction);
          // Sent: the server now checks the file and extracts its text before it answers.
          if (fraction >= 1 && !processing.textContent) processing.textContent = t('att.processing');
        },
      });
      bar.set(1);
      line.classList.add('done');
      items.push(data);
      draw();
      onChanged?.();
      toast(t('att.uploaded', { name: file.name }), 'success');
      setTimeout(() => line.remove(), 1500);
    } catch (error) {
      line.classList.add('failed');
      bar.remove();
      processing.remove();
      line.append(h('p', { class: 'att-error', role: 'alert', dataset: { test: 'upload-error' } }, uploadError(error, file)),
        h('button', { type: 'button', class: 'small secondary', onclick: () => line.remove() }, t('common.close')));
    }
  }

  const uploadAll = (files) => [...files].reduce((chain, file) => chain.then(() => upload(file)), Promise.resolve());

  const fileId = uid('file');
  const fileInput = h('input', { type: 'file', id: fileId, multiple: true, class: 'visually-hidden', dataset: { test: 'attachment-file' } });
  fileInput.addEventListener('change', () => {
    const files = [...fileInput.files];
    fileInput.value = '';
    uploadAll(files);
  });
  const drop = canEdit ? h('div', { class: 'att-drop', dataset: { test: 'attachment-drop' } },
    h('label', { for: fileId, class: 'button small secondary' }, t('att.choose')),
    h('span', { class: 'muted' }, t('att.drop')), fileInput) : null;
  if (drop) {
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      if (e.dataTransfer?.files?.length) uploadAll(e.dataTransfer.files);
    });
    // Keyboard users reach the visually hidden input through its label button.
    fileInput.addEventListener('focus', () => drop.classList.add('focus'));
    fileInput.addEventListener('blur', () => drop.classList.remove('focus'));
  }

  const el = h('section', { class: 'card att-panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('att.title')),
    drop, uploads, list, status);
  return { el, load };
}
