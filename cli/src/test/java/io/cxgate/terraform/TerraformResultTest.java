package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;

class TerraformResultTest {

    private static TerraformResult result(int exitCode, boolean timedOut, List<String> errorLines) {
        return new TerraformResult("plan", exitCode, timedOut, CapturedOutput.none(), errorLines, Duration.ofSeconds(3));
    }

    @Test
    void aSuccessfulResultPassesRequireSuccess() {
        TerraformResult ok = result(0, false, List.of());

        assertSame(ok, ok.requireSuccess());
    }

    @Test
    void aFailureNamesThePhaseTheExitCodeAndTheErrorSummary() {
        TerraformResult failed = result(1, false, List.of("Error: Invalid provider configuration", "",
                "  on main.tf line 1:", "Provider requires credentials."));

        CxgateException e = assertThrows(CxgateException.class, failed::requireSuccess);

        assertEquals("terraform plan failed (exit 1): Error: Invalid provider configuration", e.getMessage());
    }

    @Test
    void theErrorSummaryReadsThroughTerraformsDiagnosticBox() {
        TerraformResult failed = result(1, false, List.of("╷", "│ Error: Failed to get existing workspaces", "│ ", "╵"));

        assertEquals(Optional.of("Error: Failed to get existing workspaces"), failed.errorSummary());
    }

    @Test
    void withoutAnErrorLineTheLastLineIsTheSummary() {
        CxgateException e = assertThrows(CxgateException.class,
                () -> result(2, false, List.of("something odd", "the end")).requireSuccess("workspace select"));

        assertEquals("terraform workspace select failed (exit 2): the end", e.getMessage());
    }

    @Test
    void aFailureWithoutOutputStillNamesTheExitCode() {
        CxgateException e = assertThrows(CxgateException.class, () -> result(127, false, List.of()).requireSuccess());

        assertEquals("terraform plan failed (exit 127)", e.getMessage());
    }

    @Test
    void aTimeoutIsReportedAsATimeoutWhateverTheExitCode() {
        CxgateException e = assertThrows(CxgateException.class, () -> result(143, true, List.of()).requireSuccess());

        assertEquals("terraform plan timed out after 3s and was stopped with its child processes "
                + "(terraform.timeoutMinutes in cxgate.yaml)", e.getMessage());
    }

    @Test
    void onlyTheLastTwentyErrorLinesAreKept() {
        List<String> lines = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).toList();

        TerraformResult failed = result(1, false, lines);

        assertEquals(20, failed.lastErrorLines().size());
        assertEquals("line 11", failed.lastErrorLines().get(0));
    }
}
