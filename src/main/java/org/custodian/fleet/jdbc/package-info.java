/** The fleet's tables, read and written with plain SQL. */
package org.custodian.fleet.jdbc;
