/** Implementation helpers of {@code io.cxgate.terraform}; nothing outside that stage imports them. */
package io.cxgate.terraform.internal;
