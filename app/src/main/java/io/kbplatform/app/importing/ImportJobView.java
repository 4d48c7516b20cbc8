package io.kbplatform.app.importing;

import io.kbplatform.content.importing.ImportItem;
import io.kbplatform.content.importing.ImportJob;
import io.kbplatform.content.importing.ImportState;
import java.time.Instant;
import java.util.List;

/** An import job with its progress and the outcome of each file. */
public record ImportJobView(
    String id,
    String space,
    String category,
    String fileName,
    ImportState state,
    int percent,
    int totalFiles,
    int doneFiles,
    String reason,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    List<ImportItemView> files) {

  static ImportJobView of(ImportJob job, List<ImportItem> items) {
    return new ImportJobView(
        job.id(),
        job.spaceKey(),
        job.categoryId().orElse(null),
        job.fileName(),
        job.state(),
        job.percent(),
        job.totalFiles(),
        job.doneFiles(),
        job.reason().orElse(null),
        job.createdBy(),
        job.createdAt(),
        job.updatedAt(),
        items.stream().map(ImportItemView::of).toList());
  }
}
