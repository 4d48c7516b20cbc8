// One import as the user follows it: the upload with its progress bar, then the server's job
// (GET /api/imports/{id}, polled) with overall progress and a row per file: waiting, processing,
// imported (with a link to the draft) or failed/skipped with the reason in plain words.
import { api } from '../core/api.js';
import { h, replace } from '../core/dom.js';
import { formatBytes, t } from '../core/i18n.js';
import { badge, errorMessage, progressBar, spinner } from '../core/ui.js';
import './history-messages.js';

const POLL_MS = 700;
const KNOWN_REASONS = ['CORRUPT', 'ENCRYPTED', 'TOO_LARGE', 'TIMEOUT', 'RESOURCE_LIMIT', 'UNSUPPORTED_TYPE'];
const FINISHED = ['COMPLETED', 'FAILED'];

/** "CORRUPT: The file is damaged…" → localised words, with the server's text as the detail. */
export function reasonNode(reason) {
  if (!reason) return null;
  const match = /^([A-Z_]+):\s*([\s\S]*)$/.exec(reason);
  if (match && KNOWN_REASONS.includes(match[1])) {
    return h('span', { class: 'import-reason', dataset: { test: 'import-reason', code: match[1] } },
      t(`import.reason.${match[1]}`),
      match[2] ? h('small', { class: 'import-reason-detail' }, t('import.reason.details', { text: match[2] })) : null);
  }
  return h('span', { class: 'import-reason', dataset: { test: 'import-reason' } }, reason);
}

function itemState(item, index, files, job) {
  if (item.state !== 'PENDING') return item.state;
  if (job.state === 'FAILED' || job.state === 'COMPLETED') return 'FAILED';
  const firstPending = files.findIndex((f) => f.state === 'PENDING');
  return job.state === 'RUNNING' && index === firstPending ? 'PROCESSING' : 'WAITING';
}

const ITEM_BADGE = { WAITING: 'neutral', PROCESSING: 'in-review', IMPORTED: 'verified', FAILED: 'danger', SKIPPED: 'needs-review' };
const JOB_BADGE = { UPLOADING: 'in-review', QUEUED: 'neutral', RUNNING: 'in-review', COMPLETED: 'verified', FAILED: 'danger', REFUSED: 'danger' };

/**
 * A card for one upload. start(file, {space, spaceName, category}) uploads and follows it;
 * follow(jobId) only follows an existing job. onFinished(summaryText) is called once at the end.
 */
