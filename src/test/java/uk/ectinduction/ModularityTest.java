package uk.ectinduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(EctInductionApplication.class);

    /** Also checks each module's declared {@code allowedDependencies}: a use of an undeclared module fails. */
    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /**
     * The module map in docs/architecture.md is this output, so it cannot drift from the code: a C4 component
     * diagram of all modules, and one per module with its neighbours, in PlantUML.
     */
    @Test
    void writesTheModuleDiagramsIntoTheDocs() {
        Path folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(folder.resolve("components.puml")).content().contains("Programme content", "Demo", "Web");
        MODULES.forEach(module -> assertThat(Files.exists(folder.resolve("module-" + module.getIdentifier() + ".puml")))
                .as(module.getIdentifier().toString()).isTrue());
    }
}
