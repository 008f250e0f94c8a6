/**
 * Who runs a command: {@link io.cxgate.identity.IdentityRule} is the one rule (ARCHITECTURE.md, "Identity") for
 * every command that writes a record and for a bundle's {@code createdBy}.
 */
package io.cxgate.identity;
