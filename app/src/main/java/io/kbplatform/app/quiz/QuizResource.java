package io.kbplatform.app.quiz;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.quiz.attempt.AttemptService;
import io.kbplatform.content.quiz.attempt.AttemptSheet;
import io.kbplatform.content.quiz.quizzes.QuizService;
import io.kbplatform.content.quiz.review.QuizStatisticsReport;
import io.kbplatform.content.quiz.statistics.AttemptsCounted;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quizzes: trainers and authors who edit a space build and publish them and read their statistics;
 * learners and agents who read the space take the published ones that are open.
 */
@Path("quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class QuizResource {

  private QuizService quizzes;
  private AttemptService attempts;
  private QuizStatisticsReport statistics;
  private CurrentActor actor;
  private Clock clock;

  @Context UriInfo uri;

  protected QuizResource() {}

  @Inject
  public QuizResource(
      QuizService quizzes,
      AttemptService attempts,
      QuizStatisticsReport statistics,
      CurrentActor actor,
      Clock clock) {
    this.quizzes = quizzes;
    this.attempts = attempts;
    this.statistics = statistics;
    this.actor = actor;
    this.clock = clock;
  }

  /** Quizzes of a list. */
  public record QuizListView(List<QuizView> quizzes) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a draft quiz from bank questions of the same space",
      description =
          "questions: bank question ids in order, each once (1 to "
              + QuizService.MAX_QUESTIONS
              + "); marks: what each is worth (default: the question's default mark, 1);"
              + " gradingMethod HIGHEST|LAST|AVERAGE|FIRST; attemptsAllowed (0: no limit);"
              + " passMark in marks like the score (at most the total); timeLimitSeconds;"
              + " openAt/closeAt (ISO instants); shuffleQuestions.")
  @APIResponse(responseCode = "201", description = "Created as a draft; Location names it")
  @APIResponse(responseCode = "400", description = "A question of another space, a bad rule")
  @APIResponse(responseCode = "403", description = "You may read the space but not edit it")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response create(@Valid @NotNull QuizRequest body) {
    QuizView view = QuizView.of(quizzes.create(actor.get(), body.toNewQuiz()));
    return Created.at(uri, "quizzes", view.id()).entity(view).build();
  }

  @GET
  @Operation(summary = "The quizzes of the spaces you edit (drafts too), or of one (?space=)")
  @APIResponse(responseCode = "200", description = "The quizzes, by space and title")
  public QuizListView list(@QueryParam("space") String space) {
    String key = space == null || space.isBlank() ? null : space.strip();
    return new QuizListView(quizzes.editable(actor.get(), key).stream().map(QuizView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A quiz with its questions and rules")
  @APIResponse(responseCode = "200", description = "The quiz")
  @APIResponse(responseCode = "404", description = "No such quiz, or not in a space you edit")
  public QuizView get(@PathParam("id") String id) {
    return QuizView.of(quizzes.edited(actor.get(), id));
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish a draft: learners who read the space may take it when open")
  @APIResponse(responseCode = "200", description = "Published")
  @APIResponse(responseCode = "404", description = "No such quiz, or not in a space you edit")
  @APIResponse(responseCode = "409", description = "Published already")
  public QuizView publish(@PathParam("id") String id) {
    return QuizView.of(quizzes.publish(actor.get(), id));
  }

  @POST
  @Path("{id}/attempts")
  @RolesAllowed({Role.LEARNER_NAME, Role.AGENT_NAME})
  @Operation(
      summary = "Start an attempt (as a learner or agent), or resume the one in progress",
      description =
          "The questions in the attempt's order, with options, matching items and choices, and"
              + " ordering items shuffled as the quiz says; never an answer key. The deadline is"
              + " the server's.")
  @APIResponse(responseCode = "201", description = "Started; Location names the attempt")
  @APIResponse(responseCode = "200", description = "The attempt already in progress, resumed")
  @APIResponse(
      responseCode = "404",
      description = "No such quiz, not published, or its space is not visible to you")
  @APIResponse(responseCode = "409", description = "Not open now, or no attempts left")
  public Response start(@PathParam("id") String id) {
    AttemptSheet sheet = attempts.start(actor.get(), id);
    AttemptView view = AttemptView.of(sheet, clock.instant());
    if (sheet.resumed()) {
      return Response.ok(view).build();
    }
    return Created.at(uri, "attempts", view.id()).entity(view).build();
  }

  @GET
  @Path("{id}/statistics")
  @Operation(
      summary = "The quiz's statistics, computed now from its finished attempts",
      description =
          "attempts=FIRST|HIGHEST|LAST (one per learner) or ALL (default). Moodle's definitions:"
              + " see docs/learning.md.")
  @APIResponse(responseCode = "200", description = "The statistics, questions in quiz order")
  @APIResponse(responseCode = "400", description = "An unknown attempts value")
  @APIResponse(responseCode = "404", description = "No such quiz, or not in a space you edit")
  public StatisticsView statistics(
      @PathParam("id") String id,
      @QueryParam("attempts") @DefaultValue("ALL") AttemptsCounted which) {
    return StatisticsView.of(statistics.of(actor.get(), id, which));
  }
}
