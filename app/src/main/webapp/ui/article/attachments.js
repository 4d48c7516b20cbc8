// An article's attachments: images inline, video and audio with controls, PDFs previewed in a frame,
// everything else as a download link with its size.
import { api } from '../core/api.js';
import { h, replace } from '../core/dom.js';
import { formatBytes, t } from '../core/i18n.js';

function download(a) {
  return h('a', { href: a.href, download: a.fileName, class: 'attachment-download', 'aria-label': t('article.downloadNamed', { name: a.fileName }) },
    t('article.download'));
}

function caption(a) {
  return h('figcaption', null, h('span', { class: 'attachment-name' }, a.fileName), h('span', { class: 'muted' }, formatBytes(a.size)), download(a));
}

function pdf(a, compact) {
  const frameSlot = h('div', { class: 'pdf-slot' });
  const toggle = h('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false', dataset: { test: 'pdf-preview' } }, t('article.preview'));
  const show = () => {
    frameSlot.replaceChildren(
      h('iframe', { src: a.href, title: t('article.pdfTitle', { name: a.fileName }), class: 'pdf-frame', loading: 'lazy' }),
      h('p', { class: 'hint' }, t('article.pdfFallback'), ' ',
        h('a', { href: a.href, target: '_blank', rel: 'noopener' }, t('article.openPdf'))));
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = t('article.hidePreview');
  };
  toggle.addEventListener('click', () => {
    if (toggle.getAttribute('aria-expanded') === 'true') {
      frameSlot.replaceChildren();
      toggle.setAttribute('aria-expanded', 'false');
      toggle.textContent = t('article.preview');
    } else show();
  });
  if (!compact) show();
  return h('figure', { class: 'attachment attachment-pdf', dataset: { test: 'attachment' } },
    h('figcaption', null, h('span', { class: 'attachment-name' }, a.fileName), h('span', { class: 'muted' }, formatBytes(a.size)), toggle, download(a)),
    frameSlot);
}

function item(a, compact) {
  const type = a.mediaType || '';
  if (type.startsWith('image/')) {
    return h('figure', { class: 'attachment attachment-image', dataset: { test: 'attachment' } },
      h('a', { href: a.href, target: '_blank', rel: 'noopener' }, h('img', { src: a.href, alt: a.fileName, loading: 'lazy' })), caption(a));
  }
  if (type.startsWith('video/')) {
    return h('figure', { class: 'attachment attachment-video', dataset: { test: 'attachment' } },
      h('video', { src: a.href, controls: true, preload: 'metadata', 'aria-label': a.fileName }), caption(a));
  }
  if (type.startsWith('audio/')) {
    return h('figure', { class: 'attachment attachment-audio', dataset: { test: 'attachment' } },
      h('audio', { src: a.href, controls: true, preload: 'metadata', 'aria-label': a.fileName }), caption(a));
  }
  if (type === 'application/pdf') return pdf(a, compact);
  return null;
}

/** Fills `section` with the attachments of an article (nothing when there are none). */
export async function loadAttachments(section, articleId, { compact = false } = {}) {
  let list;
  try {
    ({ data: list } = await api.get(`/articles/${encodeURIComponent(articleId)}/attachments`));
  } catch {
    return;
  }
  if (!Array.isArray(list) || !list.length) return;
  const rendered = list.map((a) => [a, item(a, compact)]);
  const shown = rendered.filter(([, el]) => el).map(([, el]) => el);
  const files = rendered.filter(([, el]) => !el).map(([a]) => a);
  replace(section,
    h('h3', null, t('article.attachments'), ' ', h('span', { class: 'muted' }, `(${list.length})`)),
    shown.length ? h('div', { class: 'attachment-media' }, shown) : null,
    files.length ? h('ul', { class: 'attachment-files' }, files.map((a) => h('li', { dataset: { test: 'attachment' } },
      h('a', { href: a.href, download: a.fileName }, a.fileName), ' ', h('span', { class: 'muted' }, formatBytes(a.size))))) : null);
  section.hidden = false;
}
