package org.custodian.evidence.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipReview;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the metadata section: each change goes through {@link ClipReview} (checked, audited) and returns to
 * the clip's page with a notice or the refusal, carrying the reason and purpose the page was opened with.
 */
@Controller
@RequestMapping("/clips/{id}")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'ADMINISTRATOR')")
class ClipForms {

    private final ClipReview review;
    private final ClipCatalogue catalogue;
    private final Viewers viewers;

    ClipForms(ClipReview review, ClipCatalogue catalogue, Viewers viewers) {
        this.review = review;
        this.catalogue = catalogue;
        this.viewers = viewers;
    }

    @PostMapping("/metadata")
    String metadata(@PathVariable String id, @RequestParam Map<String, String> form,
            AccessReason why, Authentication who, RedirectAttributes redirect) {
        return change(id, why, redirect, "Saved.", clip -> {
            Map<String, String> changes = new LinkedHashMap<>();
            for (String field : org.custodian.evidence.ClipMetadata.FIELDS) {
                if (form.containsKey(field)) {
                    changes.put(field, form.get(field));
                }
            }
            review.changeMetadata(viewers.of(who), clip, changes);
        });
    }

    @PostMapping("/bookmarks")
    String addBookmark(@PathVariable String id, @RequestParam String offset, @RequestParam(required = false) String text,
            AccessReason why, Authentication who, RedirectAttributes redirect) {
        return change(id, why, redirect, "Bookmark added.",
                clip -> review.addBookmark(viewers.of(who), clip, bookmark(clip, offset, text)));
    }

    @PostMapping("/bookmarks/{bookmarkId}")
    String changeBookmark(@PathVariable String id, @PathVariable long bookmarkId, @RequestParam String offset,
            @RequestParam(required = false) String text, AccessReason why, Authentication who, RedirectAttributes redirect) {
        return change(id, why, redirect, "Bookmark changed.",
                clip -> review.changeBookmark(viewers.of(who), clip, bookmarkId, bookmark(clip, offset, text)));
    }

    @PostMapping("/bookmarks/{bookmarkId}/delete")
    String removeBookmark(@PathVariable String id, @PathVariable long bookmarkId,
            AccessReason why, Authentication who, RedirectAttributes redirect) {
        return change(id, why, redirect, "Bookmark removed.",
                clip -> review.removeBookmark(viewers.of(who), clip, bookmarkId));
    }

    @PostMapping("/incident")
    String group(@PathVariable String id, @RequestParam(name = "clip", required = false) java.util.List<String> others,
            @RequestParam(required = false) String cadIncident, AccessReason why, Authentication who, RedirectAttributes redirect) {
        return change(id, why, redirect, "Grouped as one incident.", clip -> {
            java.util.List<ClipId> clips = new java.util.ArrayList<>(java.util.List.of(clip));
            if (others != null) {
                others.stream().map(ClipId::parse).forEach(clips::add);
            }
            review.confirmIncident(viewers.of(who), clips, org.custodian.evidence.CadIncidentNumber.of(cadIncident));
        });
    }

    private String change(String id, AccessReason why, RedirectAttributes redirect, String notice,
            java.util.function.Consumer<ClipId> action) {
        ClipId clip = ClipId.parse(id);
        try {
            action.accept(clip);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidValueException | RuleViolationException | ClipAccessRefusedException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + ClipPage.address(clip, why);
    }

    /** A moment into the recording as seconds ({@code 95}) or minutes and seconds ({@code 1:35}). */
    private Bookmark bookmark(ClipId clip, String offset, String text) {
        long seconds;
        try {
            String[] parts = offset.trim().split(":");
            seconds = parts.length == 1 ? Long.parseLong(parts[0])
                    : parts.length == 2 ? Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1])
                    : Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Give the moment as seconds (95) or minutes:seconds (1:35), not '" + offset + "'");
        }
        if (seconds < 0) {
            throw new InvalidValueException("The moment cannot be before the recording starts");
        }
        return new Bookmark(catalogue.require(clip).recording().startedAt().plusSeconds(seconds), null,
                text == null || text.isBlank() ? null : text.strip(), null, null);
    }
}
