package com.gridwork.testsupport;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** REST Assured requests on behalf of a user, with a signed test token. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(TestTokens.of(username)).contentType(ContentType.JSON);
    }
}
