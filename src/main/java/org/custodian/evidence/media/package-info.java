/**
 * What a clip is as a recording, read from its decrypted bytes in the background after ingest: media facts,
 * a poster and a thumbnail strip, and a browser-playable rendition when the original will not play.
 */
package org.custodian.evidence.media;
