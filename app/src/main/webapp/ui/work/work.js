// "My work" (#/work?tab=…): one dashboard of everything waiting for an owner or author — review
// queue, feedback inbox, drafts, approvals, article requests — plus, for everyone, the requests
// and feedback they gave themselves. The tabs are tiles with a count each (ARIA tabs, arrow keys).
import './messages.js';
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { hasRole } from '../core/ui.js';
import { countText } from './common.js';
import * as reviews from './reviews.js';
import * as inbox from './inbox.js';
import * as drafts from './drafts.js';
import * as approvals from './approvals.js';
import * as requests from './requests.js';
import * as mine from './mine.js';

const MODULES = [reviews, inbox, drafts, approvals, requests, mine];
let screen = null;

export function render(outlet, params, ctx) {
  const { session } = ctx;
  const abort = new AbortController();
  const tiles = new Map();
  const shared = {
    session,
    author: hasRole(session, 'AUTHOR', 'TRAINER', 'ADMIN'),
    signal: abort.signal,
    navigate: ctx.navigate,
    setCount: (key, value) => tiles.get(key)?.setCount(value),
  };
  const choose = (key) => ctx.navigate('/work', { tab: key }, { replace: true });
  const tabs = MODULES.map((m) => m.create(shared)).filter((tab) => tab.visible);
  const single = tabs.length === 1;

  const tablist = h('div', { role: 'tablist', class: 'work-tiles', 'aria-label': t('work.tabs'), dataset: { test: 'work-tabs' } });
  const panels = h('div', { class: 'work-panels' });
  for (const tab of tabs) {
    const tile = makeTile(tab, () => choose(tab.key));
    tiles.set(tab.key, tile);
    tablist.append(tile.button);
    tab.panel = h('div', {
      role: single ? null : 'tabpanel', id: `work-panel-${tab.key}`, class: 'work-panel',
      'aria-labelledby': single ? null : `work-tab-${tab.key}`, tabindex: single ? null : '0', hidden: true,
      dataset: { test: `work-panel-${tab.key}` },
    });
    panels.append(tab.panel);
  }
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((tab) => tab.key === screen?.selected);
    const moves = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
    choose(next.key);
    tiles.get(next.key).button.focus();
  });

  outlet.append(
    h('div', { class: 'work' },
      h('header', { class: 'work-head' },
        h('h1', null, t(single ? 'work.titleMine' : 'work.title')),
        h('p', { class: 'muted' }, t(single ? 'work.introMine' : 'work.intro'))),
      single ? null : tablist,
      panels));

  function select(key) {
    const tab = tabs.find((x) => x.key === key) || tabs[0];
    screen.selected = tab.key;
    for (const other of tabs) {
      const on = other === tab;
      tiles.get(other.key).select(on);
      other.panel.hidden = !on;
    }
    if (!tab.rendered) {
      tab.rendered = true;
      tab.render(tab.panel);
    }
  }

  screen = { select, selected: null };
  for (const tab of tabs) {
    tab.count().then((value) => tiles.get(tab.key).setCount(value), () => tiles.get(tab.key).setCount(null));
  }
  select(params.tab);
  return () => {
    abort.abort();
    screen = null;
  };
}

/** The tab changed in the address (#/work?tab=…): show it, keeping every list's state. */
export function update(params) {
  screen?.select(params.tab);
}

function makeTile(tab, onChoose) {
  const label = t(`work.tab.${tab.key}`);
  const count = h('span', { class: 'work-tile-count', dataset: { test: `work-count-${tab.key}` } }, '…');
  const hint = h('span', { class: 'work-tile-hint' }, t('work.count.loading'));
  const button = h('button', {
    type: 'button', role: 'tab', id: `work-tab-${tab.key}`, class: 'work-tile',
    'aria-controls': `work-panel-${tab.key}`, 'aria-selected': 'false', tabindex: '-1',
    dataset: { test: `work-tab-${tab.key}` },
    onclick: onChoose,
  }, h('span', { class: 'work-tile-label' }, label), count, hint);
  return {
    button,
    select(on) {
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    },
    setCount(value) {
      if (!value) {
        count.textContent = '—';
        hint.textContent = t('work.count.error');
        return;
      }
      count.textContent = countText(value.n, value.more);
      hint.textContent = value.hint || '';
      button.classList.toggle('work-tile-zero', value.n === 0);
    },
  };
}
