/** Implementation helpers of {@code io.cxgate.run}; nothing outside that package imports them. */
package io.cxgate.run.internal;
