/** Ingest's own tables: blobs suspected orphaned, and resumable uploads in progress. */
package org.custodian.ingest.jdbc;
