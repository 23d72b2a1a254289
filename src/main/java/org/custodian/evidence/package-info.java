/**
 * The evidence itself: clips, their metadata, and their encryption at rest (one data key per clip,
 * wrapped by the key-encryption key, so destroying a clip's key makes every copy of it unreadable).
 */
package org.custodian.evidence;
