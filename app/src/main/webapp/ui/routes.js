// Every screen of the UI, by hash path. Modules load on first use.
export const routes = [
  { pattern: '/', load: () => import('./search/search.js') },
  { pattern: '/articles/new', load: () => import('./authoring/editor.js') },
  { pattern: '/articles/:id/edit', load: () => import('./authoring/editor.js') },
  { pattern: '/articles/:id/review', load: () => import('./authoring/review.js') },
  { pattern: '/articles/:id/reading', load: () => import('./reading/settings.js') },
  { pattern: '/articles/:id/history', load: () => import('./authoring/history.js') },
  { pattern: '/articles/:id', load: () => import('./article/page.js') },
  { pattern: '/reading', load: () => import('./reading/pending.js') },
  { pattern: '/account/password', load: () => import('./account/password.js') },
  { pattern: '/import', load: () => import('./authoring/import.js') },
  { pattern: '/work', load: () => import('./work/work.js') },
  { pattern: '/admin', load: () => import('./admin/admin.js') },
  { pattern: '/admin/:section', load: () => import('./admin/admin.js') },
];
