package io.kbplatform.content.importing;

import io.kbplatform.content.attachment.BlobStore;
import io.kbplatform.content.attachment.DocumentExtraction;
import io.kbplatform.content.attachment.FileNames;
import io.kbplatform.content.export.ExportFormat;
import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.MediaTypes;
import io.kbplatform.content.importing.sections.SplitOptions;
import io.kbplatform.content.permission.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Accepts an upload as a queued job and runs it on the container's managed executor: unpacks a ZIP
 * within the limits, then imports each file on its own (a file that fails does so alone), and
 * finally marks the job completed. The upload waits in the blob store until the job ends.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Resource ManagedExecutorService executor;

  private ImportJobs jobs;
  private BlobStore blobs;
  private DocumentExtraction extraction;
  private DocumentImporter documents;
  private ExportRestorer exports;

  protected ImportRunner() {}

  @Inject
  public ImportRunner(
      ImportJobs jobs,
      BlobStore blobs,
      DocumentExtraction extraction,
      DocumentImporter documents,
      ExportRestorer exports) {
    this.jobs = jobs;
    this.blobs = blobs;
    this.extraction = extraction;
    this.documents = documents;
    this.exports = exports;
  }

  /**
   * Queues an import of an uploaded file.
   *
   * @param upload the bytes in a temporary file, which the caller deletes afterwards
   * @param options whether long documents are split and pinyin annotations removed
   */
  public ImportJob submit(
      Actor actor,
      String spaceKey,
      String categoryId,
      String fileName,
      Path upload,
      SplitOptions options) {
    ImportJob job = jobs.create(actor, spaceKey, categoryId, FileNames.clean(fileName));
    try {
      blobs.put(uploadKey(job.id()), upload);
    } catch (IOException e) {
      jobs.fail(job.id(), "The upload could not be stored.");
      throw new UncheckedIOException(e);
    }
    ImportTarget target =
        new ImportTarget(actor, job.spaceKey(), job.categoryId().orElse(null), options);
    executor.execute(() -> run(job, target));
    return job;
  }

  void run(ImportJob job, ImportTarget target) {
    Path work = null;
    try {
      work = Files.createTempDirectory("kb-import-");
      Path upload = work.resolve("upload");
      try (InputStream in = blobs.open(uploadKey(job.id()))) {
        Files.copy(in, upload);
      }
      if (MediaTypes.ZIP.equals(MediaTypes.detect(upload, job.fileName()))) {
        ZipContents zip = ZipContents.expand(upload, work, extraction.limits());
        if (ExportRestorer.isExport(zip)) {
          if (!restore(job.id(), zip, target)) {
            return;
          }
        } else {
          importAll(job.id(), zip.entries(), target);
        }
      } else {
        importAll(job.id(), List.of(ArchiveEntry.ok(job.fileName(), upload)), target);
      }
      jobs.complete(job.id());
    } catch (ExtractionException e) {
      jobs.fail(job.id(), e.reason() + ": " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + job.id() + " failed", e);
      jobs.fail(job.id(), "The import stopped: " + e.getMessage());
    } finally {
      deleteQuietly(job.id(), work);
    }
  }

  private void importAll(String jobId, List<ArchiveEntry> entries, ImportTarget target) {
    List<ImportItem> items = jobs.start(jobId, entries.stream().map(ArchiveEntry::name).toList());
    for (int i = 0; i < entries.size(); i++) {
      ArchiveEntry entry = entries.get(i);
      ImportOutcome outcome =
          entry.isOk()
              ? documents.importFile(target, entry.file(), entry.name())
              : ImportOutcome.failed(entry.failure());
      jobs.finish(items.get(i), outcome);
    }
  }

  /**
   * Restores an export article by article. The manifest is checked whole (counts and size) before
   * the first article is created; a limit met later (the import's bytes, the space's quota, any
   * unexpected failure) stops the job and discards every draft it created, so nothing half-imported
   * stays.
   *
   * @return whether the job ran to its end
   */
  private boolean restore(String jobId, ZipContents zip, ImportTarget target)
      throws ExtractionException {
    Path metadata = zip.get(ExportFormat.METADATA).file();
    ImportLimits limits = exports.limits();
    List<ImportItem> items = jobs.start(jobId, ExportManifest.check(metadata, limits));
    List<String> created = new ArrayList<>();
    long[] restoredBytes = {0};
    int position = 0;
    try (ExportManifest articles = ExportManifest.open(metadata, limits)) {
      for (; articles.hasNext(); position++) {
        ImportOutcome outcome = exports.restore(target, zip, articles.next(), restoredBytes);
        if (outcome.articleId() != null) {
          created.add(outcome.articleId());
        }
        jobs.finish(items.get(position), outcome);
      }
      return true;
    } catch (ImportStopped e) {
      stop(jobId, target, created, position, e.getMessage());
    } catch (ExportManifest.ManifestRefused e) {
      stop(jobId, target, created, position, e.unwrap().reason() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
      stop(jobId, target, created, position, "The import failed: " + e.getMessage());
    }
    return false;
  }

  private void stop(
      String jobId, ImportTarget target, List<String> created, int position, String reason) {
    exports.discard(target, created);
    jobs.stopped(jobId, position, reason);
  }

  private void deleteQuietly(String jobId, Path work) {
    try {
      blobs.delete(uploadKey(jobId));
      if (work != null) {
        try (Stream<Path> files = Files.walk(work)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not clean up after import " + jobId, e);
    }
  }

  private static String uploadKey(String jobId) {
    return "import-" + jobId;
  }
}
