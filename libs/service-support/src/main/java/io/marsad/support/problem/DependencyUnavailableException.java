package io.marsad.support.problem;

/**
 * Another service or server this request needs did not answer (or answered with a failure):
 * 503 with a detail the caller can act on, and a hint to try again shortly.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
