package io.cxgate.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cxgate.yaml.Mark;

/**
 * One entry of a {@code kind: Waivers} document: it suppresses a rule's firing on matching addresses through
 * its expiry date (inclusive, in the config's time zone).
 *
 * @param address     a resource address in which only {@code *} is special (any run of characters)
 * @param environment the one environment it applies in; empty: every environment
 * @param file        the waivers file as messages name it
 * @param at          where the waiver was written
 */
public record Waiver(String rule, String address, Optional<String> environment, String owner, String reason,
                     LocalDate expires, String file, Mark at) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(at, "at");
    }

    /** Whether it is about this rule and address in this environment, expired or not. */
    public boolean covers(String ruleName, String resourceAddress, String environmentName) {
        return rule.equals(ruleName)
                && environment.map(environmentName::equals).orElse(true)
                && matchesAddress(resourceAddress);
    }

    public boolean matchesAddress(String resourceAddress) {
        if (address.indexOf('*') < 0) {
            return address.equals(resourceAddress);
        }
        String regex = Arrays.stream(address.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(resourceAddress).matches();
    }

    /** Valid through its expiry date: {@code today} is the date in the config's time zone. */
    public boolean isValidOn(LocalDate today) {
        return !today.isAfter(expires);
    }
}
