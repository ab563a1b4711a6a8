package org.vetsync.it;

import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * An Arquillian container for a server that is already running with vetsync installed: server-env.sh started the
 * Payara Server domain and installed the EAR with deploy/payara-server.sh, as hospital IT does, before any test ran.
 * The end-to-end tests are all client-side (@RunAsClient), so Arquillian has nothing to start or deploy here; this
 * lets the same test classes that run on Payara Micro run against that EAR unchanged.
 */
public final class InstalledServer implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(DeployableContainer.class, Container.class);
  }

  public static final class Container implements DeployableContainer<Configuration> {

    @Override
    public Class<Configuration> getConfigurationClass() {
      return Configuration.class;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
      return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) {
      return new ProtocolMetaData();
    }

    @Override
    public void undeploy(Archive<?> archive) {
      // stays installed until server-env.sh stops the domain after the last test
    }
  }

  public static final class Configuration implements ContainerConfiguration {

    @Override
    public void validate() {
      // nothing to configure: the tests find the server through test-env.properties
    }
  }
}
