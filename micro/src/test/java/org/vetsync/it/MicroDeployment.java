package org.vetsync.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The suite runs against the WAR the build produced, exactly as ./run.sh deploys it. */
@ArquillianSuiteDeployment
public class MicroDeployment {

  @Deployment(testable = false)
  public static WebArchive vetsync() {
    return ShrinkWrap.create(ZipImporter.class, "vetsync.war")
        .importFrom(new File(System.getProperty("vetsync.it.war")))
        .as(WebArchive.class);
  }
}
