package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.bank.QuestionBank;
import java.time.Instant;

/** A question bank as the API shows it. */
public record BankView(String id, String space, String name, String createdBy, Instant createdAt) {

  static BankView of(QuestionBank bank) {
    return new BankView(
        bank.id(), bank.spaceKey(), bank.name(), bank.createdBy(), bank.createdAt());
  }
}
