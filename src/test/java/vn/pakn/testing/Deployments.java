package vn.pakn.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every container test uses: the WAR the build just packaged, as it ships. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("pakn.buildDirectory", "target"), "pakn.war");
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with ./mvnw verify");
    }
    return ShrinkWrap.create(ZipImporter.class, "pakn.war").importFrom(war).as(WebArchive.class);
  }
}
