// Human names for the keys the search API returns: spaces (from the session), categories (of one
// space, or of every readable space in one request, cached), and the fixed values of facets.
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

let everySpace = null; // Promise<Map<space, Map<id, name>>> of every readable space
let askedFor = new Set(); // the spaces known when it was fetched

/**
 * Names of categories across the given spaces: one request for the trees of every space I may
 * read (GET /api/categories), narrowed to those spaces. Cached; asked again after a failure or
 * when a space appears that was not known then.
 */
export async function allCategoryNames(spaces) {
  const wanted = new Set(spaces);
  if (!everySpace || [...wanted].some((space) => !askedFor.has(space))) {
    askedFor = wanted;
    everySpace = api.get('/categories').then(({ data }) => {
      const bySpace = new Map();
      for (const { space, categories: tree } of Array.isArray(data) ? data : []) {
        const names = flatten(tree, new Map(), '');
        bySpace.set(space, names);
        if (!categories.has(space)) categories.set(space, Promise.resolve(names));
      }
      return bySpace;
    });
    everySpace.catch(() => { everySpace = null; });
  }
  const bySpace = await everySpace.catch(() => new Map());
  const all = new Map();
  for (const space of wanted) for (const [id, name] of bySpace.get(space) || []) all.set(id, name);
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

/** The address of a hit's article page, which opens scrolled to the hit's passage, marked. */
export function articleHref(hit) {
  const passage = plainPassage(hit.passage).slice(0, 300);
  const id = `#/articles/${encodeURIComponent(hit.id)}`;
  return passage ? `${id}?${new URLSearchParams({ passage })}` : id;
}
