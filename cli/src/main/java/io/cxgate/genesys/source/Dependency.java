package io.cxgate.genesys.source;

/**
 * An Architect dependency-tracking edge: {@code consumer} (a flow, usually) uses {@code consumed}.
 *
 * @param consumerId id of the object that uses
 * @param consumerName its name
 * @param consumerType its dependency-tracking type, e.g. {@code INBOUNDCALLFLOW}
 * @param consumedId id of the object used
 * @param consumedType its dependency-tracking type, e.g. {@code QUEUE}
 */
public record Dependency(String consumerId, String consumerName, String consumerType, String consumedId,
        String consumedType) {

    public Dependency {
        require(consumerId, "consumerId");
        require(consumerType, "consumerType");
        require(consumedId, "consumedId");
        require(consumedType, "consumedType");
        if (consumerName == null || consumerName.isBlank()) {
            consumerName = consumerId;
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Dependency." + field + " must not be blank");
        }
    }
}
