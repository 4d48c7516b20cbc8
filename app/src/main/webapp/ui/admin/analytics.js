// Search analytics: top queries, queries that found nothing (content gaps) and queries whose hits
// nobody opens, over a date range (UTC days, both included) and optionally one role of searchers.
import { api } from '../core/api.js';
import { field, h } from '../core/dom.js';
import { formatNumber, locale, t } from '../core/i18n.js';
import { failure, loading, sectionHeader, select, table } from './common.js';

const REPORTS = [
  { key: 'top-queries', test: 'top-queries' },
  { key: 'zero-results', test: 'zero-results' },
  { key: 'low-click-through', test: 'low-click-through' },
];
const ROLES = ['AGENT', 'LEARNER', 'AUTHOR', 'TRAINER', 'ADMIN'];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function percent(rate) {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export async function render(body) {
  const today = new Date();
  const from = h('input', { type: 'date', value: isoDay(new Date(today.getTime() - 29 * 86400000)), dataset: { test: 'analytics-from' } });
  const to = h('input', { type: 'date', value: isoDay(today), dataset: { test: 'analytics-to' } });
  const role = select([{ value: '', label: t('admin.analytics.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))], '');
  const limit = select([10, 20, 50, 100].map((n) => ({ value: String(n), label: formatNumber(n) })), '20');
  const show = h('button', { type: 'submit', class: 'primary', dataset: { test: 'analytics-apply' } }, t('admin.analytics.show'));
  const form = h('form', { class: 'admin-filters', 'aria-label': t('admin.audit.filters') },
    field(t('admin.audit.from'), from), field(t('admin.audit.to'), to), field(t('admin.analytics.role'), role), field(t('admin.analytics.limit'), limit),
    h('div', { class: 'field admin-filter-buttons' }, show));
  const areas = REPORTS.map((r) => ({ ...r, area: h('div', { 'aria-live': 'polite' }) }));
  body.append(
    sectionHeader(t('admin.analytics.title'), t('admin.analytics.intro')),
    form,
    h('p', { class: 'muted small' }, t('admin.analytics.utc')),
    ...areas.map((r) => h('section', { class: 'admin-report-section', dataset: { test: `report-${r.test}` } },
      h('h3', null, t(`admin.analytics.${r.key}`)), h('p', { class: 'muted small' }, t(`admin.analytics.${r.key}.intro`)), r.area)),
  );
  form.addEventListener('submit', (event) => { event.preventDefault(); loadAll(); });

  async function loadReport(report) {
    report.area.replaceChildren(loading());
    try {
      const { data } = await api.get(`/analytics/search/${report.key}`, { from: from.value, to: to.value, role: role.value, limit: limit.value });
      const low = report.key === 'low-click-through';
      report.area.replaceChildren(table({
        caption: t(`admin.analytics.${report.key}`), test: `${report.test}-table`, items: data.queries, empty: t('admin.analytics.empty'),
        columns: [
          { label: t('admin.analytics.query'), cell: (q) => q.query },
          { label: t('admin.analytics.searches'), class: 'num', cell: (q) => formatNumber(q.searches) },
          report.key !== 'zero-results' && { label: t('admin.analytics.clicks'), class: 'num', cell: (q) => formatNumber(q.clicks) },
          report.key !== 'zero-results' && { label: t('admin.analytics.ctr'), class: ['num', low ? 'admin-emph' : ''].join(' '), cell: (q) => percent(q.clickThroughRate) },
          report.key !== 'zero-results' && { label: t('admin.analytics.results'), class: 'num', cell: (q) => formatNumber(q.averageResults) },
          { label: t('admin.analytics.latency'), class: 'num', cell: (q) => t('admin.analytics.ms', { ms: q.averageLatencyMillis }) },
        ].filter(Boolean),
      }));
    } catch (error) {
      report.area.replaceChildren(failure(error, () => loadReport(report)));
    }
  }

  function loadAll() {
    if (from.value && to.value && from.value > to.value) {
      areas.forEach((r) => r.area.replaceChildren(h('p', { class: 'form-message', role: 'alert' }, t('admin.analytics.badRange'))));
      return;
    }
    areas.forEach(loadReport);
  }
  loadAll();
}
