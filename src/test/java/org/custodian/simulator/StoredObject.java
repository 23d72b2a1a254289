package org.custodian.simulator;

import java.util.Map;

/** What the fake Swift server holds under a name: the body and the metadata, keys lowercased. */
record StoredObject(byte[] body, Map<String, String> metadata) {
}
