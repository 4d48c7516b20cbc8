// The Markdown editor: a textarea with a small formatting toolbar (Ctrl+B / Ctrl+I / Ctrl+K) and
// a live, sanitised preview — side by side on wide screens, Write / Preview tabs on narrow ones.
import { debounce, h, replace, uid } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { renderMarkdown } from '../core/markdown.js';
import './messages.js';

const WIDE = '(min-width: 1024px)';

/** Replaces a range as if typed, so that Ctrl+Z undoes it. */
function replaceRange(textarea, text, start, end) {
  textarea.setSelectionRange(start, end);
  // execCommand keeps the browser's undo history; setRangeText is the fallback.
  if (!document.execCommand?.('insertText', false, text)) textarea.setRangeText(text, start, end, 'end');
}

/** Wraps the selection in before/after (or inserts a placeholder), keeping the text selected. */
function wrap(textarea, before, after, placeholder) {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const selected = value.slice(start, end) || placeholder;
  textarea.focus();
  replaceRange(textarea, before + selected + after, start, end);
  textarea.setSelectionRange(start + before.length, start + before.length + selected.length);
}

/** Puts a prefix before every selected line (or the current line). */
function prefixLines(textarea, prefix) {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = value.indexOf('\n', end) === -1 ? value.length : value.indexOf('\n', end);
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const numbered = prefix === '1. ';
  const replaced = lines.map((line, i) => (numbered ? `${i + 1}. ` : prefix) + line).join('\n');
  textarea.focus();
  replaceRange(textarea, replaced, lineStart, lineEnd);
  textarea.setSelectionRange(lineStart, lineStart + replaced.length);
}

function link(textarea) {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const text = value.slice(start, end) || t('md.linkText');
  const inserted = `[${text}](https://)`;
  textarea.focus();
  replaceRange(textarea, inserted, start, end);
  const urlStart = start + text.length + 3;
  textarea.setSelectionRange(urlStart, urlStart + 'https://'.length);
}

function code(textarea) {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  if (value.slice(start, end).includes('\n')) wrap(textarea, '```\n', '\n```', '');
  else wrap(textarea, '`', '`', t('md.codeText'));
}

const ACTIONS = [
  { id: 'bold', key: 'b', run: (ta) => wrap(ta, '**', '**', t('md.boldText')) },
  { id: 'italic', key: 'i', run: (ta) => wrap(ta, '*', '*', t('md.italicText')) },
  { id: 'heading', run: (ta) => prefixLines(ta, '## ') },
  { id: 'list', run: (ta) => prefixLines(ta, '- ') },
  { id: 'numbered', run: (ta) => prefixLines(ta, '1. ') },
  { id: 'link', key: 'k', run: link },
  { id: 'code', run: code },
  { id: 'quote', run: (ta) => prefixLines(ta, '> ') },
];

/**
 * markdownEditor({value, label, onInput}) → {el, textarea, value(), setValue(text), insert(text),
 * focus(), destroy()}. onInput(text) runs on every change made by typing or the toolbar.
 */
