package io.kbplatform.search.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ClusterUnavailableTest {

  @Test
  void connectionFailuresAnywhereInTheCauseChainMeanUnavailable() {
    assertTrue(ClusterUnavailable.isCause(new ConnectException("refused")));
    assertTrue(ClusterUnavailable.isCause(new RuntimeException(new ConnectException("refused"))));
  }

  @Test
  void overloadBlocksAndAMissingIndexAreTransient() {
    assertTrue(ClusterUnavailable.isCause(es(429, "es_rejected_execution_exception")));
    assertTrue(ClusterUnavailable.isCause(es(403, "cluster_block_exception")));
    assertTrue(ClusterUnavailable.isCause(es(404, "index_not_found_exception")));
    assertTrue(ClusterUnavailable.isCause(es(503, "unavailable_shards_exception")));
    assertTrue(ClusterUnavailable.isMissingIndex(es(404, "index_not_found_exception")));
  }

  @Test
  void otherFailuresAreAboutTheRequest() {
    assertFalse(ClusterUnavailable.isCause(new IllegalArgumentException("bad mapping")));
    assertFalse(ClusterUnavailable.isCause(es(400, "mapper_parsing_exception")));
    assertFalse(ClusterUnavailable.isMissingIndex(es(400, "mapper_parsing_exception")));
  }

  private static ElasticsearchException es(int status, String type) {
    return new ElasticsearchException(
        "index", ErrorResponse.of(r -> r.status(status).error(e -> e.type(type).reason("test"))));
  }
}
