package io.cxgate;

/**
 * Bad input or usage: an unreadable plan, a broken config or policy file, an unknown
 * environment. Maps to exit code 2. The message names the file and the place in it.
 */
public class InvalidInputException extends CxgateException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public InvalidInputException withStep(String step) {
        return new InvalidInputException(step + ": " + getMessage(), this);
    }
}
