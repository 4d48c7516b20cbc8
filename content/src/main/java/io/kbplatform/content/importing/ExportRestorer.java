package io.kbplatform.content.importing;

import io.kbplatform.content.article.ArticleLimits;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleTemplate;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.attachment.AttachmentUploads;
import io.kbplatform.content.attachment.StorageQuotaExceededException;
import io.kbplatform.content.common.ContentException;
import io.kbplatform.content.export.ExportFormat;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Restores a space export ({@code metadata.json} plus Markdown files and attachments) as draft
 * articles: titles, bodies, tags, template, categories (created when missing), owner and review
 * interval when they apply here, restrictions when the importer publishes and the groups exist, and
 * the attachments.
 */
@ApplicationScoped
public class ExportRestorer {

  private ArticleService articles;
  private AttachmentUploads attachments;
  private CategoryPaths categories;
  private UserService users;
  private GroupService groups;
  private SpaceService spaces;
  private AccessPolicy policy;
  private ImportLimits limits;

  protected ExportRestorer() {}

  @Inject
  public ExportRestorer(
      ArticleService articles,
      AttachmentUploads attachments,
      CategoryPaths categories,
      UserService users,
      GroupService groups,
      SpaceService spaces,
      AccessPolicy policy,
      @ConfigProperty(name = "kb.import.max-manifest-bytes", defaultValue = "16777216")
          long maxManifestBytes,
      @ConfigProperty(name = "kb.import.max-articles", defaultValue = "10000") int maxArticles,
      @ConfigProperty(name = "kb.import.max-attachments-per-article", defaultValue = "100")
          int maxAttachmentsPerArticle,
      @ConfigProperty(name = "kb.import.max-restored-bytes", defaultValue = "524288000")
          long maxRestoredBytes) {
    this.limits =
        new ImportLimits(maxManifestBytes, maxArticles, maxAttachmentsPerArticle, maxRestoredBytes);
    this.articles = articles;
    this.attachments = attachments;
    this.categories = categories;
    this.users = users;
    this.groups = groups;
    this.spaces = spaces;
    this.policy = policy;
  }

  ImportLimits limits() {
    return limits;
  }

  /**
   * Restores one article with its attachments.
   *
   * @param restoredBytes attachment bytes this import restored so far, counted per reference and
   *     increased here
   * @throws ImportStopped when the import may restore no more bytes, or the space's quota is full
   */
  ImportOutcome restore(
      ImportTarget target, ZipContents zip, JsonObject article, long[] restoredBytes)
      throws ImportStopped {
    ArchiveEntry markdown = zip.get(article.getString("file", ""));
    if (markdown == null || !markdown.isOk()) {
      return ImportOutcome.failed(
          markdown == null ? "The file is missing from the ZIP." : markdown.failure());
    }
    String articleId;
    List<String> notes = new ArrayList<>();
    JsonArray files = article.get("attachments") instanceof JsonArray list ? list : null;
    // Judged before the article exists, by the bytes the unpacking wrote, never by "size".
    restoredBytes[0] += attachmentBytes(zip, files);
    if (restoredBytes[0] > limits.maxRestoredBytes()) {
      throw new ImportStopped(
          "RESOURCE_LIMIT: the attachments would take this import past "
              + limits.maxRestoredBytes()
              + " bytes (each reference counts).");
    }
    try {
      // A body longer than an article may hold is refused before it is read into memory (UTF-8
      // takes at most four bytes per character).
      if (Files.size(markdown.file()) > 4L * ArticleLimits.BODY_LENGTH) {
        return ImportOutcome.failed(
            "TOO_LARGE: the Markdown file is longer than an article may be ("
                + ArticleLimits.BODY_LENGTH
                + " characters).");
      }
      String body = Files.readString(markdown.file(), StandardCharsets.UTF_8);
      String category =
          categories.ensure(
              target.actor(),
              target.spaceKey(),
              target.categoryId(),
              strings(article.getJsonArray("categoryPath")));
      articleId =
          articles
              .create(target.actor(), newArticle(target, article, category, body, notes))
              .article()
              .id();
    } catch (CharacterCodingException e) {
      return ImportOutcome.failed("CORRUPT: the Markdown file is not UTF-8.");
    } catch (IOException e) {
      return ImportOutcome.failed("CORRUPT: the Markdown file cannot be read.");
    } catch (ContentException e) {
      return ImportOutcome.failed(e.getMessage());
    } catch (ClassCastException | NullPointerException e) {
      return ImportOutcome.failed("CORRUPT: the article's entry in metadata.json is malformed.");
    }
    if (files != null) {
      for (JsonValue value : files) {
        JsonObject file = value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String name = file.getString("name", "file");
        ArchiveEntry entry = zip.get(file.getString("file", ""));
        try {
          if (entry == null || !entry.isOk()) {
            notes.add("attachment " + name + " is missing");
          } else {
            attachments.attachInBackground(target.actor(), articleId, name, entry.file());
          }
        } catch (StorageQuotaExceededException e) {
          discard(target, List.of(articleId));
          throw new ImportStopped("RESOURCE_LIMIT: " + e.getMessage());
        } catch (RuntimeException e) {
          notes.add("attachment " + name + ": " + e.getMessage());
        }
      }
    }
    return ImportOutcome.imported(articleId, notes.isEmpty() ? null : String.join("; ", notes));
  }

