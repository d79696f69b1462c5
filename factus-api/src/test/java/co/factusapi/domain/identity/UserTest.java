package co.factusapi.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void principalNameCarriesTheUsernameAndToStringHidesTheHash() {
        User user = new User(UUID.randomUUID(), "maria.p", "$2a$10$secrethash", Role.USER, Instant.EPOCH, null);

        assertThat(User.principalNameOf(user.username())).isEqualTo("user:maria.p");
        assertThat(user.toString()).doesNotContain("secrethash");
    }

    @Test
    void rejectsUsernamesWithSpacesOrTooLong() {
        assertThatThrownBy(() -> new User(UUID.randomUUID(), "maria p", "hash", Role.USER, Instant.EPOCH, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new User(UUID.randomUUID(), "m".repeat(101), "hash", Role.USER, Instant.EPOCH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesRoundTripThroughTheirCodes() {
        assertThat(Role.ADMIN.code()).isEqualTo("admin");
        assertThat(Role.fromCode("user")).contains(Role.USER);
        assertThat(Role.fromCode("root")).isEmpty();
    }
}
