package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.ManageApiKeysUseCase;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.IssuedApiKey;
import co.factusapi.domain.identity.Scope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acting tenant's API keys (tenant admins only, as {@code /api/v1/api-keys}): list, create and revoke. A new
 * key's plain text is shown on the next page once, through a flash attribute, and never again.
 */
@Controller
public class ConsoleApiKeysController {
    private final ManageApiKeysUseCase apiKeys;

    public ConsoleApiKeysController(ManageApiKeysUseCase apiKeys) {
        this.apiKeys = apiKeys;
    }

    /** One key as the list shows it: never its secret, only the start that tells keys apart. */
    record KeyRow(UUID id, String name, String prefix, List<String> scopes, String createdAt, String lastUsedAt,
                  String revokedAt) {
        static KeyRow of(ApiKey key) {
            return new KeyRow(key.id(), key.name(), key.prefix(), key.scopes().stream().map(Scope::code).sorted().toList(),
                    ConsoleFormat.time(key.createdAt()), ConsoleFormat.time(key.lastUsedAt()),
                    ConsoleFormat.time(key.revokedAt()));
        }
    }

    @GetMapping("/console/api-keys")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("keys", apiKeys.list(caller, false).stream().map(KeyRow::of).toList());
        return "console/api-keys";
    }

    @PostMapping("/console/api-keys")
    String create(@RequestParam(required = false) String name, @AuthenticationPrincipal Caller caller, Model model,
                  RedirectAttributes next) {
        try {
            IssuedApiKey issued = apiKeys.create(name == null ? null : name.strip(), Set.of(), caller);
            next.addFlashAttribute("createdName", issued.apiKey().name());
            next.addFlashAttribute("createdKey", issued.plainKey());
            return "redirect:/console/api-keys";
        } catch (InvalidRequestException invalid) {
            model.addAttribute("violations", invalid.violations());
            model.addAttribute("name", name);
            return list(caller, model);
        }
    }

    @PostMapping("/console/api-keys/{id}/revoke")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        apiKeys.revoke(id, caller);
        next.addFlashAttribute("revoked", true);
        return "redirect:/console/api-keys";
    }
}
