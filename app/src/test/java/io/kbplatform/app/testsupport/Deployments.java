package io.kbplatform.app.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test: the very WAR the build produced, with its real module jars. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    String war = System.getProperty("kb.app.war");
    if (war == null) {
      throw new IllegalStateException(
          "kb.app.war is not set: run the integration tests with Maven");
    }
    return ShrinkWrap.create(ZipImporter.class, "kb.war")
        .importFrom(new File(war))
        .as(WebArchive.class);
  }
}
