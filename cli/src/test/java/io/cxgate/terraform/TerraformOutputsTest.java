package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.testing.Fixtures;

class TerraformOutputsTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void lineageAndSerialComeFromARealRawState() throws Exception {
        byte[] state = Files.readAllBytes(
                Fixtures.shared("terraform-real/hashicorp-terraform-mpl/show-json-state/modules.input-tfstate.json"));

        TerraformOutputs.StateFacts facts = TerraformOutputs.state(state);

        assertTrue(facts.lineage().isPresent());
        assertTrue(facts.serial().isPresent());
    }

    @Test
    void nestedLineageFieldsAreNotMistakenForTheStates() {
        TerraformOutputs.StateFacts facts = TerraformOutputs.state(bytes(
                "{\"resources\":[{\"lineage\":\"nested\",\"serial\":7}],\"serial\":3,\"lineage\":\"top\"}"));

        assertEquals(new TerraformOutputs.StateFacts(Optional.of("top"), Optional.of(3L)), facts);
    }

    @Test
    void anEmptyStatePullMeansNoStateYet() {
        assertEquals(TerraformOutputs.StateFacts.NONE, TerraformOutputs.state(bytes("\n")));
    }

    @Test
    void outputThatIsNoStateIsARuntimeFailureThatDoesNotEchoIt() {
        CxgateException e = assertThrows(CxgateException.class,
                () -> TerraformOutputs.state(bytes("{\"secret\": \"CANARY-STATE-1\"")));

        assertTrue(e.getMessage().startsWith("terraform state pull: the output is not a terraform state"), e.getMessage());
        assertTrue(!e.getMessage().contains("CANARY"), e.getMessage());
        assertThrows(CxgateException.class, () -> TerraformOutputs.state(bytes("{\"version\":4}")));
    }

    @Test
    void theVersionComesFromVersionJson() {
        assertEquals("1.9.8", TerraformOutputs.version(bytes(
                "{\"terraform_version\":\"1.9.8\",\"platform\":\"linux_amd64\",\"provider_selections\":{},\"terraform_outdated\":false}")));
        assertEquals("1.8.5", TerraformOutputs.version(bytes(
                "{\"platform\":\"linux_amd64\",\"provider_selections\":{\"x\":\"1\"},\"terraform_version\":\"1.8.5\"}")));
    }

    @Test
    void aVersionWithoutJsonIsARuntimeFailure() {
        CxgateException e = assertThrows(CxgateException.class, () -> TerraformOutputs.version(bytes("Terraform v0.12.31\n")));

        assertTrue(e.getMessage().contains("terraform 0.13 or later"), e.getMessage());
    }
}
