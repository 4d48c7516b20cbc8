// Version history of an article (editors): every saved version, any two compared side by side or
// inline, one version shown rendered, and an old version restored as the newest.
// #/articles/:id/history[?from=1&to=3 | ?version=2]
import { api } from '../core/api.js';
import { h, replace, uid } from '../core/dom.js';
import { formatDateTime, formatRelative, t } from '../core/i18n.js';
import { renderMarkdown } from '../core/markdown.js';
import { badge, confirmDialog, errorMessage, spinner, toast } from '../core/ui.js';
import { alignRows, diffSummary, diffTable } from './diff-view.js';
import './history-messages.js';

const NARROW = '(max-width: 900px)';
const MODE_KEY = 'kb.diffMode';

let page = null;

export async function render(outlet, params, ctx) {
  const narrow = window.matchMedia(NARROW);
  page = {
    id: params.id, ctx, outlet, alive: true, article: null, etag: null, versions: [],
    from: null, to: null, fresh: null, diff: null, request: 0, narrow,
  };
  const current = page;
  const onWidth = () => { if (current.alive && current.diff) drawDiff(current); };
  narrow.addEventListener('change', onWidth);
  replace(outlet, h('div', { class: 'history-page' }, h('p', { class: 'muted' }, spinner(), ' ', t('history.loading'))));
  await load(current, params);
  return () => {
    current.alive = false;
    narrow.removeEventListener('change', onWidth);
  };
}

/** Same article, other query: show another comparison or version without reloading the list. */
export function update(params) {
  if (!page || !page.alive || !page.versions.length) return;
  showResult(page, params, { focus: true });
}

async function load(p, params) {
  let articleResult;
  let versionsResult;
  try {
    [articleResult, versionsResult] = await Promise.allSettled([
      api.get(`/articles/${encodeURIComponent(p.id)}`),
      api.get(`/articles/${encodeURIComponent(p.id)}/versions`),
    ]);
  } catch (error) {
    versionsResult = { status: 'rejected', reason: error };
  }
  if (!p.alive) return;
  if (articleResult?.status === 'fulfilled') {
    p.article = articleResult.value.data;
    p.etag = articleResult.value.etag;
  }
  if (versionsResult.status === 'rejected') {
    drawProblem(p, versionsResult.reason);
    return;
  }
  p.versions = versionsResult.value.data || [];
  document.title = t('history.docTitle', { title: p.article?.title || p.versions[0]?.title || '' });
  drawPage(p);
  showResult(p, params, { focus: false });
}

function drawProblem(p, error) {
  const forbidden = error?.status === 403;
  const notFound = error?.status === 404;
  const message = forbidden ? t('history.forbidden') : notFound ? t('history.notFound') : errorMessage(error);
  replace(p.outlet, h('div', { class: 'history-page' },
    h('h1', null, t('history.title'), p.article ? h('span', { class: 'history-subtitle' }, p.article.title) : null),
    h('div', { class: 'card history-problem', role: 'alert', dataset: { test: forbidden ? 'history-forbidden' : 'history-error' } },
      h('p', null, message),
      forbidden && p.article ? h('p', { class: 'muted' }, t('history.forbiddenHint')) : null,
      p.article || forbidden ? h('a', { href: `#/articles/${encodeURIComponent(p.id)}`, class: 'button' }, t('history.backToArticle')) : null)));
}

function latestNumber(p) {
  return p.article?.latestVersion ?? p.versions[0]?.number;
}

