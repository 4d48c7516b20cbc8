package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.bank.QuestionBank;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/question-banks}: the space and the bank's name. */
public class BankRequest {

  @NotBlank
  @Pattern(regexp = Space.KEY_PATTERN, message = "must be the key of a space, e.g. CS")
  public String space;

  @NotBlank
  @Size(max = QuestionBank.NAME_LENGTH)
  public String name;
}
