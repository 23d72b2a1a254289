package org.custodian.evidence.web;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clip list pages (all clips one may see, "my footage", "unit footage") and a clip's details page, which
 * shows the metadata section ({@code clips/metadata}) and asks for a reason where one is needed. The same search
 * and the same audit as the API. Changes made from the details page go through {@link ClipForms}.
 */
@Controller
@RequestMapping("/clips")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
class ClipPages {

    private final ClipReads reads;
    private final ClipCatalogue catalogue;
    private final Viewers viewers;
    private final org.custodian.evidence.ClipReview review;

    ClipPages(ClipReads reads, ClipCatalogue catalogue, Viewers viewers, org.custodian.evidence.ClipReview review) {
        this.reads = reads;
        this.catalogue = catalogue;
        this.viewers = viewers;
        this.review = review;
    }

    @GetMapping
    String all(ClipQuery query, Authentication who, Model model) {
        return list("Clips", "/clips", query, viewers.of(who), model);
    }

    @GetMapping("/mine")
    String mine(ClipQuery query, Authentication who, Model model) {
        Viewer viewer = viewers.of(who);
        if (viewer.collar() == null) {
            throw new InvalidValueException("Your account is not linked to a collar number, so no footage is yours");
        }
        return list("My footage", "/clips/mine", query.withOfficer(viewer.collar().value()), viewer, model);
    }

    @GetMapping("/unit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String unit(ClipQuery query, Authentication who, Model model) {
        Viewer viewer = viewers.of(who);
        if (viewer.unit() == null) {
            throw new InvalidValueException("Your account is not linked to a unit; ask an administrator to set it");
        }
        return list("Unit footage", "/clips/unit", query.withUnit(viewer.unit().value()), viewer, model);
    }

    private String list(String title, String path, ClipQuery query, Viewer viewer, Model model) {
        ClipReads.Page page = reads.search(viewer, query);
        model.addAttribute("title", title);
        model.addAttribute("path", path);
        model.addAttribute("query", query);
        model.addAttribute("clips", page.clips());
        model.addAttribute("page", page.page());
        model.addAttribute("more", page.more());
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("previousUrl", path + "?" + query.withPage(page.page() - 1).queryString());
        model.addAttribute("nextUrl", path + "?" + query.withPage(page.page() + 1).queryString());
        return "clips/list";
    }

    @GetMapping("/{id}/details")
    String details(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String purpose, Authentication who, Model model,
            HttpServletResponse response) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = viewers.of(who);
        AccessReason why = AccessReason.of(reason, null, purpose);
        CataloguedClip clip;
        try {
            clip = reads.open(viewer, clipId, why, "clip.read");
        } catch (ClipAccessRefusedException e) {
            response.setStatus(403);
            model.addAttribute("clipId", clipId.toString());
            model.addAttribute("message", e.getMessage());
            return "clips/reason";
        }
        addMetadata(model, viewer, clip, why);
        model.addAttribute("related", reads.related(viewer, clip, why));
        return "clips/details";
    }

    /** What the metadata section ({@code clips/metadata :: metadata}) needs in the model. */
    void addMetadata(Model model, Viewer viewer, CataloguedClip clip, AccessReason why) {
        model.addAttribute("clip", clip);
        model.addAttribute("bookmarks", catalogue.clipBookmarks(clip.id()));
        model.addAttribute("incidents", review.incidentsOf(clip.id()));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("editable", ClipAccessPolicy.mayEdit(viewer, clip.clip().recording().officer(), clip.unit()));
        model.addAttribute("reason", why.reason());
        model.addAttribute("purpose", why.purpose());
    }

    @ExceptionHandler({ NotFoundException.class, InvalidValueException.class, ClipAccessRefusedException.class })
    String problem(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(e instanceof NotFoundException ? 404 : e instanceof ClipAccessRefusedException ? 403 : 400);
        model.addAttribute("message", e.getMessage());
        return "clips/problem";
    }
}
