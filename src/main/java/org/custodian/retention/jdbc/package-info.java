/** The retention tables (policy versions, holds, deletions) and the clip queries the sweep runs, in plain SQL. */
package org.custodian.retention.jdbc;
