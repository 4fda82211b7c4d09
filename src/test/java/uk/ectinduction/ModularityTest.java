package uk.ectinduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void writesTheModuleDiagramsIntoTheDocs() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        assertThat(folder.resolve("components.puml"))
                .content()
                .contains("\"Programme content\"", "\"Early Career Framework\"", "\"Demo\"", "\"Web\"", "\"System\"");
        MODULES.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                .as(module.getIdentifier().toString())
                .exists());
    }

    /**
     * The Documenter lists components and relations in no fixed order; sorting each run of them keeps the committed
     * diagrams unchanged until the modules change.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = line.strip().startsWith("Rel(")
                    ? "Rel("
                    : line.strip().startsWith("Component(") ? "Component(" : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }
}
