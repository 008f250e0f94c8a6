/**
 * Plan bundles: the directory {@code cxgate plan} writes and {@code approve} / {@code apply} consume.
 *
 * <ul>
 *   <li>{@link io.cxgate.bundle.Bundle} is {@code bundle.json}; its {@link io.cxgate.bundle.Bundle#digest()} is
 *       the SHA-256 of its RFC 8785 form ({@link io.cxgate.bundle.CanonicalJson}).</li>
 *   <li>{@link io.cxgate.bundle.ArtifactManifest} and {@link io.cxgate.bundle.InputManifests} say what the
 *       artifact, inputs and policies digests cover, as sorted {@link io.cxgate.bundle.Manifest}s.</li>
 *   <li>{@link io.cxgate.bundle.StagedBundle} builds a bundle beside its target and renames it into place, and
 *       {@link io.cxgate.bundle.BundleWriter} writes the files cxgate renders itself.</li>
 * </ul>
 */
package io.cxgate.bundle;
