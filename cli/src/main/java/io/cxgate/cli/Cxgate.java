package io.cxgate.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.Version;
import io.cxgate.policy.ClockPin;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; {@link #commandLine} is the only place the CLI is wired. */
@Command(name = "cxgate", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Governed release gate for Genesys Cloud CX as Code.",
        subcommands = {CheckCommand.class, PlanCommand.class, ApproveCommand.class, ApprovalsCommand.class,
                ApplyCommand.class, DriftCommand.class, PolicyCommand.class, OrgCommand.class, RecordsCommand.class,
                UnlockCommand.class, CommentCommand.class, HistoryCommand.class, ShowCommand.class, StateCommand.class,
                RollbackCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 passed, 1 runtime failure, 2 invalid input, 3 approvals required, 4 denied,",
                "5 drift found, 6 policy tests failed, 7 refused by a pipeline rule, 130 interrupted (Ctrl-C)."})
public final class Cxgate implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment commands read credentials, CI identity and PATH from: the process's, or a test's. */
    private Map<String, String> environment = Map.of();

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** The command line with {@code environment} in place of the process environment (tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        Cxgate root = new Cxgate();
        root.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        return configure(new CommandLine(root), out, err);
    }

    /**
     * The command line {@code args} need: when they start with a subcommand's name, the root with only that
     * subcommand (picocli builds the model of a command by reflection, and building all of them is a measurable part
     * of a small check's start-up, docs/benchmarks.md); else, as for help or a usage error, every command.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment,
            String[] args) {
        Optional<Class<?>> only = args.length == 0 ? Optional.empty() : subcommand(args[0]);
        if (only.isEmpty()) {
            return commandLine(out, err, environment);
        }
        Cxgate root = new Cxgate();
        root.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(root).name("cxgate");
        CommandLine cli = new CommandLine(spec);
        cli.addSubcommand(new CommandLine(only.get()));
        return configure(cli, out, err);
    }

    /** The subcommand class named {@code name} in the root's {@code @Command}, if any. */
    static Optional<Class<?>> subcommand(String name) {
        for (Class<?> type : Cxgate.class.getAnnotation(Command.class).subcommands()) {
            Command command = type.getAnnotation(Command.class);
            if (command != null && command.name().equals(name) && type != CommandLine.HelpCommand.class) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(new ExitCodeMapper());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(ClockPin.class, value -> {
            try {
                return ClockPin.parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        CommandFormats.apply(cli);
        return cli;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The environment of the command line {@code spec} belongs to, from any depth of subcommand. */
    static Map<String, String> environment(CommandLine.Model.CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof Cxgate cxgate ? cxgate.environment : System.getenv();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (check, plan, policy, org)");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cxgate " + Version.get()};
        }
    }
}
