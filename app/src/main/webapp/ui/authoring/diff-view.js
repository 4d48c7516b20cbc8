// The comparison of two versions as people read it: the server's segment stream
// ({op: equal|insert|delete, text}) is cut into lines on '\n', the old and new lines are paired so
// that the same text sits on the same row, long unchanged stretches fold away, and the result is
// drawn side by side (old left, new right) or inline. Deletions are struck through and insertions
// underlined (not only coloured), and screen readers hear "deleted"/"inserted".
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import './history-messages.js';

const CONTEXT = 3; // unchanged lines kept next to a change
const MIN_FOLD = 4; // fewer hidden lines than this are simply shown

function newLine() {
  return { pieces: [], eq: [] };
}

/**
 * Rows of a diff: [{left, right, leftNo, rightNo, same}] where left/right are arrays of pieces
 * {op, text, seq} (null when that side has no line there). Text between two newlines of unchanged
 * text forms a block; inside a block lines are paired by the unchanged text they share.
 */
export function alignRows(segments) {
  const rows = [];
  let seq = 0;
  let eqId = 0;
  let block = { left: [newLine()], right: [newLine()] };
  const add = (lines, piece, id) => {
    const line = lines[lines.length - 1];
    line.pieces.push(piece);
    if (id !== undefined) line.eq.push(id);
  };
  for (const segment of segments || []) {
    const parts = String(segment.text ?? '').split('\n');
    parts.forEach((part, i) => {
      if (segment.op === 'equal') {
        if (i > 0) {
          pairBlock(block, rows);
          block = { left: [newLine()], right: [newLine()] };
        }
        if (part) {
          const piece = { op: 'equal', text: part, seq: seq++ };
          const id = eqId++;
          add(block.left, piece, id);
          add(block.right, piece, id);
        }
      } else {
        const lines = segment.op === 'delete' ? block.left : block.right;
        if (i > 0) lines.push(newLine());
        if (part) add(lines, { op: segment.op === 'delete' ? 'delete' : 'insert', text: part, seq: seq++ });
      }
    });
  }
  pairBlock(block, rows);
  mergeMovedLines(rows);
  // A text ending in a newline leaves an empty last line on both sides: not worth a row.
  const last = rows[rows.length - 1];
  if (last && last.same && !last.left.length && rows.length > 1) rows.pop();
  let leftNo = 0;
  let rightNo = 0;
  for (const row of rows) {
    row.leftNo = row.left ? ++leftNo : null;
    row.rightNo = row.right ? ++rightNo : null;
  }
  return rows;
}

/**
 * The segment stream sometimes puts an unchanged line break on the other side of an inserted or
 * deleted line, which leaves the same line (often a blank one) once on the left and once on the
 * right, a row apart. Such a pair inside one run of changes becomes one unchanged row again, where
 * the order of both sides allows it.
 */
function mergeMovedLines(rows) {
  const plain = (pieces) => pieces.every((p) => p.op === 'equal');
  const text = (pieces) => pieces.map((p) => p.text).join('');
  for (let a = 0; a < rows.length; a += 1) {
    const first = rows[a];
    if (first.same || (first.left && first.right)) continue;
    const side = first.left ? 'left' : 'right';
    const other = side === 'left' ? 'right' : 'left';
    if (!plain(first[side])) continue;
    for (let b = a + 1; b < rows.length && !rows[b].same; b += 1) {
      const candidate = rows[b];
      if (candidate[side]) break; // a later line of the same side: order would change
      if (candidate[other] && !candidate[side] && plain(candidate[other]) && text(candidate[other]) === text(first[side])) {
        rows[b] = row(side === 'left' ? first.left : candidate.left, side === 'left' ? candidate.right : first.right);
        rows.splice(a, 1);
        a -= 1;
        break;
      }
    }
  }
}

const MAX_CELLS = 250000; // larger blocks are paired greedily instead

function pairBlock(block, rows) {
  const L = block.left;
  const R = block.right;
  const push = (l, r) => rows.push(row(l ? l.pieces : null, r ? r.pieces : null));
  const pairs = L.length * R.length <= MAX_CELLS ? bestPairs(L, R) : greedyPairs(L, R);
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [L.length, R.length]]) {
    for (; i < pi; i += 1) push(L[i], null);
    for (; j < pj; j += 1) push(null, R[j]);
    if (pi < L.length && pj < R.length) {
      push(L[pi], R[pj]);
      i += 1;
      j += 1;
    }
  }
}

/** How well two lines belong on one row: the unchanged text they share; -1 when they must not. */
function affinity(l, r) {
  if (!l.eq.length || !r.eq.length) {
    if (l.eq.length || r.eq.length) return -1;
    return (l.pieces.length > 0) === (r.pieces.length > 0) ? 0.5 : -1;
  }
  let shared = 0;
  for (const piece of l.pieces) {
    if (piece.op === 'equal' && r.pieces.includes(piece)) shared += piece.text.length;
  }
  return shared > 0 ? shared : -1;
}