  private static long attachmentBytes(ZipContents zip, JsonArray files) {
    long total = 0;
    if (files != null) {
      for (JsonValue value : files) {
        ArchiveEntry entry =
            value instanceof JsonObject file ? zip.get(file.getString("file", "")) : null;
        if (entry != null && entry.isOk()) {
          try {
            total += Files.size(entry.file());
          } catch (IOException e) {
            // A file that cannot be read is reported as missing when attached.
          }
        }
      }
    }
    return total;
  }

  /**
   * Deletes drafts this import created, when it stops: nothing half-imported stays. The importer
   * only edits, and deleting takes more, so this acts as an administrator, on the ids the job
   * itself created and nothing else.
   */
  void discard(ImportTarget target, List<String> articleIds) {
    Actor actor = target.actor();
    Actor discarding = new Actor(actor.username(), Set.of(Role.ADMIN), actor.groups());
    for (String id : articleIds) {
      articles.delete(discarding, id);
    }
  }

  private NewArticle newArticle(
      ImportTarget target, JsonObject a, String category, String body, List<String> notes) {
    ArticleTemplate template = null;
    if (a.get("template") instanceof JsonString name) {
      try {
        template = ArticleTemplate.valueOf(name.getString());
      } catch (IllegalArgumentException e) {
        notes.add("unknown template " + name.getString());
      }
    }
    String owner = a.get("owner") instanceof JsonString s ? s.getString() : null;
    if (owner != null && !users.exists(owner)) {
      notes.add("owner " + owner + " does not exist here");
      owner = null;
    }
    Integer interval =
        a.get("reviewIntervalDays") instanceof jakarta.json.JsonNumber n ? n.intValue() : null;
    Set<String> restricted = new LinkedHashSet<>(strings(a.getJsonArray("restrictedTo")));
    if (!restricted.isEmpty() && !mayRestrict(target, restricted)) {
      notes.add("restrictions to " + restricted + " not restored");
      restricted = null;
    }
    return new NewArticle(
        target.spaceKey(),
        category,
        template,
        a.getString("title"),
        body,
        strings(a.getJsonArray("tags")),
        owner,
        interval,
        restricted);
  }

  private boolean mayRestrict(ImportTarget target, Set<String> groupKeys) {
    boolean publishes =
        policy
            .levelIn(target.actor(), spaces.get(target.actor(), target.spaceKey()))
            .filter(level -> level.includes(AccessLevel.PUBLISH))
            .isPresent();
    return publishes && groupKeys.stream().allMatch(groups::exists);
  }

  static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(((JsonString) v).getString()));
    }
    return values;
  }

  static boolean isExport(ZipContents zip) {
    ArchiveEntry metadata = zip.get(ExportFormat.METADATA);
    return metadata != null && metadata.isOk();
  }
}
