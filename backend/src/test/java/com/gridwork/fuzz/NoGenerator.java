package com.gridwork.fuzz;

/**
 * The fuzz test cannot generate some input of the contract (a new parameter naming ids it has no source for, a
 * pattern or format it does not know). It fails the operation instead of skipping it.
 */
final class NoGenerator extends RuntimeException {
    NoGenerator(String message) {
        super(message);
    }
}
