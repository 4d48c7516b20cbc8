// The keyboard of the search screen and its hint line. "/" focuses the box from anywhere; ↑ ↓
// move through suggestions (when shown) or results (the box keeps focus, aria-activedescendant
// names the active option); Enter opens the active result (or the first) in the preview pane; Esc
// closes suggestions, then the pane, then clears the box; Alt+C copies the answer; Page Up/Down
// scroll the open article. Results follow typing, but not the pinyin of an input method.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { searchKey } from './search-url.js';

// Short on purpose: results must follow typing within 150 ms (p95). A burst of keys (paste, fast
// typing) still makes one request, and every newer request aborts the one before it.
const TYPING_DELAY = 40;

/** The line that lists the keys (the box's aria-describedby). */
export function keyHints() {
  const kbd = (key) => h('kbd', null, key);
  return h('p', { id: 'search-keys', class: 'key-hints', dataset: { test: 'key-hints' } },
    h('span', { class: 'visually-hidden' }, `${t('search.keys')}: `),
    h('span', null, kbd('/'), ' ', t('search.key.focus')),
    h('span', null, kbd('↑'), kbd('↓'), ' ', t('search.key.move')),
    h('span', null, kbd('Enter'), ' ', t('search.key.open')),
    h('span', null, kbd('Esc'), ' ', t('search.key.back')),
    h('span', null, kbd('Alt'), '+', kbd('C'), ' ', t('search.key.copy')));
}

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Listens to the box and the document; returns the function that stops listening. */
export function listenToKeys(sc) {
  const { input, clear, list, suggest } = sc;
  const { pane, body: paneBody } = sc.paneParts;

  const typed = () => {
    clear.hidden = !input.value;
    sc.openFirstWhenReady = null;
    clearTimeout(sc.typingTimer);
    sc.typingTimer = setTimeout(() => { sc.runNow(); suggest.request(input.value); }, TYPING_DELAY);
  };
  // While a Chinese input method is composing, the box holds pinyin, not the query: wait for the
  // characters.
  input.addEventListener('input', (event) => { if (!event.isComposing) typed(); });
  input.addEventListener('compositionend', typed);

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // Chinese input method still composing
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (suggest.isOpen() && suggest.move(1)) return;
        suggest.cancel();
        sc.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (suggest.isOpen() && suggest.hasActive()) { suggest.move(-1); return; }
        sc.move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        if (suggest.isOpen() && suggest.hasActive()) { suggest.choose(); return; }
        suggest.cancel();
        if (sc.active >= 0) { sc.openAt(sc.active); return; }
        if (searchKey(sc.state) === sc.renderedKey && sc.state.q === input.value && sc.hits.length) { sc.openAt(0); return; }
        sc.openFirstWhenReady = input.value;
        sc.runNow();
        break;
      case 'Escape':
        event.preventDefault();
        if (suggest.isOpen()) { suggest.cancel(); return; }
        if (sc.paneId) { sc.closePane(); return; }
        if (input.value) { input.value = ''; sc.runNow(); }
        break;
      case 'PageDown':
      case 'PageUp':
        if (sc.paneId) {
          event.preventDefault();
          paneBody.scrollBy({ top: (event.key === 'PageDown' ? 1 : -1) * paneBody.clientHeight * 0.85 });
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) suggest.cancel(); }, 100));
  input.addEventListener('kb:suggest-closed', () => {
    input.setAttribute('aria-controls', list.id);
    if (sc.active >= 0) input.setAttribute('aria-activedescendant', `result-${sc.active}`);
  });

  const onDocumentKey = (event) => {
    if (document.querySelector('dialog[open]')) return;
    if (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.altKey && (event.code === 'KeyC' || event.key === 'c') && !event.ctrlKey && !event.metaKey) {
      if (sc.paneId || sc.active >= 0) { event.preventDefault(); sc.copyAnswer(); }
      return;
    }
    if (event.key === 'Escape' && sc.paneId && pane.contains(event.target)) {
      if (event.target.tagName === 'TEXTAREA' && event.target.value) return; // do not lose a comment
      event.preventDefault();
      sc.closePane({ focus: true });
    }
  };
  document.addEventListener('keydown', onDocumentKey);
  return () => document.removeEventListener('keydown', onDocumentKey);
}
