package io.cxgate.config;

import java.util.Locale;

/** Where simulation reads the target org from by default; {@code --org}, {@code --live} and {@code --no-simulation} override it. */
public enum SimulationMode {
    /** No simulation (the default). YAML value {@code none}. */
    NONE,
    /** The live org through the Platform API. YAML value {@code live}. */
    LIVE;

    /** The value as written in {@code cxgate.yaml}. */
    public String yamlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode for a {@code cxgate.yaml} value ({@code none} or {@code live}). */
    public static SimulationMode fromYaml(String value) {
        for (SimulationMode mode : values()) {
            if (mode.yamlValue().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("simulation must be one of none, live, not '" + value + "'");
    }
}
