// The passage a search found, marked in the rendered article and scrolled to: the passage's text is
// looked for ignoring white space and table pipes (the index's plain text and the rendered Markdown
// differ in both), and the characters found are wrapped in <mark> elements through DOM ranges.

const SKIP = /[\s|]/;
const HEAD = 24; // when the whole passage is not found, its beginning is enough to point at it

function kept(text) {
  return [...(text || '')].filter((c) => !SKIP.test(c)).join('');
}

/** Every kept character of the element's text, with the text node and offset it comes from. */
function characters(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const places = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    for (let i = 0; i < value.length; i++) {
      if (!SKIP.test(value[i])) {
        text += value[i];
        places.push([node, i]);
      }
    }
  }
  return { text, places };
}

/**
 * Marks the plain-text `passage` inside `root` (class `passage-mark`) and returns the first mark,
 * or null when the passage is not in the text.
 */
export function markPassage(root, passage) {
  const wanted = kept(passage);
  if (!root || !wanted) return null;
  const { text, places } = characters(root);
  let at = text.indexOf(wanted);
  let length = wanted.length;
  if (at < 0) {
    length = Math.min(wanted.length, HEAD);
    at = text.indexOf(wanted.slice(0, length));
  }
  if (at < 0) return null;
  const marks = [];
  const end = at + length;
  for (let i = at; i < end;) {
    const [node, start] = places[i];
    let j = i;
    while (j + 1 < end && places[j + 1][0] === node) j++;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, places[j][1] + 1);
    const mark = document.createElement('mark');
    mark.className = 'passage-mark';
    mark.dataset.test = 'passage-mark';
    range.surroundContents(mark);
    marks.push(mark);
    i = j + 1;
  }
  return marks[0] || null;
}

/** Marks the passage in `root` and scrolls it to the middle of its scrolling box. */
export function showPassage(root, passage) {
  const mark = markPassage(root, passage);
  mark?.scrollIntoView({ block: 'center' });
  return mark;
}
