package io.kbplatform.app.searchevaluation;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.evaluation.EvaluationReport;
import io.kbplatform.search.evaluation.JudgedSetParser;
import io.kbplatform.search.evaluation.SearchEvaluation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Offline relevance evaluation: authors post a judged set of queries and get recall@k, MRR and
 * nDCG@10 for their own content, as they themselves can search it.
 */
@Path("admin/search-evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class SearchEvaluationResource {

  /** The most queries one evaluation runs. */
  public static final int MAX_QUERIES = 500;

  private static final String EXAMPLE =
      """
      {"name": "demo", "queries": [
        {"query": "退款多久到账", "kind": "colloquial",
         "relevant": {"退款到账时间说明": 2, "退货退款流程": 1}},
        {"query": "VIP客户", "kind": "mixed", "relevant": {"VIP客户服务标准": 2}}
      ]}""";

  private SearchEvaluation evaluation;
  private AccessPolicy policy;
  private CurrentActor actor;

  protected SearchEvaluationResource() {}

  @Inject
  public SearchEvaluationResource(
      SearchEvaluation evaluation, AccessPolicy policy, CurrentActor actor) {
    this.evaluation = evaluation;
    this.policy = policy;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Evaluate search relevance with a judged set of queries",
      description =
          "Runs every query through the search as you (only articles you may read can be found)"
              + " and scores the top 10 hits against the articles judged relevant, named by title"
              + " or id with a grade (2 = the answer, 1 = useful, 0 = not relevant). Returns per"
              + " query the rank of the first relevant hit, recall@1/3/5/10, reciprocal rank and"
              + " nDCG@10 (gain 2^grade - 1, log2 discount), the means over the set and per query"
              + " kind, and the judged titles that cannot be found at all. At most 500 queries.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples = @ExampleObject(name = "judged set", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Scores per query, their means and the judged titles that were not found",
      content = @Content(schema = @Schema(implementation = EvaluationReport.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not a judged set (problem+json says where), or more than 500 queries")
  @APIResponse(responseCode = "503", description = "Search is temporarily unavailable")
  public EvaluationReport evaluate(String body) {
    var set = new JudgedSetParser(MAX_QUERIES).parse(body);
    return evaluation.evaluate(set, policy.readScope(actor.get()));
  }
}
