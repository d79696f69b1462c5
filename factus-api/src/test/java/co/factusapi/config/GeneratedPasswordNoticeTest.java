package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class GeneratedPasswordNoticeTest {

    @Test
    void printsThePasswordToStandardOutputOnly(CapturedOutput output) {
        GeneratedPasswordNotice.print("Zx9-generated-password");

        assertThat(output.getOut()).contains("Zx9-generated-password").contains("\"admin\"");
        assertThat(output.getErr()).doesNotContain("Zx9-generated-password");
    }
}
