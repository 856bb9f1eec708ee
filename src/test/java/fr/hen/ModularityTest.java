package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure: one top-level package per module, no cycles, only declared dependencies. */
@Tag("smoke")
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(HenApplication.class);
  static final Path DOCS = Path.of("target", "spring-modulith-docs");

  @Test
  void modulesRespectTheirDeclaredDependencies() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .contains("platform", "network", "stays", "demo");
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

    String components = Files.readString(DOCS.resolve("components.puml"));
    for (var module : MODULES) {
      String name = module.getIdentifier().toString();
      assertThat(components).as("module map").contains(module.getDisplayName());
      assertThat(DOCS.resolve("module-" + name + ".puml")).as("diagram of %s", name).isNotEmptyFile();
    }
  }
}
