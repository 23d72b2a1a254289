package org.custodian.simulator;

/** The capability object's body does not match its ETag: the SCU logs "object corrupt" and trusts none of it. */
public class CorruptCapabilitiesException extends RuntimeException {

    public CorruptCapabilitiesException(String object, String etag, String md5) {
        super(object + " is corrupt: ETag '" + etag + "' but the body's MD5 is " + md5);
    }
}
