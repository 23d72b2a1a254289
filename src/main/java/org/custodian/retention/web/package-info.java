/** The retention API: a clip's retention and holds, expiring clips, the sweep, and policy changes with four eyes. */
package org.custodian.retention.web;
