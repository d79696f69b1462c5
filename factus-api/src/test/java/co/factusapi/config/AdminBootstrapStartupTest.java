package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.in.LogInUseCase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** A first start without FACTUS_API_ADMIN_PASSWORD: the generated password appears once, on stdout, and works. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"factus-api.admin-password=", "logging.level.co.factusapi=DEBUG"})
@ActiveProfiles("test")
class AdminBootstrapStartupTest {
    private static final Pattern NOTICE_PASSWORD = Pattern.compile("shown only this once\\):\\s+(\\S+)");

    @Autowired
    private LogInUseCase logIn;

    @Test
    void generatedPasswordIsPrintedOnceAndLetsTheAdminLogIn(CapturedOutput output) {
        Matcher notice = NOTICE_PASSWORD.matcher(output.getOut());
        assertThat(notice.find()).as("the start-up notice with the generated password").isTrue();
        String password = notice.group(1);

        assertThat(output.getAll().split(Pattern.quote(password), -1)).hasSize(2);
        assertThat(logIn.logIn("admin", password).value()).isNotBlank();
    }
}
