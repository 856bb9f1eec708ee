package fr.hen;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure: one top-level package per module, no cycles, only declared dependencies. */
@Tag("smoke")
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(HenApplication.class);

  @Test
  void modulesRespectTheirDeclaredDependencies() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
