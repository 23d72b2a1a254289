package org.custodian.evidence;

/**
 * Whether a clip's processing is restricted (DPA 2018 s.47(2); uk-rules RET-09): kept instead of erased, and
 * opened only by those {@link ClipAccessPolicy#mayOpenRestricted} allows. Retention keeps the restrictions; the
 * catalogue asks here before it opens or plays a clip, without knowing who keeps them.
 */
public interface ClipRestrictions {

    boolean restricted(ClipId clip);

    /** Of {@code clips}, those restricted: searches leave them out for everyone else (RET-09). */
    java.util.Set<ClipId> restrictedAmong(java.util.Collection<ClipId> clips);
}
