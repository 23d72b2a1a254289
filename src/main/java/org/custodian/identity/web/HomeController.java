package org.custodian.identity.web;

import org.custodian.identity.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page, which shows each person what their roles let them do. */
@Controller
class HomeController {

    private final Accounts accounts;

    HomeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        model.addAttribute("user", accounts.require(auth.getName()));
        return "home";
    }
}
