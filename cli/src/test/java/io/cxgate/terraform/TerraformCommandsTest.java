package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.InvalidInputException;

class TerraformCommandsTest {
    private static final Path PLAN = Path.of("/repo/.cxgate/plan.tfplan");

    @Test
    void initWithoutBackendConfigIsNonInteractiveAndColourless() {
        assertEquals(List.of("init", "-input=false", "-no-color"), TerraformCommands.init(Optional.empty()));
    }

    @Test
    void initPassesTheBackendConfigFile() {
        assertEquals(List.of("init", "-input=false", "-no-color", "-backend-config=/repo/envs/prod.backend.hcl"),
                TerraformCommands.init(Optional.of(Path.of("/repo/envs/prod.backend.hcl"))));
    }

    @Test
    void workspaceSelectCreatesTheWorkspaceWhenMissing() {
        assertEquals(List.of("workspace", "select", "-or-create=true", "prod"), TerraformCommands.workspaceSelect("prod"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-destroy", "two words"})
    void aWorkspaceThatIsNotANameIsInvalidInput(String workspace) {
        assertThrows(InvalidInputException.class, () -> TerraformCommands.workspaceSelect(workspace));
    }

    @Test
    void planWritesAPlanFileWithTheVarFilesInOrder() {
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=5m", "-out=/repo/.cxgate/plan.tfplan",
                        "-var-file=/repo/envs/common.tfvars", "-var-file=/repo/envs/prod.tfvars"),
                TerraformCommands.plan(PLAN, List.of(Path.of("/repo/envs/common.tfvars"), Path.of("/repo/envs/prod.tfvars")),
                        TerraformCommands.DEFAULT_LOCK_TIMEOUT));
    }

    @Test
    void refreshOnlyPlanIsThePlanWithRefreshOnlyAndNoDetailedExitCode() {
        List<String> args = TerraformCommands.refreshOnlyPlan(PLAN, List.of(Path.of("/repo/envs/prod.tfvars")), "90s");

        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=90s", "-out=/repo/.cxgate/plan.tfplan",
                "-refresh-only", "-var-file=/repo/envs/prod.tfvars"), args);
        assertTrue(args.stream().noneMatch(a -> a.startsWith("-detailed-exitcode")));
    }

    @Test
    void statePullShowAndVersionAreThePlainJsonCommands() {
        assertEquals(List.of("state", "pull"), TerraformCommands.statePull());
        assertEquals(List.of("show", "-json", "/repo/.cxgate/plan.tfplan"), TerraformCommands.showJson(PLAN));
        assertEquals(List.of("version", "-json"), TerraformCommands.versionJson());
    }

    @Test
    void applyRunsTheSavedPlanFile() {
        assertEquals(List.of("apply", "-input=false", "-no-color", "-lock-timeout=1h30m", "/repo/.cxgate/plan.tfplan"),
                TerraformCommands.apply(PLAN, "1h30m"));
    }

    @Test
    void aRelativePathStartingWithADashCannotReadAsAFlag() {
        assertEquals(List.of("show", "-json", "./-plan.tfplan"), TerraformCommands.showJson(Path.of("-plan.tfplan")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5 minutes", "-5m", "5m; rm -rf /"})
    void aLockTimeoutThatIsNotAGoDurationIsInvalidInput(String lockTimeout) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TerraformCommands.plan(PLAN, List.of(), lockTimeout));
        assertTrue(e.getMessage().contains("terraform.lockTimeout"), e.getMessage());
    }
}
