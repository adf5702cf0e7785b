package com.gridwork.registry.excel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The area an import's audit entry names: the deepest one holding every grid of the file. */
class RegistryImportServiceTest {
    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "none,        /1/5/23/, /1/5/23/",
                "/1/5/23/,    /1/5/23/, /1/5/23/",
                "/1/5/23/,    /1/5/24/, /1/5/",
                "/1/5/,       /1/6/40/, /1/",
                "/1/5/23/,    /2/7/50/, /",
                // ids are compared whole: grid 23 is not inside grid 2
                "/1/5/23/,    /1/5/2/,  /1/5/",
                "/1/5/2/,     /1/5/23/, /1/5/"
            })
    void widensToTheDeepestCommonArea(String common, String path, String widened) {
        assertThat(RegistryImportService.commonPath(common, path)).isEqualTo(widened);
    }
}