/** Pairs [[i, j]…] in order that keep the most shared text on the same rows (earliest on ties). */
function bestPairs(L, R) {
  const n = L.length;
  const m = R.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const aff = Array.from({ length: n }, (_, i) => R.map((r) => affinity(L[i], r)));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      let best = Math.max(score[i + 1][j], score[i][j + 1]);
      if (aff[i][j] >= 0) best = Math.max(best, score[i + 1][j + 1] + aff[i][j]);
      score[i][j] = best;
    }
  }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (aff[i][j] >= 0 && score[i][j] === score[i + 1][j + 1] + aff[i][j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (score[i][j] === score[i + 1][j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

function greedyPairs(L, R) {
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < L.length && j < R.length) {
    if (affinity(L[i], R[j]) >= 0) { pairs.push([i, j]); i += 1; j += 1; }
    else if (L[i].eq.length) j += 1;
    else i += 1;
  }
  return pairs;
}

function row(left, right) {
  const plain = (pieces) => pieces.every((p) => p.op === 'equal');
  const text = (pieces) => pieces.map((p) => p.text).join('');
  const same = !!left && !!right && plain(left) && plain(right) && text(left) === text(right);
  return { left, right, same };
}

/** The pieces of a row in reading order, for the inline view (shared unchanged text once). */
function merged(r) {
  const all = new Map();
  for (const piece of [...(r.left || []), ...(r.right || [])]) all.set(piece.seq, piece);
  return [...all.values()].sort((a, b) => a.seq - b.seq);
}

/** Which rows to show: [{row}|{fold: rows[]}], hiding long unchanged runs away from changes. */
export function foldRows(rows) {
  const out = [];
  let i = 0;
  while (i < rows.length) {
    if (!rows[i].same) { out.push({ row: rows[i] }); i += 1; continue; }
    let end = i;
    while (end < rows.length && rows[end].same) end += 1;
    const run = rows.slice(i, end);
    const keepBefore = i === 0 ? 0 : CONTEXT;
    const keepAfter = end === rows.length ? 0 : CONTEXT;
    const hidden = run.length - keepBefore - keepAfter;
    if (hidden >= MIN_FOLD) {
      run.slice(0, keepBefore).forEach((r) => out.push({ row: r }));
      out.push({ fold: run.slice(keepBefore, run.length - keepAfter) });
      run.slice(run.length - keepAfter).forEach((r) => out.push({ row: r }));
    } else {
      run.forEach((r) => out.push({ row: r }));
    }
    i = end;
  }
  return out;
}

/** A piece of text, marked when it was deleted or inserted (with words for screen readers). */
export function pieceNode(piece) {
  if (piece.op === 'equal') return piece.text;
  const deleted = piece.op === 'delete';
  return h(deleted ? 'del' : 'ins', { class: deleted ? 'diff-del' : 'diff-ins' },
    h('span', { class: 'visually-hidden' }, t(deleted ? 'diff.srDeleted' : 'diff.srInserted')),
    piece.text,
    h('span', { class: 'visually-hidden' }, t('diff.srEnd')));
}

function codeCell(pieces, side) {
  if (!pieces) return h('td', { class: ['diff-code', `diff-${side}`, 'diff-empty'] });
  const changed = pieces.some((p) => p.op !== 'equal');
  return h('td', { class: ['diff-code', `diff-${side}`, changed && `diff-${side}-changed`], dataset: { test: `diff-${side}` } },
    pieces.map(pieceNode));
}

function lineNo(n) {
  return h('td', { class: 'diff-ln' }, n === null ? '' : String(n));
}

function splitRow(r) {
  return h('tr', { class: r.same ? 'diff-same' : 'diff-changed' },
    lineNo(r.leftNo), codeCell(r.left, 'old'), lineNo(r.rightNo), codeCell(r.right, 'new'));
}

function inlineRow(r) {
  let kind = 'diff-same';
  if (!r.same) kind = r.left && r.right ? 'diff-changed' : (r.left ? 'diff-removed' : 'diff-added');
  const pieces = r.same ? r.left : merged(r);
  return h('tr', { class: kind },
    lineNo(r.leftNo), lineNo(r.rightNo),
    h('td', { class: ['diff-code', 'diff-inline-code'], dataset: { test: 'diff-line' } }, pieces.map(pieceNode)));
}

function foldRow(hidden, columns, renderRow) {
  const label = hidden.length === 1 ? t('diff.showUnchanged1') : t('diff.showUnchanged', { count: hidden.length });
  const tr = h('tr', { class: 'diff-fold' },
    h('td', { colspan: columns },
      h('button', {
        type: 'button', class: 'link-button diff-fold-button', dataset: { test: 'diff-unfold' },
        onclick: () => {
          const shown = hidden.map(renderRow);
          tr.replaceWith(...shown);
          shown[0]?.querySelector('td')?.setAttribute('tabindex', '-1');
          shown[0]?.querySelector('td')?.focus();
        },
      }, label)));
  return tr;
}

/**
 * The body comparison as a table. mode: 'split' (old left, new right) | 'inline'.
 * fromN/toN: the version numbers, for the column headings.
 */
export function diffTable(rows, { mode, fromN, toN }) {
  const items = foldRows(rows);
  const split = mode === 'split';
  const renderRow = split ? splitRow : inlineRow;
  const columns = split ? 4 : 3;
  const caption = h('caption', { class: 'visually-hidden' }, t('history.compareCaption', { from: fromN, to: toN }));
  const head = split
    ? h('tr', null,
      h('th', { scope: 'col', class: 'diff-ln' }, h('span', { class: 'visually-hidden' }, t('diff.lineOld', { n: fromN }))),
      h('th', { scope: 'col', class: 'diff-head-old' }, t('diff.old', { n: fromN })),
      h('th', { scope: 'col', class: 'diff-ln' }, h('span', { class: 'visually-hidden' }, t('diff.lineNew', { n: toN }))),
      h('th', { scope: 'col', class: 'diff-head-new' }, t('diff.new', { n: toN })))
    : h('tr', null,
      h('th', { scope: 'col', class: 'diff-ln', title: t('diff.lineOld', { n: fromN }) }, `v${fromN}`),
      h('th', { scope: 'col', class: 'diff-ln', title: t('diff.lineNew', { n: toN }) }, `v${toN}`),
      h('th', { scope: 'col' }, t('diff.body')));
  const cols = split
    ? h('colgroup', null, h('col', { class: 'diff-col-ln' }), h('col'), h('col', { class: 'diff-col-ln' }), h('col'))
    : h('colgroup', null, h('col', { class: 'diff-col-ln' }), h('col', { class: 'diff-col-ln' }), h('col'));
  return h('table', { class: ['diff', split ? 'diff-split' : 'diff-inline'], dataset: { test: split ? 'diff-split' : 'diff-inline' } },
    caption, cols, h('thead', null, head),
    h('tbody', null, items.map((item) => (item.fold ? foldRow(item.fold, columns, renderRow) : renderRow(item.row)))));
}

/** Title, tags and counts of a comparison, above the body table. */
export function diffSummary(diff) {
  const titleChanged = (diff.title || []).some((s) => s.op !== 'equal');
  const titlePieces = (diff.title || []).map((s) => ({ op: s.op, text: s.text }));
  const chips = (list, kind, sign) => list.map((tag) => h(kind === 'same' ? 'span' : kind === 'added' ? 'ins' : 'del',
    { class: ['diff-tag', `diff-tag-${kind}`] },
    kind === 'same' ? null : h('span', { class: 'visually-hidden' }, t(kind === 'added' ? 'diff.srInserted' : 'diff.srDeleted')),
    sign ? h('span', { 'aria-hidden': 'true' }, sign) : null, tag,
    kind === 'same' ? null : h('span', { class: 'visually-hidden' }, t('diff.srEnd'))));
  const tagLine = (label, list, kind, sign) => (list?.length
    ? h('div', { class: 'diff-meta-row', dataset: { test: `diff-tags-${kind}` } }, h('span', { class: 'diff-meta-label' }, label), chips(list, kind, sign))
    : null);
  return h('div', { class: 'diff-meta' },
    h('div', { class: 'diff-meta-row', dataset: { test: 'diff-title' } },
      h('span', { class: 'diff-meta-label' }, titleChanged ? t('diff.titleChanged') : t('diff.titleSame')),
      h('span', { class: 'diff-title-text' }, titleChanged ? titlePieces.map(pieceNode) : titlePieces.map((p) => p.text).join(''))),
    tagLine(t('diff.tagsAdded'), diff.tagsAdded, 'added', '+'),
    tagLine(t('diff.tagsRemoved'), diff.tagsRemoved, 'removed', '−'),
    tagLine(t('diff.tagsUnchanged'), diff.tagsUnchanged, 'same', null),
    h('p', { class: 'diff-stats muted', dataset: { test: 'diff-stats' } },
      h('span', { class: 'diff-legend', 'aria-hidden': 'true' },
        h('ins', { class: 'diff-ins' }, t('diff.inserted')), ' ',
        h('del', { class: 'diff-del' }, t('diff.deleted'))),
      ' ',
      t('diff.stats', { inserted: diff.inserted ?? 0, deleted: diff.deleted ?? 0, unchanged: diff.unchanged ?? 0 })));
}
