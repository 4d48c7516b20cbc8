package io.kbplatform.app.searchindex;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.outbox.OutboxEvent;
import io.kbplatform.content.searchindex.SearchRebuild;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.rebuild.ConsistencyReport;
import io.kbplatform.search.rebuild.IndexConsistency;
import io.kbplatform.search.rebuild.IndexRebuild;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The search index for administrators: start a zero-downtime rebuild and follow it, see outbox
 * deliveries that fail or were given up on (and requeue them), check the index against the database
 * and repair it.
 */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
public class SearchIndexResource {

  static final int MAX_LIMIT = 500;
  static final int RECENT = 20;

  private IndexRebuild rebuild;
  private IndexConsistency consistency;
  private Outbox outbox;
  private ArticleIndex index;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected SearchIndexResource() {}

  @Inject
  public SearchIndexResource(
      IndexRebuild rebuild,
      IndexConsistency consistency,
      Outbox outbox,
      ArticleIndex index,
      CurrentActor actor) {
    this.rebuild = rebuild;
    this.consistency = consistency;
    this.outbox = outbox;
    this.index = index;
    this.actor = actor;
  }

  /** The alias, the concrete indices behind it and the generation this version writes. */
  public record IndexView(String alias, List<String> indices, String generation) {}

  @GET
  @Operation(summary = "The search alias and the concrete indices behind it")
  @APIResponse(responseCode = "200", description = "Alias and indices")
  @APIResponse(responseCode = "503", description = "Elasticsearch is unavailable")
  public IndexView index() {
    try {
      return new IndexView(index.alias(), index.concreteIndices(), index.generation());
    } catch (IOException e) {
      throw new io.kbplatform.search.query.SearchUnavailableException(e);
    }
  }

  @POST
  @Path("rebuilds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a full rebuild of the search index",
      description =
          "Loads every published article from the database into a new index in the background"
              + " while searches keep using the current one, then swaps the alias atomically."
              + " Optional body: batchSize, throttleMillis (pause between batches).")
  @APIResponse(responseCode = "202", description = "Started; Location gives its progress")
  @APIResponse(responseCode = "409", description = "A rebuild is already running")
  @APIResponse(responseCode = "503", description = "Elasticsearch is unavailable")
  public Response start(@Valid RebuildRequest body) {
    RebuildRequest request = body == null ? new RebuildRequest() : body;
    SearchRebuild started =
        rebuild.start(actor.get().username(), request.options(rebuild.defaults()));
    return Response.accepted(RebuildView.of(started))
        .location(
            uri.getBaseUriBuilder().path("admin/search-index/rebuilds/{id}").build(started.id()))
        .build();
  }

  @GET
  @Path("rebuilds")
  @Operation(summary = "The latest rebuilds, newest first")
  @APIResponse(responseCode = "200", description = "Up to 20 rebuilds")
  public List<RebuildView> rebuilds() {
    return rebuild.recent(RECENT).stream().map(RebuildView::of).toList();
  }

  @GET
  @Path("rebuilds/{id}")
  @Operation(summary = "A rebuild's progress: state, phase, counts, percent, index, error")
  @APIResponse(responseCode = "200", description = "The rebuild")
  @APIResponse(responseCode = "404", description = "No such rebuild")
  public RebuildView rebuild(@PathParam("id") long id) {
    return rebuild
        .find(id)
        .map(RebuildView::of)
        .orElseThrow(() -> new NotFoundException("Search index rebuild", String.valueOf(id)));
  }

  @GET
  @Path("outbox/failures")
  @Operation(
      summary = "Index updates that failed at least once and will be retried",
      description = "Attempts, next attempt and last error. Paging: ?after=<id>&limit=.")
  @APIResponse(responseCode = "200", description = "A page of failing events")
  public Response failures(
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("100") @Bounded(max = MAX_LIMIT) int limit) {
    return page(outbox::failing, after, limit);
  }

  @GET
  @Path("outbox/dead")
  @Operation(
      summary = "Dead letters: index updates given up on after too many rejections",
      description = "Paging: ?after=<id>&limit=.")
  @APIResponse(responseCode = "200", description = "A page of dead events")
  public Response dead(
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("100") @Bounded(max = MAX_LIMIT) int limit) {
    return page(outbox::dead, after, limit);
  }

  /** How many events were requeued. */
  public record RetriedView(int requeued) {}

  @POST
  @Path("outbox/dead/{id}/retry")
  @Operation(summary = "Requeue one dead letter: attempts reset, delivered again now")
  @APIResponse(responseCode = "200", description = "Requeued")
  @APIResponse(responseCode = "404", description = "No such dead event")
  public OutboxEventView retry(@PathParam("id") long id) {
    return OutboxEventView.of(outbox.retry(id));
  }

  @POST
  @Path("outbox/dead/retry")
  @Operation(summary = "Requeue every dead letter")
  @APIResponse(responseCode = "200", description = "How many were requeued")
  public RetriedView retryAll() {
    return new RetriedView(outbox.retryAllDead());
  }

  @GET
  @Path("consistency")
  @Operation(
      summary = "Compare the database with the index",
      description =
          "Counts and samples (100 each) of articles missing from the index, stale (version or"
              + " status differ) and orphaned (in the index only).")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "503", description = "Elasticsearch is unavailable")
  public ConsistencyReport consistency() {
    return consistency.check();
  }

  @POST
  @Path("consistency/repair")
  @Operation(
      summary = "Queue index updates for every difference the check finds",
      description =
          "Missing and stale articles are indexed again, orphans removed, via the outbox.")
  @APIResponse(responseCode = "200", description = "The report before the repair and the count")
  @APIResponse(responseCode = "503", description = "Elasticsearch is unavailable")
  public IndexConsistency.Repair repair() {
    return consistency.repair();
  }

  private Response page(BiFunction<Long, Integer, List<OutboxEvent>> query, Long after, int limit) {
    List<OutboxEventView> items =
        query.apply(after, limit).stream().map(OutboxEventView::of).toList();
    return NextPage.ok(uri, "after", items, limit, OutboxEventView::id);
  }
}