function drawPage(p) {
  const base = `#/articles/${encodeURIComponent(p.id)}`;
  const count = p.versions.length === 1 ? t('history.count1') : t('history.count', { count: p.versions.length });
  p.list = h('div', { class: 'table-wrap history-table-wrap' });
  p.result = h('section', { class: 'history-result', 'aria-label': t('history.compare'), dataset: { test: 'history-result' } });
  p.compareButton = h('button', { type: 'submit', class: 'primary', dataset: { test: 'compare' } }, t('history.compare'));
  p.compareMessage = h('span', { class: 'history-compare-message muted', 'aria-live': 'polite' });
  const form = h('form', { class: 'history-compare', onsubmit: (e) => { e.preventDefault(); compareSelected(p); } },
    p.compareButton, p.compareMessage);
  replace(p.outlet, h('div', { class: 'history-page' },
    h('nav', { class: 'history-crumbs', 'aria-label': t('history.title') },
      h('a', { href: base, dataset: { test: 'history-back' } }, '← ', t('history.backToArticle')),
      h('a', { href: `${base}/edit`, class: 'button small' }, t('history.edit'))),
    h('h1', null, t('history.title'), h('span', { class: 'history-subtitle', dataset: { test: 'history-article-title' } }, p.article?.title || p.versions[0]?.title || '')),
    h('section', { class: 'card history-versions', 'aria-labelledby': 'history-versions-heading' },
      h('div', { class: 'history-versions-head' },
        h('h2', { id: 'history-versions-heading' }, t('history.versions'), ' ', h('span', { class: 'muted history-count', dataset: { test: 'history-count' } }, count)),
        p.versions.length > 1 ? form : null),
      p.versions.length > 1
        ? h('p', { class: 'hint history-hint' }, t('history.compareHint'))
        : h('p', { class: 'hint history-hint' }, t('history.single')),
      p.list),
    p.result));
  drawList(p);
}

function drawList(p) {
  const latest = latestNumber(p);
  const published = p.article?.publishedVersion;
  const group = uid('cmp');
  const radio = (kind, n) => h('input', {
    type: 'radio', name: `${group}-${kind}`, value: String(n),
    checked: (kind === 'from' ? p.from : p.to) === n,
    'aria-label': t(kind === 'from' ? 'history.fromLabel' : 'history.toLabel', { n }),
    dataset: { test: `compare-${kind}` },
    onchange: () => { p[kind] = n; checkSelection(p); },
    onkeydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); compareSelected(p); } },
  });
  const rows = p.versions.map((v) => {
    const isLatest = v.number === latest;
    return h('tr', { class: [p.fresh === v.number && 'history-fresh'], dataset: { test: 'version-row', version: String(v.number) } },
      p.versions.length > 1 ? h('td', { class: 'history-radio' }, radio('from', v.number)) : null,
      p.versions.length > 1 ? h('td', { class: 'history-radio' }, radio('to', v.number)) : null,
      h('th', { scope: 'row', class: 'history-number' },
        h('span', { class: 'history-n' }, `v${v.number}`),
        h('span', { class: 'history-badges' },
          isLatest ? badge('draft', t('history.latest')) : null,
          v.number === published ? badge('verified', t('history.published')) : null)),
      h('td', { class: 'history-what' },
        h('div', { class: 'history-vtitle' }, v.title),
        v.changeNote
          ? h('div', { class: 'history-note', dataset: { test: 'version-note' } }, v.changeNote)
          : h('div', { class: 'history-note muted' }, t('history.noNote'))),
      h('td', { class: 'history-who' },
        h('div', null, v.author),
        h('time', { datetime: v.createdAt, title: formatRelative(v.createdAt), class: 'muted' }, formatDateTime(v.createdAt))),
      h('td', { class: 'history-actions' }, h('div', { class: 'history-action-buttons' },
        h('a', {
          href: `#/articles/${encodeURIComponent(p.id)}/history?version=${v.number}`, class: 'button small',
          'aria-label': t('history.viewLabel', { n: v.number }), dataset: { test: 'view-version' },
        }, t('history.view')),
        !isLatest ? h('button', {
          type: 'button', class: 'small', 'aria-label': t('history.restoreLabel', { n: v.number }),
          dataset: { test: 'restore-version' }, onclick: () => restore(p, v.number),
        }, t('history.restore')) : null)));
  });
  const multi = p.versions.length > 1;
  replace(p.list, h('table', { class: 'history-table', dataset: { test: 'versions' } },
    h('caption', { class: 'visually-hidden' }, t('history.versions')),
    h('thead', null, h('tr', null,
      multi ? h('th', { scope: 'col', class: 'history-radio' }, t('history.from')) : null,
      multi ? h('th', { scope: 'col', class: 'history-radio' }, t('history.to')) : null,
      h('th', { scope: 'col' }, t('history.number')),
      h('th', { scope: 'col' }, t('history.colTitle'), ' / ', t('history.note')),
      h('th', { scope: 'col' }, t('history.author'), ' / ', t('history.time')),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('history.actions'))))),
    h('tbody', null, rows)));
  checkSelection(p);
}

