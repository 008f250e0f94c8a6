package io.cxgate.terraform.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cxgate.redact.Redactor;

/**
 * Decides, line by line, what of terraform's console output reaches cxgate's stderr
 * (ARCHITECTURE.md, "Sensitive values"). Terraform's human diff repeats plan values in clear, so its
 * body is withheld; every other line is masked with the {@link Redactor} and otherwise passed as is.
 *
 * <p>Withheld sections, each from its first line (matched anywhere in the line) to its end:
 * <ul>
 *   <li>the planned actions: "Terraform will perform the following actions" (or "OpenTofu will …") up to
 *       and including the {@code Plan: N to add, …} or {@code No changes.} line;</li>
 *   <li>the drift report: "Objects have changed outside of Terraform/OpenTofu" (a normal plan runs on
 *       into the actions above; a refresh-only plan ends before "This is a refresh-only plan");</li>
 *   <li>"Changes to Outputs:", which prints output values, ending like the others.</li>
 * </ul>
 * A section also ends before a horizontal rule ({@code ─────}), "Saved the plan to:" or "Note: You didn't
 * use the -out option", and before "You can apply this plan to save these new output values". End lines
 * are matched only at column 0, where terraform prints them; the diff itself is indented, so a value
 * cannot end a section early. A section whose end never comes is withheld to the end of the output
 * (fail closed).
 *
 * <p>The first withheld line is replaced by {@value #WITHHELD_NOTICE}, once per filter. One filter serves
 * one stream of one invocation; it is not thread-safe.
 */
public final class ConsoleFilter {

    public static final String WITHHELD_NOTICE = "(diff body withheld: see cxgate's report)";

    private static final Pattern SECTION_START = Pattern.compile(
            "will perform the following actions|Objects have changed outside of|Changes to Outputs:");
    /** Ends a section and is withheld with it. */
    private static final Pattern INCLUSIVE_END = Pattern.compile("^(Plan: \\d+ to |No changes\\.)");
    /** Ends a section and is shown. */
    private static final Pattern EXCLUSIVE_END = Pattern.compile(
            "^(This is a refresh-only plan|Saved the plan to:|Note: You didn't use the -out option"
                    + "|You can apply this plan to save these new output values|─{3,}\\s*$)");

    private final Redactor redactor;
    private boolean withholding;
    private boolean noticeShown;

    public ConsoleFilter(Redactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** The masked line to show for this line of output, or empty when it is withheld. */
    public Optional<String> filter(String line) {
        if (withholding) {
            if (INCLUSIVE_END.matcher(line).find()) {
                withholding = false;
                return Optional.empty();
            }
            if (EXCLUSIVE_END.matcher(line).find()) {
                withholding = false;
                return show(line);
            }
            return Optional.empty();
        }
        if (SECTION_START.matcher(line).find()) {
            withholding = true;
            if (!noticeShown) {
                noticeShown = true;
                return Optional.of(WITHHELD_NOTICE);
            }
            return Optional.empty();
        }
        return show(line);
    }

    /** Whether the filter is inside a withheld section. */
    public boolean withholding() {
        return withholding;
    }

    private Optional<String> show(String line) {
        return Optional.of(redactor.mask(line));
    }
}
