/**
 * The web UI's latency benchmark (docs/benchmarks-ui.md): a real Chromium opens the search screen
 * on a corpus of 10,000 articles, measures how soon it paints and takes the keyboard, then types
 * queries key by key and times each keystroke until the results for that text are on screen,
 * against the bare search API for the same queries.
 */
package io.kbplatform.bench.ui;
