// The search index: what serves searches, rebuilding it with live progress, outbox failures and
// dead letters (retry one or all), and the consistency check with its repair.
import { api } from '../core/api.js';
import { h, replace } from '../core/dom.js';
import { formatDateTime, formatNumber, t } from '../core/i18n.js';
import { badge, confirmDialog, progressBar, showError, toast } from '../core/ui.js';
import { cursorOf, failure, loading, sectionHeader, table } from './common.js';

const POLL_MS = 1000;
const PAGE = 50;

export async function render(body) {
  let timer = null;
  let alive = true;
  const stateArea = h('div', { class: 'admin-stats', dataset: { test: 'index-state' } }, loading());
  const rebuildArea = h('div', { class: 'admin-rebuild', dataset: { test: 'rebuild' } });
  const historyArea = h('div');
  const consistencyArea = h('div', { 'aria-live': 'polite', dataset: { test: 'consistency' } });
  const failuresArea = h('div');
  const deadArea = h('div');
  const rebuildButton = h('button', { type: 'button', class: 'primary', onclick: startRebuild, dataset: { test: 'rebuild-start' } }, t('admin.index.rebuild'));
  const checkButton = h('button', { type: 'button', class: 'secondary', onclick: check, dataset: { test: 'consistency-check' } }, t('admin.index.check'));
  const repairButton = h('button', { type: 'button', class: 'secondary', onclick: repair, dataset: { test: 'consistency-repair' } }, t('admin.index.repair'));
  const retryAllButton = h('button', { type: 'button', class: 'secondary small', onclick: retryAll, dataset: { test: 'dead-retry-all' } }, t('admin.index.retryAll'));

  body.append(
    sectionHeader(t('admin.index.title'), t('admin.index.intro'), rebuildButton),
    stateArea,
    rebuildArea,
    h('h3', null, t('admin.index.consistency')),
    h('p', { class: 'muted small' }, t('admin.index.consistencyIntro')),
    h('div', { class: 'toolbar' }, checkButton, repairButton),
    consistencyArea,
    h('div', { class: 'admin-head admin-subhead' }, h('h3', null, t('admin.index.dead')), retryAllButton),
    h('p', { class: 'muted small' }, t('admin.index.deadIntro')),
    deadArea,
    h('h3', null, t('admin.index.failures')),
    h('p', { class: 'muted small' }, t('admin.index.failuresIntro')),
    failuresArea,
    h('h3', null, t('admin.index.history')),
    historyArea,
  );

  let index = null;
  let report = null;

  async function loadState() {
    try {
      index = (await api.get('/admin/search-index')).data;
    } catch (error) {
      stateArea.replaceChildren(failure(error, loadState));
      return;
    }
    drawState();
  }

  function stat(label, value, test) {
    return h('div', { class: 'admin-stat', dataset: { test } }, h('div', { class: 'admin-stat-label' }, label), h('div', { class: 'admin-stat-value' }, value));
  }

  function drawState() {
    if (!index) return;
    const count = (n) => (report ? formatNumber(n) : '…');
    stateArea.replaceChildren(
      stat(t('admin.index.alias'), h('span', { class: 'mono' }, index.alias), 'index-alias'),
      stat(t('admin.index.generation'), index.generation || '—', 'index-generation'),
      stat(t('admin.index.documents'), count(report?.indexedDocuments), 'index-documents'),
      stat(t('admin.index.articles'), count(report?.databaseArticles), 'index-articles'),
      stat(t('admin.index.backlog'), count(report?.pendingOutbox), 'index-backlog'),
      h('div', { class: 'admin-stat admin-stat-wide' }, h('div', { class: 'admin-stat-label' }, t('admin.index.indices')),
        h('div', { class: 'mono small' }, index.indices.length ? index.indices.join(', ') : t('admin.index.noIndex'))),
    );
  }

  // ---- rebuilds
  async function loadHistory() {
    try {
      const rebuilds = (await api.get('/admin/search-index/rebuilds')).data;
      drawHistory(rebuilds);
      const running = rebuilds.find((r) => r.state === 'RUNNING');
      if (running && !timer) follow(running);
    } catch (error) {
      historyArea.replaceChildren(failure(error, loadHistory));
    }
  }

  function drawHistory(rebuilds) {
    historyArea.replaceChildren(table({
      caption: t('admin.index.history'), test: 'rebuilds-table', items: rebuilds, empty: t('admin.index.noRebuilds'),
      columns: [
        { label: t('admin.index.started'), cell: (r) => [h('div', null, formatDateTime(r.startedAt)), h('small', { class: 'muted' }, r.startedBy)] },
        { label: t('admin.index.state'), cell: (r) => stateBadge(r) },
        { label: t('admin.index.docs'), cell: (r) => t('admin.index.docsOf', { indexed: r.indexed, total: r.total }) },
        { label: t('admin.index.finished'), cell: (r) => (r.finishedAt ? formatDateTime(r.finishedAt) : '—') },
        { label: t('admin.index.detail'), cell: (r) => (r.error ? h('span', { class: 'danger-text' }, r.error) : h('span', { class: 'mono small' }, r.index || '')) },
      ],
    }));
  }

  function stateBadge(r) {
    const kind = { RUNNING: 'draft', COMPLETED: 'verified', FAILED: 'danger' }[r.state] || 'archived';
    return badge(kind, t(`admin.index.stateName.${r.state}`));
  }

  async function startRebuild() {
    const ok = await confirmDialog(t('admin.index.rebuildTitle'), t('admin.index.rebuildConfirm'), { confirmLabel: t('admin.index.rebuild') });
    if (!ok) return;
    rebuildButton.disabled = true;
    try {
      const { data } = await api.post('/admin/search-index/rebuilds', {});
      toast(t('admin.index.rebuildStarted'), 'success');
      follow(data);
    } catch (error) {
      if (error.status === 409) {
        toast(t('admin.index.alreadyRunning'), 'error');
        loadHistory();
      } else {
        showError(error);
        rebuildButton.disabled = false;
      }
    }
  }

  function follow(rebuild) {
    rebuildButton.disabled = true;
    const bar = progressBar(t('admin.index.progress'));
    const phase = h('span', { class: 'admin-rebuild-phase', dataset: { test: 'rebuild-phase' } });
    const counts = h('span', { class: 'muted', dataset: { test: 'rebuild-counts' } });
    const status = h('p', { class: 'admin-rebuild-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'rebuild-status' } });
    const box = h('div', { class: 'card admin-rebuild-card', dataset: { test: 'rebuild-progress' } },
      h('div', { class: 'admin-rebuild-head' }, h('strong', null, t('admin.index.rebuilding')), phase, counts), bar, status);
    rebuildArea.replaceChildren(box);
    let lastPhase = null;
    const show = (r) => {
      box.dataset.state = r.state;
      bar.set((r.percent || 0) / 100);
      phase.replaceChildren(stateBadge(r), ' ', t(`admin.index.phase.${r.phase}`));
      counts.textContent = t('admin.index.docsOf', { indexed: r.indexed, total: r.total }) + (r.failed ? ` · ${t('admin.index.failedDocs', { count: r.failed })}` : '');
      if (r.phase !== lastPhase || r.state !== 'RUNNING') {
        lastPhase = r.phase;
        status.textContent = r.state === 'COMPLETED' ? t('admin.index.done', { count: r.indexed })
          : r.state === 'FAILED' ? t('admin.index.failedRebuild', { error: r.error || '' })
            : t('admin.index.phaseNow', { phase: t(`admin.index.phase.${r.phase}`) });
      }
    };
    show(rebuild);
    const poll = async () => {
      timer = null;
      if (!alive) return;
      try {
        const { data } = await api.get(`/admin/search-index/rebuilds/${rebuild.id}`);
        if (!alive) return;
        show(data);
        if (data.state === 'RUNNING') {
          timer = setTimeout(poll, POLL_MS);
        } else {
          rebuildButton.disabled = false;
          if (data.state === 'COMPLETED') toast(t('admin.index.done', { count: data.indexed }), 'success');
          else toast(t('admin.index.failedRebuild', { error: data.error || '' }), 'error');
          loadState();
          loadHistory();
          check();
        }
      } catch (error) {
        if (!alive) return;
        status.textContent = t('admin.index.pollError');
        timer = setTimeout(poll, POLL_MS * 3);
      }
    };
    if (rebuild.state === 'RUNNING') timer = setTimeout(poll, POLL_MS / 2);
    else rebuildButton.disabled = false;
  }

  // ---- consistency
  async function check() {
    checkButton.disabled = true;
    consistencyArea.replaceChildren(loading());
    try {
      report = (await api.get('/admin/search-index/consistency')).data;
      drawReport(report);
    } catch (error) {
      consistencyArea.replaceChildren(failure(error, check));
    } finally {
      checkButton.disabled = false;
      drawState();
    }
  }

  function drawReport(r, queued) {
    const sample = (label, ids) => (ids?.length ? h('details', null, h('summary', null, label), h('ul', { class: 'mono small admin-ids' }, ids.map((id) => h('li', null, h('a', { href: `#/articles/${encodeURIComponent(id)}` }, id))))) : null);
    consistencyArea.replaceChildren(h('div', { class: ['card', 'admin-report', r.consistent ? 'ok' : 'bad'], dataset: { test: 'consistency-report', consistent: String(r.consistent) } },
      h('p', null, r.consistent ? badge('verified', t('admin.index.consistent')) : badge('danger', t('admin.index.inconsistent')), ' ',
        h('span', { class: 'muted small' }, t('admin.index.checkedAt', { at: formatDateTime(r.checkedAt) }))),
      h('dl', { class: 'admin-dl' }, [
        [t('admin.index.articles'), r.databaseArticles, 'db'], [t('admin.index.documents'), r.indexedDocuments, 'indexed'],
        [t('admin.index.missing'), r.missingCount, 'missing'], [t('admin.index.stale'), r.staleCount, 'stale'],
        [t('admin.index.orphaned'), r.orphanedCount, 'orphaned'], [t('admin.index.backlog'), r.pendingOutbox, 'pending'],
      ].map(([label, value, test]) => h('div', { dataset: { test: `report-${test}` } }, h('dt', null, label), h('dd', null, formatNumber(value)))),
      ),
      sample(t('admin.index.missing'), r.missing),
      sample(t('admin.index.stale'), (r.stale || []).map((s) => s.articleId || s.id || JSON.stringify(s))),
      sample(t('admin.index.orphaned'), r.orphaned),
      queued !== undefined ? h('p', { class: 'admin-note' }, t('admin.index.repaired', { count: queued })) : null,
      !r.consistent && r.pendingOutbox > 0 ? h('p', { class: 'muted small' }, t('admin.index.pendingHint')) : null));
  }

  async function repair() {
    const ok = await confirmDialog(t('admin.index.repairTitle'), t('admin.index.repairConfirm'), { confirmLabel: t('admin.index.repair') });
    if (!ok) return;
    repairButton.disabled = true;
    try {
      const { data } = await api.post('/admin/search-index/consistency/repair', {});
      report = data.before;
      drawReport(data.before, data.queued);
      toast(t('admin.index.repaired', { count: data.queued }), 'success');
    } catch (error) {
      showError(error);
    } finally {
      repairButton.disabled = false;
    }
  }

  // ---- outbox
  function outboxList(area, path, { retry }) {
    const items = [];
    let next = null;
    const more = h('button', { type: 'button', class: 'secondary small', onclick: () => page(cursorOf(next, 'after')) }, t('common.more'));
    async function page(after) {
      if (!after) items.length = 0;
      if (!items.length) area.replaceChildren(loading());
      try {
        const { data } = await api.get(path, { after, limit: PAGE });
        items.push(...data.items);
        next = data.next;
        draw();
      } catch (error) {
        area.replaceChildren(failure(error, () => page(null)));
      }
    }
    function draw() {
      replace(area,
        table({
          caption: retry ? t('admin.index.dead') : t('admin.index.failures'), test: retry ? 'dead-table' : 'failures-table', items, empty: retry ? t('admin.index.noDead') : t('admin.index.noFailures'),
          columns: [
            { label: t('admin.index.article'), cell: (e) => (e.aggregateType === 'ARTICLE' || e.aggregateType === 'article' ? h('a', { href: `#/articles/${encodeURIComponent(e.aggregateId)}`, class: 'mono small' }, e.aggregateId) : h('span', { class: 'mono small' }, `${e.aggregateType} ${e.aggregateId}`)) },
            { label: t('admin.index.attempts'), cell: (e) => formatNumber(e.attempts) },
            { label: t('admin.index.lastError'), cell: (e) => h('span', { class: 'admin-error-text' }, e.lastError || '') },
            { label: retry ? t('admin.index.created') : t('admin.index.nextAttempt'), cell: (e) => formatDateTime(retry ? e.createdAt : e.nextAttemptAt) },
            retry && {
              label: t('admin.actions'), class: 'admin-actions-cell',
              cell: (e) => h('button', {
                type: 'button', class: 'secondary small', dataset: { test: 'dead-retry' },
                onclick: async () => {
                  try {
                    await api.post(`/admin/search-index/outbox/dead/${e.id}/retry`, {});
                    toast(t('admin.index.requeued', { count: 1 }), 'success');
                  } catch (error) {
                    if (error.status !== 404) showError(error);
                  }
                  page(null);
                  failures.page(null);
                },
              }, t('admin.index.retry')),
            },
          ].filter(Boolean),
        }),
        next ? h('div', { class: 'toolbar' }, more) : null,
      );
      if (retry) retryAllButton.disabled = !items.length;
    }
    return { page };
  }

  const dead = outboxList(deadArea, '/admin/search-index/outbox/dead', { retry: true });
  const failures = outboxList(failuresArea, '/admin/search-index/outbox/failures', { retry: false });

  async function retryAll() {
    const ok = await confirmDialog(t('admin.index.retryAllTitle'), t('admin.index.retryAllConfirm'), { confirmLabel: t('admin.index.retryAll') });
    if (!ok) return;
    try {
      const { data } = await api.post('/admin/search-index/outbox/dead/retry', {});
      toast(t('admin.index.requeued', { count: data.requeued }), 'success');
    } catch (error) {
      showError(error);
    }
    dead.page(null);
    failures.page(null);
  }

  await Promise.all([loadState(), loadHistory(), dead.page(null), failures.page(null)]);
  check();
  return () => {
    alive = false;
    clearTimeout(timer);
  };
}
