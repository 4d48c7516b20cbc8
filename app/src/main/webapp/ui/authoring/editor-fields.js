// The editor's form fields and their state: what the article was when loaded or last saved (the
// base), what the fields hold now (snapshot), whether they differ (dirty), putting values back
// into them (fill), the space's categories and the template skeletons of a new article.
import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { confirmDialog, errorMessage, toast } from '../core/ui.js';
import { getCategories } from './editor-api.js';
import { markdownEditor } from './editor-markdown.js';
import { tagInput } from './editor-tags.js';

export function sameList(a, b) {
  return (a || []).length === (b || []).length && (a || []).every((x, i) => x === b[i]);
}

/** The comparable values of a saved article. */
export function baseOf(a) {
  return {
    title: a.title, body: a.body || '', tags: [...(a.tags || [])], category: a.category || '', space: a.space,
    version: a.version, owner: a.owner || '', reviewIntervalDays: a.reviewIntervalDays ?? '', restrictedTo: [...(a.restrictedTo || [])].sort(),
  };
}

function flattenCategories(tree, depth = 0, out = []) {
  for (const node of tree || []) {
    out.push({ id: node.id, name: node.name, depth });
    flattenCategories(node.children, depth + 1, out);
  }
  return out;
}

/** Creates the fields on the editor `ed` and adds the form-state actions to it. */
export function createFields(ed, { writable, params }) {
  const { article, base, templates } = ed;
  // A new article may come with a suggested title (e.g. an agent's request: #/articles/new?title=…).
  const titleInput = h('input', { type: 'text', maxlength: 300, required: true, value: article ? base.title : (params.title || '').slice(0, 300), autocomplete: 'off', dataset: { test: 'editor-title' } });
  const spaceSelect = h('select', { dataset: { test: 'editor-space' } },
    writable.map((s) => h('option', { value: s.key, selected: s.key === base.space }, `${s.name} (${s.key})`)));
  if (article && !writable.some((s) => s.key === article.space)) {
    spaceSelect.prepend(h('option', { value: article.space, selected: true }, article.space));
  }
  const categorySelect = h('select', { dataset: { test: 'editor-category' } });
  const templateSelect = h('select', { dataset: { test: 'editor-template' } },
    h('option', { value: '' }, t('editor.templateNone')),
    templates.map((tpl) => h('option', { value: tpl.key, selected: tpl.key === ed.template }, t(`template.${tpl.key}`))));
  const templateHint = h('span', { 'aria-live': 'polite' });
  const tags = tagInput({ label: t('editor.tags'), tags: base.tags, onChange: () => ed.changed() });
  const changeNote = h('input', { type: 'text', maxlength: 500, autocomplete: 'off', dataset: { test: 'change-note' } });
  const ownerInput = h('input', { type: 'text', maxlength: 64, value: base.owner, placeholder: base.owner || ed.username, autocomplete: 'off', dataset: { test: 'editor-owner' } });
  const intervalInput = h('input', { type: 'number', min: 0, max: 3650, step: 1, value: base.reviewIntervalDays === '' ? '' : String(base.reviewIntervalDays), placeholder: '180', dataset: { test: 'editor-interval' } });
  const restricted = tagInput({ label: t('editor.restrictedTo'), tags: base.restrictedTo, hint: t('editor.restrictedHint'), onChange: () => ed.changed(), test: 'restricted' });
  const markdown = markdownEditor({ value: base.body, label: t('editor.body'), onInput: () => ed.changed() });
  Object.assign(ed, { titleInput, spaceSelect, categorySelect, templateSelect, templateHint, tags, changeNote, ownerInput, intervalInput, restricted, markdown });

  const canPublish = () => ed.can(spaceSelect.value, 'PUBLISH');

  const snapshot = () => ({
    title: titleInput.value.trim(),
    body: markdown.value(),
    tags: tags.tags(),
    category: categorySelect.value,
    space: spaceSelect.value,
    owner: ownerInput.value.trim(),
    reviewIntervalDays: intervalInput.value === '' ? '' : Number(intervalInput.value),
    restrictedTo: restricted.tags().sort(),
  });
  const isDirty = () => {
    const now = snapshot();
    const b = ed.base;
    const baseBody = !ed.article && ed.templateBody !== null ? ed.templateBody : b.body;
    return now.title !== b.title || now.body !== baseBody || !sameList(now.tags, b.tags)
      || now.category !== b.category || now.space !== b.space || now.owner !== (b.owner || '')
      || String(now.reviewIntervalDays) !== String(b.reviewIntervalDays) || !sameList(now.restrictedTo, b.restrictedTo);
  };

  async function loadCategories(spaceKey, selected) {
    replace(categorySelect, h('option', { value: '' }, t('editor.categoryNone')));
    try {
      const data = await getCategories(spaceKey);
      for (const c of flattenCategories(data)) {
        categorySelect.append(h('option', { value: c.id, selected: c.id === selected }, `${'\u00a0\u00a0\u00a0\u00a0'.repeat(c.depth)}${c.depth ? '└ ' : ''}${c.name}`));
      }
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
    categorySelect.value = selected || '';
  }

  function fill(values) {
    titleInput.value = values.title ?? '';
    markdown.setValue(values.body ?? '');
    tags.setTags(values.tags || []);
    if (values.space && values.space !== spaceSelect.value && [...spaceSelect.options].some((o) => o.value === values.space)) {
      spaceSelect.value = values.space;
      loadCategories(values.space, values.category);
    } else if (values.category !== undefined) {
      categorySelect.value = values.category || '';
    }
    if (values.owner !== undefined) ownerInput.value = values.owner;
    if (values.reviewIntervalDays !== undefined) intervalInput.value = values.reviewIntervalDays === '' ? '' : String(values.reviewIntervalDays);
    if (values.restrictedTo) restricted.setTags(values.restrictedTo);
  }

  // An untouched skeleton (or an empty body) is swapped for the new template's; typed text is
  // only replaced when the author confirms.
  function applyTemplate(key, { force = false } = {}) {
    ed.template = key;
    templateHint.replaceChildren();
    const skeleton = templates.find((tpl) => tpl.key === key)?.body ?? '';
    const current = markdown.value();
    const untouched = current.trim() === '' || (ed.templateBody !== null && current === ed.templateBody);
    if (untouched || force) {
      markdown.setValue(skeleton);
      ed.templateBody = skeleton;
      ed.changed();
    } else if (key) {
      templateHint.append(t('editor.templateKept'), ' ', h('button', {
        type: 'button', class: 'link-button small', dataset: { test: 'template-replace' },
        onclick: async () => {
          if (await confirmDialog(t('editor.templateReplaceTitle'), t('editor.templateReplaceText'), { confirmLabel: t('editor.templateReplace'), danger: true })) {
            applyTemplate(key, { force: true });
            markdown.focus();
          }
        },
      }, t('editor.templateReplace')));
    }
  }
  templateSelect.addEventListener('change', () => applyTemplate(templateSelect.value));

  return { canPublish, snapshot, isDirty, loadCategories, fill, applyTemplate };
}
