/**
 * Footage bytes at rest: a blob store, kept on a local filesystem or in an S3-compatible bucket, that
 * writes durably and streams so no blob of many gigabytes is ever held whole in memory.
 */
package org.custodian.storage;
