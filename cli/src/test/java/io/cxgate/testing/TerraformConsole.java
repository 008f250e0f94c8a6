package io.cxgate.testing;

/** What terraform prints around a plan's diff body, as bash {@code echo} lines for stand-in executables. */
public final class TerraformConsole {
    private TerraformConsole() {
    }

    /**
     * The console output of {@code terraform plan -out=…} after refreshing: the diff body holds {@code canary} in
     * clear (as terraform prints it), then the {@code Plan:} line and "Saved the plan to:" {@code savedTo} (a bash
     * word, e.g. {@code $out}).
     */
    public static String planDiffBody(String canary, String savedTo) {
        return """
                echo ''
                echo 'Terraform used the selected providers to generate the following execution'
                echo 'plan. Resource actions are indicated with the following symbols:'
                echo '  ~ update in-place'
                echo ''
                echo 'Terraform will perform the following actions:'
                echo ''
                echo '  # genesyscloud_integration_credential.crm will be updated in-place'
                echo '  ~ resource "genesyscloud_integration_credential" "crm" {'
                echo '      ~ fields = {'
                echo '          ~ "token" = "old" -> "%s"'
                echo '        }'
                echo '    }'
                echo ''
                echo 'Plan: 0 to add, 1 to change, 0 to destroy.'
                echo ''
                echo '─────────────────────────────────────────────────────────────────────────────'
                echo ''
                echo "Saved the plan to: %s"
                """.formatted(canary, savedTo);
    }
}
