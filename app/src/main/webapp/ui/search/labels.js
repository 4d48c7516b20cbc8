// Human names for the keys the search API returns: spaces (from the session), categories (fetched
// once per space and cached), and the fixed values of facets.
import { api } from '../core/api.js';
import { highlighted } from '../core/dom.js';
import { t } from '../core/i18n.js';

const categories = new Map(); // space key → Promise<Map<id, name>>

export function spaceName(session, key) {
  return session?.spaces?.find((s) => s.key === key)?.name || key;
}

function flatten(nodes, into, prefix) {
  for (const node of nodes || []) {
    const name = prefix ? `${prefix} / ${node.name}` : node.name;
    into.set(node.id, name);
    flatten(node.children, into, name);
  }
  return into;
}

/** Map of category id → "Parent / Child" name for a space (cached; empty on error). */
export function categoryNames(space) {
  if (!space) return Promise.resolve(new Map());
  if (!categories.has(space)) {
    categories.set(space, api.get(`/spaces/${encodeURIComponent(space)}/categories`)
      .then(({ data }) => flatten(Array.isArray(data) ? data : data?.items, new Map(), ''))
      .catch(() => { categories.delete(space); return new Map(); }));
  }
  return categories.get(space);
}

/** Names of categories across several spaces, resolved together. */
export async function allCategoryNames(spaces) {
  const maps = await Promise.all([...new Set(spaces)].map(categoryNames));
  const all = new Map();
  for (const map of maps) for (const [id, name] of map) all.set(id, name);
  return all;
}

/** The label of a facet value (names for spaces and categories, translations for fixed values). */
export function facetValueLabel(session, facet, value, categoryMap) {
  switch (facet) {
    case 'space': return spaceName(session, value);
    case 'category': return categoryMap?.get(value) || (value ? value.slice(0, 8) : t('facet.uncategorised'));
    case 'template': return t(`facet.template.${value}`);
    case 'status': return t(`status.${value}`);
    case 'verification': return t(`facet.verification.${value}`);
    case 'updated': return t(`facet.updated.${value}`);
    default: return value;
  }
}

/** Plain text of an API passage (HTML-escaped with <mark>): marks dropped, entities decoded. */
export function plainPassage(text) {
  if (!text) return '';
  return highlighted(text).textContent.replace(/[ \t]+\n/g, '\n').trim();
}
