package io.cxgate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cxgate.approval.ApprovalsRenderer;
import io.cxgate.history.History;
import io.cxgate.history.Shown;
import io.cxgate.org.OrgDiff;
import io.cxgate.policytest.PolicyTestReport;
import io.cxgate.report.Format;
import io.cxgate.report.Renderers;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The formats each command writes (ARCHITECTURE.md, "Formats per command"): the one place {@code --format}'s help
 * and parsing come from. A command accepts the contract's formats that its document's {@link Renderers} table has a
 * renderer for ({@link Renderers#REPORTS} for the report commands), so a new renderer shows up here without another
 * change; anything else is exit 2 before any work is done.
 */
enum CommandFormats {
    CHECK("check", EnumSet.allOf(Format.class), Renderers.REPORTS),
    PLAN("plan", EnumSet.allOf(Format.class), Renderers.REPORTS),
    ROLLBACK("rollback", EnumSet.allOf(Format.class), Renderers.REPORTS),
    DRIFT("drift", EnumSet.allOf(Format.class), Renderers.REPORTS),
    APPROVALS("approvals", EnumSet.of(Format.TEXT, Format.JSON), ApprovalsRenderer.RENDERERS),
    HISTORY("history", EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON), History.RENDERERS),
    SHOW("show", EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON), Shown.RENDERERS),
    POLICY_TEST("policy test", EnumSet.of(Format.TEXT, Format.JUNIT), PolicyTestReport.RENDERERS),
    ORG_DIFF("org diff", EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON), OrgDiff.RENDERERS);

    private final String command;
    private final Set<Format> contract;
    private final Renderers<?> renderers;

    CommandFormats(String command, Set<Format> contract, Renderers<?> renderers) {
        this.command = command;
        this.contract = contract;
        this.renderers = renderers;
    }

    String command() {
        return command;
    }

    /** What the command accepts today, in the enum's order. */
    Set<Format> accepted() {
        Set<Format> accepted = EnumSet.copyOf(contract);
        accepted.retainAll(renderers.formats());
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