function checkSelection(p) {
  if (!p.compareButton) return;
  const same = p.from === null || p.to === null || p.from === p.to;
  p.compareButton.disabled = same;
  p.compareButton.textContent = same ? t('history.compare') : `${t('history.compare')} v${Math.min(p.from, p.to)} → v${Math.max(p.from, p.to)}`;
  p.compareMessage.textContent = same ? t('history.compareSame') : '';
}

function compareSelected(p) {
  if (p.from === null || p.to === null || p.from === p.to) return;
  const from = Math.min(p.from, p.to);
  const to = Math.max(p.from, p.to);
  const target = `#/articles/${encodeURIComponent(p.id)}/history?from=${from}&to=${to}`;
  if (location.hash === target) showResult(p, { from, to }, { focus: true });
  else location.hash = target;
}

/** Shows what the query asks for: a comparison (default: previous vs latest) or one version. */
function showResult(p, params, { focus }) {
  const numbers = p.versions.map((v) => v.number);
  const version = Number.parseInt(params.version, 10);
  if (numbers.includes(version)) {
    showVersion(p, version, focus);
    return;
  }
  let from = Number.parseInt(params.from, 10);
  let to = Number.parseInt(params.to, 10);
  if (!numbers.includes(from) || !numbers.includes(to) || from === to) {
    from = p.versions[1]?.number ?? null;
    to = p.versions[0]?.number ?? null;
  }
  p.from = Math.min(from, to);
  p.to = Math.max(from, to);
  if (from === null) {
    p.from = null;
    p.to = p.versions[0]?.number ?? null;
  }
  syncRadios(p);
  if (p.from === null || p.to === null) {
    p.diff = null;
    replace(p.result);
    return;
  }
  compare(p, p.from, p.to, focus);
}

function syncRadios(p) {
  p.list.querySelectorAll('input[type=radio]').forEach((input) => {
    const kind = input.dataset.test === 'compare-from' ? 'from' : 'to';
    input.checked = Number(input.value) === p[kind];
  });
  checkSelection(p);
}

async function compare(p, from, to, focus) {
  const request = ++p.request;
  replace(p.result, h('p', { class: 'muted' }, spinner(), ' ', t('history.comparing')));
  try {
    const { data } = await api.get(`/articles/${encodeURIComponent(p.id)}/versions/compare`, { from, to });
    if (!p.alive || request !== p.request) return;
    p.diff = { data, rows: alignRows(data.body), from, to };
    drawDiff(p, focus);
  } catch (error) {
    if (!p.alive || request !== p.request) return;
    p.diff = null;
    replace(p.result, h('p', { class: 'form-message', role: 'alert' }, errorMessage(error)));
  }
}

function diffMode(p) {
  if (p.narrow.matches) return 'inline';
  return localStorage.getItem(MODE_KEY) === 'inline' ? 'inline' : 'split';
}

function drawDiff(p, focus = false) {
  const { data, rows, from, to } = p.diff;
  const mode = diffMode(p);
  const heading = h('h2', { tabindex: '-1', class: 'history-result-heading', dataset: { test: 'diff-heading' } }, t('history.compareCaption', { from, to }));
  const toggle = (value, label) => h('button', {
    type: 'button', class: ['small', 'history-mode'], 'aria-pressed': String(mode === value),
    disabled: value === 'split' && p.narrow.matches, dataset: { test: `diff-mode-${value}` },
    onclick: () => { localStorage.setItem(MODE_KEY, value); drawDiff(p); p.result.querySelector(`[data-test="diff-mode-${value}"]`)?.focus(); },
  }, label);
  const noChanges = !(data.body || []).some((s) => s.op !== 'equal');
  replace(p.result,
    h('div', { class: 'card history-diff', dataset: { test: 'diff' } },
      h('div', { class: 'history-result-head' },
        heading,
        h('div', { class: 'history-modes', role: 'group', 'aria-label': t('diff.viewMode') },
          toggle('split', t('diff.sideBySide')), toggle('inline', t('diff.inline')))),
      p.narrow.matches ? h('p', { class: 'hint' }, t('diff.narrow')) : null,
      diffSummary(data),
      noChanges ? h('p', { class: 'muted', dataset: { test: 'diff-none' } }, t('diff.noChanges')) : null,
      h('div', { class: 'history-diff-scroll' }, diffTable(rows, { mode, fromN: from, toN: to }))));
  p.result.setAttribute('aria-label', t('history.compareCaption', { from, to }));
  if (focus) heading.focus();
}

