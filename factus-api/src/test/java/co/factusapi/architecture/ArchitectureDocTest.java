package co.factusapi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md names every port, so the page cannot drift from the code again. */
class ArchitectureDocTest {
    private static final String PORTS = "co.factusapi.application.port";

    @Test
    void theArchitecturePageNamesEveryInAndOutPort() throws IOException {
        List<String> ports = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTS).stream()
                .filter(JavaClass::isInterface).filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getSimpleName).sorted().toList();
        String page = Files.readString(architecturePage());

        assertThat(ports).as("ports found in " + PORTS).hasSizeGreaterThan(20);
        assertThat(ports).allSatisfy(port -> assertThat(page).as("docs/architecture.md names " + port)
                .containsPattern(Pattern.compile("`" + port + "`")));
    }

    /** The tests run in the module directory; the page is in the repository's docs/. */
    private static Path architecturePage() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path page = dir.resolve("docs/architecture.md");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        throw new IllegalStateException("docs/architecture.md not found above " + Path.of("").toAbsolutePath());
    }
}
