package io.kbplatform.search.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch cluster the app talks to ({@code kb.es.url}, env {@code KB_ES_URL}): one pooled
 * client for the whole application. It creates no index; see {@code ArticleIndex}.
 */
@ApplicationScoped
public class SearchCluster {

  private String url;
  private volatile RestClient restClient;
  private volatile ElasticsearchClient client;

  protected SearchCluster() {}

  @Inject
  public SearchCluster(
      @ConfigProperty(name = "kb.es.url", defaultValue = "http://127.0.0.1:9200") String url) {
    this.url = url;
  }

  public String url() {
    return url;
  }

  /** The client, created on first use; requests fail fast when the cluster is down. */
  public ElasticsearchClient client() {
    ElasticsearchClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          restClient =
              RestClient.builder(HttpHost.create(url))
                  .setRequestConfigCallback(
                      rc -> rc.setConnectTimeout(2_000).setSocketTimeout(10_000))
                  .build();
          client =
              new ElasticsearchClient(
                  new RestClientTransport(restClient, new JacksonJsonpMapper()));
        }
        current = client;
      }
    }
    return current;
  }

  @PreDestroy
  public void close() {
    if (restClient != null) {
      try {
        restClient.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
