package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.modulith.docs.Documenter.CanvasOptions.Grouping.implementing;

import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.SecurityRulesContributor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;

/** The module structure: one top-level package per module, no cycles, only declared dependencies. */
@Tag("smoke")
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(HenApplication.class);
  static final Path DOCS = Path.of("target/spring-modulith-docs");

  @Test
  void modulesRespectTheirDeclaredDependencies() {
    MODULES.verify();
  }

  @Test
  void platformPublishesItsPlugInContracts_asTheNamedInterfaceSpi() {
    NamedInterface spi = MODULES.getModuleByName("platform").orElseThrow().getNamedInterfaces().getByName("spi")
        .orElseThrow();
    for (Class<?> contract : new Class<?>[] {NavigationContributor.class, NavigationEntry.class,
        MessageBundleContributor.class, AuditTypeContributor.class, SecurityRulesContributor.class}) {
      assertThat(spi.contains(contract)).as("%s in platform :: spi", contract.getSimpleName()).isTrue();
    }
  }

  /**
   * Diagrams and one canvas per module (its beans that plug into the platform grouped apart) under
   * {@code target/spring-modulith-docs}; the modules' metadata, with each module's named interfaces and their types
   * (platform's {@code spi}), in {@code target/classes/META-INF/spring-modulith/application-modules.json}.
   */
  @Test
  void writesModuleDocumentation() throws IOException {
    CanvasOptions canvas = CanvasOptions.defaults().groupingBy("Plugged into the platform",
        implementing(NavigationContributor.class).or(implementing(MessageBundleContributor.class))
            .or(implementing(AuditTypeContributor.class)).or(implementing(SecurityRulesContributor.class)),
        "Beans implementing the platform's plug-in contracts (platform :: spi)");
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
        .writeModuleCanvases(canvas.revealInternals()).writeModuleMetadata();
    assertThat(Files.readString(DOCS.resolve("module-stays.adoc"))).contains("Plugged into the platform")
        .contains("StaysContributions");
    assertThat(Files.readString(DOCS.resolve("module-network.adoc"))).contains("NetworkContributions");
    assertThat(Files.readString(Path.of("target/classes/META-INF/spring-modulith/application-modules.json")))
        .contains("\"spi\"").contains("fr.hen.platform.NavigationContributor");
  }
}
