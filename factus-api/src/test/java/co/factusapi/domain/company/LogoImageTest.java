package co.factusapi.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    @Test
    void theTypeComesFromTheMagicBytes() {
        assertThat(LogoImage.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}).type()).isEqualTo(LogoImage.Type.PNG);
        assertThat(LogoImage.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).type()).isEqualTo(LogoImage.Type.JPEG);
        assertThat(LogoImage.sniff(bytes("  <svg xmlns=\"http://www.w3.org/2000/svg\"/>")).type()).isEqualTo(LogoImage.Type.SVG);
        assertThat(LogoImage.sniff(bytes("<?xml version=\"1.0\"?><svg/>")).fileName()).isEqualTo("logo.svg");
    }

    @Test
    void anythingElseIsAnInvalidImage() {
        assertThatThrownBy(() -> LogoImage.sniff(bytes("hello, I am text"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> LogoImage.sniff(bytes("<?xml version=\"1.0\"?><html/>"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> LogoImage.sniff(new byte[] {(byte) 0x89, 'P'})).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> LogoImage.sniff(new byte[0])).isInstanceOf(InvalidRequestException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
