// Building DOM safely: text always goes in as text, never as HTML. The only HTML the UI ever
// inserts comes from core/markdown.js (sanitised) or the search API's <mark> highlights (see
// highlighted()).

/**
 * h('button', {class: 'primary', onclick: fn, dataset: {test: 'save'}, 'aria-label': '…'}, 'Save')
 * Attributes: `class`, `dataset`, `on<event>` (functions), `hidden`/`disabled`/`checked`/`value`
 * (properties), anything else via setAttribute (null/false leaves it out). Children: strings,
 * numbers, nodes, arrays, null/undefined/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
      else if (name === 'dataset') Object.assign(el.dataset, value);
      else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
      else if (['value', 'checked', 'disabled', 'hidden', 'selected', 'indeterminate'].includes(name)) el[name] = value;
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * Text from the search API where only <mark>…</mark> is markup (the server escapes everything
 * else): rebuilt as text nodes and <mark> elements, so nothing else can ever become markup.
 */
export function highlighted(text) {
  const out = document.createDocumentFragment();
  if (!text) return out;
  const parts = String(text).split(/(<mark>|<\/mark>)/);
  let mark = null;
  for (const part of parts) {
    if (part === '<mark>') mark = document.createElement('mark');
    else if (part === '</mark>') { if (mark) out.append(mark); mark = null; }
    else if (part) (mark || out).append(unescapeEntities(part));
  }
  if (mark) out.append(mark);
  return out;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/', '&#47;': '/' };
function unescapeEntities(text) {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F|#47);/g, (m) => ENTITIES[m] ?? m);
}

/** Calls fn at most once per `ms` after the last call (for typing). */
export function debounce(fn, ms) {
  let timer;
  const debounced = (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

let ids = 0;
/** A unique element id, for label/aria wiring. */
export function uid(prefix = 'kb') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled form field: label + control (+ optional hint), wired for screen readers. */
export function field(label, control, hint) {
  const id = control.id || (control.id = uid('f'));
  const hintEl = hint ? h('small', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}
