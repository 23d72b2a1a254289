package org.custodian.ingest.axis;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's page for connecting an Axis body worn system: what it will be told, and the file. */
@Controller
class AxisPageController {

    private final AxisProperties properties;
    private final EndToEndDecryption decryption;

    AxisPageController(AxisProperties properties, EndToEndDecryption decryption) {
        this.properties = properties;
        this.decryption = decryption;
    }

    @GetMapping("/ingest/axis")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("authUri", PublicUrl.of(properties, request) + "/auth/v1.0");
        model.addAttribute("siteName", properties.siteName());
        model.addAttribute("username", properties.username());
        model.addAttribute("keyConfigured", properties.hasConfiguredKey());
        model.addAttribute("encryption", decryption.enabled());
        model.addAttribute("publicKeyId", decryption.publicKeyId());
        return "ingest/axis";
    }
}
