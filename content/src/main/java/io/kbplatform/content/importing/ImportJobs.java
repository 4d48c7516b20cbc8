package io.kbplatform.content.importing;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of import jobs: creating a job for an editor of the space, reading it back for its
 * creator or an administrator, and recording progress, each step in its own short transaction.
 */
@ApplicationScoped
public class ImportJobs {

  static final String INTERRUPTED =
      "The server restarted while this import ran; articles imported before that remain as"
          + " drafts. Upload the file again to import the rest.";

  private ImportJobRepository jobs;
  private SpaceService spaces;
  private CategoryService categories;
  private AccessPolicy policy;
  private AuditLog audit;
  private Clock clock;

  protected ImportJobs() {}

  @Inject
  public ImportJobs(
      ImportJobRepository jobs,
      SpaceService spaces,
      CategoryService categories,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.jobs = jobs;
    this.spaces = spaces;
    this.categories = categories;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** A queued job, for an actor who edits in the space (and category, if given). */
  @Transactional
  public ImportJob create(Actor actor, String spaceKey, String categoryId, String fileName) {
    Space space = spaces.get(actor, spaceKey);
    policy.require(actor, space, AccessLevel.EDIT);
    if (categoryId != null) {
      categories.inSpace(categoryId, space);
    }
    ImportJob job = new ImportJob(space.key(), categoryId, fileName, actor.username(), now());
    jobs.add(job);
    return job;
  }

  /** A job, for its creator or an administrator; not found for anyone else. */
  @Transactional
  public ImportJob get(Actor actor, String id) {
    return jobs.find(id)
        .filter(job -> actor.isAdmin() || job.createdBy().equals(actor.username()))
        .orElseThrow(() -> new NotFoundException("Import", id));
  }

  @Transactional
  public List<ImportItem> items(Actor actor, String id) {
    get(actor, id);
    return jobs.items(id);
  }

  @Transactional
  List<ImportItem> start(String jobId, List<String> paths) {
    ImportJob job = job(jobId);
    job.start(paths.size(), now());
    List<ImportItem> items = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      ImportItem item = new ImportItem(jobId, i, paths.get(i));
      jobs.add(item);
      items.add(item);
    }
    return items;
  }

  @Transactional
  void finish(ImportItem item, ImportOutcome outcome) {
    ImportItem row = jobs.findItem(item.id()).orElseThrow();
    if (outcome.state() == ItemState.IMPORTED) {
      row.imported(outcome.articleId(), outcome.reason(), outcome.sections());
    } else {
      row.finish(outcome.state(), outcome.reason());
    }
    job(item.jobId()).fileDone(now());
  }

  @Transactional
  void complete(String jobId) {
    ImportJob job = job(jobId);
    job.complete(now());
    long imported = jobs.items(jobId).stream().filter(i -> i.state() == ItemState.IMPORTED).count();
    audit.record(
        job.createdBy(),
        AuditAction.IMPORT_COMPLETED,
        "import",
        jobId,
        imported + " of " + job.totalFiles() + " files from " + job.fileName());
  }

  @Transactional
  void fail(String jobId, String reason) {
    job(jobId).fail(reason, now());
  }

  /**
   * Ends a job that stopped at a limit after its drafts were discarded: every file says so, the one
   * that hit the limit with the limit itself.
   */
  @Transactional
  void stopped(String jobId, int stoppedAt, String reason) {
    for (ImportItem item : jobs.items(jobId)) {
      if (item.position() == stoppedAt) {
        item.discarded(reason);
      } else if (item.state() == ItemState.IMPORTED || item.state() == ItemState.PENDING) {
        item.discarded("Not imported: the import stopped at " + (stoppedAt + 1) + ". file.");
      }
    }
    job(jobId).fail("The import stopped, nothing of it was kept: " + reason, now());
  }

  /** Marks the jobs a restart interrupted as failed; called once at startup. */
  @Transactional
  public int failInterrupted() {
    List<ImportJob> unfinished = jobs.unfinished();
    unfinished.forEach(job -> job.fail(INTERRUPTED, now()));
    return unfinished.size();
  }

  private ImportJob job(String id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id));
  }

  private java.time.Instant now() {
    return clock.instant();
  }
}
