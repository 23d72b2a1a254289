package org.custodian.evidence.web;

import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.Viewer;
import org.custodian.shared.InvalidValueException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The clip list pages (all clips one may see, "my footage", "unit footage"), each clip linking to its page
 * ({@link ClipPage}). The same search and the same audit as the API.
 */
@Controller
@RequestMapping("/clips")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
class ClipPages {

    private final ClipReads reads;
    private final ClipCatalogue catalogue;
    private final Viewers viewers;

    ClipPages(ClipReads reads, ClipCatalogue catalogue, Viewers viewers) {
        this.reads = reads;
        this.catalogue = catalogue;
        this.viewers = viewers;
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
        // Pictures only of clips the viewer may watch without a reason: asking for the others would be refused.
        model.addAttribute("pictured", page.clips().stream()
                .filter(c -> ClipReads.Use.PLAY.of(viewer, c) == ClipAccessPolicy.Access.OPEN)
                .map(c -> c.id().toString()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("page", page.page());
        model.addAttribute("more", page.more());
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("previousUrl", path + "?" + query.withPage(page.page() - 1).queryString());
        model.addAttribute("nextUrl", path + "?" + query.withPage(page.page() + 1).queryString());
        return "clips/list";
    }
}
