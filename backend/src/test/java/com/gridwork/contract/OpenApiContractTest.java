package com.gridwork.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed top-level openapi.yaml is the API contract (the frontend's client is generated from it). It must
 * be exactly what the code produces: `make openapi` rewrites it (this test with -Dopenapi.write=true).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT)).as("openapi.yaml exists; run `make openapi`").isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("openapi.yaml is stale; run `make openapi` and commit it (and `make client`)")
                .isEqualTo(generated);
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        String yaml = given().queryParam("format", "yaml").get("/q/openapi").then().extract().asString();
        assertThat(yaml).contains("application/problem+json").contains("bearer").contains("Problem:");
        assertThat(yaml).doesNotContain("com.gridwork");
    }
}
