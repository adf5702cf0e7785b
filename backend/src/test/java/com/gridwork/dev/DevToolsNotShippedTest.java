package com.gridwork.dev;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.dev.demo.DemoDataSeeder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools in src/dev/java (demo seeders, data generators, the embedded database launcher, the bench) are on the
 * test classpath only: the main output of the default build, which the production jar is made of, holds none of
 * them. (The `demo` Maven profile adds some of them to main on purpose, for `make run`; it runs no tests.)
 */
class DevToolsNotShippedTest {
    private static final String DEV_PACKAGE = "com/gridwork/dev/";

    @Test
    void everyDevToolLivesInTheDevPackage() throws IOException {
        // so that the check below, by package, covers the whole source root
        Path sources = Path.of("src/dev/java");
        List<String> outside;
        try (Stream<Path> files = Files.walk(sources)) {
            outside = files.filter(Files::isRegularFile)
                    .map(f -> sources.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(DEV_PACKAGE))
                    .toList();
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void theMainOutputHoldsNoDevClass() throws IOException, URISyntaxException {
        Path main = outputOf(ApiProblem.class);
        Path tests = outputOf(DevToolsNotShippedTest.class);
        assertThat(main).isNotEqualTo(tests);
        // the tools are compiled, from the test classpath
        assertThat(outputOf(DemoDataSeeder.class)).isEqualTo(tests);
        List<String> leaked;
        try (Stream<Path> files = Files.walk(main)) {
            leaked = files.filter(Files::isRegularFile)
                    .map(f -> main.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith(DEV_PACKAGE))
                    .toList();
        }
        assertThat(leaked).as("dev classes in %s", main).isEmpty();
    }

    private static Path outputOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
