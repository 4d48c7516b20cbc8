package io.kbplatform.app.health;

import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.EmbedderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the state of semantic retrieval (ready, loading, disabled, unavailable and why). Always
 * UP: without the model, search keeps serving on keywords, and a DOWN here would take every
 * instance out of the load balancer for a missing nicety.
 */
@Readiness
@ApplicationScoped
public class SemanticSearchHealthCheck implements HealthCheck {

  static final String NAME = "semantic-retrieval";

  private Embedder embedder;

  protected SemanticSearchHealthCheck() {}

  @Inject
  public SemanticSearchHealthCheck(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public HealthCheckResponse call() {
    EmbedderStatus status = embedder.status();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).up().withData("state", status.state().label());
    if (!status.reason().isEmpty()) {
      response.withData("reason", status.reason());
    }
    return response.build();
  }
}
