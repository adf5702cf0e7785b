package com.gridwork.common.http;

/**
 * A response body that shows one version of a mutable resource. Implementing it is all an endpoint does for its
 * ETag: {@link ETagFilter} answers a 200 or 201 with such a body with {@code ETag: "<version>"}, and the contract
 * documents the header on every response whose schema implements it ({@code ContractFilter}). A record with a
 * {@code long version} component implements it as it is; a wrapper answers its resource's version.
 */
public interface Versioned {
    long version();
}
