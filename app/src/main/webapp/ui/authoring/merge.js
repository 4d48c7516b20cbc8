// Three-way merge of article texts, line by line (diff3): what only one side changed is taken as
// is; where both sides changed the same lines differently, the result holds a conflict block for
// the author to resolve. Pure functions, no DOM.

/** Lines of a text; a trailing newline does not make an extra empty line. */
export function splitLines(text) {
  if (!text) return [];
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function joinLines(lines) {
  return lines.join('\n');
}

// Beyond this many edits between two texts the middle part is treated as replaced as a whole
// (bounded time and memory: the trace grows with the square of the edit count).
const MAX_EDITS = 2000;

/**
 * For each line of `a`, the index of the line of `b` it is matched with in a longest common
 * subsequence (Myers' algorithm), or -1 when it was deleted or changed.
 */
export function matchLines(a, b) {
  const ids = new Map();
  const id = (line) => {
    if (!ids.has(line)) ids.set(line, ids.size);
    return ids.get(line);
  };
  const x = a.map(id);
  const y = b.map(id);
  const match = new Int32Array(x.length).fill(-1);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) {
    match[start] = start;
    start += 1;
  }
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
    match[endX] = endY;
  }
  for (const [i, j] of myers(x.slice(start, endX), y.slice(start, endY))) match[start + i] = start + j;
  return match;
}

/** Matched index pairs of a longest common subsequence of two int arrays. */
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let xi = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let yi = xi - k;
      while (xi < n && yi < m && a[xi] === b[yi]) { xi += 1; yi += 1; }
      v[offset + k] = xi;
      if (xi >= n && yi >= m) { found = d; break; }
    }
    if (found >= 0) break;
  }
  if (found < 0) return [];
  const pairs = [];
  let xi = n;
  let yi = m;
  for (let d = found; d >= 0; d -= 1) {
    const snap = trace[d];
    const get = (k) => snap[k + d + 1];
    const k = xi - yi;
    const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
    const prevX = get(prevK);
    const prevY = prevX - prevK;
    while (xi > prevX && yi > prevY) {
      xi -= 1;
      yi -= 1;
      pairs.push([xi, yi]);
    }
    if (d > 0) { xi = prevX; yi = prevY; }
  }
  return pairs.reverse();
}

function sameLines(a, b) {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/**
 * diff3: merges `mine` and `theirs`, both derived from `base` (arrays of lines or texts).
 * Returns {chunks, conflicts} where each chunk is {kind: 'same', lines} or
 * {kind: 'conflict', base, mine, theirs} (arrays of lines); `conflicts` counts the latter.
 */
export function merge3(base, mine, theirs) {
  const o = Array.isArray(base) ? base : splitLines(base);
  const a = Array.isArray(mine) ? mine : splitLines(mine);
  const b = Array.isArray(theirs) ? theirs : splitLines(theirs);
  const ma = matchLines(o, a);
  const mb = matchLines(o, b);
  const chunks = [];
  const take = (lines) => {
    if (!lines.length) return;
    const last = chunks[chunks.length - 1];
    if (last?.kind === 'same') last.lines.push(...lines);
    else chunks.push({ kind: 'same', lines: [...lines] });
  };
  let i = 0;
  let ia = 0;
  let ib = 0;
  for (;;) {
    // A stable run: base lines matched in both texts at the current positions.
    let k = 0;
    while (i + k < o.length && ma[i + k] === ia + k && mb[i + k] === ib + k) k += 1;
    if (k > 0) {
      take(o.slice(i, i + k));
      i += k;
      ia += k;
      ib += k;
      continue;
    }
    // The unstable region runs to the next base line that both texts kept.
    let j = i;
    while (j < o.length && (ma[j] < 0 || mb[j] < 0)) j += 1;
    const endA = j < o.length ? ma[j] : a.length;
    const endB = j < o.length ? mb[j] : b.length;
    if (j === i && endA === ia && endB === ib) break;
    const chunkO = o.slice(i, j);
    const chunkA = a.slice(ia, endA);
    const chunkB = b.slice(ib, endB);
    if (sameLines(chunkA, chunkO)) take(chunkB);
    else if (sameLines(chunkB, chunkO) || sameLines(chunkA, chunkB)) take(chunkA);
    else conflict(chunks, chunkO, chunkA, chunkB, take);
    i = j;
    ia = endA;
    ib = endB;
  }
  return { chunks, conflicts: chunks.filter((c) => c.kind === 'conflict').length };
}

// Lines both sides agree on at the start or end of a conflict are not part of it.
function conflict(chunks, base, mine, theirs, take) {
  let head = 0;
  while (head < mine.length && head < theirs.length && mine[head] === theirs[head]) head += 1;
  let tail = 0;
  while (tail < mine.length - head && tail < theirs.length - head
    && mine[mine.length - 1 - tail] === theirs[theirs.length - 1 - tail]) tail += 1;
  take(mine.slice(0, head));
  chunks.push({
    kind: 'conflict',
    base,
    mine: mine.slice(head, mine.length - tail),
    theirs: theirs.slice(head, theirs.length - tail),
  });
  take(mine.slice(mine.length - tail));
}

/** A single value (e.g. the title): whichever side changed it wins; both changed differently → conflict. */
export function mergeValue(base, mine, theirs) {
  if (mine === theirs || theirs === base) return { value: mine, conflict: false };
  if (mine === base) return { value: theirs, conflict: false };
  return { value: mine, conflict: true };
}

/** Tags as sets: additions of both sides are kept, removals of either side are applied. */
export function mergeTags(base, mine, theirs) {
  const removed = new Set([...base.filter((t) => !mine.includes(t)), ...base.filter((t) => !theirs.includes(t))]);
  const result = [];
  for (const tag of [...mine, ...theirs]) {
    if (!removed.has(tag) && !result.includes(tag)) result.push(tag);
  }
  return result;
}

/**
 * The text of a merge with each conflict resolved: `resolutions[n]` is the list of lines chosen
 * for conflict n (undefined → mine).
 */
export function mergedText(chunks, resolutions = []) {
  const lines = [];
  let n = 0;
  for (const chunk of chunks) {
    if (chunk.kind === 'same') lines.push(...chunk.lines);
    else {
      lines.push(...(resolutions[n] ?? chunk.mine));
      n += 1;
    }
  }
  return joinLines(lines);
}
