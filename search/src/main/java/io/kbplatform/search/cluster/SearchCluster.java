package io.kbplatform.search.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch cluster the app talks to ({@code kb.es.url}, env {@code KB_ES_URL}): one pooled
 * client for the whole application. It creates no index; see {@code ArticleIndex}.
 */
@ApplicationScoped
public class SearchCluster {

  private static final Logger LOG = Logger.getLogger(SearchCluster.class.getName());

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

  /**
   * The client, created on first use; requests fail fast when the cluster is down. A client whose
   * I/O reactor has died (it can, on an unexpected error in its thread) is replaced, since it would
   * never answer again.
   */
  public ElasticsearchClient client() {
    ElasticsearchClient current = client;
    if (current == null || !restClient.isRunning()) {
      synchronized (this) {
        if (client != null && !restClient.isRunning()) {
          LOG.warning("The Elasticsearch client had stopped; creating a new one");
          closeQuietly(restClient);
          client = null;
        }
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

  private static void closeQuietly(RestClient stale) {
    try {
      stale.close();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Closing a stopped client failed", e);
    }
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
