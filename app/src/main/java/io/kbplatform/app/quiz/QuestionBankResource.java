package io.kbplatform.app.quiz;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.quiz.bank.QuestionBank;
import io.kbplatform.content.quiz.bank.QuestionBankService;
import io.kbplatform.content.quiz.bank.QuestionImport;
import io.kbplatform.content.quiz.bank.QuestionService;
import io.kbplatform.content.quiz.bank.StoredQuestion;
import io.kbplatform.content.quiz.exchange.CategorizedQuestion;
import io.kbplatform.content.quiz.exchange.GiftWriter;
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
import jakarta.ws.rs.core.EntityTag;
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
  private QuestionImport imports;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected QuestionBankResource() {}

  @Inject
  public QuestionBankResource(
      QuestionBankService banks,
      QuestionService questions,
      QuestionImport imports,
      CurrentActor actor) {
    this.banks = banks;
    this.questions = questions;
    this.imports = imports;
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

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a question to a bank",
      description =
          "The question in the stored document shape (docs/learning.md), checked by Moodle's"
              + " rules for its type; categories named in it are created.")
  @APIResponse(responseCode = "201", description = "Added; Location names the question")
  @APIResponse(responseCode = "400", description = "Not a question, or one Moodle would refuse")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  public Response add(@PathParam("id") String id, @Valid @NotNull QuestionRequest body) {
    StoredQuestion added = questions.add(actor.get(), id, List.of(body.toNewQuestion())).get(0);
    return Created.at(uri, "questions", added.id())
        .entity(QuestionView.of(added))
        .tag(new EntityTag(Long.toString(added.lockVersion())))
        .build();
  }

  /** What an import did: the questions added in file order, and those refused with their line. */
  public record ImportView(List<QuestionSummaryView> questions, List<ErrorView> errors) {}

  /** A question of the file that was not imported. */
  public record ErrorView(int line, String message) {}

  @POST
  @Path("{id}/import")
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(
      summary = "Import a Moodle GIFT or Aiken file into the bank (text/plain; charset=UTF-8)",
      description =
          "Every valid question is added in file order, with the categories the file names;"
              + " every other one is reported with its line and the reason. At most 2 MiB and"
              + " 2,000 questions per file.")
  @APIResponse(responseCode = "200", description = "The questions added and the errors")
  @APIResponse(responseCode = "400", description = "No format, or an unknown one")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  @APIResponse(responseCode = "413", description = "Over 2 MiB or 2,000 questions")
  public ImportView importFile(
      @PathParam("id") String id, @QueryParam("format") String format, String file) {
    QuestionImport.Outcome outcome =
        imports.run(actor.get(), id, QuestionImport.Format.named(format), file == null ? "" : file);
    return new ImportView(
        outcome.questions().stream().map(QuestionSummaryView::of).toList(),
        outcome.errors().stream().map(e -> new ErrorView(e.line(), e.message())).toList());
  }

  @GET
  @Path("{id}/export")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @Operation(
      summary = "Export the bank's questions as a Moodle GIFT file",
      description =
          "Latest versions, in the order they were added, under their categories; importing the"
              + " file again gives the same questions. GIFT has no ordering questions: each is"
              + " written as a comment line saying so.")
  @APIResponse(responseCode = "200", description = "The GIFT file")
  @APIResponse(responseCode = "404", description = "No such bank, or not one you may edit")
  public Response export(@PathParam("id") String id) {
    List<CategorizedQuestion> all =
        questions.list(actor.get(), id).stream()
            .map(q -> new CategorizedQuestion(q.category(), q.content()))
            .toList();
    return Response.ok(new GiftWriter().write(all))
        .header("Content-Disposition", "attachment; filename=\"questions.gift.txt\"")
        .build();
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
