package io.kbplatform.bench.ui;

import java.util.List;
import java.util.Map;

/**
 * Everything one run of the UI benchmark measured; written as docs/benchmarks/ui-results.json.
 *
 * @param screen per figure ("searchFocused", "firstContentfulPaint", ...), cold and warm loads
 * @param finalKeystroke last keystroke of each query until its results were painted
 * @param everyUpdate every keystroke whose text was ever shown, until it was
 * @param apiDirect the same final requests sent from the benchmark's JVM
 * @param apiInBrowser the page's own fetch of each final request (resource timing duration)
 * @param anatomy the final keystroke's latency in parts: "untilRequest", "request", "untilPainted"
 */
record UiResults(
    String date,
    String command,
    double totalMinutes,
    Map<String, Object> machine,
    Map<String, Object> settings,
    Map<String, Object> corpus,
    Map<String, Map<String, Stats>> screen,
    List<ScreenLoad.Sample> loads,
    Stats finalKeystroke,
    Stats everyUpdate,
    int keystrokes,
    int supersededKeystrokes,
    int queriesWithoutFinalResults,
    Stats apiDirect,
    Stats apiInBrowser,
    Map<String, Stats> anatomy,
    Map<String, Double> ratios,
    List<TypingRun.Typed> queries,
    List<Map<String, Object>> targets) {

  /** The same results with the verdicts on the targets. */
  UiResults withTargets(List<Map<String, Object>> verdicts) {
    return new UiResults(
        date,
        command,
        totalMinutes,
        machine,
        settings,
        corpus,
        screen,
        loads,
        finalKeystroke,
        everyUpdate,
        keystrokes,
        supersededKeystrokes,
        queriesWithoutFinalResults,
        apiDirect,
        apiInBrowser,
        anatomy,
        ratios,
        queries,
        verdicts);
  }
}
