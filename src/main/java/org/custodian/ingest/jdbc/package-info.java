/** Ingest's own tables: blobs suspected orphaned, and the uploads refused lately. */
package org.custodian.ingest.jdbc;
