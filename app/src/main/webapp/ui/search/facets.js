// The filter bar: one disclosure per facet with multi-select checkboxes and counts, chips for the
// active filters, and "clear filters". Rebuilt with every first page of results; the open
// disclosure and the focused checkbox survive the rebuild.
import { h } from '../core/dom.js';
import { formatNumber, t } from '../core/i18n.js';
import { facetValueLabel } from './labels.js';

export const FACETS = ['space', 'category', 'tags', 'template', 'status', 'verification', 'updated'];
const MAX_VALUES = 30;

/** createFacetBar({session, onToggle(facet, value, on), onClear()}) → {el, chips, update(facets, filters, total, names), destroy()} */
export function createFacetBar({ session, onToggle, onClear }) {
  const el = h('div', { class: 'facet-bar', role: 'group', 'aria-label': t('search.filters'), dataset: { test: 'facets' } });
  const chips = h('div', { class: 'filter-chips', dataset: { test: 'filter-chips' } });
  let openFacet = null;

  const outside = (event) => {
    if (!el.contains(event.target)) el.querySelectorAll('details[open]').forEach((d) => { d.open = false; });
  };
  document.addEventListener('click', outside);
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const details = event.target.closest('details[open]');
    if (!details) return;
    event.preventDefault();
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary').focus();
  });

  const update = (facets, filters, total, names) => {
    const focused = document.activeElement;
    const refocus = el.contains(focused) ? { facet: focused.dataset.facet, value: focused.dataset.value, summary: focused.tagName === 'SUMMARY' } : null;
    const blocks = [];
    for (const facet of FACETS) {
      const selected = filters[facet] || [];
      const values = [...(facets?.[facet] || [])];
      for (const value of selected) if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
      const useful = selected.length || values.length > 1;
      if (!values.length || !useful) continue;
      const options = values.slice(0, MAX_VALUES).map(({ value, count }) => {
        const box = h('input', { type: 'checkbox', checked: selected.includes(value), dataset: { facet, value, test: `facet-${facet}-${value}` } });
        box.addEventListener('change', () => { openFacet = facet; onToggle(facet, value, box.checked); });
        return h('label', { class: 'facet-option' }, box,
          h('span', { class: 'facet-label' }, facetValueLabel(session, facet, value, names)),
          h('span', { class: 'facet-count', 'aria-label': `(${formatNumber(count)})` }, formatNumber(count)));
      });
      const summary = h('summary', { dataset: { facet, test: `facet-${facet}` } }, t(`facet.${facet}`),
        selected.length ? h('span', { class: 'facet-selected' }, formatNumber(selected.length)) : null);
      if (selected.length) summary.setAttribute('aria-label', `${t(`facet.${facet}`)}, ${t('facet.selected', { count: selected.length })}`);
      const details = h('details', { class: ['facet', selected.length && 'facet-active'] }, summary, h('div', { class: 'facet-menu' }, options));
      details.addEventListener('toggle', () => {
        if (details.open) {
          openFacet = facet;
          el.querySelectorAll('details[open]').forEach((d) => { if (d !== details) d.open = false; });
        } else if (openFacet === facet) openFacet = null;
      });
      if (openFacet === facet) details.open = true;
      blocks.push(details);
    }
    el.replaceChildren(...blocks);
    el.hidden = !blocks.length;

    const active = FACETS.flatMap((facet) => (filters[facet] || []).map((value) => ({ facet, value })));
    chips.replaceChildren(...active.map(({ facet, value }) => {
      const name = `${t(`facet.${facet}`)}: ${facetValueLabel(session, facet, value, names)}`;
      return h('button', { type: 'button', class: 'chip', 'aria-label': t('search.removeFilter', { name }), dataset: { test: 'filter-chip' }, onclick: () => onToggle(facet, value, false) },
        name, h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'));
    }), active.length ? h('button', { type: 'button', class: 'link-button small', onclick: onClear, dataset: { test: 'clear-filters' } }, t('search.clearFilters')) : '');
    chips.hidden = !active.length;

    if (refocus) {
      const selector = refocus.summary ? `summary[data-facet="${CSS.escape(refocus.facet)}"]`
        : `input[data-facet="${CSS.escape(refocus.facet || '')}"][data-value="${CSS.escape(refocus.value || '')}"]`;
      el.querySelector(selector)?.focus();
    }
  };

  return { el, chips, update, destroy: () => document.removeEventListener('click', outside) };
}
