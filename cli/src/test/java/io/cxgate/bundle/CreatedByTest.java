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
                Arguments.of("BUILD_REQUESTEDFOR", "Dana Smith"),
                Arguments.of("BUILD_USER_ID", "dsmith"),
                Arguments.of("BUILD_USER", "Dana S"),
                Arguments.of("USER", "runner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciSystems")
    void theIdentityComesFromTheCiSystemsVariableAndNamesIt(String variable, String identity) {
        assertEquals(new CreatedBy(identity, variable), CreatedBy.fromEnvironment(Map.of(variable, identity)));
    }

    @Test
    void theCiVariableWinsOverTheLoginUser() {
        Map<String, String> env = new HashMap<>();
        env.put("USER", "runner");
        env.put("BUILD_USER_ID", "dsmith");
        env.put("GITLAB_USER_LOGIN", " ");

        assertEquals(new CreatedBy("dsmith", "BUILD_USER_ID"), CreatedBy.fromEnvironment(env));
    }

    @Test
    void withNoVariableTheJvmUserIsNamed() {
        assertEquals(CreatedBy.JVM_USER, CreatedBy.fromEnvironment(Map.of()).source());
    }
}