async function showVersion(p, n, focus) {
  p.diff = null;
  const request = ++p.request;
  replace(p.result, h('p', { class: 'muted' }, spinner()));
  try {
    const { data } = await api.get(`/articles/${encodeURIComponent(p.id)}/versions/${n}`);
    if (!p.alive || request !== p.request) return;
    const latest = latestNumber(p);
    const heading = h('h2', { tabindex: '-1', class: 'history-result-heading' }, t('history.versionHeading', { n, title: data.title }));
    const body = h('div', { class: 'prose history-prose', dataset: { test: 'version-body' } });
    body.append(renderMarkdown(data.body || ''));
    const base = `#/articles/${encodeURIComponent(p.id)}/history`;
    replace(p.result, h('article', { class: 'card history-version', dataset: { test: 'version-view', version: String(n) } },
      h('div', { class: 'history-result-head' },
        heading,
        h('div', { class: 'history-version-actions' },
          n !== latest ? h('a', { class: 'button small', href: `${base}?from=${n}&to=${latest}` }, t('history.compareWithLatest')) : null,
          n !== latest ? h('button', { type: 'button', class: 'small', onclick: () => restore(p, n), dataset: { test: 'restore-shown' } }, t('history.restore')) : null,
          h('a', { class: 'button small', href: base }, t('history.close')))),
      h('p', { class: 'muted history-version-meta' },
        t('history.versionMeta', { author: data.author, time: formatDateTime(data.createdAt) }),
        data.changeNote ? ` · ${data.changeNote}` : ''),
      h('p', { class: 'history-version-tags' },
        h('span', { class: 'diff-meta-label' }, t('history.tags')),
        data.tags?.length ? data.tags.map((tag) => h('span', { class: 'diff-tag diff-tag-same' }, tag)) : h('span', { class: 'muted' }, t('history.noTags'))),
      body));
    p.result.setAttribute('aria-label', t('history.versionHeading', { n, title: data.title }));
    if (focus) heading.focus();
  } catch (error) {
    if (!p.alive || request !== p.request) return;
    replace(p.result, h('p', { class: 'form-message', role: 'alert' }, errorMessage(error)));
  }
}

async function restore(p, n) {
  const next = (latestNumber(p) ?? 0) + 1;
  const ok = await confirmDialog(t('history.restoreTitle', { n }), t('history.restoreText', { n, next }),
    { confirmLabel: t('history.restoreConfirm', { next }) });
  if (!ok || !p.alive) return;
  try {
    const { data, etag } = await api.post(`/articles/${encodeURIComponent(p.id)}/versions/${n}/restore`, undefined,
      { ifMatch: p.etag || undefined });
    if (!p.alive) return;
    p.article = data;
    p.etag = etag || p.etag;
    p.fresh = data.version ?? data.latestVersion;
    toast(t('history.restored', { n, next: p.fresh }), 'success');
    await reloadVersions(p, { from: n, to: p.fresh });
  } catch (error) {
    if (!p.alive) return;
    if (error.status === 412) {
      toast(t('history.stale'), 'error');
      await reloadAll(p);
    } else {
      toast(errorMessage(error), 'error');
    }
  }
}

async function reloadVersions(p, selection) {
  const { data } = await api.get(`/articles/${encodeURIComponent(p.id)}/versions`);
  if (!p.alive) return;
  p.versions = data || [];
  drawPage(p);
  const base = `#/articles/${encodeURIComponent(p.id)}/history`;
  const target = selection ? `${base}?from=${selection.from}&to=${selection.to}` : base;
  if (location.hash !== target) history.replaceState(null, '', target);
  showResult(p, selection || {}, { focus: false });
  const fresh = p.list.querySelector('.history-fresh th');
  if (fresh) {
    fresh.setAttribute('tabindex', '-1');
    fresh.focus();
  }
}

async function reloadAll(p) {
  try {
    const { data, etag } = await api.get(`/articles/${encodeURIComponent(p.id)}`);
    if (!p.alive) return;
    p.article = data;
    p.etag = etag;
    p.fresh = null;
    await reloadVersions(p, null);
  } catch (error) {
    if (p.alive) toast(errorMessage(error), 'error');
  }
}
