package io.kbplatform.bench.ui;

/**
 * The script installed in every page before its own scripts: it timestamps (with {@code
 * performance.now()}, the page's clock) every keydown and input event, the moment the search box
 * first takes the focus, and every time the result list is (re)rendered with a {@code data-query} —
 * both when the DOM changed (MutationObserver) and when the next frame has been painted
 * (requestAnimationFrame, then a task).
 */
final class Instrumentation {

  private Instrumentation() {}

  static String script(String input, String results) {
    return """
        (() => {
          if (window.__kbBench) return;
          const INPUT = %s, RESULTS = %s;
          const b = window.__kbBench = {keys: [], inputs: [], renders: [], focus: null};
          const now = () => performance.now();
          addEventListener('keydown', e => b.keys.push({t: e.timeStamp, key: e.key}), true);
          addEventListener('input', e => {
            const v = e.target && e.target.value;
            if (typeof v === 'string') b.inputs.push({t: e.timeStamp, value: v});
          }, true);
          addEventListener('focusin', e => {
            if (b.focus === null && e.target.matches && e.target.matches(INPUT)) b.focus = now();
          }, true);
          const record = el => {
            if (!el.isConnected || !el.hasAttribute('data-query')) return;
            const entry = {q: el.getAttribute('data-query'), t: now(), frame: null,
                           items: el.children.length};
            b.renders.push(entry);
            requestAnimationFrame(() => setTimeout(() => { entry.frame = now(); }, 0));
          };
          new MutationObserver(records => {
            const changed = new Set();
            for (const r of records) {
              if (r.type === 'attributes') {
                if (r.target.matches(RESULTS)) changed.add(r.target);
                continue;
              }
              for (const n of r.addedNodes) {
                if (n.nodeType !== 1) continue;
                if (n.matches(RESULTS)) changed.add(n);
                n.querySelectorAll(RESULTS).forEach(x => changed.add(x));
              }
            }
            changed.forEach(record);
          }).observe(document, {subtree: true, childList: true, attributes: true,
                                attributeFilter: ['data-query']});
          performance.setResourceTimingBufferSize(100000);
        })();
        """
        .formatted(js(input), js(results));
  }

  /** Forgets what was recorded so far (keys, inputs, renders, resource timings). */
  static final String RESET =
      "const b = window.__kbBench; b.keys = []; b.inputs = []; b.renders = [];"
          + " performance.clearResourceTimings();";

  /**
   * What was recorded, plus the page's calls of the search API itself (resource timing; not
   * suggestions or anything else under /api/search/).
   */
  static final String READ =
      "const b = window.__kbBench;"
          + " const api = performance.getEntriesByType('resource')"
          + ".filter(e => new URL(e.name).pathname === '/api/search')"
          + ".map(e => ({url: e.name, start: e.startTime, duration: e.duration}));"
          + " const calls = {}; performance.getEntriesByType('resource')"
          + ".map(e => new URL(e.name).pathname).filter(p => p.startsWith('/api/'))"
          + ".forEach(p => { calls[p] = (calls[p] || 0) + 1; });"
          + " return {keys: b.keys, inputs: b.inputs, calls: calls,"
          + " renders: b.renders.map(r => ({q: r.q, t: r.t, frame: r.frame, items: r.items})),"
          + " api: api};";

  /** Navigation and paint timings of the current page, ms from navigation start. */
  static final String PAGE_TIMING =
      "const n = performance.getEntriesByType('navigation')[0];"
          + " const p = {}; performance.getEntriesByType('paint')"
          + ".forEach(e => { p[e.name] = e.startTime; });"
          + " return {responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd,"
          + " load: n.loadEventEnd, firstPaint: p['first-paint'] ?? null,"
          + " firstContentfulPaint: p['first-contentful-paint'] ?? null,"
          + " searchFocused: window.__kbBench.focus, transferBytes:"
          + " performance.getEntriesByType('resource').reduce((s, e) => s + e.transferSize,"
          + " n.transferSize)};";

  private static String js(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