export class ImportJobCard {
  constructor({ onFinished, onJob } = {}) {
    this.alive = true;
    this.onFinished = onFinished;
    this.onJob = onJob;
    this.rows = [];
    this.timer = null;
    this.failures = 0;
    this.title = h('h3', { class: 'import-job-title' });
    this.meta = h('span', { class: 'import-job-meta muted' });
    this.state = h('span', { class: 'import-job-state', dataset: { test: 'import-job-state' } });
    this.uploadBar = progressBar('');
    this.jobBar = progressBar('');
    this.uploadBar.querySelector('progress').dataset.test = 'upload-progress';
    this.jobBar.querySelector('progress').dataset.test = 'import-progress';
    this.uploadLine = h('div', { class: 'import-bar-line' }, h('span', { class: 'import-bar-label' }, t('import.bar.upload')), this.uploadBar);
    this.jobLine = h('div', { class: 'import-bar-line', hidden: true }, h('span', { class: 'import-bar-label' }, t('import.bar.import')), this.jobBar);
    this.counts = h('p', { class: 'import-counts muted', dataset: { test: 'import-counts' } });
    this.message = h('p', { class: 'import-message', dataset: { test: 'import-message' } });
    this.summary = h('p', { class: 'import-summary', dataset: { test: 'import-summary' }, hidden: true });
    this.tbody = h('tbody');
    this.table = h('div', { class: 'table-wrap import-files', hidden: true },
      h('table', { dataset: { test: 'import-files' } },
        h('colgroup', null, h('col', { class: 'import-col-file' }), h('col', { class: 'import-col-state' }), h('col')),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('import.file')),
          h('th', { scope: 'col' }, t('import.status')),
          h('th', { scope: 'col' }, t('import.result')))),
        this.tbody));
    this.el = h('article', { class: 'card import-job', dataset: { test: 'import-job' } },
      h('header', { class: 'import-job-head' }, h('div', { class: 'import-job-name' }, this.title, this.meta), this.state),
      this.uploadLine, this.jobLine, this.counts, this.message, this.summary, this.table);
  }

  setState(state) {
    this.el.dataset.state = state;
    replace(this.state, badge(JOB_BADGE[state] || 'neutral', t(`import.state.${state}`)));
  }

  setName(name, spaceName, size) {
    this.name = name;
    this.title.textContent = name;
    this.meta.textContent = [spaceName ? t('import.into', { space: spaceName }) : '', size ? formatBytes(size) : ''].filter(Boolean).join(' · ');
    this.uploadBar.querySelector('progress').setAttribute('aria-label', t('import.uploadLabel', { name }));
    this.jobBar.querySelector('progress').setAttribute('aria-label', t('import.jobLabel', { name }));
  }

  async start(file, { space, spaceName, category }) {
    this.setName(file.name, spaceName, file.size);
    this.setState('UPLOADING');
    try {
      const { data } = await api.upload(`/spaces/${encodeURIComponent(space)}/imports`, file, {
        query: { name: file.name, category },
        onProgress: (fraction) => this.uploadBar.set(fraction),
      });
      if (!this.alive) return;
      this.uploadBar.set(1);
      this.uploadLine.hidden = true;
      this.onJob?.(data.id);
      this.show(data);
      this.schedule(data.id);
    } catch (error) {
      if (!this.alive) return;
      this.refuse(error);
    }
  }

  /** Follows a job that was started earlier (e.g. before the page was left). */
  async follow(jobId, spaceName) {
    this.uploadLine.hidden = true;
    this.quietIfDone = true;
    this.setName('…', spaceName);
    this.setState('QUEUED');
    await this.poll(jobId);
  }

  refuse(error) {
    this.setState('REFUSED');
    this.uploadLine.hidden = true;
    let text;
    if (error.status === 413) text = t('import.tooLarge', { name: this.name });
    else if (error.status === 415) text = t('import.unsupported', { name: this.name });
    else text = `${this.name}: ${errorMessage(error)}`;
    this.message.textContent = text;
    this.message.setAttribute('role', 'alert');
    this.message.classList.add('import-error');
    this.finish(text);
  }

  schedule(jobId) {
    clearTimeout(this.timer);
    if (this.alive) this.timer = setTimeout(() => this.poll(jobId), POLL_MS);
  }

  async poll(jobId) {
    try {
      const { data } = await api.get(`/imports/${encodeURIComponent(jobId)}`);
      if (!this.alive) return;
      this.failures = 0;
      this.show(data);
      if (!FINISHED.includes(data.state)) this.schedule(jobId);
    } catch (error) {
      if (!this.alive) return;
      this.failures += 1;
      if (error.status === 404 || error.status === 403 || this.failures > 5) {
        this.message.textContent = error.status === 404 ? t('import.lost') : errorMessage(error);
        this.message.classList.add('import-error');
        this.finish(this.message.textContent);
      } else {
        this.schedule(jobId);
      }
    }
  }

  show(job) {
    if (!this.name || this.name === '…') this.setName(job.fileName, this.spaceNameFor(job), null);
    this.el.dataset.job = job.id;
    this.setState(job.state);
    this.jobLine.hidden = job.state === 'FAILED' && !(job.files || []).length;
    this.jobBar.set((job.percent ?? 0) / 100);
    const files = job.files || [];
    this.counts.textContent = job.totalFiles ? t('import.progress', { done: job.doneFiles ?? 0, total: job.totalFiles }) : '';
    this.drawFiles(files, job);
    if (job.state === 'FAILED') {
      this.message.replaceChildren(reasonNode(job.reason) || '');
      this.message.classList.add('import-error');
      this.message.setAttribute('role', 'alert');
    }
    if (FINISHED.includes(job.state)) {
      this.jobBar.set(job.state === 'COMPLETED' ? 1 : (job.percent ?? 0) / 100);
      this.finish(this.summaryText(job, files), { quiet: this.quietIfDone });
    }
    this.quietIfDone = false;
  }

  spaceNameFor(job) {
    return this.spaceNames?.[job.space] || job.space;
  }

  drawFiles(files, job) {
    this.table.hidden = files.length === 0;
    files.forEach((item, index) => {
      const state = itemState(item, index, files, job);
      const key = `${state}|${item.reason || ''}|${item.articleId || ''}`;
      const existing = this.rows[index];
      if (existing && existing.key === key) return;
      const tr = this.fileRow(item, state);
      if (existing) existing.el.replaceWith(tr);
      else this.tbody.append(tr);
      this.rows[index] = { key, el: tr };
    });
  }

  fileRow(item, state) {
    const result = [];
    if (item.articleId) {
      result.push(h('a', {
        href: `#/articles/${encodeURIComponent(item.articleId)}/edit`, dataset: { test: 'import-draft' },
        'aria-label': t('import.openDraftLabel', { name: item.path }),
      }, t('import.openDraft')));
    }
    if (item.reason) result.push(reasonNode(item.reason));
    return h('tr', { dataset: { test: 'import-file', state } },
      h('th', { scope: 'row', class: 'import-path' }, item.path),
      h('td', { class: 'import-state' },
        state === 'PROCESSING' ? spinner(t('import.item.PROCESSING')) : null,
        badge(ITEM_BADGE[state] || 'neutral', t(`import.item.${state}`))),
      h('td', { class: 'import-result' }, result));
  }

  summaryText(job, files) {
    if (job.state === 'FAILED' && !files.length) return t('import.jobFailed', { name: job.fileName });
    const count = (s) => files.filter((f) => f.state === s).length;
    const imported = count('IMPORTED');
    const failed = count('FAILED') + count('PENDING');
    const skipped = count('SKIPPED');
    return skipped
      ? t('import.summarySkipped', { name: job.fileName, imported, failed, skipped })
      : t('import.summary', { name: job.fileName, imported, failed });
  }

  finish(text, { quiet = false } = {}) {
    clearTimeout(this.timer);
    if (this.finished) return;
    this.finished = true;
    if (!this.message.textContent || this.message.textContent !== text) {
      this.summary.textContent = text;
      this.summary.hidden = false;
    }
    if (!quiet) this.onFinished?.(text);
  }

  stop() {
    this.alive = false;
    clearTimeout(this.timer);
  }
}
