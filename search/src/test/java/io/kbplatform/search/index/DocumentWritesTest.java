package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A late copy of an article is no failure; an outage is. */
class DocumentWritesTest {

  @Test
  void aNewerVersionAlreadyIndexedIsAVersionConflict() {
    assertTrue(DocumentWrites.isVersionConflict(failure(409)));
    assertTrue(
        DocumentWrites.isVersionConflict(new IOException("bulk", failure(409))),
        "however deep the client wrapped it");
  }

  @Test
  void anUnavailableClusterIsNoVersionConflict() {
    assertFalse(DocumentWrites.isVersionConflict(failure(503)));
    assertFalse(DocumentWrites.isVersionConflict(new IOException("Connection refused")));
  }

  @Test
  void aRebuildWritesThroughTheLoadingAliasOfItsNewIndex() {
    assertEquals(
        "kb-articles-v3-20261101093000123-loading",
        IndexAdministration.loadingAlias("kb-articles-v3-20261101093000123"));
  }

  private static ElasticsearchException failure(int status) {
    return new ElasticsearchException(
        "index",
        ErrorResponse.of(
            e ->
                e.status(status)
                    .error(c -> c.type("version_conflict_engine_exception").reason("x"))));
  }
}
