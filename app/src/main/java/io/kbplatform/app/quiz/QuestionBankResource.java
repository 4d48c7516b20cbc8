package io.kbplatform.app.quiz;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.quiz.bank.QuestionBank;
import io.kbplatform.content.quiz.bank.QuestionBankService;
import io.kbplatform.content.quiz.bank.QuestionService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Question banks: per space, seen and edited only by those who may edit the space (authors,
 * trainers and administrators with a grant there); learners never see one.
 */
@Path("question-banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class QuestionBankResource {

  private QuestionBankService banks;
  private QuestionService questions;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected QuestionBankResource() {}

  @Inject
  public QuestionBankResource(
      QuestionBankService banks, QuestionService questions, CurrentActor actor) {
    this.banks = banks;
    this.questions = questions;
    this.actor = actor;
  }

  /** The banks of a list. */
  public record BankListView(List<BankView> banks) {}

  /** A bank's categories, by path. */
  public record CategoryListView(List<CategoryView> categories) {}

  /** A bank's questions, in the order they were added. */
  public record QuestionListView(List<QuestionSummaryView> questions) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a question bank in a space you may edit",
      description = "A name of 1 to " + QuestionBank.NAME_LENGTH + " characters.")
  @APIResponse(responseCode = "201", description = "Created; Location names the bank")
  @APIResponse(responseCode = "400", description = "No space or name, or too long")
  @APIResponse(responseCode = "403", description = "You may read the space but not edit it")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response create(@Valid @NotNull BankRequest body) {
    BankView view = BankView.of(banks.create(actor.get(), body.space, body.name));
    return Created.at(uri, "question-banks", view.id()).entity(view).build();
  }

  @GET
  @Operation(summary = "The banks you may edit, in one space (?space=) or in all")
  @APIResponse(responseCode = "200", description = "The banks, by space and name")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public BankListView list(@QueryParam("space") String space) {
    String key = space == null || space.isBlank() ? null : space.strip();
    return new BankListView(banks.list(actor.get(), key).stream().map(BankView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A question bank")
  @APIResponse(responseCode = "200", description = "The bank")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  public BankView get(@PathParam("id") String id) {
    return BankView.of(banks.get(actor.get(), id));
  }

  @GET
  @Path("{id}/categories")
  @Operation(summary = "A bank's categories, by path")
  @APIResponse(responseCode = "200", description = "The categories")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  public CategoryListView categories(@PathParam("id") String id) {
    return new CategoryListView(
        banks.categories(actor.get(), id).stream().map(CategoryView::of).toList());
  }

  @GET
  @Path("{id}/questions")
  @Operation(summary = "A bank's questions (latest versions), in the order they were added")
  @APIResponse(responseCode = "200", description = "The questions")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  public QuestionListView questions(@PathParam("id") String id) {
    return new QuestionListView(
        questions.list(actor.get(), id).stream().map(QuestionSummaryView::of).toList());
  }
}
