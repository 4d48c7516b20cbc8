// Article requests: searches that found nothing, where agents asked for an article. Write it
// (opens the editor with the space and the query as title), mark it done (with the article that
// answers it, suggested by a search for the query) or decline it with a comment.
import { api } from '../core/api.js';
import { field, h, uid } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { badge, can, promptDialog, showError, toast } from '../core/ui.js';
import { filterSelect, itemsOf, once, pagedList, section, spaceName, table, when } from './common.js';

const PAGE = 50;

export function create(shared) {
  const { session, signal } = shared;
  let space = '';
  const load = (after) => api.get('/article-requests', { status: 'OPEN', space: space || undefined, after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const everything = once(() => load(null));
  const firstPage = () => (space ? load(null) : everything());
  const state = { n: 0, asked: 0, more: false };
  const summary = () => ({ n: state.n, more: state.more, hint: state.asked > state.n ? t('work.hint.asked', { n: state.asked }) : '' });

  return {
    key: 'requests',
    visible: shared.author,
    async count() {
      const page = await firstPage();
      state.n = page.items.length;
      state.asked = page.items.reduce((sum, r) => sum + (r.askers || 1), 0);
      state.more = Boolean(page.after);
      return summary();
    },
    render(panel) {
      const tbl = table(t('work.requests.caption'), [
        { key: 'title', label: t('work.col.request') },
        { key: 'space', label: t('work.col.space') },
        { key: 'askedBy', label: t('work.col.askedBy') },
        { key: 'requested', label: t('work.col.requested') },
        { key: 'actions', label: t('work.col.actions'), className: 'work-actions-col' },
      ], { test: 'work-requests' });
      const list = pagedList({
        signal,
        test: 'work-requests',
        emptyText: t('work.requests.empty'),
        fetchPage: (after) => (after ? load(after) : firstPage()),
        show: (items, content) => {
          if (!tbl.wrap.isConnected) { tbl.clear(); content.append(tbl.wrap); }
          items.forEach(addRow);
          return items.length;
        },
      });

      function addRow(r) {
        const row = tbl.add({
          title: h('div', null,
            h('span', { class: 'work-query' }, r.query),
            r.note ? h('p', { class: 'work-quote' }, r.note) : null),
          space: r.space ? spaceName(session, r.space) : h('span', { class: 'muted' }, t('work.requests.anySpace')),
          askedBy: h('div', null, h('div', null, r.requestedBy),
            r.askers > 1 ? badge('needs-review', t('work.requests.times', { n: r.askers })) : null),
          requested: when(r.requestedAt, { withTime: true }),
          actions: h('div', { class: 'work-actions' },
            !r.space || can(session, r.space, 'EDIT')
              ? h('a', {
                class: 'button small primary', dataset: { test: 'work-request-write' },
                href: `#/articles/new?${new URLSearchParams({ ...(r.space ? { space: r.space } : {}), title: r.query })}`,
                'aria-label': t('work.requests.writeLabel', { query: r.query }),
              }, t('work.requests.write'))
              : null,
            h('button', { type: 'button', class: 'small secondary', dataset: { test: 'work-request-done' }, 'aria-label': t('work.requests.doneLabel', { query: r.query }), onclick: (e) => done(e.currentTarget) }, t('work.requests.done')),
            h('button', { type: 'button', class: 'small secondary', dataset: { test: 'work-request-decline' }, 'aria-label': t('work.requests.declineLabel', { query: r.query }), onclick: (e) => decline(e.currentTarget) }, t('work.requests.decline'))),
        }, { dataset: { test: 'work-request-row', id: r.id } });

        async function done(button) {
          const answer = await doneDialog(r);
          if (!answer) { button.focus(); return; }
          await resolve(button, { status: 'DONE', ...answer }, 'work.requests.doneOk');
        }
        async function decline(button) {
          const comment = await promptDialog(t('work.requests.declineTitle'), t('work.requests.declineComment'), { required: true, multiline: true });
          if (!comment) { button.focus(); return; }
          await resolve(button, { status: 'DECLINED', comment }, 'work.requests.declined');
        }
        async function resolve(button, body, message) {
          button.disabled = true;
          try {
            await api.post(`/article-requests/${encodeURIComponent(r.id)}/resolve`, body);
            const focusTarget = row.nextElementSibling || row.previousElementSibling;
            row.remove();
            state.n = Math.max(0, state.n - 1);
            state.asked = Math.max(0, state.asked - (r.askers || 1));
            shared.setCount('requests', summary());
            toast(t(message), 'success');
            list.removed();
            if (tbl.size() === 0 && list.hasMore()) list.reload();
            (focusTarget?.querySelector('button, a') || panel)?.focus();
          } catch (error) {
            showError(error);
            button.disabled = false;
          }
        }
      }

      const editable = session.spaces.filter((s) => can(session, s.key, 'EDIT'));
      const spaceFilter = editable.length > 1
        ? filterSelect(t('work.reviews.space'), [['', t('work.requests.allSpaces')], ...editable.map((s) => [s.key, s.name || s.key])], space,
          (value) => { space = value; list.reload(); }, 'work-requests-space')
        : null;
      panel.append(section('work-requests-h', t('work.tab.requests'), spaceFilter, list.element));
      list.reload();
    },
  };
}

/** The article id in a pasted link (…#/articles/<id>…) or a bare id; null if neither. */
export function articleIdOf(text) {
  const value = (text || '').trim();
  const inLink = /\/articles\/([A-Za-z0-9-]+)/.exec(value);
  if (inLink && inLink[1] !== 'new') return inLink[1];
  return /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : null;
}

/**
 * Asks which article answers the request (published articles a search for its words finds, none,
 * or a pasted link) and an optional comment. Resolves {articleId?, comment?} or null.
 */
function doneDialog(request) {
  return new Promise((resolve) => {
    const name = uid('answer');
    const choices = h('div', { class: 'work-choices' });
    const other = h('input', { type: 'text', dataset: { test: 'work-done-article' }, autocomplete: 'off' });
    const comment = h('textarea', { rows: 3, maxlength: 500, dataset: { test: 'work-done-comment' } });
    const message = h('p', { class: 'form-message', role: 'alert' });
    const radio = (value, label, checked) => {
      const id = uid('answer');
      return h('div', { class: 'checkbox' }, h('input', { type: 'radio', name, id, value, checked }), h('label', { for: id }, label));
    };
    const searching = h('p', { class: 'muted' }, t('work.requests.searching'));
    choices.append(searching, radio('', t('work.requests.noArticle'), true), radio('other', t('work.requests.otherArticle'), false));
    const otherField = field(t('work.requests.articleLink'), other, t('work.requests.articleLinkHint'));
    otherField.hidden = true;
    let touched = false;
    choices.addEventListener('change', () => {
      touched = true;
      otherField.hidden = !choices.querySelector('input[value="other"]').checked;
      if (!otherField.hidden) other.focus();
    });

    const dlg = h('dialog', { class: 'dialog work-dialog', 'aria-labelledby': `${name}-title`, dataset: { test: 'work-done-dialog' } });
    const form = h('form', { method: 'dialog' },
      h('h2', { id: `${name}-title` }, t('work.requests.doneTitle')),
      h('p', null, t('work.requests.doneIntro', { query: request.query })),
      h('fieldset', null, h('legend', null, t('work.requests.article')), choices, otherField),
      field(t('work.requests.comment'), comment),
      message,
      h('div', { class: 'actions' },
        h('button', { value: 'cancel', class: 'secondary', formnovalidate: true }, t('common.cancel')),
        h('button', { value: 'ok', class: 'primary', dataset: { test: 'work-done-ok' } }, t('work.requests.done'))));
    form.addEventListener('submit', (event) => {
      if (event.submitter?.value !== 'ok') return;
      const picked = form.querySelector(`input[name="${name}"]:checked`)?.value || '';
      const articleId = picked === 'other' ? articleIdOf(other.value) : picked;
      if (picked === 'other' && !articleId) {
        event.preventDefault();
        message.textContent = t('work.requests.badId');
        other.focus();
        return;
      }
      dlg.result = { ...(articleId ? { articleId } : {}), ...(comment.value.trim() ? { comment: comment.value.trim() } : {}) };
    });
    dlg.append(form);
    dlg.addEventListener('close', () => { dlg.remove(); resolve(dlg.returnValue === 'ok' ? dlg.result : null); });
    document.body.append(dlg);
    dlg.showModal();

    // Published articles that a search for the request's words finds now: likely answers.
    api.get('/search', { q: request.query, space: request.space || undefined, limit: 5 })
      .then(({ data }) => {
        const hits = data?.hits || [];
        searching.replaceWith(...hits.map((hit) => radio(hit.id, hit.title, false)));
        if (hits.length && !touched) choices.querySelector(`input[value="${CSS.escape(hits[0].id)}"]`).checked = true;
      })
      .catch(() => searching.remove());
  });
}
