package io.kbplatform.search.health;

import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.kbplatform.search.cluster.SearchCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether Elasticsearch answers and how healthy the cluster says it is. */
@Readiness
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {

  private SearchCluster cluster;

  protected ElasticsearchHealthCheck() {}

  @Inject
  public ElasticsearchHealthCheck(SearchCluster cluster) {
    this.cluster = cluster;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("elasticsearch");
    try {
      HealthResponse health = cluster.client().cluster().health(h -> h.timeout(t -> t.time("2s")));
      String status = health.status().jsonValue();
      return response
          .status(!"red".equals(status))
          .withData("cluster", health.clusterName())
          .withData("status", status)
          .build();
    } catch (Exception e) {
      return response.down().withData("error", "unreachable").build();
    }
  }
}
