/** The JDBC implementation of the records store; nothing outside {@code io.cxgate.record} imports it. */
package io.cxgate.record.internal;