export function markdownEditor({ value = '', label, onInput }) {
  const id = uid('md');
  const textarea = h('textarea', {
    id, class: 'md-textarea', spellcheck: 'false', value, 'aria-describedby': `${id}-keys`,
    dataset: { test: 'editor-body' },
  });
  const preview = h('div', { class: 'prose md-preview', dataset: { test: 'editor-preview' }, 'aria-live': 'off' });
  const renderPreview = () => replace(preview, renderMarkdown(textarea.value));
  const renderLater = debounce(renderPreview, 250);
  const changed = () => {
    renderLater();
    onInput?.(textarea.value);
  };
  textarea.addEventListener('input', changed);
  textarea.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const action = ACTIONS.find((a) => a.key && a.key === event.key.toLowerCase());
    if (!action) return;
    event.preventDefault();
    action.run(textarea);
    changed();
  });

  const toolbar = h('div', { class: 'md-toolbar', role: 'toolbar', 'aria-label': t('md.toolbar'), 'aria-controls': id },
    ACTIONS.map((action) => h('button', {
      type: 'button', class: ['md-tool', `md-tool-${action.id}`], title: t(`md.${action.id}.title`),
      'aria-label': t(`md.${action.id}.title`), dataset: { test: `md-${action.id}` },
      onclick: () => { action.run(textarea); changed(); },
    }, h('span', { 'aria-hidden': 'true' }, t(`md.${action.id}.icon`)))));

  // A toolbar is one tab stop; the arrow keys move between its buttons.
  const tools = [...toolbar.querySelectorAll('button')];
  tools.forEach((b, i) => { b.tabIndex = i === 0 ? 0 : -1; });
  toolbar.addEventListener('keydown', (event) => {
    const index = tools.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tools.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tools[(next + tools.length) % tools.length];
    tools.forEach((b) => { b.tabIndex = b === target ? 0 : -1; });
    target.focus();
  });

  // Tabs (narrow screens) or two panes (wide screens).
  const writeTab = h('button', { type: 'button', role: 'tab', id: `${id}-tab-write`, 'aria-controls': `${id}-write`, dataset: { test: 'tab-write' } }, t('md.write'));
  const previewTab = h('button', { type: 'button', role: 'tab', id: `${id}-tab-preview`, 'aria-controls': `${id}-preview`, dataset: { test: 'tab-preview' } }, t('md.preview'));
  const tabs = h('div', { class: 'tabs md-tabs', role: 'tablist', 'aria-label': t('md.views') }, writeTab, previewTab);
  const writePane = h('div', { class: 'md-pane md-write', id: `${id}-write` },
    h('label', { for: id, class: 'md-label' }, label || t('md.body')),
    toolbar, textarea,
    h('small', { class: 'hint', id: `${id}-keys` }, t('md.keys')));
  const previewPane = h('div', { class: 'md-pane md-preview-pane', id: `${id}-preview` },
    h('h2', { class: 'md-label', id: `${id}-preview-title` }, t('md.preview')), preview);
  previewPane.setAttribute('aria-labelledby', `${id}-preview-title`);
  const el = h('div', { class: 'md-editor', dataset: { test: 'md-editor' } }, tabs, h('div', { class: 'md-panes' }, writePane, previewPane));

  let selected = 'write';
  const media = window.matchMedia(WIDE);
  const layout = () => {
    const wide = media.matches;
    el.classList.toggle('md-split', wide);
    tabs.hidden = wide;
    for (const [tab, pane, name] of [[writeTab, writePane, 'write'], [previewTab, previewPane, 'preview']]) {
      const active = selected === name;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      if (wide) {
        pane.hidden = false;
        pane.removeAttribute('role');
        pane.removeAttribute('aria-labelledby');
      } else {
        pane.hidden = !active;
        pane.setAttribute('role', 'tabpanel');
        pane.setAttribute('aria-labelledby', tab.id);
      }
    }
  };
  const select = (name, focus) => {
    selected = name;
    if (name === 'preview') renderPreview();
    layout();
    if (focus) (name === 'write' ? writeTab : previewTab).focus();
  };
  writeTab.addEventListener('click', () => select('write'));
  previewTab.addEventListener('click', () => select('preview'));
  tabs.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      select(selected === 'write' ? 'preview' : 'write', true);
    }
  });
  media.addEventListener('change', layout);
  layout();
  renderPreview();

  return {
    el,
    textarea,
    value: () => textarea.value,
    setValue(text) {
      textarea.value = text;
      renderPreview();
    },
    /** Inserts text at the cursor (e.g. a link to an attachment). */
    insert(text) {
      if (!media.matches) select('write');
      const { selectionStart: start, selectionEnd: end } = textarea;
      textarea.focus();
      replaceRange(textarea, text, start, end);
      changed();
    },
    /** Inserts a block (an image, a link) on its own line at the cursor. */
    insertBlock(text) {
      const { selectionStart: start, value } = textarea;
      const before = start > 0 && value[start - 1] !== '\n' ? '\n\n' : '';
      const after = start < value.length && value[start] !== '\n' ? '\n\n' : '';
      this.insert(before + text + after);
    },
    focus: (options) => {
      if (!media.matches) select('write');
      textarea.focus(options);
    },
    destroy: () => {
      media.removeEventListener('change', layout);
      renderLater.cancel();
    },
  };
}
