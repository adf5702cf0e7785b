package com.gridwork.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests on behalf of a user, with a signed test token. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(TestTokens.of(username)).contentType(ContentType.JSON);
    }
}
