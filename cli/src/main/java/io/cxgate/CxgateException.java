package io.cxgate;

/**
 * A runtime failure the user cannot fix by changing their input: terraform failed, the org API
 * was unreachable, a store failed. Maps to exit code 1.
 *
 * <p>Messages are one line and already free of secrets; they gain step context as they rise
 * ("read plan envs/prod.json: …").
 */
public class CxgateException extends RuntimeException {
    public CxgateException(String message) {
        super(message);
    }

    public CxgateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same failure with a step prefixed to the message, keeping the cause chain. */
    public CxgateException withStep(String step) {
        return new CxgateException(step + ": " + getMessage(), this);
    }
}
