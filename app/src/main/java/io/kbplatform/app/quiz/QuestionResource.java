package io.kbplatform.app.quiz;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.quiz.bank.QuestionService;
import io.kbplatform.content.quiz.bank.StoredQuestion;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questions of banks, as trainers read them: any version, answers and feedback included. */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class QuestionResource {

  private QuestionService questions;
  private CurrentActor actor;

  protected QuestionResource() {}

  @Inject
  public QuestionResource(QuestionService questions, CurrentActor actor) {
    this.questions = questions;
    this.actor = actor;
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A question: its latest version, or ?version=n",
      description = "With its ETag, which a revision must send back in If-Match.")
  @APIResponse(responseCode = "200", description = "The question")
  @APIResponse(responseCode = "400", description = "A version that is not a number")
  @APIResponse(
      responseCode = "404",
      description = "No such question or version, or not in a bank you may edit")
  public Response get(@PathParam("id") String id, @QueryParam("version") Integer version) {
    StoredQuestion stored = questions.get(actor.get(), id, version);
    return Response.ok(QuestionView.of(stored))
        .tag(new EntityTag(Long.toString(stored.lockVersion())))
        .build();
  }
}
