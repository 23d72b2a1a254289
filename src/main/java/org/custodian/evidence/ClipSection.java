package org.custodian.evidence;

/**
 * A part of a clip, as the API shows one clip, that another capability owns (retention adds when the clip
 * will be deleted and what holds it). Evidence shows the section under {@link #name()} without knowing it.
 */
public interface ClipSection {

    String name();

    /** The section for {@code clip}, serialisable as JSON; null leaves it out. */
    Object of(Clip clip);
}
