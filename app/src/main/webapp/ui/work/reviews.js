// Review queue: articles I own that need review or fall due within 14 days, and below them the
// other articles in spaces I edit that need review or expire within 30 days. Verify in place.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { can, showError, toast } from '../core/ui.js';
import { articleLink, dueCell, filterSelect, itemsOf, once, pagedList, reviewBadge, section, spaceName, table } from './common.js';

const MINE_DAYS = 14;
const EXPIRING_DAYS = 30;
const PAGE = 50;

export function create(shared) {
  const { session, signal } = shared;
  const loadMine = (after) => api.get('/reviews/mine', { days: MINE_DAYS, after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const firstPage = once(() => loadMine(null));
  const state = { items: [], more: false };

  function summary() {
    const due = state.items.filter((a) => a.needsReview).length;
    return { n: state.items.length, more: state.more, hint: due ? t(due === 1 ? 'work.hint.needsReviewOne' : 'work.hint.needsReview', { n: due }) : (state.items.length ? '' : t('work.hint.allCurrent')) };
  }

  return {
    key: 'reviews',
    visible: shared.author,
    async count() {
      const page = await firstPage();
      state.items = [...page.items];
      state.more = Boolean(page.after);
      return summary();
    },
    render(panel) {
      const columns = [
        { key: 'title', label: t('work.col.article') },
        { key: 'space', label: t('work.col.space') },
        { key: 'due', label: t('work.col.due') },
        { key: 'status', label: t('work.col.status') },
        { key: 'actions', label: t('work.col.actions'), className: 'work-actions-col' },
      ];
      const mineTable = table(t('work.reviews.mineCaption'), columns, { test: 'work-reviews-mine' });
      const verified = new Set();
      const addRow = (tbl, article, onVerified) => {
        const row = tbl.add({}, { dataset: { test: 'work-review-row', id: article.id } });
        const draw = () => tbl.fill(row, cells(article));
        const cells = (a) => ({
          title: articleLink(a.id, a.title),
          space: spaceName(session, a.space),
          owner: a.owner,
          due: dueCell(a, { verified: verified.has(a.id) }),
          status: reviewBadge(a, verified.has(a.id)),
          actions: h('div', { class: 'work-actions' },
            !verified.has(a.id) && (a.owner === session.username || can(session, a.space, 'PUBLISH'))
              ? h('button', {
                type: 'button', class: 'small primary', 'aria-label': t('work.verifyLabel', { title: a.title }),
                dataset: { test: 'work-verify' }, onclick: (e) => verify(e.currentTarget),
              }, t('work.verify'))
              : null,
            can(session, a.space, 'EDIT')
              ? h('a', { class: 'button small', href: `#/articles/${encodeURIComponent(a.id)}/edit`, 'aria-label': t('work.editLabel', { title: a.title }), dataset: { test: 'work-edit' } }, t('work.edit'))
              : null),
        });
        async function verify(button) {
          button.disabled = true;
          button.textContent = t('work.verifying');
          try {
            const { data } = await api.post(`/articles/${encodeURIComponent(article.id)}/workflow/verify`);
            Object.assign(article, { needsReview: data.needsReview, reviewDueAt: data.reviewDueAt });
            verified.add(article.id);
            draw();
            row.querySelector('[data-test="work-article-link"]')?.focus();
            toast(t('work.verified', { title: article.title, date: formatDate(data.reviewDueAt) }), 'success');
            onVerified?.();
          } catch (error) {
            showError(error);
            button.disabled = false;
            button.textContent = t('work.verify');
          }
        }
        draw();
      };

      const mineList = pagedList({
        signal,
        test: 'work-reviews-mine',
        emptyText: t('work.reviews.mineEmpty'),
        fetchPage: async (after) => {
          const page = after ? await loadMine(after) : await firstPage();
          state.items = after ? [...state.items, ...page.items] : [...page.items];
          state.more = Boolean(page.after);
          shared.setCount('reviews', summary());
          return page;
        },
        show: (items, content) => {
          if (!mineTable.wrap.isConnected) { mineTable.clear(); content.append(mineTable.wrap); }
          items.forEach((a) => addRow(mineTable, a, () => shared.setCount('reviews', summary())));
          return items.length;
        },
      });

      // Other articles in spaces I edit (mine are listed above already).
      const editable = session.spaces.filter((s) => can(session, s.key, 'EDIT'));
      let space = '';
      const expTable = table(t('work.reviews.expiringCaption'), [
        columns[0], columns[1], { key: 'owner', label: t('work.col.owner') }, columns[2], columns[3], columns[4],
      ], { test: 'work-reviews-expiring' });
      const expiringList = pagedList({
        signal,
        test: 'work-reviews-expiring',
        emptyText: () => t(editable.length ? 'work.reviews.expiringEmpty' : 'work.reviews.noSpaces'),
        fetchPage: async (after) => {
          if (!editable.length) return { items: [], after: null };
          const { data } = await api.get('/reviews/expiring', { space: space || undefined, days: EXPIRING_DAYS, after, limit: PAGE }, { signal });
          return itemsOf(data);
        },
        show: (items, content) => {
          if (!expTable.wrap.isConnected) { expTable.clear(); content.append(expTable.wrap); }
          const keys = new Set(editable.map((s) => s.key));
          const mineOnly = items.filter((a) => keys.has(a.space) && a.owner !== session.username);
          mineOnly.forEach((a) => addRow(expTable, a));
          return mineOnly.length;
        },
      });
      const spaceFilter = editable.length > 1
        ? filterSelect(t('work.reviews.space'), [['', t('work.reviews.allSpaces')], ...editable.map((s) => [s.key, s.name || s.key])], space,
          (value) => { space = value; expiringList.reload(); }, 'work-expiring-space')
        : null;

      panel.append(
        section('work-reviews-mine-h', t('work.reviews.mine'), null, mineList.element),
        section('work-reviews-exp-h', t('work.reviews.expiring'), spaceFilter, expiringList.element),
      );
      mineList.reload();
      expiringList.reload();
    },
  };
}
