package io.kbplatform.content.importing;

import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleTemplate;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.attachment.AttachmentUploads;
import io.kbplatform.content.common.ContentException;
import io.kbplatform.content.export.ExportFormat;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  protected ExportRestorer() {}

  @Inject
  public ExportRestorer(
      ArticleService articles,
      AttachmentUploads attachments,
      CategoryPaths categories,
      UserService users,
      GroupService groups,
      SpaceService spaces,
      AccessPolicy policy) {
    this.articles = articles;
    this.attachments = attachments;
    this.categories = categories;
    this.users = users;
    this.groups = groups;
    this.spaces = spaces;
    this.policy = policy;
  }

  /** The articles listed in the metadata, in order. */
  List<JsonObject> manifest(ArchiveEntry metadata) throws IOException {
    try (Reader in = Files.newBufferedReader(metadata.file(), StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(in)) {
      JsonObject root = json.readObject();
      List<JsonObject> list = new ArrayList<>();
      root.getJsonArray("articles").forEach(a -> list.add(a.asJsonObject()));
      return list;
    } catch (RuntimeException e) {
      throw new IOException("metadata.json is not a space export: " + e.getMessage(), e);
    }
  }

  ImportOutcome restore(ImportTarget target, ZipContents zip, JsonObject article) {
    ArchiveEntry markdown = zip.get(article.getString("file", ""));
    if (markdown == null || !markdown.isOk()) {
      return ImportOutcome.failed(
          markdown == null ? "The file is missing from the ZIP." : markdown.failure());
    }
    String articleId;
    List<String> notes = new ArrayList<>();
    try {
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
    }
    JsonArray files = article.getJsonArray("attachments");
    if (files != null) {
      for (JsonValue value : files) {
        JsonObject file = value.asJsonObject();
        String name = file.getString("name", "file");
        ArchiveEntry entry = zip.get(file.getString("file", ""));
        try {
          if (entry == null || !entry.isOk()) {
            notes.add("attachment " + name + " is missing");
          } else {
            attachments.attach(target.actor(), articleId, name, entry.file());
          }
        } catch (RuntimeException e) {
          notes.add("attachment " + name + ": " + e.getMessage());
        }
      }
    }
    return ImportOutcome.imported(articleId, notes.isEmpty() ? null : String.join("; ", notes));
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
