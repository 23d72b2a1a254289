/**
 * The retention API: a clip's retention, holds and restriction, expiring clips, the sweep, and policy changes and
 * early deletions with four eyes.
 */
package org.custodian.retention.web;
