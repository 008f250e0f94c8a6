package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cxgate.yaml.Mark;

class WaiverTest {
    private static Waiver waiver(String address, Optional<String> environment) {
        return new Waiver("queue-delete", address, environment, "alice", "CHG-1", LocalDate.of(2026, 12, 31),
                "policies/waivers.yaml", Mark.START);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "module.legacy.*                 | module.legacy.genesyscloud_routing_queue.q      | true",
            "module.legacy.*                 | module.legacy                                    | false",
            "*                               | genesyscloud_routing_queue.q[\"a.b\"]             | true",
            "*.q                             | module.x.genesyscloud_routing_queue.q             | true",
            "genesyscloud_routing_queue.q    | genesyscloud_routing_queue.q                      | true",
            "genesyscloud_routing_queue.q    | genesyscloud_routing_queue.qq                     | false",
            "genesyscloud_routing_queue.q[0] | genesyscloud_routing_queue.q[0]                   | true",
            "genesyscloud_routing_queue.?    | genesyscloud_routing_queue.q                      | false",
            "module.a*.queue.*               | module.ab.queue.x                                 | true"})
    void onlyTheStarIsSpecialInAddresses(String pattern, String address, boolean matches) {
        assertEquals(matches, waiver(pattern, Optional.empty()).matchesAddress(address));
    }

    @ParameterizedTest
    @CsvSource({"queue-delete, prod, true", "queue-delete, dev, false", "flow-delete, prod, false"})
    void aWaiverCoversItsRuleInItsEnvironment(String rule, String environment, boolean covers) {
        assertEquals(covers, waiver("*", Optional.of("prod")).covers(rule, "a.b", environment));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-30, true", "2026-12-31, true", "2027-01-01, false"})
    void aWaiverIsValidThroughItsExpiryDate(String today, boolean valid) {
        assertEquals(valid, waiver("*", Optional.empty()).isValidOn(LocalDate.parse(today)));
    }
}
