// Hash routing: #/path?query. A route is {pattern: '/articles/:id', load: () => import(...)}.
// The screen module exports render(outlet, params, ctx) and may return a cleanup function. When the
// hash changes but the same route still matches and the module exports update(params), update is
// called instead, so a screen keeps its state (e.g. the search list while an article opens beside it).

let routes = [];
let outlet = null;
let context = null;
let active = null; // {route, module, cleanup, key}

export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  return { path: path || '/', query };
}

function match(pattern, path) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (m, name) => { names.push(name); return '([^/]+)'; })}/?$`);
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}

/** Builds "#/path?query" from a path and a query map (empty values dropped). */
export function href(path, query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Goes to path (+query); replace=true does not add a history entry. */
export function navigate(path, query, { replace = false } = {}) {
  const target = href(path, query);
  if (target === location.hash) return;
  if (replace) {
    history.replaceState(null, '', target);
    show();
  } else {
    location.hash = target;
  }
}

export function startRouter(routeTable, outletElement, ctx) {
  routes = routeTable;
  outlet = outletElement;
  context = { ...ctx, navigate };
  window.addEventListener('hashchange', show);
  return show();
}

export function stopRouter() {
  window.removeEventListener('hashchange', show);
  if (active?.cleanup) active.cleanup();
  active = null;
}

/** Renders the current route again from scratch (e.g. after the language changed). */
export function refresh() {
  if (active?.cleanup) active.cleanup();
  active = null;
  return show();
}

let generation = 0;

async function show() {
  // A newer navigation may start while a screen is still loading or rendering (an author clicks
  // on before the article arrived): only the newest one may fill the page. Each render gets its
  // own container, so a late, stale render writes into a detached element and is cleaned up.
  const mine = ++generation;
  const { path, query } = parseHash();
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (!params) continue;
    const all = { ...query, ...params };
    if (active && active.route === route && active.module.update && active.key === routeKey(route, params)) {
      active.module.update(all);
      return;
    }
    if (active?.cleanup) active.cleanup();
    active = null;
    const module = await route.load();
    if (mine !== generation) return;
    const view = document.createElement('div');
    view.className = 'view';
    outlet.replaceChildren(view);
    outlet.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    const cleanup = await module.render(view, all, context);
    if (mine !== generation) {
      if (typeof cleanup === 'function') cleanup();
      return;
    }
    active = { route, module, cleanup: typeof cleanup === 'function' ? cleanup : null, key: routeKey(route, params) };
    window.dispatchEvent(new CustomEvent('kb:routed', { detail: { path } }));
    return;
  }
  navigate('/', {}, { replace: true });
}

function routeKey(route, params) {
  return `${route.pattern}|${JSON.stringify(params)}`;
}
