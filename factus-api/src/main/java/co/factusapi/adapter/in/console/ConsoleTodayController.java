package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import co.factusapi.application.port.in.WebhookDeliveriesUseCase;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Hoy": the acting tenant's day at a glance, the console's front page. */
@Controller
public class ConsoleTodayController {
    private final TodaySummary summary;
    private final AttentionNotices notices;
    private final Clock clock;

    public ConsoleTodayController(FindDocumentsUseCase documents, PollComplianceAlertsUseCase alerts,
                                  ManageWebhookEndpointsUseCase endpoints, WebhookDeliveriesUseCase deliveries,
                                  ArchiveDocumentsUseCase archive, Clock clock) {
        this.summary = new TodaySummary(documents);
        this.notices = new AttentionNotices(alerts, endpoints, deliveries, archive);
        this.clock = clock;
    }

    @GetMapping({"/console", "/console/"})
    String today(@AuthenticationPrincipal Caller caller, Model model, Locale locale) {
        model.addAttribute("notices", notices.notices(clock.instant(), caller.may(Scope.TENANT_MANAGE)));
        model.addAttribute("today", ConsoleFormat.today(clock));
        model.addAttribute("summary", summary.today(
                ConsoleFormat.today(clock).atStartOfDay(LedgerFilters.COLOMBIA).toInstant(), locale));
        return "console/today";
    }
}
