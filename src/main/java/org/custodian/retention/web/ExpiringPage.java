package org.custodian.retention.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /retention/expiring}: footage about to be deleted, so that whoever knows it is needed can mark or
 * hold it in time (uk-rules RET-04; IOPC Surrey 2022, where footage went after 30 days because nobody did).
 * An officer sees their own clips, a supervisor their unit's and their own; the staff who handle complaints and
 * requests see all.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'ADMINISTRATOR')")
class ExpiringPage {

    private final ExpiringClips expiring;

    ExpiringPage(ExpiringClips expiring) {
        this.expiring = expiring;
    }

    @GetMapping("/retention/expiring")
    String expiring(@RequestParam(required = false) Integer days, Authentication who, Model model) {
        ExpiringClips.Listing listing = expiring.list(days, who, "retention.expiring-viewed");
        model.addAttribute("days", listing.days());
        model.addAttribute("own", listing.own());
        model.addAttribute("unit", listing.unit());
        model.addAttribute("clips", listing.clips());
        return "retention/expiring";
    }
}
