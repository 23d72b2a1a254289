package org.custodian.evidence;

/** A clip suggested as showing the same incident: how close its track came, in metres (null: no track to compare). */
public record RelatedClip(CataloguedClip clip, Double metres) {
}
