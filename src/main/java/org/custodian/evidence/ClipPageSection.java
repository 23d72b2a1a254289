package org.custodian.evidence;

/**
 * A part of a clip's page that another capability owns (retention shows when the clip will be deleted, its holds
 * and its restriction, with the forms to change them). The page includes the fragment {@code section} of
 * {@link #template()} for each, without knowing what it shows; the fragment finds what {@link #of} returned as
 * {@code ${section.model}}, and the page's own {@code clip}, {@code reason} and {@code purpose} beside it.
 */
public interface ClipPageSection {

    /** The Thymeleaf template that holds the fragment {@code section}, e.g. {@code retention/clip}. */
    String template();

    /** What the fragment shows of {@code clip} to {@code viewer}, who has opened it; null leaves the section out. */
    Object of(Viewer viewer, Clip clip);
}
