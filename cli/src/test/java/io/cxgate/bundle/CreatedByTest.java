package io.cxgate.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreatedByTest {
    static Stream<Arguments> ciSystems() {
        return Stream.of(
                Arguments.of("GITHUB_ACTOR", "dana"),
                Arguments.of("GITLAB_USER_LOGIN", "dana.gl"),
                Arguments.of("BUILD_REQUESTEDFOREMAIL", "dana.smith@example.com"),
                Arguments.of("BUILD_USER_ID", "dsmith"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciSystems")
    void theIdentityComesFromTheCiSystemsActorVariableAndNamesIt(String variable, String identity) {
        assertEquals(new CreatedBy(identity, variable), CreatedBy.fromEnvironment(Map.of(variable, identity)));
    }

    @Test
    void theFirstActorVariableSetWinsAndBlankOnesAreSkipped() {
        Map<String, String> env = new HashMap<>();
        env.put("BUILD_USER_ID", "dsmith");
        env.put("GITLAB_USER_LOGIN", " ");

        assertEquals(new CreatedBy("dsmith", "BUILD_USER_ID"), CreatedBy.fromEnvironment(env));
    }

    @Test
    void variablesThatNameWhoStartedARunRatherThanALoginAreNotIdentities() {
        Map<String, String> env = Map.of("USER", "runner", "BUILD_REQUESTEDFOR", "Dana Smith", "BUILD_USER", "Dana S");

        assertEquals("user.name", CreatedBy.fromEnvironment(env).source());
        assertEquals(System.getProperty("user.name"), CreatedBy.fromEnvironment(env).identity());
    }
}
