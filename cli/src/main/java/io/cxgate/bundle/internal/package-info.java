/** Implementation helpers of {@code io.cxgate.bundle}; nothing outside that stage imports them. */
package io.cxgate.bundle.internal;
