package io.cxgate.ci;

import java.util.Map;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import okhttp3.HttpUrl;

/** Reading a platform's CI variables: present and non-blank, or a usage error naming the variable. */
final class CiVariables {
    private final Map<String, String> environment;
    private final String platform;

    CiVariables(Map<String, String> environment, String platform) {
        this.environment = environment;
        this.platform = platform;
    }

    Optional<String> optional(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The variable's value; exit 2 naming it when it is unset or blank. */
    String required(String name, String why) {
        return optional(name).orElseThrow(() -> new InvalidInputException(
                "cxgate comment: " + name + " is not set (" + platform + " " + why + ")"));
    }

    /** An HTTP(S) base URL from a variable; exit 2 naming it when it is not one. */
    HttpUrl url(String name, String value) {
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw new InvalidInputException("cxgate comment: " + name + " is not an http(s) URL: " + value);
        }
        return url;
    }
}
