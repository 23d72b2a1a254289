/** The evidence tables (clips, their wrapped keys, tracks and bookmarks), read and written with plain SQL. */
package org.custodian.evidence.jdbc;
