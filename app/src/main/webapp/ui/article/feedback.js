// Helpful / not helpful (with a reason and an optional comment), flagging an article as wrong, and
// the reader's own vote and reports on it (from /api/feedback/mine).
import { api } from '../core/api.js';
import { field, h, replace, uid } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { showError, toast } from '../core/ui.js';

const REASONS = ['OUTDATED', 'INCORRECT', 'UNCLEAR', 'MISSING_INFORMATION', 'OTHER'];

let mineCache = null; // {at, promise}

function mine() {
  if (!mineCache || Date.now() - mineCache.at > 60000) {
    mineCache = { at: Date.now(), promise: api.get('/feedback/mine', { limit: 200 }).then(({ data }) => data?.items || []).catch(() => []) };
  }
  return mineCache.promise;
}

function remember(item) {
  if (!mineCache) return;
  mineCache.promise = mineCache.promise.then((items) => {
    const rest = items.filter((i) => !(item.counted && i.counted && i.article === item.article && i.version === item.version));
    return [item, ...rest];
  });
}

/** The feedback block for an article view (a readable, published article). */
export function feedbackBlock(article, { compact = false } = {}) {
  const version = article.publishedVersion;
  const status = h('p', { class: 'feedback-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'feedback-status' } });
  const helpful = h('button', { type: 'button', class: 'vote', 'aria-pressed': 'false', dataset: { test: 'feedback-helpful' } }, t('feedback.helpful'));
  const notHelpful = h('button', { type: 'button', class: 'vote', 'aria-pressed': 'false', 'aria-expanded': 'false', dataset: { test: 'feedback-not-helpful' } }, t('feedback.notHelpful'));
  const report = h('button', { type: 'button', class: 'link-button small', 'aria-expanded': 'false', dataset: { test: 'feedback-report' } }, t('feedback.report'));
  const formSlot = h('div', { class: 'feedback-form-slot' });
  const mineList = h('div', { class: 'feedback-mine' });
  const section = h('section', { class: ['feedback', compact && 'compact'], 'aria-labelledby': `${article.id}-fb`, dataset: { test: 'feedback' } },
    h('h3', { id: `${article.id}-fb`, class: 'feedback-title' }, t('feedback.title')),
    h('div', { class: 'feedback-buttons' }, helpful, notHelpful, report),
    formSlot, status, mineList);

  if (!version) {
    replace(section, h('p', { class: 'muted' }, t('feedback.noPublished')));
    return section;
  }

  const showVote = (kind) => {
    helpful.setAttribute('aria-pressed', String(kind === 'HELPFUL'));
    notHelpful.setAttribute('aria-pressed', String(kind === 'NOT_HELPFUL'));
  };

  const send = async (body) => {
    const { data } = await api.post(`/articles/${encodeURIComponent(article.id)}/feedback`, body);
    remember(data);
    return data;
  };

  const closeForm = () => {
    formSlot.replaceChildren();
    notHelpful.setAttribute('aria-expanded', 'false');
    report.setAttribute('aria-expanded', 'false');
  };

  helpful.addEventListener('click', async () => {
    closeForm();
    helpful.disabled = true;
    try {
      await send({ kind: 'HELPFUL' });
      showVote('HELPFUL');
      status.textContent = t('feedback.thanksHelpful');
    } catch (error) {
      showError(error);
    } finally {
      helpful.disabled = false;
    }
  });

  const openForm = (flagOnly, opener) => {
    closeForm();
    opener.setAttribute('aria-expanded', 'true');
    const name = uid('reason');
    const radios = REASONS.map((reason) => h('label', { class: 'checkbox' },
      h('input', { type: 'radio', name, value: reason, dataset: { test: `reason-${reason}` } }), t(`feedback.reason.${reason}`)));
    const comment = h('textarea', { rows: compact ? 2 : 3, maxlength: 2000, dataset: { test: 'feedback-comment' } });
    const flag = h('input', { type: 'checkbox', checked: flagOnly, dataset: { test: 'feedback-flag' } });
    const commentField = field(flagOnly ? t('feedback.commentRequired') : t('feedback.comment'), comment, t('feedback.commentHint'));
    const commentLabel = commentField.querySelector('label');
    flag.addEventListener('change', () => { commentLabel.textContent = flag.checked ? t('feedback.commentRequired') : t('feedback.comment'); });
    const message = h('p', { class: 'form-message', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'primary small', dataset: { test: 'feedback-send' } }, t('feedback.send'));
    const form = h('form', { class: 'feedback-form', novalidate: true },
      h('fieldset', null, h('legend', null, t('feedback.reason')), h('div', { class: 'reasons' }, radios)),
      commentField,
      flagOnly ? null : h('label', { class: 'checkbox' }, flag, t('feedback.flag')),
      message,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary small', onclick: () => { closeForm(); opener.focus(); } }, t('common.cancel')),
        submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const reason = form.querySelector(`input[name="${name}"]:checked`)?.value;
      const text = comment.value.trim();
      if (!reason) { message.textContent = t('feedback.chooseReason'); radios[0].querySelector('input').focus(); return; }
      if (flag.checked && !text) { message.textContent = t('feedback.needComment'); comment.focus(); return; }
      submit.disabled = true;
      try {
        if (!flagOnly) {
          await send(flag.checked ? { kind: 'NOT_HELPFUL', reason } : { kind: 'NOT_HELPFUL', reason, comment: text || undefined });
          showVote('NOT_HELPFUL');
        }
        if (flag.checked) await send({ kind: 'FLAG', reason, comment: text });
        closeForm();
        status.textContent = flag.checked ? t('feedback.flagged') : t('feedback.thanksNotHelpful');
        toast(status.textContent, 'success');
        opener.focus();
        showMine();
      } catch (error) {
        message.textContent = showError(error);
        submit.disabled = false;
      }
    });
    formSlot.replaceChildren(form);
    (radios[0].querySelector('input')).focus();
  };

  notHelpful.addEventListener('click', () => (notHelpful.getAttribute('aria-expanded') === 'true' ? closeForm() : openForm(false, notHelpful)));
  report.addEventListener('click', () => (report.getAttribute('aria-expanded') === 'true' ? closeForm() : openForm(true, report)));

  const showMine = async () => {
    const items = (await mine()).filter((i) => i.article === article.id);
    const vote = items.find((i) => i.counted && i.version === version && (i.kind === 'HELPFUL' || i.kind === 'NOT_HELPFUL'));
    if (vote) {
      showVote(vote.kind);
      if (!status.textContent) status.textContent = t('feedback.yourVote', { vote: t(vote.kind === 'HELPFUL' ? 'feedback.helpful' : 'feedback.notHelpful') });
    }
    const reports = items.filter((i) => i.state);
    if (!reports.length) { mineList.replaceChildren(); return; }
    replace(mineList,
      h('h4', null, t('feedback.mine')),
      h('ul', { class: 'plain' }, reports.slice(0, 3).map((i) => h('li', { dataset: { test: 'my-feedback' } },
        h('span', { class: 'badge' }, t(`feedback.state.${i.state}`)), ' ',
        i.reason ? `${t(`feedback.reason.${i.reason}`)} · ` : '', formatDate(i.createdAt),
        i.comment ? h('q', { class: 'feedback-comment' }, i.comment) : null,
        i.reply ? h('div', { class: 'feedback-reply' }, t('feedback.reply', { name: i.repliedBy, reply: i.reply })) : null))));
  };
  showMine();
  return section;
}
