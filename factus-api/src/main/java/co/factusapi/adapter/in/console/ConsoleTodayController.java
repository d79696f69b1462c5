package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Hoy": the acting tenant's day at a glance, the console's front page. */
@Controller
public class ConsoleTodayController {
    private final TodaySummary summary;
    private final Clock clock;

    public ConsoleTodayController(FindDocumentsUseCase documents, Clock clock) {
        this.summary = new TodaySummary(documents);
        this.clock = clock;
    }

    @GetMapping({"/console", "/console/"})
    String today(Model model, Locale locale) {
        model.addAttribute("today", ConsoleFormat.today(clock));
        model.addAttribute("summary", summary.today(
                ConsoleFormat.today(clock).atStartOfDay(LedgerFilters.COLOMBIA).toInstant(), locale));
        return "console/today";
    }
}
