package io.cxgate.policy;

import java.util.List;
import java.util.Objects;

import io.cxgate.config.DeploymentWindow;
import io.cxgate.config.EnvironmentConfig;

/**
 * The target environment as policies see it (CEL {@code env}).
 *
 * @param windows deployment windows as written, e.g. {@code Mon-Thu 20:00-23:00}; read in the config's time zone
 */
public record PolicyEnvironment(String name, boolean isProtected, List<String> windows) {
    public PolicyEnvironment {
        Objects.requireNonNull(name, "name");
        windows = List.copyOf(windows);
        for (String window : windows) {
            DeploymentWindow.parse(window);
        }
    }

    public static PolicyEnvironment of(EnvironmentConfig env) {
        return new PolicyEnvironment(env.name(), env.isProtected(),
                env.deploymentWindows().stream().map(DeploymentWindow::text).toList());
    }
}
