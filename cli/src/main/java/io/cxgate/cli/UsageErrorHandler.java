package io.cxgate.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;

/**
 * A usage error is one stderr line, never the usage text: what is wrong (an unknown option first, with picocli's
 * suggestion, since it usually explains a missing one: {@code --enviroment} for {@code --env}), then where help
 * is. Exit 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(ex, command) + "; see '" + name + " --help'");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static String message(CommandLine.ParameterException ex, CommandLine command) {
        List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u
                ? u.getUnmatched() : command.getUnmatchedArguments();
        if (unmatched.isEmpty()) {
            return oneLine(ex.getMessage());
        }
        String first = unmatched.get(0);
        boolean option = first.startsWith("-");
        boolean commands = !option && !command.getSubcommands().isEmpty();
        String text = (option ? "unknown option '" : commands ? "unknown command '" : "unexpected argument '") + first + "'";
        List<String> suggestions = new CommandLine.UnmatchedArgumentException(command, List.of(first)).getSuggestions();
        if ((option || commands) && !suggestions.isEmpty()) {
            text += " (did you mean " + suggestions.get(0) + "?)";
        }
        if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
            text += "; " + oneLine(ex.getMessage());
        }
        return text;
    }

    private static String oneLine(String message) {
        String text = message == null ? "invalid usage" : message.replace('\n', ' ').replace('\r', ' ').strip();
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
