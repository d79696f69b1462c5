package co.factusapi.adapter.in.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The settings pages in one list, each shown only to those who may open it (the security chain refuses the rest). */
@Controller
public class ConsoleSettingsController {

    @GetMapping("/console/settings")
    String settings() {
        return "console/settings";
    }
}
