package org.custodian.identity.web;

import org.custodian.identity.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page, which shows each person what their roles let them do. */
@Controller
class HomeController {

    private final Accounts accounts;
    private final boolean singleSignOn;

    HomeController(Accounts accounts, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.accounts = accounts;
        this.singleSignOn = registrations.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("singleSignOn", singleSignOn);
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        model.addAttribute("user", accounts.require(auth.getName()));
        return "home";
    }
}
