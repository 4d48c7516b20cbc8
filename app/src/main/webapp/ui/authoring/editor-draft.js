// A local copy of unsaved editor work in localStorage, per article (and per user), so that a
// crash, a closed tab or an expired session never loses text. Removed once the server has it.

const PREFIX = 'kb.editor.';

function key(username, articleId) {
  return `${PREFIX}${username}.${articleId || 'new'}`;
}

/** {title, body, tags, category, space, template, baseVersion, savedAt} or null. */
export function loadLocal(username, articleId) {
  try {
    const raw = localStorage.getItem(key(username, articleId));
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function saveLocal(username, articleId, copy) {
  try {
    localStorage.setItem(key(username, articleId), JSON.stringify({ ...copy, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false; // storage full or disabled: the beforeunload warning still protects the work
  }
}

export function clearLocal(username, articleId) {
  try {
    localStorage.removeItem(key(username, articleId));
  } catch {
    // nothing to do
  }
}
