package io.cxgate.plan;

/**
 * A resource instance in the plan's prior state: what Terraform already manages.
 *
 * @param id   the provider's ID (for genesyscloud resources, the Genesys object GUID), or null
 * @param name the object's name by the catalog's naming attribute, or null
 */
public record ManagedObject(String address, String mode, String type, String id, String name) {
}
