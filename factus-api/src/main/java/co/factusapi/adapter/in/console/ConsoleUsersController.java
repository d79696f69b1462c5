package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.ManageUsersUseCase;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
 * The acting tenant's users (tenant admins only, as {@code /api/v1/users}): list, create and delete. A refused form
 * comes back with its fields named and its values kept, except the password.
 */
@Controller
public class ConsoleUsersController {
    private static final String BACK = "redirect:/console/users";

    private final ManageUsersUseCase users;

    public ConsoleUsersController(ManageUsersUseCase users) {
        this.users = users;
    }

    /** One user as the list shows it; {@code me}: the person signed in, who cannot delete themselves. */
    record UserRow(UUID id, String username, String role, String createdAt, boolean me) {
        static UserRow of(User user, Caller caller) {
            return new UserRow(user.id(), user.username(), user.role().code(), ConsoleFormat.time(user.createdAt()),
                    caller.name().equals(User.principalNameOf(user.username())));
        }
    }

    @GetMapping("/console/users")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("users", users.list().stream().sorted(Comparator.comparing(User::username))
                .map(user -> UserRow.of(user, caller)).toList());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
        return "console/users";
    }

    @PostMapping("/console/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String role, @AuthenticationPrincipal Caller caller, Model model,
                  RedirectAttributes next) {
        try {
            Role chosen = role == null ? null : Role.fromCode(role).orElseThrow(() ->
                    InvalidRequestException.of("role", "must be admin, user or reader"));
            User created = users.create(username == null ? null : username.strip(), password, chosen, caller);
            next.addFlashAttribute(ActionOutcome.FLASH, new ActionOutcome("users.created", null, created.username(),
                    false));
            return BACK;
        } catch (InvalidRequestException invalid) {
            return refused(invalid.violations().stream().map(FormError::of).toList(), username, role, caller, model);
        } catch (ConflictException taken) {
            return refused(List.of(new FormError("username", "username", null, taken.getMessage())), username, role,
                    caller, model);
        }
    }

    @PostMapping("/console/users/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        try {
            users.delete(id, caller);
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("users.deleted", null));
        } catch (ConflictException refused) {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.failed("users.delete.failed",
                    refused.getMessage()));
        }
        return BACK;
    }

    private String refused(List<FormError> errors, String username, String role, Caller caller, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        return list(caller, model);
    }
}
