package io.kbplatform.content.export;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.attachment.Attachment;
import io.kbplatform.content.attachment.AttachmentRepository;
import io.kbplatform.content.attachment.BlobStore;
import io.kbplatform.content.category.CategoryNode;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports a space (for its administrators) as a ZIP: {@code metadata.json}, one Markdown file per
 * article (its latest version) under folders named after its categories, and the attachments under
 * {@code attachments/<articleId>/<name>}. The ZIP is written straight to the output.
 */
@ApplicationScoped
public class SpaceExport {

  private static final Logger LOG = Logger.getLogger(SpaceExport.class.getName());

  private SpaceService spaces;
  private CategoryService categories;
  private AccessPolicy policy;
  private ExportQueries queries;
  private AttachmentRepository attachments;
  private BlobStore blobs;

  protected SpaceExport() {}

  @Inject
  public SpaceExport(
      SpaceService spaces,
      CategoryService categories,
      AccessPolicy policy,
      ExportQueries queries,
      AttachmentRepository attachments,
      BlobStore blobs) {
    this.spaces = spaces;
    this.categories = categories;
    this.policy = policy;
    this.queries = queries;
    this.attachments = attachments;
    this.blobs = blobs;
  }

  /** What to write, for an administrator of the space. */
  @Transactional
  public ExportSnapshot snapshot(Actor actor, String spaceKey) {
    Space space = spaces.get(actor, spaceKey);
    policy.require(actor, space, AccessLevel.ADMINISTER);
    List<CategoryNode> tree = categories.tree(actor, space.key());
    Map<String, List<String>> paths = new HashMap<>();
    JsonArrayBuilder categoryJson = categoryTree(tree, List.of(), paths);
    JsonArrayBuilder articleJson = Json.createArrayBuilder();
    List<ExportSnapshot.Entry> entries = new ArrayList<>();
    for (Article article : queries.inSpace(space.key())) {
      List<String> categoryPath = article.categoryId().map(paths::get).orElse(List.of());
      String file = ExportFormat.articleFile(categoryPath, article.title(), article.id());
      List<ExportSnapshot.FileEntry> files = new ArrayList<>();
      JsonArrayBuilder fileJson = Json.createArrayBuilder();
      Set<String> names = new HashSet<>();
      // The latest version's files, as the body written is the latest version's.
      for (Attachment a : attachments.ofVersion(article.id(), article.latestVersion())) {
        String name = unique(names, ExportFormat.safeSegment(a.fileName()));
        String path = "attachments/" + article.id() + "/" + name;
        files.add(new ExportSnapshot.FileEntry(a.blobKey(), path));
        fileJson.add(
            Json.createObjectBuilder()
                .add("name", a.fileName())
                .add("file", path)
                .add("mediaType", a.mediaType())
                .add("size", a.size())
                .add("sha256", a.sha256()));
      }
      entries.add(new ExportSnapshot.Entry(article.id(), file, files));
      articleJson.add(articleJson(article, file, categoryPath).add("attachments", fileJson));
    }
    JsonObjectBuilder spaceJson =
        Json.createObjectBuilder().add("key", space.key()).add("name", space.name());
    space.description().ifPresent(d -> spaceJson.add("description", d));
    return new ExportSnapshot(
        space.key(),
        Json.createObjectBuilder()
            .add("format", ExportFormat.FORMAT)
            .add("version", ExportFormat.VERSION)
            .add("space", spaceJson)
            .add("categories", categoryJson)
            .add("articles", articleJson)
            .build(),
        entries);
  }

  /** Writes the ZIP; reads each body and blob only when it is written. */
  public void write(ExportSnapshot snapshot, OutputStream output) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8);
    zip.putNextEntry(new ZipEntry(ExportFormat.METADATA));
    JsonWriter json =
        Json.createWriterFactory(Map.of())
            .createWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8));
    json.writeObject(snapshot.metadata());
    json.close();
    zip.closeEntry();
    for (ExportSnapshot.Entry article : snapshot.articles()) {
      zip.putNextEntry(new ZipEntry(article.file()));
      zip.write(queries.latestBody(article.articleId()).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (ExportSnapshot.FileEntry file : article.attachments()) {
        try (InputStream in = blobs.open(file.blobKey())) {
          zip.putNextEntry(new ZipEntry(file.path()));
          in.transferTo(zip);
          zip.closeEntry();
        } catch (java.nio.file.NoSuchFileException e) {
          LOG.log(Level.WARNING, "Blob {0} is missing; left out of the export", file.blobKey());
        }
      }
    }
    zip.finish();
    zip.flush();
  }

  private static JsonObjectBuilder articleJson(
      Article article, String file, List<String> categoryPath) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", article.id())
            .add("file", file)
            .add("title", article.title())
            .add("tags", Json.createArrayBuilder(article.tags()))
            .add("categoryPath", Json.createArrayBuilder(categoryPath))
            .add("owner", article.owner())
            .add("reviewIntervalDays", article.reviewIntervalDays())
            .add("status", article.status().name())
            .add("restrictedTo", Json.createArrayBuilder(article.restrictedTo()));
    article
        .template()
        .ifPresentOrElse(t -> json.add("template", t.name()), () -> json.addNull("template"));
    return json;
  }

  private static JsonArrayBuilder categoryTree(
      List<CategoryNode> nodes, List<String> parent, Map<String, List<String>> paths) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (CategoryNode node : nodes) {
      List<String> path = new ArrayList<>(parent);
      path.add(node.category().name());
      paths.put(node.category().id(), List.copyOf(path));
      array.add(
          Json.createObjectBuilder()
              .add("id", node.category().id())
              .add("name", node.category().name())
              .add("children", categoryTree(node.children(), path, paths)));
    }
    return array;
  }

  private static String unique(Set<String> taken, String name) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      int dot = name.lastIndexOf('.');
      candidate =
          dot > 0
              ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot)
              : name + " (" + i + ")";
    }
    return candidate;
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
