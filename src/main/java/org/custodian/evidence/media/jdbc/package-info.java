/** Media facts and derived blob sizes in {@code clip_media}. */
package org.custodian.evidence.media.jdbc;
