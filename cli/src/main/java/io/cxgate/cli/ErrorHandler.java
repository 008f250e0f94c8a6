package io.cxgate.cli;

import java.io.PrintWriter;

import io.cxgate.CxgateException;
import picocli.CommandLine;

/**
 * Prints a failure as one line on stderr ("cxgate: …"); the cause chain and stack only with
 * {@code --verbose}. Unexpected exceptions (bugs) are still one line, naming the exception type.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final ExitCodeMapper mapper = new ExitCodeMapper();

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = ex instanceof CxgateException
                ? ex.getMessage()
                : "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        err.println("cxgate: " + oneLine(message));
        if (isVerbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return mapper.getExitCode(ex);
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.replace('\n', ' ').replace('\r', ' ');
    }
}
