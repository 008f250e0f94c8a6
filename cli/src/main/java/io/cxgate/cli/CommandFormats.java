package io.cxgate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The formats each command writes (ARCHITECTURE.md, "Formats per command"): the one place {@code --format}'s help
 * and parsing come from. A report command accepts the contract's formats that have a renderer
 * ({@link Renderers#REPORTS}), so a new renderer shows up here without another change; anything else is exit 2
 * before any work is done.
 */
enum CommandFormats {
    CHECK("check", EnumSet.allOf(Format.class), true),
    PLAN("plan", EnumSet.allOf(Format.class), true),
    ROLLBACK("rollback", EnumSet.allOf(Format.class), true),
    DRIFT("drift", EnumSet.allOf(Format.class), true),
    APPROVALS("approvals", EnumSet.of(Format.TEXT, Format.JSON), false),
    POLICY_TEST("policy test", EnumSet.of(Format.TEXT, Format.JUNIT), false),
    ORG_DIFF("org diff", EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON), false);

    private final String command;
    private final Set<Format> contract;
    private final boolean reportRenderers;

    CommandFormats(String command, Set<Format> contract, boolean reportRenderers) {
        this.command = command;
        this.contract = contract;
        this.reportRenderers = reportRenderers;
    }

    String command() {
        return command;
    }

    /** What the command accepts today, in the enum's order. */
    Set<Format> accepted() {
        Set<Format> accepted = EnumSet.copyOf(contract);
        if (reportRenderers) {
            accepted.retainAll(Renderers.REPORTS.formats());
        }
        return accepted;
    }

    List<String> ids() {
        return accepted().stream().map(Format::id).toList();
    }

    Format parse(String value) {
        for (Format format : Format.values()) {
            if (format.id().equalsIgnoreCase(value.strip())) {
                if (accepted().contains(format)) {
                    return format;
                }
                throw new CommandLine.TypeConversionException("'" + value + "': " + command
                        + (contract.contains(format) ? " does not write it yet" : " does not write it")
                        + " (use " + String.join(", ", ids()) + ")");
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a format (" + command + " writes "
                + String.join(", ", ids()) + ")");
    }

    /** Gives each command's {@code --format} exactly its formats: help candidates and parsing. */
    static void apply(CommandLine root) {
        for (CommandFormats formats : values()) {
            CommandLine sub = root;
            for (String name : formats.command.split(" ")) {
                sub = sub == null ? null : sub.getSubcommands().get(name);
            }
            if (sub == null) {
                continue;           // a command line built for another command only
            }
            CommandSpec spec = sub.getCommandSpec();
            OptionSpec old = spec.findOption("--format");
            OptionSpec replaced = OptionSpec.builder(old)
                    .completionCandidates(formats.ids())
                    .converters(formats::parse)
                    .build();
            spec.remove(old);
            spec.addOption(replaced);
        }
    }
}
