package io.cxgate.cli;

import io.cxgate.InvalidInputException;
import picocli.CommandLine;

/** Exceptions to exit codes: bad input or usage is 2, every other failure 1. */
final class ExitCodeMapper implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof CommandLine.ParameterException || exception instanceof InvalidInputException) {
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.RUNTIME_FAILURE;
    }
}
