package org.vetsync.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The suite's deployment on Payara Server: the EAR deploy/payara-server.sh installed. Only its name is given to
 * Arquillian; {@link InstalledServer} does not deploy it again.
 */
@ArquillianSuiteDeployment
public class ServerDeployment {

  @Deployment(testable = false)
  public static EnterpriseArchive vetsync() {
    return ShrinkWrap.create(EnterpriseArchive.class, "vetsync.ear");
  }
}
