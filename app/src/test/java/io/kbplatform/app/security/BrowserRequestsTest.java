package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BrowserRequestsTest {

  private static Function<String, String> headers(String... pairs) {
    Map<String, String> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map::get;
  }

  @Test
  void aScriptIsNotABrowser() {
    assertFalse(BrowserRequests.fromBrowser(headers("Accept", "*/*"), false));
    assertFalse(BrowserRequests.fromBrowser(headers(), false));
    assertFalse(BrowserRequests.fromBrowser(headers("Accept", "application/json"), false));
  }

  @Test
  void theUiALinkOpenedInATabAndAnEndedSessionAreBrowsers() {
    assertTrue(BrowserRequests.fromBrowser(headers("X-Requested-With", "kb-ui"), false));
    assertTrue(
        BrowserRequests.fromBrowser(
            headers("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"), false));
    assertTrue(BrowserRequests.fromBrowser(headers("Sec-Fetch-Site", "same-origin"), false));
    assertTrue(
        BrowserRequests.fromBrowser(
            headers("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"), false));
    assertTrue(BrowserRequests.fromBrowser(headers(), true));
  }

  @Test
  void whatAFormOrASimpleFetchCanSendCanBeForged() {
    for (String type :
        new String[] {
          null,
          "",
          "text/plain",
          "TEXT/PLAIN; charset=UTF-8",
          " application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/plain;application/json"
        }) {
      assertFalse(
          BrowserRequests.cannotBeForged(type == null ? headers() : headers("Content-Type", type)),
          String.valueOf(type));
    }
  }

  @Test
  void aJsonBodyOrACustomHeaderCannotBeForged() {
    assertTrue(BrowserRequests.cannotBeForged(headers("Content-Type", "application/json")));
    assertTrue(
        BrowserRequests.cannotBeForged(headers("Content-Type", "application/merge-patch+json")));
    assertTrue(BrowserRequests.cannotBeForged(headers("Content-Type", "application/zip")));
    assertTrue(
        BrowserRequests.cannotBeForged(
            headers(
                "Content-Type", "multipart/form-data; boundary=x", "X-Requested-With", "curl")));
    assertTrue(BrowserRequests.cannotBeForged(headers("X-CSRF-Token", "anything")));
    assertFalse(BrowserRequests.cannotBeForged(headers("X-Requested-With", " ")));
  }

  @Test
  void onlyGetHeadAndOptionsLeaveThingsAsTheyAre() {
    assertFalse(BrowserRequests.changesState("GET"));
    assertFalse(BrowserRequests.changesState("HEAD"));
    assertFalse(BrowserRequests.changesState("OPTIONS"));
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "PROPFIND"}) {
      assertTrue(BrowserRequests.changesState(method), method);
    }
  }
}
