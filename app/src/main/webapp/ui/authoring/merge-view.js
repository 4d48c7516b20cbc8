// The merge view shown when someone else saved the article first (412): what they changed (the
// server's diff), and a three-way merge of base / mine / theirs where clean changes are already
// combined and each conflict is resolved by the author (mine, theirs, both, or edited). The
// author's own text stays one click away (copy / download) until the merged version is saved.
import { h, replace, uid } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { toast } from '../core/ui.js';
import { merge3, mergedText, mergeTags, mergeValue, splitLines } from './merge.js';
import { diffPanel } from './review-diff.js';
import './messages.js';

const CONTEXT = 3;

function linesBlock(lines, cls, test) {
  return h('pre', { class: ['merge-lines', cls], dataset: test ? { test } : null }, lines.length ? lines.join('\n') : h('em', { class: 'muted' }, t('merge.noLines')));
}

/** Unchanged text between conflicts: short runs in full, long ones folded with their edges shown. */
function sameBlock(lines) {
  if (lines.length <= CONTEXT * 2 + 2) return linesBlock(lines, 'merge-same');
  return h('div', { class: 'merge-same-folded' },
    linesBlock(lines.slice(0, CONTEXT), 'merge-same'),
    h('details', { class: 'merge-fold' },
      h('summary', null, t('merge.moreLines', { n: lines.length - CONTEXT * 2 })),
      linesBlock(lines.slice(CONTEXT, lines.length - CONTEXT), 'merge-same')),
    linesBlock(lines.slice(lines.length - CONTEXT), 'merge-same'));
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission: select the text in a temporary textarea and copy that.
    const area = h('textarea', { class: 'visually-hidden', value: text, 'aria-hidden': 'true' });
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * mergeView({base, mine, theirs, diff, onApply, onDiscardMine}) → element.
 * base/mine/theirs: {title, body, tags}; theirs also {version, author, changeNote, at};
 * base also {version}. onApply({title, body, tags}, {save}) takes the merged result;
 * onDiscardMine() loads their version and drops the author's changes.
 */
export function mergeView({ base, mine, theirs, diff, onApply, onDiscardMine }) {
  const { chunks, conflicts } = merge3(base.body, mine.body, theirs.body);
  const resolutions = new Array(conflicts).fill(undefined);
  const choices = new Array(conflicts).fill(null); // how each was resolved: mine | theirs | both | edited
  const title = mergeValue(base.title, mine.title, theirs.title);
  const tags = mergeTags(base.tags || [], mine.tags || [], theirs.tags || []);
  const total = conflicts + (title.conflict ? 1 : 0);
  let titleChoice = title.conflict ? null : title.value;

  const headingId = uid('merge');
  const heading = h('h2', { id: headingId, tabindex: '-1', class: 'merge-heading' }, t('merge.title'));
  const progress = h('p', { class: 'merge-progress', 'aria-live': 'polite', dataset: { test: 'merge-progress' } });
  const message = h('p', { class: 'form-message', role: 'alert' });
  const blocks = [];

  const unresolved = () => resolutions.filter((r) => r === undefined).length + (titleChoice === null ? 1 : 0);
  const updateProgress = () => {
    const open = unresolved();
    progress.textContent = total === 0 ? t('merge.clean')
      : open === 0 ? t('merge.allResolved', { total }) : t('merge.open', { open, total });
    progress.classList.toggle('done', open === 0);
    if (open === 0) message.textContent = '';
  };

  // Title.
  let titleSection;
  if (title.conflict) {
    const name = uid('title');
    const choice = (value, label, test) => h('label', { class: 'checkbox merge-choice' },
      h('input', { type: 'radio', name, value, dataset: { test }, onchange: () => { titleChoice = value; titleSection.classList.add('resolved'); updateProgress(); } }),
      h('span', null, label, ': ', h('strong', null, value)));
    titleSection = h('fieldset', { class: 'merge-conflict merge-title-conflict', dataset: { test: 'merge-title-conflict' } },
      h('legend', null, t('merge.titleConflict')),
      choice(mine.title, t('merge.yours'), 'merge-title-mine'),
      choice(theirs.title, t('merge.theirs'), 'merge-title-theirs'));
  } else {
    titleSection = h('p', { class: 'merge-field' }, h('strong', null, t('merge.titleLabel')), ' ', title.value);
  }
  const tagsSection = h('p', { class: 'merge-field' }, h('strong', null, t('merge.tagsLabel')), ' ',
    tags.length ? tags.join(t('merge.tagSeparator')) : t('merge.noTags'));

  // Body: unchanged runs and conflict blocks.
  let n = 0;
  const body = h('div', { class: 'merge-body', dataset: { test: 'merge-body' } }, chunks.map((chunk) => {
    if (chunk.kind === 'same') return sameBlock(chunk.lines);
    const index = n;
    n += 1;
    const block = conflictBlock(chunk, index);
    blocks.push(block);
    return block.el;
  }));

  function conflictBlock(chunk, index) {
    const holder = h('div', { class: 'merge-conflict-content' });
    const el = h('fieldset', { class: 'merge-conflict', dataset: { test: 'merge-conflict', index: String(index) } },
      h('legend', null, t('merge.conflictN', { n: index + 1, total: conflicts })), holder);
    const choose = (lines, how) => {
      resolutions[index] = lines;
      choices[index] = how;
      showResolved();
      updateProgress();
      focusNext(index);
    };
    const showChoices = () => {
      el.classList.remove('resolved');
      replace(holder,
        h('p', { class: 'muted' }, t('merge.conflictHelp')),
        h('div', { class: 'merge-sides' },
          h('section', { class: 'merge-side merge-mine', 'aria-label': t('merge.yours') },
            h('h4', null, t('merge.yours')), linesBlock(chunk.mine, 'merge-mine-lines', 'merge-mine')),
          h('section', { class: 'merge-side merge-theirs', 'aria-label': t('merge.theirs') },
            h('h4', null, t('merge.theirs')), linesBlock(chunk.theirs, 'merge-theirs-lines', 'merge-theirs'))),
        chunk.base.length ? h('details', { class: 'merge-base' }, h('summary', null, t('merge.original')), linesBlock(chunk.base, 'merge-base-lines')) : null,
        h('div', { class: 'merge-buttons', role: 'group', 'aria-label': t('merge.resolveLabel', { n: index + 1 }) },
          h('button', { type: 'button', class: 'small secondary', dataset: { test: 'keep-mine' }, onclick: () => choose(chunk.mine, 'mine') }, t('merge.keepMine')),
          h('button', { type: 'button', class: 'small secondary', dataset: { test: 'keep-theirs' }, onclick: () => choose(chunk.theirs, 'theirs') }, t('merge.keepTheirs')),
          h('button', { type: 'button', class: 'small secondary', dataset: { test: 'keep-both' }, onclick: () => choose([...chunk.mine, ...chunk.theirs], 'both') }, t('merge.keepBoth')),
          h('button', { type: 'button', class: 'small secondary', dataset: { test: 'edit-conflict' }, onclick: showEditor }, t('merge.edit'))));
    };
    const showEditor = () => {
      const id = uid('resolve');
      const current = resolutions[index] ?? [...chunk.mine, ...chunk.theirs];
      const area = h('textarea', { id, class: 'merge-edit', rows: Math.min(16, current.length + 2), value: current.join('\n'), dataset: { test: 'merge-edit' } });
      replace(holder,
        h('label', { for: id }, t('merge.editLabel')), area,
        h('div', { class: 'merge-buttons' },
          h('button', { type: 'button', class: 'small primary', dataset: { test: 'merge-edit-done' }, onclick: () => choose(splitLines(area.value), 'edited') }, t('merge.editDone')),
          h('button', { type: 'button', class: 'small secondary', onclick: () => (resolutions[index] === undefined ? showChoices() : showResolved()) }, t('common.cancel'))));
      area.focus();
    };
    const showResolved = () => {
      el.classList.add('resolved');
      const change = h('button', { type: 'button', class: 'small link-button', dataset: { test: 'merge-change' }, onclick: () => { resolutions[index] = undefined; updateProgress(); showChoices(); change.blur(); el.querySelector('button')?.focus(); } }, t('merge.change'));
      replace(holder,
        h('p', { class: 'merge-resolved-label' }, h('span', { class: 'badge badge-verified', dataset: { test: 'merge-resolution' } }, t(`merge.resolved.${choices[index]}`)), ' ', change),
        linesBlock(resolutions[index], 'merge-result-lines', 'merge-result'));
    };
    showChoices();
    return { el, focus: () => el.querySelector('button')?.focus() };
  }

  function focusNext(after) {
    const next = resolutions.findIndex((r, i) => i > after && r === undefined);
    const first = resolutions.findIndex((r) => r === undefined);
    const target = next >= 0 ? next : first;
    if (target >= 0) blocks[target].focus();
    else saveButton.focus();
  }

  const result = () => {
    const text = mergedText(chunks, resolutions);
    return { title: titleChoice, body: text && /\n$/.test(mine.body || '') ? `${text}\n` : text, tags };
  };
  const apply = (save) => {
    if (unresolved() > 0) {
      message.textContent = t('merge.resolveFirst', { open: unresolved() });
      const first = resolutions.findIndex((r) => r === undefined);
      if (titleChoice === null) titleSection.querySelector('input')?.focus();
      else if (first >= 0) blocks[first].focus();
      return;
    }
    onApply(result(), { save });
  };
  const saveButton = h('button', { type: 'button', class: 'primary', dataset: { test: 'merge-save' }, onclick: () => apply(true) }, t('merge.save'));
  const editButton = h('button', { type: 'button', class: 'secondary', dataset: { test: 'merge-edit-in-editor' }, onclick: () => apply(false) }, t('merge.openInEditor'));

  // The author's own version, always at hand until the merged version is saved.
  const download = h('a', { class: 'button small secondary', download: `${(mine.title || 'article').slice(0, 60)}.md`, dataset: { test: 'merge-download-mine' } }, t('merge.downloadMine'));
  const blobUrl = URL.createObjectURL(new Blob([`# ${mine.title}\n\n${mine.body}`], { type: 'text/markdown;charset=utf-8' }));
  download.href = blobUrl;
  const yours = h('div', { class: 'merge-mine-tools' },
    h('p', null, t('merge.safe')),
    h('div', { class: 'toolbar' },
      h('button', {
        type: 'button', class: 'small secondary', dataset: { test: 'merge-copy-mine' },
        onclick: async () => toast(await copyText(mine.body) ? t('merge.copied') : t('merge.copyFailed'), 'info'),
      }, t('merge.copyMine')),
      download,
      h('button', {
        type: 'button', class: 'small secondary', dataset: { test: 'merge-discard-mine' },
        onclick: () => onDiscardMine?.(),
      }, t('merge.discardMine'))));

  const who = theirs.author
    ? t('merge.savedBy', { author: theirs.author, version: theirs.version, at: formatDateTime(theirs.at) })
    : t('merge.savedVersion', { version: theirs.version });

  const el = h('section', { class: 'merge card', 'aria-labelledby': headingId, dataset: { test: 'merge-view' } },
    heading,
    h('p', { class: 'merge-who' }, who, theirs.changeNote ? h('span', { class: 'muted' }, ' — ', t('merge.note', { note: theirs.changeNote })) : null),
    yours,
    h('details', { class: 'merge-theirs-changes', open: true },
      h('summary', null, h('h3', { class: 'merge-sub' }, t('merge.whatTheyChanged', { from: base.version, to: theirs.version }))),
      diff ? diffPanel(diff, {
        beforeLabel: t('merge.baseVersion', { n: base.version }),
        afterLabel: t('merge.theirVersion', { n: theirs.version }),
      }) : h('p', { class: 'muted' }, t('merge.diffUnavailable'))),
    h('h3', { class: 'merge-sub' }, t('merge.result')),
    progress,
    titleSection,
    tagsSection,
    body,
    message,
    h('div', { class: 'actions merge-actions' }, editButton, saveButton));
  el.cleanup = () => URL.revokeObjectURL(blobUrl);
  el.focusHeading = () => heading.focus();
  updateProgress();
  return el;
}
