// A tag input: type and press Enter or a comma to add a tag, Backspace in the empty box removes the
// last one, every chip has its own labelled remove button. Pasting "a, b, c" adds three.
import { h, replace, uid } from '../core/dom.js';
import { t } from '../core/i18n.js';
import './messages.js';

const SEPARATORS = /[,，、;；\n]/;
const MAX_LENGTH = 64;
const MAX_TAGS = 50;

/**
 * tagInput({label, tags, onChange, hint, test}) → {el, tags(), commit(), setTags(list), focus()}.
 */
export function tagInput({ label, tags = [], onChange, hint, test = 'tags' }) {
  const id = uid('tags');
  let values = [...tags];
  const list = h('ul', { class: 'tag-chips', 'aria-label': label });
  const input = h('input', {
    type: 'text', id, class: 'tag-entry', autocomplete: 'off', maxlength: MAX_LENGTH + 10,
    'aria-describedby': `${id}-hint`, dataset: { test: `${test}-input` },
  });
  const live = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const message = h('small', { class: 'hint', id: `${id}-hint` }, hint || t('tags.hint'));

  const changed = (announcement) => {
    draw();
    live.textContent = announcement;
    onChange?.([...values]);
  };
  const add = (raw) => {
    let added = false;
    for (const part of String(raw).split(SEPARATORS)) {
      const tag = part.trim();
      if (!tag) continue;
      if (tag.length > MAX_LENGTH) { message.textContent = t('tags.tooLong', { max: MAX_LENGTH }); continue; }
      if (values.length >= MAX_TAGS) { message.textContent = t('tags.tooMany', { max: MAX_TAGS }); break; }
      if (values.some((v) => v.toLowerCase() === tag.toLowerCase())) continue;
      values.push(tag);
      added = tag;
    }
    if (added) {
      message.textContent = hint || t('tags.hint');
      changed(t('tags.added', { tag: added }));
    }
  };
  const remove = (tag, refocus) => {
    const index = values.indexOf(tag);
    if (index < 0) return;
    values.splice(index, 1);
    changed(t('tags.removed', { tag }));
    if (refocus) {
      const buttons = list.querySelectorAll('button');
      (buttons[Math.min(index, buttons.length - 1)] || input).focus();
    }
  };
  const draw = () => {
    replace(list, ...values.map((tag) => h('li', { class: 'chip', dataset: { test: `${test}-chip`, tag } },
      h('span', { class: 'chip-text' }, tag),
      h('button', {
        type: 'button', class: 'chip-remove', 'aria-label': t('tags.remove', { tag }), title: t('tags.remove', { tag }),
        dataset: { test: `${test}-remove` }, onclick: () => remove(tag, true),
      }, h('span', { 'aria-hidden': 'true' }, '×')))));
  };

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // an IME is still composing Chinese
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault();
      add(input.value);
      input.value = '';
    } else if (event.key === 'Backspace' && input.value === '' && values.length) {
      event.preventDefault();
      remove(values[values.length - 1], false);
    }
  });
  input.addEventListener('input', () => {
    if (SEPARATORS.test(input.value)) {
      const parts = input.value.split(SEPARATORS);
      const rest = parts.pop();
      add(parts.join(','));
      input.value = rest;
    }
  });
  input.addEventListener('blur', () => {
    if (input.value.trim()) {
      add(input.value);
      input.value = '';
    }
  });
  draw();

  const box = h('div', { class: 'tag-input', onclick: (e) => { if (e.target === box) input.focus(); } }, list, input);
  const el = h('div', { class: 'field', dataset: { test } }, h('label', { for: id }, label), box, message, live);
  return {
    el,
    tags: () => [...values],
    /** Adds what is still typed in the box (e.g. before saving). */
    commit() {
      if (input.value.trim()) { add(input.value); input.value = ''; }
    },
    setTags(next) {
      values = [...next];
      draw();
    },
    focus: () => input.focus(),
  };
}
